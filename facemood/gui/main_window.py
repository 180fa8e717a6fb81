"""The FaceMood main window: live preview, mood, music and library in one place.

The window is a thin layer: it owns the bridge services (capture thread, player
thread, job pools, MPRIS), shows what they report, and turns clicks and keys into
requests. Nothing here blocks: every slow call runs on a bridge thread. The panels
live in their own modules (``mood_panel``, ``player_panel``, ``preview``,
``library_panel``), the menus and shortcuts in ``actions``, the tray icon in ``tray``.

Layout. The live tab is a splitter: the picture (with the bar under it) over the mood
timeline on the left, and a side panel that scrolls (and folds away with F9) on the
right. Nothing in it grows when a photo or a notice appears, so the window fits a
1366x768 laptop screen; its size and the splitters are remembered.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QSystemTrayIcon,
    QTabWidget,
    QToolButton,
)

from facemood import settings as settings_mod
from facemood.app import compose
from facemood.bridge.jobs import JobRunner
from facemood.bridge.library import LibraryService
from facemood.bridge.music import MusicService, MusicState, PlaybackSnapshot
from facemood.bridge.vision import CaptureService, FramePacket, PreviewTarget, SourceReport
from facemood.core.teach import TaughtFace
from facemood.core.types import Emotion, MusicMood
from facemood.errors import FaceMoodError
from facemood.files import unique_path
from facemood.gui.actions import WindowActions
from facemood.gui.i18n import LanguageManager
from facemood.gui.library_panel import LibraryPanel
from facemood.gui.live_view import LiveView
from facemood.gui.preview import source_name
from facemood.gui.settings_dialog import SettingsDialog
from facemood.gui.teach_dialog import TeachDialog
from facemood.gui.texts import emotion_name, music_mood_name
from facemood.gui.tray import TrayIcon, ask_about_tray
from facemood.library import ScanResult, Track
from facemood.paths import capture_dir, resource_path
from facemood.playback import AudioOutput, PlaybackState
from facemood.vision.sources import IMAGE_SUFFIXES, SourceEvent, SourceStatus, is_camera_spec

if TYPE_CHECKING:  # QtDBus is imported only where there is a session bus to use
    from facemood.bridge.mpris import MprisService

log = logging.getLogger("facemood.gui")

VIDEO_SUFFIXES = (".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mpg", ".mpeg")
TICK_MS = 250
"""Redraw period of the bars and the status bar: 4 Hz, plenty for the eye (the timeline,
a minute wide, redraws every other tick)."""
PREVIEW_FPS = 20.0
"""Preview pictures a second while the window is the active one (smooth enough for a
mirror of the user's face; 30 cost the window a third more CPU than the headless run)..."""
BACKGROUND_PREVIEW_FPS = 10.0
"""...and while another window is (the analysis goes on at the source's pace)."""
DEFAULT_SIZE = (1280, 800)
SCREEN_MARGIN = 48
"""Room left around the default size on a smaller screen (panels, window frame)."""
VOLUME_STEP = 5


def app_icon() -> QIcon:
    """The FaceMood icon (all committed sizes)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("resources", "icons", f"facemood-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def unique_capture_path(folder: Path, now: float | None = None) -> Path:
    """``FaceMood-YYYYmmdd-HHMMSS.png`` in ``folder``, with ``-2``, ``-3``… if taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    return unique_path(folder, f"FaceMood-{stamp}", ".png")


class MainWindow(QMainWindow):
    """The app window: shows what the bridge services report, forwards what the user asks.

    The parts come from :mod:`facemood.app.compose` through the bridge services, as in
    ``run --headless``; decisions (the mood, the music for it, the manual lock,
    calibration) are made by the mood stage and the music session, not here.

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
    """

    capture_saved = Signal(str)
    """A Shift+C capture was written (its path)."""
    photo_shown = Signal(object)
    """A photo's :class:`~facemood.app.stage.StageResult` is on screen."""
    mood_shown = Signal(object)
    """The mood in words changed (an :class:`Emotion`, or None)."""
    language_changed = Signal(str)
    settings_applied = Signal(object)
    calibration_finished = Signal(object)
    """A :class:`~facemood.core.teach.TaughtFace` the user kept."""

    def __init__(
        self,
        settings: settings_mod.Settings,
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
        self.settings = settings
        self._settings_path = settings_path
        self._session_library = library
        self.languages = languages or LanguageManager()
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self.capture = CaptureService(settings, speed, self, loop=loop)
        self.music = MusicService(settings, aout)
        self.jobs = JobRunner(self)
        self.library = LibraryService(self.jobs, self)

        self._last_packet: FramePacket | None = None
        self._emotion: Emotion | None = None
        self._music = MusicState()
        self._playback: PlaybackSnapshot | None = None
        self._library_result: ScanResult | None = None
        self._source_status: SourceEvent | None = None
        self._settings_dialog: object | None = None
        self._teach_dialog: TeachDialog | None = None
        self._pending_captures: set[str] = set()
        self._cameras: tuple[int, ...] | None = None
        self._outputs: tuple[AudioOutput, ...] = ()
        self._quitting = False
        self._shut_down = False
        self._ticks = 0

        self._build()
        self.menu_actions = WindowActions(self, settings.gui.language)
        a = self.menu_actions
        self.tray = TrayIcon(self.windowIcon(), (a.play_action, a.next_action), a.quit_action, self)
        self._connect()
        self._restore_layout()
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()
        self.mpris = self._start_mpris()
        self.start_source(source if source is not None else str(settings.vision.camera_index))
        self.scan_library(str(compose.library_folder(settings, library)))
        self.jobs.list_cameras()
        self.music.list_outputs()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.live = LiveView(self.settings, self.windowIcon())
        self.library_panel = LibraryPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.live, "")
        self.tabs.addTab(self.library_panel, "")
        self.setCentralWidget(self.tabs)

        self.fps_label = QLabel()
        self.ms_label = QLabel()
        self.library_label = QLabel()
        self.notices: list[str] = []
        """Every warning of this session (settings, library, saving), oldest first."""
        self.notice_button = QToolButton()
        self.notice_button.setAutoRaise(True)
        # The style's warning icon, not a "⚠" character: no font is needed for it.
        self.notice_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.notice_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notice_button.setVisible(False)
        self.notice_button.clicked.connect(self.show_notices)
        bar = self.statusBar()
        bar.addPermanentWidget(self.notice_button)
        for w in (self.fps_label, self.ms_label, self.library_label):
            bar.addPermanentWidget(w)

    def _connect(self) -> None:
        self.capture.frame_analysed.connect(self._on_frame)
        self.capture.status_changed.connect(self._on_source_status)
        self.live.preview.resized.connect(lambda _size: self._update_preview_target())
        self.tabs.currentChanged.connect(lambda _i: self._update_preview_target())
        self.live.stack.currentChanged.connect(lambda _i: self._update_preview_target())
        self.music.state_changed.connect(self._on_music_state)
        self.music.playback_polled.connect(self._on_playback)
        self.music.error_reported.connect(self._show_error)
        self.music.outputs_listed.connect(self._on_outputs_listed)
        self.library.scan_progressed.connect(self.library_panel.show_progress)
        self.library.scan_finished.connect(self._on_scan_finished)
        self.library.scan_failed.connect(self._on_scan_failed)
        self.library.tags_written.connect(self._on_tags_written)
        self.library.analysis_progressed.connect(self.library_panel.show_analysis_progress)
        self.library.analysis_finished.connect(self._on_analysis_finished)
        self.library.analysis_failed.connect(lambda m, d: self.add_notice(f"{m}: {d}" if d else m))
        files = self.jobs.file_signals
        files.capture_saved.connect(self._on_capture_saved)
        files.capture_failed.connect(self._on_capture_failed)
        files.settings_failed.connect(lambda m, d: self.add_notice(f"{m}: {d}" if d else m))
        files.cameras_listed.connect(self._on_cameras_listed)

        a = self.menu_actions
        # Buttons, keys, media keys and the tray all go through the Playback actions.
        np_ = self.live.now_playing
        np_.play_pause_requested.connect(a.play_action.trigger)
        np_.previous_requested.connect(a.previous_action.trigger)
        np_.next_requested.connect(a.next_action.trigger)
        np_.like_requested.connect(a.like_action.trigger)
        np_.play_less_requested.connect(a.less_action.trigger)
        np_.volume_requested.connect(self._on_volume)
        np_.seek_requested.connect(self.music.seek)
        np_.volume.setValue(self.settings.music.volume)
        self.live.queue.play_requested.connect(self.music.play_track)
        self.live.sound_notice.settings_requested.connect(lambda: self.open_settings("music"))

        self.live.no_camera.open_file_requested.connect(self.open_file)
        self.live.no_camera.retry_requested.connect(lambda: self.start_source(self._camera_spec()))
        self.live.view_bar.back_requested.connect(lambda: self.start_source(self._camera_spec()))
        self.live.view_bar.capture_requested.connect(self.capture_photo)
        self.live.mood_box.override_requested.connect(self.set_override)
        self.live.mood_box.neutral_choice_changed.connect(
            lambda choice: self._change("music.neutral_choice", choice.value)
        )
        self.live.timeline_box.span_changed.connect(
            lambda span: self._change("gui.timeline_span", span.value, apply=False)
        )

        a.camera_menu.aboutToShow.connect(self._fill_camera_menu)
        a.open_action.triggered.connect(self.open_file)
        a.pause_action.toggled.connect(self.set_paused)
        a.capture_action.triggered.connect(self.capture_photo)
        a.settings_action.triggered.connect(lambda: self.open_settings())
        a.quit_action.triggered.connect(self.quit)
        a.play_action.triggered.connect(self.music.play_pause)
        a.media_toggle_action.triggered.connect(self.music.play_pause)
        a.media_play_action.triggered.connect(lambda: self._play_if(playing=False))
        a.media_pause_action.triggered.connect(lambda: self._play_if(playing=True))
        for action in (a.next_action, a.media_next_action):
            action.triggered.connect(self.music.next_track)
        for action in (a.previous_action, a.media_previous_action):
            action.triggered.connect(self.music.previous_track)
        a.like_action.triggered.connect(self.music.like)
        a.less_action.triggered.connect(self.music.play_less)
        a.volume_up_action.triggered.connect(lambda: self._step_volume(VOLUME_STEP))
        a.volume_down_action.triggered.connect(lambda: self._step_volume(-VOLUME_STEP))
        a.calibrate_action.triggered.connect(self.start_calibration)
        a.side_panel_action.toggled.connect(self.live.show_side_panel)
        self.live.splitterMoved.connect(
            lambda _pos, _i: a.side_panel_action.setChecked(self.live.sizes()[1] > 0)
        )  # dragged shut is folded too
        a.language_group.triggered.connect(lambda action: self.set_language(str(action.data())))
        a.about_action.triggered.connect(self.show_about)
        a.crash_action.triggered.connect(lambda: self.offer_crash_reports(always=True))

        self.tray.show_requested.connect(self.bring_to_front)

        lib = self.library_panel
        lib.choose_folder_requested.connect(self.choose_library)
        lib.rescan_requested.connect(lambda: self.scan_library(lib.outcome_dir()))
        lib.cancel_requested.connect(self.library.cancel_scan)
        lib.tag_requested.connect(self.tag_tracks)
        lib.write_estimates_requested.connect(self.library.write_estimates)
        lib.play_requested.connect(self.play_track)

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
        mpris.raise_requested.connect(self.bring_to_front)
        mpris.quit_requested.connect(self.quit)
        return mpris

    # -- layout ----------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """The remembered size and splitters, or a default that fits the screen."""
        remembered = self.settings.window
        restored = bool(remembered.geometry) and self.restoreGeometry(
            QByteArray.fromBase64(remembered.geometry.encode("ascii"))
        )
        if not restored:
            screen = self.screen() or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
            width = min(DEFAULT_SIZE[0], area.width() - SCREEN_MARGIN)
            height = min(DEFAULT_SIZE[1], area.height() - SCREEN_MARGIN)
            minimum = self.minimumSizeHint()
            self.resize(max(width, minimum.width()), max(height, minimum.height()))
            frame = self.frameGeometry()
            frame.moveCenter(area.center())
            self.move(frame.topLeft())
        if remembered.main_split:
            self.live.setSizes(list(remembered.main_split))
        if remembered.view_split:
            self.live.view_split.setSizes(list(remembered.view_split))
        folded = bool(remembered.main_split) and remembered.main_split[1] == 0
        self.menu_actions.side_panel_action.setChecked(not folded)

    def _layout_settings(self) -> settings_mod.Settings:
        """The settings with the window's present size and splitters."""
        new = settings_mod.with_value(
            self.settings, "window.geometry", self.saveGeometry().toBase64().toStdString()
        )
        new = settings_mod.with_value(new, "window.main_split", self.live.sizes())
        return settings_mod.with_value(new, "window.view_split", self.live.view_split.sizes())

    def bring_to_front(self) -> None:
        """Show the window (from the tray or the desktop's media controls)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _update_preview_target(self) -> None:
        """Frames get a preview picture only while the preview is on screen, and fewer of
        them while another window is active."""
        on_screen = (
            self.isVisible()
            and not self.isMinimized()
            and self.tabs.currentIndex() == 0
            and self.live.stack.currentWidget() is self.live.preview
        )
        if not on_screen:
            self.capture.set_preview(None)
            return
        fps = PREVIEW_FPS if self.isActiveWindow() else BACKGROUND_PREVIEW_FPS
        self.capture.set_preview(PreviewTarget(*self.live.preview.device_size(), max_fps=fps))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Preview pictures again."""
        super().showEvent(event)
        self._update_preview_target()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """No preview pictures while hidden (in the tray)."""
        super().hideEvent(event)
        self._update_preview_target()

    # -- texts -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-read every text when the language changes; follow minimising."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.ActivationChange):
            self._update_preview_target()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("FaceMood"))
        self.tabs.setTabText(0, self.tr("Live"))
        self.tabs.setTabText(1, self.tr("Library"))
        self.menu_actions.retranslate(self._playing())
        for widget in (self.live, self.library_panel, self.tray):
            widget.retranslate()
        self._show_mood()
        self._show_source()
        self._show_library_size()
        self._show_notice_count()
        self.live.bars.update()

    # -- sources ---------------------------------------------------------------------

    def _camera_spec(self) -> str:
        return str(self.settings.vision.camera_index)

    def start_source(self, spec: str) -> None:
        """Analyse ``spec``: a camera index, a video, a photo or a folder of photos."""
        pause = self.menu_actions.pause_action
        pause.blockSignals(True)
        pause.setChecked(False)
        pause.blockSignals(False)
        self.live.timeline.clear_points()
        self._source_status = None
        self.capture.start(spec)
        self.live.stack.setCurrentWidget(self.live.preview)
        self._update_preview_target()
        self._show_source()

    def set_paused(self, paused: bool) -> None:
        """Pause (release the camera) or resume analysis."""
        pause = self.menu_actions.pause_action
        if pause.isChecked() != paused:
            pause.setChecked(paused)  # re-enters through toggled
            return
        if paused:
            self.capture.stop()
            self.live.stack.setCurrentWidget(self.live.paused_panel)
        else:
            self.capture.resume()
            self.live.stack.setCurrentWidget(self.live.preview)
        self.retranslate()

    def open_file(self) -> None:
        """Ask for a video or a photo, and analyse it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a video or photo"),
            "",
            self.tr("Videos and photos ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in (*VIDEO_SUFFIXES, *sorted(IMAGE_SUFFIXES)))
            ),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """Analyse a video, a photo or a folder of photos as the source."""
        self.start_source(path)

    def _on_cameras_listed(self, cameras: tuple[int, ...]) -> None:
        self._cameras = cameras
        self._fill_camera_menu()
        dialog = self._dialog()
        if dialog is not None:
            dialog.set_cameras(cameras)

    def _fill_camera_menu(self) -> None:
        self.menu_actions.fill_camera_menu(
            self._cameras, self.capture.spec, self._choose_camera, self._search_cameras
        )

    def _search_cameras(self) -> None:
        self._cameras = None
        self.jobs.list_cameras()

    def _choose_camera(self, index: int) -> None:
        self._change("vision.camera_index", index)
        self.start_source(str(index))

    def _on_source_status(self, report: SourceReport) -> None:
        spec, event = report.spec, report.event
        self._source_status = event
        status = event.status
        if status is SourceStatus.RECONNECTING:
            self.live.no_camera.set_problem("", event.detail or event.message)
            self.live.stack.setCurrentWidget(self.live.no_camera)
        elif status is SourceStatus.OPEN:
            self.live.stack.setCurrentWidget(self.live.preview)
        elif status is SourceStatus.FAILED:
            camera = is_camera_spec(spec)
            what = source_name(spec)
            self.live.no_camera.set_problem(what, f"{event.message}\n{event.detail}", camera=False)
            if camera or self._last_packet is None:
                self.live.stack.setCurrentWidget(self.live.no_camera)
        self._show_source()

    def _show_source(self) -> None:
        event = self._source_status
        self.live.view_bar.set_source(self.capture.spec or "", event.status if event else None)

    # -- frames and mood -------------------------------------------------------------

    def _on_frame(self, packet: FramePacket) -> None:
        self._last_packet = packet
        result = packet.result
        analysis = result.analysis
        if packet.display is not None:
            self.live.preview.show_frame(packet.display, analysis.faces, packet.frame.shape[1])
        smoothed = result.update.smoothed
        if smoothed is not None and not result.still:
            self.live.timeline.add(result.update.t, smoothed.probs)
        if result.recording is not None and self._teach_dialog is not None:
            self._teach_dialog.add_recording(result.recording)
        self.music.drive(result)
        if result.mood != self._emotion:
            self._emotion = result.mood
            self._show_mood()
            self.mood_shown.emit(result.mood)
        if result.still:
            self._show_bars()  # a photo is shown at once, not at the next tick
            self.photo_shown.emit(result)

    def _show_bars(self) -> None:
        packet = self._last_packet
        if packet is None:
            return
        update = packet.result.update
        primary = packet.result.analysis.primary
        self.live.bars.set_values(
            primary.probs if primary is not None else None,
            update.smoothed.probs if update.smoothed is not None else None,
        )

    def _tick(self) -> None:
        """4 Hz: the bars, the timeline and the status bar follow the newest frame."""
        if self.isVisible() and self.tabs.currentIndex() == 0:
            self._show_bars()
            self._ticks += 1
            if self._ticks % 2 == 0:
                self.live.timeline.redraw()
        packet = self._last_packet
        if packet is not None and self.capture.running:
            self.fps_label.setText(self.tr("{fps:.0f} fps").format(fps=packet.fps))
            self.ms_label.setText(self.tr("analysis {ms:.1f} ms").format(ms=packet.analysis_ms))
        elif not self.capture.running:
            self.fps_label.setText(self.tr("- fps"))

    def _show_mood(self) -> None:
        state = self._music
        self.live.mood_box.show_mood(self._emotion, state)
        if state.override is not None:
            mood = music_mood_name(state.override)
        else:
            mood = emotion_name(self._emotion) if self._emotion is not None else ""
        track = state.track.display_title if state.track is not None else ""
        self.tray.show_state(mood, track)

    def _on_music_state(self, state: MusicState) -> None:
        self._music = state
        self.live.now_playing.show_track(state.track, state.cover)
        self.live.queue.show_queue(state.queue)
        self._show_mood()

    def _on_playback(self, snap: PlaybackSnapshot) -> None:
        was_playing = self._playing()
        self._playback = snap
        self.live.now_playing.show_playback(snap)
        self.live.sound_notice.show_problem(snap.problem)
        if self._playing() != was_playing:
            self.menu_actions.retranslate(self._playing())

    def _playing(self) -> bool:
        snap = self._playback
        return snap is not None and snap.state in (PlaybackState.PLAYING, PlaybackState.OPENING)

    def _play_if(self, *, playing: bool) -> None:
        """A media Play (``playing`` False) or Pause key: toggle only when it applies."""
        if self._playing() == playing:
            self.music.play_pause()

    def _step_volume(self, step: int) -> None:
        volume = self.live.now_playing.volume
        volume.setValue(max(0, min(100, volume.value() + step)))

    def _show_error(self, message: str, detail: str) -> None:
        self.statusBar().showMessage(f"{message} — {detail}" if detail else message, 10000)

    def _on_volume(self, volume: int) -> None:
        self.music.set_volume(volume)
        self._change("music.volume", volume, apply=False)

    def play_track(self, track: Track) -> None:
        """Play ``track`` now (picked in the library or the queue)."""
        self.music.play_track(track)

    # -- override and neutral choice -------------------------------------------------

    def set_override(self, mood: MusicMood | None) -> None:
        """Lock the music to ``mood``; None follows the face again."""
        self.music.set_override(mood)

    # -- capture ---------------------------------------------------------------------

    def capture_photo(self) -> None:
        """Shift+C: save the current frame as PNG, then analyse it as a photo."""
        packet = self._last_packet
        if packet is None:
            self.live.view_bar.show_notice(self.tr("Nothing to capture yet"))
            return
        folder = capture_dir(self.settings.gui.capture_dir)
        path = unique_capture_path(folder)
        while str(path) in self._pending_captures:  # two captures in the same second
            path = path.with_name(path.stem + "-b.png")
        self._pending_captures.add(str(path))
        self.jobs.save_capture(packet.frame, path)

    def _on_capture_saved(self, path: str) -> None:
        self._pending_captures.discard(path)
        self.live.view_bar.show_notice(
            self.tr("Saved to {path}").format(path=path), folder=Path(path).parent
        )
        self.capture_saved.emit(path)
        self.start_source(path)

    def _on_capture_failed(self, message: str, detail: str) -> None:
        self._pending_captures.clear()
        self.live.view_bar.show_notice(
            self.tr("The photo could not be saved: {why}").format(why=detail)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped photos and videos."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            suffix = Path(urls[0].toLocalFile()).suffix.lower()
            if suffix in IMAGE_SUFFIXES or suffix in VIDEO_SUFFIXES:
                event.acceptProposedAction()
                return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A dropped photo or video becomes the source."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    # -- teach it your face ----------------------------------------------------------

    def start_calibration(self) -> None:
        """Open "Teach it your face" (non-blocking); it records from the live source."""
        if self._teach_dialog is not None:
            self._teach_dialog.raise_()
            return
        dialog = TeachDialog(self.settings.mood.calibrated_on, self)
        dialog.recording_requested.connect(self._record_for_teaching)
        dialog.taught.connect(self._keep_taught_face)
        dialog.removed.connect(self._remove_taught_face)
        dialog.finished.connect(lambda _r: self._close_teaching(dialog))
        self._teach_dialog = dialog
        dialog.open()

    def _record_for_teaching(self, label: Emotion, seconds: float) -> None:
        if not self.capture.start_recording(label, seconds):
            self.statusBar().showMessage(self.tr("Start the camera to teach it your face"), 8000)

    def _close_teaching(self, dialog: TeachDialog) -> None:
        dialog.stop()
        self._teach_dialog = None

    def _keep_taught_face(self, face: TaughtFace) -> None:
        import datetime

        today = datetime.date.today().isoformat()
        self._change_all({"mood.calibration_bias": list(face.bias), "mood.calibrated_on": today})
        self._show_taught_face(face.bias)
        self.statusBar().showMessage(self.tr("FaceMood now knows your face"), 8000)
        self.calibration_finished.emit(face)

    def _remove_taught_face(self) -> None:
        self._change_all({"mood.calibration_bias": [], "mood.calibrated_on": ""})
        self._show_taught_face(())
        self.statusBar().showMessage(self.tr("What you taught was removed"), 8000)

    def _show_taught_face(self, bias: tuple[float, ...]) -> None:
        """An open settings dialog shows (and keeps, on OK) what was just taught."""
        dialog = self._dialog()
        if dialog is not None:
            dialog.set_calibration(bias)

    # -- notices -----------------------------------------------------------------------

    def add_notice(self, text: str) -> None:
        """Keep a warning for the notices list (once) and show it in the status bar."""
        if text in self.notices:
            return
        self.notices.append(text)
        self._show_notice_count()
        self.statusBar().showMessage(text, 15000)

    def _show_notice_count(self) -> None:
        self.notice_button.setVisible(bool(self.notices))
        self.notice_button.setText(str(len(self.notices)))
        self.notice_button.setToolTip(self.tr("Warnings of this session"))

    def show_notices(self) -> None:
        """List every warning of this session (non-blocking)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Warnings"))
        box.setText(self.tr("{n} warnings in this session:").format(n=len(self.notices)))
        box.setInformativeText("\n\n".join(self.notices))
        box.open()

    # -- library ---------------------------------------------------------------------

    def scan_library(self, folder: str) -> None:
        """Scan ``folder`` in the background."""
        self.library_panel.set_folder(folder)
        self.library_panel.scan_started()
        self.library.start_scan(folder, audio=self.settings.library.audio_moods)

    def choose_library(self) -> None:
        """Pick a music folder, remember it and scan it."""
        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Choose your music folder"),
            str(compose.library_folder(self.settings, self._session_library)),
        )
        if folder:
            self.set_library_dir(folder)

    def set_library_dir(self, folder: str) -> None:
        """Use ``folder`` as the music library (saved in settings) and scan it."""
        self._session_library = None
        self._change("music.library_dir", folder)

    def _on_scan_finished(self, result: ScanResult) -> None:
        for notice in result.notices:
            self.add_notice(notice)
        if result.cancelled:
            # Shown only when the user cancelled it: a scan that a newer one replaced
            # (another folder, a rescan) would overwrite what the newer one shows.
            if not self.library.scanning:
                self.library_panel.show_outcome(result)
            return
        self._use_library(result)

    def _on_analysis_finished(self, result: ScanResult) -> None:
        """The untagged tracks were listened to: their estimated moods count from now on
        (a cancelled analysis still brings what it estimated)."""
        if result.cancelled and self.library.scanning:
            return  # a newer scan replaced it
        self._use_library(result)

    def _use_library(self, result: ScanResult) -> None:
        self.library_panel.show_outcome(result)
        self._library_result = result
        self.music.set_tracks(result.tracks)
        self._show_library_size()

    def _on_scan_failed(self, message: str, detail: str) -> None:
        self.library_panel.scan_failed(message)
        self._show_error(message, detail)

    def _show_library_size(self) -> None:
        result = self._library_result
        n = len(result.tracks) if result is not None else 0
        self.library_label.setText(self.tr("Library: {n} tracks").format(n=n))

    def tag_tracks(self, paths: tuple[Path, ...], mood: MusicMood) -> None:
        """Write ``mood`` into the selected files (on a pool thread), then rescan."""
        self.library.tag_files(paths, mood)

    def _on_tags_written(self, written: int, errors: tuple[str, ...]) -> None:
        self.library_panel.show_tag_result(written, errors)
        self.scan_library(self.library_panel.outcome_dir())

    # -- settings, language, about ---------------------------------------------------

    def _change(self, name: str, value: object, *, apply: bool = True) -> None:
        """Set one setting (validated) in a new snapshot, save it, and apply it."""
        self._change_all({name: value}, apply=apply)

    def _change_all(self, values: dict[str, object], *, apply: bool = True) -> None:
        """Set settings (validated) in one new snapshot, saved once (one write, so a reader
        never sees half of them), and apply it."""
        new = self.settings
        try:
            for name, value in values.items():
                new = settings_mod.with_value(new, name, value)
        except FaceMoodError as exc:
            self._show_error(exc.message, exc.detail)
            return
        if apply:
            self.apply_settings(new)
        else:
            self.settings = new
            self._save_settings()

    def _save_settings(self) -> None:
        """Save the settings snapshot on the file pool (the write fsyncs)."""
        if self._shut_down:
            return
        self.jobs.save_settings(self.settings, self._settings_path)

    def _dialog(self) -> SettingsDialog | None:
        dialog = self._settings_dialog
        return dialog if isinstance(dialog, SettingsDialog) else None

    def open_settings(self, section: str = "") -> None:
        """Show the settings dialog (non-blocking) at ``section``; apply it on OK."""
        dialog = SettingsDialog(
            self.settings, self, cameras=self._cameras, outputs=self._outputs, section=section
        )
        dialog.calibration_requested.connect(self.start_calibration)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.finished.connect(lambda _r: setattr(self, "_settings_dialog", None))
        self._settings_dialog = dialog
        self.music.list_outputs()  # devices come and go
        dialog.open()

    def _on_outputs_listed(self, outputs: tuple[AudioOutput, ...]) -> None:
        self._outputs = outputs
        dialog = self._dialog()
        if dialog is not None:
            dialog.set_outputs(outputs)

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """Use and save a new settings snapshot; restart what depends on changed values."""
        old = self.settings
        self.settings = new
        self._save_settings()
        self.music.apply_settings(new)
        self.capture.set_settings(new)
        spec = self.capture.spec
        if new.vision != old.vision and spec is not None:
            if is_camera_spec(spec):
                self.start_source(self._camera_spec())
            elif self.capture.running:
                self.capture.start(spec)
        if new.music.library_dir != old.music.library_dir:
            self._session_library = None
            self.scan_library(str(compose.library_folder(new)))
        elif new.library != old.library:
            self.scan_library(self.library_panel.outcome_dir())
        old_output = (old.music.audio_output, old.music.audio_device)
        if (new.music.audio_output, new.music.audio_device) != old_output:
            self.music.set_output(new.music.audio_output, new.music.audio_device)
        if new.gui.language != old.gui.language:
            self.set_language(new.gui.language.value)
        if new.gui.timeline_span != old.gui.timeline_span:
            combo = self.live.timeline_box.span_combo
            combo.setCurrentIndex(combo.findData(new.gui.timeline_span.value))
        self.live.mood_box.set_neutral_choice(new.music.neutral_choice)
        self.live.now_playing.volume.setValue(new.music.volume)
        self.retranslate()
        self.settings_applied.emit(new)

    def set_language(self, code: str) -> None:
        """Switch the UI language ("" = the system's) and remember it."""
        self.languages.apply(code)
        if self.settings.gui.language.value != code:
            self._change("gui.language", code, apply=False)
        action = self.menu_actions.language_actions.get(settings_mod.Language(code))
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.retranslate()
        self.language_changed.emit(self.languages.language)

    def show_about(self) -> None:
        """The About box."""
        from facemood.gui.about import AboutDialog

        AboutDialog(self).open()

    def offer_crash_reports(self, always: bool = False) -> None:
        """Offer the crash reports the last runs left (non-blocking)."""
        from facemood.gui.about import offer_crash_reports

        offer_crash_reports(self, always=always)

    # -- closing ---------------------------------------------------------------------

    def quit(self) -> None:
        """Close the window and stop FaceMood, whatever "close to tray" says."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Close to the tray when asked to (saying so the first time), else shut down."""
        tray = QSystemTrayIcon.isSystemTrayAvailable() and not self._shut_down
        if tray and not self._quitting:
            if self.settings.gui.close_to_tray:
                event.ignore()
                self._hide_to_tray()
                return
            if not self.settings.window.tray_hint_shown:
                event.ignore()
                self._ask_about_tray()
                return
        self.shutdown()
        super().closeEvent(event)

    def _hide_to_tray(self) -> None:
        self.tray.show()
        self.hide()
        if not self.settings.window.tray_hint_shown:
            self._change("window.tray_hint_shown", True, apply=False)
            self.tray.showMessage(
                self.tr("FaceMood is still playing"),
                self.tr("It keeps running here. Quit it from this icon's menu."),
                self.windowIcon(),
            )

    def _ask_about_tray(self) -> QMessageBox:
        """The first close: say that closing quits, and offer the tray instead."""
        self._change("window.tray_hint_shown", True, apply=False)

        def answered(keep: bool) -> None:
            if keep:
                self._change("gui.close_to_tray", True, apply=False)
                self._hide_to_tray()
            else:
                self.quit()

        return ask_about_tray(self, answered)

    def shutdown(self) -> None:
        """Remember the layout, stop every thread and pool and join them (idempotent)."""
        if self._shut_down:
            return
        self._timer.stop()
        layout = self._layout_settings()
        if layout != self.settings:
            self.settings = layout
            self._save_settings()
        if self.mpris is not None:
            self.mpris.stop()
        self.tray.hide()
        self.capture.shutdown()
        self.library.shutdown()
        self._shut_down = True
        self.jobs.shutdown()
        self.music.shutdown()
