"""Mood widgets: the mood in words, the probability bars, the mood timeline and its legend."""

from __future__ import annotations

import html
from collections import deque

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facemood.bridge.music import MusicState
from facemood.core.choices import TimelineSpan
from facemood.core.playlist import NeutralChoice
from facemood.core.types import EMOTIONS, Emotion, MusicMood
from facemood.gui.style import heading_label
from facemood.gui.texts import emotion_name, mood_message, music_mood_name

EMOTION_COLOURS: dict[Emotion, str] = {
    Emotion.ANGRY: "#e74c3c",
    Emotion.DISGUST: "#8e9a3c",
    Emotion.FEAR: "#9b59b6",
    Emotion.HAPPY: "#f1c40f",
    Emotion.SAD: "#3498db",
    Emotion.SURPRISE: "#e67e22",
    Emotion.NEUTRAL: "#95a5a6",
}


class ProbabilityBars(QWidget):
    """Seven rows: a thin bar for the raw frame score and a thick one for the smoothed score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._raw: tuple[float, ...] = (0.0,) * len(EMOTIONS)
        self._smoothed: tuple[float, ...] = (0.0,) * len(EMOTIONS)
        self.setMinimumHeight(7 * 22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough for the longest emotion name."""
        return QSize(260, 7 * 24)

    @property
    def values(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(raw, smoothed) probabilities on show."""
        return self._raw, self._smoothed

    def set_values(self, raw: tuple[float, ...] | None, smoothed: tuple[float, ...] | None) -> None:
        """Show new probabilities (None: zero); repaints only when they changed."""
        raw = raw if raw is not None else (0.0,) * len(EMOTIONS)
        smoothed = smoothed if smoothed is not None else (0.0,) * len(EMOTIONS)
        if (raw, smoothed) != (self._raw, self._smoothed):
            self._raw, self._smoothed = raw, smoothed
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the bars."""
        p = QPainter(self)
        metrics = p.fontMetrics()
        label_w = max(metrics.horizontalAdvance(emotion_name(e)) for e in EMOTIONS) + 10
        row_h = self.height() / len(EMOTIONS)
        bar_w = max(10.0, self.width() - label_w - 48)
        for i, emotion in enumerate(EMOTIONS):
            y = i * row_h
            p.setPen(self.palette().windowText().color())
            p.drawText(
                QRectF(0, y, label_w, row_h), Qt.AlignmentFlag.AlignVCenter, emotion_name(emotion)
            )
            colour = QColor(EMOTION_COLOURS[emotion])
            p.fillRect(QRectF(label_w, y + 3, bar_w, row_h - 6), QColor(128, 128, 128, 40))
            p.fillRect(QRectF(label_w, y + 3, bar_w * self._smoothed[i], row_h - 9), colour)
            raw_colour = QColor(colour)
            raw_colour.setAlpha(140)
            p.fillRect(QRectF(label_w, y + row_h - 6, bar_w * self._raw[i], 3), raw_colour.darker())
            p.drawText(
                QRectF(label_w + bar_w + 4, y, 44, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                f"{self._smoothed[i]:.0%}",
            )
        p.end()


class MoodTimeline(pg.PlotWidget):  # type: ignore[misc]
    """Smoothed probability of every emotion over the last minute or the whole session.

    Points are appended per frame but the curves are redrawn by the owner's timer (a few
    times a second) so plotting never competes with the preview. The x axis is "seconds
    ago" (minutes for a long session) and moves only when the span grows, so a redraw
    replaces the curves and nothing else.
    """

    MAX_POINTS = 600
    """Points kept per curve: redraw cost stays flat however long the session."""

    def __init__(
        self, span: TimelineSpan = TimelineSpan.MINUTE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent, background=None)
        self._t: deque[float] = deque()
        self._p: deque[tuple[float, ...]] = deque()
        self._dirty = False
        self._shown_range: tuple[float, str] | None = None  # (left edge, unit) on show
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setYRange(0, 1, padding=0.02)
        self.setMinimumHeight(90)
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self._curves = [
            self.plot(pen=pg.mkPen(EMOTION_COLOURS[e], width=2), name=e.value) for e in EMOTIONS
        ]
        self.span = span
        self._spacing = self._min_spacing()
        self._dirty = True
        self.redraw()  # the empty span's axis, not pyqtgraph's default 0 … 1

    MINUTE_S = 60.0

    def _min_spacing(self) -> float:
        """Seconds between kept points: the minute at full resolution; a session starts
        at 0.1 s and halves its resolution each time it fills up."""
        return self.MINUTE_S / self.MAX_POINTS

    def set_span(self, span: TimelineSpan) -> None:
        """Show the last minute or the whole session (points older than a minute are only
        kept while the session span is on)."""
        self.span = span
        if span is TimelineSpan.MINUTE and self._t:
            newest = self._t[-1]
            while self._t[0] < newest - self.MINUTE_S:
                self._t.popleft()
                self._p.popleft()
        self._spacing = self._min_spacing() if span is TimelineSpan.MINUTE else self._spacing
        self._shown_range = None
        self._dirty = True

    def add(self, t: float, smoothed: tuple[float, ...]) -> None:
        """Append one point; old points beyond the span are dropped or thinned out."""
        if self._t and t < self._t[-1]:  # a new source restarted its clock
            self.clear_points()
        if self._t and t - self._t[-1] < self._spacing:
            return  # closer than the plot can show: the smoothed curve is smooth anyway
        self._t.append(t)
        self._p.append(smoothed)
        if self.span is TimelineSpan.MINUTE:
            while self._t and self._t[0] < t - self.MINUTE_S:
                self._t.popleft()
                self._p.popleft()
        elif len(self._t) > self.MAX_POINTS:  # keep every other point, the newest included
            keep = range(len(self._t) - 1, -1, -2)
            self._t = deque(self._t[i] for i in reversed(keep))
            self._p = deque(self._p[i] for i in reversed(keep))
            self._spacing *= 2
        self._dirty = True

    def clear_points(self) -> None:
        """Forget every point (a new source)."""
        self._t.clear()
        self._p.clear()
        self._spacing = self._min_spacing()
        self._shown_range = None
        self._dirty = True

    def __len__(self) -> int:
        return len(self._t)

    def redraw(self) -> None:
        """Redraw the curves if points were added since the last redraw."""
        if not self._dirty:
            return
        self._dirty = False
        t = np.fromiter(self._t, dtype=np.float64)
        t = t - t[-1] if t.size else t
        # Empty (before the first frame): the whole span, as it will fill up.
        oldest = -max(
            self.MINUTE_S if self.span is TimelineSpan.MINUTE else 10.0, -t[0] if t.size else 0
        )
        unit = "min" if oldest < -3 * self.MINUTE_S else "s"
        scale = self.MINUTE_S if unit == "min" else 1.0
        p = np.asarray(self._p, dtype=np.float64).reshape(len(t), len(self._curves))
        for i, curve in enumerate(self._curves):
            curve.setData(t / scale, p[:, i])
        shown = self._shown_range
        # Move the axis only when the span outgrew it (by 10 %): its ticks are costly.
        if shown is None or shown[1] != unit or oldest < shown[0]:
            left = oldest * (1.0 if self.span is TimelineSpan.MINUTE else 1.1)
            self._shown_range = (left, unit)
            self.setXRange(left / scale, 0.0, padding=0)
            self._label_axis()

    def _label_axis(self) -> None:
        unit = self._shown_range[1] if self._shown_range is not None else "s"
        self.setLabel("bottom", self.tr("minutes ago") if unit == "min" else self.tr("seconds ago"))

    def retranslate(self) -> None:
        """Axis labels in the current language."""
        self._label_axis()


class TimelineBox(QGroupBox):
    """The mood timeline with its legend, an honest title and the choice of span."""

    span_changed = Signal(object)
    """A :class:`~facemood.settings.TimelineSpan` the user chose."""

    def __init__(self, span: TimelineSpan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = MoodTimeline(span)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.span_combo = QComboBox()
        # Combo data are the Enum values (Qt keeps a StrEnum as a plain str anyway).
        for choice in TimelineSpan:
            self.span_combo.addItem("", choice.value)
        self.span_combo.setCurrentIndex(self.span_combo.findData(span.value))
        self.span_combo.currentIndexChanged.connect(self._on_span)
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.span_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.timeline, 1)
        self.retranslate()

    def _on_span(self, index: int) -> None:
        span = TimelineSpan(self.span_combo.itemData(index))
        self.timeline.set_span(span)
        self.timeline.redraw()
        self._title()
        self.span_changed.emit(span)

    def _title(self) -> None:
        self.setTitle(
            self.tr("Mood over the last minute")
            if self.timeline.span is TimelineSpan.MINUTE
            else self.tr("Mood since this source started")
        )

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._title()
        self.span_combo.setItemText(0, self.tr("last minute"))
        self.span_combo.setItemText(1, self.tr("this session"))
        self.legend.setText(
            "&nbsp; ".join(
                f'<span style="color:{EMOTION_COLOURS[e]}">&#9632;</span>&nbsp;'
                + html.escape(emotion_name(e))
                for e in EMOTIONS
            )
        )
        self.timeline.retranslate()


class MoodBox(QGroupBox):
    """The mood in words, why this music plays, the neutral choice and the manual lock.

    Shows what the stage and the session decided; emits what the user asks for.
    """

    override_requested = Signal(object)
    """A :class:`MusicMood` to lock the music to, or None to follow the face again."""
    neutral_choice_changed = Signal(object)
    """The :class:`NeutralChoice` the user picked."""

    def __init__(self, neutral: NeutralChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = heading_label("moodWord", 1.8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.override_label = QLabel()
        self.override_combo = QComboBox()
        # Combo data are the Enum values (Qt keeps a StrEnum as a plain str anyway).
        self.override_combo.addItem("", "")
        for mood in MusicMood:
            self.override_combo.addItem("", mood.value)
        self.resume_button = QPushButton()
        self.resume_button.setEnabled(False)
        # Always there (not only while neutral), so the panel never shifts.
        self.neutral_label = QLabel()
        self.neutral_combo = QComboBox()
        for choice in NeutralChoice:
            self.neutral_combo.addItem("", choice.value)
        self.neutral_combo.setCurrentIndex(self.neutral_combo.findData(neutral.value))
        self.neutral_row = QWidget()
        nl = QHBoxLayout(self.neutral_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.neutral_label)
        nl.addWidget(self.neutral_combo, 1)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override_label)
        override_row.addWidget(self.override_combo, 1)
        override_row.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.word)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.neutral_row)
        layout.addLayout(override_row)
        self._emotion: Emotion | None = None
        self._state = MusicState()
        self.override_combo.currentIndexChanged.connect(self._on_override)
        self.resume_button.clicked.connect(lambda: self.override_requested.emit(None))
        self.neutral_combo.currentIndexChanged.connect(
            lambda i: self.neutral_choice_changed.emit(
                NeutralChoice(self.neutral_combo.itemData(i))
            )
        )
        self.retranslate()

    def _on_override(self, index: int) -> None:
        data = self.override_combo.itemData(index)
        self.override_requested.emit(MusicMood(data) if data else None)

    def show_mood(self, emotion: Emotion | None, state: MusicState) -> None:
        """Show the face's (or photo's) emotion and what the music session does about it."""
        self._emotion, self._state = emotion, state
        # Name the music only once the session chose it for this very emotion.
        music = state.target if state.emotion is emotion else None
        if state.override is not None:
            self.word.setText(music_mood_name(state.override).capitalize())
            self.message.setText(mood_message(None, state.override))
        elif emotion is None:
            self.word.setText(self.tr("…"))
            self.message.setText(mood_message(None, None))
        else:
            self.word.setText(emotion_name(emotion).capitalize())
            self.message.setText(mood_message(emotion, music))
        self.note.setText(state.note)
        self.note.setVisible(bool(state.note))
        self.override_combo.blockSignals(True)
        override = state.override.value if state.override is not None else ""
        self.override_combo.setCurrentIndex(max(0, self.override_combo.findData(override)))
        self.override_combo.blockSignals(False)
        self.resume_button.setEnabled(state.override is not None)
        self.neutral_row.setEnabled(state.override is None)

    def set_neutral_choice(self, choice: NeutralChoice) -> None:
        """Show ``choice`` (from the settings) without reporting it back."""
        self.neutral_combo.blockSignals(True)
        self.neutral_combo.setCurrentIndex(max(0, self.neutral_combo.findData(choice.value)))
        self.neutral_combo.blockSignals(False)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Your mood"))
        self.override_label.setText(self.tr("Music:"))
        self.override_combo.setItemText(0, self.tr("follow my face"))
        for i in range(1, self.override_combo.count()):
            mood = MusicMood(self.override_combo.itemData(i))
            self.override_combo.setItemText(i, music_mood_name(mood))
        self.resume_button.setText(self.tr("Resume auto"))
        self.neutral_label.setText(self.tr("When neutral, play:"))
        neutral_texts = {
            NeutralChoice.CALM: self.tr("calm"),
            NeutralChoice.ENERGETIC: self.tr("energetic (focus)"),
            NeutralChoice.KEEP: self.tr("keep current"),
        }
        for i in range(self.neutral_combo.count()):
            choice = NeutralChoice(self.neutral_combo.itemData(i))
            self.neutral_combo.setItemText(i, neutral_texts[choice])
        self.show_mood(self._emotion, self._state)
