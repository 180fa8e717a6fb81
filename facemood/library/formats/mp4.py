"""MP4 (M4A, ALAC) atoms; the mood is the freeform ``----:com.apple.iTunes:MOOD``."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import mutagen.id3
import mutagen.mp4

from facemood.library.formats.base import AudioFormat, CoverArt, Signature, all_text, first_text

# mutagen's constructors are untyped; this alias keeps mypy --strict quiet at the call site.
_MP4FreeForm: Any = mutagen.mp4.MP4FreeForm

_MP4_MOOD = "----:com.apple.iTunes:MOOD"
_MP4_TEXT = {"title": "\xa9nam", "artist": "\xa9ART", "album": "\xa9alb", "genre": "\xa9gen"}


class MP4Format(AudioFormat):
    """MPEG-4 audio (AAC, ALAC) in an M4A/MP4 container."""

    name = "M4A"
    extensions = (".m4a", ".m4b", ".mp4", ".m4r")
    family = "mp4"
    signatures = (Signature.at((4, b"ftyp")),)
    mood_field = _MP4_MOOD
    _mutagen_type = mutagen.mp4.MP4

    @classmethod
    def overruns(cls, path: Path, header: bytes, size: int) -> bool:
        """Whether the top-level atoms claim more bytes than the file has."""
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

    def mood_values(self) -> list[str]:
        tags = self.file.tags
        if tags is None:
            return []
        values = []
        for key, value in tags.items():
            if key.casefold() == _MP4_MOOD.casefold():
                values.extend(all_text(value))
        return values

    def text(self, field: str) -> str | None:
        tags = self.file.tags
        if tags is None:
            return None
        value = first_text(tags.get(_MP4_TEXT[field]))
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
