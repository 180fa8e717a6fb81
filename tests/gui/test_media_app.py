"""The window as a media app: keys, capture notice, sound truth, layout, tray, library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from facemood.bridge.music import PlaybackSnapshot
from facemood.gui.library_panel import LibraryPanel
from facemood.gui.main_window import MainWindow
from facemood.gui.preview import NOTICE_S
from facemood.gui.settings_dialog import SettingsDialog
from facemood.library import scan_library
from facemood.playback import PlaybackState, SoundProblemKind
from facemood.settings import Settings, TimelineSpan, load_settings, with_value
from tests.gui.conftest import HAPPY, MakeWindow, active_with_a_frame, press_shift_c


def _playing(qtbot: QtBot, window: MainWindow, state: PlaybackState) -> None:
    qtbot.waitUntil(
        lambda: window.player.playback is not None and window.player.playback.state is state,
        timeout=20000,
    )


def test_shift_c_works_after_a_menu_was_opened_and_closed_with_esc(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, settings: Settings
) -> None:
    window = make_window(str(clip), speed=1.0)
    active_with_a_frame(qtbot, window, window.app.capture.frame_analysed)
    bar = window.menuBar()
    file_menu = window.menu_actions.file_menu
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
    )
    qtbot.waitUntil(file_menu.isVisible, timeout=5000)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup.windowHandle() is not None
    QTest.keyClick(popup.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.capture_saved, timeout=10000) as saved:
        press_shift_c(window)
    assert Path(saved.args[0]).parent == Path(settings.gui.capture_dir)
    # The notice names the file and offers its folder, stays readable, and is not
    # replaced by other messages meanwhile.
    notice = window.live.view_bar.notice
    text = f"Saved to {saved.args[0]}"
    assert notice.text() == text and not notice.isHidden()
    assert not window.live.view_bar.open_folder.isHidden()
    window.statusBar().showMessage("Something else happened")
    assert NOTICE_S >= 4
    qtbot.wait(4200)
    assert notice.text() == text and not notice.isHidden()


def test_a_sound_output_that_does_not_exist_is_said_in_the_window_and_fixed_there(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip), aout="bogus")
    notice = window.live.sound_notice
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=20000)
    assert notice.problem is not None and notice.problem.output == "bogus"
    assert notice.problem.kind in (SoundProblemKind.UNKNOWN_OUTPUT, SoundProblemKind.OUTPUT_FAILED)
    assert "bogus" in notice.text.text()
    notice.button.click()  # "Choose a sound output…" opens the Music tab
    dialog = window.settings_flow.dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentIndex() == 2
    combo = dialog.editors["music.audio_output"]
    qtbot.waitUntil(lambda: combo.count() > 2, timeout=10000)  # type: ignore[attr-defined]
    silent = next(i for i in range(combo.count()) if combo.itemText(i) == "none (silent)")  # type: ignore[attr-defined]
    combo.setCurrentIndex(silent)  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.settings_applied, timeout=5000):
        dialog.accept()
    assert window.settings.music.audio_output == "dummy"
    qtbot.waitUntil(notice.isHidden, timeout=20000)


def test_space_and_the_media_key_pause_and_play(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip), speed=1.0)
    _playing(qtbot, window, PlaybackState.PLAYING)
    with qtbot.waitActive(window):
        window.activateWindow()
    handle = window.windowHandle()
    assert handle is not None
    window.tabs.setFocus()  # a focused widget that does not take Space itself
    QTest.keyClick(handle, Qt.Key.Key_Space)
    _playing(qtbot, window, PlaybackState.PAUSED)
    assert window.menu_actions.play_action.text() == "Play"
    QTest.keyClick(handle, Qt.Key.Key_MediaTogglePlayPause)
    _playing(qtbot, window, PlaybackState.PLAYING)
    assert window.menu_actions.play_action.text() == "Pause"


def test_size_and_splitters_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, settings: Settings
) -> None:
    window = make_window(str(clip))
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 640
    window.resize(780, 600)  # inside the offscreen screen (800 wide)
    window.live.setSizes([400, 380])
    window.live.view_split.setSizes([400, 150])
    sizes = (window.live.sizes(), window.live.view_split.sizes())
    window.app.shutdown()
    saved = load_settings()[0]
    assert saved.window.geometry
    assert (list(saved.window.main_split), list(saved.window.view_split)) == sizes
    again = make_window(str(clip), changed=saved)
    assert (again.width(), again.height()) == (780, 600)
    assert (again.live.sizes(), again.live.view_split.sizes()) == sizes


def test_a_photo_does_not_make_the_window_taller(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    before = window.minimumSizeHint()
    with qtbot.waitSignal(window.photo_shown, timeout=20000):
        window.open_path(str(HAPPY))
    after = window.minimumSizeHint()
    assert after.height() <= before.height() and after.height() <= 640
    assert (
        not window.live.view_bar.back_button.isHidden()
        and window.live.view_bar.back_button.isEnabled()
    )


def test_the_side_panel_folds_and_comes_back(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    action = window.menu_actions.side_panel_action
    action.trigger()
    assert window.live.side.isHidden()
    action.trigger()
    assert not window.live.side.isHidden()
    assert window.live.sizes()[1] >= window.live.side.minimumWidth()


def test_no_preview_pictures_are_made_while_the_preview_is_not_shown(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip), speed=1.0)
    with qtbot.waitSignal(
        window.app.capture.frame_analysed,
        timeout=20000,
        check_params_cb=lambda p: p.display is not None,
    ):
        pass
    window.tabs.setCurrentIndex(1)  # the library tab hides the preview
    # Frames on their way were made before; from the first without a picture on...
    with qtbot.waitSignal(
        window.app.capture.frame_analysed,
        timeout=20000,
        check_params_cb=lambda p: p.display is None,
    ):
        pass
    # ...none has one.
    with qtbot.waitSignals([window.app.capture.frame_analysed] * 5, timeout=20000) as later:
        pass
    assert all(s.args is not None and s.args[0].display is None for s in later.all_signals_and_args)


def test_the_timeline_span_is_a_choice_with_an_honest_title(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    box = window.live.timeline_box
    assert box.title() == "Mood over the last minute"
    assert "happy" in box.legend.text() and "neutral" in box.legend.text()
    box.span_combo.setCurrentIndex(box.span_combo.findData("session"))
    assert box.title() == "Mood since this source started"
    assert window.live.timeline.span is TimelineSpan.SESSION
    # Saved on the file pool; an earlier save (start-up) may finish first, so wait for
    # the file to hold the choice rather than for any save.
    qtbot.waitUntil(
        lambda: load_settings()[0].gui.timeline_span is TimelineSpan.SESSION, timeout=10000
    )


def test_a_library_track_plays_on_double_click(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    panel = window.library_panel
    qtbot.waitUntil(lambda: panel.outcome is not None and bool(panel.outcome.tracks), timeout=20000)
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.tracks.viewport().isVisible(), timeout=5000)
    QApplication.processEvents()  # lay the table out before finding a row on screen
    track = panel.track_at(4)
    assert track is not None
    rect = panel.tracks.visualRect(panel.tracks_model.index(4, 0))
    viewport = panel.tracks.viewport()
    with qtbot.waitSignal(
        window.app.music.state_changed, timeout=10000, check_params_cb=lambda s: s.track == track
    ):
        # What a double-click sends: a click, then the double-click on the same row.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_track_menu_plays_tags_the_selection_and_shows_the_folder(
    qtbot: QtBot, tmp_path: Path, demo_library: Path
) -> None:
    from facemood.core.types import MusicMood

    shutil.copytree(demo_library / "happy", tmp_path / "happy")
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.show_outcome(scan_library(tmp_path))
    panel.tracks.selectRow(0)
    menu = panel.track_menu(1)  # a right-click outside the selection selects that row
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Play", "Tag as", "Write the estimated moods as tags", "Show in folder"]
    assert not menu.actions()[2].isEnabled()  # folder moods, no estimate to write
    tracks = panel.outcome.tracks if panel.outcome is not None else ()
    with qtbot.waitSignal(panel.play_requested, timeout=1000) as played:
        menu.actions()[0].trigger()
    assert played.args == [tracks[1]]
    tag_menu = menu.actions()[1].menu()
    assert isinstance(tag_menu, QMenu)
    sad = next(a for a in tag_menu.actions() if a.text() == "sad")
    with qtbot.waitSignal(panel.tag_requested, timeout=1000) as tagged:
        sad.trigger()
    assert tagged.args == [(tracks[1].path,), MusicMood.SAD]


def test_the_tray_names_the_mood_and_offers_the_windows_transport(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    tray = window.app.tray
    tray.show_state("happy", "Sunny Steps")
    assert tray.toolTip() == "Mood: happy\nSunny Steps"
    actions = tray.menu.actions()
    a = window.menu_actions
    assert a.play_action in actions and a.next_action in actions and a.quit_action in actions
    a.play_action.trigger()  # the same action as Space and the play button
    _playing(qtbot, window, PlaybackState.PLAYING)


def test_closing_asks_once_and_then_keeps_playing_in_the_tray(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = make_window(str(clip))
    assert not window.settings.gui.close_to_tray  # off by default
    window.close()
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "stops FaceMood" in boxes[0].text()
    box = boxes[0]
    assert len(box.buttons()) == 3  # keep in the tray, quit, cancel (Esc)
    keep = next(b for b in box.buttons() if b.text() == "Keep running in the tray")
    keep.click()
    assert window.isHidden() and window.app.capture.running  # the music goes on
    qtbot.waitUntil(lambda: load_settings()[0].gui.close_to_tray, timeout=10000)
    assert load_settings()[0].window.tray_hint_shown
    window.bring_to_front()
    window.close()  # no question this time
    assert window.isHidden() and not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    window.quit()
    assert window.app.shut_down


def test_cancel_on_the_close_question_keeps_the_window_open(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    window = make_window(str(clip))
    window.close()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    handle = box.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert window.isVisible() and not window.app.shut_down
    assert not load_settings()[0].gui.close_to_tray


def test_settings_rows_apply_only_when_they_apply(qtbot: QtBot, settings: Settings) -> None:
    dialog = SettingsDialog(with_value(settings, "vision.camera_index", 2), cameras=(0, 1))
    qtbot.addWidget(dialog)
    camera = dialog.editors["vision.camera_index"]
    texts = [camera.itemText(i) for i in range(camera.count())]  # type: ignore[attr-defined]
    assert texts == ["Camera 0", "Camera 1", "Camera 2 (not found)"]
    strategy = dialog.editors["music.strategy"]
    mapping = dialog.editors["music.custom_mapping"]
    assert not mapping.isEnabled()
    strategy.setCurrentIndex(strategy.findData("custom"))  # type: ignore[attr-defined]
    assert mapping.isEnabled()
    label = dialog.labels["mood.margin"]
    assert label.text() == "Change mood only when the new one leads by"
    assert label.toolTip().startswith("mood.margin: Hysteresis")
    library = dialog.editors["music.library_dir"]
    library.edit.setText("/no/such/folder")  # type: ignore[attr-defined]
    assert dialog.errors["music.library_dir"].text() == "This folder does not exist."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_snapshot_of_another_file_leaves_the_time_alone(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    qtbot.waitUntil(lambda: window.live.now_playing.track is not None, timeout=20000)
    shown = window.live.now_playing.time.text()
    window.player.show_playback(
        PlaybackSnapshot(PlaybackState.PLAYING, True, 99.0, 300.0, 80, "/other")
    )
    assert window.live.now_playing.time.text() == shown
