"""Timing numbers for the report (printed with ``-s``; no timed assertions).

Measures, on real libVLC with the dummy output: time from ``play()`` to PLAYING for each
format of the demo library, and how long a faded switch takes from ``play(fade_s=...)``
to the new track's PLAYING.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from facemood.paths import resource_path
from facemood.playback import PlaybackState, PlayerError
from tests.helpers.audio import pump_until


@pytest.mark.slow
def test_time_to_playing_and_fade_switch() -> None:
    from facemood.playback.vlc_backend import VlcPlayer

    demo = sorted(p for p in Path(resource_path("music_library")).rglob("*") if p.suffix != ".py")
    files = [p for p in demo if p.is_file() and p.suffix.lower() != ".md"]
    if not files:
        pytest.skip("the demo library is not there")
    try:
        started = time.perf_counter()
        player = VlcPlayer(aout="dummy")
        instance_ms = (time.perf_counter() - started) * 1000
    except PlayerError as exc:  # pragma: no cover - machines without libVLC
        pytest.skip(f"libVLC unavailable: {exc}")
    with player:
        to_playing: dict[str, list[float]] = {}
        for path in files:
            started = time.perf_counter()
            player.play(path)
            assert pump_until(player, lambda: player.state is PlaybackState.PLAYING, timeout=5)
            to_playing.setdefault(path.suffix, []).append((time.perf_counter() - started) * 1000)
        switches = []
        for fade in (0.5, 1.5):
            player.play(files[0])
            assert pump_until(player, lambda: player.state is PlaybackState.PLAYING)
            started = time.perf_counter()
            player.play(files[1], fade_s=fade)
            assert pump_until(
                player,
                lambda: player.path == str(files[1]) and player.state is PlaybackState.PLAYING,
                timeout=fade + 5,
            )
            switches.append((fade, (time.perf_counter() - started) * 1000))
    print(f"\nlibVLC instance: {instance_ms:.0f} ms")
    for suffix, values in sorted(to_playing.items()):
        print(f"play() -> PLAYING {suffix:6} median {statistics.median(values):6.1f} ms")
    for fade, ms in switches:
        print(f"fade {fade:.1f} s switch -> new track PLAYING after {ms:.0f} ms")
