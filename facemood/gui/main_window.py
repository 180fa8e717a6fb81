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
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facemood import settings as settings_mod
from facemood.bridge import backend
from facemood.bridge.capture import CaptureService
from facemood.bridge.jobs import JobRunner
from facemood.bridge.music import MusicService
from facemood.bridge.values import (
    FramePacket,
    MusicChoice,
    OneShotResult,
    ScanOutcome,
    SourceState,
    SourceStatus,
    TrackInfo,
)
from facemood.core.types import Emotion, MusicMood
from facemood.gui.i18n import LanguageManager
from facemood.gui.library_panel import LibraryPanel
from facemood.gui.mood_panel import MoodTimeline, PhotoResult, ProbabilityBars
from facemood.gui.player_panel import NowPlaying, QueueList
from facemood.gui.preview import NoCameraPanel, PreviewWidget
from facemood.gui.texts import emotion_name, mood_message, music_mood_name
from facemood.paths import capture_dir, resource_path

log = logging.getLogger("facemood.gui")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff")
VIDEO_SUFFIXES = (".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mpg", ".mpeg")
CALIBRATION_S = 3.0
"""Seconds of the resting face recorded for calibration."""
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
    path = folder / f"FaceMood-{stamp}.png"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"FaceMood-{stamp}-{n}.png"
    return path


class MainWindow(QMainWindow):
    """The app window.

    Args:
        settings: the loaded settings (saved again when changed in the UI).
        source: what to analyse first: a camera index, a video, a folder (default: the
            settings' camera).
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
    """A :class:`OneShotResult` is on screen."""
    mood_shown = Signal(object)
    """The mood in words changed (an :class:`Emotion`, or None)."""
    language_changed = Signal(str)
    settings_applied = Signal(object)
    calibration_finished = Signal(object)
    """The learned bias (a list of floats)."""

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
        self.languages = languages or LanguageManager()
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(1280, 800)

        self.capture = CaptureService(settings, speed, self, loop=loop)
        self.music = MusicService(settings, aout)
        self.jobs = JobRunner(self)

        self._last_packet: FramePacket | None = None
        self._emotion: Emotion | None = None
        self._choice: MusicChoice | None = None
        self._override: MusicMood | None = None
        self._library: ScanOutcome | None = None
        self._source_status: SourceStatus | None = None
        self._calibration: list[tuple[float, ...]] | None = None
        self._calibration_end: float | None = None
        self._settings_dialog: object | None = None
        self._pending_captures: set[str] = set()
        self._shut_down = False
        self.last_photo: OneShotResult | None = None

        self._build()
        self._build_menus()
        self._connect()
        self.retranslate()

        self._timer = QTimer(self)
        self._timer.setInterval(_TIMELINE_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

        self.start_source(source if source is not None else str(settings.vision.camera_index))
        self.scan_library(library or str(backend.library_dir(settings)))
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
        self.timeline = MoodTimeline()
        self.timeline_box = QGroupBox()
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.stack)
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
        for value in ("calm", "energetic", "keep"):
            self.neutral_combo.addItem("", value)
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
        self.photo = PhotoResult()
        self.photo_box = QGroupBox()
        QVBoxLayout(self.photo_box).addWidget(self.photo)
        self.photo_box.setVisible(False)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        for box in (self.mood_box, self.bars_box, self.player_box, self.queue_box, self.photo_box):
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
        bar = self.statusBar()
        for w in (self.source_label, self.fps_label, self.ms_label, self.library_label):
            bar.addPermanentWidget(w)

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
        for code in ("", "en", "ko"):
            action = QAction(self)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.settings.gui.language].setChecked(True)

        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self)
        self.crash_action = QAction(self)
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.crash_action)

    def _connect(self) -> None:
        self.capture.frame_analysed.connect(self._on_frame)
        self.preview.resized.connect(self.capture.set_display_size)
        self.capture.status_changed.connect(self._on_source_status)
        self.music.track_changed.connect(self._on_track)
        self.music.playback_polled.connect(self.now_playing.show_playback)
        self.music.music_chosen.connect(self._on_music_chosen)
        self.music.queue_changed.connect(self.queue.show_queue)
        self.music.error_reported.connect(self._on_music_error)
        self.jobs.scan_signals.scan_progressed.connect(self.library_panel.show_progress)
        self.jobs.scan_signals.scan_finished.connect(self._on_scan_finished)
        self.jobs.scan_signals.scan_failed.connect(self._on_scan_failed)
        self.jobs.photo_signals.photo_saved.connect(self._on_capture_saved)
        self.jobs.photo_signals.photo_analysed.connect(self._on_photo)
        self.jobs.photo_signals.photo_failed.connect(self._on_photo_failed)
        self.jobs.photo_signals.tags_written.connect(self._on_tags_written)
        self.jobs.photo_signals.settings_failed.connect(self._on_settings_failed)
        self.jobs.photo_signals.cameras_listed.connect(self._on_cameras_listed)

        np_ = self.now_playing
        np_.play_pause_requested.connect(self.music.play_pause)
        np_.previous_requested.connect(self.music.previous_track)
        np_.next_requested.connect(self.music.next_track)
        np_.new_song_requested.connect(self.music.new_song)
        np_.like_requested.connect(self.music.like)
        np_.skip_requested.connect(self.music.skip)
        np_.volume_requested.connect(self._on_volume)
        np_.seek_requested.connect(self.music.seek)
        np_.volume.setValue(self.settings.music.volume)

        self.no_camera.open_file_requested.connect(self.open_file)
        self.no_camera.retry_requested.connect(self.capture.resume_now)
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
        lib.cancel_requested.connect(self.jobs.cancel_scan)
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
        self.photo_box.setTitle(self.tr("Last photo"))
        self.paused_panel.setText(
            self.tr("Analysis paused — the camera is off.\nResume with File ▸ Resume analysis.")
        )
        self.override_label.setText(self.tr("Music:"))
        self.override_combo.setItemText(0, self.tr("follow my face"))
        for i in range(1, self.override_combo.count()):
            self.override_combo.setItemText(i, music_mood_name(self.override_combo.itemData(i)))
        self.resume_button.setText(self.tr("Resume auto"))
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
            max(0, self.neutral_combo.findData(self.settings.music.neutral_choice))
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
        self.calibrate_action.setText(self.tr("Record my &neutral face"))
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
        self.bars.update()

    # -- sources ---------------------------------------------------------------------

    def start_source(self, spec: str) -> None:
        """Analyse ``spec`` (camera index, video, photo folder) live."""
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(False)
        self.pause_action.blockSignals(False)
        self.timeline.clear_points()
        self.capture.start(spec)
        self.stack.setCurrentWidget(self.preview)

    def set_paused(self, paused: bool) -> None:
        """Pause (release the camera) or resume analysis."""
        if self.pause_action.isChecked() != paused:
            self.pause_action.setChecked(paused)  # re-enters through toggled
            return
        if paused:
            self.capture.pause()
            self.stack.setCurrentWidget(self.paused_panel)
        else:
            self.capture.resume()
            self.stack.setCurrentWidget(self.preview)
        self.retranslate()

    def open_file(self) -> None:
        """Ask for a video (analysed live) or a photo (analysed on its own)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a video or photo"),
            "",
            self.tr("Videos and photos ({patterns});;All files (*)").format(
                patterns=" ".join(f"*{s}" for s in VIDEO_SUFFIXES + IMAGE_SUFFIXES)
            ),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """A photo is analysed on its own; anything else becomes the live source."""
        if Path(path).suffix.lower() in IMAGE_SUFFIXES:
            self.analyze_photo(path)
        else:
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
        self.settings.vision.camera_index = index
        self._save_settings()
        self.start_source(str(index))

    def _on_source_status(self, status: SourceStatus) -> None:
        self._source_status = status
        if status.state is SourceState.RETRYING:
            self.no_camera.set_problem(status.detail or status.message)
            self.stack.setCurrentWidget(self.no_camera)
        elif status.state is SourceState.RUNNING:
            self.stack.setCurrentWidget(self.preview)
        elif status.state is SourceState.FAILED:
            self.no_camera.set_problem(f"{status.message}\n{status.detail}".strip(), camera=False)
            if backend.is_camera_spec(status.spec) or self._last_packet is None:
                self.stack.setCurrentWidget(self.no_camera)
            self.statusBar().showMessage(status.message, 10000)
        self._show_source_status()

    def _show_source_status(self) -> None:
        status = self._source_status
        spec = self.capture.spec or ""
        name = (
            self.tr("Camera {n}").format(n=spec)
            if backend.is_camera_spec(spec)
            else Path(spec).name
        )
        states = {
            SourceState.STARTING: self.tr("starting"),
            SourceState.RUNNING: self.tr("running"),
            SourceState.RETRYING: self.tr("no camera, retrying"),
            SourceState.ENDED: self.tr("ended"),
            SourceState.STOPPED: self.tr("paused"),
            SourceState.FAILED: self.tr("failed"),
        }
        state = states[status.state] if status is not None else ""
        self.source_label.setText(f"{name}: {state}" if state else name)

    # -- frames and mood -------------------------------------------------------------

    def _on_frame(self, packet: FramePacket) -> None:
        self._last_packet = packet
        analysis = packet.analysis
        self.preview.show_frame(packet.display, analysis.faces, "", packet.frame.shape[1])
        raw = analysis.primary.probs if analysis.primary is not None else None
        reading = packet.reading
        smoothed = reading.smoothed if reading is not None else None
        self.bars.set_values(raw, smoothed)
        if reading is not None:
            if smoothed is not None:
                self.timeline.add(reading.t, smoothed)
            if self._calibration is not None:
                # The window runs from the first reading, so it ends (and says so) even
                # when no face ever shows up.
                if self._calibration_end is None:
                    self._calibration_end = reading.t + CALIBRATION_S
                if raw is not None:
                    self._calibration.append(raw)
                if reading.t >= self._calibration_end:
                    self._finish_calibration()
            mood = None if reading.away else reading.mood
            if mood != self._emotion:
                self._emotion = mood
                self._show_mood()
                self.mood_shown.emit(mood)
            self.music.mood_read(reading)

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
        choice = self._choice
        # Name the music only once the player thread chose it for this very emotion.
        music = choice.music_mood if choice is not None and choice.emotion is emotion else None
        if self._override is not None:
            self.mood_word.setText(music_mood_name(self._override).capitalize())
            self.mood_message.setText(mood_message(None, self._override))
        elif emotion is None:
            self.mood_word.setText(self.tr("…"))
            self.mood_message.setText(mood_message(None, None))
        else:
            self.mood_word.setText(emotion_name(emotion).capitalize())
            self.mood_message.setText(mood_message(emotion, music))
        self.music_note.setText(choice.note if choice is not None and choice.note else "")
        self.neutral_row.setVisible(emotion is Emotion.NEUTRAL and self._override is None)

    def _on_music_chosen(self, choice: MusicChoice) -> None:
        self._choice = choice
        self.queue.show_queue(choice.queue)
        self._show_mood()

    def _on_track(self, track: TrackInfo | None) -> None:
        self.now_playing.show_track(track)

    def _on_music_error(self, message: str, detail: str) -> None:
        self.statusBar().showMessage(f"{message} — {detail}" if detail else message, 10000)

    def _on_volume(self, volume: int) -> None:
        self.music.set_volume(volume)
        self.settings.music.volume = volume

    # -- override and neutral choice -------------------------------------------------

    def set_override(self, mood: MusicMood | None) -> None:
        """Play ``mood`` by hand; None resumes following the face."""
        self._override = mood
        self.override_combo.blockSignals(True)
        self.override_combo.setCurrentIndex(max(0, self.override_combo.findData(mood)))
        self.override_combo.blockSignals(False)
        self.resume_button.setEnabled(mood is not None)
        self.music.set_override(mood)
        self._show_mood()

    def _on_override_combo(self, index: int) -> None:
        self.set_override(self.override_combo.itemData(index))

    def _on_neutral_combo(self, index: int) -> None:
        value = str(self.neutral_combo.itemData(index))
        self.settings.music.neutral_choice = value
        self._save_settings()
        self.music.apply_settings(self.settings)
        if self._emotion is Emotion.NEUTRAL:
            self.music.photo_read(Emotion.NEUTRAL)

    # -- capture and photos ----------------------------------------------------------

    def capture_photo(self) -> None:
        """Shift+C: save the current frame as PNG, then analyse it on its own."""
        packet = self._last_packet
        if packet is None:
            self.statusBar().showMessage(self.tr("Nothing to capture yet"), 5000)
            return
        folder = capture_dir(self.settings.gui.capture_dir)
        path = unique_capture_path(folder)
        while str(path) in self._pending_captures:  # two captures in the same second
            path = path.with_name(path.stem + "-b.png")
        self._pending_captures.add(str(path))
        self.jobs.save_and_analyze(packet.frame, path, self.settings)

    def _on_capture_saved(self, path: str) -> None:
        self._pending_captures.discard(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        self.capture_saved.emit(path)

    def analyze_photo(self, path: str) -> None:
        """Analyse a photo on its own and play music for it."""
        self.statusBar().showMessage(self.tr("Analysing {name}…").format(name=Path(path).name))
        self.jobs.analyze_photo(path, self.settings)

    def _on_photo(self, result: OneShotResult) -> None:
        self._pending_captures.discard(result.path)
        if result.emotion is None:
            caption = self.tr("{name}: no face found").format(name=Path(result.path).name)
        else:
            assert result.analysis.primary is not None
            caption = self.tr("{name}: {emotion} ({p:.0%})").format(
                name=Path(result.path).name,
                emotion=emotion_name(result.emotion),
                p=result.analysis.primary[result.emotion],
            )
            self.music.photo_read(result.emotion)
        self.photo.show_result(result.image, result.analysis.faces, caption)
        self.photo_box.setVisible(True)
        self.last_photo = result
        self.statusBar().showMessage(caption, 8000)
        self.photo_shown.emit(result)

    def _on_photo_failed(self, path: str, message: str, detail: str) -> None:
        self._pending_captures.discard(path)
        self.statusBar().showMessage(f"{message}: {detail}" if detail else message, 10000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped photos and videos."""
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            suffix = Path(urls[0].toLocalFile()).suffix.lower()
            if suffix in IMAGE_SUFFIXES + VIDEO_SUFFIXES:
                event.acceptProposedAction()
                return
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A dropped photo is analysed on its own; a video becomes the source."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return

    # -- calibration -----------------------------------------------------------------

    def start_calibration(self) -> None:
        """Record the resting face for a few seconds, then learn and save the bias."""
        if not self.capture.running:
            self.statusBar().showMessage(self.tr("Start the camera to calibrate"), 5000)
            return
        self._calibration = []
        self._calibration_end = None
        self.statusBar().showMessage(
            self.tr("Look at the camera with a relaxed face for a few seconds…"), 8000
        )

    def _finish_calibration(self) -> None:
        samples, self._calibration = self._calibration or [], None
        try:
            bias = backend.learn_calibration(samples)
        except ValueError:
            self.statusBar().showMessage(self.tr("Calibration needs your face in view"), 8000)
            return
        self.settings.mood.calibration_bias = bias
        self._save_settings()
        self.capture.set_settings(self.settings)
        self.statusBar().showMessage(self.tr("Calibrated to your neutral face"), 8000)
        dialog = self._settings_dialog
        if dialog is not None:
            from facemood.gui.settings_dialog import SettingsDialog

            if isinstance(dialog, SettingsDialog):
                dialog.set_calibration(bias)
        self.calibration_finished.emit(bias)

    # -- library ---------------------------------------------------------------------

    def scan_library(self, folder: str) -> None:
        """Scan ``folder`` in the background."""
        self.library_panel.set_folder(folder)
        self.library_panel.scan_started()
        self.jobs.start_scan(folder)

    def choose_library(self) -> None:
        """Pick a music folder, remember it and scan it."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose your music folder"), str(backend.library_dir(self.settings))
        )
        if folder:
            self.set_library_dir(folder)

    def set_library_dir(self, folder: str) -> None:
        """Use ``folder`` as the music library (saved in settings) and scan it."""
        self.settings.music.library_dir = folder
        self._save_settings()
        self.scan_library(folder)

    def _on_scan_finished(self, outcome: ScanOutcome) -> None:
        self.library_panel.show_outcome(outcome)
        if outcome.cancelled:
            return
        self._library = outcome
        self.music.set_tracks(outcome.tracks)
        self._show_library_size()

    def _on_scan_failed(self, message: str, detail: str) -> None:
        self.library_panel.scan_failed(message)
        self.statusBar().showMessage(f"{message}: {detail}" if detail else message, 10000)

    def _show_library_size(self) -> None:
        n = len(self._library.tracks) if self._library is not None else 0
        self.library_label.setText(self.tr("Library: {n} tracks").format(n=n))

    def tag_tracks(self, paths: tuple[str, ...], mood: MusicMood) -> None:
        """Write ``mood`` into the selected files (on a pool thread), then rescan."""
        self.jobs.tag_files(paths, mood)

    def _on_tags_written(self, written: int, errors: tuple[str, ...]) -> None:
        self.library_panel.show_tag_result(written, errors)
        self.scan_library(self.library_panel.outcome_dir())

    # -- settings, language, about ---------------------------------------------------

    def _save_settings(self) -> None:
        """Save a snapshot of the settings on the job pool (the write fsyncs)."""
        if self._shut_down:
            return
        self.jobs.save_settings(self.settings, self._settings_path)

    def _on_settings_failed(self, message: str, detail: str) -> None:
        self.statusBar().showMessage(f"{message}: {detail}" if detail else message, 10000)

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
        """Use and save new settings; restart what depends on changed values."""
        old = self.settings
        self.settings = new
        self._save_settings()
        self.music.apply_settings(new)
        self.capture.set_settings(new)
        if new.vision != old.vision and self.capture.spec is not None:
            if backend.is_camera_spec(self.capture.spec):
                self.start_source(str(new.vision.camera_index))
            elif self.capture.running:
                self.capture.start(self.capture.spec)
        if backend.library_dir(new) != backend.library_dir(old):
            self.scan_library(str(backend.library_dir(new)))
        if new.gui.language != old.gui.language:
            self.set_language(new.gui.language)
        self.now_playing.volume.setValue(new.music.volume)
        self.retranslate()
        self.settings_applied.emit(new)

    def set_language(self, code: str) -> None:
        """Switch the UI language ("" = the system's) and remember it."""
        self.languages.apply(code)
        if self.settings.gui.language != code:
            self.settings.gui.language = code
            self._save_settings()
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
        self._save_settings()  # the last save runs before the pools are joined
        self._shut_down = True
        self.jobs.shutdown()
        self.music.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Join the worker threads before the window goes."""
        self.shutdown()
        super().closeEvent(event)
