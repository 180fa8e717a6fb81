"""A short face video, a small mood-tagged WAV library, and a scripted analyzer."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from facemood.core.types import EMOTIONS, EmotionScores, FrameAnalysis
from tests.helpers.audio import write_wav

DEMO_FACES = Path("/work/shared/datasets/demo_faces")
FPS = 10
SIZE = 240


def _photos() -> list[Path]:
    candidates = [
        *sorted(DEMO_FACES.glob("london_*_happy.jpg")),
        *sorted(DEMO_FACES.glob("london_*_neutral.jpg")),
    ]
    return [p for p in candidates if p.is_file()]


@pytest.fixture(scope="session")
def face_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6 s MJPEG clip: 3 s of smiling faces, then 3 s of neutral ones (10 fps)."""
    cv2 = pytest.importorskip("cv2")
    photos = _photos()
    if len(photos) < 2:
        pytest.skip(f"demo faces not found in {DEMO_FACES}")
    happy = [p for p in photos if "happy" in p.name]
    neutral = [p for p in photos if "neutral" in p.name]
    path = tmp_path_factory.mktemp("video") / "faces.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), FPS, (SIZE, SIZE))
    assert writer.isOpened()
    for group in (happy, neutral):
        images = [cv2.resize(cv2.imread(str(p)), (SIZE, SIZE)) for p in group]
        for i in range(3 * FPS):
            writer.write(images[(i // FPS) % len(images)])
    writer.release()
    return path


@pytest.fixture(scope="session")
def music_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Mood folders with short WAV tones (the scanner reads a folder's mood)."""
    root = tmp_path_factory.mktemp("music")
    for mood, freq in (("happy", 660.0), ("sad", 220.0), ("calm", 330.0)):
        for i in range(2):
            write_wav(root / mood.capitalize() / f"{mood} {i}.wav", 4.0, freq + 20 * i)
    return root


class ScriptedAnalyzer:
    """Stands in for the vision pipeline: happy for the first 3 s, sad after."""

    def __init__(self) -> None:
        self.frames = 0
        self.closed = False

    def analyze(self, frame: object) -> FrameAnalysis:
        t = float(getattr(frame, "t", 0.0))
        self.frames += 1
        probs = np.full(len(EMOTIONS), 0.02)
        probs[EMOTIONS.index(EMOTIONS[3] if t < 3.0 else EMOTIONS[4])] = 0.88  # happy / sad
        return FrameAnalysis(
            index=int(getattr(frame, "index", 0)),
            t=t,
            faces=(),
            primary=EmotionScores.from_array(probs / probs.sum()),
        )

    def close(self) -> None:
        self.closed = True
