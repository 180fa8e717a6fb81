"""Fixtures for the library tests; the helpers themselves live in ``audio_helpers``."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("av", reason="PyAV encodes the test audio (pip install av)")

from tests.library.audio_helpers import MakeAudio, encode, write_tags


@pytest.fixture
def make_audio() -> MakeAudio:
    """``make_audio(path, seconds=0.3, **tags)``: encode a real file and tag it natively."""

    def make(path: Path, seconds: float = 0.3, **tags: str) -> Path:
        encode(path, seconds)
        if tags:
            write_tags(path, **tags)
        return path

    return make
