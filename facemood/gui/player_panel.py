"""Now playing (title, artist, cover, position, transport, like/skip, volume) and the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facemood.bridge.music import PlaybackSnapshot
from facemood.gui.texts import music_mood_name
from facemood.library import Track
from facemood.playback import PlaybackState

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
        self.title = QLabel()
        self.title.setObjectName("trackTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
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
        self.volume.setMaximumWidth(110)
        self.volume.valueChanged.connect(self.volume_requested)
        self.volume_label = QLabel()

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
            self.tr("Skip to another song and play this one less often in this mood")
        )
        self.volume_label.setText(self.tr("Volume"))
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
        self.mood.setText(self.tr("Mood: {mood}").format(mood=music_mood_name(track.mood)))
        pixmap = QPixmap()
        if cover and pixmap.loadFromData(cover):
            self.cover.setPixmap(pixmap)
        else:
            self.cover.setPixmap(self._placeholder)

    def show_playback(self, snap: PlaybackSnapshot) -> None:
        """Update position, play/pause icon and volume from a poll."""
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
        if not self.position.isSliderDown():
            frac = snap.position / snap.duration if snap.duration > 0 else 0.0
            self.position.setValue(int(1000 * min(1.0, max(0.0, frac))))
        self.time.setText(f"{_time(snap.position)} / {_time(snap.duration)}")
        if not self.volume.isSliderDown() and self.volume.value() != snap.volume:
            self.volume.blockSignals(True)
            self.volume.setValue(snap.volume)
            self.volume.blockSignals(False)
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
    """The upcoming tracks of the current mood."""

    def show_queue(self, tracks: tuple[Track, ...]) -> None:
        """Replace the list."""
        self.clear()
        for track in tracks:
            artist = f" — {track.artist}" if track.artist else ""
            self.addItem(f"{track.display_title}{artist}")
