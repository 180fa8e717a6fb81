"""The library service: scans and tag writes off the GUI thread, results as frozen values.

A scan runs on the job runner's scan pool through :func:`facemood.app.compose.scan_tracks`
(the same scan, with the same index cache, as ``run --headless``); progress and the
result arrive as the library's own frozen :class:`~facemood.library.ScanProgress` and
:class:`~facemood.library.ScanResult`. Tag writes queue on the file pool.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from facemood.app import compose
from facemood.bridge.jobs import Cancellable, JobRunner
from facemood.core.types import MusicMood
from facemood.errors import FaceMoodError

log = logging.getLogger("facemood.bridge")


class LibraryService(QObject):
    """Starts scans (one at a time; a new one cancels the last) and tag writes."""

    scan_progressed = Signal(object)
    """A :class:`~facemood.library.ScanProgress`."""
    scan_finished = Signal(object)
    """A :class:`~facemood.library.ScanResult` (``cancelled=True`` after a cancel)."""
    scan_failed = Signal(str, str)
    """message, detail."""
    tags_written = Signal(int, object)
    """(files written, tuple of "file: reason" for failures)."""
    _finished = Signal(object)  # a scan's Cancellable, once its job is over

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._cancel: Cancellable | None = None
        self._finished.connect(self._on_finished)

    def start_scan(self, folder: str | Path) -> None:
        """Scan ``folder`` in the background, cancelling a scan still running."""
        self.cancel_scan()
        cancel = self._cancel = Cancellable()
        root = Path(folder)

        def scan() -> None:
            try:
                result = compose.scan_tracks(
                    root, progress=self.scan_progressed.emit, cancel=cancel
                )
            except FaceMoodError as exc:
                self.scan_failed.emit(exc.message, exc.detail)
            except Exception as exc:  # reported, never silently lost on a pool thread
                log.exception("library scan crashed")
                self.scan_failed.emit("The library scan failed", str(exc))
            else:
                self.scan_finished.emit(result)
            finally:
                self._finished.emit(cancel)

        self._jobs.scan(scan)

    def _on_finished(self, cancel: Cancellable) -> None:
        if self._cancel is cancel:
            self._cancel = None

    @property
    def scanning(self) -> bool:
        """Whether a scan was started and neither finished nor was cancelled."""
        return self._cancel is not None

    def cancel_scan(self) -> None:
        """Cancel the running scan, if any; it reports ``scan_finished`` with cancelled=True."""
        if self._cancel is not None:
            self._cancel.cancel()
            self._cancel = None

    def tag_files(self, paths: tuple[Path, ...], mood: MusicMood) -> None:
        """Write ``mood`` into each file's mood field; ``tags_written`` follows."""

        def tag() -> None:
            from facemood.library import tag_file

            written = 0
            errors: list[str] = []
            for path in paths:
                try:
                    tag_file(path, mood)
                    written += 1
                except FaceMoodError as exc:
                    errors.append(f"{path.name}: {exc.message}")
                except Exception as exc:
                    log.exception("tagging %s failed", path)
                    errors.append(f"{path.name}: {exc}")
            self.tags_written.emit(written, tuple(errors))

        self._jobs.file_job(tag)

    def shutdown(self) -> None:
        """Cancel a running scan (the job runner joins the pools)."""
        self.cancel_scan()
