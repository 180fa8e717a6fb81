"""Synthesise FaceMood's demo library: short original pieces, three per music mood.

Everything is made here from sine waves and noise with numpy, so the pieces are the
project's own work (CC0, see README.md). Each mood has its own recipe:

* happy       major key, bright plucked arpeggios and a light beat, ~120 bpm
* sad         minor key, slow, soft piano-like notes over a quiet pad, ~66 bpm
* calm        soft sustained pads and distant bells, no drums, ~56 bpm
* energetic   four-on-the-floor kick, off-beat hats, saw bass and stabs, ~132 bpm
* aggressive  distorted low power-chord riffs, pounding drums, ~150 bpm

The pieces are encoded with PyAV (FFmpeg) into several formats and tagged with their
mood through ``facemood.library.tag_file`` (the app's own lossless tag writer)::

    pip install -e .[demo]
    python music_library/make_demo.py          # rewrites music_library/<mood>/*

The output is deterministic for a given numpy/FFmpeg version (fixed random seeds).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

RATE = 44100
Audio = npt.NDArray[np.float64]

# -- instruments -----------------------------------------------------------------------


def _t(seconds: float) -> Audio:
    return np.arange(int(RATE * seconds)) / RATE


def hz(midi: float) -> float:
    """Frequency of a MIDI note number (69 = A4 = 440 Hz)."""
    return float(440.0 * 2 ** ((midi - 69) / 12))


def envelope(n: int, attack: float, release: float, decay: float = 0.0) -> Audio:
    """Attack ramp, optional exponential decay (per second), release ramp; ``n`` samples."""
    t = np.arange(n) / RATE
    env = np.minimum(1.0, t / max(attack, 1e-4))
    if decay:
        env = env * np.exp(-decay * t)
    tail = min(n, int(release * RATE))
    if tail:
        env[-tail:] *= np.linspace(1.0, 0.0, tail)
    return env


def tone(midi: float, seconds: float, harmonics: tuple[float, ...], **env: float) -> Audio:
    """An additive tone: harmonic amplitudes ``harmonics`` (1st = fundamental)."""
    t = _t(seconds)
    f = hz(midi)
    wave = sum(a * np.sin(2 * np.pi * f * (k + 1) * t) for k, a in enumerate(harmonics))
    return np.asarray(wave, dtype=np.float64) * envelope(len(t), **env)


def pluck(midi: float, seconds: float) -> Audio:
    """A bright plucked string."""
    return tone(midi, seconds, (1, 0.5, 0.3, 0.15, 0.08), attack=0.003, release=0.05, decay=5)


def piano(midi: float, seconds: float) -> Audio:
    """A soft, piano-like decaying note."""
    return tone(midi, seconds, (1, 0.35, 0.12, 0.05), attack=0.005, release=0.3, decay=1.6)


def bell(midi: float, seconds: float) -> Audio:
    """A distant bell (inharmonic partials)."""
    t = _t(seconds)
    f = hz(midi)
    wave = sum(a * np.sin(2 * np.pi * f * r * t) for r, a in ((1, 1), (2.76, 0.4), (5.4, 0.2)))
    return np.asarray(wave) * envelope(len(t), attack=0.002, release=0.2, decay=2.2)


def pad(midis: Sequence[float], seconds: float, rng: np.random.Generator) -> Audio:
    """A soft pad: slightly detuned, slowly swelling sines and their octaves."""
    t = _t(seconds)
    out = np.zeros(len(t))
    for m in midis:
        for detune in (-0.08, 0.0, 0.08):
            phase = rng.uniform(0, 2 * np.pi)
            f = hz(m + detune)
            out += np.sin(2 * np.pi * f * t + phase) + 0.25 * np.sin(4 * np.pi * f * t + phase)
    return out / (3 * len(midis)) * envelope(len(t), attack=seconds * 0.35, release=seconds * 0.4)


def saw(midi: float, seconds: float, partials: int = 12, **env: float) -> Audio:
    """A band-limited sawtooth."""
    return tone(midi, seconds, tuple(1 / k for k in range(1, partials + 1)), **env)


def distort(x: Audio, drive: float) -> Audio:
    """Soft clipping (tanh) with make-up gain."""
    return np.asarray(np.tanh(drive * x) / np.tanh(drive), dtype=np.float64)


def kick(seconds: float = 0.35) -> Audio:
    """A kick drum: a sine whose pitch falls quickly."""
    t = _t(seconds)
    freq = 45 + 110 * np.exp(-t * 30)
    return np.sin(2 * np.pi * np.cumsum(freq) / RATE) * np.exp(-t * 9)


def snare(rng: np.random.Generator, seconds: float = 0.2) -> Audio:
    """A snare: a noise burst with a little body."""
    t = _t(seconds)
    noise = rng.standard_normal(len(t)) * np.exp(-t * 22)
    return 0.6 * noise + 0.4 * np.sin(2 * np.pi * 190 * t) * np.exp(-t * 30)


def hat(rng: np.random.Generator, seconds: float = 0.06) -> Audio:
    """A closed hi-hat: high-passed noise (difference of neighbours)."""
    noise = rng.standard_normal(int(RATE * seconds) + 1)
    return np.diff(noise) * np.exp(-np.arange(int(RATE * seconds)) / RATE * 60) * 0.5


# -- arranging -------------------------------------------------------------------------


class Track:
    """A mono mix buffer that notes are added into at times in beats."""

    def __init__(self, seconds: float, bpm: float) -> None:
        self.buf = np.zeros(int(RATE * seconds) + RATE)
        self.beat = 60.0 / bpm
        self.seconds = seconds

    def add(self, at_beat: float, sound: Audio, gain: float = 1.0) -> None:
        start = int(at_beat * self.beat * RATE)
        if start >= len(self.buf):
            return
        end = min(len(self.buf), start + len(sound))
        self.buf[start:end] += gain * sound[: end - start]

    @property
    def beats(self) -> int:
        return int(self.seconds / self.beat)

    def master(self) -> Audio:
        out = self.buf[: int(RATE * self.seconds)]
        fade = int(RATE * 1.5)
        out[-fade:] *= np.linspace(1, 0, fade)
        out[: int(RATE * 0.01)] *= np.linspace(0, 1, int(RATE * 0.01))
        peak = float(np.max(np.abs(out))) or 1.0
        return np.asarray(out / peak * 0.85)


MAJOR = (0, 2, 4, 5, 7, 9, 11)
MINOR = (0, 2, 3, 5, 7, 8, 10)


def chord(root: int, scale: tuple[int, ...], degree: int, size: int = 3) -> list[int]:
    """Notes of the triad (or seventh) on ``degree`` (0-based) of ``scale`` from ``root``."""
    notes = []
    for k in range(size):
        idx = degree + 2 * k
        notes.append(root + scale[idx % 7] + 12 * (idx // 7))
    return notes


def happy(seed: int, seconds: float) -> Audio:
    rng = np.random.default_rng(seed)
    root = 60 + int(rng.choice([0, 2, 7]))
    song = Track(seconds, bpm=float(rng.choice([116, 124, 128])))
    prog = [[0, 4, 5, 3], [0, 3, 4, 4], [0, 5, 3, 4]][seed % 3]
    for bar in range(song.beats // 4):
        notes = chord(root, MAJOR, prog[bar % 4])
        song.add(
            bar * 4,
            tone(notes[0] - 24, song.beat * 3.8, (1, 0.3), attack=0.01, release=0.1, decay=0.6),
            0.5,
        )
        for step in range(8):
            note = notes[step % 3] + (12 if step >= 4 else 0)
            song.add(bar * 4 + step / 2, pluck(note, song.beat * 0.7), 0.35)
        for beat in range(4):
            song.add(bar * 4 + beat, kick(0.25), 0.5 if beat % 2 == 0 else 0.0)
            song.add(bar * 4 + beat, snare(rng), 0.25 if beat % 2 == 1 else 0.0)
            song.add(bar * 4 + beat + 0.5, hat(rng), 0.3)
        if bar % 2 == 1:  # a bouncy melody every other bar
            for k, step in enumerate(sorted(rng.choice(8, size=4, replace=False))):
                note = root + 12 + MAJOR[int(rng.integers(0, 7))]
                song.add(bar * 4 + step / 2, pluck(note, song.beat * 0.9), 0.3 + 0.02 * k)
    return song.master()


def sad(seed: int, seconds: float) -> Audio:
    rng = np.random.default_rng(seed)
    root = 57 + int(rng.choice([0, -2, 5]))
    song = Track(seconds, bpm=float(rng.choice([60, 66, 72])))
    prog = [[0, 5, 2, 6], [0, 3, 5, 4], [0, 6, 5, 4]][seed % 3]
    for bar in range(song.beats // 4):
        notes = chord(root, MINOR, prog[bar % 4])
        song.add(bar * 4, pad([n - 12 for n in notes], song.beat * 4.5, rng), 0.35)
        for step, idx in enumerate((0, 1, 2, 1)):
            song.add(bar * 4 + step, piano(notes[idx], song.beat * 2.5), 0.4)
        if bar % 2 == 0:
            note = root + 12 + MINOR[int(rng.choice([0, 2, 4, 3]))]
            song.add(bar * 4 + 1.5, piano(note, song.beat * 3), 0.3)
    return song.master()


def calm(seed: int, seconds: float) -> Audio:
    rng = np.random.default_rng(seed)
    root = 53 + int(rng.choice([0, 2, 7]))
    song = Track(seconds, bpm=float(rng.choice([52, 56, 60])))
    prog = [[0, 3], [0, 5, 3, 4], [3, 0]][seed % 3]
    for bar in range(0, song.beats // 4, 2):
        notes = chord(root, MAJOR, prog[(bar // 2) % len(prog)], size=4)
        song.add(bar * 4, pad(notes, song.beat * 9, rng), 0.5)
        for _ in range(3):
            note = root + 24 + MAJOR[int(rng.choice([0, 2, 4, 6]))]
            song.add(bar * 4 + float(rng.uniform(0, 7)), bell(note, 2.5), 0.08)
    return song.master()


def energetic(seed: int, seconds: float) -> Audio:
    rng = np.random.default_rng(seed)
    root = 45 + int(rng.choice([0, 2, 5]))
    song = Track(seconds, bpm=float(rng.choice([128, 132, 138])))
    prog = [[0, 6, 5, 6], [0, 3, 4, 3], [0, 5, 6, 4]][seed % 3]
    scale = MAJOR if seed % 2 else MINOR
    for bar in range(song.beats // 4):
        notes = chord(root, scale, prog[bar % 4])
        for beat in range(4):
            song.add(bar * 4 + beat, kick(), 0.8)
            song.add(bar * 4 + beat + 0.5, hat(rng), 0.45)
            if beat % 2 == 1:
                song.add(bar * 4 + beat, snare(rng), 0.35)
        for step in range(8):  # driving eighth-note bass
            octave = 12 if step % 2 else 0
            song.add(
                bar * 4 + step / 2,
                saw(notes[0] + octave, song.beat * 0.45, attack=0.005, release=0.05, decay=3),
                0.3,
            )
        for at in (0.5, 1.5, 3.0):  # chord stabs
            stab = sum(
                saw(n + 24, song.beat * 0.3, 8, attack=0.003, release=0.05, decay=6) for n in notes
            )
            song.add(bar * 4 + at, np.asarray(stab), 0.12)
    return song.master()


def aggressive(seed: int, seconds: float) -> Audio:
    rng = np.random.default_rng(seed)
    root = 28 + int(rng.choice([0, 2, 3]))  # E1 / F#1 / G1: low and heavy
    song = Track(seconds, bpm=float(rng.choice([144, 150, 160])))
    riff = [[0, 0, 1, 0, 3, 0, 1, 6], [0, 0, 0, 3, 0, 0, 5, 6], [0, 1, 0, 0, 6, 0, 5, 3]][seed % 3]
    phrygian = (0, 1, 3, 5, 7, 8, 10)
    guitar = np.zeros(len(song.buf))
    for bar in range(song.beats // 4):
        for step, degree in enumerate(riff):
            note = root + 12 + phrygian[degree]
            length = song.beat * (0.45 if step % 2 else 0.5)
            power = saw(note, length, 16, attack=0.002, release=0.02) + saw(
                note + 7, length, 16, attack=0.002, release=0.02
            )
            start = int((bar * 4 + step / 2) * song.beat * RATE)
            end = min(len(guitar), start + len(power))
            guitar[start:end] += power[: end - start]
        for beat in range(4):
            song.add(bar * 4 + beat, kick(0.3), 0.9)
            song.add(bar * 4 + beat + 0.5, kick(0.3), 0.6 if beat % 2 else 0.0)
            if beat % 2 == 1:
                song.add(bar * 4 + beat, snare(rng, 0.25), 0.7)
            song.add(bar * 4 + beat, hat(rng), 0.35)
    song.buf += 0.45 * distort(guitar * 0.6, drive=8.0)
    return song.master()


# -- encoding and tagging --------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """One demo track: its mood, file name, title, recipe, seed, length and format."""

    mood: str
    slug: str
    title: str
    recipe: Callable[[int, float], Audio]
    seed: int
    seconds: float
    ext: str


# ext -> (container, codec, sample rate, bit rate, encoder options)
ENCODINGS: dict[str, tuple[str, str, int, int, dict[str, str]]] = {
    "mp3": ("mp3", "libmp3lame", 44100, 96_000, {}),
    "ogg": ("ogg", "vorbis", 44100, 0, {"strict": "experimental", "q": "2"}),
    "opus": ("opus", "libopus", 48000, 64_000, {}),
    "m4a": ("ipod", "aac", 44100, 96_000, {}),
    "flac": ("flac", "flac", 22050, 0, {}),
    "wav": ("wav", "pcm_s16le", 22050, 0, {}),
}

PIECES: tuple[Piece, ...] = (
    Piece("happy", "sunny-steps", "Sunny Steps", happy, 1, 20, "mp3"),
    Piece("happy", "paper-kites", "Paper Kites", happy, 2, 18, "m4a"),
    Piece("happy", "lemon-bicycle", "Lemon Bicycle", happy, 3, 18, "ogg"),
    Piece("sad", "rain-on-the-window", "Rain on the Window", sad, 11, 22, "ogg"),
    Piece("sad", "empty-station", "Empty Station", sad, 12, 20, "opus"),
    Piece("sad", "last-letter", "Last Letter", sad, 13, 14, "flac"),
    Piece("calm", "still-water", "Still Water", calm, 21, 24, "opus"),
    Piece("calm", "morning-fog", "Morning Fog", calm, 22, 20, "mp3"),
    Piece("calm", "slow-clouds", "Slow Clouds", calm, 23, 12, "wav"),
    Piece("energetic", "night-runner", "Night Runner", energetic, 31, 20, "m4a"),
    Piece("energetic", "voltage", "Voltage", energetic, 32, 18, "mp3"),
    Piece("energetic", "city-lights", "City Lights", energetic, 33, 18, "opus"),
    Piece("aggressive", "iron-jaw", "Iron Jaw", aggressive, 41, 18, "mp3"),
    Piece("aggressive", "red-static", "Red Static", aggressive, 42, 16, "ogg"),
    Piece("aggressive", "breaking-point", "Breaking Point", aggressive, 43, 14, "flac"),
)
"""The demo library: three pieces per mood, across six formats."""


def resample(x: Audio, rate: int) -> Audio:
    """Linear resampling from :data:`RATE` to ``rate`` (our signals are band-limited enough)."""
    if rate == RATE:
        return x
    n = int(len(x) * rate / RATE)
    return np.interp(np.arange(n) * RATE / rate, np.arange(len(x)), x)


def encode(samples: Audio, path: Path, title: str, mood: str) -> None:
    """Encode mono ``samples`` (at :data:`RATE`) into ``path``, with title/artist/album."""
    import av

    container, codec, rate, bit_rate, options = ENCODINGS[path.suffix.lstrip(".")]
    data = resample(samples, rate).astype(np.float32)
    layout = "stereo" if codec == "vorbis" else "mono"  # FFmpeg's Vorbis encoder wants stereo
    planes = np.stack([data, data]) if layout == "stereo" else data[None, :]
    with av.open(str(path), "w", format=container) as out:
        out.metadata.update(
            {
                "title": title,
                "artist": "FaceMood Demo",
                "album": "FaceMood Demo Library",
                "genre": f"Demo ({mood})",
                "comment": "Synthesised by music_library/make_demo.py. CC0 1.0.",
            }
        )
        stream: Any = out.add_stream(codec, rate=rate, layout=layout, options=dict(options))
        if bit_rate:
            stream.bit_rate = bit_rate
        frame_size = stream.codec_context.frame_size or 1024
        for start in range(0, planes.shape[1], frame_size):
            chunk = np.ascontiguousarray(planes[:, start : start + frame_size])
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
            frame.sample_rate = rate
            frame.pts = start
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def main(argv: list[str] | None = None) -> int:
    """Render, encode and tag every piece into ``--out`` (default: this folder)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--seconds", type=float, help="override every piece's length (tests)")
    parser.add_argument("--only", help="render only pieces whose slug contains this")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from facemood.library import tag_file

    total = 0
    for piece in PIECES:
        if args.only and args.only not in piece.slug:
            continue
        folder = args.out / piece.mood
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{piece.slug}.*"):
            old.unlink()
        path = folder / f"{piece.slug}.{piece.ext}"
        samples = piece.recipe(piece.seed, args.seconds or piece.seconds)
        encode(samples, path, piece.title, piece.mood)
        tag_file(path, piece.mood)
        size = path.stat().st_size
        total += size
        print(f"{path.relative_to(args.out)}  {size / 1024:.0f} KiB")
    print(f"total {total / 1024 / 1024:.2f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
