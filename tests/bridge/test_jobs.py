"""Scan and photo jobs on their pools: progress, cancel, results as frozen values."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facemood.bridge.jobs import Cancellable, JobRunner, ScanJob, ScanSignals
from facemood.bridge.values import ScanOutcome, ScanProgress
from facemood.core.types import MusicMood
from facemood.settings import Settings
from tests.helpers.audio import write_wav
from tests.helpers.clips import FACES_DIR


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "music"
    write_wav(root / "Happy" / "sunny.wav", 0.3, 660.0)
    write_wav(root / "calm" / "quiet ünïcode.wav", 0.3, 330.0)
    (root / "notes.mp3").write_text("not audio at all")
    return root


def test_scan_reports_progress_tracks_and_skipped_files(qtbot: QtBot, library: Path) -> None:
    runner = JobRunner()
    progress: list[ScanProgress] = []
    runner.scan_signals.scan_progressed.connect(progress.append)
    try:
        with qtbot.waitSignal(runner.scan_signals.scan_finished, timeout=20000) as done:
            runner.start_scan(library)
    finally:
        runner.shutdown()
    outcome: ScanOutcome = done.args[0]
    assert not outcome.cancelled
    assert {Path(t.path).name: t.mood for t in outcome.tracks} == {
        "sunny.wav": MusicMood.HAPPY,
        "quiet ünïcode.wav": MusicMood.CALM,
    }
    assert [Path(s.path).name for s in outcome.skipped] == ["notes.mp3"]
    assert outcome.skipped[0].reason
    assert outcome.counts()["happy"] == 1 and outcome.counts()["untagged"] == 0
    assert progress and progress[-1].done == progress[-1].total


def test_a_cancelled_scan_finishes_early_and_says_so(qtbot: QtBot, library: Path) -> None:
    signals = ScanSignals()
    cancel = Cancellable()
    cancel.cancel()
    with qtbot.waitSignal(signals.scan_finished, timeout=10000) as done:
        ScanJob(str(library), signals, cancel).run()
    assert done.args[0].cancelled


def test_a_missing_folder_fails_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    runner = JobRunner(synchronous=True)
    with qtbot.waitSignal(runner.scan_signals.scan_failed, timeout=10000) as failed:
        runner.start_scan(tmp_path / "nowhere")
    assert failed.args[0]


def test_photo_job_analyses_a_face(qtbot: QtBot) -> None:
    runner = JobRunner()
    photo = FACES_DIR / "london_004_happy.jpg"
    try:
        with qtbot.waitSignal(runner.photo_signals.photo_analysed, timeout=30000) as done:
            runner.analyze_photo(photo, settings=Settings())
    finally:
        runner.shutdown()
    result = done.args[0]
    assert result.path == str(photo)
    assert len(result.analysis.faces) == 1
    assert not result.image.isNull()
    assert result.emotion is not None


def test_photo_job_reports_a_broken_file(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"not a png")
    runner = JobRunner(synchronous=True)
    with qtbot.waitSignal(runner.photo_signals.photo_failed, timeout=30000) as failed:
        runner.analyze_photo(bad, settings=Settings())
    assert failed.args[0] == str(bad)
    assert failed.args[1]
