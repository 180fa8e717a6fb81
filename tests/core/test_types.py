"""FaceBox geometry."""

from __future__ import annotations

import pytest

from facemood.core.types import FaceBox


@pytest.mark.parametrize(
    ("a", "b", "iou"),
    [
        (FaceBox(0, 0, 10, 10), FaceBox(0, 0, 10, 10), 1.0),
        (FaceBox(0, 0, 10, 10), FaceBox(10, 0, 10, 10), 0.0),  # touching edges
        (FaceBox(0, 0, 10, 10), FaceBox(50, 50, 5, 5), 0.0),
        (FaceBox(0, 0, 10, 10), FaceBox(5, 0, 10, 10), 50 / 150),
        (FaceBox(0, 0, 10, 10), FaceBox(2, 2, 5, 5), 25 / 100),  # one inside the other
        (FaceBox(0, 0, 0, 0), FaceBox(0, 0, 0, 0), 0.0),
    ],
)
def test_iou(a: FaceBox, b: FaceBox, iou: float) -> None:
    assert a.iou(b) == pytest.approx(iou)
    assert b.iou(a) == pytest.approx(iou)
