"""The injectable clock."""

from __future__ import annotations

from facemood.core.clock import SYSTEM_CLOCK, MonotonicClock
from tests.helpers.clock import FakeClock


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    a = clock.now()
    clock.sleep(0.001)
    clock.sleep(-1.0)  # negative sleeps are ignored, not an error
    assert clock.now() >= a + 0.001
    assert isinstance(SYSTEM_CLOCK.now(), float)


def test_fake_clock_advances_only_when_told() -> None:
    clock = FakeClock(10.0)
    assert clock.now() == 10.0
    clock.sleep(2.0)
    clock.advance(0.5)
    assert clock.now() == 12.5
    assert clock.sleeps == [2.0]
