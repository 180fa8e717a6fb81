"""Immutable value types shared by every layer (vision, mood, music, GUI).

They are plain frozen dataclasses so they can cross thread boundaries (Qt queued
signals, worker pools) without copying or locking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt


class Emotion(StrEnum):
    """The seven FER2013 emotions, in the model's output order."""

    ANGRY = "angry"
    DISGUST = "disgust"
    FEAR = "fear"
    HAPPY = "happy"
    SAD = "sad"
    SURPRISE = "surprise"
    NEUTRAL = "neutral"


EMOTIONS: tuple[Emotion, ...] = tuple(Emotion)
"""Model output order (FER2013 label order: 0 angry … 6 neutral)."""


class MusicMood(StrEnum):
    """Canonical moods a track can be tagged with."""

    HAPPY = "happy"
    SAD = "sad"
    CALM = "calm"
    ENERGETIC = "energetic"
    AGGRESSIVE = "aggressive"


@dataclass(frozen=True, slots=True)
class FaceBox:
    """A face rectangle in frame pixel coordinates."""

    x: int
    y: int
    w: int
    h: int

    @property
    def area(self) -> int:
        """Width times height in pixels."""
        return self.w * self.h

    def as_list(self) -> list[int]:
        """``[x, y, w, h]`` for JSON output."""
        return [self.x, self.y, self.w, self.h]

    def iou(self, other: FaceBox) -> float:
        """Intersection over union with ``other`` (0 when they do not overlap)."""
        ix = max(0, min(self.x + self.w, other.x + other.w) - max(self.x, other.x))
        iy = max(0, min(self.y + self.h, other.y + other.h) - max(self.y, other.y))
        inter = ix * iy
        union = self.area + other.area - inter
        return inter / union if union > 0 else 0.0


@dataclass(frozen=True, slots=True)
class EmotionScores:
    """A probability for each emotion, in ``EMOTIONS`` order."""

    probs: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.probs) != len(EMOTIONS):
            raise ValueError(f"expected {len(EMOTIONS)} probabilities, got {len(self.probs)}")

    @classmethod
    def from_array(cls, values: npt.ArrayLike) -> EmotionScores:
        """Build from any 7-element array-like."""
        return cls(tuple(float(v) for v in np.asarray(values, dtype=np.float64).reshape(-1)))

    def as_array(self) -> npt.NDArray[np.float64]:
        """The probabilities as a float64 vector."""
        return np.asarray(self.probs, dtype=np.float64)

    def as_dict(self) -> dict[str, float]:
        """``{emotion name: probability}`` for JSON output."""
        return {e.value: p for e, p in zip(EMOTIONS, self.probs, strict=True)}

    def top(self) -> Emotion:
        """The most probable emotion."""
        return EMOTIONS[int(np.argmax(self.probs))]

    def __getitem__(self, emotion: Emotion) -> float:
        return self.probs[EMOTIONS.index(emotion)]


@dataclass(frozen=True, slots=True)
class FaceResult:
    """One detected face and the model's reading of it.

    Attributes:
        box: where the face is.
        scores: the model's reading.
        track: the same number for the same face across the frames of a source, a new
            number for a face that appears (the mood engine keeps a resting face per track).
    """

    box: FaceBox
    scores: EmotionScores
    track: int = 0


@dataclass(frozen=True, slots=True)
class FrameAnalysis:
    """Everything the vision pipeline learned from one frame.

    Attributes:
        index: frame number within its source, from 0.
        t: monotonic timestamp in seconds (a video's own timestamps).
        faces: detected faces, the primary face (see the face policy) first.
        primary: the scores the mood engine should use (policy-combined), or None
            when no face was found.
        timings_ms: milliseconds spent per stage (decode, detect, crop, classify).
        path: the image file, for image and folder sources.
    """

    index: int
    t: float
    faces: tuple[FaceResult, ...]
    primary: EmotionScores | None
    timings_ms: dict[str, float] = field(default_factory=dict)
    path: str | None = None
