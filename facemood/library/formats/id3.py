"""ID3v2 tags: MP3, WAV (with RIFF ``LIST/INFO`` titles) and AIFF.

The mood is read from ``TMOO`` (ID3v2.4), then ``TXXX:MOOD`` (what v2.3 taggers
write). A file keeps its ID3 version when tagged: v2.4 gets ``TMOO`` (and an existing
``TXXX:MOOD`` the same value), v2.3 gets ``TXXX:MOOD``; a file without ID3 gets v2.4.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any

import mutagen.aiff
import mutagen.id3
import mutagen.mp3
import mutagen.wave

from facemood.library.formats.base import (
    AudioFormat,
    CoverArt,
    Signature,
    all_text,
    first_text,
    front_cover,
    translate_errors,
)

# mutagen's constructors are untyped; this alias keeps mypy --strict quiet at the call site.
_TMOO: Any = mutagen.id3.TMOO
_TXXX: Any = mutagen.id3.TXXX

_ID3_TEXT = {"title": "TIT2", "artist": "TPE1", "album": "TALB", "genre": "TCON"}


class _ID3Format(AudioFormat):
    mood_field = "TMOO"

    @classmethod
    def overruns(cls, path: Path, header: bytes, size: int) -> bool:
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

    @classmethod
    def load(cls, path: Path) -> AudioFormat:
        """Open ``path`` with its frames as the file has them.

        No v2.3 → v2.4 translation, so saving in the file's own version changes nothing
        but the mood; only ID3v2.2 frames are upgraded (to v2.3, which mutagen can save).
        """
        with translate_errors(path, cls):
            file = cls._mutagen_type(os.fspath(path), translate=False)
            tags = file.tags
            if isinstance(tags, mutagen.id3.ID3) and tags.version < (2, 3, 0):
                file = cls._mutagen_type(os.fspath(path), translate=True, v2_version=3)
            return cls(path, file)

    def _tags(self) -> Any:
        tags = self.file.tags
        return tags if isinstance(tags, mutagen.id3.ID3) else None

    def mood_values(self) -> list[str]:
        tags = self._tags()
        if tags is None:
            return []
        values = []
        for frame in tags.getall("TMOO"):
            values.extend(all_text(frame))
        for frame in tags.getall("TXXX"):
            if frame.desc.casefold() == "mood":
                values.extend(all_text(frame))
        return values

    def text(self, field: str) -> str | None:
        tags = self._tags()
        if tags is None:
            return None
        frame = tags.get(_ID3_TEXT[field])
        if frame is None:
            return None
        if field == "genre" and isinstance(frame, mutagen.id3.TCON):
            return first_text(frame.genres)  # resolves "(17)" style numeric genres
        return first_text(frame)

    def cover(self) -> CoverArt | None:
        tags = self._tags()
        return front_cover(tags.getall("APIC")) if tags is not None else None

    def _save_version(self) -> int:
        """The ID3v2 major version to save: the file's own (v2.2 becomes v2.3), or 4 when new."""
        tags = self._tags()
        return 4 if tags is None or tags.version >= (2, 4, 0) else 3

    def mood_key(self) -> str:
        # ID3v2.3 has no TMOO frame: v2.3 taggers (and mutagen saving v2.3) use TXXX:MOOD.
        return "TMOO" if self._save_version() == 4 else "TXXX:MOOD"

    def _set_mood(self, value: str) -> None:
        version = self._save_version()
        if self.file.tags is None:
            self.file.add_tags()
        tags = self.file.tags
        if version == 4:
            tags.setall("TMOO", [_TMOO(encoding=mutagen.id3.Encoding.UTF8, text=[value])])
        moods = [frame for frame in tags.getall("TXXX") if frame.desc.casefold() == "mood"]
        if version == 3 and not moods:
            tags.add(_TXXX(encoding=mutagen.id3.Encoding.UTF16, desc="MOOD", text=[value]))
        # An existing TXXX:MOOD is kept in step, so no reader sees a stale mood.
        for frame in moods:
            if version == 4:
                frame.encoding = mutagen.id3.Encoding.UTF8
            frame.text = [value]
        self._save_id3(version)

    def _save_id3(self, version: int) -> None:
        self.file.save(v2_version=version)


_MPEG_SYNC_MASK = b"\xff\xe6"  # 11 sync bits and the two layer bits


class MP3Format(_ID3Format):
    """MPEG audio layer III (and II) with ID3v2 tags."""

    name = "MP3"
    extensions = (".mp3", ".mp2")
    family = "mpeg"
    signatures = (
        Signature.at((0, b"ID3")),
        # An MPEG sync word with layer bits 01, 10 or 11 (00 is ADTS AAC).
        *(
            Signature.at((0, bytes([0xFF, 0xE0 | layer])), mask=_MPEG_SYNC_MASK)
            for layer in (2, 4, 6)
        ),
    )
    _mutagen_type = mutagen.mp3.MP3

    def _save_id3(self, version: int) -> None:
        # ID3v1, if present, is left as it is (v1 has no mood field).
        self.file.save(v2_version=version, v1=mutagen.id3.ID3v1SaveOptions.UPDATE)


_RIFF_INFO = {"title": b"INAM", "artist": b"IART", "album": b"IPRD", "genre": b"IGNR"}


class WaveFormat(_ID3Format):
    """RIFF WAVE with an ``id3`` chunk; titles also from a ``LIST/INFO`` chunk."""

    name = "WAV"
    extensions = (".wav",)
    family = "wave"
    signatures = (Signature.at((0, b"RIFF"), (8, b"WAVE")),)
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
    signatures = (
        Signature.at((0, b"FORM"), (8, b"AIFF")),
        Signature.at((0, b"FORM"), (8, b"AIFC")),
    )
    _mutagen_type = mutagen.aiff.AIFF
