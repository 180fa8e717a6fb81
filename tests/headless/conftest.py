"""A short face video and a small mood-tagged WAV library."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.audio import write_wav
from tests.helpers.headless import DEMO_FACES, face_photos

FPS = 10
SIZE = 240


@pytest.fixture(scope="session")
def face_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6 s MJPEG clip: 3 s of smiling faces, then 3 s of neutral ones (10 fps)."""
    cv2 = pytest.importorskip("cv2")
    happy, neutral = face_photos()
    if not happy or not neutral:
        pytest.skip(f"demo faces not found in {DEMO_FACES} nor resources/samples")
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
