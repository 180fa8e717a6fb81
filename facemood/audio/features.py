"""Audio features of one excerpt, with numpy only.

From a mono excerpt (see :mod:`facemood.audio.decode`):

* **loudness** - RMS level in dB full scale, and the loudness range (dynamics);
* **spectral flux** - how much the log spectrum rises from frame to frame, on the
  level-normalised signal; it is also the onset-strength envelope;
* **onset rate** - peaks of that envelope per second;
* **tempo** - autocorrelation of the onset envelope, weighted by a log-normal prior
  around 120 BPM (one octave wide), then moved to the fastest metrical level that is
  about as periodic (so a 180 BPM click is 180, not 90) within 40-200 BPM; the
  autocorrelation at that lag is the pulse clarity;
* **spectral centroid** (brightness) and **flatness** (noisiness);
* **mode** - the mean chroma (tuning-corrected) against the 24 Krumhansl-Kessler key
  profiles; majorness is the best major minus the best minor correlation;
* **descriptors** - the vector the learnt mood model reads (MFCC and spectral-contrast
  statistics, chroma, rhythm and dynamics), see :mod:`facemood.audio.descriptors`.

Every feature is a level-independent statistic except the loudness, so mastering
differences only move the loudness (which :mod:`facemood.audio.estimate` ranks within
the user's own library).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from facemood.audio.descriptors import Measured, describe
from facemood.audio.types import AnalysisError, AnalysisProblem, AudioFeatures, Mode

Array = npt.NDArray[np.float64]

N_FFT = 1024
"""STFT frame for loudness, flux, centroid and flatness (93 ms at 11 025 Hz)."""
HOP = 256
"""STFT hop (23 ms at 11 025 Hz): the onset envelope's resolution."""
CHROMA_FFT = 4096
"""Long frames for chroma: 2.7 Hz bins, fine enough to tell semitones apart above 65 Hz."""
CHROMA_HOP = 2048
CHROMA_BAND_HZ = (65.0, 2100.0)
"""Pitches counted for chroma (C2 up to about C7)."""
TEMPO_RANGE = (40.0, 200.0)
"""Beats per minute the tempo is chosen in."""
TEMPO_PRIOR_BPM = 120.0
TEMPO_PRIOR_OCTAVES = 1.0
"""The log-normal tempo prior: centre and width (standard deviation, in octaves)."""
FASTER_LEVEL_RATIO = 0.8
"""Move to double/triple tempo when its periodicity is at least this fraction."""
ONSET_MIN_RISE = 0.006
"""An onset must rise this much above the local flux level (on the level-normalised
signal): the slow swells of a pad are not notes."""
SILENCE_RMS = 1e-5
"""Below about -100 dBFS an excerpt is digital silence."""

# Krumhansl & Kessler (1982) probe-tone ratings, tonic first.
_MAJOR_PROFILE = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
_MINOR_PROFILE = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])
PITCH_CLASSES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def _frames(x: Array, size: int, hop: int) -> Array:
    """Overlapping frames of ``x`` (zero-padded at the end), one per row."""
    if len(x) < size:
        x = np.pad(x, (0, size - len(x)))
    count = 1 + (len(x) - size) // hop
    strided: Array = np.lib.stride_tricks.sliding_window_view(x, size)[::hop][:count]
    return strided


def spectrum(x: Array, size: int, hop: int) -> Array:
    """Magnitude STFT with a Hann window, scaled so a sine of amplitude A peaks near A."""
    window = np.hanning(size)
    mag: Array = np.abs(np.fft.rfft(_frames(x, size, hop) * window, axis=1))
    scaled: Array = mag * (2.0 / float(window.sum()))
    return scaled


def _moving_mean(x: Array, width: int) -> Array:
    """Centred moving average over ``width`` samples (edges use the part inside)."""
    width = max(1, width)
    kernel = np.ones(width)
    total = np.convolve(x, kernel, mode="same")
    count = np.convolve(np.ones_like(x), kernel, mode="same")
    result: Array = total / count
    return result


def onset_envelope(mag: Array) -> Array:
    """Spectral flux per frame: mean positive rise of the log-compressed magnitude."""
    log_mag = np.log1p(100.0 * mag)
    rise = np.maximum(np.diff(log_mag, axis=0), 0.0)
    envelope: Array = rise.mean(axis=1)
    return envelope


def count_onsets(envelope: Array, frame_rate: float) -> int:
    """Onsets: envelope peaks that top their ±70 ms neighbourhood and their local level."""
    if len(envelope) < 3 or envelope.max() <= 0:
        return 0
    scale = max(float(np.percentile(envelope, 95)), 1e-12)
    env = envelope / scale
    half = max(1, round(0.07 * frame_rate))
    padded = np.pad(env, half, constant_values=-np.inf)
    local_max = np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1).max(axis=1)
    local_level = _moving_mean(env, round(0.5 * frame_rate))
    rise = envelope - local_level * scale
    peaks = (env >= local_max) & (env > local_level + 0.1) & (env > 0.3) & (rise > ONSET_MIN_RISE)
    return int(np.count_nonzero(peaks))


def _parabolic(y: Array, i: int) -> float:
    """The fractional position of the peak at ``i`` from its two neighbours."""
    if 0 < i < len(y) - 1:
        a, b, c = float(y[i - 1]), float(y[i]), float(y[i + 1])
        denom = a - 2 * b + c
        if denom < 0:
            return i + 0.5 * (a - c) / denom
    return float(i)


def estimate_tempo(envelope: Array, frame_rate: float) -> tuple[float, float]:
    """Tempo (BPM) and pulse clarity (0-1) of an onset envelope sampled at ``frame_rate``.

    The autocorrelation of the envelope (local mean removed) is weighted by the
    log-normal prior; from the best lag, the double and triple tempo are taken while
    their periodicity is at least :data:`FASTER_LEVEL_RATIO` of the best one's.
    """
    lo_bpm, hi_bpm = TEMPO_RANGE
    max_lag = math.ceil(frame_rate * 60.0 / lo_bpm) + 2
    env = envelope - _moving_mean(envelope, round(3.0 * frame_rate))
    n = len(env)
    if n < 2 * max_lag or not np.any(env):
        return TEMPO_PRIOR_BPM, 0.0
    spectrum = np.fft.rfft(env, 2 * n)
    ac = np.fft.irfft(spectrum * np.conj(spectrum))[: max_lag + 1]
    ac = ac / (n - np.arange(len(ac)))  # unbiased: long lags are not penalised
    if ac[0] <= 0:
        return TEMPO_PRIOR_BPM, 0.0
    ac = ac / ac[0]
    min_lag = max(1, math.floor(frame_rate * 60.0 / hi_bpm))
    lags = np.arange(min_lag, max_lag - 1)
    bpm = 60.0 * frame_rate / lags
    prior = np.exp(-0.5 * (np.log2(bpm / TEMPO_PRIOR_BPM) / TEMPO_PRIOR_OCTAVES) ** 2)
    prior[(bpm < lo_bpm) | (bpm > hi_bpm)] = 0.0
    score = np.maximum(ac[lags], 0.0) * prior
    if score.max() <= 0:
        return TEMPO_PRIOR_BPM, 0.0
    best = int(lags[np.argmax(score)])

    def peak_near(lag: float) -> int:
        """The autocorrelation peak within a frame of ``lag``."""
        around = np.arange(max(1, math.floor(lag) - 1), min(len(ac) - 1, math.ceil(lag) + 1) + 1)
        return int(around[np.argmax(ac[around])])

    moved = True
    while moved:
        moved = False
        for factor in (2, 3):
            candidate = peak_near(best / factor)
            if (
                60.0 * frame_rate / candidate <= hi_bpm
                and ac[candidate] >= FASTER_LEVEL_RATIO * ac[best]
            ):
                best, moved = candidate, True
                break
    tempo = float(np.clip(60.0 * frame_rate / _parabolic(ac, best), lo_bpm, hi_bpm))
    return tempo, float(np.clip(ac[best], 0.0, 1.0))


def chroma_frames(x: Array, rate: int) -> Array:
    """Pitch-class profile per loud frame (12 values, C first, max 1), tuning corrected.

    Frames quieter than 60 dB below the loudest are left out; digital silence gives
    an empty (0 by 12) array.
    """
    mag = spectrum(x, CHROMA_FFT, CHROMA_HOP)
    freqs = np.fft.rfftfreq(CHROMA_FFT, 1.0 / rate)
    band = (freqs >= CHROMA_BAND_HZ[0]) & (freqs <= min(CHROMA_BAND_HZ[1], rate / 2 * 0.9))
    mag = mag[:, band]
    midi = 69.0 + 12.0 * np.log2(freqs[band] / 440.0)
    # Global tuning: the circular mean of every bin's offset from the equal-tempered grid.
    weight = (mag**2).sum(axis=0)
    tuning = float(np.angle(np.sum(weight * np.exp(2j * np.pi * midi)))) / (2 * np.pi)
    pitch = midi - tuning
    nearest = np.round(pitch)
    taper = np.cos(np.pi * (pitch - nearest)) ** 2
    to_class = np.zeros((len(pitch), 12))
    to_class[np.arange(len(pitch)), nearest.astype(int) % 12] = taper
    per_frame = mag @ to_class
    peak = per_frame.max(axis=1, keepdims=True)
    loud = peak[:, 0] > 1e-3 * max(float(peak.max()), 1e-12)
    frames: Array = per_frame[loud] / peak[loud]
    return frames


def chroma(x: Array, rate: int) -> Array:
    """Mean pitch-class profile (12 values, C first, max 1) with the tuning corrected."""
    frames = chroma_frames(x, rate)
    if not len(frames):
        return np.zeros(12)
    profile: Array = frames.mean(axis=0)
    return profile / max(float(profile.max()), 1e-12)


def key_and_mode(profile: Array) -> tuple[str, Mode, float, float]:
    """Best key's tonic, its mode, majorness (best major r minus best minor r) and its r."""
    if not np.any(profile):
        return "C", Mode.MAJOR, 0.0, 0.0

    def correlations(key_profile: Array) -> Array:
        rotated = np.stack([np.roll(key_profile, k) for k in range(12)])
        a = (rotated - rotated.mean(axis=1, keepdims=True)) / rotated.std(axis=1, keepdims=True)
        std = profile.std()
        if std == 0:
            return np.zeros(12)
        b = (profile - profile.mean()) / std
        result: Array = a @ b / 12.0
        return result

    major, minor = correlations(_MAJOR_PROFILE), correlations(_MINOR_PROFILE)
    best_major, best_minor = int(np.argmax(major)), int(np.argmax(minor))
    majorness = float(major[best_major] - minor[best_minor])
    if major[best_major] >= minor[best_minor]:
        return PITCH_CLASSES[best_major], Mode.MAJOR, majorness, float(major[best_major])
    return PITCH_CLASSES[best_minor], Mode.MINOR, majorness, float(minor[best_minor])


def extract_features(samples: npt.ArrayLike, rate: int) -> AudioFeatures:
    """Every feature of a mono excerpt at ``rate`` Hz.

    Raises:
        AnalysisError: the excerpt is digital silence (``SILENT``).
    """
    x = np.asarray(samples, dtype=np.float64)
    rms = float(np.sqrt(np.mean(x**2))) if len(x) else 0.0
    if rms < SILENCE_RMS:
        raise AnalysisError(AnalysisProblem.SILENT, "the excerpt is silent")
    frame_rate = rate / HOP

    frame_power = (_frames(x, N_FFT, HOP) ** 2).mean(axis=1)
    frame_db = 10.0 * np.log10(np.maximum(frame_power, 1e-20))
    active = frame_db > frame_db.max() - 50.0
    low, high = np.percentile(frame_db[active], [10, 90])

    normalised = x * (0.1 / rms)  # every other feature is independent of the level
    mag = spectrum(normalised, N_FFT, HOP)
    freqs = np.fft.rfftfreq(N_FFT, 1.0 / rate)
    mag_active = mag[active[: len(mag)]]
    bin_sum = mag_active.sum(axis=1)
    centroid = float(np.median((mag_active @ freqs)[bin_sum > 0] / bin_sum[bin_sum > 0]))
    power = mag_active[:, 1:] ** 2 + 1e-12
    flatness = float(np.mean(np.exp(np.log(power).mean(axis=1)) / power.mean(axis=1)))

    envelope = onset_envelope(mag)
    seconds = len(x) / rate
    tempo, clarity = estimate_tempo(envelope, frame_rate)
    frames = chroma_frames(normalised, rate)
    profile = frames.mean(axis=0) if len(frames) else np.zeros(12)
    key, mode, majorness, key_clarity = key_and_mode(profile / max(float(profile.max()), 1e-12))
    loudness_db = 20.0 * math.log10(rms)
    onset_rate = count_onsets(envelope, frame_rate) / seconds
    measured = Measured(
        mag=mag,
        rate=rate,
        frame_db=frame_db,
        active=active,
        envelope=envelope,
        frame_rate=frame_rate,
        chroma=frames,
        tonic=PITCH_CLASSES.index(key),
        loudness_db=loudness_db,
        dynamics_db=float(high - low),
        onset_rate=onset_rate,
        tempo=tempo,
        pulse_clarity=clarity,
        majorness=majorness,
        key_clarity=key_clarity,
    )
    return AudioFeatures(
        loudness_db=loudness_db,
        dynamics_db=float(high - low),
        flux=float(envelope.mean()),
        onset_rate=onset_rate,
        tempo=tempo,
        pulse_clarity=clarity,
        centroid_hz=centroid,
        flatness=flatness,
        mode=mode,
        majorness=majorness,
        key=key,
        key_clarity=key_clarity,
        seconds=seconds,
        descriptors=describe(measured),
    )
