"""Scans and tag writes on the job pools: progress, cancel, results as the library's values."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facemood.bridge.jobs import JobRunner
from facemood.bridge.library import LibraryService
from facemood.core.types import MusicMood
from facemood.library import ScanProgress, ScanResult
from tests.helpers.audio import write_wav


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "music"
    write_wav(root / "Happy" / "sunny.wav", 0.3, 660.0)
    write_wav(root / "calm" / "quiet ünïcode.wav", 0.3, 330.0)
    (root / "notes.mp3").write_text("not audio at all")
    return root


def test_scan_reports_progress_tracks_and_skipped_files(qtbot: QtBot, library: Path) -> None:
    jobs = JobRunner()
    service = LibraryService(jobs)
    progress: list[ScanProgress] = []
    service.scan_progressed.connect(progress.append)
    try:
        with qtbot.waitSignal(service.scan_finished, timeout=20000) as done:
            service.start_scan(library)
    finally:
        service.shutdown()
        jobs.shutdown()
    result: ScanResult = done.args[0]
    assert not result.cancelled
    assert {t.path.name: t.mood for t in result.tracks} == {
        "sunny.wav": MusicMood.HAPPY,
        "quiet ünïcode.wav": MusicMood.CALM,
    }
    assert [s.path.name for s in result.skipped] == ["notes.mp3"]
    assert progress and progress[-1].done == progress[-1].total


def test_a_cancelled_scan_finishes_early_and_says_so(qtbot: QtBot, library: Path) -> None:
    jobs = JobRunner(synchronous=True)
    service = LibraryService(jobs)
    # Cancel from the first progress report: the scan stops and says so.
    service.scan_progressed.connect(lambda _p: service.cancel_scan())
    with qtbot.waitSignal(service.scan_finished, timeout=10000) as done:
        service.start_scan(library)
    assert done.args[0].cancelled


def test_a_missing_folder_fails_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    service = LibraryService(JobRunner(synchronous=True))
    with qtbot.waitSignal(service.scan_failed, timeout=10000) as failed:
        service.start_scan(tmp_path / "nowhere")
    assert failed.args[0]


def test_tagging_writes_the_mood_and_reports_failures(qtbot: QtBot, library: Path) -> None:
    service = LibraryService(JobRunner(synchronous=True))
    sunny = library / "Happy" / "sunny.wav"
    with qtbot.waitSignal(service.tags_written, timeout=10000) as written:
        service.tag_files((sunny, library / "notes.mp3"), MusicMood.CALM)
    count, errors = written.args
    assert count == 1 and len(errors) == 1 and errors[0].startswith("notes.mp3: ")
    with qtbot.waitSignal(service.scan_finished, timeout=10000) as done:
        service.start_scan(library)
    moods = {t.path.name: t.mood for t in done.args[0].tracks}
    assert moods["sunny.wav"] is MusicMood.CALM  # the tag wins over the folder
