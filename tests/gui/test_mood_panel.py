"""The mood timeline's axis: seconds ago over the whole span, before and after frames."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facemood.core.choices import TimelineSpan
from facemood.core.types import EMOTIONS
from facemood.gui.mood_panel import MoodTimeline


def _x_range(timeline: MoodTimeline) -> list[float]:
    return [float(v) for v in timeline.getPlotItem().viewRange()[0]]


def _label(timeline: MoodTimeline) -> str:
    return str(timeline.getPlotItem().getAxis("bottom").labelText)


@pytest.mark.parametrize(
    ("span", "left"), [(TimelineSpan.MINUTE, -60.0), (TimelineSpan.SESSION, -11.0)]
)
def test_the_empty_timeline_shows_its_span_in_seconds_ago(
    qtbot: QtBot, span: TimelineSpan, left: float
) -> None:
    timeline = MoodTimeline(span)
    qtbot.addWidget(timeline)
    # Before the first frame: the span that will fill up, not pyqtgraph's 0 ... 1.
    assert _x_range(timeline) == pytest.approx([left, 0.0])
    assert _label(timeline) == "seconds ago"
    flat = tuple(1 / len(EMOTIONS) for _ in EMOTIONS)
    for i in range(15):  # 7 s: within either span
        timeline.add(i * 0.5, flat)
    timeline.redraw()
    assert _x_range(timeline) == pytest.approx([left, 0.0])
    timeline.clear_points()  # a new source
    timeline.redraw()
    assert len(timeline) == 0
    assert _x_range(timeline) == pytest.approx([left, 0.0])
    assert _label(timeline) == "seconds ago"
