"""The SQLite index: incremental rescans keyed by (mtime, size)."""

from __future__ import annotations

import os
from pathlib import Path

from facemood import paths
from facemood.core.types import MusicMood
from facemood.library import LibraryIndex, default_index_path, scan_library
from tests.library.audio_helpers import MakeAudio, write_tags


def test_default_index_lives_in_the_user_cache_dir() -> None:
    assert default_index_path().parent == paths.cache_dir()
    with LibraryIndex() as index:
        assert index.path.is_file()
        assert str(index.path).startswith(str(paths.base_dir()))


def test_rescan_reads_only_changed_files(tmp_path: Path, make_audio: MakeAudio) -> None:
    lib = tmp_path / "lib"
    a = make_audio(lib / "a.mp3", mood="happy")
    b = make_audio(lib / "b.flac", mood="sad")
    bad = lib / "bad.mp3"
    bad.write_text("not audio")
    with LibraryIndex(tmp_path / "index.sqlite3") as index:
        first = scan_library(lib, index=index)
        assert (first.read, first.cached) == (3, 0)

        again = scan_library(lib, index=index)
        assert (again.read, again.cached) == (0, 3)
        assert again.tracks == first.tracks
        assert again.skipped == first.skipped

        write_tags(b, mood="calm")  # changes size and mtime
        st = a.stat()
        os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # mtime only
        changed = scan_library(lib, index=index)
        assert (changed.read, changed.cached) == (2, 1)
        moods = {t.path.name: t.mood for t in changed.tracks}
        assert moods == {"a.mp3": MusicMood.HAPPY, "b.flac": MusicMood.CALM}

        b.unlink()
        scan_library(lib, index=index)
        assert len(index) == 2  # b.flac was forgotten


def test_folder_moods_are_not_cached(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "lib" / "Happy" / "a.ogg")
    with LibraryIndex(tmp_path / "i.sqlite3") as index:
        assert scan_library(tmp_path / "lib", index=index).tracks[0].mood is MusicMood.HAPPY
        (tmp_path / "lib" / "Happy").rename(tmp_path / "lib" / "Sad")
        assert scan_library(tmp_path / "lib", index=index).tracks[0].mood is MusicMood.SAD


def test_sibling_folders_do_not_share_rows(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "lib" / "a.wav")
    make_audio(tmp_path / "lib2" / "a.wav")
    with LibraryIndex(tmp_path / "i.sqlite3") as index:
        scan_library(tmp_path / "lib", index=index)
        scan_library(tmp_path / "lib2", index=index)
        assert len(index) == 2  # scanning lib2 did not drop lib's rows
        assert scan_library(tmp_path / "lib", index=index).cached == 1


def test_damaged_index_is_rebuilt(tmp_path: Path, make_audio: MakeAudio) -> None:
    make_audio(tmp_path / "lib" / "a.wav")
    db = tmp_path / "i.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    with LibraryIndex(db) as index:
        assert scan_library(tmp_path / "lib", index=index).read == 1
        assert len(index) == 1


def test_cancelled_scan_forgets_nothing(tmp_path: Path, make_audio: MakeAudio) -> None:
    import threading

    for name in ("a", "b", "c"):
        make_audio(tmp_path / "lib" / f"{name}.wav")
    with LibraryIndex(tmp_path / "i.sqlite3") as index:
        scan_library(tmp_path / "lib", index=index)
        stop = threading.Event()
        stop.set()
        assert scan_library(tmp_path / "lib", index=index, cancel=stop).cancelled
        assert len(index) == 3
