"""Folder trees deeper than a recursive walk (or ``shutil.rmtree``) can take."""

from __future__ import annotations

import os
from pathlib import Path


def nest(top: Path, depth: int, name: str = "d") -> int:
    """Make ``depth`` folders ``name/name/…`` under ``top``; a descriptor of the last.

    Every call is relative to a descriptor, so the whole path may exceed what the
    system allows. The caller closes the descriptor.
    """
    fd = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    return fd


def remove_nested(top: Path, depth: int, name: str = "d") -> None:
    """Remove what :func:`nest` made under ``top`` (and anything in its last folder).

    Bottom-up and without recursion: pytest's own clean-up of a temporary folder would
    fail on such a tree.
    """
    fds = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth):
            fds.append(os.open(name, os.O_RDONLY, dir_fd=fds[-1]))
        for level in reversed(range(1, depth + 1)):
            for entry in os.listdir(fds[level]):
                os.unlink(entry, dir_fd=fds[level])
            os.close(fds.pop())
            os.rmdir(name, dir_fd=fds[-1])
    finally:
        for fd in fds:
            os.close(fd)
