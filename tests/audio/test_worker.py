"""The background analysis process: results saved, bad files recorded, cancel and resume."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from multiprocessing.connection import Connection
from pathlib import Path

import numpy as np
import pytest

from facemood.audio import worker as worker_module
from facemood.audio.store import FileStamp
from facemood.audio.types import AnalysisFailure, AnalysisProblem, AudioFeatures
from facemood.audio.worker import AnalysisProgress, BackgroundAnalysis, analyse_file
from facemood.errors import AudioAnalysisError
from tests.audio.synth import clicks
from tests.helpers.audio import open_store

pytest.importorskip("av", reason="PyAV encodes the test audio (pip install av)")

from tests.library.audio_helpers import encode_samples, rate_for


def _song(path: Path, bpm: float, seconds: float = 8.0) -> FileStamp:
    rate = rate_for(path)
    encode_samples(path, clicks(bpm, seconds, rate))
    return FileStamp.of(path, seconds)


def _library(tmp_path: Path, count: int = 4) -> list[FileStamp]:
    songs = [_song(tmp_path / f"{i}.flac", 80 + 20 * i) for i in range(count)]
    bad = tmp_path / "bad.mp3"
    bad.write_bytes(b"not audio " * 100)
    return [*songs, FileStamp.of(bad)]


def test_analyse_file_never_raises_for_a_bad_file(tmp_path: Path) -> None:
    stamp = _song(tmp_path / "a.flac", 120)
    assert isinstance(analyse_file(stamp.path, 8.0), AudioFeatures)
    empty = tmp_path / "empty.ogg"
    empty.write_bytes(b"")
    assert isinstance(analyse_file(str(empty)), AnalysisFailure)


def test_every_file_is_analysed_or_recorded_with_its_reason(tmp_path: Path) -> None:
    files = _library(tmp_path)
    with open_store(tmp_path / "index.sqlite3") as store:
        job = BackgroundAnalysis(files, store)
        steps = list(job.run())
        assert [s.done for s in steps] == [1, 2, 3, 4, 5]
        assert {s.path for s in steps} == {f.path for f in files}
        found = store.lookup(files)
    tempos = [found[f.path].tempo for f in files[:4]]  # type: ignore[union-attr]
    assert tempos == pytest.approx([80, 100, 120, 140], rel=0.02)
    bad = found[files[4].path]
    assert isinstance(bad, AnalysisFailure) and bad.problem is AnalysisProblem.FORMAT


def test_nothing_unchanged_is_analysed_twice(tmp_path: Path) -> None:
    files = _library(tmp_path, count=2)
    with open_store(tmp_path / "index.sqlite3") as store:
        list(BackgroundAnalysis(files, store).run())
        again = BackgroundAnalysis(files, store)
        assert again.total == 0 and list(again.run()) == []
        _song(Path(files[0].path), 150, seconds=9.0)  # the file changed
        changed = [FileStamp.of(files[0].path, 9.0), *files[1:]]
        assert [f.path for f in BackgroundAnalysis(changed, store).files] == [files[0].path]


def test_cancel_keeps_what_was_done_and_the_next_run_resumes(tmp_path: Path) -> None:
    files = _library(tmp_path, count=4)
    stop = threading.Event()
    with open_store(tmp_path / "index.sqlite3") as store:
        job = BackgroundAnalysis(files, store, cancel=stop)
        done = []
        for step in job.run():
            done.append(step.path)
            if len(done) == 2:
                stop.set()
        assert job.cancelled and len(done) == 2
        assert set(store.lookup(files)) == set(done)
        rest = BackgroundAnalysis(files, store)
        assert rest.total == 3
        assert {s.path for s in rest.run()} == {f.path for f in files} - set(done)
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_hanging_file_times_out_and_the_analysis_goes_on(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.wav"
    os.mkfifo(fifo)  # opening it for reading blocks forever: a decoder that hangs
    after = _song(tmp_path / "after.flac", 120)
    stuck = FileStamp(str(fifo), 0, 0)
    with open_store(":memory:") as store:
        steps = list(BackgroundAnalysis([stuck, after], store, timeout_s=3.0).run())
    outcomes = {s.path: s.outcome for s in steps}
    hung = outcomes[str(fifo)]
    assert isinstance(hung, AnalysisFailure) and hung.problem is AnalysisProblem.TIMED_OUT
    assert isinstance(outcomes[after.path], AudioFeatures)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_crashed_process_costs_at_most_its_file(tmp_path: Path) -> None:
    files = _library(tmp_path, count=4)
    with open_store(":memory:") as store:
        job = BackgroundAnalysis(files, store)
        steps = []
        for step in job.run():
            steps.append(step)
            if len(steps) == 1:
                for child in multiprocessing.active_children():
                    assert child.pid is not None
                    os.kill(child.pid, signal.SIGKILL)
    assert len(steps) == len(files)
    crashed = [
        s
        for s in steps
        if isinstance(s.outcome, AnalysisFailure) and s.outcome.problem is AnalysisProblem.CRASHED
    ]
    assert len(crashed) <= 1
    analysed = [s for s in steps if isinstance(s.outcome, AudioFeatures)]
    assert len(analysed) + len(crashed) == 4


def test_the_process_runs_at_the_lowest_priority(tmp_path: Path) -> None:
    if not hasattr(os, "getpriority"):
        pytest.skip("no getpriority")
    stamp = _song(tmp_path / "a.flac", 120, seconds=20.0)
    with open_store(":memory:") as store:
        job = BackgroundAnalysis([stamp], store)
        ctx_children = []
        runner = job.run()
        # The first step arrives after the file is done; look at the child before that.
        thread = threading.Thread(target=lambda: ctx_children.extend(list(runner)))
        thread.start()
        nice = None
        while thread.is_alive() and nice is None:
            for child in multiprocessing.active_children():
                assert child.pid is not None
                value = os.getpriority(os.PRIO_PROCESS, child.pid)
                if value == 19:
                    nice = value
        thread.join()
    assert nice == 19
    assert np.isfinite(ctx_children[0].outcome.tempo)  # type: ignore[union-attr]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_file_sent_to_a_process_that_just_died_goes_to_the_next_one(tmp_path: Path) -> None:
    files = _library(tmp_path, count=4)
    with open_store(":memory:") as store:
        steps = []
        for step in BackgroundAnalysis(files, store).run():
            steps.append(step)
            if len(steps) == 1:  # between two files: the process holds none
                for child in multiprocessing.active_children():
                    assert child.pid is not None
                    os.kill(child.pid, signal.SIGKILL)
                    child.join()  # dead for sure: the next send finds a broken pipe
    assert sorted(s.path for s in steps) == sorted(f.path for f in files)
    analysed = [s for s in steps if isinstance(s.outcome, AudioFeatures)]
    assert len(analysed) == 4  # no song lost, none recorded as crashed
    assert [s.done for s in steps] == [1, 2, 3, 4, 5]


def _answers_once_then_closes_its_pipe(conn: Connection) -> None:
    """An analysis process that takes a file, then cuts its pipe and stays alive."""
    conn.send(("ready",))
    conn.recv()
    conn.close()
    threading.Event().wait()  # alive until the parent kills it


def _closes_its_pipe_at_once(conn: Connection) -> None:
    """An analysis process that cuts its pipe before it is ready and stays alive."""
    conn.close()
    threading.Event().wait()  # alive until the parent kills it


def _run_in_thread(
    job: BackgroundAnalysis, seconds: float
) -> list[AnalysisProgress | AudioAnalysisError]:
    """Run ``job`` on a thread; what it yielded (or the exception it raised), once done."""
    results: list[AnalysisProgress | AudioAnalysisError] = []

    def target() -> None:
        try:
            results.extend(job.run())
        except AudioAnalysisError as exc:
            results.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the analysis kept waiting on a process that cannot answer"
    return results


def test_a_process_that_closes_its_pipe_costs_its_file_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _library(tmp_path, count=2)
    monkeypatch.setattr(worker_module, "_worker_main", _answers_once_then_closes_its_pipe)
    with open_store(":memory:") as store:
        steps = _run_in_thread(BackgroundAnalysis(files, store, timeout_s=600), 60)
    assert all(isinstance(s, AnalysisProgress) for s in steps)
    progress = [s for s in steps if isinstance(s, AnalysisProgress)]
    assert sorted(s.path for s in progress) == sorted(f.path for f in files)
    for step in progress:
        outcome = step.outcome
        assert isinstance(outcome, AnalysisFailure)
        assert outcome.problem is AnalysisProblem.CRASHED
        assert "closed its pipe" in outcome.detail


def test_a_process_that_closes_its_pipe_before_it_is_ready_stops_the_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _library(tmp_path, count=1)
    monkeypatch.setattr(worker_module, "_worker_main", _closes_its_pipe_at_once)
    with open_store(":memory:") as store:
        (error,) = _run_in_thread(BackgroundAnalysis(files, store), 60)
    assert isinstance(error, AudioAnalysisError)
    assert "closed its pipe before it was ready" in str(error)
