"""The documented rule from arousal/valence to the five moods, and the listener's evidence."""

from __future__ import annotations

import pytest

from facemood.audio.moods import choose, mood_probabilities, with_evidence
from facemood.core.types import MusicMood


@pytest.mark.parametrize(
    ("arousal", "valence", "mood"),
    [
        (0.9, 0.95, MusicMood.HAPPY),  # Q1, valence the surer: happy
        (0.95, 0.7, MusicMood.ENERGETIC),  # Q1, arousal the surer: energetic
        (0.9, 0.1, MusicMood.AGGRESSIVE),  # Q2
        (0.1, 0.2, MusicMood.SAD),  # Q3
        (0.2, 0.9, MusicMood.CALM),  # Q4
        (0.55, 0.45, MusicMood.AGGRESSIVE),  # barely Q2 still picks Q2 over a split Q1
        (0.6, 0.6, MusicMood.HAPPY),  # a tie in Q1 goes to happy
    ],
)
def test_the_quadrant_then_the_mood(arousal: float, valence: float, mood: MusicMood) -> None:
    choice = choose(mood_probabilities(arousal, valence))
    assert choice.mood is mood
    assert sum(choice.probabilities.values()) == pytest.approx(1.0)


def test_confidence_is_the_quadrant_probability() -> None:
    choice = choose(mood_probabilities(0.8, 0.7))
    assert choice.confidence == pytest.approx(0.8 * 0.7)  # Q1: happy + energetic
    assert choice.probabilities[MusicMood.HAPPY] + choice.probabilities[
        MusicMood.ENERGETIC
    ] == pytest.approx(0.56)
    assert choose(mood_probabilities(0.5, 0.5)).confidence == pytest.approx(0.25)
    assert choose(mood_probabilities(1.0, 0.0)).confidence == pytest.approx(1.0)


def test_out_of_range_inputs_are_clipped() -> None:
    probs = mood_probabilities(1.5, -0.2)
    assert probs[MusicMood.AGGRESSIVE] == pytest.approx(1.0)
    assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_skips_move_a_track_away_and_likes_confirm_it() -> None:
    probs = mood_probabilities(0.6, 0.7)  # Q1 0.42 > Q4 0.28 > Q2 0.18
    assert choose(probs).mood is MusicMood.HAPPY
    once = with_evidence(probs, {MusicMood.HAPPY: -1})
    assert once.mood is MusicMood.ENERGETIC  # Q1 still, its other mood
    twice = with_evidence(probs, {MusicMood.HAPPY: -2, MusicMood.ENERGETIC: -1})
    assert twice.mood is MusicMood.CALM  # Q1 now below Q4
    liked = with_evidence(probs, {MusicMood.HAPPY: 1})
    assert liked.mood is MusicMood.HAPPY and liked.confidence > choose(probs).confidence
    aggressive = with_evidence(probs, {MusicMood.AGGRESSIVE: 2})
    assert aggressive.mood is MusicMood.AGGRESSIVE
    assert with_evidence(probs, {}) == choose(probs)
    # Beyond MAX_EVIDENCE net skips nothing changes any more.
    sure = mood_probabilities(0.999, 0.001)
    assert with_evidence(sure, {MusicMood.AGGRESSIVE: -8}) == with_evidence(
        sure, {MusicMood.AGGRESSIVE: -50}
    )
