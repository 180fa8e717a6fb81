"""Raw AAC streams (ADTS, ADIF): they play, but have no place for tags."""

from __future__ import annotations

import mutagen.aac

from facemood.library.formats.base import AudioFormat, Signature


class AACFormat(AudioFormat):
    """A raw ADTS/ADIF AAC stream: plays, but has no place for tags."""

    name = "AAC"
    extensions = (".aac",)
    family = "adts"
    signatures = (
        Signature.at((0, b"ADIF")),
        # The MPEG sync word with layer bits 00 (see MP3Format for the other layers).
        Signature.at((0, b"\xff\xe0"), mask=b"\xff\xe6"),
    )
    _mutagen_type = mutagen.aac.AAC
