"""Now playing (cover, title, position, transport, like / play less, volume), the queue,
and the notice that says when there is no sound."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facemood.bridge.music import PlaybackSnapshot
from facemood.gui.style import heading_label
from facemood.gui.texts import music_mood_name
from facemood.library import Track
from facemood.playback import PlaybackState, SoundProblem, SoundProblemKind

COVER_SIZE = 96


def _time(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class NowPlaying(QWidget):
    """What plays now, and the buttons that control it. Emits requests; never calls VLC."""

    play_pause_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    like_requested = Signal()
    play_less_requested = Signal()
    volume_requested = Signal(int)
    seek_requested = Signal(float)

    def __init__(self, app_icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = app_icon.pixmap(COVER_SIZE, COVER_SIZE)
        self.track: Track | None = None
        self._cover: bytes | None = None
        self._duration = 0.0
        self.cover = QLabel()
        self.cover.setFixedSize(COVER_SIZE, COVER_SIZE)
        self.cover.setPixmap(self._placeholder)
        self.cover.setScaledContents(True)
        self.title = heading_label("trackTitle", 1.2)
        self.artist = QLabel()
        self.mood = QLabel()
        self.position = QSlider(Qt.Orientation.Horizontal)
        self.position.setRange(0, 1000)
        self.position.sliderReleased.connect(self._on_seek)
        self.position.actionTriggered.connect(self._on_slider_action)
        self.time = QLabel("0:00 / 0:00")
        style = self.style()
        self.prev_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward)
        )
        self.play_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.next_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward)
        )
        self.like_button = self._button(None)
        self.less_button = self._button(None)
        self.prev_button.clicked.connect(self.previous_requested)
        self.play_button.clicked.connect(self.play_pause_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.like_button.clicked.connect(self.like_requested)
        self.less_button.clicked.connect(self.play_less_requested)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setMinimumWidth(70)  # never a square, however narrow the window
        self.volume.setMaximumWidth(130)
        self.volume.valueChanged.connect(self.volume_requested)
        self.volume_label = QLabel()
        self.volume_label.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(16, 16)
        )

        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.artist)
        text.addWidget(self.mood)
        text.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.cover)
        top.addLayout(text, 1)
        transport = QHBoxLayout()
        for b in (
            self.prev_button,
            self.play_button,
            self.next_button,
            self.like_button,
            self.less_button,
        ):
            transport.addWidget(b)
        transport.addStretch()
        transport.addWidget(self.volume_label)
        transport.addWidget(self.volume)
        pos = QHBoxLayout()
        pos.addWidget(self.position, 1)
        pos.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(pos)
        layout.addLayout(transport)
        self._state: tuple[PlaybackState, bool] | None = None
        self._playing_path: str | None = None
        self.retranslate()
        self.show_track(None, None)

    def _button(self, icon: QIcon | None) -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly if icon else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        return button

    def retranslate(self) -> None:
        """Refresh every text for the current language."""
        self.prev_button.setToolTip(self.tr("Previous track"))
        self.play_button.setToolTip(self.tr("Play / pause"))
        self.next_button.setToolTip(self.tr("Next track"))
        self.like_button.setText(self.tr("♥ Like"))
        self.like_button.setToolTip(self.tr("Play this more often in this mood"))
        self.less_button.setText(self.tr("Play less"))
        self.less_button.setToolTip(
            self.tr("Go to another song and play this one less often in this mood")
        )
        self.volume.setToolTip(self.tr("Volume"))
        self.show_track(self.track, self._cover)

    def show_track(self, track: Track | None, cover: bytes | None) -> None:
        """Show a new track and its embedded cover art (None: nothing plays / no cover)."""
        self.track, self._cover = track, cover
        if track is None:
            self.title.setText(self.tr("Nothing playing"))
            self.artist.setText("")
            self.mood.setText("")
            self.cover.setPixmap(self._placeholder)
            return
        self.title.setText(track.display_title)
        self.artist.setText(track.artist or self.tr("Unknown artist"))
        if self._playing_path != str(track.path):
            # Until the player reports this very file, show its start, not the old one's time.
            self._duration = track.duration or 0.0
            self.position.setValue(0)
            self.time.setText(f"{_time(0)} / {_time(self._duration)}")
        self.mood.setText(self.tr("Mood: {mood}").format(mood=music_mood_name(track.mood)))
        pixmap = QPixmap()
        if cover and pixmap.loadFromData(cover):
            self.cover.setPixmap(pixmap)
        else:
            self.cover.setPixmap(self._placeholder)

    def show_playback(self, snap: PlaybackSnapshot) -> None:
        """Update position, play/pause icon and volume from a poll.

        Position and length are shown only when the poll is about the track on show:
        during a fade the player still reports the old track.
        """
        state = (snap.state, snap.has_sound)
        if state != self._state:
            self._state = state
            playing = snap.state in (PlaybackState.PLAYING, PlaybackState.OPENING)
            pix = (
                QStyle.StandardPixmap.SP_MediaPause
                if playing
                else QStyle.StandardPixmap.SP_MediaPlay
            )
            self.play_button.setIcon(self.style().standardIcon(pix))
            for b in (self.play_button, self.prev_button, self.next_button, self.less_button):
                b.setEnabled(snap.has_sound)
        if not self.volume.isSliderDown() and self.volume.value() != snap.volume:
            self.volume.blockSignals(True)
            self.volume.setValue(snap.volume)
            self.volume.blockSignals(False)
        self._playing_path = snap.path
        if self.track is None or snap.path != str(self.track.path):
            return
        if not self.position.isSliderDown():
            frac = snap.position / snap.duration if snap.duration > 0 else 0.0
            self.position.setValue(int(1000 * min(1.0, max(0.0, frac))))
        self.time.setText(f"{_time(snap.position)} / {_time(snap.duration)}")
        self._duration = snap.duration

    def _on_slider_action(self, action: int) -> None:
        # A click on the groove or a key seeks at once; a drag seeks when released.
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self._on_seek()

    def _on_seek(self) -> None:
        duration = self._duration
        if duration > 0:
            # sliderPosition: during actionTriggered the value is not updated yet.
            self.seek_requested.emit(duration * self.position.sliderPosition() / 1000.0)


class QueueList(QListWidget):
    """The upcoming tracks of the current mood; a double-click plays one now."""

    play_requested = Signal(object)
    """The :class:`~facemood.library.Track` to play now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracks: tuple[Track, ...] = ()
        self.itemActivated.connect(lambda item: self.play_requested.emit(item.data(_TRACK)))

    def show_queue(self, tracks: tuple[Track, ...]) -> None:
        """Replace the list (only when it changed: rebuilding it resets the scrolling)."""
        if tracks == self._tracks:
            return
        self._tracks = tracks
        self.clear()
        for track in tracks:
            artist = f" — {track.artist}" if track.artist else ""
            item = QListWidgetItem(f"{track.display_title}{artist}")
            item.setData(_TRACK, track)
            self.addItem(item)


_TRACK = Qt.ItemDataRole.UserRole


class SoundNotice(QFrame):
    """Says, while it lasts, that the music makes no sound, and what to do about it."""

    settings_requested = Signal()
    """The user wants to choose another sound output."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soundNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#soundNotice { background: #fdf2d0; border: 1px solid #e0b84c; border-radius: 4px; }"
            " #soundNotice QLabel { color: #3d2f00; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton()
        self.button.clicked.connect(self.settings_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.problem: SoundProblem | None = None
        self.setVisible(False)

    def show_problem(self, problem: SoundProblem | None) -> None:
        """Show ``problem`` (None: hide the notice)."""
        if problem == self.problem:
            return
        self.problem = problem
        self.retranslate()
        self.setVisible(problem is not None)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.button.setText(self.tr("Choose a sound output…"))
        problem = self.problem
        if problem is None:
            return
        headline, advice = sound_problem_text(problem)
        self.text.setText(f"<b>{headline}</b><br>{advice}")
        self.setToolTip(problem.detail)


def sound_problem_text(problem: SoundProblem) -> tuple[str, str]:
    """(headline, what to do) for a sound problem, in the UI language."""
    translate = QCoreApplication.translate
    output = problem.output or translate("SoundNotice", "the default output")
    if problem.kind is SoundProblemKind.NO_PLAYER:
        return translate("SoundNotice", "No sound: VLC is not installed"), translate(
            "SoundNotice",
            "FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or "
            "Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. "
            "Moods are still recognised.",
        )
    if problem.kind is SoundProblemKind.UNKNOWN_OUTPUT:
        headline = translate("SoundNotice", "No such sound output: {output}")
        return headline.format(output=output), translate(
            "SoundNotice", "VLC uses its default output instead. Choose an output that exists."
        )
    headline = translate("SoundNotice", "No sound: {output} does not work")
    return headline.format(output=output), translate(
        "SoundNotice",
        "The music goes on without sound. Check that speakers or headphones are connected "
        "and not muted in the system's sound settings, or choose another sound output.",
    )
