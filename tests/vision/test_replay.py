"""Photos replayed as a video: the bench's still stream."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from facemood.vision.replay import FPS, StillStream
from facemood.vision.sources import ImageFolderSource, SourceStatus
from tests.helpers.images import write_photo


def test_photos_replay_as_video_frames(tmp_path: Path) -> None:
    write_photo(tmp_path / "a.png", 40, 30)
    write_photo(tmp_path / "b.png", 20, 10)
    (tmp_path / "c.png").write_bytes(b"not a picture")
    stream = StillStream(ImageFolderSource(tmp_path), repeat=3)
    with stream:
        frames = list(stream)
    assert stream.status is SourceStatus.CLOSED
    assert [f.index for f in frames] == list(range(6))
    assert [f.t for f in frames] == [i / FPS for i in range(6)]
    assert all(f.path is None for f in frames)  # the pipeline tracks, as in a video
    assert [f.image.shape[:2] for f in frames] == [(30, 40), (10, 20)] * 3
    assert np.array_equal(frames[0].image, frames[2].image)
    assert [p.name for p, _why in stream.photos.skipped] == ["c.png"]
