"""Write a mood into an audio file's native mood field, losslessly and atomically.

:func:`tag_file` changes only the mood field (see :mod:`facemood.library.formats` for
which field each format uses). Every other tag and the audio data stay as they are;
ID3 tags are saved as ID3v2.4 because ID3v2.3 has no ``TMOO`` frame. When an ID3 file
also has a ``TXXX:MOOD`` frame (written by v2.3 taggers) it gets the same value, so no
reader sees a stale mood.

The write is atomic: the file is copied to a temporary file in the same folder, the copy
is tagged and read back, and only then replaces the original with :func:`os.replace`.
A crash or a full disk leaves the original untouched. A corrupt, truncated or
unsupported file is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.library import formats
from facemood.library.formats import BadFileError
from facemood.library.moods import parse_mood

log = logging.getLogger("facemood.library")


def tag_file(path: str | os.PathLike[str], mood: MusicMood | str) -> MusicMood:
    """Set the mood of one audio file.

    Args:
        path: the audio file.
        mood: a :class:`MusicMood` or any word :func:`~facemood.library.moods.parse_mood`
            knows ("Chill" → calm); the canonical value (e.g. ``"calm"``) is written.

    Returns:
        The mood written.

    Raises:
        LibraryError: the mood is unknown, the file is missing, not audio, truncated,
            corrupt, of a format without a mood field, or could not be written. The file
            is unchanged in every case. (:class:`~facemood.library.formats.BadFileError`,
            a subclass, when the file itself is the problem.)
    """
    # Tag the file a symbolic link points to: replacing the link itself would turn it
    # into a separate copy and leave the real file untagged.
    target = Path(os.path.realpath(path))
    value = mood if isinstance(mood, MusicMood) else parse_mood(mood)
    if value is None:
        known = ", ".join(m.value for m in MusicMood)
        raise LibraryError(f"Unknown mood {mood!r}", f"Use one of: {known}.")
    if not target.is_file():
        raise LibraryError(f"{target.name}: no such file", f"{target} is not a file.")

    original = formats.open_audio(target)  # refuses bad files before anything is written
    original.info()  # a file whose tags cannot be parsed is refused too
    fmt = type(original)
    if not fmt.can_write_mood():
        raise BadFileError(
            formats.FileProblem.UNSUPPORTED,
            f"{target.name}: {fmt.name} files cannot carry a mood tag",
            "Convert it to another format (e.g. M4A or MP3), or put it in a mood folder.",
        )

    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem[:40]}.", suffix=".facemood.tmp", dir=target.parent
        )
        os.close(fd)
    except OSError as exc:
        raise LibraryError(
            f"Cannot write to the folder of {target.name}", f"{target.parent}: {exc}"
        ) from exc
    tmp = Path(tmp_name)
    try:
        try:
            shutil.copyfile(target, tmp)
            shutil.copymode(target, tmp)
        except OSError as exc:
            raise LibraryError(f"Cannot copy {target.name}", str(exc)) from exc
        fmt.load(tmp).set_mood(value.value)
        written = fmt.load(tmp).info()
        if parse_mood(written.moods[0] if written.moods else None) is not value:
            raise LibraryError(
                f"{target.name}: the mood did not stick",
                f"Wrote {value.value!r} but read back {written.moods!r}.",
            )
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise LibraryError(f"Cannot replace {target.name}", str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    log.info("tagged %s as %s (%s)", target, value.value, fmt.mood_field)
    return value
