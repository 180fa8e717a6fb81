"""Background pools for work that must not block the GUI thread, and the small jobs on them.

Two pools, owned by :class:`JobRunner` and joined in :meth:`JobRunner.shutdown`:

* the **scan pool** (1 thread): a library scan walks the disk and reads tags for minutes
  on a big library; one at a time is enough, and a new scan cancels the running one;
* the **file pool** (1 thread): small file work in order: tag writes, settings saves
  (they fsync), a captured frame written as PNG, the camera probe. One thread keeps them
  in the order they were asked for, so the last settings save wins.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from facemood.errors import FaceMoodError
from facemood.files import atomic_write_bytes
from facemood.settings import Settings, save_settings

log = logging.getLogger("facemood.bridge")

# Worker threads keep the normal OS priority on purpose: a lowered ("nice") thread that
# holds the GIL while the OS runs something else makes the GUI thread wait for the GIL.
# Measured with benchmarks/gui_stall.py: longest stall 75-150 ms with nice +4/+10
# workers, 20-60 ms without.


class Cancellable:
    """A thread-safe cancel flag handed to long work (``is_set`` as a scan expects)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    def is_set(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()


class GuiSide(QObject):
    """A QObject of the GUI thread that pool jobs hand their results to.

    A job calls :meth:`to_gui` with a function (e.g. one that emits a signal); it runs
    on this object's thread. So the public signals are always emitted on the GUI thread,
    and every slot runs there: a signal emitted on a pool thread would call a slot that
    is not a QObject's method (a lambda, a test's signal blocker) on the pool thread.
    """

    _handed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handed.connect(self._run_handed)

    def to_gui(self, fn: Callable[[], object]) -> None:
        """Run ``fn()`` on this object's (the GUI) thread, soon; from any thread."""
        self._handed.emit(fn)

    @Slot(object)
    def _run_handed(self, fn: Callable[[], object]) -> None:
        fn()


class FileSignals(GuiSide):
    """Results of the file pool's jobs (emitted on the GUI thread)."""

    capture_saved = Signal(str)
    """A captured frame was written as PNG (its path)."""
    capture_failed = Signal(str, str)
    """message, detail."""
    cameras_listed = Signal(object)
    """A tuple of camera indices that are present."""
    settings_saved = Signal(str)
    """The settings file was written (its path)."""
    settings_failed = Signal(str, str)
    """message, detail."""


class JobRunner(QObject):
    """Runs jobs on the scan and file pools; lives in the GUI thread.

    Args:
        synchronous: run jobs inline on the caller's thread (tests, like Picard's
            FakeThreadPool); their results are then handed over at once.
    """

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.file_signals = FileSignals(self)
        self._synchronous = synchronous
        # Scan pool: 1 thread, a scan is disk-bound and a newer scan replaces an older one.
        self._scan_pool = QThreadPool(self)
        self._scan_pool.setMaxThreadCount(1)
        # File pool: 1 thread, small jobs in the order they were asked for.
        self._file_pool = QThreadPool(self)
        self._file_pool.setMaxThreadCount(1)

    def _start(self, pool: QThreadPool, job: Callable[[], None]) -> None:
        if self._synchronous:
            job()
        else:
            # A plain callable, not QRunnable.create(): the pool deletes a runnable after
            # it ran without telling PySide, whose wrapper then outlives it and is handed
            # out for the next C++ object at that address (seen as a QMenu action that
            # came back as a "QRunnable").
            pool.start(job)

    def scan(self, job: Callable[[], None]) -> None:
        """Run a scan on the scan pool."""
        self._start(self._scan_pool, job)

    def file_job(self, job: Callable[[], None]) -> None:
        """Run small file work on the file pool, after what was queued before."""
        self._start(self._file_pool, job)

    def save_settings(self, settings: Settings, path: Path | None = None) -> None:
        """Write a settings snapshot atomically (with fsync) off the GUI thread."""
        signals = self.file_signals

        def save() -> None:
            try:
                written = save_settings(settings, path)
            except FaceMoodError as exc:
                message, detail = exc.message, exc.detail
                signals.to_gui(lambda: signals.settings_failed.emit(message, detail))
            else:
                signals.to_gui(lambda: signals.settings_saved.emit(str(written)))

        self.file_job(save)

    def save_capture(self, frame: npt.NDArray[np.uint8], path: Path) -> None:
        """Write a captured (BGR) frame as PNG; ``capture_saved`` or ``capture_failed`` follows."""
        signals = self.file_signals

        def save() -> None:
            import cv2

            ok, png = cv2.imencode(".png", frame)
            try:
                if not ok:
                    raise OSError("the frame could not be encoded as PNG")
                atomic_write_bytes(path, png.tobytes())
            except OSError as exc:
                detail = f"{path}: {exc}"
                signals.to_gui(
                    lambda: signals.capture_failed.emit("The photo could not be saved", detail)
                )
            else:
                signals.to_gui(lambda: signals.capture_saved.emit(str(path)))

        self.file_job(save)

    def list_cameras(self) -> None:
        """Look for cameras off the GUI thread; ``cameras_listed`` follows."""
        from facemood.vision.sources import list_cameras

        signals = self.file_signals

        def probe() -> None:
            try:
                cameras = tuple(list_cameras())
            except Exception:  # a probe must never take the app down
                log.exception("camera enumeration failed")
                cameras = ()
            signals.to_gui(lambda: signals.cameras_listed.emit(cameras))

        self.file_job(probe)

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Join both pools (queued file jobs still run; a scan is cancelled by its owner)."""
        self._scan_pool.clear()
        for pool in (self._scan_pool, self._file_pool):
            if not pool.waitForDone(timeout_ms):
                log.error("a job pool did not finish within %d ms", timeout_ms)
