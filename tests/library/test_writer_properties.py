"""Property: whatever tags a file has, tagging it changes the mood and nothing else."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

import mutagen
import mutagen.apev2
import mutagen.id3
import mutagen.mp4
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facemood.core.types import MusicMood
from facemood.library import tag_file
from facemood.library.formats import read_info
from tests.library.audio_helpers import TAGGABLE, audio_packets, encode, tag_snapshot, write_tags

id3: Any = mutagen.id3
mp4: Any = mutagen.mp4

_ID3_KINDS = ("mp3", "wav", "aiff")

_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
_fields = st.dictionaries(st.sampled_from(("title", "artist", "album", "genre", "comment")), _text)
_custom = st.dictionaries(
    st.from_regex(r"[A-Z][A-Z0-9]{1,8}", fullmatch=True).filter(lambda k: k != "MOOD"),
    _text.filter(bool),
    max_size=3,
)


def _add_custom(path: Path, kind: str, custom: dict[str, str], old_mood: str | None) -> None:
    """Free-form tags under random keys, and maybe a mood already there, natively."""
    f: Any = mutagen.File(str(path))
    if f.tags is None:
        f.add_tags()
    tags = f.tags
    if kind in _ID3_KINDS:
        for key, value in custom.items():
            tags.add(id3.TXXX(encoding=3, desc=key, text=[value]))
        if old_mood is not None:
            tags.add(id3.TMOO(encoding=3, text=[old_mood]))
        f.save(v2_version=4)
        return
    if old_mood is not None:
        custom = {**custom, "MOOD": old_mood}
    for key, value in custom.items():
        if kind == "m4a":
            tags[f"----:com.apple.iTunes:{key}"] = [mp4.MP4FreeForm(value.encode())]
        elif kind == "wv":
            tags[key.capitalize()] = value
        elif kind == "wma":
            tags["WM/Mood" if key == "MOOD" else key] = [value]
        else:
            tags[key] = [value]
    f.save()


def _to_v23(path: Path) -> None:
    f: Any = mutagen.File(str(path))
    f.tags.update_to_v23()
    f.save(v2_version=3)


def _id3_version(path: Path) -> tuple[int, int, int]:
    f: Any = mutagen.File(str(path))
    return tuple(f.tags.version)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One freshly encoded file per kind, copied for every example."""
    root = tmp_path_factory.mktemp("templates")
    return {kind: encode(root / f"t.{kind}", seconds=0.1) for kind in TAGGABLE}


@pytest.mark.parametrize("kind", TAGGABLE)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    fields=_fields,
    custom=_custom,
    old_mood=st.none() | _text.filter(bool),
    mood=st.sampled_from(list(MusicMood)),
    v23=st.booleans(),
)
def test_tagging_changes_only_the_mood(
    kind: str,
    templates: dict[str, Path],
    fields: dict[str, str],
    custom: dict[str, str],
    old_mood: str | None,
    mood: MusicMood,
    v23: bool,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"song.{kind}"
        shutil.copyfile(templates[kind], path)
        if fields:
            write_tags(path, **fields)
        _add_custom(path, kind, custom, old_mood)
        if kind in _ID3_KINDS and v23:
            _to_v23(path)
        version = _id3_version(path) if kind in _ID3_KINDS else None
        before = tag_snapshot(path)
        audio = hashlib.md5(b"".join(audio_packets(path))).hexdigest()

        tag_file(path, mood)

        assert read_info(path).moods[0] == mood.value
        assert tag_snapshot(path) == before
        assert hashlib.md5(b"".join(audio_packets(path))).hexdigest() == audio
        if version is not None:
            assert _id3_version(path) == version
