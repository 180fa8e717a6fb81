"""Temperature scaling and the prior correction (numpy only)."""

from __future__ import annotations

import numpy as np
import pytest

from facemood.training.calibration import (
    adjust,
    expected_calibration_error,
    fit_temperature,
    nll,
)


def _overconfident(n: int = 4000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Readings whose confidence runs ahead of their accuracy (logits twice too sharp)."""
    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 7, n)
    logits = rng.normal(0, 1, (n, 7))
    logits[np.arange(n), labels] += 1.5
    return adjust(np.exp(logits), temperature=0.5), labels


def test_the_fitted_temperature_undoes_overconfidence_and_lowers_ece() -> None:
    probs, labels = _overconfident()
    t = fit_temperature(probs, labels)
    assert t > 1.2  # overconfident readings are softened
    fixed = adjust(probs, t)
    assert nll(fixed, labels) < nll(probs, labels)
    assert expected_calibration_error(fixed, labels) < expected_calibration_error(probs, labels) / 2
    # A temperature never changes which emotion leads.
    assert (fixed.argmax(1) == probs.argmax(1)).all()


def test_a_bias_moves_probability_between_classes() -> None:
    p = np.array([[0.05, 0.0, 0.05, 0.3, 0.05, 0.05, 0.5]])
    q = adjust(p, bias=(0, 0, 0, 0, 0, 0, -1.0))
    assert q.argmax() == 3 and q.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(adjust(p), p / p.sum(), atol=1e-6)
