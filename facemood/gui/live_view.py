"""The live tab: the picture (with the bar under it) over the mood timeline, and a side
panel with the mood, the music and the emotion bars that scrolls and folds away.

Nothing in it grows when a photo or a notice appears, so the window's minimum size
stays small enough for a 1366x768 laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facemood.gui.mood_panel import MoodBox, ProbabilityBars, TimelineBox
from facemood.gui.player_panel import NowPlaying, QueueList, SoundNotice
from facemood.gui.preview import NoCameraPanel, PreviewWidget, ViewBar
from facemood.settings import Settings


def _group(widget: QWidget) -> QGroupBox:
    box = QGroupBox()
    QVBoxLayout(box).addWidget(widget)
    return box


class LiveView(QSplitter):
    """The live tab's widgets, laid out; the window connects them to the services."""

    def __init__(self, settings: Settings, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = PreviewWidget()
        self.no_camera = NoCameraPanel()
        self.paused_panel = QLabel()
        self.paused_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_panel.setWordWrap(True)
        self.stack = QStackedWidget()
        for w in (self.preview, self.no_camera, self.paused_panel):
            self.stack.addWidget(w)
        self.view_bar = ViewBar()
        self.timeline_box = TimelineBox(settings.gui.timeline_span)
        self.timeline = self.timeline_box.timeline
        view = QWidget()
        vl = QVBoxLayout(view)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.stack, 1)
        vl.addWidget(self.view_bar)
        self.view_split = QSplitter(Qt.Orientation.Vertical)
        self.view_split.addWidget(view)
        self.view_split.addWidget(self.timeline_box)
        self.view_split.setStretchFactor(0, 3)
        self.view_split.setStretchFactor(1, 1)
        self.view_split.setChildrenCollapsible(False)

        self.sound_notice = SoundNotice()
        self.mood_box = MoodBox(settings.music.neutral_choice)
        self.bars = ProbabilityBars()
        self.bars_box = _group(self.bars)
        self.now_playing = NowPlaying(icon)
        self.player_box = _group(self.now_playing)
        self.queue = QueueList()
        self.queue.setMinimumHeight(60)
        self.queue_box = _group(self.queue)
        panel = QWidget()
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 0, 4, 0)
        for widget in (self.sound_notice, self.mood_box, self.player_box, self.bars_box):
            pl.addWidget(widget)
        pl.addWidget(self.queue_box, 1)
        # The side panel scrolls rather than making the window taller than the screen.
        self.side = QScrollArea()
        self.side.setWidget(panel)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setMinimumWidth(panel.minimumSizeHint().width() + 16)
        self.addWidget(self.view_split)
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setCollapsible(0, False)

    def show_side_panel(self, shown: bool) -> None:
        """Fold the side panel away (the picture takes the room) or bring it back."""
        if shown == self.side.isVisibleTo(self) and (not shown or self.sizes()[1]):
            return
        self.side.setVisible(shown)
        if shown and self.sizes()[1] == 0:  # it had been dragged shut
            total = sum(self.sizes())
            side = min(self.side.minimumWidth() + 40, total // 2)
            self.setSizes([total - side, side])

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.bars_box.setTitle(self.tr("Emotions (thick: smoothed, thin: this frame)"))
        self.player_box.setTitle(self.tr("Now playing"))
        self.queue_box.setTitle(self.tr("Up next in this mood (double-click to play)"))
        self.paused_panel.setText(
            self.tr("Analysis paused — the camera is off.\nResume with File → Resume analysis.")
        )
        for widget in (
            self.timeline_box,
            self.mood_box,
            self.view_bar,
            self.no_camera,
            self.now_playing,
            self.sound_notice,
        ):
            widget.retranslate()
