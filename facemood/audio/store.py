"""The audio analysis cache: one table in the library index's SQLite file.

Per absolute path it keeps the file's (mtime_ns, size) stamp, the analysis version and
the :class:`~facemood.audio.types.AudioFeatures` measured (or why the file was not
analysed). A result is reused only while the stamp and :data:`ANALYSIS_VERSION` match,
so a rescan re-analyses nothing unchanged, and an interrupted analysis resumes where
it stopped. Features, not moods, are stored: moods are library-relative and are
worked out again from the features of the whole library on every scan.

The table lives beside the library index's own (``files``) in the same database file,
under its own name and version, so either can change without touching the other, and
shares the index's healing (:meth:`facemood.library.index.LibraryIndex.run`).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from facemood.audio.types import AnalysisFailure, AnalysisOutcome, AnalysisProblem, AudioFeatures

log = logging.getLogger("facemood.audio")

ANALYSIS_VERSION = 2
"""Bump when decoding or a feature changes: older results are analysed again."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audio_features (
    path BLOB PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    version INTEGER NOT NULL,
    problem TEXT,
    detail TEXT,
    features TEXT
) WITHOUT ROWID
"""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """A file to analyse: absolute path, its (mtime_ns, size), and its length if known."""

    path: str
    mtime_ns: int
    size: int
    duration: float | None = None

    @classmethod
    def of(cls, path: str | os.PathLike[str], duration: float | None = None) -> FileStamp:
        """The current stamp of ``path``.

        Raises:
            OSError: the file cannot be stat'ed.
        """
        st = os.stat(path)
        return cls(os.fspath(path), st.st_mtime_ns, st.st_size, duration)


_T = TypeVar("_T")


class Database(Protocol):
    """The database the table lives in: :class:`facemood.library.index.LibraryIndex`.

    A protocol, so the audio layer does not import the library (which imports it).
    """

    def run(
        self,
        operation: Callable[[sqlite3.Connection], _T],
        fallback: _T,
        failure: str = ...,
        consequence: str = ...,
    ) -> _T:
        """Run ``operation`` under the database's lock and healing; ``fallback`` on failure."""
        ...


class AudioStore:
    """Cached analysis results, in a table of the library index's database.

    Every operation goes through :meth:`LibraryIndex.run
    <facemood.library.index.LibraryIndex.run>`, so the table shares the index's
    healing: a damaged file is moved aside and rebuilt, one that cannot be written leaves
    the analysis uncached with one notice. Paths are stored as bytes (``os.fsencode``),
    so names that are not valid UTF-8 are cached like any other. Thread-safe.

    Args:
        index: the library index whose file holds the table (``LibraryIndex(":memory:")``
            for tests).
    """

    def __init__(self, index: Database) -> None:
        self.index = index

    @staticmethod
    def _table(conn: sqlite3.Connection) -> None:
        # Created on every use: a rebuilt index file starts without it.
        conn.execute(_SCHEMA)
        conn.execute("DROP TABLE IF EXISTS audio_analysis")  # the first version's (text paths)

    def lookup(self, files: Iterable[FileStamp]) -> dict[str, AnalysisOutcome]:
        """The current results of ``files``, keyed by path; stale or missing ones are left out."""
        wanted = {os.fsencode(f.path): f for f in files}
        if not wanted:
            return {}

        def read(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
            self._table(conn)
            return conn.execute(
                "SELECT path, mtime_ns, size, problem, detail, features FROM audio_features "
                "WHERE version = ?",
                (ANALYSIS_VERSION,),
            ).fetchall()

        found: dict[str, AnalysisOutcome] = {}
        nothing: list[tuple[Any, ...]] = []
        rows = self.index.run(read, nothing, "read", "audio moods are analysed again")
        for key, mtime_ns, size, problem, detail, features in rows:
            stamp = wanted.get(key)
            if stamp is None or stamp.mtime_ns != mtime_ns or stamp.size != size:
                continue
            outcome = _outcome(problem, detail, features)
            if outcome is not None:
                found[stamp.path] = outcome
        return found

    def pending(self, files: Iterable[FileStamp]) -> list[FileStamp]:
        """Those of ``files`` without a current result, in the given order."""
        files = list(files)
        done = self.lookup(files)
        return [f for f in files if f.path not in done]

    def save(self, results: Mapping[FileStamp, AnalysisOutcome]) -> None:
        """Store ``results`` in one transaction (a write failure only costs speed later)."""
        rows = []
        for stamp, out in results.items():
            cols: tuple[str | None, str | None, str | None]
            if isinstance(out, AnalysisFailure):
                cols = (out.problem.value, out.detail, None)
            else:
                cols = (None, None, json.dumps(out.to_dict()))
            rows.append(
                (os.fsencode(stamp.path), stamp.mtime_ns, stamp.size, ANALYSIS_VERSION, *cols)
            )
        if not rows:
            return

        def write(conn: sqlite3.Connection) -> None:
            self._table(conn)
            conn.executemany("INSERT OR REPLACE INTO audio_features VALUES (?,?,?,?,?,?,?)", rows)
            conn.commit()

        self.index.run(write, None, "updated", "audio moods were not cached")

    def forget_missing(self, keep: Iterable[str], root: str) -> None:
        """Forget results under folder ``root`` whose path is not in ``keep``."""
        prefix = os.fsencode(os.path.join(root, ""))
        kept = {os.fsencode(p) for p in keep}

        def forget(conn: sqlite3.Connection) -> None:
            self._table(conn)
            gone = [
                (p,)
                for (p,) in conn.execute(
                    "SELECT path FROM audio_features WHERE substr(path, 1, ?) = ?",
                    (len(prefix), prefix),
                )
                if p not in kept
            ]
            conn.executemany("DELETE FROM audio_features WHERE path = ?", gone)
            conn.commit()

        self.index.run(forget, None)

    def __len__(self) -> int:
        def count(conn: sqlite3.Connection) -> int:
            self._table(conn)
            (n,) = conn.execute("SELECT COUNT(*) FROM audio_features").fetchone()
            return int(n)

        return self.index.run(count, 0, "read", "the count is unknown")


def _outcome(
    problem: str | None, detail: str | None, features: str | None
) -> AnalysisOutcome | None:
    """A stored row as an outcome; ``None`` when it cannot be read (it is analysed again)."""
    try:
        if problem is not None:
            return AnalysisFailure(AnalysisProblem(problem), detail or "")
        return AudioFeatures.from_dict(json.loads(features or ""))
    except (ValueError, KeyError, TypeError):
        return None
