"""Teach it your face: a few seconds of the user's resting face and smile become a
small per-user correction of the model's readings.

The user records each expression for a few seconds (:class:`Recording`: the model's
probabilities and the face box of every frame). :func:`teach` checks each recording
(:func:`recording_problem`: the face must be in view, still, and the resting face must
not already be the smile) and fits a bias ``b`` on the log-probabilities so that
``softmax(log p + b)`` reads every recorded frame as what was asked for: a multinomial
logistic fit of seven numbers, balanced across the recorded expressions and held close
to zero, so the user's other expressions keep reading as the model reads them. The
result (:class:`TaughtFace`) says how many recorded frames read right before and after;
the mood engine applies the bias to every frame (``MoodParams.calibration_bias``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS, Emotion, FrameAnalysis

FloatArray = npt.NDArray[np.float64]

_EPS = 1e-6
_HAPPY = EMOTIONS.index(Emotion.HAPPY)
_NEUTRAL = EMOTIONS.index(Emotion.NEUTRAL)

MIN_FACE_SHARE = 0.8
"""At least this share of a recording's frames must show a face."""
MAX_MOTION = 0.12
"""The face box centre may wander at most this much (standard deviation, in face sizes)."""
MIN_SAMPLES = 5
"""Fewest face frames a recording needs."""
RIDGE = 0.05
"""How strongly the fit holds the bias at zero (per nat squared, per recording)."""
MAX_BIAS = 3.0
"""The largest correction of any emotion, in nats."""


class TeachError(ValueError):
    """A recording cannot be used; the message says why, in the user's words."""


@dataclass(frozen=True)
class Recording:
    """One expression, recorded.

    Attributes:
        label: what the user was asked to show (neutral for the resting face).
        probs: (N, 7) model probabilities of the frames with a face.
        centres: (N, 2) face box centres in face sizes (box centre / box side).
        frames: every frame of the recording, with or without a face.
    """

    label: Emotion
    probs: FloatArray
    centres: FloatArray
    frames: int

    @classmethod
    def of(cls, label: Emotion, analyses: Sequence[FrameAnalysis]) -> Recording:
        """A recording of ``label`` from the frames analysed while it ran."""
        probs, centres = [], []
        for a in analyses:
            if a.primary is None or not a.faces:
                continue
            b = a.faces[0].box
            side = max(b.w, b.h, 1)
            probs.append(a.primary.as_array())
            centres.append(((b.x + b.w / 2) / side, (b.y + b.h / 2) / side))
        return cls(
            label,
            np.asarray(probs, dtype=np.float64).reshape(-1, len(EMOTIONS)),
            np.asarray(centres, dtype=np.float64).reshape(-1, 2),
            len(analyses),
        )


@dataclass(frozen=True)
class TaughtFace:
    """A fitted correction.

    Attributes:
        bias: seven log-probability offsets in ``EMOTIONS`` order.
        labels: the expressions it was taught.
        right_before: share of recorded frames read as asked, without the correction.
        right_after: the same with it.
    """

    bias: tuple[float, ...]
    labels: tuple[Emotion, ...]
    right_before: float
    right_after: float


def recording_problem(rec: Recording) -> str | None:
    """Why ``rec`` cannot be used (absent or moving face), or None."""
    faces = len(rec.probs)
    if faces < MIN_SAMPLES or faces < MIN_FACE_SHARE * rec.frames:
        return f"Your face was in view in only {faces} of {rec.frames} frames; stay in view."
    motion = float(np.sqrt(rec.centres.var(axis=0).sum()))
    if motion > MAX_MOTION:
        return "You moved too much while it recorded; hold your head still."
    return None


def _log_odds(rec: Recording, k: int) -> float:
    """Mean log-odds of emotion ``k`` against neutral over a recording."""
    lp = np.log(np.clip(rec.probs, _EPS, None))
    return float(np.mean(lp[:, k] - lp[:, _NEUTRAL]))


def teach(recordings: Sequence[Recording]) -> TaughtFace:
    """Fit the correction for a resting face, a smile and any other expressions.

    Raises:
        TeachError: a recording is missing or unusable, or the resting face already
            looked like the smile (the message is ready for the user).
    """
    by_label = {r.label: r for r in recordings}
    if Emotion.NEUTRAL not in by_label or Emotion.HAPPY not in by_label:
        raise TeachError("Record both your resting face and your smile.")
    for rec in recordings:
        problem = recording_problem(rec)
        if problem is not None:
            raise TeachError(f"{_step_name(rec.label)}: {problem}")
    rest, smile = by_label[Emotion.NEUTRAL], by_label[Emotion.HAPPY]
    if _log_odds(rest, _HAPPY) >= _log_odds(smile, _HAPPY) - 0.5:
        raise TeachError(
            "Your resting face looked as happy as your smile. Relax your face completely "
            "for the resting face, then smile clearly."
        )
    bias = _fit(list(by_label.values()))
    return TaughtFace(
        tuple(round(float(b), 4) for b in bias),
        tuple(by_label),
        _right(list(by_label.values()), np.zeros(len(EMOTIONS))),
        _right(list(by_label.values()), bias),
    )


def _step_name(label: Emotion) -> str:
    return "Resting face" if label is Emotion.NEUTRAL else f"{label.value.capitalize()} face"


def _right(recordings: list[Recording], bias: FloatArray) -> float:
    """Share of frames read as their recording's label (each recording weighs the same)."""
    shares = []
    for rec in recordings:
        lp = np.log(np.clip(rec.probs, _EPS, None)) + bias
        shares.append(float(np.mean(lp.argmax(axis=1) == EMOTIONS.index(rec.label))))
    return float(np.mean(shares))


def _fit(recordings: list[Recording], steps: int = 400, rate: float = 0.5) -> FloatArray:
    """Gradient descent on the balanced cross-entropy plus ``RIDGE * |b|^2`` (convex)."""
    bias = np.zeros(len(EMOTIONS), dtype=np.float64)
    logs = [np.log(np.clip(r.probs, _EPS, None)) for r in recordings]
    targets = [EMOTIONS.index(r.label) for r in recordings]
    for _ in range(steps):
        grad = 2 * RIDGE * len(recordings) * bias
        for lp, k in zip(logs, targets, strict=True):
            z = lp + bias
            q = np.exp(z - z.max(axis=1, keepdims=True))
            q /= q.sum(axis=1, keepdims=True)
            q[:, k] -= 1.0
            grad += q.mean(axis=0)
        bias -= rate * grad / len(recordings)
        bias -= bias.mean()  # only differences matter: keep the offsets centred
    return np.clip(bias, -MAX_BIAS, MAX_BIAS)
