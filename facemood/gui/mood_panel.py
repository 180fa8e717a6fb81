"""Mood widgets: probability bars and the mood timeline."""

from __future__ import annotations

from collections import deque

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facemood.core.types import EMOTIONS, Emotion

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
        """Show new probabilities; None keeps the bars at zero."""
        self._raw = raw if raw is not None else (0.0,) * len(EMOTIONS)
        self._smoothed = smoothed if smoothed is not None else (0.0,) * len(EMOTIONS)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the bars."""
        from facemood.gui.texts import emotion_name

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
    """Smoothed probability of every emotion over the last few minutes.

    Points are appended per frame but the curves are redrawn by the owner's timer
    (a few times a second) so plotting never competes with the preview.
    """

    def __init__(self, span_s: float = 180.0, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background=None)
        self.span_s = span_s
        self._t: deque[float] = deque()
        self._p: deque[tuple[float, ...]] = deque()
        self._dirty = False
        self.setMouseEnabled(x=False, y=False)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.setYRange(0, 1, padding=0.02)
        self.setMinimumHeight(120)
        self.getPlotItem().showGrid(x=True, y=True, alpha=0.15)
        self._curves = [
            self.plot(pen=pg.mkPen(EMOTION_COLOURS[e], width=2), name=e.value) for e in EMOTIONS
        ]

    MAX_POINTS = 600
    """Points kept per curve over the whole span: redraw cost stays flat after minutes."""

    def add(self, t: float, smoothed: tuple[float, ...]) -> None:
        """Append one point; old points beyond the span are dropped."""
        if self._t and t < self._t[-1]:  # a new source restarted its clock
            self.clear_points()
        if self._t and t - self._t[-1] < self.span_s / self.MAX_POINTS:
            return  # closer than the plot can show: the smoothed curve is smooth anyway
        self._t.append(t)
        self._p.append(smoothed)
        while self._t and self._t[0] < t - self.span_s:
            self._t.popleft()
            self._p.popleft()
        self._dirty = True

    def clear_points(self) -> None:
        """Forget every point."""
        self._t.clear()
        self._p.clear()
        self._dirty = True

    def __len__(self) -> int:
        return len(self._t)

    def redraw(self) -> None:
        """Redraw the curves if points were added since the last redraw."""
        if not self._dirty:
            return
        self._dirty = False
        if not self._t:
            for curve in self._curves:
                curve.setData([], [])
            return
        t = np.fromiter(self._t, dtype=np.float64)
        t = t - t[-1]
        p = np.asarray(self._p, dtype=np.float64)
        for i, curve in enumerate(self._curves):
            curve.setData(t, p[:, i])
        self.setXRange(min(-10.0, float(t[0])), 0.0, padding=0)

    def retranslate(self) -> None:
        """Axis labels in the current language."""
        self.setLabel("bottom", self.tr("seconds ago"))
