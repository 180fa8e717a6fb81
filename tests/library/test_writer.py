"""tag_file: native field, lossless, atomic, refuses bad files untouched."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import mutagen
import pytest

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.library import tag_file
from facemood.library.formats import BadFileError, FileProblem, FLACFormat, read_info
from tests.library.audio_helpers import (
    TAGGABLE,
    MakeAudio,
    add_rich_tags,
    audio_packets,
    encode,
    tag_snapshot,
)

NATIVE_FIELD = {
    "mp3": "TMOO",
    "wav": "TMOO",
    "aiff": "TMOO",
    "flac": "MOOD",
    "oga": "MOOD",
    "ogg": "MOOD",
    "opus": "MOOD",
    "m4a": "----:com.apple.iTunes:MOOD",
    "wma": "WM/Mood",
    "wv": "Mood",
}


@pytest.mark.parametrize("kind", TAGGABLE)
def test_tagging_is_lossless(kind: str, tmp_path: Path) -> None:
    path = encode(tmp_path / f"song.{kind}")
    add_rich_tags(path)
    before_tags = tag_snapshot(path)
    before_audio = audio_packets(path)
    assert len(before_tags) >= 5

    assert tag_file(path, "Chill") is MusicMood.CALM
    assert read_info(path).moods == ("calm",)
    assert tag_snapshot(path) == before_tags
    assert audio_packets(path) == before_audio

    tag_file(path, MusicMood.AGGRESSIVE)  # overwrite, not append
    assert read_info(path).moods == ("aggressive",)
    assert tag_snapshot(path) == before_tags
    assert audio_packets(path) == before_audio
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left


@pytest.mark.parametrize("kind", TAGGABLE)
def test_untagged_file_gets_tags(kind: str, tmp_path: Path) -> None:
    path = encode(tmp_path / f"bare.{kind}")
    before_audio = audio_packets(path)
    tag_file(path, "happy")
    raw = mutagen.File(str(path)).tags
    assert NATIVE_FIELD[kind] in raw
    assert audio_packets(path) == before_audio


def test_id3_is_saved_as_v24_and_txxx_kept_in_step(tmp_path: Path, make_audio: MakeAudio) -> None:
    path = make_audio(tmp_path / "a.mp3", mood_txxx="happy")
    tag_file(path, "sad")
    tags: Any = mutagen.File(str(path)).tags
    assert tags.version == (2, 4, 0)
    assert tags["TMOO"].text == ["sad"]
    assert tags["TXXX:MOOD"].text == ["sad"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("zero.mp3", b"", FileProblem.EMPTY),
        ("text.mp3", b"just some text\n" * 20, FileProblem.NOT_AUDIO),
    ],
)
def test_refuses_bad_files_untouched(
    name: str, content: bytes, problem: FileProblem, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BadFileError) as caught:
        tag_file(path, "happy")
    assert caught.value.problem is problem
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_refuses_truncated_and_unsupported_untouched(tmp_path: Path) -> None:
    full = encode(tmp_path / "full.flac").read_bytes()
    cut = tmp_path / "cut.flac"
    cut.write_bytes(full[:200])
    aac = encode(tmp_path / "raw.aac")
    aac_bytes = aac.read_bytes()
    with pytest.raises(BadFileError) as caught:
        tag_file(cut, "happy")
    assert caught.value.problem is FileProblem.TRUNCATED
    assert cut.read_bytes() == full[:200]
    with pytest.raises(BadFileError, match="cannot carry a mood") as caught:
        tag_file(aac, "happy")
    assert caught.value.problem is FileProblem.UNSUPPORTED
    assert aac.read_bytes() == aac_bytes


def test_refuses_unknown_mood_and_missing_file(tmp_path: Path) -> None:
    path = encode(tmp_path / "a.ogg")
    with pytest.raises(LibraryError, match="Unknown mood"):
        tag_file(path, "sleepy")
    with pytest.raises(LibraryError, match="no such file"):
        tag_file(tmp_path / "missing.ogg", "happy")
    (tmp_path / "d.mp3").mkdir()
    with pytest.raises(LibraryError):
        tag_file(tmp_path / "d.mp3", "happy")


def test_unicode_path(tmp_path: Path) -> None:
    path = encode(tmp_path / "ÄÖÜ ♫" / "naïve 曲.opus")
    tag_file(path, "energetic")
    assert read_info(path).moods == ("energetic",)


def _raw_id3(path: Path) -> dict[str, str]:
    """Every ID3 frame as the file stores it (no v2.3 -> v2.4 translation on reading)."""
    tags: Any = mutagen.id3.ID3(str(path), translate=False)
    return {key: repr(tags[key]) for key in tags}


@pytest.mark.parametrize("existing", [None, "Happy"])
def test_id3v23_file_stays_v23_and_gets_txxx_mood(existing: str | None, tmp_path: Path) -> None:
    path = encode(tmp_path / "old.mp3")
    frames: Any = mutagen.id3
    tags = frames.ID3()
    tags.add(frames.TIT2(encoding=1, text=["Old Title"]))
    tags.add(frames.TYER(encoding=1, text=["1999"]))
    tags.add(frames.TSIZ(encoding=0, text=["123456"]))  # v2.3 only: a v2.4 save drops it
    if existing is not None:
        tags.add(frames.TXXX(encoding=1, desc="MOOD", text=[existing]))
    tags.save(str(path), v2_version=3)
    before = _raw_id3(path)
    before.pop("TXXX:MOOD", None)
    before_audio = audio_packets(path)

    tag_file(path, "calm")
    assert frames.ID3(str(path)).version == (2, 3, 0)
    after = _raw_id3(path)
    assert "TMOO" not in after
    assert mutagen.id3.ID3(str(path))["TXXX:MOOD"].text == ["calm"]
    after.pop("TXXX:MOOD")
    assert after == before  # TYER and TSIZ kept, nothing translated
    assert audio_packets(path) == before_audio
    assert read_info(path).moods == ("calm",)


def test_symlink_tags_the_real_file(tmp_path: Path) -> None:
    real = encode(tmp_path / "real.flac")
    link = tmp_path / "link.flac"
    link.symlink_to(real)
    tag_file(link, "sad")
    assert link.is_symlink()
    assert read_info(real).moods == ("sad",)


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "not enough free space — nothing was changed"),
        (errno.EDQUOT, "your disk quota is used up — nothing was changed"),
    ],
)
def test_a_disk_that_refuses_the_write_is_not_called_damage(
    code: int, says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mutagen wraps the OSError of a write that ran out of room; the half-written file is
    put back and the message blames the disk, not the file (ENOSPC itself runs as a real
    process on a full tmpfs in the hostile suite; a quota cannot be set up in a test)."""
    path = encode(tmp_path / "song.flac")
    before = path.read_bytes()

    def half_written(self: Any, value: str) -> None:
        with open(self.path, "r+b") as fh:
            fh.seek(len(before) // 2)
            fh.write(b"\0" * 1000)  # what a write cut short leaves
        raise mutagen.MutagenError(OSError(code, os.strerror(code)))

    monkeypatch.setattr(FLACFormat, "_set_mood", half_written)
    with pytest.raises(LibraryError) as caught:
        tag_file(path, "calm")
    assert str(caught.value).startswith(f"Cannot tag song.flac: {says}: ")
    assert "damaged" not in str(caught.value) and str(path) in caught.value.detail
    assert path.read_bytes() == before
