"""From noisy per-frame emotion probabilities to a steady mood.

Three pieces, all pure Python + numpy (no Qt, no OpenCV):

* :class:`WindowSmoother` averages the probabilities seen over the last ``window_s``
  seconds (a *time* window, so the smoothing is the same at 10 fps and at 60 fps).
* :class:`MoodEngine` runs the dominant-mood state machine on the smoothed
  probabilities: a new mood must beat the current one by ``margin``, the current mood
  is kept at least ``dwell_s``, nothing is decided below ``confidence_floor``, and when
  no face is seen the mood is held and, after ``away_after_s``, reported as away.
* :func:`learn_calibration` turns a few seconds of a user's resting face into a
  log-probability bias so that their resting face reads neutral; the engine applies it
  to every frame before smoothing.

The engine is cheap (tens of microseconds per update), so it may run on the GUI thread.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FrameAnalysis

_log = logging.getLogger("facemood.mood")

_NEUTRAL = EMOTIONS.index(Emotion.NEUTRAL)
_HAPPY = EMOTIONS.index(Emotion.HAPPY)
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
    """

    window_s: float = 1.75
    margin: float = 0.15
    dwell_s: float = 1.0
    confidence_floor: float = 0.4
    away_after_s: float = 5.0
    calibration_bias: tuple[float, ...] = ()

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


@dataclass(frozen=True, slots=True)
class CalibrationLimits:
    """How strong a learned calibration may be.

    Attributes:
        lead: after calibration the resting face's neutral probability should be at
            least ``lead`` times every other emotion's.
        max_penalty: the largest log-probability penalty on any emotion (nats).
        max_happy_penalty: a smaller limit for happy, so that a clear smile still
            reads happy even for a user whose resting face looks a little happy.
        min_samples: fewest resting-face samples accepted.
    """

    lead: float = 2.0
    max_penalty: float = 3.0
    max_happy_penalty: float = 1.0
    min_samples: int = 5


def learn_calibration(
    samples: Iterable[EmotionScores | Sequence[float]] | FloatArray,
    limits: CalibrationLimits | None = None,
) -> tuple[float, ...]:
    """Learn a per-user bias from probabilities of the user's resting face.

    Only emotions that the resting face shows at least ``1/lead`` as strongly as
    neutral are penalised, each by just enough that neutral leads them by ``lead``
    (clamped by ``limits``). Neutral is never boosted and no emotion is ever raised, so
    expressions the user actually makes (a clear smile) keep reading as they did.

    Args:
        samples: a few seconds of per-frame probabilities, ``EmotionScores`` or an
            (N, 7) array in ``EMOTIONS`` order.
        limits: clamping; defaults to :class:`CalibrationLimits`.

    Returns:
        Seven log-space offsets in ``EMOTIONS`` order (zeros and negatives only).

    Raises:
        ValueError: when there are fewer than ``limits.min_samples`` samples.
    """
    lim = limits or CalibrationLimits()
    rows = [
        s.as_array() if isinstance(s, EmotionScores) else np.asarray(s, dtype=np.float64)
        for s in samples
    ]
    if len(rows) < lim.min_samples:
        raise ValueError(
            f"calibration needs at least {lim.min_samples} face samples, got {len(rows)}"
        )
    mean = np.clip(np.mean(np.stack(rows), axis=0), _EPS, None)
    log_mean = np.log(mean)
    bias = np.zeros(_N, dtype=np.float64)
    target = log_mean[_NEUTRAL] - math.log(lim.lead)
    for k in range(_N):
        if k == _NEUTRAL:
            continue
        need = target - log_mean[k]
        if need < 0:
            cap = lim.max_happy_penalty if k == _HAPPY else lim.max_penalty
            bias[k] = max(need, -cap)
    return tuple(round(float(b), 4) for b in bias)


class CalibrationRecorder:
    """Collects resting-face probabilities while the user holds still.

    Feed it every :class:`FrameAnalysis` (or scores) during the recording; frames
    without a face are counted but not used.
    """

    def __init__(self, limits: CalibrationLimits | None = None) -> None:
        """Create an empty recorder with the given clamping limits."""
        self.limits = limits or CalibrationLimits()
        self._rows: list[FloatArray] = []
        self.frames_without_face = 0

    @property
    def samples(self) -> int:
        """How many face samples have been collected."""
        return len(self._rows)

    def add(self, observation: FrameAnalysis | EmotionScores | None) -> None:
        """Record one observation (None or a faceless frame counts as no face)."""
        scores = observation.primary if isinstance(observation, FrameAnalysis) else observation
        if scores is None:
            self.frames_without_face += 1
            return
        self._rows.append(scores.as_array())

    def ready(self) -> bool:
        """True once enough samples were collected."""
        return len(self._rows) >= self.limits.min_samples

    def result(self) -> tuple[float, ...]:
        """The learned bias (see :func:`learn_calibration`).

        Raises:
            ValueError: when too few face samples were recorded.
        """
        return learn_calibration(np.stack(self._rows) if self._rows else [], self.limits)


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

    def __init__(self, params: MoodParams | None = None) -> None:
        """Create an engine with ``params`` (defaults: :class:`MoodParams`)."""
        self._params = params or MoodParams()
        self._smoother = WindowSmoother(self._params.window_s)
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
        """Apply new parameters, keeping the current mood; the window restarts."""
        self._params = params
        self._smoother = WindowSmoother(params.window_s)

    def set_calibration(self, bias: Sequence[float]) -> None:
        """Use a new calibration bias (empty clears it)."""
        p = self._params
        self.set_params(
            MoodParams(
                p.window_s,
                p.margin,
                p.dwell_s,
                p.confidence_floor,
                p.away_after_s,
                tuple(float(b) for b in bias),
            )
        )

    def reset(self) -> None:
        """Forget the mood, the window and the timers."""
        self._smoother.clear()
        self._state = _State()

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
        if isinstance(observation, FrameAnalysis):
            scores = observation.primary
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
            st.mood_since = t
            st.last_face_t = t if st.last_face_t is not None else None
            st.first_t = t
        st.last_t = t
        if st.first_t is None:
            st.first_t = t

        if scores is not None:
            probs = apply_bias(scores.as_array(), self._params.calibration_bias)
            self._smoother.add(t, probs)
            st.last_face_t = t
        else:
            self._smoother.prune(t)

        previous = st.mood
        seen = st.last_face_t if st.last_face_t is not None else st.first_t
        st.away = t - seen >= self._params.away_after_s
        mean = self._smoother.mean()
        if mean is not None and scores is not None:
            self._decide(mean, t)
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
