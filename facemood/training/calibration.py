"""Probabilities that mean what they say: temperature scaling and a prior correction.

Both are chosen on held-out data only and baked into the exported model (see
:func:`facemood.training.export.export_model`), so the app reads the corrected
probabilities directly: ``softmax((log p + bias) / T)``.

* :func:`fit_temperature` finds ``T`` minimising the negative log-likelihood on the
  held-out slice of Training (golden-section search on ``log T``; NLL is unimodal in it);
* :func:`expected_calibration_error` reports how far confidence and accuracy differ
  (15 equal-width confidence bins, the usual ECE).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
_EPS = 1e-7


def adjust(
    probs: npt.ArrayLike, temperature: float = 1.0, bias: Sequence[float] = ()
) -> FloatArray:
    """``softmax((log p + bias) / temperature)`` row by row."""
    z = np.log(np.clip(np.asarray(probs, dtype=np.float64), _EPS, None))
    if len(bias):
        z = z + np.asarray(bias, dtype=np.float64)
    z = z / temperature
    z -= z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    out: FloatArray = e / e.sum(axis=-1, keepdims=True)
    return out


def nll(probs: npt.ArrayLike, labels: npt.ArrayLike) -> float:
    """Mean negative log-likelihood of integer ``labels``."""
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    return float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], _EPS, None))))


def fit_temperature(
    probs: npt.ArrayLike, labels: npt.ArrayLike, lo: float = 0.25, hi: float = 4.0
) -> float:
    """The temperature in ``[lo, hi]`` that minimises the NLL of ``labels``."""
    a, b = math.log(lo), math.log(hi)
    golden = (math.sqrt(5) - 1) / 2
    c, d = b - golden * (b - a), a + golden * (b - a)

    def loss(log_t: float) -> float:
        return nll(adjust(probs, math.exp(log_t)), labels)

    fc, fd = loss(c), loss(d)
    for _ in range(60):
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - golden * (b - a)
            fc = loss(c)
        else:
            a, c, fc = c, d, fd
            d = a + golden * (b - a)
            fd = loss(d)
    return round(math.exp((a + b) / 2), 4)


def expected_calibration_error(
    probs: npt.ArrayLike, labels: npt.ArrayLike, bins: int = 15
) -> float:
    """ECE: the confidence/accuracy gap averaged over equal-width confidence bins."""
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.int64)
    confidence = p.max(axis=1)
    right = p.argmax(axis=1) == y
    edges = np.linspace(0.0, 1.0, bins + 1)
    total = 0.0
    for low, high in itertools.pairwise(edges):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            total += inside.mean() * abs(right[inside].mean() - confidence[inside].mean())
    return float(total)
