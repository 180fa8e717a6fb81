"""ASF (Windows Media Audio) attributes; the mood is ``WM/Mood``."""

from __future__ import annotations

import struct

import mutagen.asf

from facemood.library.formats.base import AudioFormat, CoverArt, Signature, all_text, first_text

_ASF_TEXT = {"title": "Title", "artist": "Author", "album": "WM/AlbumTitle", "genre": "WM/Genre"}


class ASFFormat(AudioFormat):
    """Windows Media Audio."""

    name = "WMA"
    extensions = (".wma", ".asf")
    family = "asf"
    signatures = (Signature.at((0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11")),)  # header object GUID
    mood_field = "WM/Mood"
    _mutagen_type = mutagen.asf.ASF

    def mood_values(self) -> list[str]:
        tags = self.file.tags
        return all_text(tags.get("WM/Mood", [])) if tags is not None else []

    def text(self, field: str) -> str | None:
        tags = self.file.tags
        return first_text(tags.get(_ASF_TEXT[field], [])) if tags is not None else None

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
