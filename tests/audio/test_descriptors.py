"""The learnt model's descriptors: shape, the filterbank and DCT, and what they measure."""

from __future__ import annotations

import math

import numpy as np

from facemood.audio.descriptors import DESCRIPTOR_NAMES, MEL_BANDS, dct_matrix, mel_filterbank
from facemood.audio.features import extract_features
from tests.audio.synth import RATE, clicks, progression, texture


def _named(samples: np.ndarray) -> dict[str, float]:
    features = extract_features(samples, RATE)
    assert len(features.descriptors) == len(DESCRIPTOR_NAMES)
    assert all(math.isfinite(v) for v in features.descriptors)
    return dict(zip(DESCRIPTOR_NAMES, features.descriptors, strict=True))


def test_names_are_unique() -> None:
    assert len(set(DESCRIPTOR_NAMES)) == len(DESCRIPTOR_NAMES)


def test_filterbank_and_dct() -> None:
    bank = mel_filterbank(513, RATE)
    assert bank.shape == (MEL_BANDS, 513)
    np.testing.assert_allclose(bank.sum(axis=1), 1.0)
    centres = (bank * np.arange(513)).sum(axis=1)
    assert np.all(np.diff(centres) > 0)  # bands rise in pitch
    dct = dct_matrix(MEL_BANDS, MEL_BANDS)
    np.testing.assert_allclose(dct @ dct.T, np.eye(MEL_BANDS), atol=1e-9)


def test_noise_is_brighter_and_flatter_than_a_low_drone() -> None:
    bright = _named(texture(bright=True, loud=True))
    dark = _named(texture(bright=False, loud=True))
    assert bright["high_share"] > dark["high_share"] + 0.1
    assert bright["log_flatness_mean"] > dark["log_flatness_mean"] + 1.0
    assert bright["log_centroid_mean"] > dark["log_centroid_mean"]


def test_a_metronome_is_periodic_at_its_beat() -> None:
    beat = _named(clicks(120, 20.0) + 0.01 * np.random.default_rng(0).standard_normal(220500))
    noise = _named(0.3 * np.random.default_rng(1).standard_normal(220500))
    assert beat["period_beat"] > 0.5 > noise["period_beat"]
    assert abs(2 ** beat["log2_tempo"] - 120) < 3


def test_a_tremolo_modulates_at_its_rate() -> None:
    t = np.arange(int(20 * RATE)) / RATE
    noise = 0.2 * np.random.default_rng(2).standard_normal(len(t))
    tremolo = _named(noise * (1 + 0.9 * np.sin(2 * np.pi * 6 * t)))
    steady = _named(noise)
    for group in range(4):  # white noise: every group of bands; 6 Hz is the 4-8 Hz band
        assert tremolo[f"modulation{group}_2"] > steady[f"modulation{group}_2"] + 2
        assert tremolo[f"modulation{group}_2"] > tremolo[f"modulation{group}_0"] + 2


def test_chroma_is_relative_to_the_key() -> None:
    c_major = _named(progression(60, "major"))
    e_major = _named(progression(64, "major"))
    degrees = [f"chroma_deg{k}" for k in range(12)]
    a = np.array([c_major[d] for d in degrees])
    b = np.array([e_major[d] for d in degrees])
    assert np.corrcoef(a, b)[0, 1] > 0.9  # the same profile, whatever the key
    assert c_major["majorness"] > 0
