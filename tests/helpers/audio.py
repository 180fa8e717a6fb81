"""Short real audio files for playback tests, made with the stdlib ``wave`` module."""

from __future__ import annotations

import contextlib
import os
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from facemood.audio.store import AudioStore
from facemood.library.index import LibraryIndex
from facemood.playback.base import Player, PlayerEvent


def write_wav(path: Path, seconds: float, freq: float = 440.0, rate: int = 8000) -> Path:
    """Write a mono 16-bit sine tone of ``seconds`` to ``path`` and return it."""
    t = np.arange(int(rate * seconds)) / rate
    samples = (0.2 * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())
    return path


def pump_until(
    player: Player,
    predicate: Callable[[], bool],
    timeout: float = 5.0,
    seen: list[PlayerEvent] | None = None,
) -> bool:
    """Process ``player``'s events until ``predicate()`` holds or ``timeout`` passes.

    Events processed are appended to ``seen``. Returns whether the predicate held.
    """
    deadline = time.monotonic() + timeout
    while True:
        events = player.process_events()
        if seen is not None:
            seen.extend(events)
        if predicate():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)


def pump_for(player: Player, seconds: float, seen: list[PlayerEvent] | None = None) -> None:
    """Process ``player``'s events for ``seconds`` (appended to ``seen``): what happens
    meanwhile is seen, e.g. to check that a paused player stays paused."""
    deadline = time.monotonic() + seconds
    pump_until(player, lambda: time.monotonic() >= deadline, seconds + 1.0, seen)


@contextlib.contextmanager
def open_store(path: str | os.PathLike[str]) -> Iterator[AudioStore]:
    """An audio analysis store on its own library index at ``path`` (``":memory:"`` too)."""
    with LibraryIndex(path) as index:
        yield AudioStore(index)
