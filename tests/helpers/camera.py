"""A scripted fake webcam for :class:`facemood.vision.sources.CameraSource` tests."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np


class FakeCapture:
    """Behaves like ``cv2.VideoCapture`` for a camera that may fail.

    Args:
        opened: whether opening succeeds.
        frames: how many frames it delivers before it "unplugs" (None: forever).
        period_s: real seconds each ``read`` blocks, like a camera's frame period.
    """

    def __init__(self, opened: bool, frames: int | None, period_s: float = 0.002) -> None:
        self._opened = opened
        self._left = frames
        self._period = period_s
        self.released = False
        self.props: dict[int, float] = {}
        self.delivered = 0

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        """Whether the fake device opened."""
        return self._opened and not self.released

    def read(self) -> tuple[bool, Any]:
        """A grey frame whose first pixel counts the frames; fails once unplugged."""
        time.sleep(self._period)
        if not self.isOpened() or self._left == 0:
            return False, None
        if self._left is not None:
            self._left -= 1
        frame = np.full((48, 64, 3), 100, dtype=np.uint8)
        frame[0, 0, 0] = self.delivered % 256
        self.delivered += 1
        return True, frame

    def release(self) -> None:
        """Close the fake device."""
        self.released = True

    def set(self, prop: int, value: float) -> bool:
        """Record a property."""
        self.props[prop] = value
        return True

    def get(self, prop: int) -> float:
        """A recorded property (0 if never set)."""
        return self.props.get(prop, 0.0)


class FlakyCamera:
    """A capture factory following a script of connection attempts.

    Each entry of ``script`` describes one attempt to open the camera: ``None`` means
    the open fails; an int ``n`` means it opens and delivers ``n`` frames, then stops
    (as if unplugged); ``-1`` means it delivers frames forever. After the script runs out
    every open fails.
    """

    def __init__(self, script: list[int | None], period_s: float = 0.002) -> None:
        self.script = list(script)
        self.period_s = period_s
        self.opened: list[FakeCapture] = []
        self.attempts = 0
        self._lock = threading.Lock()

    def __call__(self, index: int) -> FakeCapture:
        """Open 'camera' ``index`` according to the script."""
        with self._lock:
            self.attempts += 1
            step = self.script.pop(0) if self.script else None
        if step is None:
            return FakeCapture(False, 0, self.period_s)
        cap = FakeCapture(True, None if step < 0 else step, self.period_s)
        self.opened.append(cap)
        return cap
