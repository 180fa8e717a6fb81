"""Log-mel spectrograms of the labelled clips, as the app's analysis would see them, cached.

Each clip is decoded exactly as :func:`facemood.audio.worker.analyse_file` decodes a
track (the middle 30 s, downmixed, decimated towards 11 025 Hz), normalised to the
level :func:`facemood.audio.features.extract_features` uses, and turned into the same
magnitude STFT (1024/256, Hann). :func:`log_mel` then pools it into the descriptors'
40 mel bands (30 Hz-5 kHz) and :data:`POOL` frames at a time (about 85 ms), in dB with
the descriptors' power floor. Numpy only: the app would need nothing new to compute it.

The log-mels of all clips are cached in one ``.npz`` (``runs/audio_logmels.npz``,
git-ignored), keyed by each clip's SHA-256 and a hash of the decoding, feature and
this module's code, so any change computes them again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from facemood.audio.descriptors import MEL_BANDS, POWER_FLOOR, mel_filterbank
from facemood.audio.features import HOP, N_FFT, SILENCE_RMS, spectrum
from facemood.training.audio_data import Clip, analysis_code_hash

log = logging.getLogger("facemood.training")

Array = npt.NDArray[np.float32]

POOL = 4
"""STFT frames averaged into one log-mel frame (4 x 256 samples: about 85 ms)."""
DEFAULT_CACHE = Path("runs/audio_logmels.npz")


def log_mel(samples: npt.ArrayLike, rate: int) -> Array:
    """The log-mel spectrogram (frames by :data:`MEL_BANDS`, dB) of a mono excerpt.

    The excerpt is first normalised to an RMS of 0.1, as the features are, so the
    spectrogram does not depend on the level.

    Raises:
        ValueError: the excerpt is silent.
    """
    x = np.asarray(samples, dtype=np.float64)
    rms = float(np.sqrt(np.mean(x**2))) if len(x) else 0.0
    if rms < SILENCE_RMS:
        raise ValueError("the excerpt is silent")
    mag = spectrum(x * (0.1 / rms), N_FFT, HOP)
    power = (mag**2) @ mel_filterbank(mag.shape[1], rate).T
    n = len(power) // POOL
    pooled = power[: n * POOL].reshape(n, POOL, MEL_BANDS).mean(axis=1)
    result: Array = (10.0 * np.log10(pooled + POWER_FLOOR)).astype(np.float32)
    return result


def _cache_key() -> str:
    code = analysis_code_hash(Path(__file__))
    return json.dumps({"pool": POOL, "bands": MEL_BANDS, "code": code})


def load_log_mels(clips: Sequence[Clip], cache: Path = DEFAULT_CACHE) -> list[Array]:
    """The log-mel of every clip, from ``cache`` where current, else computed and cached.

    Raises:
        ValueError: a clip could not be decoded (the data set is broken: fix it first).
    """
    from facemood.audio.decode import Decoder
    from facemood.audio.types import AnalysisError

    known: dict[str, Array] = {}
    if cache.exists():
        with np.load(cache, allow_pickle=False) as data:
            if str(data["key"]) == _cache_key():
                for sha, mel, n in zip(data["sha256"], data["mels"], data["lengths"], strict=True):
                    known[str(sha)] = mel[: int(n)]
    missing = [c for c in clips if c.sha256 not in known]
    if missing:
        log.info("computing %d log-mels (cache: %s)", len(missing), cache)
        decoder = Decoder()
        try:
            for n, clip in enumerate(missing, 1):
                try:
                    excerpt = decoder.decode(clip.path)
                    known[clip.sha256] = log_mel(excerpt.samples, excerpt.rate)
                except (AnalysisError, ValueError) as exc:
                    raise ValueError(f"{clip.path}: {exc}") from exc
                if n % 100 == 0:
                    log.info("  %d/%d", n, len(missing))
        finally:
            decoder.close()
        shas = sorted(known)
        longest = max(len(known[s]) for s in shas)
        mels = np.zeros((len(shas), longest, MEL_BANDS), dtype=np.float32)
        for i, s in enumerate(shas):
            mels[i, : len(known[s])] = known[s]
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(
            cache,
            key=np.array(_cache_key()),
            sha256=np.array(shas),
            mels=mels,
            lengths=np.array([len(known[s]) for s in shas]),
        )
    return [known[c.sha256] for c in clips]
