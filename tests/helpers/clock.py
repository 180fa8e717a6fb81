"""A hand-driven clock for tests."""

from __future__ import annotations


class FakeClock:
    """A :class:`facemood.core.clock.Clock` whose time only moves when told to.

    ``sleep`` advances the time instantly and records the requested durations, so
    back-off schedules can be asserted without waiting.
    """

    def __init__(self, start: float = 0.0) -> None:
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        """The current fake time."""
        return self.t

    def sleep(self, seconds: float) -> None:
        """Record ``seconds`` and advance by it."""
        self.sleeps.append(seconds)
        self.t += max(0.0, seconds)

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        self.t += seconds
