"""The tray icon (the mood, play/pause, next, show the window, quit) and the one-time
question what closing the window should do."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget


class TrayIcon(QSystemTrayIcon):
    """FaceMood in the system tray.

    Its menu names the mood and the track, then offers the window's own transport
    actions (play/pause, next: the same QActions as the Playback menu), the window and
    quit. A click on the icon asks for the window.

    Args:
        icon: the app icon.
        transport: the window's play/pause and next actions.
        quit_action: the window's Quit.
        parent: the window.
    """

    show_requested = Signal()

    def __init__(
        self,
        icon: QIcon,
        transport: Sequence[QAction],
        quit_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(icon, parent)
        self.menu = QMenu(parent)
        self.mood_action = QAction(self)
        self.mood_action.setEnabled(False)
        self.track_action = QAction(self)
        self.track_action.setEnabled(False)
        self.show_action = QAction(self)
        self.menu.addActions([self.mood_action, self.track_action])
        self.menu.addSeparator()
        self.menu.addActions(list(transport))
        self.menu.addSeparator()
        self.menu.addActions([self.show_action, quit_action])
        self.setContextMenu(self.menu)
        self.show_action.triggered.connect(self.show_requested)
        self.activated.connect(self._on_activated)
        self._mood = ""
        self._track = ""
        self.retranslate()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def show_state(self, mood: str, track: str) -> None:
        """The mood in words and the track's title ("" for none)."""
        if (mood, track) != (self._mood, self._track):
            self._mood, self._track = mood, track
            self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        mood = self.tr("Mood: {mood}").format(mood=self._mood) if self._mood else "FaceMood"
        self.mood_action.setText(mood)
        self.track_action.setText(self._track)
        self.track_action.setVisible(bool(self._track))
        self.show_action.setText(self.tr("Show FaceMood"))
        self.setToolTip("\n".join(t for t in (mood, self._track) if t))


def ask_about_tray(parent: QWidget, answered: Callable[[bool], None]) -> QMessageBox:
    """Say that closing the window quits, and offer the tray instead (non-blocking):
    ``answered(True)`` for "keep running in the tray", ``answered(False)`` for "quit";
    Cancel (or Esc) calls nothing, and the window stays open."""

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Close FaceMood"))
    box.setText(
        QCoreApplication.translate("MainWindow", "Closing the window stops FaceMood and its music.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "FaceMood can keep playing in the system tray instead. You can change this any "
            "time in Settings → Window → Keep running in the tray.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "Keep running in the tray"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("MainWindow", "Quit"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Cancel))

    def finished() -> None:
        if box.clickedButton() in (keep, quit_button):
            answered(box.clickedButton() is keep)

    box.finished.connect(lambda _r: finished())
    box.open()
    return box
