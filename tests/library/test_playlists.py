"""M3U8 export, read back by the scanner's own reader, by hand, and by libVLC."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from facemood.cli import main
from facemood.core.types import MusicMood
from facemood.library import MoodSource, Track, scan_library
from facemood.library.playlists import export_mood_playlists, m3u8_text, write_playlist
from facemood.library.scanner import read_m3u
from tests.helpers.waiting import wait_until
from tests.library.audio_helpers import MakeAudio


def _track(path: Path, mood: MusicMood | None, **kw: object) -> Track:
    fields: dict[str, object] = {
        "mood_source": MoodSource.TAG if mood else None,
        "raw_mood": None,
        "title": None,
        "artist": None,
        "album": None,
        "duration": None,
    } | kw
    return Track(path=path, mood=mood, **fields)  # type: ignore[arg-type]


def test_format_relative_paths_and_extinf(tmp_path: Path) -> None:
    music, out = tmp_path / "music", tmp_path / "lists"
    tracks = [
        _track(
            music / "Sub Dir" / "Ünï.flac",
            MusicMood.CALM,
            title="Tïtle",
            artist="Ärtist",
            duration=241.6,
        ),
        _track(music / "b.mp3", MusicMood.CALM, duration=None),
        _track(music / "c.ogg", MusicMood.CALM, title="Two\nlines", duration=3.2),
    ]
    path = write_playlist(out / "calm.m3u8", tracks)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM
    assert raw.decode("utf-8").splitlines() == [
        "#EXTM3U",
        "#EXTINF:242,Ärtist - Tïtle",
        "../music/Sub Dir/Ünï.flac",
        "#EXTINF:-1,b",
        "../music/b.mp3",
        "#EXTINF:3,Two lines",
        "../music/c.ogg",
    ]
    assert read_m3u(path) == [
        os.path.join(out, "../music/Sub Dir/Ünï.flac"),
        os.path.join(out, "../music/b.mp3"),
        os.path.join(out, "../music/c.ogg"),
    ]
    assert [os.path.normpath(p) for p in read_m3u(path)] == [str(t.path) for t in tracks]


def test_every_mood_or_one(tmp_path: Path) -> None:
    tracks = [
        _track(tmp_path / "a.mp3", MusicMood.CALM),
        _track(tmp_path / "b.mp3", MusicMood.SAD),
        _track(tmp_path / "c.mp3", MusicMood.CALM),
        _track(tmp_path / "d.mp3", None),
    ]
    written = export_mood_playlists(tracks, tmp_path / "out")
    assert sorted(p.name for p in written.values()) == [
        "FaceMood - Calm.m3u8",
        "FaceMood - Sad.m3u8",
    ]
    calm = read_m3u(written[MusicMood.CALM])
    assert [Path(p).name for p in calm] == ["a.mp3", "c.mp3"]
    only = export_mood_playlists(tracks, tmp_path / "one", [MusicMood.SAD])
    assert list(only) == [MusicMood.SAD]


def test_exported_playlists_do_not_become_mood_sources(
    tmp_path: Path, make_audio: MakeAudio
) -> None:
    """A playlist written into the library is not read back as a "playlist" mood."""
    make_audio(tmp_path / "a.mp3")
    track = scan_library(tmp_path).tracks[0]
    calm = Track(**{**{f: getattr(track, f) for f in Track.__slots__}, "mood": MusicMood.CALM})
    export_mood_playlists([calm], tmp_path)
    again = scan_library(tmp_path)
    assert again.tracks[0].mood is None
    assert [s.path.name for s in again.skipped] == ["FaceMood - Calm.m3u8"]


def test_vlc_reads_the_playlist(tmp_path: Path, make_audio: MakeAudio) -> None:
    from facemood.errors import PlaybackError
    from facemood.playback.vlc_backend import DEFAULT_ARGS, load_vlc

    try:
        vlc = load_vlc()
    except PlaybackError as exc:
        pytest.skip(str(exc))
    instance = vlc.Instance([*DEFAULT_ARGS, "--aout=dummy"])
    if instance is None:
        pytest.skip("libVLC found no plugins")
    files = [
        make_audio(tmp_path / "music" / "Sub Dir" / "Ünï cödé.flac"),
        make_audio(tmp_path / "music" / "b.ogg"),
    ]
    tracks = [_track(f, MusicMood.HAPPY, title=f.stem, duration=0.3) for f in files]
    path = write_playlist(tmp_path / "out" / "happy.m3u8", tracks)
    media = instance.media_new_path(str(path))
    media.parse_with_options(vlc.MediaParseFlag.local, 5000)
    parsed = wait_until(lambda: media.get_parsed_status() == vlc.MediaParsedStatus.done)
    assert parsed, media.get_parsed_status()
    items = media.subitems()
    found = [items.item_at_index(i) for i in range(items.count())]
    assert [unquote(urlsplit(m.get_mrl()).path) for m in found] == [str(f) for f in files]
    assert [m.get_meta(vlc.Meta.Title) for m in found] == ["Ünï cödé", "b"]
    instance.release()


def test_export_command(
    tmp_path: Path, make_audio: MakeAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    make_audio(library / "Calm" / "a.ogg", title="A")
    make_audio(library / "b.mp3", mood="sad", artist="X", title="B")

    def export(out: Path, *more: str) -> int:
        return main(["library", "export-playlists", str(library), "--out", str(out), *more])

    out = tmp_path / "lists"
    assert export(out) == 0
    assert sorted(p.name for p in out.iterdir()) == ["FaceMood - Calm.m3u8", "FaceMood - Sad.m3u8"]
    text = (out / "FaceMood - Sad.m3u8").read_text(encoding="utf-8")
    assert text == "#EXTM3U\n#EXTINF:0,X - B\n../lib/b.mp3\n"
    assert "FaceMood - Calm.m3u8: 1 tracks" in capsys.readouterr().out
    one = tmp_path / "one"
    assert export(one, "--mood", "chill") == 0
    assert [p.name for p in one.iterdir()] == ["FaceMood - Calm.m3u8"]
    assert export(one, "--mood", "sleepy") == 2  # not a mood
    assert export(one, "--mood", "happy") == 1  # no happy tracks


def test_m3u8_text_is_plain() -> None:
    assert m3u8_text([], Path("/x")) == "#EXTM3U\n"
