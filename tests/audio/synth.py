"""Synthesised test signals with known properties: click tracks, chords, loud/soft textures;
and the features of a middle-of-the-road track (:data:`MIDDLE`)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from facemood.audio.types import AudioFeatures, Mode

Signal = npt.NDArray[np.float32]

RATE = 11025

MIDDLE = AudioFeatures(
    loudness_db=-20.0,
    dynamics_db=8.0,
    flux=0.016,
    onset_rate=3.0,
    tempo=110.0,
    pulse_clarity=0.5,
    centroid_hz=900.0,
    flatness=0.01,
    mode=Mode.MAJOR,
    majorness=0.0,
    key="C",
    key_clarity=0.7,
    seconds=30.0,
)
"""Features of an unremarkable track: each test changes the ones it is about."""


def clicks(bpm: float, seconds: float = 30.0, rate: int = RATE, accent: bool = False) -> Signal:
    """A metronome: a 15 ms 1.5 kHz burst on every beat (every 4th louder with ``accent``)."""
    out = np.zeros(int(seconds * rate))
    n = int(0.015 * rate)
    t = np.arange(n) / rate
    burst = np.sin(2 * np.pi * 1500 * t) * np.exp(-t / 0.004)
    period = 60.0 / bpm
    for i, start in enumerate(np.arange(0.0, seconds - 0.02, period)):
        s = round(start * rate)
        gain = 1.0 if not accent or i % 4 == 0 else 0.6
        out[s : s + n] += gain * burst[: len(out) - s]
    return (0.5 * out).astype(np.float32)


def _note(midi: float, seconds: float, rate: int, harmonics: int = 6) -> npt.NDArray[np.float64]:
    t = np.arange(int(seconds * rate)) / rate
    f0 = 440.0 * 2 ** ((midi - 69) / 12)
    partials = [k for k in range(1, harmonics + 1) if f0 * k < rate / 2]
    tone = sum(np.sin(2 * np.pi * f0 * k * t) / k**1.5 for k in partials)
    env = np.minimum(1.0, t / 0.02) * np.exp(-t / (seconds * 0.8))
    return np.asarray(tone * env)


MAJOR_TRIAD = (0, 4, 7)
MINOR_TRIAD = (0, 3, 7)


def progression(root: int, mode: str, seconds: float = 24.0, rate: int = RATE) -> Signal:
    """I-IV-V-I (major) or i-iv-v-i (minor) triads on ``root`` (MIDI), one chord a second."""
    triad = MAJOR_TRIAD if mode == "major" else MINOR_TRIAD
    degrees = (0, 5, 7, 0)
    chord_s = 1.0
    out = np.zeros(int(seconds * rate))
    for i in range(int(seconds / chord_s)):
        base = root + degrees[i % len(degrees)]
        s = int(i * chord_s * rate)
        for interval in triad:
            note = _note(base + interval, chord_s, rate)
            out[s : s + len(note)] += note[: len(out) - s]
        bass = _note(base - 12, chord_s, rate)
        out[s : s + len(bass)] += 0.7 * bass[: len(out) - s]
    return (0.2 * out / np.abs(out).max()).astype(np.float32)


def texture(
    bright: bool, loud: bool, seconds: float = 20.0, rate: int = RATE, seed: int = 0
) -> Signal:
    """A bright, dense, loud texture (noise bursts, high partials) or a soft, dark, sparse one."""
    rng = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    if bright:
        # Eight noise bursts a second over a buzzy high chord.
        tone = sum(np.sign(np.sin(2 * np.pi * f * t)) for f in (440.0, 660.0, 880.0))
        bursts = rng.standard_normal(n) * (np.exp(-((t * 8) % 1.0) / 0.05))
        x = 0.3 * tone + bursts
    else:
        # A low, slowly swelling sine pair.
        x = (np.sin(2 * np.pi * 110 * t) + 0.5 * np.sin(2 * np.pi * 165 * t)) * (
            0.6 + 0.4 * np.sin(2 * np.pi * 0.1 * t)
        )
    x = x / np.sqrt(np.mean(x**2))
    return (x * (0.3 if loud else 0.01)).astype(np.float32)
