"""The log-mel CNN's input and training: the log-mel is level-free and in the right bands,
crops keep their shape, and a small CNN learns quadrants it can hear."""

from __future__ import annotations

import numpy as np
import pytest

from facemood.audio.descriptors import MEL_BANDS, MEL_RANGE_HZ
from facemood.audio.model import arousal_valence
from facemood.training.audio_logmel import POOL, log_mel

RATE = 12000


def _tone(hz: float, seconds: float = 5.0, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    noise = 1e-3 * np.random.default_rng(0).standard_normal(len(t))
    return (level * np.sin(2 * np.pi * hz * t) + noise).astype(np.float32)


def _band_of(hz: float) -> int:
    mel = np.linspace(*(2595 * np.log10(1 + np.array(MEL_RANGE_HZ) / 700)), MEL_BANDS + 2)
    centres = 700 * (10 ** (mel[1:-1] / 2595) - 1)
    return int(np.argmin(np.abs(centres - hz)))


def test_log_mel_has_the_frames_and_bands_and_finds_the_tone() -> None:
    mel = log_mel(_tone(440.0), RATE)
    frames = 1 + (5 * RATE - 1024) // 256
    assert mel.shape == (frames // POOL, MEL_BANDS)
    assert abs(int(np.argmax(mel.mean(axis=0))) - _band_of(440.0)) <= 1
    assert int(np.argmax(log_mel(_tone(2000.0), RATE).mean(axis=0))) > _band_of(1000.0)


def test_log_mel_does_not_depend_on_the_level() -> None:
    np.testing.assert_allclose(
        log_mel(_tone(300.0, level=0.5), RATE),
        log_mel(_tone(300.0, level=0.5) * 0.01, RATE),
        atol=0.05,
    )


def test_log_mel_of_silence_is_an_error() -> None:
    with pytest.raises(ValueError, match="silent"):
        log_mel(np.zeros(RATE * 4, dtype=np.float32), RATE)


def test_crops_keep_their_shape_and_short_clips_are_padded() -> None:
    from facemood.training.audio_cnn import CROP, augmented_crops

    rng = np.random.default_rng(1)
    mels = [rng.standard_normal((n, MEL_BANDS)).astype(np.float32) for n in (300, 50)]
    crops = augmented_crops(mels, rng)
    assert crops.shape == (2, CROP, MEL_BANDS, 1)
    assert np.all(np.isfinite(crops))


def test_a_small_cnn_learns_quadrants_it_can_hear() -> None:
    pytest.importorskip("tensorflow", reason="training tests need the facemood[train] extra")
    from facemood.training import audio_cnn as ac

    # Arousal: a loud pulse every 4 frames or none; valence: energy in the top or bottom bands.
    rng = np.random.default_rng(2)

    def clip(q: int) -> np.ndarray:
        mel = rng.normal(-60.0, 3.0, (200, MEL_BANDS)).astype(np.float32)
        bands = slice(25, 35) if q in (0, 3) else slice(3, 13)
        mel[:, bands] += 20.0
        if q <= 1:
            mel[::4] += 15.0
        return mel

    quadrants = np.arange(96) % 4
    mels = [clip(int(q)) for q in quadrants]
    targets = np.eye(4, dtype=np.float32)[quadrants]
    config = ac.CnnConfig(width=4, epochs=12, lr=1e-2)
    model, std = ac.train(mels[:64], targets[:64], np.ones(64), config, seed=0)
    predicted = ac.predict(model, std, mels[64:]).argmax(axis=1)
    assert np.mean(predicted == quadrants[64:]) >= 0.75
    av = arousal_valence(ac.predict(model, std, mels[64:]))
    assert av.shape == (32, 2)
    assert np.all((av >= 0) & (av <= 1 + 1e-6))
