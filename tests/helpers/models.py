"""A fake emotion model for pipeline tests that must not depend on the trained CNN."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS
from facemood.vision.crops import CropStyle


class FakeEmotionModel:
    """Returns fixed probabilities (or one row per face from ``rows``) and records calls.

    Args:
        probs: the probabilities every face gets, in ``EMOTIONS`` order.
    """

    def __init__(self, probs: list[float] | None = None) -> None:
        self.probs = np.asarray(probs or [0.05, 0.0, 0.05, 0.1, 0.1, 0.1, 0.6], np.float32)
        self.rows: list[list[float]] | None = None
        self.batches: list[npt.NDArray[np.uint8]] = []
        self.closed = False
        self.crop_style = CropStyle()

    def predict(self, faces: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
        """Record the batch and answer it."""
        assert faces.dtype == np.uint8 and faces.shape[1:] == (48, 48)
        self.batches.append(faces.copy())
        if self.rows is not None:
            return np.asarray(self.rows[: len(faces)], dtype=np.float32)
        return np.tile(self.probs, (len(faces), 1)).reshape(len(faces), len(EMOTIONS))

    def close(self) -> None:
        """Mark closed."""
        self.closed = True
