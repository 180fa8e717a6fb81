"""The window's menus and keyboard shortcuts.

Every shortcut belongs to exactly one :class:`QAction` (a key bound twice is
"ambiguous" to Qt and does nothing). Contexts are chosen per key:

* Shift+C (capture) and the media keys work application-wide, whatever has focus,
  including the menu bar after a menu was closed with Esc;
* Space (play/pause) works while the main window is active, so it still ticks a check
  box in the settings dialog and types a space in a text field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from facemood.core.choices import Language

CAPTURE_KEY = QKeySequence("Shift+C")
PLAY_PAUSE_KEY = QKeySequence(Qt.Key.Key_Space)
PAUSE_ANALYSIS_KEY = QKeySequence("Ctrl+Shift+P")


class WindowActions(QObject):
    """Builds the menu bar of ``window`` and holds its actions.

    Args:
        window: the main window; actions are added to it so their shortcuts work.
        language: the language to check in the Language menu.
    """

    def __init__(self, window: QMainWindow, language: Language) -> None:
        super().__init__(window)
        self._window = window
        bar = window.menuBar()

        self.file_menu = bar.addMenu("")
        self.open_action = self._action(QKeySequence.StandardKey.Open)
        self.camera_menu = QMenu(window)
        self.pause_action = self._action(PAUSE_ANALYSIS_KEY, checkable=True)
        self.capture_action = self._action(
            CAPTURE_KEY, context=Qt.ShortcutContext.ApplicationShortcut
        )
        self.settings_action = self._action(QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.camera_menu)
        self.file_menu.addAction(self.pause_action)
        self.file_menu.addAction(self.capture_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.playback_menu = bar.addMenu("")
        self.play_action = self._action(PLAY_PAUSE_KEY)
        self.next_action = self._action(QKeySequence("Ctrl+Right"))
        self.previous_action = self._action(QKeySequence("Ctrl+Left"))
        self.like_action = self._action()
        self.less_action = self._action()
        self.volume_up_action = self._action(QKeySequence("Ctrl+Up"))
        self.volume_down_action = self._action(QKeySequence("Ctrl+Down"))
        for action in (self.play_action, self.next_action, self.previous_action):
            self.playback_menu.addAction(action)
        self.playback_menu.addSeparator()
        self.playback_menu.addAction(self.like_action)
        self.playback_menu.addAction(self.less_action)
        self.playback_menu.addSeparator()
        self.playback_menu.addAction(self.volume_up_action)
        self.playback_menu.addAction(self.volume_down_action)
        # Keyboards' media keys (when the desktop does not take them for MPRIS itself).
        app_wide = Qt.ShortcutContext.ApplicationShortcut
        self.media_toggle_action = self._action(
            QKeySequence(Qt.Key.Key_MediaTogglePlayPause), context=app_wide
        )
        self.media_play_action = self._action(QKeySequence(Qt.Key.Key_MediaPlay), context=app_wide)
        self.media_pause_action = self._action(
            [QKeySequence(Qt.Key.Key_MediaPause), QKeySequence(Qt.Key.Key_MediaStop)],
            context=app_wide,
        )
        self.media_next_action = self._action(QKeySequence(Qt.Key.Key_MediaNext), context=app_wide)
        self.media_previous_action = self._action(
            QKeySequence(Qt.Key.Key_MediaPrevious), context=app_wide
        )

        self.mood_menu = bar.addMenu("")
        self.calibrate_action = self._action()
        self.mood_menu.addAction(self.calibrate_action)

        self.view_menu = bar.addMenu("")
        self.side_panel_action = self._action(QKeySequence("F9"), checkable=True)
        self.side_panel_action.setChecked(True)
        self.view_menu.addAction(self.side_panel_action)

        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[Language, QAction] = {}
        for choice in Language:
            action = self._action(checkable=True)
            action.setData(choice.value)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[choice] = action
        self.language_actions[language].setChecked(True)

        self.help_menu = bar.addMenu("")
        self.about_action = self._action()
        self.crash_action = self._action()
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.crash_action)

    def _action(
        self,
        keys: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None = None,
        *,
        checkable: bool = False,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(self._window)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(keys)
        action.setShortcutContext(context)
        action.setCheckable(checkable)
        self._window.addAction(action)  # shortcuts work while its menu is closed
        return action

    def fill_camera_menu(
        self,
        cameras: tuple[int, ...] | None,
        current: str | None,
        choose: Callable[[int], None],
        search: Callable[[], None],
    ) -> None:
        """List ``cameras`` (None: still looking) with ``current`` checked; ``choose`` and
        ``search`` run when one is picked or "Search again" is."""
        menu = self.camera_menu
        menu.clear()
        if cameras is None:
            menu.addAction(self.tr("Looking for cameras…")).setEnabled(False)
        elif not cameras:
            menu.addAction(self.tr("No camera found")).setEnabled(False)
        for index in cameras or ():
            action = menu.addAction(self.tr("Camera {n}").format(n=index))
            action.setCheckable(True)
            action.setChecked(current == str(index))
            action.triggered.connect(lambda _=False, i=index: choose(i))
        menu.addSeparator()
        menu.addAction(self.tr("Search again")).triggered.connect(search)

    def retranslate(self, playing: bool) -> None:
        """Every text in the current language (``playing``: Play/Pause reads "Pause")."""
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open video or photo…"))
        self.camera_menu.setTitle(self.tr("&Camera"))
        self.pause_action.setText(
            self.tr("Resume analysis")
            if self.pause_action.isChecked()
            else self.tr("&Pause analysis")
        )
        self.capture_action.setText(self.tr("&Capture photo"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.playback_menu.setTitle(self.tr("&Playback"))
        self.play_action.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.next_action.setText(self.tr("&Next track"))
        self.previous_action.setText(self.tr("P&revious track"))
        self.like_action.setText(self.tr("&Like this track"))
        self.less_action.setText(self.tr("Play this less &often"))
        self.volume_up_action.setText(self.tr("Volume &up"))
        self.volume_down_action.setText(self.tr("Volume &down"))
        self.mood_menu.setTitle(self.tr("&Mood"))
        self.calibrate_action.setText(self.tr("&Teach it your face…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.side_panel_action.setText(self.tr("&Side panel"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[Language.SYSTEM].setText(self.tr("System language"))
        self.language_actions[Language.ENGLISH].setText("English")
        self.language_actions[Language.KOREAN].setText("한국어")
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About FaceMood"))
        self.crash_action.setText(self.tr("Crash reports…"))
