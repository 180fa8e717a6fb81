"""File names as the user sees them: always printable, and OS errors in plain words.

On POSIX a file name is bytes. Python hands names that are not valid UTF-8 over as
``str`` with surrogate escapes (``"caf\\udce9.ogg"``); such a string opens the file but
cannot be printed, written to a UTF-8 log or bound in SQLite. :func:`display` turns any
name into text that can (``"caf\\xe9.ogg"``), without changing the name used to open it.
"""

from __future__ import annotations

import errno
import os

NAME_MAX = 255
"""Bytes most file systems allow in one file or folder name."""

_SHORT = 60  # characters of an over-long name shown before an ellipsis


def display(name: str | os.PathLike[str]) -> str:
    """``name`` as printable text: bytes that are not UTF-8 appear as ``\\xNN``."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def shorten(name: str | os.PathLike[str], limit: int = _SHORT) -> str:
    """:func:`display` of ``name``, cut to ``limit`` characters with an ellipsis."""
    text = display(name)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def too_long_part(path: str | os.PathLike[str]) -> str | None:
    """The first component of ``path`` longer than :data:`NAME_MAX` bytes, or ``None``."""
    for part in os.fsencode(path).split(os.fsencode(os.sep)):
        if len(part) > NAME_MAX:
            return os.fsdecode(part)
    return None


def explain(exc: OSError, path: str | os.PathLike[str] | None = None) -> str:
    """Why an operation on ``path`` failed, in words fit for a message.

    A name over the file system's limit says which part and how long it is, instead
    of the bare ``File name too long``.
    """
    if exc.errno == errno.ENAMETOOLONG:
        target = path if path is not None else exc.filename
        part = too_long_part(target) if target is not None else None
        if part is not None:
            size = len(os.fsencode(part))
            return (
                f"the name {shorten(part)!s} is {size} bytes long; "
                f"file systems allow at most {NAME_MAX}"
            )
        return "the path is longer than the system allows"
    return exc.strerror or str(exc)
