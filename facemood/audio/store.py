"""The audio analysis cache: one table in the library index's SQLite file.

Per absolute path it keeps the file's (mtime_ns, size) stamp, the analysis version and
the :class:`~facemood.audio.types.AudioFeatures` measured (or why the file was not
analysed). A result is reused only while the stamp and :data:`ANALYSIS_VERSION` match,
so a rescan re-analyses nothing unchanged, and an interrupted analysis resumes where
it stopped. Features, not moods, are stored: moods are library-relative and are
worked out again from the features of the whole library on every scan.

The table lives beside the library index's own (``files``) in the same database file,
under its own name and version, so either can change without touching the other. Like
the index, it is a cache: a damaged table is dropped and rebuilt.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from facemood.audio.types import AnalysisFailure, AnalysisOutcome, AnalysisProblem, AudioFeatures

log = logging.getLogger("facemood.audio")

ANALYSIS_VERSION = 1
"""Bump when decoding or a feature changes: older results are analysed again."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audio_analysis (
    path TEXT PRIMARY KEY,
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


class AudioStore:
    """Cached analysis results in SQLite. Thread-safe: one connection behind a lock.

    Args:
        path: the database file (normally the library index's,
            :func:`facemood.library.index.default_index_path`); ``":memory:"`` for tests.

    Use as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        memory = os.fspath(path) == ":memory:"
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False: the analysis is driven from a worker thread; the lock
        # serialises every use.
        self._conn = sqlite3.connect(os.fspath(path), timeout=10, check_same_thread=False)
        try:
            self._conn.execute(_SCHEMA)
            self._conn.execute("SELECT path FROM audio_analysis LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            log.warning("audio analysis table in %s is damaged (%s); rebuilding it", path, exc)
            self._conn.execute("DROP TABLE IF EXISTS audio_analysis")
            self._conn.execute(_SCHEMA)
        self._conn.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> AudioStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def lookup(self, files: Iterable[FileStamp]) -> dict[str, AnalysisOutcome]:
        """The current results of ``files``, keyed by path; stale or missing ones are left out."""
        wanted = {f.path: f for f in files}
        if not wanted:
            return {}
        with self._lock:
            rows = self._conn.execute(
                "SELECT path, mtime_ns, size, problem, detail, features FROM audio_analysis "
                "WHERE version = ?",
                (ANALYSIS_VERSION,),
            ).fetchall()
        found: dict[str, AnalysisOutcome] = {}
        for path, mtime_ns, size, problem, detail, features in rows:
            stamp = wanted.get(path)
            if stamp is None or stamp.mtime_ns != mtime_ns or stamp.size != size:
                continue
            outcome = _outcome(problem, detail, features)
            if outcome is not None:
                found[path] = outcome
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
            rows.append((stamp.path, stamp.mtime_ns, stamp.size, ANALYSIS_VERSION, *cols))
        if not rows:
            return
        with self._lock:
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO audio_analysis VALUES (?,?,?,?,?,?,?)", rows
                )
                self._conn.commit()
            except sqlite3.Error as exc:
                self._conn.rollback()
                log.warning("could not save audio analysis to %s: %s", self.path, exc)

    def forget_missing(self, keep: Iterable[str], root: str) -> None:
        """Forget results under folder ``root`` whose path is not in ``keep``."""
        prefix = os.path.join(root, "")
        keep = set(keep)
        with self._lock:
            paths = [
                p
                for (p,) in self._conn.execute(
                    "SELECT path FROM audio_analysis WHERE substr(path, 1, ?) = ?",
                    (len(prefix), prefix),
                )
                if p not in keep
            ]
            self._conn.executemany(
                "DELETE FROM audio_analysis WHERE path = ?", [(p,) for p in paths]
            )
            self._conn.commit()

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._conn.execute("SELECT COUNT(*) FROM audio_analysis").fetchone()
        return int(count)


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
