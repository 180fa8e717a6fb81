"""What every audio format shares: the format class, tag info, problems, error translation.

A format is a subclass of :class:`AudioFormat` that declares what it can do
(``extensions``, ``signatures``, ``mood_field``) and implements the tag hooks. The
registry (:mod:`.registry`) builds extension lookup and content sniffing from those
declarations. Every mutagen or OS error raised inside a format becomes a
:class:`BadFileError` with a :class:`FileProblem` reason (:func:`translate_errors`).
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

import mutagen
import mutagen.id3

from facemood.errors import LibraryError
from facemood.fsnames import display, explain

HEADER_SIZE = 16
"""Bytes of a file's start that sniffing and error classification look at."""


class FileProblem(StrEnum):
    """Why a file under the library folder is not a playable track (the JSON ``reason``)."""

    EMPTY = "empty"
    """Zero bytes."""
    NOT_AUDIO = "not audio"
    """Images, text, documents, anything that is not a known audio format."""
    PLAYLIST = "playlist"
    """An M3U/M3U8/PLS/XSPF playlist: read for moods, never played itself."""
    TRUNCATED = "truncated"
    """Starts like audio but ends early (a cut download or copy)."""
    CORRUPT = "corrupt"
    """Starts like audio but its headers make no sense."""
    UNREADABLE = "unreadable"
    """The operating system would not let us read it (permissions, I/O error, broken link)."""
    UNSUPPORTED = "unsupported"
    """A format we recognise but cannot play or tag."""
    NOT_REGULAR = "not a regular file"
    """A FIFO, socket or device file; never opened."""


class BadFileError(LibraryError):
    """A file that cannot be read as a track; ``problem`` says why.

    Args:
        problem: the reason, recorded in the scan's ``skipped`` list.
        message: short text, e.g. ``"song.mp3 is truncated"``.
        detail: what the decoder said.
    """

    def __init__(self, problem: FileProblem, message: str, detail: str = "") -> None:
        super().__init__(message, detail)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class TagInfo:
    """What the scanner needs from one audio file's tags and stream info.

    Attributes:
        format: the format's display name, e.g. ``"MP3"``.
        moods: raw values of the mood field(s), in reading order (may be empty).
        title, artist, album, genre: the first value of each, or ``None``.
        duration: length in seconds, or ``None`` when the format does not say.
        has_cover: whether embedded cover art is present.
    """

    format: str
    moods: tuple[str, ...] = ()
    title: str | None = None
    artist: str | None = None
    album: str | None = None
    genre: str | None = None
    duration: float | None = None
    has_cover: bool = False


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file that could not be read as audio: the reason and the decoder's words."""

    problem: FileProblem
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CoverArt:
    """Embedded cover art: the image bytes and their MIME type (may be empty)."""

    data: bytes
    mime: str


@dataclass(frozen=True, slots=True)
class Signature:
    """How a format's files start: ``pattern`` compared with the header under ``mask``.

    A zero bit in ``mask`` matches anything, so ``RIFF....WAVE`` or an MPEG sync word
    with given layer bits are one signature each. Build them with :meth:`at`.
    """

    pattern: bytes
    mask: bytes

    @classmethod
    def at(cls, *parts: tuple[int, bytes], mask: bytes | None = None) -> Signature:
        """Bytes at offsets, e.g. ``Signature.at((0, b"RIFF"), (8, b"WAVE"))``.

        Args:
            parts: ``(offset, bytes)`` pairs; the bytes between them match anything.
            mask: for a single part, the bits of it that count (default: all).
        """
        length = max(offset + len(value) for offset, value in parts)
        pattern, full = bytearray(length), bytearray(length)
        for offset, value in parts:
            pattern[offset : offset + len(value)] = value
            full[offset : offset + len(value)] = mask or b"\xff" * len(value)
        return cls(bytes(pattern), bytes(full))

    def matches(self, header: bytes) -> bool:
        """Whether ``header`` (a file's first bytes) starts this way."""
        if len(header) < len(self.pattern):
            return False
        return all(h & m == p & m for h, p, m in zip(header, self.pattern, self.mask, strict=False))


def first_text(value: Any) -> str | None:
    """The first non-empty text of a tag value (a frame, a list, bytes or a str)."""
    if value is None:
        return None
    if isinstance(value, mutagen.id3.Frame):
        value = list(getattr(value, "text", []))
    if isinstance(value, list | tuple):
        for item in value:
            text = first_text(item)
            if text:
                return text
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).strip()
    return text or None


def all_text(value: Any) -> list[str]:
    """Every non-empty text of a tag value."""
    if value is None:
        return []
    if isinstance(value, mutagen.id3.Frame):
        value = list(getattr(value, "text", []))
    items = value if isinstance(value, list | tuple) else [value]
    return [text for item in items if (text := first_text(item))]


def front_cover(pictures: list[Any]) -> CoverArt | None:
    """The front cover among mutagen picture objects (ID3 APIC, FLAC Picture), else the first."""
    if not pictures:
        return None
    front = [p for p in pictures if p.type == mutagen.id3.PictureType.COVER_FRONT]
    picture = (front or pictures)[0]
    return CoverArt(bytes(picture.data), str(picture.mime))


class AudioFormat:
    """One audio file format: how to recognise and open it and where its tags live.

    Subclasses set the class attributes and implement the tag hooks. Instances wrap one
    opened file; use :func:`~facemood.library.formats.open_audio` rather than
    constructing them directly.

    Attributes:
        name: display name, e.g. ``"FLAC"``.
        extensions: lower-case file extensions with the dot.
        family: the container family :func:`~facemood.library.formats.sniff` reports
            for this format's files; formats of one family share their signatures.
        signatures: how the format's files start; any one matching is enough.
        mood_field: the native mood field written by :meth:`set_mood`; ``None`` when the
            format cannot carry one.
    """

    name: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()
    family: ClassVar[str] = ""
    signatures: ClassVar[tuple[Signature, ...]] = ()
    mood_field: ClassVar[str | None] = None
    _mutagen_type: ClassVar[Any] = None

    def __init__(self, path: Path, file: Any) -> None:
        self.path = path
        self.file = file

    @classmethod
    def can_write_mood(cls) -> bool:
        """Whether :meth:`set_mood` works for this format."""
        return cls.mood_field is not None

    @classmethod
    def sniffs(cls, header: bytes) -> bool:
        """Whether a file starting with ``header`` announces this format's family."""
        return any(signature.matches(header) for signature in cls.signatures)

    @classmethod
    def overruns(cls, path: Path, header: bytes, size: int) -> bool:
        """Whether the file's own size fields claim more than its ``size`` bytes (cut short).

        Args:
            path: the file, for formats that walk their structure.
            header: its first :data:`HEADER_SIZE` bytes.
            size: its size in bytes.
        """
        return False

    @classmethod
    def load(cls, path: Path) -> AudioFormat:
        """Open ``path`` as this format.

        Raises:
            BadFileError: the file is not valid in this format.
        """
        with translate_errors(path, cls):
            return cls(path, cls._mutagen_type(os.fspath(path)))

    # -- reading -------------------------------------------------------------------------

    def info(self) -> TagInfo:
        """The file's tags and duration."""
        with translate_errors(self.path, type(self)):
            length = getattr(self.file.info, "length", None)
            duration = float(length) if length is not None and length > 0 else None
            return TagInfo(
                format=self.name,
                moods=tuple(self.mood_values()),
                title=self.text("title"),
                artist=self.text("artist"),
                album=self.text("album"),
                genre=self.text("genre"),
                duration=duration,
                has_cover=self.cover() is not None,
            )

    def mood_values(self) -> list[str]:
        """Raw mood tag values, in reading order."""
        return []

    def text(self, field: str) -> str | None:
        """The first value of a common field: ``title``, ``artist``, ``album``, ``genre``."""
        return None

    def cover(self) -> CoverArt | None:
        """The embedded front cover (or the first picture), if any."""
        return None

    # -- writing -------------------------------------------------------------------------

    def set_mood(self, value: str) -> None:
        """Write ``value`` into the native mood field and save the file in place.

        Raises:
            BadFileError: the format cannot carry a mood, or saving failed.
        """
        if not self.can_write_mood():
            raise unsupported_error(self.path, self.name)
        with translate_errors(self.path, type(self), writing=True):
            self._set_mood(value)

    def mood_key(self) -> str | None:
        """The field :meth:`set_mood` writes in this file (ID3 picks it by tag version)."""
        return self.mood_field

    def _set_mood(self, value: str) -> None:
        raise NotImplementedError


def unsupported_error(path: Path, format_name: str) -> BadFileError:
    """The error for tagging a file whose format has no mood field."""
    return BadFileError(
        FileProblem.UNSUPPORTED,
        f"{path.name}: {format_name} files cannot carry a mood tag",
        "Convert it to another format (e.g. M4A or MP3), or put it in a mood folder.",
    )


def unreadable_error(path: Path, exc: OSError, writing: bool = False) -> BadFileError:
    """The error for a file the operating system would not let us read (or write)."""
    return BadFileError(
        FileProblem.UNREADABLE,
        f"{display(path.name)} could not be {'written' if writing else 'read'}",
        explain(exc, path),
    )


_TRUNCATED_WORDS = re.compile(
    r"truncat|unable to read full|file said \d+ bytes, read|eof|too short|size < |not enough|"
    r"unexpected end|ended early|exceeds",
    re.IGNORECASE,
)


@contextlib.contextmanager
def translate_errors(path: Path, fmt: type[AudioFormat], writing: bool = False) -> Iterator[None]:
    """Turn mutagen and OS errors raised inside into :class:`BadFileError`.

    Args:
        path: the file, for the message.
        fmt: the format the file was opened as; its signatures and size fields tell a
            truncated file (its header is right) from one that is not audio at all.
        writing: the block writes the file (an OS error says "could not be written").
    """
    try:
        yield
    except BadFileError:
        raise
    except OSError as exc:
        raise unreadable_error(path, exc, writing) from exc
    except (mutagen.MutagenError, struct.error, EOFError, ValueError, IndexError, KeyError) as exc:
        os_error = os_error_behind(exc)
        if os_error is not None:  # mutagen wraps the system's errors: not the file's fault
            raise unreadable_error(path, os_error, writing) from exc
        raise _classify(path, fmt, exc) from exc


def os_error_behind(exc: BaseException) -> OSError | None:
    """The operating system's error that ``exc`` is or wraps, if any.

    Mutagen wraps the ``OSError`` of a failed read or write as ``MutagenError(error)``;
    our own errors chain it as ``__cause__``. Only errors with an ``errno`` count:
    mutagen also raises a bare ``OSError()`` for data that ends early, which is the
    file's problem; and an ``OSError`` merely caught while another error was raised
    (``__context__``) is not followed.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        wrapped: object = current
        if isinstance(current, mutagen.MutagenError):
            wrapped = current.args[0] if current.args else None
        if isinstance(wrapped, OSError) and wrapped.errno is not None:
            return wrapped
        current = current.__cause__
    return None


def _classify(path: Path, fmt: type[AudioFormat], exc: BaseException) -> BadFileError:
    """Pick the most specific reason for a file mutagen refused."""
    name = type(exc).__name__
    detail = str(exc) if name == "error" else f"{name}: {exc}".rstrip(": ")
    try:
        with open(path, "rb") as fh:
            header = fh.read(HEADER_SIZE)
            size = os.fstat(fh.fileno()).st_size
    except OSError as os_exc:
        return BadFileError(FileProblem.UNREADABLE, f"{path.name} could not be read", str(os_exc))
    if size == 0:
        return BadFileError(FileProblem.EMPTY, f"{path.name} is empty", "The file has zero bytes.")
    if not fmt.sniffs(header):
        return BadFileError(
            FileProblem.NOT_AUDIO, f"{path.name} is not an audio file", "Unknown content."
        )
    if (
        isinstance(exc, EOFError | struct.error)
        or _TRUNCATED_WORDS.search(str(exc))
        or fmt.overruns(path, header, size)
    ):
        return BadFileError(FileProblem.TRUNCATED, f"{path.name} is truncated", detail)
    return BadFileError(FileProblem.CORRUPT, f"{path.name} is damaged", detail)
