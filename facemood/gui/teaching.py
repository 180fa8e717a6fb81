"""The "Teach it your face" flow: the dialog, its recordings from the live source, and
keeping (or removing) what was taught in the settings."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from facemood.core.teach import Recording, TaughtFace
from facemood.core.types import Emotion
from facemood.gui.teach_dialog import TeachDialog

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp


class TeachFlow(QObject):
    """Opens the teach dialog (one at a time) and keeps what the user taught.

    Args:
        app: the app object (the capture service records, the settings keep the face).
        say: shows a short status message.
        parent: the window (the dialog's parent).

    Signals:
        kept: the :class:`TaughtFace` the user kept (saved in the settings).
        changed: the taught correction now in use (``()`` after a removal).
    """

    kept = Signal(object)
    changed = Signal(object)

    def __init__(self, app: FaceMoodApp, say: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._app, self._say, self._parent = app, say, parent
        self.dialog: TeachDialog | None = None
        """The open dialog, or None."""

    def open(self) -> None:
        """Open "Teach it your face" (non-blocking); it records from the live source."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = TeachDialog(self._app.settings.mood.calibrated_on, self._parent)
        dialog.recording_requested.connect(self._record)
        dialog.taught.connect(self._keep)
        dialog.removed.connect(self._remove)
        dialog.finished.connect(lambda _r: self._close(dialog))
        self.dialog = dialog
        dialog.open()

    def add_recording(self, recording: Recording) -> None:
        """A recording the capture thread finished, for the open dialog."""
        if self.dialog is not None:
            self.dialog.add_recording(recording)

    def _record(self, label: Emotion, seconds: float) -> None:
        if not self._app.capture.start_recording(label, seconds):
            self._say(
                QCoreApplication.translate("MainWindow", "Start the camera to teach it your face")
            )

    def _close(self, dialog: TeachDialog) -> None:
        dialog.stop()
        self.dialog = None

    def _keep(self, face: TaughtFace) -> None:
        today = datetime.date.today().isoformat()
        change = {"mood.calibration_bias": list(face.bias), "mood.calibrated_on": today}
        self._app.config.change(change)  # one snapshot, one save
        self.changed.emit(face.bias)
        self._say(QCoreApplication.translate("MainWindow", "FaceMood now knows your face"))
        self.kept.emit(face)

    def _remove(self) -> None:
        self._app.config.change({"mood.calibration_bias": [], "mood.calibrated_on": ""})
        self.changed.emit(())
        self._say(QCoreApplication.translate("MainWindow", "What you taught was removed"))
