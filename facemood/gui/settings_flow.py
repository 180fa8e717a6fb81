"""The settings dialog's life: opened non-blocking, fed the cameras and sound outputs
as they are found, applied through the app's settings on OK."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facemood.gui.settings_dialog import SettingsDialog
from facemood.playback import AudioOutput

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp


class SettingsFlow(QObject):
    """Opens :class:`SettingsDialog` (one at a time) and keeps the device lists it shows.

    Signals:
        cameras_listed: the camera indexes found (the Camera menu shows them too).
        teach_requested: the dialog's "Teach it your face…" was clicked.
    """

    cameras_listed = Signal(object)
    teach_requested = Signal()

    def __init__(self, app: FaceMoodApp, parent: QWidget) -> None:
        super().__init__(parent)
        self._app, self._parent = app, parent
        self.dialog: SettingsDialog | None = None
        """The open dialog, or None."""
        self.cameras: tuple[int, ...] | None = None
        """The cameras found (None: not listed yet, or a search runs)."""
        self._outputs: tuple[AudioOutput, ...] = ()
        app.jobs.file_signals.cameras_listed.connect(self._on_cameras)
        app.music.outputs_listed.connect(self._on_outputs)

    def open(self, section: str = "") -> None:
        """Show the dialog (non-blocking) at ``section``; its settings apply on OK."""
        app = self._app
        dialog = SettingsDialog(
            app.settings, self._parent, cameras=self.cameras, outputs=self._outputs, section=section
        )
        dialog.calibration_requested.connect(self.teach_requested)
        dialog.accepted.connect(lambda: app.config.apply(dialog.result_settings()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        app.music.list_outputs()  # devices come and go
        dialog.open()

    def search_cameras(self) -> None:
        """List the cameras again (``cameras_listed`` follows)."""
        self.cameras = None
        self._app.jobs.list_cameras()

    def show_taught_face(self, bias: tuple[float, ...]) -> None:
        """An open dialog shows (and keeps, on OK) what was just taught."""
        if self.dialog is not None:
            self.dialog.set_calibration(bias)

    def _on_cameras(self, cameras: tuple[int, ...]) -> None:
        self.cameras = cameras
        if self.dialog is not None:
            self.dialog.set_cameras(cameras)
        self.cameras_listed.emit(cameras)

    def _on_outputs(self, outputs: tuple[AudioOutput, ...]) -> None:
        self._outputs = outputs
        if self.dialog is not None:
            self.dialog.set_outputs(outputs)
