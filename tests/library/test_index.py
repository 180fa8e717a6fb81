"""The SQLite index: incremental rescans keyed by (mtime, size)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from facemood import paths
from facemood.core.types import MusicMood
from facemood.library import LibraryIndex, ScanResult, default_index_path, scan_library
from tests.helpers.privileges import run_python
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


def _names(result: ScanResult) -> list[bytes]:
    return [os.fsencode(t.path.name) for t in result.tracks]


def test_file_names_that_are_not_utf8_are_cached_exactly(
    tmp_path: Path, make_audio: MakeAudio
) -> None:
    lib = tmp_path / "lib"
    latin1 = lib / os.fsdecode(b"caf\xe9.ogg")
    make_audio(latin1, mood="sad")
    make_audio(lib / os.fsdecode(b"\xff\xfe.flac"))
    make_audio(lib / "plain.wav")
    with LibraryIndex(tmp_path / "i.sqlite3") as index:
        first = scan_library(lib, index=index)
        assert sorted(_names(first)) == [b"caf\xe9.ogg", b"plain.wav", b"\xff\xfe.flac"]
        again = scan_library(lib, index=index)
        assert (again.read, again.cached) == (0, 3)
        assert again.tracks == first.tracks
        assert again.notices == ()
    track = next(t for t in again.tracks if t.path == latin1)
    assert track.mood is MusicMood.SAD
    assert track.path.is_file()  # the stored path opens the file
    assert track.display_title == "caf\\xe9"
    assert "caf\\xe9.ogg" in {t["path"] for t in again.to_json()["tracks"]}


def _scan_twice(lib: Path, db: Path) -> tuple[ScanResult, ScanResult]:
    with LibraryIndex(db) as index:
        return scan_library(lib, index=index), scan_library(lib, index=index)


def _indexed_library(tmp_path: Path, make_audio: MakeAudio) -> tuple[Path, Path]:
    """100 tiny tracks and an index holding them (over three database pages)."""
    lib = tmp_path / "lib"
    for i in range(100):
        make_audio(lib / f"{i:03}.wav", seconds=0.01)
    db = tmp_path / "i.sqlite3"
    with LibraryIndex(db) as index:
        scan_library(lib, index=index)
    return lib, db


def test_corrupted_pages_are_moved_aside_and_rebuilt(tmp_path: Path, make_audio: MakeAudio) -> None:
    lib, db = _indexed_library(tmp_path, make_audio)
    data = bytearray(db.read_bytes())
    assert len(data) >= 3 * 4096
    data[4096:12288] = random.Random(4).randbytes(8192)  # the dd over pages 2-3
    db.write_bytes(bytes(data))

    first, second = _scan_twice(lib, db)
    assert (first.read, len(first.tracks)) == (100, 100)
    assert len(first.notices) == 1
    assert "damaged" in first.notices[0] and "rebuilt" in first.notices[0]
    assert (second.cached, second.notices) == (100, ())
    assert (tmp_path / "i.sqlite3.damaged").read_bytes() == bytes(data)  # kept for a look


def test_damage_found_while_open_is_healed(tmp_path: Path, make_audio: MakeAudio) -> None:
    lib, db = _indexed_library(tmp_path, make_audio)
    with LibraryIndex(db) as index:
        assert scan_library(lib, index=index).cached == 100
        data = bytearray(db.read_bytes())
        data[24:28] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")  # new counter
        data[4096:] = random.Random(5).randbytes(len(data) - 4096)
        db.write_bytes(bytes(data))
        result = scan_library(lib, index=index)  # the open connection meets the damage
        assert (result.read, len(result.tracks)) == (100, 100)
        assert [n for n in result.notices if "damaged" in n]
        assert scan_library(lib, index=index).cached == 100


@pytest.mark.parametrize("kind", ["folder", "file below a file"])
def test_an_index_that_cannot_be_opened_scans_uncached(
    kind: str, tmp_path: Path, make_audio: MakeAudio
) -> None:
    make_audio(tmp_path / "lib" / "a.ogg")
    db = tmp_path / "i.sqlite3"
    if kind == "folder":
        db.mkdir()
    else:
        (tmp_path / "plain").write_text("x")
        db = tmp_path / "plain" / "i.sqlite3"
    with LibraryIndex(db) as index:
        first = scan_library(tmp_path / "lib", index=index)
        second = scan_library(tmp_path / "lib", index=index)
        assert not index.persistent
    assert len(first.tracks) == 1
    assert len(first.notices) == 1
    assert "cannot be used" in first.notices[0] and "without a cache" in first.notices[0]
    assert second.notices == ()  # said once


_SCAN_AND_REPORT = """
import json, resource, signal, sys
from facemood.library import LibraryIndex, scan_library
limit = int(sys.argv[3])
if limit:  # writes past this size fail, as on a full disk
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
with LibraryIndex(sys.argv[2]) as index:
    results = [scan_library(sys.argv[1], index=index) for _ in range(2)]
print(json.dumps([[len(r.tracks), r.read, r.cached, list(r.notices)] for r in results]))
"""


def test_a_full_disk_scans_uncached_and_says_so_once(tmp_path: Path, make_audio: MakeAudio) -> None:
    lib = tmp_path / "lib"
    for i in range(200):
        make_audio(lib / f"{i:03}.wav", seconds=0.01)
    db = tmp_path / "i.sqlite3"
    with LibraryIndex(db):
        pass  # an empty index file
    done = run_python(_SCAN_AND_REPORT, str(lib), str(db), str(db.stat().st_size + 4096))
    assert done.returncode == 0, done.stderr
    (first, second) = json.loads(done.stdout)
    assert first[:3] == [200, 200, 0] and second[:3] == [200, 200, 0]
    assert len(first[3]) == 1 and "could not be updated" in first[3][0]
    assert second[3] == []
    assert "Traceback" not in done.stderr


def test_a_read_only_index_is_used_but_not_written(tmp_path: Path, make_audio: MakeAudio) -> None:
    lib = tmp_path / "lib"
    make_audio(lib / "a.ogg")
    cache = tmp_path / "cache"
    cache.mkdir()
    db = cache / "i.sqlite3"
    with LibraryIndex(db) as index:
        scan_library(lib, index=index)
    make_audio(lib / "b.ogg")
    db.chmod(0o444)
    cache.chmod(0o555)
    try:
        done = run_python(_SCAN_AND_REPORT, str(lib), str(db), "0")
    finally:
        cache.chmod(0o755)
    assert done.returncode == 0, done.stderr
    (first, second) = json.loads(done.stdout)
    assert first[:3] == [2, 1, 1]  # a.ogg from the index, b.ogg read
    assert len(first[3]) == 1 and "could not be updated" in first[3][0]
    assert second[:3] == [2, 1, 1] and second[3] == []
