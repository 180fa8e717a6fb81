"""The FaceMood main window: live preview, mood, music and library in one place.

The window is a thin layer: the app object (:class:`~facemood.gui.application.FaceMoodApp`)
owns the bridge services, the settings, the tray and MPRIS; the window lays out the
widgets, shows what the services report, and turns clicks and keys into requests.
Nothing here blocks: every slow call runs on a bridge thread. Panels, menus and the
parts that talk to one service each live in their own modules (see docs/gui.md).

Layout. The live tab is a splitter: the picture (with the bar under it) over the mood
timeline on the left, and a side panel that scrolls (and folds away with F9) on the
right. Nothing in it grows when a photo or a notice appears, so the window fits a
1366x768 laptop screen; its size and the splitters are remembered.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QTabWidget

from facemood.bridge.vision import FramePacket, PreviewTarget, SourceReport
from facemood.core.types import Emotion, MusicMood
from facemood.gui import about
from facemood.gui.actions import WindowActions
from facemood.gui.library_flow import LibraryFlow
from facemood.gui.library_panel import LibraryPanel
from facemood.gui.live_view import LiveView
from facemood.gui.notices import NoticeButton
from facemood.gui.photo_capture import PhotoCapture
from facemood.gui.player_controls import PlayerControls
from facemood.gui.preview import source_name
from facemood.gui.settings_flow import SettingsFlow
from facemood.gui.teaching import TeachFlow
from facemood.gui.texts import emotion_name, music_mood_name
from facemood.gui.window_layout import app_icon, restore_layout
from facemood.library import ScanResult
from facemood.settings import Language, Settings
from facemood.vision.sources import (
    IMAGE_SUFFIXES,
    VIDEO_SUFFIXES,
    SourceEvent,
    SourceStatus,
    is_camera_spec,
)

if TYPE_CHECKING:
    from facemood.gui.application import FaceMoodApp

log = logging.getLogger("facemood.gui")

TICK_MS = 250
"""Redraw period of the bars and the status bar: 4 Hz, plenty for the eye (the timeline,
a minute wide, redraws every other tick)."""
PREVIEW_FPS = 20.0
"""Preview pictures a second while the window is the active one (smooth enough for a
mirror of the user's face; 30 cost the window a third more CPU than the headless run)..."""
BACKGROUND_PREVIEW_FPS = 10.0
"""...and while another window is (the analysis goes on at the source's pace)."""


class MainWindow(QMainWindow):
    """The app window: shows what the services report, forwards what the user asks.

    The services, the settings and shutdown belong to ``app``
    (:class:`~facemood.gui.application.FaceMoodApp`), which creates this window;
    decisions (the mood, the music for it, the manual lock, calibration) are made by
    the mood stage and the music session, not here.
    """

    capture_saved = Signal(str)
    """A Shift+C capture was written (its path)."""
    photo_shown = Signal(object)
    """A photo's :class:`~facemood.app.stage.StageResult` is on screen."""
    mood_shown = Signal(object)
    """The mood in words changed (an :class:`Emotion`, or None)."""
    summary_changed = Signal(str, str)
    """The mood and the track in words (for the tray icon)."""
    retranslated = Signal()
    """Every text was set again (the language changed)."""
    settings_applied = Signal(object)
    """The window shows a new settings snapshot."""
    calibration_finished = Signal(object)
    """A :class:`~facemood.core.teach.TaughtFace` the user kept."""

    def __init__(self, app: FaceMoodApp) -> None:
        super().__init__()
        self.app = app
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        self._last_packet: FramePacket | None = None
        self._emotion: Emotion | None = None
        self._source_status: SourceEvent | None = None
        self._ticks = 0

        self._build()
        self.menu_actions = WindowActions(self, self.settings.gui.language)
        self._connect()
        restore_layout(self, self.live, self.menu_actions.side_panel_action, self.settings.window)
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    @property
    def settings(self) -> Settings:
        """The settings snapshot in use (the app's)."""
        return self.app.settings

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
        self.notice_button = NoticeButton()
        self.notices = self.notice_button.notices
        bar = self.statusBar()
        bar.addPermanentWidget(self.notice_button)
        for w in (self.fps_label, self.ms_label, self.library_label):
            bar.addPermanentWidget(w)

    def _connect(self) -> None:
        app, a = self.app, self.menu_actions
        # The parts of the window that talk to one service each.
        self.settings_flow = SettingsFlow(app, self)
        self.library_flow = LibraryFlow(
            app, self.library_panel, self.add_notice, self._show_error, self
        )
        self.teaching = TeachFlow(app, lambda text: self.statusBar().showMessage(text, 8000), self)
        self.photos = PhotoCapture(app, self.live.view_bar, self)
        self.player = PlayerControls(app, self.live, a, self)
        self.settings_flow.cameras_listed.connect(lambda _cameras: self.fill_camera_menu())
        self.settings_flow.teach_requested.connect(self.start_calibration)
        self.library_flow.used.connect(lambda _result: self._show_library_size())
        self.teaching.changed.connect(self.settings_flow.show_taught_face)
        self.teaching.kept.connect(self.calibration_finished)
        self.photos.saved.connect(self.capture_saved)
        self.photos.saved.connect(self.start_source)
        self.player.state_changed.connect(lambda _state: self._show_mood())
        self.player.playing_changed.connect(a.retranslate)
        self.player.volume_chosen.connect(lambda v: self._change("music.volume", v, tell=False))

        app.capture.frame_analysed.connect(self._on_frame)
        app.capture.status_changed.connect(self._on_source_status)
        app.music.error_reported.connect(self._show_error)
        app.jobs.file_signals.settings_failed.connect(
            lambda m, d: self.add_notice(f"{m}: {d}" if d else m)
        )
        app.config.change_refused.connect(self._show_error)
        app.config.watch("music", lambda _old, new: self._show_music_settings(new))
        app.config.watch("gui", lambda _old, new: self._show_gui_settings(new))
        app.config.applied.connect(self._on_settings_applied)

        self.live.preview.resized.connect(lambda _size: self._update_preview_target())
        self.tabs.currentChanged.connect(lambda _i: self._update_preview_target())
        self.live.stack.currentChanged.connect(lambda _i: self._update_preview_target())
        self.live.now_playing.volume.setValue(self.settings.music.volume)
        self.live.sound_notice.settings_requested.connect(lambda: self.open_settings("music"))

        self.live.no_camera.open_file_requested.connect(self.open_file)
        for back in (self.live.no_camera.retry_requested, self.live.view_bar.back_requested):
            back.connect(lambda: self.start_source(str(self.settings.vision.camera_index)))
        self.live.view_bar.capture_requested.connect(self.capture_photo)
        self.live.mood_box.override_requested.connect(self.set_override)
        self.live.mood_box.neutral_choice_changed.connect(
            lambda choice: self._change("music.neutral_choice", choice.value)
        )
        self.live.timeline_box.span_changed.connect(
            lambda span: self._change("gui.timeline_span", span.value, tell=False)
        )

        a.camera_menu.aboutToShow.connect(self.fill_camera_menu)
        a.open_action.triggered.connect(self.open_file)
        a.pause_action.toggled.connect(self.set_paused)
        a.capture_action.triggered.connect(self.capture_photo)
        a.settings_action.triggered.connect(lambda: self.open_settings())
        a.quit_action.triggered.connect(self.quit)
        a.calibrate_action.triggered.connect(self.start_calibration)
        a.side_panel_action.toggled.connect(self.live.show_side_panel)
        self.live.splitterMoved.connect(
            lambda _pos, _i: a.side_panel_action.setChecked(self.live.sizes()[1] > 0)
        )  # dragged shut is folded too
        a.language_group.triggered.connect(lambda action: app.set_language(str(action.data())))
        a.about_action.triggered.connect(lambda: about.AboutDialog(self).open())
        a.crash_action.triggered.connect(lambda: about.offer_crash_reports(self, always=True))

    # -- layout ----------------------------------------------------------------------

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
            self.app.capture.set_preview(None)
            return
        fps = PREVIEW_FPS if self.isActiveWindow() else BACKGROUND_PREVIEW_FPS
        self.app.capture.set_preview(PreviewTarget(*self.live.preview.device_size(), max_fps=fps))

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
        self.menu_actions.retranslate(self.player.playing())
        for widget in (self.live, self.library_panel, self.notice_button):
            widget.retranslate()
        self._show_mood()
        self._show_source()
        self._show_library_size()
        self.live.bars.update()
        self.retranslated.emit()

    # -- sources ---------------------------------------------------------------------

    def start_source(self, spec: str) -> None:
        """Analyse ``spec``: a camera index, a video, a photo or a folder of photos."""
        pause = self.menu_actions.pause_action
        pause.blockSignals(True)
        pause.setChecked(False)
        pause.blockSignals(False)
        self.live.timeline.clear_points()
        self._source_status = None
        self.app.capture.start(spec)
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
            self.app.capture.stop()
            self.live.stack.setCurrentWidget(self.live.paused_panel)
        else:
            self.app.capture.resume()
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

    def fill_camera_menu(self) -> None:
        """The Camera menu: the cameras found, the one in use checked."""
        self.menu_actions.fill_camera_menu(
            self.settings_flow.cameras,
            self.app.capture.spec,
            self._choose_camera,
            self.settings_flow.search_cameras,
        )

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
        self.live.view_bar.set_source(self.app.capture.spec or "", event.status if event else None)

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
        if result.recording is not None:
            self.teaching.add_recording(result.recording)
        self.app.music.drive(result)
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
        running = self.app.capture.running
        if packet is not None and running:
            self.fps_label.setText(self.tr("{fps:.0f} fps").format(fps=packet.fps))
            self.ms_label.setText(self.tr("analysis {ms:.1f} ms").format(ms=packet.analysis_ms))
        elif not running:
            self.fps_label.setText(self.tr("- fps"))

    def _show_mood(self) -> None:
        state = self.player.state
        self.live.mood_box.show_mood(self._emotion, state)
        if state.override is not None:
            mood = music_mood_name(state.override)
        else:
            mood = emotion_name(self._emotion) if self._emotion is not None else ""
        track = state.track.display_title if state.track is not None else ""
        self.summary_changed.emit(mood, track)

    def _show_error(self, message: str, detail: str) -> None:
        self.statusBar().showMessage(f"{message} — {detail}" if detail else message, 10000)

    def set_override(self, mood: MusicMood | None) -> None:
        """Lock the music to ``mood``; None follows the face again."""
        self.app.music.set_override(mood)

    # -- capture ---------------------------------------------------------------------

    def capture_photo(self) -> None:
        """Shift+C: save the current frame as PNG, then analyse it as a photo."""
        self.photos.capture(self._last_packet)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped photos and videos."""
        urls = event.mimeData().urls()
        media = (*IMAGE_SUFFIXES, *VIDEO_SUFFIXES)
        if urls and urls[0].isLocalFile() and Path(urls[0].toLocalFile()).suffix.lower() in media:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A dropped photo or video becomes the source."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    def start_calibration(self) -> None:
        """Open "Teach it your face" (non-blocking); it records from the live source."""
        self.teaching.open()

    def add_notice(self, text: str) -> None:
        """Keep a warning for the notices list (once) and show it in the status bar."""
        if self.notice_button.add(text):
            self.statusBar().showMessage(text, 15000)

    def set_library_dir(self, folder: str) -> None:
        """Use ``folder`` as the music library (saved in settings) and scan it."""
        self.library_flow.set_folder(folder)

    @property
    def library_result(self) -> ScanResult | None:
        """The scan result whose tracks play (None before the first)."""
        return self.library_flow.result

    def _show_library_size(self) -> None:
        result = self.library_flow.result
        n = len(result.tracks) if result is not None else 0
        self.library_label.setText(self.tr("Library: {n} tracks").format(n=n))

    # -- notices, settings, language ---------------------------------------------------

    def _change(self, name: str, value: object, *, tell: bool = True) -> None:
        """Set one setting (validated); the app saves it and tells its owners (not with
        ``tell=False``: the value is in use already, e.g. the volume just set)."""
        self.app.config.change({name: value}, announce=tell)

    def open_settings(self, section: str = "") -> None:
        """Show the settings dialog (non-blocking) at ``section``; apply it on OK."""
        self.settings_flow.open(section)

    def _show_music_settings(self, new: Settings) -> None:
        self.live.mood_box.set_neutral_choice(new.music.neutral_choice)
        self.live.now_playing.volume.setValue(new.music.volume)

    def _show_gui_settings(self, new: Settings) -> None:
        combo = self.live.timeline_box.span_combo
        combo.setCurrentIndex(combo.findData(new.gui.timeline_span.value))

    def _on_settings_applied(self, new: Settings) -> None:
        self.retranslate()
        self.settings_applied.emit(new)

    def show_language(self, language: Language) -> None:
        """Check ``language`` in the menu and set every text in it."""
        action = self.menu_actions.language_actions.get(language)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.retranslate()

    # -- closing ---------------------------------------------------------------------

    def quit(self) -> None:
        """Close the window and stop FaceMood, whatever "close to tray" says."""
        self.app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The app decides: hide to the tray (or ask the first time), or shut down."""
        if self.app.keeps_running_on_close():
            event.ignore()
            return
        super().closeEvent(event)

    def stop_ticking(self) -> None:
        """Stop redrawing (shutdown)."""
        self._timer.stop()
