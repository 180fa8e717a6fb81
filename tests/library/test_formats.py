"""Reading each real format, and telling broken files apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from facemood.core.types import MusicMood
from facemood.library import formats
from facemood.library.formats import BadFileError, FileProblem, read_cover, read_info
from facemood.library.moods import parse_mood
from tests.library.audio_helpers import (
    ENCODERS,
    PNG_1PX,
    TAGGABLE,
    MakeAudio,
    add_rich_tags,
    encode,
    write_tags,
)


@pytest.mark.parametrize("kind", TAGGABLE)
def test_reads_mood_and_metadata(kind: str, tmp_path: Path, make_audio: MakeAudio) -> None:
    path = make_audio(
        tmp_path / f"song.{kind}", mood="Chill", title="T ♪", artist="A", album="B", genre="G"
    )
    info = read_info(path)
    assert info.moods == ("Chill",)
    assert parse_mood(info.moods) is MusicMood.CALM
    assert (info.title, info.artist, info.album, info.genre) == ("T ♪", "A", "B", "G")
    assert info.duration is not None
    assert 0.2 < info.duration < 0.5


def test_raw_aac_has_duration_but_no_tags(tmp_path: Path) -> None:
    info = read_info(encode(tmp_path / "x.aac"))
    assert info.format == "AAC"
    assert info.moods == ()
    assert not formats.AACFormat.can_write_mood()


def test_id3_txxx_mood_is_read_after_tmoo(tmp_path: Path, make_audio: MakeAudio) -> None:
    path = make_audio(tmp_path / "a.mp3", mood_txxx="Angry")
    assert read_info(path).moods == ("Angry",)
    write_tags(path, mood="Happy")
    assert read_info(path).moods == ("Happy", "Angry")


@pytest.mark.parametrize("kind", ["mp3", "flac", "ogg", "opus", "m4a", "wv"])
def test_cover_art(kind: str, tmp_path: Path) -> None:
    path = encode(tmp_path / f"a.{kind}")
    assert read_cover(path) is None
    assert not read_info(path).has_cover
    add_rich_tags(path)
    cover = read_cover(path)
    assert cover is not None
    assert cover.data == PNG_1PX
    assert read_info(path).has_cover


def test_misnamed_file_opens_by_content(tmp_path: Path) -> None:
    flac = encode(tmp_path / "a.flac")
    renamed = flac.rename(tmp_path / "really-flac.mp3")
    assert read_info(renamed).format == "FLAC"
    ogg_opus = encode(tmp_path / "b.opus").rename(tmp_path / "b.ogg")
    assert read_info(ogg_opus).format == "Opus"


def test_unicode_path(tmp_path: Path, make_audio: MakeAudio) -> None:
    path = make_audio(tmp_path / "Müsik 音楽" / "ünïcödé ☺.flac", mood="happy")
    assert read_info(path).moods == ("happy",)


def _problem(path: Path) -> FileProblem:
    with pytest.raises(BadFileError) as caught:
        read_info(path)
    assert caught.value.message
    return caught.value.problem


def test_broken_files_have_specific_reasons(tmp_path: Path) -> None:
    (tmp_path / "zero.mp3").write_bytes(b"")
    assert _problem(tmp_path / "zero.mp3") is FileProblem.EMPTY
    (tmp_path / "text.mp3").write_text("not music at all\n" * 20)
    assert _problem(tmp_path / "text.mp3") is FileProblem.NOT_AUDIO
    (tmp_path / "x.mp3").mkdir()
    assert _problem(tmp_path / "x.mp3") is FileProblem.UNREADABLE


@pytest.mark.parametrize(("kind", "keep"), [("flac", 200), ("mp3", 40), ("m4a", 0.5)])
def test_truncated(kind: str, keep: float, tmp_path: Path, make_audio: MakeAudio) -> None:
    source = make_audio(tmp_path / f"full.{kind}", mood="happy")
    data = source.read_bytes()
    cut = tmp_path / f"cut.{kind}"
    cut.write_bytes(data[: int(keep * len(data)) if keep < 1 else int(keep)])
    assert _problem(cut) is FileProblem.TRUNCATED


def test_every_encoder_kind_is_registered() -> None:
    for kind in ENCODERS:
        assert f".{kind}" in formats.AUDIO_EXTENSIONS


@pytest.mark.parametrize("kind", sorted(ENCODERS))
def test_content_sniffing_matches_each_formats_declared_family(kind: str, tmp_path: Path) -> None:
    path = encode(tmp_path / f"a.{kind}")
    fmt = formats.format_for_extension(path)
    assert fmt is not None
    header = path.read_bytes()[:16]
    assert formats.sniff(header) == fmt.family
    assert [f for f in formats.FORMATS if f.sniffs(header)] == [
        f for f in formats.FORMATS if f.family == fmt.family
    ]
