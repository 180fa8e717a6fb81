"""The tag journal: a backup copy of each file taken before it is edited in place.

:func:`~facemood.library.writer.tag_file` edits a file in place (keeping its inode,
owner, mode, extended attributes and hard links). To stay crash-safe it first copies
the file into ``<data dir>/tag-journal/<id>.backup`` and then writes ``<id>.json``
naming the file; both are removed once the edit is complete and checked. A process
killed in between leaves them behind, and :func:`recover` (run before every tag write
and every library scan) copies the backup back into the file, in place, and removes
them. So after any crash a file holds either its original bytes or the finished edit.

While an edit runs its record is locked (``flock``; ``msvcrt.locking`` on Windows), so
another FaceMood process recovering at the same moment leaves it alone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sys
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType

from facemood import paths
from facemood.errors import LibraryError
from facemood.fsnames import display, explain

log = logging.getLogger("facemood.library")

JOURNAL_DIRNAME = "tag-journal"

_LEGACY_TEMP = re.compile(r"^\..*\.[a-z0-9_]{8}\.facemood\.tmp$")
"""Temp files of earlier versions' copy-and-replace writer: ``.NAME.XXXXXXXX.facemood.tmp``."""


def journal_dir() -> Path:
    """``<data dir>/tag-journal``."""
    return paths.data_dir(create=False) / JOURNAL_DIRNAME


def is_leftover_temp(name: str) -> bool:
    """Whether ``name`` is a temp file an earlier FaceMood's tag writer left behind."""
    return bool(_LEGACY_TEMP.match(name))


@dataclass(frozen=True, slots=True)
class Stamp:
    """What tells one state of a file from another: identity, size and times."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Stamp:
        """The stamp of ``path`` now (follows symbolic links).

        Raises:
            OSError: it cannot be looked at.
        """
        st = os.stat(path)
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def same_file(self, other: Stamp) -> bool:
        """Whether ``other`` is the same file (device and inode), in whatever state."""
        return (self.dev, self.ino) == (other.dev, other.ino)


class Entry:
    """One in-place edit in progress: its backup and its locked record.

    Use :meth:`begin`; then :meth:`restore` if the edit failed, and :meth:`close`
    (or the ``with`` block) once the file holds what it should.
    """

    def __init__(self, target: Path, stamp: Stamp, record: Path, fd: int) -> None:
        self.target = target
        self.stamp = stamp
        self.record = record
        self.backup = record.with_suffix(".backup")
        self._fd = fd
        self._keep = False

    @classmethod
    def begin(cls, target: Path, stamp: Stamp) -> Entry:
        """Copy ``target`` aside and record it, before anything is written to it.

        Raises:
            LibraryError: the journal folder cannot be written (read-only data folder,
                full disk); ``target`` is untouched.
        """
        folder = journal_dir()
        record = folder / "-"
        fd = -1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            record, fd = _new_record(folder)
            entry = cls(target, stamp, record, fd)
            _copy(target, entry.backup)
            os.write(fd, json.dumps({"path": os.fsencode(target).hex(), **asdict(stamp)}).encode())
            os.fsync(fd)
            _sync_folder(folder)
        except OSError as exc:
            if fd >= 0:
                os.close(fd)
            for leftover in (record, record.with_suffix(".backup")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise LibraryError(
                f"Cannot tag {display(target.name)}: no room for its safety copy",
                f"{display(folder)}: {explain(exc)}. FaceMood copies a file there before "
                "editing it, so that a crash cannot damage it.",
            ) from exc
        return entry

    def restore(self) -> None:
        """Put the backup's bytes back into the file, in place, with its old mtime.

        Raises:
            OSError: the file could not be written back (the journal is kept, so the
                next :func:`recover` tries again).
        """
        try:
            _restore(self.target, self.backup, self.stamp)
        except OSError:
            self._keep = True
            raise

    def close(self) -> None:
        """Forget the edit: remove the record (the commit point), then the backup.

        After a failed :meth:`restore` both are kept (only the lock is released), so
        :func:`recover` puts the original back later.
        """
        if self._keep:
            os.close(self._fd)
            return
        with contextlib.suppress(OSError):
            self.record.unlink()
        os.close(self._fd)
        with contextlib.suppress(OSError):
            self.backup.unlink()

    def __enter__(self) -> Entry:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def recover() -> list[Path]:
    """Finish what a killed tag write left: restore its files, remove its copies.

    Returns:
        The files that were restored to their state before the interrupted write.
    """
    folder = journal_dir()
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []  # no journal folder: nothing was ever interrupted
    restored: list[Path] = []
    for name in names:
        if name.endswith(".json"):
            target = _recover_one(folder / name)
            if target is not None:
                restored.append(target)
    for name in names:  # copies whose record is gone: their edit had completed
        path = folder / name
        if name.endswith(".backup") and not path.with_suffix(".json").exists():
            with contextlib.suppress(OSError):
                path.unlink()
    return restored


def _recover_one(record: Path) -> Path | None:
    try:
        fd = os.open(record, os.O_RDONLY)
    except OSError:
        return None  # just finished by its own writer
    try:
        if not _try_lock(fd):
            return None  # an edit in progress in another process or thread
        with os.fdopen(os.dup(fd), "rb") as fh:
            raw = fh.read()
        backup = record.with_suffix(".backup")
        try:
            data = json.loads(raw)
            target = Path(os.fsdecode(bytes.fromhex(data.pop("path"))))
            stamp = Stamp(**data)
        except (ValueError, TypeError, KeyError, AttributeError):
            # The record is written after the backup is complete and before the file
            # is touched: without a full record the file was never edited.
            _remove(record, backup)
            return None
        try:
            current = Stamp.of(target)
        except OSError:
            current = None
        if current is None or not stamp.same_file(current):
            log.warning(
                "tag journal: %s was replaced or removed since an interrupted tag write; "
                "its backup is dropped",
                display(target),
            )
            _remove(record, backup)
            return None
        try:
            _restore(target, backup, stamp)
        except OSError as exc:
            log.warning("tag journal: cannot restore %s yet: %s", display(target), explain(exc))
            return None
        log.warning("tag journal: restored %s after an interrupted tag write", display(target))
        _remove(record, backup)
        return target
    finally:
        os.close(fd)


def _restore(target: Path, backup: Path, stamp: Stamp) -> None:
    with open(backup, "rb") as src, open(target, "r+b") as dst:
        shutil.copyfileobj(src, dst)
        dst.truncate()
        dst.flush()
        os.fsync(dst.fileno())
    os.utime(target, ns=(os.stat(target).st_atime_ns, stamp.mtime_ns))


def _copy(source: Path, backup: Path) -> None:
    """Copy ``source`` to a new ``backup`` file and flush it to disk."""
    with open(source, "rb") as src, open(backup, "xb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def _remove(*files: Path) -> None:
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make new names in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def _new_record(folder: Path) -> tuple[Path, int]:
    """Create and lock an empty record file; returns its path and open descriptor.

    A :func:`recover` in another process may lock a new, empty record before its
    writer does (and then removes it); the writer then simply takes another name.
    """
    for _ in range(5):
        record = folder / f"{uuid.uuid4().hex}.json"
        fd = os.open(record, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        if _try_lock(fd):
            return record, fd
        os.close(fd)
    raise OSError(f"{folder}: every new journal record was taken by another process")
