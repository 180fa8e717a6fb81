"""Real audio files for the library tests, made with real encoders (PyAV/FFmpeg).

Files are tiny (a fraction of a second of a sine tone) so the whole suite stays fast.
Tags are written here with mutagen directly, independently of the code under test.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import mutagen
import mutagen.apev2
import mutagen.asf
import mutagen.flac
import mutagen.id3
import mutagen.mp4
import numpy as np
import numpy.typing as npt

# mutagen's constructors are untyped: reach them through Any so mypy --strict stays useful.
id3: Any = mutagen.id3
mp4: Any = mutagen.mp4
flac: Any = mutagen.flac
apev2: Any = mutagen.apev2

# kind -> (container format, codec, sample rate, encoder options)
ENCODERS: dict[str, tuple[str, str, int, dict[str, str]]] = {
    "mp3": ("mp3", "libmp3lame", 44100, {}),
    "ogg": ("ogg", "vorbis", 44100, {"strict": "experimental"}),
    "opus": ("opus", "libopus", 48000, {}),
    "m4a": ("ipod", "aac", 44100, {}),
    "flac": ("flac", "flac", 44100, {}),
    "oga": ("ogg", "flac", 44100, {}),  # Ogg FLAC (.oga also names Ogg Vorbis)
    "wav": ("wav", "pcm_s16le", 44100, {}),
    "aiff": ("aiff", "pcm_s16be", 44100, {}),
    "wma": ("asf", "wmav2", 44100, {}),
    "wv": ("wv", "wavpack", 44100, {}),
    "aac": ("adts", "aac", 44100, {}),
}
"""Every kind of file the tests can make, keyed by extension."""

TAGGABLE = tuple(k for k in ENCODERS if k != "aac")
"""Kinds with a mood field (raw ADTS AAC has no tags)."""

_VORBIS_KINDS = ("ogg", "opus", "flac", "oga")

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def rate_for(path: Path) -> int:
    """The sample rate the tests encode ``path``'s kind at."""
    return ENCODERS[path.suffix.lstrip(".").lower()][2]


def encode(path: Path, seconds: float = 0.3, freq: float = 440.0) -> Path:
    """Encode a stereo sine tone into ``path``; the extension picks the format."""
    rate = rate_for(path)
    t = np.arange(int(rate * seconds)) / rate
    return encode_samples(path, (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32))


def encode_samples(path: Path, mono: npt.NDArray[np.float32]) -> Path:
    """Encode mono samples at :func:`rate_for` ``path`` as stereo into ``path``."""
    container, codec, rate, options = ENCODERS[path.suffix.lstrip(".").lower()]
    samples = np.ascontiguousarray(np.stack([mono, mono]).astype(np.float32))
    path.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(path), "w", format=container) as out:
        stream: Any = out.add_stream(codec, rate=rate, layout="stereo", options=dict(options))
        if codec == "wmav2":
            stream.bit_rate = 64000
        frame_size = stream.codec_context.frame_size or 1024
        for start in range(0, samples.shape[1], frame_size):
            chunk = np.ascontiguousarray(samples[:, start : start + frame_size])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            frame.sample_rate = rate
            frame.pts = start
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def write_tags(path: Path, **fields: str) -> None:
    """Write native tags with mutagen: mood, title, artist, album, genre, comment.

    ``mood_txxx`` writes an ID3 ``TXXX:MOOD`` frame instead of ``TMOO``.
    """
    kind = path.suffix.lstrip(".").lower()
    f: Any = mutagen.File(str(path))
    if f.tags is None:
        f.add_tags()
    tags = f.tags
    if kind in ("mp3", "wav", "aiff"):
        frames = {"title": "TIT2", "artist": "TPE1", "album": "TALB", "genre": "TCON"}
        for key, value in fields.items():
            if key == "mood":
                tags.add(id3.TMOO(encoding=3, text=[value]))
            elif key == "mood_txxx":
                tags.add(id3.TXXX(encoding=3, desc="MOOD", text=[value]))
            elif key == "comment":
                tags.add(id3.COMM(encoding=3, lang="eng", desc="", text=[value]))
            else:
                tags.add(getattr(mutagen.id3, frames[key])(encoding=3, text=[value]))
        f.save(v2_version=4)
        return
    if kind in _VORBIS_KINDS:
        for key, value in fields.items():
            tags[key.upper()] = [value]
    elif kind == "m4a":
        keys = {"title": "\xa9nam", "artist": "\xa9ART", "album": "\xa9alb", "genre": "\xa9gen"}
        for key, value in fields.items():
            if key == "mood":
                tags["----:com.apple.iTunes:MOOD"] = [mp4.MP4FreeForm(value.encode())]
            elif key == "comment":
                tags["\xa9cmt"] = [value]
            else:
                tags[keys[key]] = [value]
    elif kind == "wma":
        keys = {"title": "Title", "artist": "Author", "album": "WM/AlbumTitle", "genre": "WM/Genre"}
        keys |= {"mood": "WM/Mood", "comment": "Description"}
        for key, value in fields.items():
            tags[keys[key]] = [value]
    elif kind == "wv":
        for key, value in fields.items():
            tags[key.capitalize()] = value
    else:
        raise ValueError(f"cannot tag {kind}")
    f.save()


def add_rich_tags(path: Path) -> None:
    """Many tags of every kind (text, numbers, Unicode, binary cover) for losslessness tests."""
    write_tags(
        path,
        title="Tïtle ♪",
        artist="Ärtist",
        album="Album",
        genre="Ambient",
        comment="a comment",
    )
    kind = path.suffix.lstrip(".").lower()
    f: Any = mutagen.File(str(path))
    tags = f.tags
    if kind in ("mp3", "wav", "aiff"):
        tags.add(id3.TRCK(encoding=3, text=["3/12"]))
        tags.add(id3.TDRC(encoding=3, text=["2024-05-01"]))
        tags.add(id3.TXXX(encoding=3, desc="CUSTOM", text=["x", "y"]))
        tags.add(id3.APIC(encoding=3, mime="image/png", type=3, desc="", data=PNG_1PX))
        f.save(v2_version=4)
    elif kind in _VORBIS_KINDS:
        tags["TRACKNUMBER"] = ["3"]
        tags["CUSTOM"] = ["x", "y"]
        picture = flac.Picture()
        picture.type, picture.mime, picture.data = 3, "image/png", PNG_1PX
        if kind == "flac":
            f.add_picture(picture)
        else:
            tags["METADATA_BLOCK_PICTURE"] = [base64.b64encode(picture.write()).decode()]
        f.save()
    elif kind == "m4a":
        tags["trkn"] = [(3, 12)]
        tags["----:com.example:CUSTOM"] = [mp4.MP4FreeForm(b"x")]
        tags["covr"] = [mp4.MP4Cover(PNG_1PX, mp4.MP4Cover.FORMAT_PNG)]
        f.save()
    elif kind == "wma":
        tags["WM/TrackNumber"] = [3]
        tags["Custom"] = ["x"]
        f.save()
    elif kind == "wv":
        tags["Track"] = "3/12"
        tags["Cover Art (Front)"] = apev2.APEValue(b"cover.png\x00" + PNG_1PX, apev2.BINARY)
        f.save()


MOOD_KEYS = {"TMOO", "TXXX:MOOD", "MOOD", "----:com.apple.iTunes:MOOD", "WM/Mood", "Mood"}


def tag_snapshot(path: Path) -> dict[str, str]:
    """Every tag except the mood field, as comparable text (binary values as hex)."""
    f: Any = mutagen.File(str(path))
    snapshot: dict[str, str] = {}
    if f.tags is not None:
        if isinstance(f.tags, id3.ID3):
            items = [(k, f.tags[k]) for k in f.tags]
        else:
            items = list(f.tags.items())
        for key, value in items:
            if str(key) in MOOD_KEYS or str(key).upper() == "MOOD":
                continue
            snapshot[str(key)] = repr(value)
    for picture in getattr(f, "pictures", []) or []:
        snapshot[f"picture:{picture.type}"] = picture.data.hex()
    return snapshot


def audio_packets(path: Path) -> list[bytes]:
    """The compressed audio packets of the file's first audio stream, in order."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        return [bytes(p) for p in container.demux(stream) if p.size]


MakeAudio = Callable[..., Path]
"""``make_audio(path, seconds=0.3, **tags)`` (the fixture of that name)."""
