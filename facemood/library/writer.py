"""Write a mood into an audio file's native mood field, in place and crash-safe.

:func:`tag_file` changes only the mood field (see :mod:`facemood.library.formats` for
which field each format uses). Every other tag and the audio data stay as they are,
and so does the file itself: it is edited in place through mutagen, the way Picard and
Quod Libet do, so its inode, owner, mode, extended attributes and hard links are kept.
ID3 files keep their version: v2.4 gets ``TMOO`` (and an existing ``TXXX:MOOD`` the
same value), v2.3 gets ``TXXX:MOOD``.

Safety, in order:

1. the file is read and refused if it is not a readable, taggable audio file;
2. a backup copy is taken into the tag journal (:mod:`.journal`);
3. if the file changed since it was read (another program wrote to it), nothing is
   written and the write is refused;
4. the mood is saved in place, flushed to disk, and the file read back: the mood must
   be there and every other field as before, else the backup is put back;
5. the journal entry is removed. A crash before that leaves the entry, and the next
   tag write or library scan restores the original (:func:`.journal.recover`).
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
from pathlib import Path

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.fsnames import display, explain
from facemood.library import formats, journal
from facemood.library.formats import AudioFormat, BadFileError, TagInfo
from facemood.library.formats.base import unsupported_error
from facemood.library.journal import Stamp
from facemood.library.moods import parse_mood

log = logging.getLogger("facemood.library")


def tag_file(path: str | os.PathLike[str], mood: MusicMood | str) -> MusicMood:
    """Set the mood of one audio file.

    Args:
        path: the audio file (a symbolic link tags the file it points to).
        mood: a :class:`MusicMood` or any word :func:`~facemood.library.moods.parse_mood`
            knows ("Chill" → calm); the canonical value (e.g. ``"calm"``) is written.

    Returns:
        The mood written.

    Raises:
        LibraryError: the mood is unknown; the file is missing, not audio, truncated,
            corrupt, of a format without a mood field, read-only, or changed by another
            program while it was being tagged; or it could not be written. The file is
            unchanged in every case. (:class:`~facemood.library.formats.BadFileError`,
            a subclass, when the file itself is the problem.)
    """
    value = mood if isinstance(mood, MusicMood) else parse_mood(mood)
    if value is None:
        known = ", ".join(m.value for m in MusicMood)
        raise LibraryError(f"Unknown mood {mood!r}", f"Use one of: {known}.")
    target = _resolve(path)
    journal.recover()  # a tag write killed earlier is undone before anything else
    try:
        stamp = Stamp.of(target)
    except OSError as exc:
        raise LibraryError(f"{display(target.name)} cannot be read", explain(exc, target)) from exc

    audio = formats.open_audio(target)  # refuses bad files before anything is written
    before = audio.info()  # a file whose tags cannot be parsed is refused too
    if not audio.can_write_mood():
        raise unsupported_error(target, audio.name)
    _check_writable(target)

    entry = journal.Entry.begin(target, stamp)
    with entry:
        try:
            changed = Stamp.of(target) != stamp
        except OSError:
            changed = True
        if changed:
            raise LibraryError(
                f"{display(target.name)} changed while it was being tagged; not tagged",
                "Another program wrote to it. Nothing was written; try again.",
            )
        try:
            audio.set_mood(value.value)
            _flush(target)
            _verify(type(audio), target, before, value)
        except BaseException as exc:
            _restore(entry)
            space = _no_room_error(target, exc)
            if space is not None:
                raise space from exc
            raise
    log.info("tagged %s as %s (%s)", display(target), value.value, audio.mood_key())
    return value


_NO_ROOM = {
    errno.ENOSPC: (
        "not enough free space — nothing was changed",
        "the disk holding it is full. Free some space on it and tag again.",
    ),
    errno.EDQUOT: (
        "your disk quota is used up — nothing was changed",
        "free some of your space on that disk (or ask its administrator for more) and tag again.",
    ),
    errno.EFBIG: (
        "the file would grow past the size allowed — nothing was changed",
        "the file system (or a limit on this process) does not allow a larger file. "
        "Move it to another disk and tag it there.",
    ),
    errno.EROFS: (
        "its disk is read-only — nothing was changed",
        "the disk was mounted read-only. Copy the file to a writable folder and tag the copy.",
    ),
}
"""Write errors that are the disk's fault, not the file's: what to say and what to do."""


def _no_room_error(target: Path, exc: BaseException) -> LibraryError | None:
    """The plain-words error for a write the disk refused (after the file was restored)."""
    os_error = formats.os_error_behind(exc)
    if os_error is None or os_error.errno not in _NO_ROOM:
        return None
    message, advice = _NO_ROOM[os_error.errno]
    return LibraryError(
        f"Cannot tag {display(target.name)}: {message}", f"{display(target)}: {advice}"
    )


def _restore(entry: journal.Entry) -> None:
    """Put the original back after a failed edit."""
    try:
        entry.restore()
    except OSError as exc:
        name = display(entry.target.name)
        raise LibraryError(
            f"{name} could not be restored after a failed tag write",
            f"{explain(exc)}. Its backup is kept in {display(entry.backup)} and is put "
            "back by the next tag write or library scan.",
        ) from exc


def _resolve(path: str | os.PathLike[str]) -> Path:
    """The real file behind ``path``, checked to be a regular file."""
    target = Path(os.path.realpath(path))
    try:
        is_file = target.is_file()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise LibraryError(f"{display(target.name)}: cannot tag", explain(exc, path)) from exc
    if not is_file:
        raise LibraryError(
            f"{display(target.name)}: no such file", f"{display(target)} is not a file."
        )
    return target


def _check_writable(target: Path) -> None:
    """Refuse a file this process may not write, naming the file (nothing is written)."""
    try:
        with open(target, "r+b"):
            pass
    except OSError as exc:
        raise _no_room_error(target, exc) or LibraryError(
            f"{display(target.name)} cannot be written", explain(exc, target)
        ) from exc


def _flush(target: Path) -> None:
    """Force the edited file's data to disk before its journal entry is dropped."""
    try:
        with open(target, "r+b") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        raise LibraryError(f"{display(target.name)} cannot be written", explain(exc)) from exc


def _verify(fmt: type[AudioFormat], target: Path, before: TagInfo, mood: MusicMood) -> None:
    """Read the file back: the mood must be there and nothing else different."""
    try:
        after = fmt.load(target).info()
    except BadFileError as exc:
        raise LibraryError(
            f"{display(target.name)}: the tagged file did not read back", str(exc)
        ) from exc
    if parse_mood(after.moods[0] if after.moods else None) is not mood:
        raise LibraryError(
            f"{display(target.name)}: the mood did not stick",
            f"Wrote {mood.value!r} but read back {after.moods!r}.",
        )
    if dataclasses.replace(after, moods=()) != dataclasses.replace(before, moods=()):
        raise LibraryError(
            f"{display(target.name)}: tagging would have changed more than the mood",
            f"Before: {before}; after: {after}. The file was restored.",
        )
