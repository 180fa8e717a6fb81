"""The app object: owns the long-lived services and creates the window.

As Picard's ``tagger.py``: :class:`FaceMoodApp` builds the bridge services (capture
thread, player thread, job pools, library service), starts the desktop media controls
(MPRIS) and the tray icon, keeps the settings snapshot and routes each change to the
owner of its section, decides what closing the window does, and joins every thread at
shutdown, in reverse order of start. :class:`~facemood.gui.main_window.MainWindow` only
lays out widgets, shows what the services report and forwards what the user asks for.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from facemood.app import compose
from facemood.bridge.jobs import JobRunner
from facemood.bridge.library import LibraryService
from facemood.bridge.music import MusicService
from facemood.bridge.settings import SettingsKeeper
from facemood.bridge.vision import CaptureService
from facemood.gui.i18n import LanguageManager
from facemood.gui.main_window import MainWindow
from facemood.gui.tray import TrayIcon, ask_about_tray
from facemood.gui.window_layout import layout_settings
from facemood.settings import Language, Settings
from facemood.vision.sources import is_camera_spec

if TYPE_CHECKING:  # QtDBus is imported only where there is a session bus to use
    from facemood.bridge.mpris import MprisService

log = logging.getLogger("facemood.gui")


class FaceMoodApp(QObject):
    """The running app: services, settings, tray, MPRIS, the window, and shutdown.

    Args:
        settings: the loaded settings snapshot (a changed snapshot is saved).
        source: what to analyse first: a camera index, a video, a photo or a folder
            (default: the settings' camera).
        speed: video pacing (1.0 = real time; tests go faster).
        aout: libVLC audio output override ("dummy" in tests).
        library: a music folder for this session only (``--library``); not saved.
        settings_path: where settings are saved (default: the user config dir).
        languages: the app's translators (a new manager by default).
        loop: start videos again at their end (benchmarks, demos).

    Signals:
        language_changed: the UI language code in use now.
    """

    language_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        *,
        source: str | None = None,
        speed: float = 1.0,
        aout: str | None = None,
        library: str | None = None,
        settings_path: Path | None = None,
        languages: LanguageManager | None = None,
        loop: bool = False,
    ) -> None:
        super().__init__()
        self.languages = languages or LanguageManager()
        self.session_library = library
        """A ``--library`` folder for this session (forgotten once the user picks one)."""
        self._settings_path = settings_path
        self._quitting = False
        self.shut_down = False
        # Each service states its threads (bridge/*.py); all are joined in shutdown().
        self.jobs = JobRunner(self)
        self.config = SettingsKeeper(settings, self._save, self)
        self.capture = CaptureService(settings, speed, self, loop=loop)
        self.music = MusicService(settings, aout)
        self.library = LibraryService(self.jobs, self)
        self._listen()

        self.window = MainWindow(self)
        a = self.window.menu_actions
        self.tray = TrayIcon(
            self.window.windowIcon(), (a.play_action, a.next_action), a.quit_action, self.window
        )
        self.tray.show_requested.connect(self.window.bring_to_front)
        self.window.summary_changed.connect(self.tray.show_state)
        self.window.retranslated.connect(self.tray.retranslate)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.mpris = self._start_mpris()

        self.window.start_source(
            source if source is not None else str(settings.vision.camera_index)
        )
        self.scan_library(str(compose.library_folder(settings, library)))
        self.jobs.list_cameras()
        self.music.list_outputs()

    @property
    def settings(self) -> Settings:
        """The settings snapshot in use."""
        return self.config.current

    # -- settings: each owner hears of its own section ----------------------------------

    def _listen(self) -> None:
        config = self.config
        config.watch("vision", self._vision_changed)
        config.watch("mood", lambda _old, new: self.capture.set_settings(new))
        config.watch("music", self._music_changed)
        config.watch("library", lambda _old, new: self._rescan(new))
        config.watch("gui", self._gui_changed)

    def _save(self, settings: Settings) -> None:
        """Save a snapshot on the file pool (the write fsyncs)."""
        if not self.shut_down:
            self.jobs.save_settings(settings, self._settings_path)

    def _vision_changed(self, _old: Settings, new: Settings) -> None:
        """Another camera, detector or face policy: reopen the source with it."""
        self.capture.set_settings(new)
        spec = self.capture.spec
        if spec is None:
            return
        if is_camera_spec(spec):
            self.window.start_source(str(new.vision.camera_index))
        elif self.capture.running:
            self.capture.start(spec)

    def _music_changed(self, old: Settings, new: Settings) -> None:
        self.music.apply_settings(new)
        output = (new.music.audio_output, new.music.audio_device)
        if output != (old.music.audio_output, old.music.audio_device):
            self.music.set_output(*output)
        if new.music.library_dir != old.music.library_dir:
            self.session_library = None
            self.scan_library(str(compose.library_folder(new)))

    def _rescan(self, new: Settings) -> None:
        folder = self.library.folder
        if folder is not None:
            self.library.start_scan(folder, audio=new.library.audio_moods)

    def _gui_changed(self, old: Settings, new: Settings) -> None:
        if new.gui.language != old.gui.language:
            self.set_language(new.gui.language.value)

    def scan_library(self, folder: str) -> None:
        """Scan ``folder`` in the background (with the audio setting in use)."""
        self.library.start_scan(folder, audio=self.settings.library.audio_moods)

    def set_language(self, code: str) -> None:
        """Switch the UI language ("" = the system's) and remember it."""
        self.languages.apply(code)
        if self.settings.gui.language.value != code:
            self.config.change({"gui.language": code}, announce=False)  # switched above
        self.window.show_language(Language(code))
        self.language_changed.emit(self.languages.language)

    # -- desktop integration ------------------------------------------------------------

    def _start_mpris(self) -> MprisService | None:
        """Desktop media controls over D-Bus (Linux, with a session bus); None without."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            from facemood.bridge.mpris import MprisService
        except ImportError as exc:  # a Qt without QtDBus: the window works without MPRIS
            log.info("no MPRIS: %s", exc)
            return None
        mpris = MprisService(self.music, parent=self)
        if not mpris.start():
            return None
        self.music.state_changed.connect(mpris.show_state)
        self.music.playback_polled.connect(mpris.show_playback)
        mpris.raise_requested.connect(self.window.bring_to_front)
        mpris.quit_requested.connect(self.quit)
        return mpris

    # -- closing ------------------------------------------------------------------------

    def quit(self) -> None:
        """Close the window and stop FaceMood, whatever "close to tray" says."""
        self._quitting = True
        self.window.close()

    def keeps_running_on_close(self) -> bool:
        """The window is being closed: True when FaceMood goes on in the tray (the window
        hides, or asks the first time); else everything shuts down and False."""
        tray = QSystemTrayIcon.isSystemTrayAvailable() and not self.shut_down
        if tray and not self._quitting:
            if self.settings.gui.close_to_tray:
                self._hide_to_tray()
                return True
            if not self.settings.window.tray_hint_shown:
                self._ask_about_tray()
                return True
        self.shutdown()
        return False

    def _hide_to_tray(self) -> None:
        self.tray.show()
        self.window.hide()
        if not self.settings.window.tray_hint_shown:
            self.config.change({"window.tray_hint_shown": True}, announce=False)
            self.tray.showMessage(
                # The window's translation context: the tray speaks for the window.
                QCoreApplication.translate("MainWindow", "FaceMood is still playing"),
                QCoreApplication.translate(
                    "MainWindow", "It keeps running here. Quit it from this icon's menu."
                ),
                self.window.windowIcon(),
            )

    def _ask_about_tray(self) -> QMessageBox:
        """The first close: say that closing quits, and offer the tray instead."""
        self.config.change({"window.tray_hint_shown": True}, announce=False)

        def answered(keep: bool) -> None:
            if keep:
                self.config.change({"gui.close_to_tray": True})
                self._hide_to_tray()
            else:
                self.quit()

        return ask_about_tray(self.window, answered)

    def shutdown(self) -> None:
        """Remember the layout, stop every thread and pool and join them (idempotent)."""
        if self.shut_down:
            return
        self.window.stop_ticking()
        self.config.apply(
            layout_settings(self.window, self.window.live, self.settings), announce=False
        )
        if self.mpris is not None:
            self.mpris.stop()
        self.tray.hide()
        self.capture.shutdown()
        self.library.shutdown()
        self.shut_down = True
        self.jobs.shutdown()
        self.music.shutdown()
