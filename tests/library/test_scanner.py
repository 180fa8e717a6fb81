"""Scanning a folder: mood sources, bad files, the every-file-once property, progress."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.library import (
    FileProblem,
    MoodSource,
    ScanProgress,
    ScanResult,
    Track,
    scan_library,
)
from facemood.library.moods import SUGGESTED_GENRE_MOODS
from tests.library.audio_helpers import ENCODERS, TAGGABLE, MakeAudio, encode


def _by_name(result: ScanResult) -> dict[str, Track]:
    return {result.relative(t.path): t for t in result.tracks}


def test_mood_sources_in_order(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "Happy" / "tagged.mp3", mood="Melancholy")  # tag beats folder
    make_audio(tmp_path / "calm" / "Sub Folder" / "deep.ogg")  # folder anywhere above
    make_audio(tmp_path / "Party" / "Sad" / "nested.flac")  # the deepest mood folder wins
    make_audio(tmp_path / "misc" / "listed.opus", genre="Metal")  # playlist beats genre
    make_audio(tmp_path / "misc" / "genre.m4a", genre="Ambient")
    make_audio(tmp_path / "misc" / "unknown.wav", mood="Dreamy")
    make_audio(tmp_path / "misc" / "plain.wma")
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "Energetic.m3u8").write_text(
        "#EXTM3U\n#EXTINF:1,x\n../misc/listed.opus\nhttp://example.com/stream\n",
        encoding="utf-8",
    )
    (tmp_path / "lists" / "road trip.m3u").write_text("../misc/plain.wma\n")

    result = scan_library(tmp_path, genre_moods=SUGGESTED_GENRE_MOODS)
    tracks = _by_name(result)

    def check(
        name: str, mood: MusicMood | None, source: MoodSource | None, raw: str | None
    ) -> None:
        track = tracks[name]
        assert (track.mood, track.mood_source, track.raw_mood) == (mood, source, raw), name

    check("Happy/tagged.mp3", MusicMood.SAD, MoodSource.TAG, "Melancholy")
    check("calm/Sub Folder/deep.ogg", MusicMood.CALM, MoodSource.FOLDER, "calm")
    check("Party/Sad/nested.flac", MusicMood.SAD, MoodSource.FOLDER, "Sad")
    check("misc/listed.opus", MusicMood.ENERGETIC, MoodSource.PLAYLIST, "Energetic")
    check("misc/genre.m4a", MusicMood.CALM, MoodSource.GENRE, "Ambient")
    check("misc/unknown.wav", None, None, "Dreamy")
    check("misc/plain.wma", None, None, None)
    # Without a genre mapping the genre source is off.
    assert _by_name(scan_library(tmp_path))["misc/genre.m4a"].mood is None


def test_playlist_with_absolute_and_windows_paths(tmp_path: Path, make_audio: MakeAudio) -> None:
    a = make_audio(tmp_path / "music" / "a.mp3")
    make_audio(tmp_path / "music" / "b.mp3")
    (tmp_path / "SAD.m3u").write_bytes(f"{a}\nmusic\\b.mp3\n".encode("latin-1"))
    tracks = _by_name(scan_library(tmp_path))
    assert tracks["music/a.mp3"].mood is MusicMood.SAD
    assert tracks["music/b.mp3"].mood is MusicMood.SAD


def _mixed_tree(root: Path, make_audio: MakeAudio) -> None:
    for kind in ENCODERS:
        make_audio(root / "ok" / f"track.{kind}", **({"mood": "happy"} if kind in TAGGABLE else {}))
    make_audio(root / "Ünïcode ☺" / "sad" / "été ♪.flac")
    (root / "bad").mkdir()
    (root / "bad" / "zero.mp3").write_bytes(b"")
    (root / "bad" / "text.mp3").write_text("hello\n" * 50)
    data = (root / "ok" / "track.flac").read_bytes()
    (root / "bad" / "truncated.flac").write_bytes(data[:300])
    (root / "bad" / "x.mp3").mkdir()  # a directory with an audio name
    (root / "bad" / "x.mp3" / "inside.txt").write_text("hi")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    (root / "notes.txt").write_text("notes")
    (root / "README").write_text("no extension")
    (root / ".hidden").write_text("dot file")
    (root / "happy.m3u").write_text("ok/track.mp3\n")
    (root / "mystery.xyz").write_bytes(b"\x00\x01\x02" * 10)
    if hasattr(os, "symlink"):
        os.symlink(root / "ok" / "track.mp3", root / "link.mp3")
        os.symlink(root / "missing.mp3", root / "dangling.mp3")
        os.symlink(root / "ok", root / "folder-link")  # not followed
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.mp3")  # must never be opened (it would block)


def test_every_regular_file_appears_exactly_once(tmp_path: Path, make_audio: MakeAudio) -> None:
    _mixed_tree(tmp_path, make_audio)
    result = scan_library(tmp_path)
    doc = result.to_json()
    listed = [t["path"] for t in doc["tracks"]] + [s["path"] for s in doc["skipped"]]
    assert len(listed) == len(set(listed))

    on_disk = set()
    for folder, _dirs, files in os.walk(tmp_path):
        for name in files:
            path = Path(folder) / name
            if path.is_file():  # regular files, and links to them
                on_disk.add(path.relative_to(tmp_path).as_posix())
    assert on_disk <= set(listed)
    extra = set(listed) - on_disk  # only the non-regular entries we chose to report
    assert extra <= {"dangling.mp3", "pipe.mp3"}

    reasons = {s["path"]: s["reason"] for s in doc["skipped"]}
    assert reasons["bad/zero.mp3"] == "empty"
    assert reasons["bad/text.mp3"] == "not audio"
    assert reasons["bad/truncated.flac"] == "truncated"
    assert reasons["bad/x.mp3/inside.txt"] == "not audio"
    assert reasons["cover.jpg"] == "not audio"
    assert reasons["happy.m3u"] == "playlist"
    assert reasons["mystery.xyz"] == "not audio"
    assert reasons["README"] == "not audio"
    assert reasons[".hidden"] == "not audio"
    if hasattr(os, "mkfifo"):
        assert reasons["pipe.mp3"] == FileProblem.NOT_REGULAR.value
    tracks = {t["path"]: t for t in doc["tracks"]}
    assert set(tracks) >= {f"ok/track.{kind}" for kind in ENCODERS}
    assert tracks["Ünïcode ☺/sad/été ♪.flac"]["mood"] == "sad"
    if hasattr(os, "symlink"):
        assert "link.mp3" in tracks
        assert reasons["dangling.mp3"] == "unreadable"
        assert not any(p.startswith("folder-link/") for p in listed)


def test_json_schema(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "a.mp3", mood="Chill", title="T", artist="A", album="B")
    (tmp_path / "b.txt").write_text("x")
    doc = scan_library(tmp_path).to_json()
    assert set(doc) == {"tracks", "skipped"}
    (track,) = doc["tracks"]
    assert set(track) == {
        "path", "mood", "mood_source", "raw_mood", "title", "artist", "album", "duration",
    }  # fmt: skip
    assert track["path"] == "a.mp3"
    assert (track["mood"], track["mood_source"], track["raw_mood"]) == ("calm", "tag", "Chill")
    assert (track["title"], track["artist"], track["album"]) == ("T", "A", "B")
    assert isinstance(track["duration"], float)
    assert doc["skipped"] == [{"path": "b.txt", "reason": "not audio"}]


def test_progress_and_cancel(tmp_path: Path) -> None:
    for i in range(6):
        encode(tmp_path / f"{i}.wav", seconds=0.05)
    seen: list[ScanProgress] = []
    result = scan_library(tmp_path, progress=seen.append, progress_interval_s=0)
    assert seen[-1] == ScanProgress(6, 6, None)
    listing = [p.done for p in seen if p.total == 0]  # files found while listing folders
    reading = [p.done for p in seen if p.total]
    assert listing == [1, 2, 3, 4, 5, 6]
    assert reading == sorted(reading) and reading[0] == 0
    assert len(result.tracks) == 6

    stop = threading.Event()

    def cancel_after_two(progress: ScanProgress) -> None:
        if progress.total and progress.done >= 2:
            stop.set()

    partial = scan_library(tmp_path, progress=cancel_after_two, cancel=stop, progress_interval_s=0)
    assert partial.cancelled
    assert len(partial.tracks) == 2


def test_by_mood_groups_untagged_under_none(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "a.ogg", mood="party")
    make_audio(tmp_path / "b.ogg")
    groups = scan_library(tmp_path).by_mood()
    assert [t.path.name for t in groups[MusicMood.ENERGETIC]] == ["a.ogg"]
    assert [t.path.name for t in groups[None]] == ["b.ogg"]
    assert groups[MusicMood.SAD] == []


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="does not exist"):
        scan_library(tmp_path / "nope")
    (tmp_path / "file").write_text("x")
    with pytest.raises(LibraryError):
        scan_library(tmp_path / "file")
