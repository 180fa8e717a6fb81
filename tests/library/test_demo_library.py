"""The bundled demo library and the script that makes it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from facemood.core.types import MusicMood
from facemood.library import MoodSource, demo_library_dir, scan_library


def test_demo_library_has_three_tagged_pieces_per_mood() -> None:
    root = demo_library_dir()
    result = scan_library(root)
    groups = result.by_mood()
    for mood in MusicMood:
        assert len(groups[mood]) == 3, mood
    assert groups[None] == []
    assert all(t.mood_source is MoodSource.TAG for t in result.tracks)
    assert all(t.title and t.artist == "FaceMood Demo" for t in result.tracks)  # WAV: RIFF INFO
    assert all(t.duration is not None and 10 <= t.duration <= 25 for t in result.tracks)
    assert len({t.path.suffix for t in result.tracks}) >= 5  # several formats
    assert {s.reason.value for s in result.skipped} == {"not audio"}  # README, the script
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert size < 10 * 1024 * 1024


def test_make_demo_renders_every_mood(tmp_path: Path) -> None:
    script = demo_library_dir() / "make_demo.py"
    spec = importlib.util.spec_from_file_location("make_demo", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    dont_write = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # keep the shipped folder free of __pycache__
    sys.modules["make_demo"] = module  # dataclasses look their module up here
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = dont_write
        del sys.modules["make_demo"]
    assert module.main(["--out", str(tmp_path), "--seconds", "2", "--only", "-"]) == 0
    result = scan_library(tmp_path)
    assert result.skipped == ()
    assert {t.mood for t in result.tracks} == set(MusicMood)
