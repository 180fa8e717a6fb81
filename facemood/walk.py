"""Walk a folder tree without recursion, staying out of system and other file systems.

:func:`walk_tree` yields every entry that is not a folder (files, links, FIFOs…) in
path order, and a :class:`FolderLeftOut` for each folder it does not enter:

* folders that cannot be listed (permissions, I/O errors);
* folders on a pseudo file system (``/proc``, ``/sys``, ``/dev``, cgroups, …): they hold
  the system's own state, such as other processes' open files, never the user's media;
* mount points of other file systems (a USB disk, a network share, a bind mount), unless
  ``cross_mounts`` is set;
* a folder already visited (only a bind mount can make a loop: links to folders are
  never followed).

The walk keeps a stack of folder listings instead of recursing, so a tree thousands of
levels deep costs memory in proportion to its depth and never hits Python's recursion
limit. Only Qt-free standard library code: every area may use it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from facemood.fsnames import display, explain

log = logging.getLogger("facemood.walk")

PSEUDO_FS_TYPES: Final = frozenset(
    {
        "autofs",
        "binfmt_misc",
        "bpf",
        "cgroup",
        "cgroup2",
        "configfs",
        "debugfs",
        "devfs",
        "devpts",
        "devtmpfs",
        "efivarfs",
        "fusectl",
        "hugetlbfs",
        "mqueue",
        "nsfs",
        "proc",
        "pstore",
        "rpc_pipefs",
        "securityfs",
        "selinuxfs",
        "sysfs",
        "tracefs",
    }
)
"""File system types that hold the system's state, not files: never walked or read."""

SYSTEM_FOLDERS: Final = ("/proc", "/sys", "/dev")
"""Pseudo file systems by place, for systems without ``/proc/self/mountinfo``."""


class LeftOut(StrEnum):
    """Why a folder was not entered."""

    UNREADABLE = "cannot be listed"
    SYSTEM = "a system folder"
    OTHER_FILE_SYSTEM = "another file system"
    LOOP = "already listed (a loop)"


@dataclass(frozen=True, slots=True)
class FolderLeftOut:
    """A folder the walk did not enter, and why (``error`` for an unreadable one)."""

    path: str
    folders: tuple[str, ...]
    """Folder names from the root down to this one (itself included)."""
    reason: LeftOut
    error: OSError | None = None

    def describe(self) -> str:
        """``"/x/proc: a system folder"``, printable."""
        why = explain(self.error) if self.error is not None else self.reason.value
        return f"{display(self.path)}: {why}"


@dataclass(frozen=True, slots=True)
class FileFound:
    """An entry that is not a folder (a link to a folder included): its path and entry."""

    entry: os.DirEntry[str]
    folders: tuple[str, ...]
    """Folder names from the root down to the file's folder."""

    @property
    def path(self) -> str:
        """The entry's path (under the root as given)."""
        return self.entry.path


@dataclass(frozen=True, slots=True)
class Mounts:
    """The mounted file systems: mount points, and the devices of pseudo file systems."""

    points: dict[str, str]
    """Mount point (real path) → file system type."""
    pseudo_devices: frozenset[int]
    """``st_dev`` of every pseudo file system (see :data:`PSEUDO_FS_TYPES`)."""

    @classmethod
    def read(cls, mountinfo: str = "/proc/self/mountinfo") -> Mounts:
        """The mounts of this process (empty where ``mountinfo`` does not exist)."""
        try:
            with open(mountinfo, encoding="utf-8", errors="surrogateescape") as fh:
                lines = fh.read().splitlines()
        except OSError:
            return cls({}, frozenset())
        points: dict[str, str] = {}
        pseudo: set[int] = set()
        for line in lines:
            fields = line.split(" ")
            try:
                dash = fields.index("-")
                major, minor = fields[2].split(":")
                point, fs_type = _unescape(fields[4]), fields[dash + 1]
            except (ValueError, IndexError):
                continue
            points[point] = fs_type
            if fs_type in PSEUDO_FS_TYPES:
                pseudo.add(os.makedev(int(major), int(minor)))
        return cls(points, frozenset(pseudo))

    def is_system(self, real_path: str, st: os.stat_result | None = None) -> bool:
        """Whether ``real_path`` (or the file ``st`` describes) is on a pseudo file system."""
        if st is not None and st.st_dev in self.pseudo_devices:
            return True
        if self.points.get(real_path) in PSEUDO_FS_TYPES:
            return True
        return not self.points and any(
            real_path == f or real_path.startswith(f + "/") for f in SYSTEM_FOLDERS
        )

    def system_root(self, real_path: str) -> str | None:
        """The mount point of the pseudo file system holding ``real_path``, if any."""
        best = ""
        for point in self.points:
            inside = real_path == point or real_path.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best = point
        if best and self.points[best] in PSEUDO_FS_TYPES:
            return best
        if not self.points:
            return next(
                (f for f in SYSTEM_FOLDERS if real_path == f or real_path.startswith(f + "/")),
                None,
            )
        return None


def _unescape(field: str) -> str:
    r"""A mountinfo path: spaces, tabs, newlines and backslashes come as ``\ooo``."""
    if "\\" not in field:
        return field
    raw = os.fsencode(field)
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i : i + 1] == b"\\" and raw[i + 1 : i + 4].isdigit():
            out.append(int(raw[i + 1 : i + 4], 8))
            i += 4
        else:
            out.append(raw[i])
            i += 1
    return os.fsdecode(bytes(out))


def is_system_wide(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a whole system's root (``/``, or ``C:\\`` on Windows)."""
    real = os.path.realpath(path)
    return os.path.dirname(real) == real


def walk_tree(
    root: str | os.PathLike[str],
    *,
    cross_mounts: bool = False,
    mounts: Mounts | None = None,
) -> Iterator[FileFound | FolderLeftOut]:
    """Every non-folder entry under ``root``, in path order; see the module docstring.

    Args:
        root: the folder to walk (it is listed even when it is a mount point itself).
        cross_mounts: also enter other (real) file systems mounted inside ``root``.
        mounts: the mount table (tests pass one); ``None`` reads this system's.

    Yields:
        :class:`FileFound` for files, links and special files; :class:`FolderLeftOut`
        for each folder not entered.
    """
    table = Mounts.read() if mounts is None and sys.platform != "win32" else mounts
    table = table if table is not None else Mounts({}, frozenset())
    top = os.fspath(root)
    try:
        top_st = os.stat(top)
    except OSError as exc:
        yield FolderLeftOut(top, (), LeftOut.UNREADABLE, exc)
        return
    visited = {(top_st.st_dev, top_st.st_ino)}
    # One frame per open folder: its remaining children (sorted), its real path, the
    # folder names from the root and its device (a child on another device is a mount).
    listing = _list(top, ())
    if isinstance(listing, FolderLeftOut):
        yield listing
        return
    stack: list[tuple[Iterator[os.DirEntry[str]], str, tuple[str, ...], int]] = [
        (iter(listing), os.path.realpath(top), (), top_st.st_dev)
    ]
    while stack:
        children, real, rel, dev = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        try:
            is_dir = child.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False  # stat failed: reported by whoever looks at the entry
        if not is_dir:
            yield FileFound(child, rel)
            continue
        sub_rel = (*rel, child.name)
        sub_real = os.path.join(real, child.name)
        try:
            st = child.stat(follow_symlinks=False)
        except OSError as exc:
            yield FolderLeftOut(child.path, sub_rel, LeftOut.UNREADABLE, exc)
            continue
        reason = _left_out(table, sub_real, st, dev, cross_mounts, visited)
        if reason is not None:
            log.info("not entering %s: %s", display(child.path), reason.value)
            yield FolderLeftOut(child.path, sub_rel, reason)
            continue
        visited.add((st.st_dev, st.st_ino))
        listing = _list(child.path, sub_rel)
        if isinstance(listing, FolderLeftOut):
            yield listing
            continue
        stack.append((iter(listing), sub_real, sub_rel, st.st_dev))


def _left_out(
    mounts: Mounts,
    real: str,
    st: os.stat_result,
    parent_dev: int,
    cross_mounts: bool,
    visited: set[tuple[int, int]],
) -> LeftOut | None:
    """Why the folder at ``real`` is not entered, or ``None`` to enter it."""
    if mounts.is_system(real, st):
        return LeftOut.SYSTEM
    if (st.st_dev, st.st_ino) in visited:
        return LeftOut.LOOP
    mounted = st.st_dev != parent_dev or real in mounts.points
    if mounted and not cross_mounts:
        return LeftOut.OTHER_FILE_SYSTEM
    return None


def _list(folder: str, rel: tuple[str, ...]) -> list[os.DirEntry[str]] | FolderLeftOut:
    """``folder``'s entries sorted by name, or why it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", display(folder), explain(exc))
        return FolderLeftOut(folder, rel, LeftOut.UNREADABLE, exc)
