"""The smoother, the mood state machine and calibration, on synthetic probabilities."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from facemood.core.baseline import BaselineParams
from facemood.core.mood import (
    MoodEngine,
    MoodParams,
    MoodUpdate,
    WindowSmoother,
    apply_bias,
)
from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FaceBox, FaceResult, FrameAnalysis

FPS = 15.0
ABSOLUTE = MoodParams(baseline=BaselineParams(enabled=False))
"""The state machine on the model's own numbers (the resting-face baseline is tested in
``test_baseline.py``)."""


def scores(**probs: float) -> EmotionScores:
    """Scores with the given probabilities and the rest spread evenly."""
    rest = (1.0 - sum(probs.values())) / (len(EMOTIONS) - len(probs))
    return EmotionScores(tuple(probs.get(e.value, rest) for e in EMOTIONS))


HAPPY = scores(happy=0.85, neutral=0.1)
NEUTRAL = scores(neutral=0.8, happy=0.05)
SAD = scores(sad=0.6, neutral=0.3)


def feed(
    engine: MoodEngine, seq: list[tuple[EmotionScores | None, float]], t0: float = 0.0
) -> tuple[list[MoodUpdate], float]:
    """Feed (scores, seconds) segments at FPS; returns the updates and the end time."""
    updates = []
    t = t0
    for s, seconds in seq:
        for _ in range(round(seconds * FPS)):
            updates.append(engine.update(s, t))
            t += 1 / FPS
    return updates, t


def test_smoother_is_a_time_window_mean() -> None:
    sm = WindowSmoother(1.0)
    assert sm.mean() is None
    sm.add(0.0, np.array([1.0, 0, 0, 0, 0, 0, 0]))
    sm.add(0.5, np.array([0, 1.0, 0, 0, 0, 0, 0]))
    np.testing.assert_allclose(sm.mean()[:2], [0.5, 0.5])  # type: ignore[index]
    sm.add(1.2, np.array([0, 1.0, 0, 0, 0, 0, 0]))  # the t=0 sample drops out
    np.testing.assert_allclose(sm.mean()[:2], [0.0, 1.0])  # type: ignore[index]
    sm.prune(3.0)
    assert sm.mean() is None and len(sm) == 0


def test_smoother_does_not_drift_over_a_long_run() -> None:
    sm = WindowSmoother(0.5)
    rng = np.random.default_rng(1)
    for i in range(20_000):
        sm.add(i / 30, rng.dirichlet(np.ones(7)))
    window = [p for _, p in sm._items]
    np.testing.assert_allclose(sm.mean(), np.mean(window, axis=0), atol=1e-9)  # type: ignore[arg-type]


def test_first_mood_waits_for_half_a_window() -> None:
    engine = MoodEngine()
    first = engine.update(HAPPY, 0.0)
    assert first.mood is None and first.smoothed is not None
    updates, _ = feed(engine, [(HAPPY, 2.0)], t0=1 / FPS)
    adopted = next(u for u in updates if u.mood is not None)
    assert adopted.mood is Emotion.HAPPY and adopted.changed
    assert adopted.t <= MoodParams().window_s  # established within one window


def test_switches_within_two_and_a_half_seconds_and_only_once() -> None:
    engine = MoodEngine()
    updates, _ = feed(engine, [(NEUTRAL, 4.0), (HAPPY, 4.0), (NEUTRAL, 4.0)])
    changes = [(u.t, u.mood) for u in updates if u.changed]
    assert [m for _, m in changes] == [Emotion.NEUTRAL, Emotion.HAPPY, Emotion.NEUTRAL]
    assert 4.0 < changes[1][0] <= 4.0 + 2.5
    assert 8.0 < changes[2][0] <= 8.0 + 2.5


def test_noisy_probabilities_cause_no_extra_switches() -> None:
    rng = np.random.default_rng(7)
    engine = MoodEngine()
    t = 0.0
    moods = []
    for base, seconds in [(NEUTRAL, 6.0), (HAPPY, 6.0), (NEUTRAL, 6.0)]:
        for _ in range(round(seconds * FPS)):
            # Heavy per-frame noise: single frames often have the wrong top emotion.
            noisy = base.as_array() + rng.normal(0, 0.25, 7)
            p = np.clip(noisy, 0.001, None)
            moods.append(engine.update(EmotionScores.from_array(p / p.sum()), t).mood)
            t += 1 / FPS
    switches = [b for a, b in itertools.pairwise(moods) if a != b]
    assert switches == [Emotion.NEUTRAL, Emotion.HAPPY, Emotion.NEUTRAL]


def test_margin_blocks_a_near_tie() -> None:
    engine = MoodEngine(MoodParams(margin=0.2, baseline=ABSOLUTE.baseline))
    feed(engine, [(NEUTRAL, 3.0)])
    close = scores(happy=0.45, neutral=0.35)
    updates, _ = feed(engine, [(close, 5.0)], t0=3.0)
    assert all(u.mood is Emotion.NEUTRAL for u in updates)


def test_confidence_floor_keeps_an_uncertain_face_undecided() -> None:
    engine = MoodEngine(MoodParams(confidence_floor=0.5, baseline=ABSOLUTE.baseline))
    flat = scores(happy=0.3, neutral=0.25)
    updates, _ = feed(engine, [(flat, 5.0)])
    assert all(u.mood is None for u in updates)


def test_dwell_holds_a_new_mood() -> None:
    params = MoodParams(window_s=0.2, dwell_s=2.0)
    engine = MoodEngine(params)
    updates, _ = feed(engine, [(NEUTRAL, 1.0), (HAPPY, 0.5), (NEUTRAL, 3.0)])
    times = [u.t for u in updates if u.changed]
    assert all(b - a >= params.dwell_s for a, b in itertools.pairwise(times))


def test_no_face_holds_the_mood_then_reports_away() -> None:
    engine = MoodEngine(MoodParams(away_after_s=3.0, baseline=ABSOLUTE.baseline))
    updates, t = feed(engine, [(HAPPY, 3.0)])
    updates, t = feed(engine, [(None, 4.0)], t0=t)
    assert all(u.mood is Emotion.HAPPY for u in updates)
    assert not any(u.changed for u in updates)
    assert not updates[0].away and updates[-1].away
    away_from = next(u.t for u in updates if u.away)
    assert away_from == pytest.approx(3.0 - 1 / FPS + 3.0, abs=0.1)
    assert updates[-1].smoothed is None  # the window has emptied
    back = engine.update(HAPPY, t)
    assert not back.away and back.mood is Emotion.HAPPY


def test_frame_analysis_input_uses_its_time_and_primary() -> None:
    engine = MoodEngine()
    box = FaceBox(0, 0, 10, 10)
    for i in range(30):
        a = FrameAnalysis(i, i / FPS, (FaceResult(box, SAD),), SAD)
        u = engine.update(a)
    assert u.t == pytest.approx(29 / FPS) and u.mood is Emotion.SAD
    with pytest.raises(ValueError):
        engine.update(SAD)


def test_time_going_backwards_restarts_the_window() -> None:
    engine = MoodEngine()
    _, _t = feed(engine, [(NEUTRAL, 3.0)])
    u = engine.update(HAPPY, 0.0)  # a looped video
    assert u.smoothed is not None and u.smoothed.top() is Emotion.HAPPY


def test_params_are_validated() -> None:
    with pytest.raises(ValueError):
        MoodParams(calibration_bias=(1.0, 2.0))
    with pytest.raises(ValueError):
        MoodParams(window_s=0)


# -- a taught correction ------------------------------------------------------------


RESTING_SAD = scores(sad=0.5, neutral=0.3, angry=0.1)


def test_a_taught_bias_applies_and_clears() -> None:
    bias = (0.0, 0.0, 0.0, 0.0, -1.5, 0.0, 0.5)
    engine = MoodEngine(ABSOLUTE)
    feed(engine, [(RESTING_SAD, 3.0)])
    assert engine.mood is Emotion.SAD
    engine.set_calibration(bias)
    assert engine.params.calibration_bias == bias
    updates, _ = feed(engine, [(RESTING_SAD, 3.0)], t0=3.0)
    assert updates[-1].mood is Emotion.NEUTRAL
    engine.set_calibration([])
    assert engine.params.calibration_bias == ()
    np.testing.assert_allclose(apply_bias(SAD.as_array(), ()), SAD.as_array())
