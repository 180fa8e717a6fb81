"""Shift+C: the frame on show is written as a PNG (on the file pool), then analysed as
a photo."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facemood.bridge.vision import FramePacket
from facemood.files import unique_path
from facemood.gui.preview import ViewBar
from facemood.paths import capture_dir

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp


def unique_capture_path(folder: Path, now: float | None = None) -> Path:
    """``FaceMood-YYYYmmdd-HHMMSS.png`` in ``folder``, with ``-2``, ``-3``… if taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    return unique_path(folder, f"FaceMood-{stamp}", ".png")


class PhotoCapture(QObject):
    """Saves frames as PNG files in the capture folder and says where they went.

    Signals:
        saved: a capture was written (its path).
    """

    saved = Signal(str)

    def __init__(self, app: FaceMoodApp, view_bar: ViewBar, parent: QObject) -> None:
        super().__init__(parent)
        self._app, self._bar = app, view_bar
        self._pending: set[str] = set()
        files = app.jobs.file_signals
        files.capture_saved.connect(self._on_saved)
        files.capture_failed.connect(self._on_failed)

    def capture(self, packet: FramePacket | None) -> None:
        """Save ``packet``'s frame (None: nothing to capture yet, which is said)."""
        if packet is None:
            self._bar.show_notice(
                QCoreApplication.translate("MainWindow", "Nothing to capture yet")
            )
            return
        path = unique_capture_path(capture_dir(self._app.settings.gui.capture_dir))
        while str(path) in self._pending:  # two captures in the same second
            path = path.with_name(path.stem + "-b.png")
        self._pending.add(str(path))
        self._app.jobs.save_capture(packet.frame, path)

    def _on_saved(self, path: str) -> None:
        self._pending.discard(path)
        self._bar.show_notice(
            QCoreApplication.translate("MainWindow", "Saved to {path}").format(path=path),
            folder=Path(path).parent,
        )
        self.saved.emit(path)

    def _on_failed(self, _message: str, detail: str) -> None:
        self._pending.clear()
        self._bar.show_notice(
            QCoreApplication.translate("MainWindow", "The photo could not be saved: {why}").format(
                why=detail
            )
        )
