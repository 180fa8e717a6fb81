"""The audio analysis cache: keyed by (mtime, size) and version, beside the library index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facemood.audio import store as store_mod
from facemood.audio.store import AudioStore, FileStamp
from facemood.audio.types import AnalysisFailure, AnalysisProblem
from facemood.library.index import LibraryIndex
from tests.audio.test_estimate import MIDDLE
from tests.helpers.audio import open_store


def _stamp(path: str, mtime: int = 1, size: int = 10) -> FileStamp:
    return FileStamp(path, mtime, size)


def test_results_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    failure = AnalysisFailure(AnalysisProblem.FORMAT, "no decoder")
    with open_store(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE, _stamp("/m/b.wma"): failure})
    with open_store(db) as store:
        found = store.lookup([_stamp("/m/a.mp3"), _stamp("/m/b.wma"), _stamp("/m/c.mp3")])
        assert found == {"/m/a.mp3": MIDDLE, "/m/b.wma": failure}
        assert len(store) == 2


def test_a_changed_file_is_pending_again() -> None:
    with open_store(":memory:") as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE, _stamp("/m/b.mp3"): MIDDLE})
        now = [_stamp("/m/a.mp3", mtime=2), _stamp("/m/b.mp3"), _stamp("/m/c.mp3")]
        assert [s.path for s in store.pending(now)] == ["/m/a.mp3", "/m/c.mp3"]


def test_another_analysis_version_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(":memory:") as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        monkeypatch.setattr(store_mod, "ANALYSIS_VERSION", store_mod.ANALYSIS_VERSION + 1)
        assert store.lookup([_stamp("/m/a.mp3")]) == {}


def test_shares_the_library_index_file(tmp_path: Path) -> None:
    db = tmp_path / "library-index.sqlite3"
    with LibraryIndex(db) as index:
        store = AudioStore(index)
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        assert len(index) == 0 and len(store) == 1
    with LibraryIndex(db) as index:
        index.clear()
    with open_store(db) as store:
        assert len(store) == 1
    tables = sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type='table'")
    assert {name for (name,) in tables} == {"files", "audio_features"}


def test_unreadable_rows_are_analysed_again(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    with open_store(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
    conn = sqlite3.connect(db)
    conn.execute("UPDATE audio_features SET features = '{\"flux\": 1}'")
    conn.commit()
    conn.close()
    with open_store(db) as store:
        assert store.pending([_stamp("/m/a.mp3")]) == [_stamp("/m/a.mp3")]


def test_a_damaged_table_is_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE audio_analysis (nonsense INTEGER)")  # the first version's
    conn.commit()
    conn.close()
    with open_store(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        assert store.lookup([_stamp("/m/a.mp3")]) == {"/m/a.mp3": MIDDLE}


def test_forget_missing_only_under_the_root() -> None:
    with open_store(":memory:") as store:
        store.save({_stamp(p): MIDDLE for p in ("/m/a.mp3", "/m/b.mp3", "/other/c.mp3")})
        store.forget_missing(["/m/a.mp3"], "/m")
        found = store.lookup([_stamp(p) for p in ("/m/a.mp3", "/m/b.mp3", "/other/c.mp3")])
        assert set(found) == {"/m/a.mp3", "/other/c.mp3"}


def test_stamp_of_a_real_file(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"12345")
    stamp = FileStamp.of(path, 3.0)
    assert (stamp.path, stamp.size, stamp.duration) == (str(path), 5, 3.0)
    assert stamp.mtime_ns == path.stat().st_mtime_ns


def test_names_that_are_not_utf8_are_cached() -> None:
    name = "/m/caf\udce9.ogg"  # b"caf\xe9.ogg" as os.fsdecode gives it
    with open_store(":memory:") as store:
        store.save({_stamp(name): MIDDLE})
        assert store.lookup([_stamp(name)]) == {name: MIDDLE}
        store.forget_missing([], "/m")
        assert len(store) == 0


def test_a_damaged_file_is_healed_with_the_index(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    with open_store(db) as store:
        store.save({_stamp(f"/m/{i}.mp3"): MIDDLE for i in range(2000)})
    with open(db, "r+b") as fh:  # corrupt pages in the middle of the file
        fh.seek(4096)
        fh.write(b"\xff" * 8192)
    with LibraryIndex(db) as index:
        store = AudioStore(index)
        store.save({_stamp("/m/new.mp3"): MIDDLE})
        assert store.lookup([_stamp("/m/new.mp3")]) == {"/m/new.mp3": MIDDLE}
        assert any("damaged" in n for n in index.take_notices())
