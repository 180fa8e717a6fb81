"""Reading moods relative to each person's resting face (the engine's baseline)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from facemood.core.baseline import RESTING_FACE, BaselineParams, PersonBaseline
from facemood.core.mood import MoodEngine, MoodParams
from facemood.core.types import (
    EMOTIONS,
    Emotion,
    EmotionScores,
    FaceBox,
    FaceResult,
    FrameAnalysis,
)

FPS = 15.0
ABSOLUTE = MoodParams(baseline=BaselineParams(enabled=False))


def scores(**probs: float) -> EmotionScores:
    rest = (1.0 - sum(probs.values())) / (len(EMOTIONS) - len(probs))
    return EmotionScores(tuple(probs.get(e.value, rest) for e in EMOTIONS))


# What the model reads for a person who smiles mildly: the smile never leads by the
# engine's margin in absolute numbers.
REST = scores(neutral=0.93, happy=0.01)
MILD_SMILE = scores(neutral=0.55, happy=0.30)
SAD_AT_REST = scores(sad=0.45, neutral=0.40)
BROAD_SMILE = scores(happy=0.9, neutral=0.04)


def frames(
    segments: list[tuple[EmotionScores | None, float]],
    *,
    track: int = 1,
    t0: float = 0.0,
    noise: float = 0.0,
    seed: int = 0,
) -> list[FrameAnalysis]:
    rng = np.random.default_rng(seed)
    out, t = [], t0
    box = FaceBox(100, 100, 200, 200)
    for s, seconds in segments:
        for _ in range(round(seconds * FPS)):
            if s is None:
                out.append(FrameAnalysis(0, t, (), None))
            else:
                p = s.as_array() * np.exp(rng.normal(0, noise, 7)) if noise else s.as_array()
                sc = EmotionScores.from_array(p / p.sum())
                out.append(FrameAnalysis(0, t, (FaceResult(box, sc, track),), sc))
            t += 1 / FPS
    return out


def moods(engine: MoodEngine, analyses: list[FrameAnalysis]) -> list[tuple[float, Emotion | None]]:
    """The mood changes, as (t, mood)."""
    return [(u.t, u.mood) for u in map(engine.update, analyses) if u.changed]


def test_a_sustained_mild_smile_switches_relative_to_the_resting_face() -> None:
    clip = frames([(REST, 6.0), (MILD_SMILE, 5.0), (REST, 5.0)])
    assert [m for _, m in moods(MoodEngine(ABSOLUTE), clip)] == [Emotion.NEUTRAL]
    changes = moods(MoodEngine(), clip)
    assert [m for _, m in changes] == [Emotion.NEUTRAL, Emotion.HAPPY, Emotion.NEUTRAL]
    assert 6.0 < changes[1][0] <= 6.0 + 2.5 and 11.0 < changes[2][0] <= 11.0 + 2.5


def test_a_resting_face_that_reads_sad_is_this_persons_neutral() -> None:
    clip = frames([(SAD_AT_REST, 8.0), (MILD_SMILE, 5.0)])
    assert moods(MoodEngine(ABSOLUTE), clip)[0][1] is Emotion.SAD
    changes = moods(MoodEngine(), clip)
    # The first mood waits for the resting face to be learned, then is neutral at once.
    assert [m for _, m in changes] == [Emotion.NEUTRAL, Emotion.HAPPY]


def test_noise_creates_no_switches_at_rest_or_in_a_held_smile() -> None:
    for held, expected in ((REST, Emotion.NEUTRAL), (BROAD_SMILE, Emotion.HAPPY)):
        clip = frames([(held, 600.0)], noise=0.6, seed=3)
        changes = moods(MoodEngine(), clip)
        assert [m for _, m in changes] == [expected], changes


def test_a_smile_held_from_the_start_is_never_taken_for_the_resting_face() -> None:
    engine = MoodEngine()
    changes = moods(engine, frames([(BROAD_SMILE, 120.0)]))
    assert [m for _, m in changes] == [Emotion.HAPPY]
    baseline = engine.baseline()
    assert baseline is not None and not baseline.seeded
    # Once they relax, the resting face is learned and the next smile is caught.
    later = moods(engine, frames([(REST, 6.0), (MILD_SMILE, 5.0)], t0=120.0))
    assert [m for _, m in later] == [Emotion.NEUTRAL, Emotion.HAPPY]


def test_each_tracked_face_has_its_own_baseline() -> None:
    engine = MoodEngine()
    moods(engine, frames([(SAD_AT_REST, 6.0)], track=1))
    first = engine.baseline(1)
    assert first is not None and first.seeded
    # A new person: a fresh baseline, nothing inherited; the old one is kept for them.
    after = moods(engine, frames([(REST, 0.5)], track=2, t0=6.0))
    assert after == []  # the mood holds while the newcomer's resting face is learned
    second = engine.baseline(2)
    assert second is not None and not second.seeded
    assert engine.baseline(1) is first


def test_away_forgets_every_baseline() -> None:
    engine = MoodEngine(MoodParams(away_after_s=2.0))
    moods(engine, frames([(REST, 4.0), (None, 3.0)]))
    assert engine.baseline(1) is None


def test_the_correction_maps_the_resting_face_onto_the_reference() -> None:
    baseline = PersonBaseline(BaselineParams(settle_s=0.5))
    rest = SAD_AT_REST.as_array()
    for i in range(15):
        baseline.observe(i / FPS, rest, at_rest=False)
    assert baseline.seeded
    np.testing.assert_allclose(baseline.correct(rest), RESTING_FACE, atol=1e-3)
    half = PersonBaseline(BaselineParams(settle_s=0.5, strength=0.0))
    half.seed_with(rest)
    np.testing.assert_allclose(half.correct(rest), rest / rest.sum(), atol=1e-6)


def test_a_more_relaxed_face_is_followed_quickly_a_tenser_one_only_at_rest() -> None:
    p = BaselineParams(follow_s=1.0, adapt_s=60.0)
    baseline = PersonBaseline(p)
    baseline.seed_with(MILD_SMILE.as_array())
    for i in range(1, 31):  # 2 s of a more neutral face
        baseline.observe(i / FPS, REST.as_array(), at_rest=False)
    assert baseline.mu is not None
    assert np.exp(baseline.mu[EMOTIONS.index(Emotion.NEUTRAL)]) > 0.85
    before = baseline.mu.copy()
    for i in range(31, 61):  # a smile, not at rest: no adaptation
        baseline.observe(i / FPS, MILD_SMILE.as_array(), at_rest=False)
    np.testing.assert_array_equal(baseline.mu, before)


def test_parameters_are_validated() -> None:
    with pytest.raises(ValueError):
        BaselineParams(strength=1.5)
    with pytest.raises(ValueError):
        BaselineParams(follow_s=0)


def test_engine_cost_stays_small() -> None:
    """Not a timing assertion: the engine does a bounded amount of work per update."""
    engine = MoodEngine()
    clip = frames([(REST, 20.0), (MILD_SMILE, 20.0)], noise=0.3)
    for a in clip:
        engine.update(a)
    assert len(engine._smoother) <= MoodParams().window_s * FPS + 1
    assert len(list(itertools.islice(engine.changes, 10))) <= 3
