"""One player fixture per backend, so every behaviour test runs against vlc and null."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facemood.playback import Player, PlayerError
from facemood.playback.null_backend import NullPlayer
from tests.helpers.audio import write_wav


@pytest.fixture(scope="session")
def wavs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Real WAV files: ``long`` (6 s), ``other`` (6 s, another tone), ``short`` (1.6 s).

    libVLC with the dummy output reports the end about 1 s early, so "short" ends after
    roughly 0.6 s there and after 1.6 s on the null backend.
    """
    root = tmp_path_factory.mktemp("wavs")
    return {
        "long": write_wav(root / "long.wav", 6.0, 440.0),
        "other": write_wav(root / "other ünïcode.wav", 6.0, 660.0),
        "short": write_wav(root / "short.wav", 1.6, 550.0),
    }


def make_player(name: str) -> Player:
    """A fresh player of backend ``name``, silent (libVLC's dummy output)."""
    if name == "null":
        return NullPlayer(volume=80)
    from facemood.playback.vlc_backend import VlcPlayer

    try:
        return VlcPlayer(volume=80, aout="dummy")
    except PlayerError as exc:  # pragma: no cover - machines without libVLC
        pytest.skip(f"libVLC unavailable: {exc}")


@pytest.fixture(params=["vlc", "null"])
def player(request: pytest.FixtureRequest) -> Iterator[Player]:
    """Each backend in turn; closed after the test."""
    p = make_player(request.param)
    yield p
    p.close()
