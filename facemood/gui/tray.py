"""The tray icon: the mood, play/pause, next, show the window, quit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class TrayIcon(QSystemTrayIcon):
    """FaceMood in the system tray; emits what the user asks for.

    A click on the icon shows or hides the window; its menu names the mood and the
    track and offers play/pause, next, the window and quit.
    """

    play_pause_requested = Signal()
    next_requested = Signal()
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(icon, parent)
        self.menu = QMenu(parent)
        self.mood_action = QAction(self)
        self.mood_action.setEnabled(False)
        self.track_action = QAction(self)
        self.track_action.setEnabled(False)
        self.play_action = QAction(self)
        self.next_action = QAction(self)
        self.show_action = QAction(self)
        self.quit_action = QAction(self)
        for action in (self.mood_action, self.track_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.play_action, self.next_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.show_action, self.quit_action):
            self.menu.addAction(action)
        self.setContextMenu(self.menu)
        self.play_action.triggered.connect(self.play_pause_requested)
        self.next_action.triggered.connect(self.next_requested)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.activated.connect(self._on_activated)
        self._mood = ""
        self._track = ""
        self._playing = False
        self.retranslate()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def show_state(self, mood: str, track: str, playing: bool) -> None:
        """The mood in words, the track's title ("" for none) and whether music plays."""
        if (mood, track, playing) == (self._mood, self._track, self._playing):
            return
        self._mood, self._track, self._playing = mood, track, playing
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        mood = (
            self.tr("Mood: {mood}").format(mood=self._mood) if self._mood else self.tr("FaceMood")
        )
        self.mood_action.setText(mood)
        self.track_action.setText(self._track or self.tr("Nothing playing"))
        self.track_action.setVisible(bool(self._track))
        self.play_action.setText(self.tr("Pause") if self._playing else self.tr("Play"))
        self.next_action.setText(self.tr("Next track"))
        self.show_action.setText(self.tr("Show FaceMood"))
        self.quit_action.setText(self.tr("Quit FaceMood"))
        tip = "\n".join(t for t in (mood, self._track) if t)
        self.setToolTip(tip)
