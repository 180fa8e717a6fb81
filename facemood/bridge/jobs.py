"""Background jobs on thread pools: library scans and one-shot photo analysis.

Two pools, both owned by :class:`JobRunner` and joined in :meth:`JobRunner.shutdown`:

* the **scan pool** (1 thread): a scan walks the disk and reads tags for minutes on a
  big library; one at a time is enough, and a new scan cancels the running one;
* the **photo pool** (1 thread): a capture or dropped photo is analysed on its own with
  a pipeline of its own (the live pipeline keeps its tracker state); one thread keeps
  the model's memory bounded, and photos are rare. Small file work that must not block
  the GUI (tag writing, settings saves with fsync) queues here too, in order.
"""

from __future__ import annotations

import copy
import logging
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from facemood.bridge import backend
from facemood.bridge.capture import frame_to_qimage
from facemood.bridge.values import OneShotResult, ScanProgress
from facemood.core.types import MusicMood
from facemood.errors import FaceMoodError
from facemood.settings import Settings, save_settings

log = logging.getLogger("facemood.bridge")

# Worker threads keep the normal OS priority on purpose: a lowered ("nice") thread that
# holds the GIL while the OS runs something else makes the GUI thread wait for the GIL.
# Measured with benchmarks/gui_stall.py: longest stall 75-150 ms with nice +4/+10
# workers, 20-60 ms without.


class Cancellable:
    """A thread-safe cancel flag handed to long work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()


class ScanSignals(QObject):
    """Signals of one scan job (a QRunnable cannot carry signals itself)."""

    scan_progressed = Signal(object)
    """A :class:`ScanProgress`."""
    scan_finished = Signal(object)
    """A :class:`ScanOutcome` (``cancelled=True`` after a cancel)."""
    scan_failed = Signal(str, str)
    """message, detail."""


class ScanJob(QRunnable):
    """Scans one library folder, reporting progress at most every few hundred files."""

    def __init__(self, library_dir: str, signals: ScanSignals, cancel: Cancellable) -> None:
        super().__init__()
        self.library_dir = library_dir
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        """Pool thread body: scan, report; never raises."""
        try:
            outcome = backend.scan_library(
                self.library_dir,
                progress=lambda done, total, path: self.signals.scan_progressed.emit(
                    ScanProgress(done, total, path)
                ),
                cancelled=lambda: self.cancel.cancelled,
            )
        except FaceMoodError as exc:
            self.signals.scan_failed.emit(exc.message, exc.detail)
        except Exception as exc:  # reported, never silently lost on a pool thread
            log.exception("library scan crashed")
            self.signals.scan_failed.emit("The library scan failed", str(exc))
        else:
            self.signals.scan_finished.emit(outcome)


class PhotoSignals(QObject):
    """Signals of one-shot photo analysis and other small jobs on the photo pool."""

    photo_saved = Signal(str)
    """A captured frame was written as PNG (its path)."""
    tags_written = Signal(int, object)
    """(files written, tuple of "file: reason" for failures)."""
    cameras_listed = Signal(object)
    """A tuple of camera indices that are present."""
    settings_saved = Signal(str)
    """The settings file was written (its path)."""
    settings_failed = Signal(str, str)
    """message, detail."""

    photo_analysed = Signal(object)
    """A :class:`OneShotResult`."""
    photo_failed = Signal(str, str, str)
    """path, message, detail."""


class PhotoJob(QRunnable):
    """Analyses one photo file on its own."""

    def __init__(
        self,
        path: str,
        settings: Settings,
        signals: PhotoSignals,
        save: npt.NDArray[np.uint8] | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.settings = settings
        self.signals = signals
        self.save = save

    def run(self) -> None:
        """Pool thread body: save (a capture), analyse, report; never raises."""
        try:
            if self.save is not None:
                _save_png(frame_to_qimage(self.save), Path(self.path))
                self.signals.photo_saved.emit(self.path)
            analysis = backend.analyze_photo(self.path, self.settings)
            image = QImage(self.path)
            emotion = analysis.primary.top() if analysis.primary is not None else None
            self.signals.photo_analysed.emit(OneShotResult(self.path, image, analysis, emotion))
        except FaceMoodError as exc:
            self.signals.photo_failed.emit(self.path, exc.message, exc.detail)
        except Exception as exc:
            log.exception("photo analysis crashed")
            self.signals.photo_failed.emit(self.path, "The photo could not be analysed", str(exc))


def _save_png(image: QImage, path: Path) -> None:
    """Write ``image`` as PNG atomically (temp name, then rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FaceMoodError("Cannot create the capture folder", f"{path.parent}: {exc}") from exc
    tmp = path.with_name(f".{path.stem}.tmp.png")  # the suffix picks the PNG writer
    if not image.save(str(tmp)):
        raise FaceMoodError("The photo could not be saved", f"Writing {path} failed.")
    try:
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FaceMoodError("The photo could not be saved", f"{path}: {exc}") from exc


def _tag_files(paths: tuple[str, ...], mood: MusicMood, signals: PhotoSignals) -> None:
    written = 0
    errors: list[str] = []
    for path in paths:
        try:
            backend.tag_file(path, mood)
            written += 1
        except FaceMoodError as exc:
            errors.append(f"{Path(path).name}: {exc.message}")
        except Exception as exc:
            log.exception("tagging %s failed", path)
            errors.append(f"{Path(path).name}: {exc}")
    signals.tags_written.emit(written, tuple(errors))


class JobRunner(QObject):
    """Starts scan and photo jobs on their pools; lives in the GUI thread.

    Args:
        synchronous: run jobs inline on the caller's thread (tests, like Picard's
            FakeThreadPool); signals still arrive through the event loop.
    """

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.scan_signals = ScanSignals(self)
        self.photo_signals = PhotoSignals(self)
        self._synchronous = synchronous
        # Scan pool: 1 thread, a scan is disk-bound and a newer scan replaces an older one.
        self._scan_pool = QThreadPool(self)
        self._scan_pool.setMaxThreadCount(1)
        # Photo pool: 1 thread, photos are rare and each loads a model of its own.
        self._photo_pool = QThreadPool(self)
        self._photo_pool.setMaxThreadCount(1)
        self._scan_cancel: Cancellable | None = None

    def _start(self, pool: QThreadPool, job: QRunnable) -> None:
        if self._synchronous:
            job.run()
        else:
            pool.start(job)

    def start_scan(self, library_dir: str | Path) -> Cancellable:
        """Scan ``library_dir`` in the background, cancelling a scan still running."""
        self.cancel_scan()
        cancel = Cancellable()
        self._scan_cancel = cancel
        self._start(self._scan_pool, ScanJob(str(library_dir), self.scan_signals, cancel))
        return cancel

    def cancel_scan(self) -> None:
        """Cancel the running scan, if any; it reports ``scan_finished`` with cancelled=True."""
        if self._scan_cancel is not None:
            self._scan_cancel.cancel()
            self._scan_cancel = None

    def analyze_photo(self, path: str | Path, settings: Settings) -> None:
        """Analyse a photo on its own; the result arrives as ``photo_analysed``."""
        self._start(self._photo_pool, PhotoJob(str(path), settings, self.photo_signals))

    def save_and_analyze(
        self, frame: npt.NDArray[np.uint8], path: str | Path, settings: Settings
    ) -> None:
        """Write a captured (BGR) frame as PNG, then analyse it on its own.

        ``photo_saved`` then ``photo_analysed`` (or ``photo_failed``) follow.
        """
        job = PhotoJob(str(path), settings, self.photo_signals, save=frame)
        self._start(self._photo_pool, job)

    def save_settings(self, settings: Settings, path: Path | None = None) -> None:
        """Write a copy of ``settings`` atomically (with fsync) off the GUI thread.

        Saves run in order on the single photo-pool thread, so the last one wins.
        """
        snapshot = copy.deepcopy(settings)
        signals = self.photo_signals

        def save() -> None:
            try:
                written = save_settings(snapshot, path)
            except FaceMoodError as exc:
                signals.settings_failed.emit(exc.message, exc.detail)
            else:
                signals.settings_saved.emit(str(written))

        self._start(self._photo_pool, QRunnable.create(save))

    def list_cameras(self) -> None:
        """Look for cameras off the GUI thread; ``cameras_listed`` follows."""
        signals = self.photo_signals

        def probe() -> None:
            try:
                cameras = tuple(backend.list_cameras())
            except Exception:  # a probe must never take the app down
                log.exception("camera enumeration failed")
                cameras = ()
            signals.cameras_listed.emit(cameras)

        self._start(self._photo_pool, QRunnable.create(probe))

    def tag_files(self, paths: tuple[str, ...], mood: MusicMood) -> None:
        """Write ``mood`` into each file (lossless writer); ``tags_written`` follows."""
        signals = self.photo_signals
        self._start(self._photo_pool, QRunnable.create(lambda: _tag_files(paths, mood, signals)))

    def shutdown(self, timeout_ms: int = 10000) -> None:
        """Cancel the scan and join both pools (queued photo and file jobs still run)."""
        self.cancel_scan()
        self._scan_pool.clear()
        self._start(self._photo_pool, QRunnable.create(backend.release_photo_analyzer))
        for pool in (self._scan_pool, self._photo_pool):
            if not pool.waitForDone(timeout_ms):
                log.error("a job pool did not finish within %d ms", timeout_ms)
