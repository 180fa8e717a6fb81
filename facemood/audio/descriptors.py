"""The descriptor vector the learnt mood model reads: timbre, harmony, rhythm and dynamics.

Statistics over the 30 s excerpt, numpy only, from what :mod:`facemood.audio.features`
already computed (the level-normalised STFT, the short-term level, the onset envelope
and the per-frame chroma):

* **timbre** - 13 MFCCs (40 mel bands up to 5 kHz, DCT-II) with their mean, standard
  deviation and the deviation of their frame-to-frame change; the modulation spectrum
  of four groups of mel bands (how much their level moves at 0.5-2, 2-4, 4-8 and 8-16
  Hz: fluctuation, a cue of energy); how much the loudness and brightness of 1 s
  segments vary; spectral contrast (peak
  minus valley of the log power, top and bottom fifth of each band's bins) in six
  octave bands, with its spread and the valley level; centroid, bandwidth, roll-off,
  flatness, and the share of power below 250 Hz and above 2 kHz;
* **dynamics** - the RMS level, its range and spread, the share of quiet frames, the
  crest of the loudest frame;
* **rhythm** - flux (all, bass and treble), its spread, onset rate, tempo, pulse
  clarity and how periodic the envelope is at the beat, the half-beat and the bar;
* **harmony** - the mean chroma rotated to the best key's tonic (so it does not depend
  on the key), its entropy, how much the chroma changes per frame, majorness and key
  clarity.

:data:`DESCRIPTOR_NAMES` names every entry; the shipped model records the names it was
trained on and refuses a vector of other names.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

MEL_BANDS = 40
MEL_RANGE_HZ = (30.0, 5000.0)
MFCC_COUNT = 13
CONTRAST_EDGES_HZ = (0.0, 200.0, 400.0, 800.0, 1600.0, 3200.0, 5000.0)
CONTRAST_SHARE = 0.2
"""The top and bottom fifth of a band's bins are its peak and its valley."""
LOW_HZ, HIGH_HZ = 250.0, 2000.0
"""Bass and treble limits of the band shares and band fluxes."""
POWER_FLOOR = 1e-10
"""Added to every bin's power (the excerpt is normalised to a total power of 0.01): 80 dB
below it, about a good recording's noise floor. Spectral valleys and flatness of
synthesised tones then stop at the floor instead of at numerical zero, where no
recording in the training data is."""
MODULATION_GROUPS = 4
"""The mel bands are pooled into this many groups (bass to treble) for the modulation."""
MODULATION_HZ = (0.5, 2.0, 4.0, 8.0, 16.0)
"""Edges of the modulation-frequency bands (how fast each group's level moves)."""
MODULATION_WINDOW = 128
"""Frames per modulation spectrum (about 3 s); the spectra of all windows are averaged."""


def _names() -> tuple[str, ...]:
    names: list[str] = []
    for stat in ("mean", "std", "dstd"):
        names += [f"mfcc{i}_{stat}" for i in range(MFCC_COUNT)]
    for stat in ("mean", "std", "valley"):
        names += [f"contrast{b}_{stat}" for b in range(len(CONTRAST_EDGES_HZ) - 1)]
    bands = len(MODULATION_HZ) - 1
    names += [f"modulation{g}_{b}" for g in range(MODULATION_GROUPS) for b in range(bands)]
    names += ["mfcc0_segment_std", "mfcc1_segment_std"]
    names += [
        "log_centroid_mean",
        "log_centroid_std",
        "log_bandwidth",
        "log_rolloff",
        "log_flatness_mean",
        "log_flatness_std",
        "low_share",
        "high_share",
        "loudness_db",
        "dynamics_db",
        "level_std_db",
        "quiet_share",
        "crest_db",
        "log_flux",
        "flux_cv",
        "log_flux_low",
        "log_flux_high",
        "onset_rate",
        "log2_tempo",
        "pulse_clarity",
        "period_half_beat",
        "period_beat",
        "period_bar",
    ]
    names += [f"chroma_deg{k}" for k in range(12)]
    names += ["chroma_entropy", "chroma_change", "majorness", "key_clarity"]
    return tuple(names)


DESCRIPTOR_NAMES: tuple[str, ...] = _names()
"""What each entry of :attr:`AudioFeatures.descriptors
<facemood.audio.types.AudioFeatures.descriptors>` is."""


@dataclass(frozen=True, slots=True)
class Measured:
    """What :func:`facemood.audio.features.extract_features` hands over.

    Attributes:
        mag: magnitude STFT of the level-normalised excerpt (frames by bins).
        rate: sample rate (Hz).
        frame_db: short-term level per frame (dBFS, not normalised).
        active: frames within 50 dB of the loudest.
        envelope: onset envelope (spectral flux per frame).
        frame_rate: frames per second.
        chroma: per-frame chroma of the loud frames (frames by 12).
        tonic: pitch class (0 = C) of the best key.
        loudness_db, dynamics_db, onset_rate, tempo, pulse_clarity, majorness,
        key_clarity: the scalar features of the same name.
    """

    mag: Array
    rate: int
    frame_db: Array
    active: npt.NDArray[np.bool_]
    envelope: Array
    frame_rate: float
    chroma: Array
    tonic: int
    loudness_db: float
    dynamics_db: float
    onset_rate: float
    tempo: float
    pulse_clarity: float
    majorness: float
    key_clarity: float


@functools.lru_cache(maxsize=8)
def mel_filterbank(n_bins: int, rate: int) -> Array:
    """Triangular mel filters (``MEL_BANDS`` by ``n_bins``), each summing to 1."""
    freqs = np.linspace(0.0, rate / 2, n_bins)

    def mel(f: Array | float) -> Array:
        return np.asarray(2595.0 * np.log10(1.0 + np.asarray(f) / 700.0))

    top = min(MEL_RANGE_HZ[1], rate / 2)
    points = np.linspace(mel(MEL_RANGE_HZ[0]), mel(top), MEL_BANDS + 2)
    edges = 700.0 * (10 ** (points / 2595.0) - 1.0)
    bank = np.zeros((MEL_BANDS, n_bins))
    for b in range(MEL_BANDS):
        lo, mid, hi = edges[b], edges[b + 1], edges[b + 2]
        rise = (freqs - lo) / (mid - lo)
        fall = (hi - freqs) / (hi - mid)
        bank[b] = np.maximum(0.0, np.minimum(rise, fall))
        total = bank[b].sum()
        if total > 0:
            bank[b] /= total
    return bank


@functools.lru_cache(maxsize=2)
def dct_matrix(n_in: int, n_out: int) -> Array:
    """Orthonormal DCT-II rows (``n_out`` by ``n_in``)."""
    k = np.arange(n_out)[:, None]
    n = np.arange(n_in)[None, :]
    m = np.cos(np.pi * k * (2 * n + 1) / (2 * n_in)) * math.sqrt(2.0 / n_in)
    m[0] /= math.sqrt(2.0)
    return m


def _modulation(log_mel: Array, frame_rate: float) -> list[float]:
    """Log energy of each band group's level modulation in each modulation band."""
    bands = len(MODULATION_HZ) - 1
    n = len(log_mel) // MODULATION_WINDOW
    if n == 0:
        return [0.0] * (MODULATION_GROUPS * bands)
    groups = np.array_split(np.arange(log_mel.shape[1]), MODULATION_GROUPS)
    level = np.stack([log_mel[:, g].mean(axis=1) for g in groups], axis=1)
    windows = level[: n * MODULATION_WINDOW].reshape(n, MODULATION_WINDOW, MODULATION_GROUPS)
    windows = windows - windows.mean(axis=1, keepdims=True)
    spectrum = (
        np.abs(np.fft.rfft(windows * np.hanning(MODULATION_WINDOW)[None, :, None], axis=1)) ** 2
    ).mean(axis=0)
    freqs = np.fft.rfftfreq(MODULATION_WINDOW, 1.0 / frame_rate)
    out = []
    for g in range(MODULATION_GROUPS):
        for lo, hi in itertools.pairwise(MODULATION_HZ):
            band = (freqs >= lo) & (freqs < hi)
            out.append(math.log(float(spectrum[band, g].mean()) + 1e-9))
    return out


def _segment_std(mfcc: Array, frame_rate: float) -> list[float]:
    """Standard deviation of the 1 s means of MFCC 0 (level) and 1 (tilt)."""
    size = max(1, round(frame_rate))
    n = len(mfcc) // size
    if n < 2:
        return [0.0, 0.0]
    means = mfcc[: n * size, :2].reshape(n, size, 2).mean(axis=1)
    return [float(v) for v in means.std(axis=0)]


def _timbre(mag: Array, rate: int, frame_rate: float) -> list[float]:
    n_bins = mag.shape[1]
    freqs = np.linspace(0.0, rate / 2, n_bins)
    power = mag**2 + POWER_FLOOR
    log_mel = np.log10(power @ mel_filterbank(n_bins, rate).T + 1e-10)
    mfcc = log_mel @ dct_matrix(MEL_BANDS, MFCC_COUNT).T
    delta = np.diff(mfcc, axis=0) if len(mfcc) > 1 else np.zeros_like(mfcc)
    out = [*mfcc.mean(axis=0), *mfcc.std(axis=0), *delta.std(axis=0)]

    log_power = np.log10(power)
    contrast_mean, contrast_std, valley_mean = [], [], []
    for lo, hi in itertools.pairwise(CONTRAST_EDGES_HZ):
        band = np.sort(log_power[:, (freqs >= lo) & (freqs < min(hi, rate / 2))], axis=1)
        take = max(1, round(CONTRAST_SHARE * band.shape[1]))
        peak, valley = band[:, -take:].mean(axis=1), band[:, :take].mean(axis=1)
        contrast_mean.append(float((peak - valley).mean()))
        contrast_std.append(float((peak - valley).std()))
        valley_mean.append(float(valley.mean()))
    out += contrast_mean + contrast_std + valley_mean
    out += _modulation(log_mel, frame_rate) + _segment_std(mfcc, frame_rate)

    total = power.sum(axis=1)
    centroid = (power @ freqs) / total
    bandwidth = np.sqrt((power * (freqs[None, :] - centroid[:, None]) ** 2).sum(axis=1) / total)
    cumulative = np.cumsum(power, axis=1)
    rolloff = freqs[np.argmax(cumulative >= 0.85 * total[:, None], axis=1)]
    flatness = np.exp(np.log(power[:, 1:]).mean(axis=1)) / power[:, 1:].mean(axis=1)
    log_centroid = np.log(centroid + 1.0)
    log_flatness = np.log(flatness)
    out += [
        float(log_centroid.mean()),
        float(log_centroid.std()),
        float(np.log(bandwidth.mean() + 1.0)),
        float(np.log(rolloff.mean() + 1.0)),
        float(log_flatness.mean()),
        float(log_flatness.std()),
        float(power[:, freqs < LOW_HZ].sum() / total.sum()),
        float(power[:, freqs >= HIGH_HZ].sum() / total.sum()),
    ]
    return out


def _periodicity(envelope: Array, lags: Array) -> Array:
    """Normalised autocorrelation of the (mean-removed) envelope at ``lags`` (frames)."""
    env = envelope - envelope.mean()
    n = len(env)
    spectrum = np.fft.rfft(env, 2 * n)
    ac = np.fft.irfft(spectrum * np.conj(spectrum))[:n]
    if ac[0] <= 0:
        return np.zeros(len(lags))
    ac = ac / ac[0]
    lags = np.clip(np.round(lags).astype(int), 1, n - 1)
    # The best value within one frame of each lag (the beat is not on the frame grid).
    near = np.stack([ac[np.clip(lags + d, 1, n - 1)] for d in (-1, 0, 1)])
    result: Array = near.max(axis=0)
    return result


def _rhythm(m: Measured) -> list[float]:
    freqs = np.linspace(0.0, m.rate / 2, m.mag.shape[1])
    rise = np.maximum(np.diff(np.log1p(100.0 * m.mag), axis=0), 0.0)
    flux = float(m.envelope.mean())
    beat = 60.0 / m.tempo * m.frame_rate
    periods = _periodicity(m.envelope, np.array([beat / 2, beat, 4 * beat]))
    return [
        math.log(flux + 1e-6),
        float(m.envelope.std() / max(flux, 1e-9)),
        math.log(float(rise[:, freqs < LOW_HZ].mean()) + 1e-6),
        math.log(float(rise[:, freqs >= HIGH_HZ].mean()) + 1e-6),
        m.onset_rate,
        math.log2(m.tempo),
        m.pulse_clarity,
        *map(float, periods),
    ]


def _dynamics(m: Measured) -> list[float]:
    level = m.frame_db[m.active]
    power = 10 ** (level / 10)
    mean_db = 10 * math.log10(float(power.mean()))
    return [
        m.loudness_db,
        m.dynamics_db,
        float(level.std()),
        float(np.mean(power < power.mean())),
        float(level.max()) - mean_db,
    ]


def _harmony(m: Measured) -> list[float]:
    if not len(m.chroma):
        return [0.0] * 12 + [math.log(12.0), 0.0, m.majorness, m.key_clarity]
    profile = m.chroma.mean(axis=0)
    share = profile / profile.sum()
    entropy = float(-(share * np.log(share + 1e-12)).sum())
    normed = m.chroma / np.maximum(m.chroma.sum(axis=1, keepdims=True), 1e-12)
    change = float(np.abs(np.diff(normed, axis=0)).sum(axis=1).mean()) if len(normed) > 1 else 0.0
    rotated = np.roll(profile / profile.max(), -m.tonic)
    return [*map(float, rotated), entropy, change, m.majorness, m.key_clarity]


def describe(m: Measured) -> tuple[float, ...]:
    """The descriptor vector (:data:`DESCRIPTOR_NAMES` order) of one excerpt."""
    active = m.active[: len(m.mag)]
    mag = m.mag[active] if np.any(active) else m.mag
    values = [*_timbre(mag, m.rate, m.frame_rate), *_dynamics(m), *_rhythm(m), *_harmony(m)]
    assert len(values) == len(DESCRIPTOR_NAMES)
    return tuple(float(v) if math.isfinite(v) else 0.0 for v in values)
