"""Calibration, tagging from the library tab, crash-report offer, the gui command."""

from __future__ import annotations

import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from facemood.core.types import EMOTIONS, MusicMood
from facemood.gui import teach_dialog
from facemood.gui.application import FaceMoodApp
from facemood.gui.main_window import MainWindow
from facemood.gui.teach_dialog import TeachDialog
from facemood.paths import resource_path
from facemood.settings import Settings, load_settings
from tests.gui.conftest import HAPPY, NEUTRAL, MakeWindow
from tests.helpers.clips import Segment, write_clip


def _teach(qtbot: QtBot, window: MainWindow) -> TeachDialog:
    window.start_calibration()
    dialog = window.teaching.dialog
    assert isinstance(dialog, TeachDialog)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=30000)
    return dialog


def test_teaching_it_your_face_records_rest_and_smile_and_saves_the_correction(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(teach_dialog, "READY_S", 1)
    monkeypatch.setattr(teach_dialog, "RECORD_S", 2.0)
    clip = tmp_path / "lesson.avi"  # rest while the first step records, then smile
    write_clip(clip, [Segment(NEUTRAL, 3.5, "neutral"), Segment(HAPPY, 6.0, "happy")], fps=10)
    window = make_window(str(clip), speed=1.0)
    with qtbot.waitSignal(window.app.capture.frame_analysed, timeout=20000):
        pass
    dialog = _teach(qtbot, window)
    assert dialog.result_face is not None, dialog.outcome.text()
    assert "with what FaceMood learned" in dialog.outcome.text()
    with qtbot.waitSignal(window.calibration_finished, timeout=10000) as done:
        dialog.save_button.click()
    face = done.args[0]
    assert len(face.bias) == len(EMOTIONS)
    # Saved on the file pool: wait for the file to hold it (an earlier save may end first).
    qtbot.waitUntil(lambda: bool(load_settings()[0].mood.calibrated_on), timeout=20000)
    saved = load_settings()[0].mood
    assert saved.calibration_bias == face.bias
    assert saved.calibrated_on  # today's date


def test_teaching_without_a_face_says_why_and_saves_nothing(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(teach_dialog, "READY_S", 1)
    monkeypatch.setattr(teach_dialog, "RECORD_S", 1.0)
    blank = tmp_path / "blank.avi"
    writer = cv2.VideoWriter(str(blank), cv2.VideoWriter.fourcc(*"MJPG"), 10, (320, 240))
    for _ in range(10 * 8):
        writer.write(np.full((240, 320, 3), 128, np.uint8))
    writer.release()
    window = make_window(str(blank), speed=1.0)
    with qtbot.waitSignal(window.app.capture.frame_analysed, timeout=20000):
        pass
    dialog = _teach(qtbot, window)
    assert dialog.result_face is None
    assert "Your face was in view in only 0" in dialog.outcome.text()
    assert not dialog.save_button.isEnabled()
    assert load_settings()[0].mood.calibration_bias == ()


def test_tagging_selected_tracks_writes_the_mood_and_rescans(
    qtbot: QtBot, make_window: MakeWindow, clip: Path, tmp_path: Path
) -> None:
    library = tmp_path / "mine"
    library.mkdir()
    source = next(resource_path("music_library").rglob("*.mp3"))
    shutil.copy(source, library / "song.mp3")
    window = make_window(str(clip))
    panel = window.library_panel
    with qtbot.waitSignal(
        window.app.library.scan_finished,
        timeout=20000,
        check_params_cb=lambda o: o.root == library,
    ):
        window.set_library_dir(str(library))
    assert panel.outcome is not None and len(panel.outcome.tracks) == 1
    before = panel.outcome.tracks[0].mood
    target = MusicMood.SAD if before is not MusicMood.SAD else MusicMood.CALM
    panel.tracks.selectRow(0)
    assert panel.selected_paths() == (library / "song.mp3",)
    panel.tag_mood.setCurrentIndex(panel.tag_mood.findData(target))
    with (
        qtbot.waitSignal(window.app.library.tags_written, timeout=20000) as written,
        qtbot.waitSignal(window.app.library.scan_finished, timeout=20000) as rescanned,
    ):
        panel.tag_button.click()
    assert written.args == [1, ()]
    assert rescanned.args[0].tracks[0].mood is target
    assert "1 files tagged" in panel.tag_status.text()


def test_crash_reports_are_offered_once(qtbot: QtBot, make_window: MakeWindow, clip: Path) -> None:
    from facemood import crash
    from facemood.gui.about import offer_crash_reports
    from facemood.paths import log_dir

    report = log_dir() / f"{crash.CRASH_PREFIX}test{crash.REPORT_SUFFIX}"
    report.write_text("Traceback: boom\n", encoding="utf-8")
    assert crash.pending_crash_reports() == [report]
    window = make_window(str(clip))
    box = offer_crash_reports(window)
    assert box is not None and "crash report" in box.text()
    assert "boom" in box.detailedText()
    box.reject()
    assert crash.pending_crash_reports() == []
    assert offer_crash_reports(window) is None


def test_gui_is_the_default_command() -> None:
    from facemood.cli import _REGISTRY, build_parser

    parser = build_parser()
    args = parser.parse_args(["gui", "--source", "clip.avi", "--aout", "dummy"])
    assert args.source == "clip.avi" and args.aout == "dummy"
    assert _REGISTRY["gui"].help == "open the app window"


def test_neutral_sub_selection_is_remembered_and_applied(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from facemood.core.types import Emotion

    window = make_window(str(NEUTRAL))  # a resting face: the music is calm
    qtbot.waitUntil(lambda: window.player.state.target is MusicMood.CALM, timeout=20000)
    assert window.live.mood_box.neutral_row.isVisibleTo(window)
    combo = window.live.mood_box.neutral_combo
    with qtbot.waitSignal(
        window.app.music.state_changed,
        timeout=10000,
        check_params_cb=lambda s: s.target is MusicMood.ENERGETIC,
    ) as chosen:
        combo.setCurrentIndex(combo.findData("energetic"))
    assert chosen.args[0].emotion is Emotion.NEUTRAL
    qtbot.waitUntil(lambda: load_settings()[0].music.neutral_choice == "energetic", timeout=10000)


def test_a_command_line_library_is_scanned_but_not_saved(
    qtbot: QtBot, settings: Settings, demo_library: Path, clip: Path, tmp_path: Path
) -> None:
    music = tmp_path / "session-music"
    shutil.copytree(demo_library / "happy", music / "happy")
    saved_dir = settings.music.library_dir
    window = FaceMoodApp(settings, source=str(clip), aout="dummy", library=str(music)).window
    qtbot.addWidget(window, before_close_func=lambda w: w.app.shutdown())
    with qtbot.waitSignal(window.app.library.scan_finished, timeout=30000) as done:
        window.show()
    assert done.args is not None
    outcome = done.args[0]
    assert outcome.root == music and len(outcome.tracks) == 3
    window.app.shutdown()
    saved, _warnings = load_settings()
    assert saved.music.library_dir == saved_dir
