"""A person's resting face, learned as they go, so that moods are read relative to it.

People's resting faces differ: some read a little sad or angry at rest, many read
"neutral 0.9" at rest and only "happy 0.4" when they smile, which an absolute rule
never calls happy. :class:`PersonBaseline` keeps a robust estimate ``mu`` of the
log-probabilities of one person's resting face, and :meth:`PersonBaseline.correct`
moves every reading by ``strength * clip(log(RESTING_FACE) - mu)``: the person's own
resting face then reads like a typical resting face, and a sustained change away from
it reads as what it changes towards, even when the model's absolute numbers stay timid.

How ``mu`` is estimated (``BaselineParams``):

* **seed**: the first ``settle_s`` seconds in which the person's face looks like it could
  be at rest (smoothed neutral at least ``seed_neutral``); the mood engine decides nothing
  while such a seed is being taken. A face that arrives with a clear expression (a broad
  smile reads neutral 0.05) is read with the absolute numbers until it first relaxes, so
  a smile held from the start is never taken for the person's resting face;
* **follow towards rest** (time constant ``follow_s``): a smoothed reading that is *more*
  neutral than ``mu`` and shows no emotion more than ``mu`` does (by ``_RISE`` nats) pulls
  the whole of ``mu`` there quickly, so a person who arrived smiling gets a true resting
  baseline as soon as they relax, while a smile of someone who rests looking sad (it
  reads more neutral than their rest, but happier) is not absorbed. (Per emotion it
  would go wrong: a smile lowers every other emotion too, and a baseline that followed
  those dips would read the next resting face as surprise or sadness.)
* **adapt** (time constant ``adapt_s``): while the mood has been neutral for
  ``steady_s`` seconds, ``mu`` also drifts slowly towards less neutral readings, so a
  resting face that changes over a session (light, pose) is followed. An expression
  held for minutes is never absorbed: adaptation only runs at rest.

The engine keeps one baseline per tracked face and starts a fresh one for a new face or
after the user was away (:class:`~facemood.core.mood.MoodEngine`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS, Emotion

FloatArray = npt.NDArray[np.float64]

_NEUTRAL = EMOTIONS.index(Emotion.NEUTRAL)
_EPS = 1e-4
_RISE = 0.3
"""A reading that shows some emotion more than the baseline by this many nats is not
"more resting", however neutral it reads."""

RESTING_FACE: tuple[float, ...] = (0.03, 0.01, 0.03, 0.15, 0.05, 0.03, 0.70)
"""What a typical resting face reads, in ``EMOTIONS`` order: a person's own resting face
is mapped onto this. Its non-neutral levels set how far from rest an expression must
move to lead neutral (chosen on the clip suite, ``benchmarks/mood_clips.py``)."""


@dataclass(frozen=True, slots=True)
class BaselineParams:
    """How the resting-face baseline is learned and used (``mood.baseline_*`` settings).

    Attributes:
        enabled: read moods relative to the person's resting face (``mood.baseline``).
        strength: share of the correction applied, 0 (absolute) to 1 (fully relative).
        settle_s: seconds of a new face that seed its baseline.
        seed_neutral: the least smoothed neutral probability of a seed reading.
        follow_s: time constant for following a more resting reading (seconds).
        adapt_s: time constant for adapting to a less resting reading at rest (seconds).
        steady_s: the mood must have been neutral this long before ``mu`` adapts.
        max_shift: the largest correction of any emotion, in nats.
    """

    enabled: bool = True
    strength: float = 1.0
    settle_s: float = 1.5
    seed_neutral: float = 0.3
    follow_s: float = 1.5
    adapt_s: float = 60.0
    steady_s: float = 3.0
    max_shift: float = 2.5

    def __post_init__(self) -> None:
        if not 0.0 <= self.strength <= 1.0:
            raise ValueError(f"strength must be in [0, 1], got {self.strength}")
        if not 0.0 <= self.seed_neutral <= 1.0:
            raise ValueError(f"seed_neutral must be in [0, 1], got {self.seed_neutral}")
        times = (self.settle_s, self.follow_s, self.adapt_s, self.steady_s, self.max_shift)
        if not all(math.isfinite(v) and v > 0 for v in times):
            raise ValueError("baseline times and max_shift must be positive")


class PersonBaseline:
    """One person's resting-face estimate; see the module docstring."""

    def __init__(self, params: BaselineParams) -> None:
        """Start unseeded."""
        self._params = params
        self._reference = np.log(np.asarray(RESTING_FACE, dtype=np.float64))
        self._seed_sum = np.zeros(len(EMOTIONS), dtype=np.float64)
        self._seed_n = 0
        self._seed_t0: float | None = None
        self._last_t: float | None = None
        self.mu: FloatArray | None = None
        """The resting face's log-probabilities, None until seeded."""

    @property
    def seeded(self) -> bool:
        """Whether the resting face is known yet."""
        return self.mu is not None

    def seeding(self, reading: FloatArray) -> bool:
        """Whether ``reading`` (smoothed) is taken as a seed: no baseline yet, and the
        face may be at rest. The engine holds its decision meanwhile."""
        return self.mu is None and reading[_NEUTRAL] >= self._params.seed_neutral

    def seed_with(self, probs: FloatArray) -> None:
        """Start from a known resting face (e.g. the one the user taught)."""
        self.mu = np.log(np.clip(probs, _EPS, None))

    def observe(self, t: float, reading: FloatArray, *, at_rest: bool) -> None:
        """Take a smoothed reading of the face at time ``t``.

        Args:
            t: seconds (monotonic within a source).
            reading: smoothed probabilities in ``EMOTIONS`` order.
            at_rest: the mood has been neutral for ``steady_s`` (adaptation allowed).
        """
        p = self._params
        if self.mu is None:
            if self.seeding(reading):
                if self._seed_t0 is None:
                    self._seed_t0 = t
                self._seed_sum += reading
                self._seed_n += 1
                if t - self._seed_t0 >= p.settle_s:
                    self.seed_with(self._seed_sum / self._seed_n)
            self._last_t = t
            return
        dt = 0.0 if self._last_t is None else min(max(t - self._last_t, 0.0), 0.5)
        self._last_t = t
        log_reading = np.log(np.clip(reading, _EPS, None))
        rises = np.delete(log_reading - self.mu, _NEUTRAL)
        if log_reading[_NEUTRAL] > self.mu[_NEUTRAL] and rises.max() <= _RISE:
            rate = 1.0 - math.exp(-dt / p.follow_s)
        elif at_rest:
            rate = 1.0 - math.exp(-dt / p.adapt_s)
        else:
            return
        self.mu += rate * (log_reading - self.mu)

    def shift(self) -> FloatArray:
        """The log-probability correction for this person (zeros before seeding)."""
        if self.mu is None:
            return np.zeros(len(EMOTIONS), dtype=np.float64)
        p = self._params
        return p.strength * np.clip(self._reference - self.mu, -p.max_shift, p.max_shift)

    def correct(self, probs: FloatArray) -> FloatArray:
        """``probs`` read relative to this person's resting face."""
        if self.mu is None:
            return probs
        q = np.clip(probs, _EPS, None) * np.exp(self.shift())
        out: FloatArray = q / q.sum()
        return out
