"""Analyse files in a background process at the lowest priority: cancellable, resumable.

:class:`BackgroundAnalysis` starts one ``spawn`` process (no GIL shared with the window,
no inherited Qt or libVLC state), lowers its priority (``nice 19``; the idle class on
Windows), and hands it the files one at a time over its own pipe. The parent receives
each result, saves it to the :class:`~facemood.audio.store.AudioStore` in small batches
and yields an :class:`AnalysisProgress`. So:

* **cancel** (:meth:`BackgroundAnalysis.cancel`, from any thread) stops the process at
  once; everything analysed so far is already saved;
* **resume** is the next run: files with a current result are not sent again;
* a file that **crashes** the decoder (native code) or hangs it past ``timeout_s`` is
  recorded as ``crashed`` / ``timed out``; a fresh process goes on with the next file
  (a file that could not even be sent, because the process died between two files,
  goes back to the queue: only the file a process was working on is lost);
* what the decoders print themselves (mpg123's ``Warning: Xing stream size off…``,
  libVLC's messages) never reaches the terminal: the process's standard error (file
  descriptor 2, where C code writes) is a pipe, and its lines come back with each
  result and go to the log (DEBUG).

One process, on purpose: the analysis is a background nicety and must leave the other
core to the window and the camera. Pass ``processes=`` to use more on a batch job.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnProcess
from typing import TYPE_CHECKING, Any, Protocol, cast

from facemood.audio.store import AudioStore, FileStamp
from facemood.audio.types import AnalysisError, AnalysisFailure, AnalysisOutcome, AnalysisProblem
from facemood.errors import AudioAnalysisError

if TYPE_CHECKING:
    from facemood.audio.decode import Decoder

log = logging.getLogger("facemood.audio")

FILE_TIMEOUT_S = 60.0
"""A file still not done after this long is recorded as "timed out" (its process is
replaced). Normal files take a fraction of a second."""

_SAVE_EVERY_S = 0.5
"""Results are written to the store at least this often (and at the end)."""


class CancelToken(Protocol):
    """Anything with ``is_set()``, e.g. :class:`threading.Event`."""

    def is_set(self) -> bool:
        """Whether to stop."""
        ...


@dataclass(frozen=True, slots=True)
class AnalysisProgress:
    """One file done: ``done`` of ``total``, the file and what its analysis gave."""

    done: int
    total: int
    path: str
    outcome: AnalysisOutcome


def analyse_file(
    path: str, duration: float | None = None, decoder: Decoder | None = None
) -> AnalysisOutcome:
    """Decode and analyse one file on this thread; never raises for a bad file.

    Args:
        path: the audio file.
        duration: its length in seconds, if known (the libVLC fallback needs it to find
            the middle).
        decoder: a :class:`~facemood.audio.decode.Decoder` to reuse; ``None`` makes one.
    """
    # Imported here: the parent (the GUI process) never loads libsndfile or libVLC for this.
    from facemood.audio.decode import Decoder
    from facemood.audio.features import extract_features

    own = decoder is None
    dec = Decoder() if decoder is None else decoder
    try:
        excerpt = dec.decode(path, duration)
        return extract_features(excerpt.samples, excerpt.rate)
    except AnalysisError as exc:
        return exc.failure()
    finally:
        if own:
            dec.close()


def _lower_priority() -> None:
    """The lowest scheduling priority this OS offers a normal user."""
    if hasattr(os, "nice"):
        try:
            os.nice(19)
        except OSError as exc:  # already as low as allowed
            log.debug("os.nice: %s", exc)
    elif sys.platform == "win32":
        import ctypes

        idle_priority_class = 0x40
        kernel32: Any = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), idle_priority_class)


class _StderrCapture:
    """This process's file descriptor 2 turned into a pipe, drained by a thread.

    The decoders are C libraries that print to fd 2 directly, so replacing
    ``sys.stderr`` would not catch them. The thread (one; it exists so that a decoder
    printing more than a pipe holds can never block) keeps the lines until
    :meth:`take`.
    """

    _MAX_LINES = 200  # per file: a decoder stuck in a loop of warnings must not fill memory

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        os.dup2(write_end, 2)
        os.close(write_end)
        self._lines: deque[str] = deque(maxlen=self._MAX_LINES)
        self._lock = threading.Lock()
        threading.Thread(
            target=self._drain, args=(read_end,), name="decoder-stderr", daemon=True
        ).start()

    def _drain(self, read_end: int) -> None:
        with open(read_end, "rb") as pipe:
            for raw in pipe:
                line = raw.decode("utf-8", "backslashreplace").rstrip()
                if line:
                    with self._lock:
                        self._lines.append(line)

    def take(self) -> tuple[str, ...]:
        """The lines printed since the last call."""
        with self._lock:
            lines = tuple(self._lines)
            self._lines.clear()
        return lines


ONE_THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
"""Set to 1 in the analysis process before numpy loads: its matrix products are small,
and a multi-threaded BLAS would spin on the core left to the window and the camera."""


def _worker_main(conn: Connection) -> None:
    """The analysis process: say ``("ready",)``, then answer each ``(index, path, duration)``
    with ``("done", index, outcome, decoder_lines)`` until ``None`` or the parent goes
    away."""
    _lower_priority()
    stderr = _StderrCapture()
    for name in ONE_THREAD_ENV:
        os.environ[name] = "1"  # this process only; numpy is not loaded yet
    from facemood.audio.decode import Decoder

    decoder = Decoder()
    conn.send(("ready",))
    try:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                break
            if task is None:
                break
            index, path, duration = task
            try:
                outcome = analyse_file(path, duration, decoder)
            except Exception as exc:  # a bug must cost one file, not the analysis
                outcome = AnalysisFailure(AnalysisProblem.CORRUPT, f"{type(exc).__name__}: {exc}")
            conn.send(("done", index, outcome, stderr.take()))
    finally:
        decoder.close()


class _Worker:
    """One analysis process, its private pipe, and the file it is working on.

    A pipe per process (not a shared queue): a process killed mid-file (crash, hang,
    cancel) can never leave a lock held or a half-written message for the others.
    """

    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.process: SpawnProcess = ctx.Process(
            target=_worker_main, args=(child,), name="facemood-audio", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.lost = False
        """Its pipe has closed: alive or not, it can answer nothing more."""
        self.current: int | None = None
        self.since = time.monotonic()

    def give(self, index: int, stamp: FileStamp) -> bool:
        """Send the process a file; ``False`` if it has died since its last message
        (the pipe is broken), so the caller keeps the file for the next process."""
        try:
            self.conn.send((index, stamp.path, stamp.duration))
        except OSError:  # BrokenPipeError, ConnectionResetError
            return False
        self.current, self.since = index, time.monotonic()
        return True

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class BackgroundAnalysis:
    """Analyses ``files`` in background processes, saving every result to ``store``.

    Iterate :meth:`run` (on any thread but the GUI's) for an :class:`AnalysisProgress`
    per file; call :meth:`cancel` from anywhere to stop. Files that already have a
    current result in ``store`` are skipped (not counted in ``total``).

    Args:
        files: what to analyse.
        store: where results go (and which files are already done).
        processes: analysis processes (1 leaves the other cores alone).
        timeout_s: per-file limit, see :data:`FILE_TIMEOUT_S`.
        cancel: anything with ``is_set()`` (e.g. :class:`threading.Event`) that stops the
            analysis once set, like :meth:`cancel`.
        limit: analyse at most this many of the pending files (the first in order);
            :attr:`left_over` says how many wait for a later run. ``None``: all.
    """

    def __init__(
        self,
        files: Sequence[FileStamp],
        store: AudioStore,
        *,
        processes: int = 1,
        timeout_s: float = FILE_TIMEOUT_S,
        cancel: CancelToken | None = None,
        limit: int | None = None,
    ) -> None:
        self.store = store
        pending = store.pending(files)
        self.files = pending if limit is None else pending[: max(0, limit)]
        self.left_over = len(pending) - len(self.files)
        """Pending files beyond ``limit``, not analysed by this run."""
        self.processes = max(1, processes)
        self.timeout_s = timeout_s
        self._cancel = threading.Event()
        self._external = cancel

    @property
    def total(self) -> int:
        """How many files need analysing."""
        return len(self.files)

    def cancel(self) -> None:
        """Stop soon (the current file is dropped); safe from any thread."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called or the ``cancel`` token is set."""
        return self._cancel.is_set() or (self._external is not None and self._external.is_set())

    def run(self) -> Iterator[AnalysisProgress]:
        """Analyse everything pending, yielding after each file; returns when done or cancelled.

        Raises:
            AudioAnalysisError: the analysis process cannot start at all.
        """
        if not self.files:
            return
        ctx = multiprocessing.get_context("spawn")
        todo = deque(range(self.total))
        workers = [_Worker(ctx) for _ in range(min(self.processes, self.total))]
        unsaved: dict[FileStamp, AnalysisOutcome] = {}
        last_save = time.monotonic()
        done = 0
        try:
            while done < self.total and not self.cancelled:
                by_conn = {w.conn: w for w in workers}
                for conn in wait(list(by_conn), timeout=0.1):
                    worker = by_conn[cast(Connection, conn)]
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.lost = True  # the check below records and replaces it
                        continue
                    if message[0] == "done":
                        _, index, outcome, printed = message
                        for line in printed:
                            log.debug("decoder, %s: %s", self.files[index].path, line)
                        worker.current = None
                        done += 1
                        yield self._record(index, outcome, unsaved, done)
                    worker.ready = True
                    if todo:
                        index = todo.popleft()
                        if not worker.give(index, self.files[index]):
                            todo.appendleft(index)  # it died: its replacement takes the file
                for n, worker in enumerate(workers):
                    failure = self._failure(worker)
                    if failure is None:
                        continue
                    worker.stop()
                    workers[n] = _Worker(ctx)
                    if worker.current is not None:
                        log.warning(
                            "audio analysis of %s: %s",
                            self.files[worker.current].path,
                            failure.describe(),
                        )
                        done += 1
                        yield self._record(worker.current, failure, unsaved, done)
                if time.monotonic() - last_save >= _SAVE_EVERY_S:
                    self.store.save(unsaved)
                    unsaved.clear()
                    last_save = time.monotonic()
        finally:
            self.store.save(unsaved)
            for worker in workers:
                worker.stop()

    def _failure(self, worker: _Worker) -> AnalysisFailure | None:
        """Why ``worker`` must be replaced (dead, cut off or stuck), or ``None`` while it
        is fine."""
        if worker.lost:
            worker.process.join(0.5)  # a process that just died: say so, not "cut off"
        if not worker.process.is_alive() or worker.lost:
            if worker.process.is_alive():
                why = "the analysis process closed its pipe"
            else:
                why = f"the analysis process died (exit code {worker.process.exitcode})"
            if not worker.ready:
                raise AudioAnalysisError(
                    "The audio analysis could not start", f"{why} before it was ready"
                )
            return AnalysisFailure(AnalysisProblem.CRASHED, why)
        if worker.current is not None and time.monotonic() - worker.since > self.timeout_s:
            return AnalysisFailure(AnalysisProblem.TIMED_OUT, f"more than {self.timeout_s:.0f} s")
        return None

    def _record(
        self,
        index: int,
        outcome: AnalysisOutcome,
        unsaved: dict[FileStamp, AnalysisOutcome],
        done: int,
    ) -> AnalysisProgress:
        stamp = self.files[index]
        unsaved[stamp] = outcome
        return AnalysisProgress(done, self.total, stamp.path, outcome)
