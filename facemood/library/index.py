"""The library index: a SQLite cache of what each file's tags said, keyed by (mtime, size).

Reading tags is the slow part of a scan; walking the folder and calling ``stat`` is
cheap. The index remembers, per absolute file path, the file's modification time (ns)
and size together with the :class:`~facemood.library.formats.TagInfo` read from it (or
why it could not be read). A rescan only opens files whose (mtime, size) changed, so an
unchanged 10,000-file library rescans in well under a second.

Only per-file facts are cached. Moods that come from folders, playlists or the genre
mapping are worked out again on every scan, so renaming a folder or editing a playlist
takes effect at once even though no audio file changed.

Paths are stored as their bytes (:func:`os.fsencode`), so a file name that is not valid
UTF-8 round-trips exactly; text columns hold :func:`~facemood.fsnames.display` text.

The database is a cache and heals itself, never failing a scan:

* it is checked (``PRAGMA quick_check``) when opened and again after any
  :class:`sqlite3.DatabaseError`; a damaged one is moved aside (``….damaged``) and
  rebuilt, and a notice says so;
* one from another schema version is emptied and refilled;
* when it cannot be opened or written (disk full, read-only, the path is a folder) the
  index keeps working in memory for this session, and a notice says why, once.

Notices are collected until :meth:`LibraryIndex.take_notices`; :func:`scan_library
<facemood.library.scanner.scan_library>` puts them in its result.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from facemood import paths
from facemood.fsnames import display
from facemood.library.formats import FileProblem, ReadFailure, TagInfo

log = logging.getLogger("facemood.library")

SCHEMA_VERSION = 3
"""Bump when the table or what the readers extract changes; old caches are rebuilt."""

INDEX_FILENAME = "library-index.sqlite3"

DAMAGED_SUFFIX = ".damaged"
"""Appended to a damaged index's name when it is moved aside."""

_MOOD_SEP = "\x1f"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path BLOB PRIMARY KEY,
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

# SQLite result codes (the low byte of sqlite_errorcode) that mean "damaged", not "cannot write".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

ReadOutcome = TagInfo | ReadFailure
"""What reading one file gave: its tags, or why it could not be read."""

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class CachedFile:
    """One cached row: the file's (mtime_ns, size) stamp and what reading it gave."""

    mtime_ns: int
    size: int
    outcome: ReadOutcome


class _Damaged(sqlite3.DatabaseError):
    """The integrity check failed."""


def default_index_path() -> Path:
    """``<user cache dir>/library-index.sqlite3``."""
    return paths.cache_dir(create=False) / INDEX_FILENAME


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return isinstance(exc, _Damaged) or code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _text(value: str | None) -> str | None:
    return None if value is None else display(value)


def _row(path: str, cached: CachedFile) -> tuple[object, ...]:
    out = cached.outcome
    key = os.fsencode(path)
    if isinstance(out, ReadFailure):
        return (key, cached.mtime_ns, cached.size, out.problem.value, _text(out.detail)) + (
            None,
        ) * 8
    return (
        key,
        cached.mtime_ns,
        cached.size,
        None,
        None,
        _text(out.format),
        _MOOD_SEP.join(display(m) for m in out.moods),
        _text(out.title),
        _text(out.artist),
        _text(out.album),
        _text(out.genre),
        out.duration,
        int(out.has_cover),
    )


def _outcome(row: tuple[Any, ...]) -> ReadOutcome | None:
    """The outcome stored in a row (without its first three columns), or ``None``."""
    problem, detail, fmt, moods, title, artist, album, genre, duration, has_cover = row
    if problem is not None:
        try:
            return ReadFailure(FileProblem(problem), detail or "")
        except ValueError:
            return None  # a reason this version does not know: read the file again
    return TagInfo(
        format=fmt or "",
        moods=tuple(moods.split(_MOOD_SEP)) if moods else (),
        title=title,
        artist=artist,
        album=album,
        genre=genre,
        duration=duration,
        has_cover=bool(has_cover),
    )


class LibraryIndex:
    """The SQLite-backed per-file cache. Thread-safe; one connection guarded by a lock.

    Never raises for a database problem: see the module docstring.

    Args:
        path: the database file; ``None`` uses :func:`default_index_path`; ``":memory:"``
            keeps it in memory (tests).

    Use as a context manager or call :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(default_index_path() if path is None else path)
        self._lock = threading.Lock()
        self._notices: list[str] = []
        self._said: set[str] = set()
        self.persistent = os.fspath(self.path) != ":memory:"
        """Whether rows are kept on disk (``False`` after falling back to memory)."""
        self._conn = self._connect()

    # -- opening and healing ------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if not self.persistent:
            return self._open(":memory:")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._open(os.fspath(self.path))
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                return self._rebuild(exc)
            return self._in_memory(exc)
        except OSError as exc:
            return self._in_memory(exc)

    def _open(self, target: str) -> sqlite3.Connection:
        # check_same_thread=False: a scan job may run on a worker thread; self._lock
        # serialises every use of the connection.
        conn = sqlite3.connect(target, timeout=10, check_same_thread=False)
        try:
            _check(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA_VERSION:
                conn.execute("DROP TABLE IF EXISTS files")
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute(_SCHEMA)
            conn.commit()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _rebuild(self, cause: sqlite3.Error) -> sqlite3.Connection:
        """Move the damaged database aside and start an empty one."""
        aside = self.path.with_name(self.path.name + DAMAGED_SUFFIX)
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            conn = self._open(os.fspath(self.path))
        except (OSError, sqlite3.Error) as exc:
            return self._in_memory(exc)
        self._notice(
            "damaged",
            f"The library index was damaged ({cause}); it was moved to {display(aside)} "
            "and is being rebuilt.",
        )
        return conn

    def _in_memory(self, cause: BaseException) -> sqlite3.Connection:
        """Go on without a cache file for this session."""
        self.persistent = False
        self._notice(
            "unavailable",
            f"The library index {display(self.path)} cannot be used ({display(str(cause))}); "
            "scanning without a cache.",
        )
        return self._open(":memory:")

    def _notice(self, kind: str, text: str) -> None:
        """Record ``text`` unless a notice of this kind was already given.

        Logged at INFO only: the notice reaches the user through :meth:`take_notices`
        (a scan's result), not as a second copy on the console.
        """
        if kind not in self._said:
            log.info("%s", text)
            self._said.add(kind)
            self._notices.append(text)

    def take_notices(self) -> list[str]:
        """Notices given since the last call (each kind at most once per index)."""
        with self._lock:
            notices, self._notices = self._notices, []
        return notices

    def run(
        self,
        operation: Callable[[sqlite3.Connection], _T],
        fallback: _T,
        failure: str = "updated",
        consequence: str = "this scan was not cached",
    ) -> _T:
        """Run ``operation`` on the database under the lock; on a database error heal and
        retry once. Other tables in the same file (the audio analysis) use it too.

        A damaged database is rebuilt and the operation retried; one that cannot be
        written or read gives a notice (``could not be <failure> (…); <consequence>``,
        once per kind) and ``fallback``.
        """
        with self._lock:
            for attempt in (1, 2):
                try:
                    return operation(self._conn)
                except sqlite3.DatabaseError as exc:
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.rollback()
                    if attempt == 2 or not self._damaged(exc):
                        self._notice(
                            failure,
                            f"The library index {display(self.path)} could not be {failure} "
                            f"({exc}); {consequence}.",
                        )
                        return fallback
                    self._conn.close()
                    self._conn = self._rebuild(exc) if self.persistent else self._open(":memory:")
            raise AssertionError("unreachable")

    def _damaged(self, exc: sqlite3.Error) -> bool:
        """Whether ``exc`` (or the integrity check it prompts) shows a damaged database."""
        if _is_damage(exc):
            return True
        try:
            _check(self._conn)
        except sqlite3.Error as check:
            return _is_damage(check)
        return False

    # -- the cache ------------------------------------------------------------------------

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
    def _range(root: Path) -> tuple[bytes, bytes]:
        """Key range of every path strictly under ``root`` (``root/`` up to ``root0``)."""
        prefix = os.fsencode(os.path.join(os.fspath(root), ""))
        return prefix, prefix[:-1] + bytes([prefix[-1] + 1])

    def load_under(self, root: Path) -> dict[str, CachedFile]:
        """Every cached file under ``root`` (an absolute folder), keyed by path string."""
        low, high = self._range(root)

        def load(conn: sqlite3.Connection) -> list[Any]:
            return conn.execute(
                "SELECT path, mtime_ns, size, problem, detail, format, moods, title, artist,"
                " album, genre, duration, has_cover FROM files WHERE path >= ? AND path < ?",
                (low, high),
            ).fetchall()

        result: dict[str, CachedFile] = {}
        rows: list[Any] = self.run(load, [], "read", "every file is read again")
        for path, mtime_ns, size, *rest in rows:
            outcome = _outcome(tuple(rest))
            if outcome is not None:
                result[os.fsdecode(path)] = CachedFile(mtime_ns, size, outcome)
        return result

    def update(self, changed: Mapping[str, CachedFile], removed: Iterable[str] = ()) -> None:
        """Store ``changed`` rows and forget ``removed`` paths, in one transaction.

        Args:
            changed: rows to insert or replace, keyed by absolute path.
            removed: paths that no longer exist.
        """
        rows = [_row(path, cached) for path, cached in changed.items()]
        gone = [(os.fsencode(path),) for path in removed]
        if not rows and not gone:
            return

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows
            )
            conn.executemany("DELETE FROM files WHERE path = ?", gone)
            conn.commit()

        self.run(write, None)

    def clear(self) -> None:
        """Forget everything."""

        def clear(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM files")
            conn.commit()

        self.run(clear, None)

    def __len__(self) -> int:
        def count(conn: sqlite3.Connection) -> int:
            return int(conn.execute("SELECT COUNT(*) FROM files").fetchone()[0])

        return self.run(count, 0)


def _check(conn: sqlite3.Connection) -> None:
    """Raise :class:`_Damaged` unless SQLite's quick integrity check passes."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise _Damaged("; ".join(str(r[0]) for r in rows[:3]))
