"""Vorbis comments: FLAC, Ogg Vorbis, Opus, Ogg FLAC and Speex; the mood is ``MOOD``."""

from __future__ import annotations

import base64
import contextlib
import struct
from typing import Any

import mutagen
import mutagen.flac
import mutagen.oggflac
import mutagen.oggopus
import mutagen.oggspeex
import mutagen.oggvorbis

from facemood.library.formats.base import (
    AudioFormat,
    CoverArt,
    Signature,
    all_text,
    first_text,
    front_cover,
)

# mutagen's constructors are untyped; this alias keeps mypy --strict quiet at the call site.
_Picture: Any = mutagen.flac.Picture


class _VorbisFormat(AudioFormat):
    mood_field = "MOOD"

    def _get(self, key: str) -> list[str]:
        tags = self.file.tags
        if tags is None:
            return []
        return all_text(tags.get(key, []))

    def mood_values(self) -> list[str]:
        return self._get("mood")

    def text(self, field: str) -> str | None:
        return first_text(self._get(field))

    def cover(self) -> CoverArt | None:
        pictures = list(getattr(self.file, "pictures", []) or [])
        for encoded in self._get("metadata_block_picture"):
            with contextlib.suppress(ValueError, mutagen.MutagenError, struct.error):
                pictures.append(_Picture(base64.b64decode(encoded)))
        if pictures:
            return front_cover(pictures)
        legacy = self._get("coverart")
        if legacy:
            with contextlib.suppress(ValueError):
                mime = first_text(self._get("coverartmime")) or ""
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
    signatures = (Signature.at((0, b"fLaC")),)
    _mutagen_type = mutagen.flac.FLAC


class _OggFormat(_VorbisFormat):
    family = "ogg"
    signatures = (Signature.at((0, b"OggS")),)


class OggVorbisFormat(_OggFormat):
    """Ogg Vorbis."""

    name = "Ogg Vorbis"
    extensions = (".ogg", ".oga")
    _mutagen_type = mutagen.oggvorbis.OggVorbis


class OpusFormat(_OggFormat):
    """Ogg Opus."""

    name = "Opus"
    extensions = (".opus",)
    _mutagen_type = mutagen.oggopus.OggOpus


class OggFLACFormat(_OggFormat):
    """FLAC in an Ogg container."""

    name = "Ogg FLAC"
    extensions = ()
    _mutagen_type = mutagen.oggflac.OggFLAC


class SpeexFormat(_OggFormat):
    """Ogg Speex."""

    name = "Speex"
    extensions = (".spx",)
    _mutagen_type = mutagen.oggspeex.OggSpeex
