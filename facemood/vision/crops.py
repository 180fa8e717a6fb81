"""How a detected face becomes the model's 48x48 input: the crop style a model declares.

A model is trained on crops of one style and must be run on the same: the style is
written into the model's ``labels.json`` at export and read back by
:class:`~facemood.vision.model.EmotionModel`, so the pipeline always crops the way the
loaded model expects.

* ``box``: a square around the detector's box with FER2013's framing
  (:func:`~facemood.vision.faces.crop_face`).
* ``aligned``: eyes level and at fixed positions from the detector's key points
  (:func:`~facemood.vision.faces.align_face`); falls back to ``box`` for a detector
  without key points (Haar).
* ``+clahe``: contrast-limited histogram equalisation of the crop, which evens out
  lighting and camera contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, cast

import cv2
import numpy as np
import numpy.typing as npt

from facemood.vision.faces import Detection, align_face, crop_face

Image = npt.NDArray[np.uint8]

_CLAHE: Final = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))


def equalize(crop: Image) -> Image:
    """CLAHE on a 48x48 crop (4x4 tiles, clip limit 2)."""
    return cast(Image, _CLAHE.apply(crop))


@dataclass(frozen=True, slots=True)
class CropStyle:
    """How to cut a face for a model.

    Attributes:
        aligned: warp by the key points (eyes level) instead of cutting the box.
        equalized: apply :func:`equalize` to the crop.
    """

    aligned: bool = False
    equalized: bool = False

    @property
    def name(self) -> str:
        """``box``, ``aligned``, ``box+clahe`` or ``aligned+clahe`` (as in labels.json)."""
        return ("aligned" if self.aligned else "box") + ("+clahe" if self.equalized else "")

    @classmethod
    def parse(cls, name: str) -> CropStyle:
        """The style named by :attr:`name`.

        Raises:
            ValueError: for an unknown name.
        """
        base, _, extra = name.partition("+")
        if base not in ("box", "aligned") or extra not in ("", "clahe"):
            raise ValueError(f"unknown crop style {name!r}")
        return cls(aligned=base == "aligned", equalized=extra == "clahe")

    def crop(self, frame: Image, detection: Detection) -> Image:
        """The model input for one face of ``frame`` (greyscale or BGR)."""
        out = None
        if self.aligned and detection.keypoints is not None:
            try:
                out = align_face(frame, detection.keypoints)
            except ValueError:  # degenerate key points: the box still frames the face
                out = None
        if out is None:
            out = crop_face(frame, detection.box)
        return equalize(out) if self.equalized else out
