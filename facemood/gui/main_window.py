"""The FaceMood main window: live preview, mood, music and library in one place.

The window is a thin layer: it owns the bridge services (capture thread, player
thread, job pools), shows what they report, and turns clicks into requests. Nothing
here blocks: every slow call runs on a bridge thread.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facemood import settings as settings_mod
from facemood.app import compose
from facemood.bridge.jobs import JobRunner
from facemood.bridge.library import LibraryService
from facemood.bridge.music import MusicService, MusicState
from facemood.bridge.vision import CaptureService, FramePacket, SourceReport
from facemood.core.playlist import NeutralChoice
from facemood.core.teach import TaughtFace
from facemood.core.types import Emotion, MusicMood
from facemood.errors import FaceMoodError
from facemood.files import unique_path
from facemood.gui.i18n import LanguageManager
from facemood.gui.library_panel import LibraryPanel
from facemood.gui.mood_panel import MoodTimeline, ProbabilityBars
from facemood.gui.player_panel import NowPlaying, QueueList
from facemood.gui.preview import NoCameraPanel, PreviewWidget
from facemood.gui.teach_dialog import TeachDialog
from facemood.gui.texts import emotion_name, mood_message, music_mood_name
from facemood.library import ScanResult
from facemood.paths import capture_dir, resource_path
from facemood.vision.sources import IMAGE_SUFFIXES, SourceEvent, SourceStatus, is_camera_spec

log = logging.getLogger("facemood.gui")

VIDEO_SUFFIXES = (".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mpg", ".mpeg")
_TIMELINE_MS = 250
"""Redraw period of the mood timeline and the status bar."""


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
        self.resize(1280, 800)

        self.capture = CaptureService(settings, speed, self, loop=loop)
        self.music = MusicService(settings, aout)
        self.jobs = JobRunner(self)
        self.library = LibraryService(self.jobs, self)

        self._last_packet: FramePacket | None = None
        self._emotion: Emotion | None = None
        self._music = MusicState()
        self._library_result: ScanResult | None = None
        self._source_status: SourceEvent | None = None
        self._settings_dialog: object | None = None
        self._teach_dialog: TeachDialog | None = None
        self._pending_captures: set[str] = set()
        self._shut_down = False

        self._build()
        self._build_menus()
        self._connect()
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setInterval(_TIMELINE_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

        self.start_source(source if source is not None else str(settings.vision.camera_index))
        self.scan_library(str(compose.library_folder(settings, library)))
        self.jobs.list_cameras()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.preview = PreviewWidget()
        self.no_camera = NoCameraPanel()
        self.paused_panel = QLabel()
        self.paused_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for w in (self.preview, self.no_camera, self.paused_panel):
            self.stack.addWidget(w)
        self.back_button = QPushButton()
        self.back_button.setVisible(False)
        self.timeline = MoodTimeline()
        self.timeline_box = QGroupBox()
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        view = QWidget()
        vl = QVBoxLayout(view)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.stack, 1)
        vl.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(view)
        left.addWidget(self.timeline_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)

        self.mood_word = QLabel()
        self.mood_word.setObjectName("moodWord")
        font = self.mood_word.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.mood_word.setFont(font)
        self.mood_message = QLabel()
        self.mood_message.setWordWrap(True)
        self.music_note = QLabel()
        self.music_note.setWordWrap(True)
        self.override_combo = QComboBox()
        self.override_combo.addItem("", None)
        for mood in MusicMood:
            self.override_combo.addItem("", mood)
        self.resume_button = QPushButton()
        self.resume_button.setEnabled(False)
        self.neutral_label = QLabel()
        self.neutral_combo = QComboBox()
        for choice in NeutralChoice:
            self.neutral_combo.addItem("", choice.value)
        self.neutral_row = QWidget()
        nl = QHBoxLayout(self.neutral_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.neutral_label)
        nl.addWidget(self.neutral_combo, 1)
        self.neutral_row.setVisible(False)
        override_row = QHBoxLayout()
        self.override_label = QLabel()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override_combo, 1)
        override_row.addWidget(self.resume_button)
        self.mood_box = QGroupBox()
        ml = QVBoxLayout(self.mood_box)
        ml.addWidget(self.mood_word)
        ml.addWidget(self.mood_message)
        ml.addWidget(self.music_note)
        ml.addWidget(self.neutral_row)
        ml.addLayout(override_row)

        self.bars = ProbabilityBars()
        self.bars_box = QGroupBox()
        QVBoxLayout(self.bars_box).addWidget(self.bars)
        self.now_playing = NowPlaying(self.windowIcon())
        self.player_box = QGroupBox()
        QVBoxLayout(self.player_box).addWidget(self.now_playing)
        self.queue = QueueList()
        self.queue.setMaximumHeight(130)
        self.queue_box = QGroupBox()
        QVBoxLayout(self.queue_box).addWidget(self.queue)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        for box in (self.mood_box, self.bars_box, self.player_box, self.queue_box):
            rl.addWidget(box)
        rl.addStretch()
        live = QSplitter()
        live.addWidget(left)
        live.addWidget(right)
        live.setStretchFactor(0, 3)
        live.setStretchFactor(1, 2)

        self.library_panel = LibraryPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(live, "")
        self.tabs.addTab(self.library_panel, "")
        self.setCentralWidget(self.tabs)

        self.source_label = QLabel()
        self.fps_label = QLabel()
        self.ms_label = QLabel()
        self.library_label = QLabel()
        self.notices: list[str] = []
        """Every warning of this session (settings, library, saving), oldest first."""
        self.notice_button = QToolButton()
        self.notice_button.setAutoRaise(True)
        self.notice_button.setVisible(False)
        self.notice_button.clicked.connect(self.show_notices)
        bar = self.statusBar()
        bar.addPermanentWidget(self.notice_button)
        for label in (
            self.source_label,
            self.fps_label,
            self.ms_label,
            self.library_label,
        ):
            bar.addPermanentWidget(label)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.camera_menu = self.file_menu.addMenu("")
        self.camera_menu.aboutToShow.connect(self._fill_camera_menu)
        self._cameras: tuple[int, ...] | None = None
        self.pause_action = QAction(self)
        self.pause_action.setCheckable(True)
        self.pause_action.setShortcut(QKeySequence("Ctrl+P"))
        self.capture_action = QAction(self)
        self.capture_action.setShortcut(QKeySequence("Shift+C"))
        # The window-wide shortcut; the action shows it in the menu.
        self.capture_shortcut = QShortcut(QKeySequence("Shift+C"), self)
        self.capture_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.capture_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.pause_action)
        self.file_menu.addAction(self.capture_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.mood_menu = menu.addMenu("")
        self.calibrate_action = QAction(self)
        self.mood_menu.addAction(self.calibrate_action)

        self.language_menu = menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in settings_mod.Language:
            code = language.value
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.settings.gui.language.value].setChecked(True)

        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self)
        self.crash_action = QAction(self)
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.crash_action)

    def _connect(self) -> None:
        self.capture.frame_analysed.connect(self._on_frame)
        self.preview.resized.connect(self.capture.set_display_size)
        self.capture.status_changed.connect(self._on_source_status)
        self.music.state_changed.connect(self._on_music_state)
        self.music.playback_polled.connect(self.now_playing.show_playback)
        self.music.error_reported.connect(self._show_error)
        self.library.scan_progressed.connect(self.library_panel.show_progress)
        self.library.scan_finished.connect(self._on_scan_finished)
        self.library.scan_failed.connect(self._on_scan_failed)
        self.library.tags_written.connect(self._on_tags_written)
        files = self.jobs.file_signals
        files.capture_saved.connect(self._on_capture_saved)
        files.capture_failed.connect(self._on_capture_failed)
        files.settings_failed.connect(lambda m, d: self.add_notice(f"{m}: {d}" if d else m))
        files.cameras_listed.connect(self._on_cameras_listed)

        np_ = self.now_playing
        np_.play_pause_requested.connect(self.music.play_pause)
        np_.previous_requested.connect(self.music.previous_track)
        np_.next_requested.connect(self.music.next_track)
        np_.like_requested.connect(self.music.like)
        np_.play_less_requested.connect(self.music.play_less)
        np_.volume_requested.connect(self._on_volume)
        np_.seek_requested.connect(self.music.seek)
        np_.volume.setValue(self.settings.music.volume)

        self.no_camera.open_file_requested.connect(self.open_file)
        self.no_camera.retry_requested.connect(lambda: self.start_source(self._camera_spec()))
        self.back_button.clicked.connect(lambda: self.start_source(self._camera_spec()))
        self.override_combo.currentIndexChanged.connect(self._on_override_combo)
        self.resume_button.clicked.connect(lambda: self.set_override(None))
        self.neutral_combo.currentIndexChanged.connect(self._on_neutral_combo)

        self.open_action.triggered.connect(self.open_file)
        self.pause_action.toggled.connect(self.set_paused)
        self.capture_action.triggered.connect(self.capture_photo)
        self.capture_shortcut.activated.connect(self.capture_photo)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.calibrate_action.triggered.connect(self.start_calibration)
        self.language_group.triggered.connect(lambda a: self.set_language(str(a.data())))
        self.about_action.triggered.connect(self.show_about)
        self.crash_action.triggered.connect(lambda: self.offer_crash_reports(always=True))

        lib = self.library_panel
        lib.choose_folder_requested.connect(self.choose_library)
        lib.rescan_requested.connect(lambda: self.scan_library(lib.outcome_dir()))
        lib.cancel_requested.connect(self.library.cancel_scan)
        lib.tag_requested.connect(self.tag_tracks)

    # -- texts -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Re-read every text when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("FaceMood"))
        self.tabs.setTabText(0, self.tr("Live"))
        self.tabs.setTabText(1, self.tr("Library"))
        self.timeline_box.setTitle(self.tr("Mood over the last minutes"))
        self.timeline.retranslate()
        self.mood_box.setTitle(self.tr("Your mood"))
        self.bars_box.setTitle(self.tr("Emotions (thick: smoothed, thin: this frame)"))
        self.player_box.setTitle(self.tr("Now playing"))
        self.queue_box.setTitle(self.tr("Up next in this mood"))
        self.paused_panel.setText(
            self.tr("Analysis paused — the camera is off.\nResume with File ▸ Resume analysis.")
        )
        self.override_label.setText(self.tr("Music:"))
        self.override_combo.setItemText(0, self.tr("follow my face"))
        for i in range(1, self.override_combo.count()):
            self.override_combo.setItemText(i, music_mood_name(self.override_combo.itemData(i)))
        self.resume_button.setText(self.tr("Resume auto"))
        self.back_button.setText(self.tr("Back to camera"))
        self.neutral_label.setText(self.tr("When neutral, play:"))
        neutral_texts = {
            "calm": self.tr("calm"),
            "energetic": self.tr("energetic (focus)"),
            "keep": self.tr("keep current"),
        }
        for i in range(self.neutral_combo.count()):
            self.neutral_combo.setItemText(i, neutral_texts[self.neutral_combo.itemData(i)])
        self.neutral_combo.blockSignals(True)
        self.neutral_combo.setCurrentIndex(
            max(0, self.neutral_combo.findData(self.settings.music.neutral_choice.value))
        )
        self.neutral_combo.blockSignals(False)

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
        self.mood_menu.setTitle(self.tr("&Mood"))
        self.calibrate_action.setText(self.tr("&Teach it your face…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[""].setText(self.tr("System language"))
        self.language_actions["en"].setText("English")
        self.language_actions["ko"].setText("한국어")
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About FaceMood"))
        self.crash_action.setText(self.tr("Crash reports…"))
        self.no_camera.retranslate()
        self.now_playing.retranslate()
        self.library_panel.retranslate()
        self._show_mood()
        self._show_source_status()
        self._show_library_size()
        self._show_notice_count()
        self.bars.update()

    # -- sources ---------------------------------------------------------------------

    def _camera_spec(self) -> str:
        return str(self.settings.vision.camera_index)

    def start_source(self, spec: str) -> None:
        """Analyse ``spec``: a camera index, a video, a photo or a folder of photos."""
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(False)
        self.pause_action.blockSignals(False)
        self.timeline.clear_points()
        self.capture.start(spec)
        self.back_button.setVisible(not is_camera_spec(spec))
        self.stack.setCurrentWidget(self.preview)

    def set_paused(self, paused: bool) -> None:
        """Pause (release the camera) or resume analysis."""
        if self.pause_action.isChecked() != paused:
            self.pause_action.setChecked(paused)  # re-enters through toggled
            return
        if paused:
            self.capture.stop()
            self.stack.setCurrentWidget(self.paused_panel)
        else:
            self.capture.resume()
            self.stack.setCurrentWidget(self.preview)
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

    def _fill_camera_menu(self) -> None:
        self.camera_menu.clear()
        cameras = self._cameras
        if cameras is None:
            action = self.camera_menu.addAction(self.tr("Looking for cameras…"))
            action.setEnabled(False)
        elif not cameras:
            action = self.camera_menu.addAction(self.tr("No camera found"))
            action.setEnabled(False)
        for index in cameras or ():
            action = self.camera_menu.addAction(self.tr("Camera {n}").format(n=index))
            action.setCheckable(True)
            action.setChecked(self.capture.spec == str(index))
            action.triggered.connect(lambda _=False, i=index: self._choose_camera(i))
        self.camera_menu.addSeparator()
        again = self.camera_menu.addAction(self.tr("Search again"))
        again.triggered.connect(self._search_cameras)

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
            self.no_camera.set_problem(event.detail or event.message)
            self.stack.setCurrentWidget(self.no_camera)
        elif status is SourceStatus.OPEN:
            self.stack.setCurrentWidget(self.preview)
        elif status is SourceStatus.FAILED:
            self.no_camera.set_problem(f"{event.message}\n{event.detail}".strip(), camera=False)
            if is_camera_spec(spec) or self._last_packet is None:
                self.stack.setCurrentWidget(self.no_camera)
            self.statusBar().showMessage(event.message, 10000)
        self._show_source_status()

    def _show_source_status(self) -> None:
        event = self._source_status
        spec = self.capture.spec or ""
        name = self.tr("Camera {n}").format(n=spec) if is_camera_spec(spec) else Path(spec).name
        states = {
            SourceStatus.OPENING: self.tr("starting"),
            SourceStatus.OPEN: self.tr("running"),
            SourceStatus.RECONNECTING: self.tr("no camera, retrying"),
            SourceStatus.ENDED: self.tr("ended"),
            SourceStatus.CLOSED: self.tr("paused"),
            SourceStatus.FAILED: self.tr("failed"),
        }
        state = states[event.status] if event is not None else ""
        self.source_label.setText(f"{name}: {state}" if state else name)

    # -- frames and mood -------------------------------------------------------------

    def _on_frame(self, packet: FramePacket) -> None:
        self._last_packet = packet
        result = packet.result
        analysis = result.analysis
        self.preview.show_frame(packet.display, analysis.faces, "", packet.frame.shape[1])
        raw = analysis.primary.probs if analysis.primary is not None else None
        smoothed = result.update.smoothed.probs if result.update.smoothed is not None else None
        self.bars.set_values(raw, smoothed)
        if smoothed is not None and not result.still:
            self.timeline.add(result.update.t, smoothed)
        if result.recording is not None and self._teach_dialog is not None:
            self._teach_dialog.add_recording(result.recording)
        self.music.drive(result)
        if result.mood != self._emotion:
            self._emotion = result.mood
            self._show_mood()
            self.mood_shown.emit(result.mood)
        if result.still:
            self.photo_shown.emit(result)

    def _tick(self) -> None:
        self.timeline.redraw()
        if self._last_packet is not None and self.capture.running:
            self.fps_label.setText(self.tr("{fps:.0f} fps").format(fps=self._last_packet.fps))
            self.ms_label.setText(
                self.tr("analysis {ms:.1f} ms").format(ms=self._last_packet.analysis_ms)
            )
        elif not self.capture.running:
            self.fps_label.setText(self.tr("- fps"))

    def _show_mood(self) -> None:
        emotion = self._emotion
        state = self._music
        # Name the music only once the session chose it for this very emotion.
        music = state.target if state.emotion is emotion else None
        if state.override is not None:
            self.mood_word.setText(music_mood_name(state.override).capitalize())
            self.mood_message.setText(mood_message(None, state.override))
        elif emotion is None:
            self.mood_word.setText(self.tr("…"))
            self.mood_message.setText(mood_message(None, None))
        else:
            self.mood_word.setText(emotion_name(emotion).capitalize())
            self.mood_message.setText(mood_message(emotion, music))
        self.music_note.setText(state.note)
        self.neutral_row.setVisible(emotion is Emotion.NEUTRAL and state.override is None)

    def _on_music_state(self, state: MusicState) -> None:
        self._music = state
        self.now_playing.show_track(state.track, state.cover)
        self.queue.show_queue(state.queue)
        self.override_combo.blockSignals(True)
        self.override_combo.setCurrentIndex(max(0, self.override_combo.findData(state.override)))
        self.override_combo.blockSignals(False)
        self.resume_button.setEnabled(state.override is not None)
        self._show_mood()

    def add_notice(self, text: str) -> None:
        """Keep a warning for the notices list (once) and show it in the status bar."""
        if text in self.notices:
            return
        self.notices.append(text)
        self._show_notice_count()
        self.statusBar().showMessage(text, 15000)

    def _show_notice_count(self) -> None:
        self.notice_button.setVisible(bool(self.notices))
        self.notice_button.setText(self.tr("⚠ {n}").format(n=len(self.notices)))
        self.notice_button.setToolTip(self.tr("Warnings of this session"))

    def show_notices(self) -> None:
        """List every warning of this session (non-blocking)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Warnings"))
        box.setText(self.tr("{n} warnings in this session:").format(n=len(self.notices)))
        box.setInformativeText("\n\n".join(self.notices))
        box.open()

    def _show_error(self, message: str, detail: str) -> None:
        self.statusBar().showMessage(f"{message} — {detail}" if detail else message, 10000)

    def _on_volume(self, volume: int) -> None:
        self.music.set_volume(volume)
        self._change("music.volume", volume, apply=False)

    # -- override and neutral choice -------------------------------------------------

    def set_override(self, mood: MusicMood | None) -> None:
        """Lock the music to ``mood``; None follows the face again."""
        self.music.set_override(mood)

    def _on_override_combo(self, index: int) -> None:
        self.set_override(self.override_combo.itemData(index))

    def _on_neutral_combo(self, index: int) -> None:
        self._change("music.neutral_choice", str(self.neutral_combo.itemData(index)))

    # -- capture ---------------------------------------------------------------------

    def capture_photo(self) -> None:
        """Shift+C: save the current frame as PNG, then analyse it as a photo."""
        packet = self._last_packet
        if packet is None:
            self.statusBar().showMessage(self.tr("Nothing to capture yet"), 5000)
            return
        folder = capture_dir(self.settings.gui.capture_dir)
        path = unique_capture_path(folder)
        while str(path) in self._pending_captures:  # two captures in the same second
            path = path.with_name(path.stem + "-b.png")
        self._pending_captures.add(str(path))
        self.jobs.save_capture(packet.frame, path)

    def _on_capture_saved(self, path: str) -> None:
        self._pending_captures.discard(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        self.capture_saved.emit(path)
        self.start_source(path)

    def _on_capture_failed(self, message: str, detail: str) -> None:
        self._pending_captures.clear()
        self._show_error(message, detail)

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

        self._change("mood.calibration_bias", list(face.bias), apply=False)
        self._change("mood.calibrated_on", datetime.date.today().isoformat())
        self.statusBar().showMessage(self.tr("FaceMood now knows your face"), 8000)
        self.calibration_finished.emit(face)

    def _remove_taught_face(self) -> None:
        self._change("mood.calibration_bias", [], apply=False)
        self._change("mood.calibrated_on", "")
        self.statusBar().showMessage(self.tr("What you taught was removed"), 8000)

    # -- library ---------------------------------------------------------------------

    def scan_library(self, folder: str) -> None:
        """Scan ``folder`` in the background."""
        self.library_panel.set_folder(folder)
        self.library_panel.scan_started()
        self.library.start_scan(folder)

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
        self.library_panel.show_outcome(result)
        for notice in result.notices:
            self.add_notice(notice)
        if result.cancelled:
            return
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
        try:
            new = settings_mod.with_value(self.settings, name, value)
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

    def open_settings(self) -> None:
        """Show the settings dialog (non-blocking) and apply it on OK."""
        from facemood.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.calibration_requested.connect(self.start_calibration)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.finished.connect(lambda _r: setattr(self, "_settings_dialog", None))
        self._settings_dialog = dialog
        dialog.open()

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
        if new.gui.language != old.gui.language:
            self.set_language(new.gui.language.value)
        self.now_playing.volume.setValue(new.music.volume)
        self.retranslate()
        self.settings_applied.emit(new)

    def set_language(self, code: str) -> None:
        """Switch the UI language ("" = the system's) and remember it."""
        self.languages.apply(code)
        if self.settings.gui.language.value != code:
            self._change("gui.language", code, apply=False)
        action = self.language_actions.get(code)
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

    # -- shutdown --------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop every thread and pool and join them (idempotent)."""
        if self._shut_down:
            return
        self._timer.stop()
        self.capture.shutdown()
        self.library.shutdown()
        self._shut_down = True
        self.jobs.shutdown()
        self.music.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Join the worker threads before the window goes."""
        self.shutdown()
        super().closeEvent(event)
