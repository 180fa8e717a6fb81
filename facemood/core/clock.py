"""An injectable monotonic clock.

Everything that measures elapsed time (the camera's reconnect back-off, live frame
timestamps, the mood engine's dwell and away timers) takes a :class:`Clock` so tests can
drive time by hand (see ``tests/helpers/clock.py``) instead of sleeping.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """A source of monotonic time in seconds."""

    def now(self) -> float:
        """Seconds from an arbitrary fixed origin; never goes backwards."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block for ``seconds`` (a fake clock just advances)."""
        ...


class MonotonicClock:
    """The real clock: :func:`time.monotonic` and :func:`time.sleep`."""

    def now(self) -> float:
        """Seconds from :func:`time.monotonic`."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Sleep for ``seconds`` (negative values are treated as zero)."""
        time.sleep(max(0.0, seconds))


SYSTEM_CLOCK: Clock = MonotonicClock()
"""The shared real clock; pass a fake in tests."""
