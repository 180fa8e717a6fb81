"""The main window end to end: real clip, real model, real demo library, VLC's dummy output."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from facemood.bridge.vision import FramePacket
from facemood.core.types import Emotion, MusicMood
from facemood.settings import Language, Settings, load_settings
from facemood.vision.sources import SourceStatus
from tests.gui.conftest import HAPPY, MakeWindow, active_with_a_frame, press_shift_c


def test_mood_and_track_follow_the_clip(qtbot: QtBot, make_window: MakeWindow, clip: Path) -> None:
    window = make_window(str(clip))
    shown: list[Emotion | None] = []
    engine: list[Emotion | None] = []
    window.mood_shown.connect(shown.append)

    def record(packet: FramePacket) -> None:
        mood = packet.result.mood
        if not engine or engine[-1] != mood:
            engine.append(mood)

    window.app.capture.frame_analysed.connect(record)
    with qtbot.waitSignal(
        window.app.capture.status_changed,
        timeout=30000,
        check_params_cb=lambda r: r.event.status is SourceStatus.ENDED,
    ):
        pass
    # The window showed exactly the mood changes the engine made, in order...
    assert shown == (engine[1:] if engine and engine[0] is None else engine)
    # ...and the clip ends on 4 s of a clear smile.
    assert shown[-1] is Emotion.HAPPY, shown
    assert window.live.mood_box.word.text() == "Happy"
    assert "You look happy" in window.live.mood_box.message.text()
    # Match strategy: a happy face plays happy music from the demo library.
    qtbot.waitUntil(
        lambda: (
            window.live.now_playing.track is not None
            and window.live.now_playing.track.mood is MusicMood.HAPPY
        ),
        timeout=15000,
    )
    assert window.live.queue.count() > 0
    assert window.library_label.text() == "Library: 15 tracks"
    # The clip has ended: the bar says so and no frame rate is shown any more.
    assert window.live.view_bar.source.text().endswith("ended")
    qtbot.waitUntil(lambda: window.fps_label.text() == "- fps", timeout=5000)
    assert len(window.live.timeline) > 10
    _raw, smoothed = window.live.bars.values
    assert smoothed.index(max(smoothed)) == 3  # happy leads the smoothed bars


def test_shift_c_writes_one_png_and_shows_its_analysis(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, settings: Settings
) -> None:
    window = make_window(str(clip), speed=1.0)
    active_with_a_frame(qtbot, window, window.app.capture.frame_analysed)
    with (
        qtbot.waitSignal(window.capture_saved, timeout=10000) as saved,
        qtbot.waitSignal(window.photo_shown, timeout=20000) as shown,
    ):
        press_shift_c(window)
    pngs = list(Path(settings.gui.capture_dir).iterdir())
    assert [p.name for p in pngs] == [Path(saved.args[0]).name]
    assert pngs[0].suffix == ".png" and pngs[0].name.startswith("FaceMood-")
    result = shown.args[0]
    assert result.analysis.path == saved.args[0]
    assert result.analysis.faces, "the captured frame shows a face"
    assert result.mood is not None
    # The photo is on show in the main view, with a way back to the camera.
    assert window.live.preview.faces == result.analysis.faces
    assert window.live.view_bar.back_button.isEnabled()


def test_dropping_a_photo_analyses_it_and_plays_music_for_it(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(HAPPY))])
    # Qt delivers a drop only after the window accepted the drag entering it.
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with (
        qtbot.waitSignal(window.photo_shown, timeout=20000) as shown,
        qtbot.waitSignal(
            window.app.music.state_changed,
            timeout=20000,
            check_params_cb=lambda s: s.emotion is Emotion.HAPPY and s.track is not None,
        ) as chosen,
    ):
        QApplication.sendEvent(window, drop)
    result = shown.args[0]
    assert result.analysis.path == str(HAPPY)
    assert result.mood is Emotion.HAPPY
    assert len(result.analysis.faces) == 1
    # One story: the mood panel and the music follow the photo.
    assert window.live.mood_box.word.text() == "Happy"
    assert chosen.args[0].target is MusicMood.HAPPY


def test_settings_dialog_round_trip(qtbot: QtBot, make_window: MakeWindow, clip: Path) -> None:
    from facemood.gui.settings_dialog import SettingsDialog

    window = make_window(str(clip))
    window.open_settings()
    dialog = window.settings_flow.dialog
    assert isinstance(dialog, SettingsDialog)
    assert set(dialog.editors) >= {
        "mood.window_s",
        "mood.margin",
        "mood.dwell_s",
        "music.switch_policy",
        "music.strategy",
        "music.custom_mapping",
        "vision.face_policy",
        "gui.capture_dir",
        "mood.calibration_bias",
        "gui.language",
    }
    editors = dialog.editors
    editors["mood.window_s"].setValue(2.5)  # type: ignore[attr-defined]
    editors["mood.margin"].setValue(25)  # type: ignore[attr-defined]  # shown in percent
    strategy = editors["music.strategy"]
    strategy.setCurrentIndex(strategy.findData("lift"))  # type: ignore[attr-defined]
    policy = editors["music.switch_policy"]
    policy.setCurrentIndex(policy.findData("track_end"))  # type: ignore[attr-defined]
    mapping = editors["music.custom_mapping"]
    sad = mapping.combos["sad"]  # type: ignore[attr-defined]
    sad.setCurrentIndex(sad.findData("calm"))
    with qtbot.waitSignal(window.settings_applied, timeout=5000):
        dialog.accept()
    # Saved on the file pool: wait for the file to hold it (an earlier save may end first).
    qtbot.waitUntil(lambda: load_settings()[0].mood.window_s == 2.5, timeout=10000)
    saved, warnings = load_settings()
    assert warnings == []
    assert saved.mood.window_s == 2.5
    assert saved.mood.margin == 0.25
    assert saved.music.strategy == "lift"
    assert saved.music.switch_policy == "track_end"
    assert saved.music.custom_mapping == ((Emotion.SAD, MusicMood.CALM),)
    assert saved == window.settings

    again = SettingsDialog(saved, window)
    qtbot.addWidget(again)
    assert again.result_settings() == saved


def test_invalid_setting_keeps_the_dialog_open(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, tmp_path: Path
) -> None:
    from facemood.gui.settings_dialog import SettingsDialog

    window = make_window(str(clip))
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.editors["gui.capture_dir"].edit.setText("x")  # type: ignore[attr-defined]
    dialog.editors["mood.calibration_bias"].set_value([0.1, 0.2])  # type: ignore[attr-defined]
    dialog.open()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.errors["gui.capture_dir"].text() == "Choose a full path, e.g. with Browse…"
    assert (
        dialog.errors["mood.calibration_bias"]
        .text()
        .startswith("Invalid setting mood.calibration_bias")
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.editors["gui.capture_dir"].edit.setText(str(tmp_path / "photos"))  # type: ignore[attr-defined]
    dialog.editors["mood.calibration_bias"].set_value([])  # type: ignore[attr-defined]
    assert ok.isEnabled() and dialog.errors["gui.capture_dir"].text() == ""


def test_language_switch_retranslates_the_window(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    assert window.tabs.tabText(0) == "Live"
    with qtbot.waitSignal(window.app.language_changed, timeout=5000) as changed:
        window.menu_actions.language_actions[Language.KOREAN].trigger()
    qtbot.waitUntil(lambda: load_settings()[0].gui.language == "ko", timeout=10000)
    assert changed.args == ["ko"]
    assert window.tabs.tabText(0) == "실시간"
    assert window.tabs.tabText(1) == "보관함"
    assert window.live.now_playing.less_button.text() == "덜 듣기"
    assert window.library_panel.rescan_button.text() == "다시 검색"
    assert load_settings()[0].gui.language == "ko"
    window.app.set_language("en")
    assert window.tabs.tabText(0) == "Live"
    assert window.live.now_playing.less_button.text() == "Play less"


def test_no_camera_shows_the_panel_and_retries(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window("9")  # no such camera on any test machine
    qtbot.waitUntil(
        lambda: window.live.stack.currentWidget() is window.live.no_camera, timeout=20000
    )
    assert window.live.no_camera.title.text() == "No camera"
    assert not window.live.no_camera.retrying.isHidden()
    assert "retrying" in window.live.view_bar.source.text()
    qtbot.waitUntil(lambda: window.settings_flow.cameras is not None, timeout=10000)
    cameras = window.settings_flow.cameras
    assert cameras is not None and 9 not in cameras
    window.fill_camera_menu()
    texts = [a.text() for a in window.menu_actions.camera_menu.actions() if a.text()]
    # Exactly the cameras the probe found (none on most test machines), then a new search.
    listed = [f"Camera {n}" for n in cameras] if cameras else ["No camera found"]
    assert texts == [*listed, "Search again"]
    # Pausing releases the camera and says so.
    window.set_paused(True)
    assert not window.app.capture.running
    assert window.live.stack.currentWidget() is window.live.paused_panel


def test_pause_releases_the_source_and_resume_reopens_it(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip), speed=1.0)
    with qtbot.waitSignal(window.app.capture.frame_analysed, timeout=20000):
        pass
    window.menu_actions.pause_action.trigger()
    assert not window.app.capture.running
    assert window.menu_actions.pause_action.text() == "Resume analysis"
    with qtbot.waitSignal(window.app.capture.frame_analysed, timeout=20000):
        window.menu_actions.pause_action.trigger()
    assert window.app.capture.running


def test_manual_override_and_resume(qtbot: QtBot, make_window: MakeWindow, clip: Path) -> None:
    window = make_window(str(clip))
    window.set_override(MusicMood.ENERGETIC)
    qtbot.waitUntil(window.live.mood_box.resume_button.isEnabled, timeout=20000)
    assert "energetic" in window.live.mood_box.message.text()
    qtbot.waitUntil(
        lambda: (
            window.live.now_playing.track is not None
            and window.live.now_playing.track.mood is MusicMood.ENERGETIC
        ),
        timeout=10000,
    )
    window.live.mood_box.resume_button.click()
    qtbot.waitUntil(lambda: not window.live.mood_box.resume_button.isEnabled(), timeout=20000)
    assert window.live.mood_box.override_combo.currentIndex() == 0


def test_library_panel_shows_counts_and_skipped(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    window = make_window(str(clip))
    qtbot.waitUntil(lambda: window.library_panel.outcome is not None, timeout=20000)
    outcome = window.library_panel.outcome
    assert outcome is not None and len(outcome.tracks) > 0
    groups = outcome.by_mood()
    assert all(groups[m] for m in MusicMood)
    assert window.library_panel.counts.rowCount() == len(groups)
    assert window.library_panel.tracks_model.rowCount() == len(outcome.tracks)
    assert window.library_label.text() == f"Library: {len(outcome.tracks)} tracks"


def test_about_box_names_version_model_and_attributions(
    qtbot: QtBot, make_window: MakeWindow, clip: Path
) -> None:
    from facemood import __version__
    from facemood.gui.about import AboutDialog

    window = make_window(str(clip))
    about = AboutDialog(window)
    qtbot.addWidget(about)
    text = about.browser.toPlainText()
    assert __version__ in text
    assert "Sample photos" in text and "grace_hopper.jpg" in text
    assert "NanumGothic" in text and "Qt for Python" in text
    assert "model card" in text
    # Written for people: no Markdown, no developer detail.
    for raw in ("`", "**", "sha256", "multiply-add", "|"):
        assert raw not in text, raw
    links = about.browser.toHtml()
    assert "ATTRIBUTION.md" in links and "README.md" in links
