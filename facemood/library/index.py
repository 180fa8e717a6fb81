"""The library index: a SQLite cache of what each file's tags said, keyed by (mtime, size).

Reading tags is the slow part of a scan; walking the folder and calling ``stat`` is
cheap. The index remembers, per absolute file path, the file's modification time (ns)
and size together with the :class:`~facemood.library.formats.TagInfo` read from it (or
why it could not be read). A rescan only opens files whose (mtime, size) changed, so an
unchanged 10,000-file library rescans in well under a second.

Only per-file facts are cached. Moods that come from folders, playlists or the genre
mapping are worked out again on every scan, so renaming a folder or editing a playlist
takes effect at once even though no audio file changed.

The database is a cache: if it is damaged or from another schema version it is
deleted and rebuilt, never reported as an error.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from facemood import paths
from facemood.library.formats import FileProblem, ReadFailure, TagInfo

log = logging.getLogger("facemood.library")

SCHEMA_VERSION = 2
"""Bump when the table or what the readers extract changes; old caches are rebuilt."""

INDEX_FILENAME = "library-index.sqlite3"

_MOOD_SEP = "\x1f"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    problem TEXT,
    detail TEXT,
    format TEXT,
    moods TEXT,
    title TEXT,
    artist TEXT,
    album TEXT,
    genre TEXT,
    duration REAL,
    has_cover INTEGER
) WITHOUT ROWID
"""

ReadOutcome = TagInfo | ReadFailure
"""What reading one file gave: its tags, or why it could not be read."""


@dataclass(frozen=True, slots=True)
class CachedFile:
    """One cached row: the file's (mtime_ns, size) stamp and what reading it gave."""

    mtime_ns: int
    size: int
    outcome: ReadOutcome


def default_index_path() -> Path:
    """``<user cache dir>/library-index.sqlite3``."""
    return paths.cache_dir() / INDEX_FILENAME


class LibraryIndex:
    """The SQLite-backed per-file cache. Thread-safe; one connection guarded by a lock.

    Args:
        path: the database file; ``None`` uses :func:`default_index_path`; ``":memory:"``
            keeps it in memory (tests).

    Use as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(default_index_path() if path is None else path)
        self._lock = threading.Lock()
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        memory = os.fspath(self.path) == ":memory:"
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._open(memory)
        except sqlite3.DatabaseError as exc:
            if memory:
                raise
            log.warning("library index %s is damaged (%s); rebuilding it", self.path, exc)
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return self._open(memory)

    def _open(self, memory: bool) -> sqlite3.Connection:
        # check_same_thread=False: a scan job may run on a worker thread; self._lock
        # serialises every use of the connection.
        conn = sqlite3.connect(
            ":memory:" if memory else os.fspath(self.path), timeout=10, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA synchronous=NORMAL")
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA_VERSION:
                conn.execute("DROP TABLE IF EXISTS files")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute(_SCHEMA)
            conn.commit()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @staticmethod
    def _range(root: Path) -> tuple[str, str]:
        """Key range of every path strictly under ``root`` (``root/`` up to ``root0``)."""
        prefix = os.path.join(os.fspath(root), "")
        return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)

    def load_under(self, root: Path) -> dict[str, CachedFile]:
        """Every cached file under ``root`` (an absolute folder), keyed by path string."""
        low, high = self._range(root)
        with self._lock:
            rows = self._conn.execute(
                "SELECT path, mtime_ns, size, problem, detail, format, moods, title, artist,"
                " album, genre, duration, has_cover FROM files WHERE path >= ? AND path < ?",
                (low, high),
            ).fetchall()
        result: dict[str, CachedFile] = {}
        for (
            path,
            mtime_ns,
            size,
            problem,
            detail,
            fmt,
            moods,
            title,
            artist,
            album,
            genre,
            duration,
            has_cover,
        ) in rows:
            outcome: ReadOutcome
            if problem is not None:
                try:
                    outcome = ReadFailure(FileProblem(problem), detail or "")
                except ValueError:
                    continue  # a reason this version does not know: read the file again
            else:
                outcome = TagInfo(
                    format=fmt or "",
                    moods=tuple(moods.split(_MOOD_SEP)) if moods else (),
                    title=title,
                    artist=artist,
                    album=album,
                    genre=genre,
                    duration=duration,
                    has_cover=bool(has_cover),
                )
            result[path] = CachedFile(mtime_ns, size, outcome)
        return result

    def update(self, changed: Mapping[str, CachedFile], removed: Iterable[str] = ()) -> None:
        """Store ``changed`` rows and forget ``removed`` paths, in one transaction.

        Args:
            changed: rows to insert or replace, keyed by absolute path.
            removed: paths that no longer exist.
        """
        rows: list[tuple[object, ...]] = []
        for path, cached in changed.items():
            out = cached.outcome
            if isinstance(out, ReadFailure):
                rows.append(
                    (path, cached.mtime_ns, cached.size, out.problem.value, out.detail)
                    + (None,) * 8
                )
            else:
                rows.append(
                    (
                        path,
                        cached.mtime_ns,
                        cached.size,
                        None,
                        None,
                        out.format,
                        _MOOD_SEP.join(out.moods),
                        out.title,
                        out.artist,
                        out.album,
                        out.genre,
                        out.duration,
                        int(out.has_cover),
                    )
                )
        gone = [(path,) for path in removed]
        if not rows and not gone:
            return
        with self._lock:
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows
                )
                self._conn.executemany("DELETE FROM files WHERE path = ?", gone)
                self._conn.commit()
            except sqlite3.Error as exc:
                # A cache that cannot be written only costs speed on the next scan.
                self._conn.rollback()
                log.warning("could not update the library index %s: %s", self.path, exc)

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._conn.execute("DELETE FROM files")
            self._conn.commit()

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._conn.execute("SELECT COUNT(*) FROM files").fetchone()
        return int(count)
