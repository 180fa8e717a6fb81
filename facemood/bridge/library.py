"""The library service: scans, audio analysis and tag writes off the GUI thread, results
as frozen values.

A scan runs on the job runner's scan pool through :func:`facemood.app.compose.scan_tracks`
(the same scan, with the same index cache, as ``run --headless``); progress and the
result arrive as the library's own frozen :class:`~facemood.library.ScanProgress` and
:class:`~facemood.library.ScanResult`. With audio moods on, the same job then has the
untagged tracks not analysed yet listened to (:func:`facemood.app.compose.analyse_audio`:
a background process at the lowest priority, cached in the index) and reports the
result again with the estimates. Tag writes queue on the file pool.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from facemood.app import compose
from facemood.bridge.jobs import Cancellable, GuiSide, JobRunner
from facemood.core.types import MusicMood
from facemood.errors import FaceMoodError

if TYPE_CHECKING:  # the library loads mutagen: only where a scan runs
    from facemood.audio.worker import AnalysisProgress
    from facemood.library import ScanProgress, ScanResult, Track

log = logging.getLogger("facemood.bridge")


class LibraryService(GuiSide):
    """Starts scans (one at a time; a new one cancels the last) and tag writes; its
    signals are emitted on the GUI thread."""

    scan_started = Signal(str)
    """The folder a scan was started on."""
    scan_progressed = Signal(object)
    """A :class:`~facemood.library.ScanProgress`."""
    scan_finished = Signal(object)
    """A :class:`~facemood.library.ScanResult` (``cancelled=True`` after a cancel)."""
    scan_failed = Signal(str, str)
    """message, detail."""
    analysis_progressed = Signal(object)
    """An :class:`~facemood.audio.worker.AnalysisProgress`: one more untagged file listened to."""
    analysis_finished = Signal(object)
    """The scan's :class:`~facemood.library.ScanResult` with the new audio estimates
    (only after files were analysed; ``cancelled=True`` when the analysis was)."""
    analysis_failed = Signal(str, str)
    """message, detail: the analysis could not run (the scan's result stands)."""
    tags_written = Signal(int, object)
    """(files written, tuple of "file: reason" for failures)."""

    def __init__(self, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._cancel: Cancellable | None = None
        self.folder: str | None = None
        """The folder of the last scan started (None before the first)."""

    def start_scan(self, folder: str | Path, *, audio: bool = True) -> None:
        """Scan ``folder`` in the background, cancelling a scan (or analysis) still
        running; with ``audio``, then analyse the untagged tracks not analysed yet."""
        self.cancel_scan()
        cancel = self._cancel = Cancellable()
        root = Path(folder)
        self.folder = str(folder)
        self.scan_started.emit(self.folder)

        def scan() -> None:
            def progressed(progress: ScanProgress) -> None:
                self.to_gui(lambda: self.scan_progressed.emit(progress))

            try:
                result = compose.scan_tracks(root, audio=audio, progress=progressed, cancel=cancel)
            except FaceMoodError as exc:
                message, detail = exc.message, exc.detail
                self.to_gui(lambda: self.scan_failed.emit(message, detail))
            except Exception as exc:  # reported, never silently lost on a pool thread
                log.exception("library scan crashed")
                why = str(exc)
                self.to_gui(lambda: self.scan_failed.emit("The library scan failed", why))
            else:
                self.to_gui(lambda: self.scan_finished.emit(result))
                if audio and not result.cancelled:
                    self._analyse(result, cancel)
            self.to_gui(lambda: self._scan_over(cancel))

        self._jobs.scan(scan)

    def _analyse(self, result: ScanResult, cancel: Cancellable) -> None:
        """Listen to the untagged tracks (on the scan pool thread, blocking)."""
        analysed = 0

        def progressed(progress: AnalysisProgress) -> None:
            nonlocal analysed
            analysed += 1
            self.to_gui(lambda: self.analysis_progressed.emit(progress))

        try:
            estimated = compose.analyse_audio(result, progress=progressed, cancel=cancel)
        except FaceMoodError as exc:
            message, detail = exc.message, exc.detail
            self.to_gui(lambda: self.analysis_failed.emit(message, detail))
        except Exception as exc:
            log.exception("audio analysis crashed")
            why = str(exc)
            self.to_gui(lambda: self.analysis_failed.emit("The audio analysis failed", why))
        else:
            if analysed:
                if cancel.is_set():
                    estimated = dataclasses.replace(estimated, cancelled=True)
                self.to_gui(lambda: self.analysis_finished.emit(estimated))

    def _scan_over(self, cancel: Cancellable) -> None:
        if self._cancel is cancel:
            self._cancel = None

    @property
    def scanning(self) -> bool:
        """Whether a scan was started and neither finished nor was cancelled."""
        return self._cancel is not None

    def cancel_scan(self) -> None:
        """Cancel the running scan or audio analysis, if any; a scan reports
        ``scan_finished`` with cancelled=True, an analysis ``analysis_finished`` with what
        it estimated so far (kept in the index: the next scan goes on from there)."""
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
            failed = tuple(errors)
            self.to_gui(lambda: self.tags_written.emit(written, failed))

        self._jobs.file_job(tag)

    def write_estimates(self, tracks: tuple[Track, ...]) -> None:
        """Write the audio-estimated moods of ``tracks`` as their mood tags (the user's
        explicit action; other tracks are left alone); ``tags_written`` follows."""

        def write() -> None:
            from facemood.library.audio_moods import write_estimates_as_tags

            try:
                results = write_estimates_as_tags(tracks)
            except Exception as exc:
                log.exception("writing the estimates failed")
                failed: tuple[str, ...] = (str(exc),)
                self.to_gui(lambda: self.tags_written.emit(0, failed))
                return
            written = sum(r.error is None for r in results)
            errors = tuple(
                f"{r.path.name}: {r.error.message}" for r in results if r.error is not None
            )
            self.to_gui(lambda: self.tags_written.emit(written, errors))

        self._jobs.file_job(write)

    def shutdown(self) -> None:
        """Cancel a running scan (the job runner joins the pools)."""
        self.cancel_scan()
