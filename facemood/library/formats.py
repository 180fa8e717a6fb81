"""Audio file formats: how each one stores the mood, title, artist, album and cover art.

Each format is a class on :class:`AudioFormat` that declares what it can do
(``extensions``, ``mood_field``, ``can_write_mood``) and knows its native tag keys.
A small registry opens a file by its extension and falls back to the file's content
(an ``.mp3`` that is really FLAC still opens), the way Picard's ``formats/registry.py``
does. This is the only module that imports mutagen; every mutagen error is translated
here into a :class:`BadFileError` with a :class:`FileProblem` reason.

Mood fields read, in this order within one file:

==============================  ============================================
Format                          Mood field
==============================  ============================================
MP3, WAV, AIFF (ID3v2)          ``TMOO`` (ID3v2.4), then ``TXXX:MOOD`` (v2.3 taggers)
FLAC, Ogg Vorbis, Opus, Speex   Vorbis comment ``MOOD``
M4A / MP4 / ALAC                freeform ``----:com.apple.iTunes:MOOD``
WMA (ASF)                       ``WM/Mood``
WavPack, Musepack, Monkey's     APEv2 ``Mood``
AAC (ADTS)                      none: raw AAC streams carry no tags (read-only)
==============================  ============================================
"""

from __future__ import annotations

import base64
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
import mutagen.aac
import mutagen.aiff
import mutagen.apev2
import mutagen.asf
import mutagen.flac
import mutagen.id3
import mutagen.monkeysaudio
import mutagen.mp3
import mutagen.mp4
import mutagen.musepack
import mutagen.oggflac
import mutagen.oggopus
import mutagen.oggspeex
import mutagen.oggvorbis
import mutagen.wave
import mutagen.wavpack

from facemood.errors import LibraryError

# mutagen's constructors are untyped; these aliases keep mypy --strict quiet at the call sites.
_TMOO: Any = mutagen.id3.TMOO
_Picture: Any = mutagen.flac.Picture
_MP4FreeForm: Any = mutagen.mp4.MP4FreeForm


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


def _first(value: Any) -> str | None:
    """The first non-empty text of a tag value (a frame, a list, bytes or a str)."""
    if value is None:
        return None
    if isinstance(value, mutagen.id3.Frame):
        value = list(getattr(value, "text", []))
    if isinstance(value, list | tuple):
        for item in value:
            text = _first(item)
            if text:
                return text
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).strip()
    return text or None


def _all_text(value: Any) -> list[str]:
    """Every non-empty text of a tag value."""
    if value is None:
        return []
    if isinstance(value, mutagen.id3.Frame):
        value = list(getattr(value, "text", []))
    items = value if isinstance(value, list | tuple) else [value]
    result = []
    for item in items:
        text = _first(item)
        if text:
            result.append(text)
    return result


class AudioFormat:
    """One audio file format: how to open it and where its tags live.

    Subclasses set the class attributes and implement the tag hooks. Instances wrap one
    opened file; use :func:`open_audio` rather than constructing them directly.

    Attributes:
        name: display name, e.g. ``"FLAC"``.
        extensions: lower-case file extensions with the dot.
        mood_field: the native mood field written by :meth:`set_mood`; ``None`` when the
            format cannot carry one.
    """

    name: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()
    mood_field: ClassVar[str | None] = None
    family: ClassVar[str] = ""
    """The container family :func:`sniff` reports for this format's files."""
    _mutagen_type: ClassVar[Any] = None

    def __init__(self, path: Path, file: Any) -> None:
        self.path = path
        self.file = file

    @classmethod
    def can_write_mood(cls) -> bool:
        """Whether :meth:`set_mood` works for this format."""
        return cls.mood_field is not None

    @classmethod
    def load(cls, path: Path) -> AudioFormat:
        """Open ``path`` as this format.

        Raises:
            BadFileError: the file is not valid in this format.
        """
        with translate_errors(path, cls.family):
            return cls(path, cls._mutagen_type(os.fspath(path)))

    # -- reading -------------------------------------------------------------------------

    def info(self) -> TagInfo:
        """The file's tags and duration."""
        with translate_errors(self.path, self.family):
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
            raise BadFileError(
                FileProblem.UNSUPPORTED,
                f"{self.path.name}: {self.name} files cannot carry a mood tag",
                "Convert it to another format (e.g. M4A or MP3), or put it in a mood folder.",
            )
        with translate_errors(self.path, self.family):
            self._set_mood(value)

    def _set_mood(self, value: str) -> None:
        raise NotImplementedError


# -- ID3 (MP3, WAV, AIFF) ---------------------------------------------------------------

_ID3_TEXT = {"title": "TIT2", "artist": "TPE1", "album": "TALB", "genre": "TCON"}


class _ID3Format(AudioFormat):
    mood_field = "TMOO"

    def _tags(self) -> Any:
        tags = self.file.tags
        return tags if isinstance(tags, mutagen.id3.ID3) else None

    def mood_values(self) -> list[str]:
        tags = self._tags()
        if tags is None:
            return []
        values = []
        for frame in tags.getall("TMOO"):
            values.extend(_all_text(frame))
        for frame in tags.getall("TXXX"):
            if frame.desc.casefold() == "mood":
                values.extend(_all_text(frame))
        return values

    def text(self, field: str) -> str | None:
        tags = self._tags()
        if tags is None:
            return None
        frame = tags.get(_ID3_TEXT[field])
        if frame is None:
            return None
        if field == "genre" and isinstance(frame, mutagen.id3.TCON):
            return _first(frame.genres)  # resolves "(17)" style numeric genres
        return _first(frame)

    def cover(self) -> CoverArt | None:
        tags = self._tags()
        if tags is None:
            return None
        pictures = tags.getall("APIC")
        if not pictures:
            return None
        front = [p for p in pictures if p.type == mutagen.id3.PictureType.COVER_FRONT]
        picture = (front or pictures)[0]
        return CoverArt(bytes(picture.data), str(picture.mime))

    def _set_mood(self, value: str) -> None:
        if self.file.tags is None:
            self.file.add_tags()
        tags = self.file.tags
        tags.setall("TMOO", [_TMOO(encoding=mutagen.id3.Encoding.UTF8, text=[value])])
        # A v2.3 tagger's TXXX:MOOD, if present, is kept in step so no reader sees a stale mood.
        for frame in tags.getall("TXXX"):
            if frame.desc.casefold() == "mood":
                frame.encoding = mutagen.id3.Encoding.UTF8
                frame.text = [value]
        self._save_id3()

    def _save_id3(self) -> None:
        # v2.4 because ID3v2.3 has no TMOO frame: saving as v2.3 would drop the mood.
        self.file.save(v2_version=4)


class MP3Format(_ID3Format):
    """MPEG audio layer III (and II) with ID3v2 tags."""

    name = "MP3"
    extensions = (".mp3", ".mp2")
    family = "mpeg"
    _mutagen_type = mutagen.mp3.MP3

    def _save_id3(self) -> None:
        # ID3v1, if present, is left as it is (v1 has no mood field).
        self.file.save(v2_version=4, v1=mutagen.id3.ID3v1SaveOptions.UPDATE)


_RIFF_INFO = {"title": b"INAM", "artist": b"IART", "album": b"IPRD", "genre": b"IGNR"}


class WaveFormat(_ID3Format):
    """RIFF WAVE with an ``id3`` chunk; titles also from a ``LIST/INFO`` chunk."""

    name = "WAV"
    extensions = (".wav",)
    family = "wave"
    _mutagen_type = mutagen.wave.WAVE
    _info: dict[bytes, str] | None = None

    def text(self, field: str) -> str | None:
        value = super().text(field)
        if value is None:  # many tools (FFmpeg, Windows) write RIFF INFO instead of ID3
            if self._info is None:
                self._info = _read_riff_info(self.path)
            value = self._info.get(_RIFF_INFO[field])
        return value


def _read_riff_info(path: Path) -> dict[bytes, str]:
    """The text entries of a WAVE file's ``LIST/INFO`` chunk (``{b"INAM": "Title"}``)."""
    result: dict[bytes, str] = {}
    with open(path, "rb") as fh:
        fh.seek(12)
        while True:
            head = fh.read(8)
            if len(head) < 8:
                return result
            ckid, size = head[:4], struct.unpack("<I", head[4:])[0]
            if ckid == b"LIST" and size <= 1 << 20:
                data = fh.read(size)
                if data[:4] == b"INFO":
                    pos = 4
                    while pos + 8 <= len(data):
                        sub, sub_size = (
                            data[pos : pos + 4],
                            struct.unpack_from("<I", data, pos + 4)[0],
                        )
                        raw = data[pos + 8 : pos + 8 + sub_size].split(b"\x00", 1)[0]
                        text = raw.decode("utf-8", "replace").strip()
                        if text:
                            result.setdefault(sub, text)
                        pos += 8 + sub_size + (sub_size & 1)
                    return result
            else:
                fh.seek(size, os.SEEK_CUR)
            if size & 1:
                fh.seek(1, os.SEEK_CUR)


class AIFFFormat(_ID3Format):
    """AIFF/AIFF-C with an ``ID3`` chunk."""

    name = "AIFF"
    extensions = (".aiff", ".aif", ".aifc")
    family = "aiff"
    _mutagen_type = mutagen.aiff.AIFF


# -- Vorbis comments (FLAC, Ogg) ----------------------------------------------------------


class _VorbisFormat(AudioFormat):
    mood_field = "MOOD"

    def _get(self, key: str) -> list[str]:
        tags = self.file.tags
        if tags is None:
            return []
        return _all_text(tags.get(key, []))

    def mood_values(self) -> list[str]:
        return self._get("mood")

    def text(self, field: str) -> str | None:
        return _first(self._get(field))

    def cover(self) -> CoverArt | None:
        pictures = list(getattr(self.file, "pictures", []) or [])
        for encoded in self._get("metadata_block_picture"):
            with contextlib.suppress(ValueError, mutagen.MutagenError, struct.error):
                pictures.append(_Picture(base64.b64decode(encoded)))
        if pictures:
            front = [p for p in pictures if p.type == mutagen.id3.PictureType.COVER_FRONT]
            picture = (front or pictures)[0]
            return CoverArt(bytes(picture.data), str(picture.mime))
        legacy = self._get("coverart")
        if legacy:
            with contextlib.suppress(ValueError):
                mime = _first(self._get("coverartmime")) or ""
                return CoverArt(base64.b64decode(legacy[0]), mime)
        return None

    def _set_mood(self, value: str) -> None:
        if self.file.tags is None:
            self.file.add_tags()
        self.file.tags["MOOD"] = [value]
        self.file.save()


class FLACFormat(_VorbisFormat):
    """Native FLAC."""

    name = "FLAC"
    extensions = (".flac",)
    family = "flac"
    _mutagen_type = mutagen.flac.FLAC


class OggVorbisFormat(_VorbisFormat):
    """Ogg Vorbis."""

    name = "Ogg Vorbis"
    extensions = (".ogg", ".oga")
    family = "ogg"
    _mutagen_type = mutagen.oggvorbis.OggVorbis


class OpusFormat(_VorbisFormat):
    """Ogg Opus."""

    name = "Opus"
    extensions = (".opus",)
    family = "ogg"
    _mutagen_type = mutagen.oggopus.OggOpus


class OggFLACFormat(_VorbisFormat):
    """FLAC in an Ogg container."""

    name = "Ogg FLAC"
    extensions = ()
    family = "ogg"
    _mutagen_type = mutagen.oggflac.OggFLAC


class SpeexFormat(_VorbisFormat):
    """Ogg Speex."""

    name = "Speex"
    extensions = (".spx",)
    family = "ogg"
    _mutagen_type = mutagen.oggspeex.OggSpeex


# -- MP4 ---------------------------------------------------------------------------------

_MP4_MOOD = "----:com.apple.iTunes:MOOD"
_MP4_TEXT = {"title": "\xa9nam", "artist": "\xa9ART", "album": "\xa9alb", "genre": "\xa9gen"}


class MP4Format(AudioFormat):
    """MPEG-4 audio (AAC, ALAC) in an M4A/MP4 container."""

    name = "M4A"
    extensions = (".m4a", ".m4b", ".mp4", ".m4r")
    mood_field = _MP4_MOOD
    family = "mp4"
    _mutagen_type = mutagen.mp4.MP4

    def mood_values(self) -> list[str]:
        tags = self.file.tags
        if tags is None:
            return []
        values = []
        for key, value in tags.items():
            if key.casefold() == _MP4_MOOD.casefold():
                values.extend(_all_text(value))
        return values

    def text(self, field: str) -> str | None:
        tags = self.file.tags
        if tags is None:
            return None
        value = _first(tags.get(_MP4_TEXT[field]))
        if value is None and field == "genre":
            ids = tags.get("gnre")  # numeric ID3v1 genre, 1-based
            if ids:
                genres = mutagen.id3.TCON.GENRES
                index = int(ids[0]) - 1
                value = genres[index] if 0 <= index < len(genres) else None
        return value

    def cover(self) -> CoverArt | None:
        tags = self.file.tags
        covers = tags.get("covr") if tags is not None else None
        if not covers:
            return None
        cover = covers[0]
        mime = "image/png" if cover.imageformat == mutagen.mp4.MP4Cover.FORMAT_PNG else "image/jpeg"
        return CoverArt(bytes(cover), mime)

    def _set_mood(self, value: str) -> None:
        if self.file.tags is None:
            self.file.add_tags()
        tags = self.file.tags
        for key in [k for k in tags if k.casefold() == _MP4_MOOD.casefold() and k != _MP4_MOOD]:
            del tags[key]
        tags[_MP4_MOOD] = [_MP4FreeForm(value.encode("utf-8"))]
        self.file.save()


# -- ASF (WMA) ---------------------------------------------------------------------------

_ASF_TEXT = {"title": "Title", "artist": "Author", "album": "WM/AlbumTitle", "genre": "WM/Genre"}


class ASFFormat(AudioFormat):
    """Windows Media Audio."""

    name = "WMA"
    extensions = (".wma", ".asf")
    mood_field = "WM/Mood"
    family = "asf"
    _mutagen_type = mutagen.asf.ASF

    def mood_values(self) -> list[str]:
        tags = self.file.tags
        return _all_text(tags.get("WM/Mood", [])) if tags is not None else []

    def text(self, field: str) -> str | None:
        tags = self.file.tags
        return _first(tags.get(_ASF_TEXT[field], [])) if tags is not None else None

    def cover(self) -> CoverArt | None:
        tags = self.file.tags
        pictures = tags.get("WM/Picture", []) if tags is not None else []
        for picture in pictures:
            parsed = _parse_wm_picture(bytes(picture.value))
            if parsed is not None:
                return parsed
        return None

    def _set_mood(self, value: str) -> None:
        self.file.tags["WM/Mood"] = [value]
        self.file.save()


def _parse_wm_picture(data: bytes) -> CoverArt | None:
    """Decode a ``WM/Picture`` value: type, size, MIME and description, then the image."""
    try:
        (size,) = struct.unpack_from("<I", data, 1)
        end_mime = data.index(b"\x00\x00", 5)
        end_mime += (end_mime - 5) % 2  # UTF-16 code units are 2-byte aligned
        mime = data[5:end_mime].decode("utf-16-le", "replace")
        end_desc = data.index(b"\x00\x00", end_mime + 2)
        end_desc += (end_desc - end_mime - 2) % 2
        image = data[end_desc + 2 : end_desc + 2 + size]
    except (struct.error, ValueError):
        return None
    return CoverArt(image, mime) if image else None


# -- APEv2 (WavPack, Musepack, Monkey's Audio) --------------------------------------------


class _APEv2Format(AudioFormat):
    mood_field = "Mood"

    def _get(self, key: str) -> list[str]:
        tags = self.file.tags
        if tags is None or key not in tags:
            return []
        value = tags[key]
        if getattr(value, "kind", None) != mutagen.apev2.TEXT:
            return []
        return _all_text(list(value))

    def mood_values(self) -> list[str]:
        return self._get("Mood")

    def text(self, field: str) -> str | None:
        return _first(self._get(field))

    def cover(self) -> CoverArt | None:
        tags = self.file.tags
        if tags is None or "Cover Art (Front)" not in tags:
            return None
        value = bytes(tags["Cover Art (Front)"].value)
        name, _, image = value.partition(b"\x00")
        ext = name.decode("utf-8", "replace").rsplit(".", 1)[-1].lower()
        return CoverArt(image, "image/png" if ext == "png" else "image/jpeg") if image else None

    def _set_mood(self, value: str) -> None:
        if self.file.tags is None:
            self.file.add_tags()
        self.file.tags["Mood"] = value
        self.file.save()


class WavPackFormat(_APEv2Format):
    """WavPack."""

    name = "WavPack"
    extensions = (".wv",)
    family = "wavpack"
    _mutagen_type = mutagen.wavpack.WavPack


class MusepackFormat(_APEv2Format):
    """Musepack."""

    name = "Musepack"
    extensions = (".mpc", ".mp+", ".mpp")
    family = "musepack"
    _mutagen_type = mutagen.musepack.Musepack


class MonkeysAudioFormat(_APEv2Format):
    """Monkey's Audio."""

    name = "Monkey's Audio"
    extensions = (".ape",)
    family = "ape"
    _mutagen_type = mutagen.monkeysaudio.MonkeysAudio


class AACFormat(AudioFormat):
    """A raw ADTS/ADIF AAC stream: plays, but has no place for tags."""

    name = "AAC"
    extensions = (".aac",)
    family = "adts"
    _mutagen_type = mutagen.aac.AAC


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
    if header.startswith(b"ID3"):
        return "mpeg"
    if header.startswith(b"fLaC"):
        return "flac"
    if header.startswith(b"OggS"):
        return "ogg"
    if header[:4] == b"RIFF" and header[8:12] == b"WAVE":
        return "wave"
    if header[:4] == b"FORM" and header[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if header[4:8] == b"ftyp":
        return "mp4"
    if header.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return "asf"
    if header.startswith(b"wvpk"):
        return "wavpack"
    if header.startswith((b"MPCK", b"MP+")):
        return "musepack"
    if header.startswith(b"MAC "):
        return "ape"
    if header.startswith(b"ADIF"):
        return "adts"
    if len(header) >= 2 and header[0] == 0xFF and header[1] & 0xE0 == 0xE0:
        # MPEG sync word: layer bits 00 mean ADTS AAC, anything else MPEG audio.
        return "adts" if header[1] & 0x06 == 0 else "mpeg"
    return None


_FORMAT_FOR_FAMILY: dict[str, tuple[type[AudioFormat], ...]] = {}
for _fmt in FORMATS:
    _FORMAT_FOR_FAMILY.setdefault(_fmt.family, ())
    _FORMAT_FOR_FAMILY[_fmt.family] += (_fmt,)

_TRUNCATED_WORDS = re.compile(
    r"truncat|unable to read full|file said \d+ bytes, read|eof|too short|size < |not enough|"
    r"unexpected end|ended early|exceeds",
    re.IGNORECASE,
)


@contextlib.contextmanager
def translate_errors(path: Path, family: str = "") -> Iterator[None]:
    """Turn mutagen and OS errors raised inside into :class:`BadFileError`.

    Args:
        path: the file, for the message.
        family: the container family the file was opened as, used to tell a truncated
            file (its header is right) from one that is not audio at all.
    """
    try:
        yield
    except BadFileError:
        raise
    except OSError as exc:
        raise BadFileError(
            FileProblem.UNREADABLE, f"{path.name} could not be read", exc.strerror or str(exc)
        ) from exc
    except (mutagen.MutagenError, struct.error, EOFError, ValueError, IndexError, KeyError) as exc:
        raise _classify(path, family, exc) from exc


def _classify(path: Path, family: str, exc: BaseException) -> BadFileError:
    """Pick the most specific reason for a file mutagen refused."""
    name = type(exc).__name__
    detail = str(exc) if name == "error" else f"{name}: {exc}".rstrip(": ")
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
            size = os.fstat(fh.fileno()).st_size
    except OSError as os_exc:
        return BadFileError(FileProblem.UNREADABLE, f"{path.name} could not be read", str(os_exc))
    if size == 0:
        return BadFileError(FileProblem.EMPTY, f"{path.name} is empty", "The file has zero bytes.")
    found = sniff(header)
    if found is None:
        return BadFileError(
            FileProblem.NOT_AUDIO, f"{path.name} is not an audio file", "Unknown content."
        )
    if (
        isinstance(exc, EOFError | struct.error)
        or _TRUNCATED_WORDS.search(str(exc))
        or _declared_size_overruns(header, size)
        or (found == "mp4" and _mp4_atoms_overrun(path, size))
    ):
        return BadFileError(FileProblem.TRUNCATED, f"{path.name} is truncated", detail)
    return BadFileError(FileProblem.CORRUPT, f"{path.name} is damaged", detail)


def _declared_size_overruns(header: bytes, size: int) -> bool:
    """Whether an ID3 tag or a RIFF/AIFF root chunk claims more bytes than the file has."""
    if header.startswith(b"ID3") and len(header) >= 10:
        b = header[6:10]
        tag_size = (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]
        return 10 + tag_size > size
    if header[:4] in (b"RIFF", b"FORM") and len(header) >= 8:
        fmt = "<I" if header[:4] == b"RIFF" else ">I"
        (chunk_size,) = struct.unpack(fmt, header[4:8])
        return 8 + int(chunk_size) > size
    return False


def _mp4_atoms_overrun(path: Path, size: int) -> bool:
    """Whether the top-level MP4 atoms claim more bytes than the file has (cut short)."""
    offset = 0
    try:
        with open(path, "rb") as fh:
            while offset < size:
                fh.seek(offset)
                head = fh.read(16)
                if len(head) < 8:
                    return True
                (length,) = struct.unpack(">I", head[:4])
                if length == 1 and len(head) == 16:
                    (length,) = struct.unpack(">Q", head[8:16])
                elif length == 0:  # runs to the end of the file
                    return False
                if length < 8:
                    return False
                offset += length
    except OSError:
        return False
    return offset > size


def open_audio(path: str | os.PathLike[str]) -> AudioFormat:
    """Open an audio file with the format its extension names, falling back to its content.

    Raises:
        BadFileError: the file is empty, not audio, truncated, corrupt, unreadable or of a
            format we do not support; ``problem`` says which.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BadFileError(
            FileProblem.UNREADABLE, f"{path.name} could not be read", exc.strerror or str(exc)
        ) from exc
    if not header:
        raise BadFileError(FileProblem.EMPTY, f"{path.name} is empty", "The file has zero bytes.")
    by_ext = format_for_extension(path)
    found = sniff(header)
    candidates: list[type[AudioFormat]] = []
    if by_ext is not None and (found is None or found == by_ext.family):
        candidates.append(by_ext)
    if found is not None:
        candidates.extend(f for f in _FORMAT_FOR_FAMILY.get(found, ()) if f not in candidates)
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
        with translate_errors(audio.path, audio.family):
            return audio.cover()
    except BadFileError:
        return None
