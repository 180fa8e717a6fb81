"""The vision settings' types: detector names, the face policy, pipeline tuning.

Kept apart from the detectors and the pipeline (which load OpenCV and LiteRT) so the
settings schema can name them without importing either.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class DetectorName(enum.StrEnum):
    """The face detectors :func:`create_detector` makes (the ``vision.detector`` setting)."""

    AUTO = "auto"
    """BlazeFace, else Haar, else none."""
    BLAZEFACE = "blazeface"
    HAAR = "haar"
    NONE = "none"


class FacePolicy(enum.StrEnum):
    """How several faces in one frame become the mood engine's input."""

    LARGEST = "largest"
    AVERAGE = "average"


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Tuning of :class:`Pipeline`.

    Attributes:
        face_policy: ``largest`` face or ``average`` of all (``vision.face_policy``).
        detect_every: run the detector on every Nth video frame, reuse boxes in between.
        max_faces: at most this many faces (the largest) are classified per frame.
        box_blend: weight of the tracked box when a new detection overlaps it (0: none).
        full_frame_every: with one face tracked, detection looks only around it except
            on every Nth detection round, which searches the whole frame.
    """

    face_policy: FacePolicy = FacePolicy.LARGEST
    detect_every: int = 3
    max_faces: int = 4
    box_blend: float = 0.5
    full_frame_every: int = 5

    def __post_init__(self) -> None:
        if self.detect_every < 1 or self.max_faces < 1 or self.full_frame_every < 1:
            raise ValueError("detect_every, max_faces and full_frame_every must be at least 1")
        if not 0 <= self.box_blend < 1:
            raise ValueError("box_blend must be in [0, 1)")
