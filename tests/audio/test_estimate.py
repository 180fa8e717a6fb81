"""The rule estimator (the fallback): arousal, valence, mood and confidence from features,
normalised against a library."""

from __future__ import annotations

import dataclasses

import pytest

from facemood.audio.estimate import (
    LIBRARY_PRIOR_TRACKS,
    MOOD_CENTRES,
    LibraryNorm,
    rule_estimate,
    rule_estimates,
)
from facemood.audio.features import extract_features
from facemood.audio.types import AudioFeatures, Mode
from facemood.core.types import MusicMood
from tests.audio.synth import MIDDLE, RATE, progression, texture


def _variant(**changes: float) -> AudioFeatures:
    return dataclasses.replace(MIDDLE, **changes)  # type: ignore[arg-type]


def test_loud_bright_dense_music_has_more_arousal() -> None:
    loud = extract_features(texture(bright=True, loud=True), RATE)
    soft = extract_features(texture(bright=False, loud=False), RATE)
    est = rule_estimates({"loud": loud, "soft": soft})
    assert est["loud"].arousal > est["soft"].arousal + 0.5


def test_major_has_more_valence_than_minor() -> None:
    major = extract_features(progression(60, "major"), RATE)
    minor = extract_features(progression(60, "minor"), RATE)
    est = rule_estimates({"major": major, "minor": minor})
    assert est["major"].valence > est["minor"].valence + 0.2
    assert est["major"].mode is Mode.MAJOR and est["minor"].mode is Mode.MINOR


def test_loudness_is_relative_to_the_library() -> None:
    """A library mastered 10 dB hotter ranks its tracks exactly as before."""
    tracks = [_variant(loudness_db=-30.0 + i) for i in range(200)]
    hotter = [dataclasses.replace(f, loudness_db=f.loudness_db + 10) for f in tracks]
    quiet_norm, hot_norm = LibraryNorm(tracks), LibraryNorm(hotter)
    for f, g in zip(tracks[::20], hotter[::20], strict=True):
        assert rule_estimate(g, hot_norm).arousal == pytest.approx(
            rule_estimate(f, quiet_norm).arousal, abs=0.02
        )


def test_a_small_library_leans_on_the_fixed_scales() -> None:
    alone = LibraryNorm([MIDDLE])
    assert alone.count == 1
    # One track: its rank (0.5) has weight 1/31; the fixed scale says the rest.
    fixed = (-20.0 - -30.0) / 20.0
    weight = 1 / (1 + LIBRARY_PRIOR_TRACKS)
    assert alone.score("loudness_db", -20.0) == pytest.approx(weight * 0.5 + (1 - weight) * fixed)
    assert LibraryNorm([]).score("loudness_db", -20.0) == pytest.approx(fixed)


def test_ties_rank_in_the_middle() -> None:
    norm = LibraryNorm([MIDDLE] * 50, prior_tracks=0)
    assert norm.score("flux", MIDDLE.flux) == 0.5
    assert norm.score("flux", 1.0) == 1.0 and norm.score("flux", 0.0) == 0.0


@pytest.mark.parametrize(
    ("changes", "mood"),
    [
        (
            {
                "flux": 0.003,
                "loudness_db": -32,
                "onset_rate": 0.3,
                "centroid_hz": 400,
                "flatness": 0.001,
                "majorness": 0.3,
                "tempo": 120,
                "key_clarity": 0.9,
            },
            MusicMood.CALM,
        ),
        (
            {
                "flux": 0.003,
                "loudness_db": -32,
                "onset_rate": 0.3,
                "centroid_hz": 400,
                "flatness": 0.001,
                "majorness": -0.3,
                "tempo": 60,
                "pulse_clarity": 0.9,
                "key_clarity": 0.6,
            },
            MusicMood.SAD,
        ),
        (
            {
                "flux": 0.06,
                "loudness_db": -8,
                "onset_rate": 7,
                "centroid_hz": 2000,
                "flatness": 0.1,
                "majorness": -0.3,
                "key_clarity": 0.3,
                "tempo": 170,
                "pulse_clarity": 0.9,
                "mode": Mode.MINOR,
            },
            MusicMood.AGGRESSIVE,
        ),
        (
            {
                "flux": 0.04,
                "loudness_db": -10,
                "onset_rate": 5,
                "centroid_hz": 1500,
                "flatness": 0.02,
                "majorness": 0.1,
                "tempo": 128,
                "pulse_clarity": 0.9,
            },
            MusicMood.ENERGETIC,
        ),
        (
            {
                "flux": 0.02,
                "loudness_db": -16,
                "onset_rate": 3.5,
                "centroid_hz": 1400,
                "flatness": 0.003,
                "majorness": 0.3,
                "tempo": 125,
                "pulse_clarity": 0.9,
                "key_clarity": 0.95,
            },
            MusicMood.HAPPY,
        ),
    ],
)
def test_typical_features_land_in_their_mood(changes: dict[str, float], mood: MusicMood) -> None:
    result = rule_estimate(_variant(**changes), LibraryNorm([]))
    assert result.mood is mood
    assert 0.2 <= result.confidence <= 1.0
    assert 0.0 <= result.arousal <= 1.0 and 0.0 <= result.valence <= 1.0


def test_confidence_is_highest_at_a_mood_centre() -> None:
    norm = LibraryNorm([])
    results = [rule_estimate(_variant(majorness=m), norm) for m in (-0.3, 0.0, 0.3)]
    assert all(r.mood in MOOD_CENTRES for r in results)
    assert len({round(r.valence, 3) for r in results}) == 3


def test_json_and_description() -> None:
    result = rule_estimate(MIDDLE, LibraryNorm([]))
    doc = result.to_json()
    assert set(doc) == {"arousal", "valence", "confidence", "tempo", "mode"}
    assert doc["tempo"] == 110.0 and doc["mode"] == "major"
    assert (
        result.describe() == f"{result.mood.value} · estimated {round(result.confidence * 100)} %"
    )
