"""The shipped mood model loads, fits its budget, and estimates real audio files in range."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from facemood.audio.descriptors import DESCRIPTOR_NAMES
from facemood.audio.estimate import estimate_library, learnt_estimate
from facemood.audio.model import FORMAT, MODEL_PATH, MoodModel, load_model
from facemood.audio.types import AudioFeatures
from facemood.audio.worker import analyse_file
from facemood.core.types import MusicMood
from facemood.errors import AudioAnalysisError
from tests.audio.synth import MIDDLE, clicks, progression
from tests.library.audio_helpers import encode_samples, rate_for


def test_the_shipped_model_loads_and_is_small() -> None:
    assert MODEL_PATH.stat().st_size <= 2 * 1024 * 1024
    model = load_model()
    assert model.names == DESCRIPTOR_NAMES
    assert "4Q" in model.info["trained_on"] and "Emotify" in model.info["trained_on"]
    zeros = model.predict(model.mean)  # the average track: somewhere in between
    assert zeros.shape == (2,) and np.all((zeros > 0.02) & (zeros < 0.98))


def test_round_trip_through_json_keeps_the_predictions() -> None:
    model = load_model()
    again = MoodModel.from_json(json.loads(json.dumps(model.to_json())))
    rows = model.mean + model.scale * np.random.default_rng(0).standard_normal(
        (5, len(model.names))
    )
    np.testing.assert_allclose(again.predict(rows), model.predict(rows), atol=1e-5)


@pytest.mark.parametrize(
    "broken",
    [
        {"format": "something else"},
        {"format": FORMAT, "names": ["a"], "mean": [0.0], "scale": [1.0], "members": []},
        {
            "format": FORMAT,
            "names": ["a", "b"],
            "mean": [0.0, 0.0],
            "scale": [1.0, 1.0],
            "members": [[{"weights": [[1.0, 2.0]], "bias": [0.0, 0.0], "activation": "tanh"}]],
        },
        {  # a softmax member must give the four quadrants
            "format": FORMAT,
            "names": ["a"],
            "mean": [0.0],
            "scale": [1.0],
            "members": [[{"weights": [[1.0, 2.0]], "bias": [0.0, 0.0], "activation": "softmax"}]],
        },
        {
            "format": FORMAT,
            "names": ["a"],
            "mean": [0.0],
            "scale": [0.0],
            "members": [[{"weights": [[1.0, 2.0]], "bias": [0.0, 0.0], "activation": "sigmoid"}]],
        },
    ],
)
def test_malformed_documents_are_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        MoodModel.from_json(broken)


def test_an_unreadable_or_foreign_model_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "audio_mood.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(AudioAnalysisError, match=r"audio_mood\.json"):
        load_model(bad)
    doc = load_model().to_json()
    doc["names"] = [f"other{i}" for i in range(len(doc["names"]))]
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(AudioAnalysisError, match="other descriptors"):
        load_model(bad)


def _analysed(path: Path, samples: np.ndarray) -> AudioFeatures:
    encode_samples(path, samples)
    outcome = analyse_file(str(path))
    assert isinstance(outcome, AudioFeatures), outcome
    return outcome


def _loud_fast(rate: int) -> np.ndarray:
    beat = clicks(170, 20.0, rate)
    noise = np.random.default_rng(0).standard_normal(len(beat)).astype(np.float32)
    return np.clip(beat * 1.6 + 0.05 * noise, -1, 1)


def test_real_files_get_estimates_in_range(tmp_path: Path) -> None:
    """Synthesised music encoded to MP3, FLAC and Ogg, analysed as the app does."""
    recipes = {
        "loud.mp3": _loud_fast,
        "soft.flac": lambda r: 0.05 * progression(57, "minor", 20.0, r),
        "major.ogg": lambda r: progression(60, "major", 20.0, r),
        "minor.ogg": lambda r: progression(60, "minor", 20.0, r),
    }
    tracks = {}
    for name, make in recipes.items():
        path = tmp_path / name
        tracks[name] = _analysed(path, make(rate_for(path)).astype(np.float32))
    estimates = estimate_library(tracks)
    for name, est in estimates.items():
        assert 0.0 <= est.arousal <= 1.0 and 0.0 <= est.valence <= 1.0, name
        assert 0.25 <= est.confidence <= 1.0
        assert sum(est.probabilities.values()) == pytest.approx(1.0)
        doc = est.to_json()
        assert 0.0 <= doc["arousal"] <= 1.0 and 0.0 <= doc["valence"] <= 1.0
    # A hard fast beat over noise against a soft, slow minor progression.
    assert estimates["loud.mp3"].arousal > estimates["soft.flac"].arousal + 0.5
    assert estimates["loud.mp3"].mood in {
        MusicMood.HAPPY,
        MusicMood.ENERGETIC,
        MusicMood.AGGRESSIVE,
    }
    assert estimates["soft.flac"].mood in {MusicMood.CALM, MusicMood.SAD}
    assert estimates["major.ogg"].valence > estimates["minor.ogg"].valence
    # The learnt estimate does not depend on the rest of the library.
    alone = learnt_estimate(tracks["soft.flac"], load_model())
    assert alone == estimates["soft.flac"]


def test_features_without_descriptors_fall_back_to_the_rules() -> None:
    (est,) = estimate_library({"old": MIDDLE}).values()  # no descriptors: cached by v1
    assert 0.0 <= est.arousal <= 1.0 and est.mood in MusicMood


def test_without_a_readable_model_the_rules_estimate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from facemood.audio import estimate, model

    path = tmp_path / "song.flac"
    features = {"song": _analysed(path, _loud_fast(rate_for(path)).astype(np.float32))}
    monkeypatch.setattr(model, "MODEL_PATH", tmp_path / "gone.json")
    estimate.shipped_model.cache_clear()
    try:
        (est,) = estimate_library(features).values()
        assert estimate.shipped_model() is None
    finally:
        estimate.shipped_model.cache_clear()
    assert "gone.json" in caplog.text and "rule estimator" in caplog.text
    assert est == estimate.rule_estimates(features)["song"]
    assert 0.0 <= est.arousal <= 1.0 and 0.0 <= est.valence <= 1.0
