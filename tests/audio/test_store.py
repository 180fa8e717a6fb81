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


def _stamp(path: str, mtime: int = 1, size: int = 10) -> FileStamp:
    return FileStamp(path, mtime, size)


def test_results_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    failure = AnalysisFailure(AnalysisProblem.FORMAT, "no decoder")
    with AudioStore(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE, _stamp("/m/b.wma"): failure})
    with AudioStore(db) as store:
        found = store.lookup([_stamp("/m/a.mp3"), _stamp("/m/b.wma"), _stamp("/m/c.mp3")])
        assert found == {"/m/a.mp3": MIDDLE, "/m/b.wma": failure}
        assert len(store) == 2


def test_a_changed_file_is_pending_again() -> None:
    with AudioStore(":memory:") as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE, _stamp("/m/b.mp3"): MIDDLE})
        now = [_stamp("/m/a.mp3", mtime=2), _stamp("/m/b.mp3"), _stamp("/m/c.mp3")]
        assert [s.path for s in store.pending(now)] == ["/m/a.mp3", "/m/c.mp3"]


def test_another_analysis_version_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    with AudioStore(":memory:") as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        monkeypatch.setattr(store_mod, "ANALYSIS_VERSION", store_mod.ANALYSIS_VERSION + 1)
        assert store.lookup([_stamp("/m/a.mp3")]) == {}


def test_shares_the_library_index_file(tmp_path: Path) -> None:
    db = tmp_path / "library-index.sqlite3"
    with LibraryIndex(db) as index, AudioStore(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        assert len(index) == 0 and len(store) == 1
    with LibraryIndex(db) as index:
        index.clear()
    with AudioStore(db) as store:
        assert len(store) == 1
    tables = sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type='table'")
    assert {name for (name,) in tables} == {"files", "audio_analysis"}


def test_unreadable_rows_are_analysed_again(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    with AudioStore(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
    conn = sqlite3.connect(db)
    conn.execute("UPDATE audio_analysis SET features = '{\"flux\": 1}'")
    conn.commit()
    conn.close()
    with AudioStore(db) as store:
        assert store.pending([_stamp("/m/a.mp3")]) == [_stamp("/m/a.mp3")]


def test_a_damaged_table_is_rebuilt(tmp_path: Path) -> None:
    db = tmp_path / "index.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE audio_analysis (nonsense INTEGER)")
    conn.commit()
    conn.close()
    with AudioStore(db) as store:
        store.save({_stamp("/m/a.mp3"): MIDDLE})
        assert store.lookup([_stamp("/m/a.mp3")]) == {"/m/a.mp3": MIDDLE}


def test_forget_missing_only_under_the_root() -> None:
    with AudioStore(":memory:") as store:
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
