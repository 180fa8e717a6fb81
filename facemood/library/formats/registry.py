"""The registry: every format, found by extension, with the file's content as the fallback.

Extension lookup and content sniffing are built from what each format class declares
(``extensions``, ``family``, ``signatures``), the way Picard's ``formats/registry.py``
does, so adding a format means adding its class to :data:`FORMATS` and nothing else.
"""

from __future__ import annotations

import os
from pathlib import Path

from facemood.library.formats.aac import AACFormat
from facemood.library.formats.apev2 import MonkeysAudioFormat, MusepackFormat, WavPackFormat
from facemood.library.formats.asf import ASFFormat
from facemood.library.formats.base import (
    HEADER_SIZE,
    AudioFormat,
    BadFileError,
    CoverArt,
    FileProblem,
    TagInfo,
    translate_errors,
    unreadable_error,
)
from facemood.library.formats.id3 import AIFFFormat, MP3Format, WaveFormat
from facemood.library.formats.mp4 import MP4Format
from facemood.library.formats.vorbis import (
    FLACFormat,
    OggFLACFormat,
    OggVorbisFormat,
    OpusFormat,
    SpeexFormat,
)

FORMATS: tuple[type[AudioFormat], ...] = (
    MP3Format,
    FLACFormat,
    OggVorbisFormat,
    OpusFormat,
    OggFLACFormat,
    SpeexFormat,
    MP4Format,
    WaveFormat,
    AIFFFormat,
    ASFFormat,
    WavPackFormat,
    MusepackFormat,
    MonkeysAudioFormat,
    AACFormat,
)
"""Every supported format, in the order tried when sniffing content."""

_BY_EXTENSION: dict[str, type[AudioFormat]] = {
    ext: fmt for fmt in FORMATS for ext in fmt.extensions
}

_BY_FAMILY: dict[str, tuple[type[AudioFormat], ...]] = {}
for _fmt in FORMATS:
    _BY_FAMILY[_fmt.family] = (*_BY_FAMILY.get(_fmt.family, ()), _fmt)

AUDIO_EXTENSIONS: frozenset[str] = frozenset(_BY_EXTENSION)
"""Extensions opened as audio (lower case, with the dot)."""

PLAYLIST_EXTENSIONS: frozenset[str] = frozenset({".m3u", ".m3u8", ".pls", ".xspf", ".wpl"})
"""Playlist files: never tracks themselves; M3U/M3U8 ones named after a mood give moods."""

NOT_AUDIO_EXTENSIONS: frozenset[str] = frozenset(
    (
        *(".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".ico", ".svg"),
        *(".txt", ".md", ".rst", ".nfo", ".log", ".cue", ".lrc", ".pdf", ".doc", ".docx"),
        *(".html", ".htm", ".xml", ".json", ".yml", ".yaml", ".ini", ".db", ".sqlite"),
        *(".ds_store", ".py", ".sh", ".sfv", ".md5", ".url", ".lnk", ".zip", ".rar", ".7z"),
        *(".tar", ".gz", ".tmp", ".part", ".torrent"),
    )
)
"""Extensions known to be something else: skipped as "not audio" without being opened."""


def format_for_extension(path: Path) -> type[AudioFormat] | None:
    """The format registered for ``path``'s extension, or ``None``."""
    return _BY_EXTENSION.get(path.suffix.lower())


def sniff(header: bytes) -> str | None:
    """The container family a file's first bytes announce, or ``None`` for "not audio".

    Families match :attr:`AudioFormat.family`.
    """
    for fmt in FORMATS:
        if fmt.sniffs(header):
            return fmt.family
    return None


def open_audio(path: str | os.PathLike[str]) -> AudioFormat:
    """Open an audio file with the format its extension names, falling back to its content.

    Raises:
        BadFileError: the file is empty, not audio, truncated, corrupt, unreadable or of a
            format we do not support; ``problem`` says which.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise unreadable_error(path, exc) from exc
    if not header:
        raise BadFileError(FileProblem.EMPTY, f"{path.name} is empty", "The file has zero bytes.")
    by_ext = format_for_extension(path)
    found = sniff(header)
    candidates: list[type[AudioFormat]] = []
    if by_ext is not None and (found is None or found == by_ext.family):
        candidates.append(by_ext)
    if found is not None:
        candidates.extend(f for f in _BY_FAMILY[found] if f not in candidates)
    if not candidates:
        raise BadFileError(
            FileProblem.NOT_AUDIO, f"{path.name} is not an audio file", "Unknown content."
        )
    first_error: BadFileError | None = None
    for fmt in candidates:
        try:
            return fmt.load(path)
        except BadFileError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def read_info(path: str | os.PathLike[str]) -> TagInfo:
    """Open ``path`` and read its :class:`TagInfo`.

    Raises:
        BadFileError: see :func:`open_audio`.
    """
    return open_audio(path).info()


def read_cover(path: str | os.PathLike[str]) -> CoverArt | None:
    """The embedded cover art of an audio file, or ``None`` (also for unreadable files)."""
    try:
        audio = open_audio(path)
        with translate_errors(audio.path, type(audio)):
            return audio.cover()
    except BadFileError:
        return None
