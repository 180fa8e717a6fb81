"""From noisy per-frame emotion probabilities to a steady mood.

Three pieces, all pure Python + numpy (no Qt, no OpenCV):

* :class:`WindowSmoother` averages the probabilities seen over the last ``window_s``
  seconds (a *time* window, so the smoothing is the same at 10 fps and at 60 fps).
* :class:`MoodEngine` runs the dominant-mood state machine on the smoothed
  probabilities: a new mood must beat the current one by ``margin``, the current mood
  is kept at least ``dwell_s``, nothing is decided below ``confidence_floor``, and when
  no face is seen the mood is held and, after ``away_after_s``, reported as away.
* each person's resting face is learned as they go (:mod:`facemood.core.baseline`),
  and moods are read relative to it; a correction the user taught
  (:mod:`facemood.core.teach`) applies to every frame before that.

The engine is cheap (tens of microseconds per update), so it may run on the GUI thread.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from facemood.core.baseline import BaselineParams, PersonBaseline
from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FrameAnalysis

_log = logging.getLogger("facemood.mood")

_NEUTRAL = EMOTIONS.index(Emotion.NEUTRAL)
_N = len(EMOTIONS)
_EPS = 1e-6

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class MoodParams:
    """Tuning of the mood engine; each field maps to a ``mood.*`` setting.

    Attributes:
        window_s: length of the smoothing window in seconds (``mood.window_s``).
        margin: how far (in smoothed probability) a challenger must lead the current
            mood to replace it (``mood.margin``).
        dwell_s: the least time a mood is kept before another may replace it
            (``mood.dwell_s``).
        confidence_floor: a mood is only adopted when its smoothed probability is at
            least this (``mood.confidence_floor``).
        away_after_s: seconds without a face before the user is reported away
            (``mood.away_after_s``).
        calibration_bias: per-user log-probability bias in ``EMOTIONS`` order, or empty
            for none (``mood.calibration_bias``).
        baseline: reading relative to each person's resting face (``mood.baseline*``).
    """

    window_s: float = 1.75
    margin: float = 0.15
    dwell_s: float = 1.0
    confidence_floor: float = 0.4
    away_after_s: float = 5.0
    calibration_bias: tuple[float, ...] = ()
    baseline: BaselineParams = field(default_factory=BaselineParams)

    def __post_init__(self) -> None:
        if not self.window_s > 0:
            raise ValueError(f"window_s must be positive, got {self.window_s}")
        if not 0 <= self.margin < 1:
            raise ValueError(f"margin must be in [0, 1), got {self.margin}")
        if self.dwell_s < 0 or self.away_after_s < 0:
            raise ValueError("dwell_s and away_after_s must not be negative")
        if not 0 <= self.confidence_floor <= 1:
            raise ValueError(f"confidence_floor must be in [0, 1], got {self.confidence_floor}")
        if len(self.calibration_bias) not in (0, _N):
            raise ValueError(
                f"calibration_bias needs 0 or {_N} values, got {len(self.calibration_bias)}"
            )
        if not all(math.isfinite(b) for b in self.calibration_bias):
            raise ValueError("calibration_bias values must be finite")


@dataclass(frozen=True, slots=True)
class MoodUpdate:
    """What the engine concluded after one observation.

    Attributes:
        t: the observation's timestamp in seconds.
        smoothed: window-averaged (calibrated) probabilities, or None when the window
            holds no face observations.
        mood: the current dominant mood, or None before one has been established.
        away: True once no face has been seen for ``away_after_s`` seconds.
        changed: True when ``mood`` differs from the previous update's mood.
    """

    t: float
    smoothed: EmotionScores | None
    mood: Emotion | None
    away: bool
    changed: bool


class WindowSmoother:
    """Mean of probability vectors over a sliding time window.

    Keeps a running sum so each update costs O(1) amortised; the sum is rebuilt from
    the stored vectors now and then so floating-point drift cannot build up over a
    long session.
    """

    _REBUILD_EVERY = 4096

    def __init__(self, window_s: float) -> None:
        """Create an empty smoother.

        Args:
            window_s: window length in seconds; samples older than ``t - window_s`` drop out.
        """
        if not window_s > 0:
            raise ValueError(f"window_s must be positive, got {window_s}")
        self.window_s = window_s
        self._items: deque[tuple[float, FloatArray]] = deque()
        self._sum = np.zeros(_N, dtype=np.float64)
        self._ops = 0

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        """Forget every sample."""
        self._items.clear()
        self._sum[:] = 0.0

    def add(self, t: float, probs: FloatArray) -> None:
        """Add one probability vector observed at time ``t``."""
        self._items.append((t, probs))
        self._sum += probs
        self._tick()
        self.prune(t)

    def prune(self, t: float) -> None:
        """Drop samples that are older than the window ending at ``t``."""
        start = t - self.window_s
        while self._items and self._items[0][0] <= start:
            _, old = self._items.popleft()
            self._sum -= old
            self._tick()
        if not self._items:
            self._sum[:] = 0.0

    def span(self) -> float:
        """Seconds between the oldest and the newest sample (0 when fewer than two)."""
        if len(self._items) < 2:
            return 0.0
        return self._items[-1][0] - self._items[0][0]

    def mean(self) -> FloatArray | None:
        """The mean of the samples in the window, or None when it is empty."""
        if not self._items:
            return None
        return np.clip(self._sum / len(self._items), 0.0, None)

    def _tick(self) -> None:
        self._ops += 1
        if self._ops >= self._REBUILD_EVERY:
            self._ops = 0
            self._sum = np.sum([p for _, p in self._items], axis=0, dtype=np.float64)
            if not self._items:
                self._sum = np.zeros(_N, dtype=np.float64)


def apply_bias(probs: npt.ArrayLike, bias: Sequence[float]) -> FloatArray:
    """Apply a log-probability bias: ``p' = normalise(p * exp(bias))``.

    Args:
        probs: probabilities in ``EMOTIONS`` order (one vector or an (N, 7) array).
        bias: 7 log-space offsets, or empty for no change.

    Returns:
        The corrected probabilities as float64, same shape as ``probs``.
    """
    p = np.asarray(probs, dtype=np.float64)
    if len(bias) == 0:
        return p
    q = np.clip(p, _EPS, None) * np.exp(np.asarray(bias, dtype=np.float64))
    out: FloatArray = q / q.sum(axis=-1, keepdims=True)
    return out


@dataclass(slots=True)
class _State:
    mood: Emotion | None = None
    mood_since: float = 0.0
    last_face_t: float | None = None
    first_t: float | None = None
    last_t: float | None = None
    away: bool = False
    # Bounded so a session of days cannot grow it without limit.
    changes: deque[tuple[float, Emotion | None]] = field(default_factory=lambda: deque(maxlen=1000))


class MoodEngine:
    """The dominant-mood state machine over time-smoothed probabilities.

    Feed it one observation per analysed frame, in time order, with
    :meth:`update`; it returns a :class:`MoodUpdate`. Not thread-safe: use it from one
    thread (it is cheap enough for the GUI thread).
    """

    # The first mood is only adopted once the window holds this fraction of its
    # length, so a single noisy first frame cannot set (and then flip) the mood.
    _WARMUP_FRACTION = 0.5

    # Baselines of this many recently seen faces are kept (a face that comes back within
    # a session keeps its own).
    _KEEP_BASELINES = 8

    def __init__(self, params: MoodParams | None = None) -> None:
        """Create an engine with ``params`` (defaults: :class:`MoodParams`)."""
        self._params = params or MoodParams()
        self._smoother = WindowSmoother(self._params.window_s)
        self._raw = WindowSmoother(self._params.window_s)  # calibrated, not baseline-corrected
        self._baselines: dict[int | None, PersonBaseline] = {}
        self._track: int | None = None
        self._state = _State()

    @property
    def params(self) -> MoodParams:
        """The current parameters."""
        return self._params

    @property
    def mood(self) -> Emotion | None:
        """The current dominant mood (None before one was established)."""
        return self._state.mood

    @property
    def changes(self) -> list[tuple[float, Emotion | None]]:
        """The mood changes so far (the last 1000) as ``(t, new mood)``."""
        return list(self._state.changes)

    def set_params(self, params: MoodParams) -> None:
        """Apply new parameters, keeping the current mood; the window restarts, and the
        resting-face baselines start again when their own parameters changed."""
        if params.baseline != self._params.baseline or (
            params.calibration_bias != self._params.calibration_bias
        ):
            self._baselines.clear()
        self._params = params
        self._smoother = WindowSmoother(params.window_s)
        self._raw = WindowSmoother(params.window_s)

    def set_calibration(self, bias: Sequence[float]) -> None:
        """Use a new calibration bias (empty clears it)."""
        self.set_params(replace(self._params, calibration_bias=tuple(float(b) for b in bias)))

    def reset(self) -> None:
        """Forget the mood, the window, the timers and every resting-face baseline."""
        self._smoother.clear()
        self._raw.clear()
        self._baselines.clear()
        self._track = None
        self._state = _State()

    def baseline(self, track: int | None = None) -> PersonBaseline | None:
        """The resting-face baseline of a tracked face (the current one by default)."""
        return self._baselines.get(self._track if track is None else track)

    def _baseline_for(self, track: int | None) -> PersonBaseline:
        if track != self._track:
            # Another person: their own readings only, from their own baseline on.
            self._smoother.clear()
            self._raw.clear()
            self._track = track
        baseline = self._baselines.pop(track, None) or PersonBaseline(self._params.baseline)
        self._baselines[track] = baseline  # most recent last
        while len(self._baselines) > self._KEEP_BASELINES:
            del self._baselines[next(iter(self._baselines))]
        return baseline

    def update(
        self, observation: FrameAnalysis | EmotionScores | None, t: float | None = None
    ) -> MoodUpdate:
        """Take one observation and return the engine's conclusion.

        Args:
            observation: a frame analysis (its ``primary`` scores and ``t`` are used),
                the scores of the primary face, or None for "no face in this frame".
            t: timestamp in seconds; required unless ``observation`` is a
                :class:`FrameAnalysis`.

        Returns:
            The :class:`MoodUpdate` for time ``t``.
        """
        track: int | None = None
        if isinstance(observation, FrameAnalysis):
            scores = observation.primary
            if observation.faces:
                track = observation.faces[0].track
            if t is None:
                t = observation.t
        else:
            scores = observation
        if t is None:
            raise ValueError("t is required when the observation is not a FrameAnalysis")
        st = self._state
        if st.last_t is not None and t < st.last_t:
            # A looped video or a new source: the timeline restarted.
            _log.debug("time went backwards (%.3f -> %.3f); restarting the window", st.last_t, t)
            self._smoother.clear()
            self._raw.clear()
            st.mood_since = t
            st.last_face_t = t if st.last_face_t is not None else None
            st.first_t = t
        st.last_t = t
        if st.first_t is None:
            st.first_t = t

        p = self._params
        baseline: PersonBaseline | None = None
        if scores is not None:
            probs = apply_bias(scores.as_array(), p.calibration_bias)
            if p.baseline.enabled:
                baseline = self._baseline_for(track)
                self._raw.add(t, probs)
                probs = baseline.correct(probs)
            self._smoother.add(t, probs)
            st.last_face_t = t
        else:
            self._smoother.prune(t)
            self._raw.prune(t)

        previous = st.mood
        seen = st.last_face_t if st.last_face_t is not None else st.first_t
        was_away, st.away = st.away, t - seen >= p.away_after_s
        if st.away and not was_away:
            self._baselines.clear()  # whoever comes back is read afresh
        mean = self._smoother.mean()
        raw = self._raw.mean()
        holding = baseline is not None and raw is not None and baseline.seeding(raw)
        if mean is not None and scores is not None and not holding:
            self._decide(mean, t)
        if baseline is not None and raw is not None:
            at_rest = st.mood is Emotion.NEUTRAL and t - st.mood_since >= p.baseline.steady_s
            was_seeded = baseline.seeded
            baseline.observe(t, raw, at_rest=at_rest)
            if baseline.seeded and not was_seeded:
                self._smoother.clear()  # decide on corrected readings only
        changed = st.mood != previous
        if changed:
            st.changes.append((t, st.mood))
            _log.debug("mood %s -> %s at %.2f s", previous, st.mood, t)
        smoothed = EmotionScores(tuple(float(v) for v in mean)) if mean is not None else None
        return MoodUpdate(t=t, smoothed=smoothed, mood=st.mood, away=st.away, changed=changed)

    def _decide(self, mean: FloatArray, t: float) -> None:
        p = self._params
        st = self._state
        order = np.argsort(mean)
        top, second = int(order[-1]), int(order[-2])
        p_top = float(mean[top])
        if st.mood is None:
            # Adopt a confident reading, or a clear winner of an unsure one.
            confident = p_top >= p.confidence_floor
            clear = p_top - float(mean[second]) >= p.margin
            if (confident or clear) and self._smoother.span() >= self._WARMUP_FRACTION * p.window_s:
                st.mood = EMOTIONS[top]
                st.mood_since = t
            return
        current = EMOTIONS.index(st.mood)
        if top == current or t - st.mood_since < p.dwell_s:
            return
        p_current = float(mean[current])
        if p_top - p_current < p.margin:
            return
        # Below the floor a challenger may not unseat a confident mood, but a mood whose
        # own reading has also fallen below the floor is not held against a clear leader.
        if p_top >= p.confidence_floor or p_current < p.confidence_floor:
            st.mood = EMOTIONS[top]
            st.mood_since = t
