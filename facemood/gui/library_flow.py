"""Between the library service and the Library tab: what a scan shows, which result
plays, the music folder the user picks, and the rescan after tags were written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from facemood.app import compose
from facemood.gui.library_panel import LibraryPanel
from facemood.library import ScanResult

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp


class LibraryFlow(QObject):
    """Connects ``app.library`` to ``panel``; the result in use goes to the music player.

    Args:
        app: the app object (its library and music services, its settings).
        panel: the Library tab.
        notice: keeps a warning for the session's notices.
        error: shows a failure (message, detail) in the status bar.
        parent: the window (and the parent of the folder dialog).

    Signals:
        used: the :class:`ScanResult` whose tracks play now.
    """

    used = Signal(object)

    def __init__(
        self,
        app: FaceMoodApp,
        panel: LibraryPanel,
        notice: Callable[[str], None],
        error: Callable[[str, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._app, self._panel, self._notice, self._error = app, panel, notice, error
        self._parent = parent
        self.result: ScanResult | None = None
        """The scan result in use (None before the first)."""
        library = app.library
        library.scan_started.connect(self._on_scan_started)
        library.scan_progressed.connect(panel.show_progress)
        library.scan_finished.connect(self._on_scan_finished)
        library.scan_failed.connect(self._on_scan_failed)
        library.tags_written.connect(self._on_tags_written)
        library.analysis_progressed.connect(panel.show_analysis_progress)
        library.analysis_finished.connect(self._on_analysis_finished)
        library.analysis_failed.connect(lambda m, d: notice(f"{m}: {d}" if d else m))
        panel.choose_folder_requested.connect(self.choose_folder)
        panel.rescan_requested.connect(lambda: app.scan_library(panel.outcome_dir()))
        panel.cancel_requested.connect(library.cancel_scan)
        panel.tag_requested.connect(library.tag_files)
        panel.write_estimates_requested.connect(library.write_estimates)
        panel.play_requested.connect(app.music.play_track)

    def choose_folder(self) -> None:
        """Pick a music folder, remember it and scan it."""
        folder = QFileDialog.getExistingDirectory(
            self._parent,
            QCoreApplication.translate("MainWindow", "Choose your music folder"),
            str(compose.library_folder(self._app.settings, self._app.session_library)),
        )
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """Use ``folder`` as the music library (saved in settings); the app rescans."""
        self._app.session_library = None
        self._app.config.change({"music.library_dir": folder})

    def _on_scan_started(self, folder: str) -> None:
        self._panel.set_folder(folder)
        self._panel.scan_started()

    def _on_scan_finished(self, result: ScanResult) -> None:
        for notice in result.notices:
            self._notice(notice)
        if result.cancelled:
            # Shown only when the user cancelled it: a scan that a newer one replaced
            # (another folder, a rescan) would overwrite what the newer one shows.
            if not self._app.library.scanning:
                self._panel.show_outcome(result)
            return
        self._use(result)

    def _on_analysis_finished(self, result: ScanResult) -> None:
        """The untagged tracks were listened to: their estimated moods count from now on
        (a cancelled analysis still brings what it estimated)."""
        if result.cancelled and self._app.library.scanning:
            return  # a newer scan replaced it
        self._use(result)

    def _use(self, result: ScanResult) -> None:
        self._panel.show_outcome(result)
        self.result = result
        self._app.music.set_tracks(result.tracks)
        self.used.emit(result)

    def _on_scan_failed(self, message: str, detail: str) -> None:
        self._panel.scan_failed(message)
        self._error(message, detail)

    def _on_tags_written(self, written: int, errors: tuple[str, ...]) -> None:
        self._panel.show_tag_result(written, errors)
        self._app.scan_library(self._panel.outcome_dir())
