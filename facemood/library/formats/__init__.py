"""Audio file formats: how each one stores the mood, title, artist, album and cover art.

Each format is a class on :class:`AudioFormat` (:mod:`.base`) that declares what it can
do (``extensions``, ``signatures``, ``mood_field``) and knows its native tag keys; one
module per tag family holds them (:mod:`.id3`, :mod:`.vorbis`, :mod:`.mp4`,
:mod:`.asf`, :mod:`.apev2`, :mod:`.aac`). The registry (:mod:`.registry`) opens a file
by its extension and falls back to the file's content (an ``.mp3`` that is really FLAC
still opens), the way Picard's ``formats/registry.py`` does. This package is the only
place that imports mutagen; every mutagen error is translated into a
:class:`BadFileError` with a :class:`FileProblem` reason.

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

from facemood.library.formats.aac import AACFormat
from facemood.library.formats.apev2 import MonkeysAudioFormat, MusepackFormat, WavPackFormat
from facemood.library.formats.asf import ASFFormat
from facemood.library.formats.base import (
    AudioFormat,
    BadFileError,
    CoverArt,
    FileProblem,
    ReadFailure,
    Signature,
    TagInfo,
    os_error_behind,
    translate_errors,
)
from facemood.library.formats.id3 import AIFFFormat, MP3Format, WaveFormat
from facemood.library.formats.mp4 import MP4Format
from facemood.library.formats.registry import (
    AUDIO_EXTENSIONS,
    FORMATS,
    NOT_AUDIO_EXTENSIONS,
    PLAYLIST_EXTENSIONS,
    format_for_extension,
    open_audio,
    read_cover,
    read_info,
    sniff,
)
from facemood.library.formats.vorbis import (
    FLACFormat,
    OggFLACFormat,
    OggVorbisFormat,
    OpusFormat,
    SpeexFormat,
)

__all__ = [
    "AUDIO_EXTENSIONS",
    "FORMATS",
    "NOT_AUDIO_EXTENSIONS",
    "PLAYLIST_EXTENSIONS",
    "AACFormat",
    "AIFFFormat",
    "ASFFormat",
    "AudioFormat",
    "BadFileError",
    "CoverArt",
    "FLACFormat",
    "FileProblem",
    "MP3Format",
    "MP4Format",
    "MonkeysAudioFormat",
    "MusepackFormat",
    "OggFLACFormat",
    "OggVorbisFormat",
    "OpusFormat",
    "ReadFailure",
    "Signature",
    "SpeexFormat",
    "TagInfo",
    "WavPackFormat",
    "WaveFormat",
    "format_for_extension",
    "open_audio",
    "os_error_behind",
    "read_cover",
    "read_info",
    "sniff",
    "translate_errors",
]
