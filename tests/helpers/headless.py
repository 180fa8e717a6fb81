"""Helpers for headless-run tests: where the demo faces are, and a scripted analyzer."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from facemood.core.types import EMOTIONS, Emotion, EmotionScores, FrameAnalysis

DEMO_FACES = Path("/work/shared/datasets/demo_faces")
"""The demo photos (public domain / CC0 / CC BY 4.0); ``resources/samples`` has a few."""

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
"""The sample photos shipped in the repository (a subset of the demo faces)."""


def face_photos() -> tuple[list[Path], list[Path]]:
    """(smiling, neutral) demo photos: the full set when present, else the repo's samples."""
    happy = sorted(DEMO_FACES.glob("london_*_happy.jpg"))
    neutral = sorted(DEMO_FACES.glob("london_*_neutral.jpg"))
    if not happy or not neutral:
        happy = [p for p in [SAMPLES / "astronaut_eileen_collins.png"] if p.is_file()]
        neutral = [p for p in [SAMPLES / "grace_hopper.jpg"] if p.is_file()]
    return happy, neutral


class ScriptedAnalyzer:
    """Stands in for the vision pipeline: happy for the first 3 s, sad after."""

    def __init__(self) -> None:
        self.frames = 0
        self.closed = False

    def analyze(self, frame: object) -> FrameAnalysis:
        t = float(getattr(frame, "t", 0.0))
        self.frames += 1
        probs = np.full(len(EMOTIONS), 0.02)
        probs[EMOTIONS.index(Emotion.HAPPY if t < 3.0 else Emotion.SAD)] = 0.88
        return FrameAnalysis(
            index=int(getattr(frame, "index", 0)),
            t=t,
            faces=(),
            primary=EmotionScores.from_array(probs / probs.sum()),
            path=getattr(frame, "path", None),
        )

    def reset(self) -> None:
        """Nothing is tracked."""

    def close(self) -> None:
        self.closed = True
