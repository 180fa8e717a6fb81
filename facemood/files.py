"""Small file helpers shared by every area: atomic writes and free file names.

No Qt, no third-party imports: core code may use them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never half.

    The data is flushed to disk (fsync) before the temp file replaces ``path``, so a power
    cut cannot leave an empty file behind either.

    Raises:
        OSError: the folder or file could not be written (no temp file is left behind).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """:func:`atomic_write_bytes` of ``text`` as UTF-8 with ``\\n`` line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``… when that name is taken."""
    path = folder / f"{stem}{suffix}"
    n = 1
    while path.exists() or path.is_symlink():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path
