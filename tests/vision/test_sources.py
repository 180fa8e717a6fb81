"""Frame sources: video files, photos, folders, and a flaky camera."""

from __future__ import annotations

import itertools
import shutil
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from facemood.errors import SourceError
from facemood.vision.sources import (
    CameraSource,
    ImageFolderSource,
    ImageSource,
    SourceEvent,
    SourceStatus,
    VideoFileSource,
    open_source,
    photos,
    read_image,
)
from tests.helpers.camera import FlakyCamera
from tests.helpers.clips import FACES_DIR, Segment, write_clip
from tests.helpers.clock import FakeClock
from tests.helpers.images import write_photo, write_pixel_bomb
from tests.helpers.waiting import wait_until


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clips") / "short.avi"
    write_clip(
        path, [Segment(FACES_DIR / "grace_hopper.jpg", 1.0, "neutral")], fps=10, size=(160, 120)
    )
    return path


def test_video_uses_the_files_timestamps_and_ends_cleanly(clip: Path) -> None:
    events: list[SourceEvent] = []
    with open_source(clip, on_status=events.append) as src:
        assert isinstance(src, VideoFileSource) and not src.live
        frames = list(src)
        assert src.read() is None
    assert len(frames) == 10
    assert [f.index for f in frames] == list(range(10))
    ts = [f.t for f in frames]
    assert ts[0] == pytest.approx(0.0, abs=1e-6)
    np.testing.assert_allclose(np.diff(ts), 0.1, atol=1e-3)
    assert frames[0].image.shape == (120, 160, 3) and frames[0].image.dtype == np.uint8
    assert [e.status for e in events] == [
        SourceStatus.OPEN,
        SourceStatus.ENDED,
        SourceStatus.CLOSED,
    ]


def test_looping_video_keeps_time_increasing(clip: Path) -> None:
    with VideoFileSource(clip, loop=True) as src:
        frames = [src.read() for _ in range(25)]
    ts = [f.t for f in frames if f is not None]
    assert len(ts) == 25 and all(b > a for a, b in itertools.pairwise(ts))
    assert ts[10] == pytest.approx(1.0, abs=1e-3)


def test_unreadable_video_raises_source_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.avi"
    bad.write_bytes(b"not a video at all")
    with pytest.raises(SourceError):
        VideoFileSource(bad).open()
    with pytest.raises(SourceError, match="not found"):
        VideoFileSource(tmp_path / "missing.avi").open()


@pytest.mark.parametrize(
    ("has_ffmpeg", "says"), [(True, "could not decode"), (False, "Motion-JPEG")]
)
def test_an_undecodable_video_says_what_this_build_can_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, has_ffmpeg: bool, says: str
) -> None:
    """The bundle's slim OpenCV has no FFmpeg: the error names the format it does read."""
    bad = tmp_path / "holiday.mp4"
    bad.write_bytes(b"\0\0\0\x18ftypmp42" + bytes(64))
    monkeypatch.setattr(cv2.videoio_registry, "hasBackend", lambda backend: has_ffmpeg)
    with pytest.raises(SourceError) as raised:
        VideoFileSource(bad).open()
    assert says in raised.value.detail


def test_folder_is_recursive_sorted_and_skips_broken_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    shutil.copy(FACES_DIR / "grace_hopper.jpg", tmp_path / "b" / "deep" / "z.jpg")
    shutil.copy(FACES_DIR / "london_004_happy.jpg", tmp_path / "a.JPG")
    (tmp_path / "b" / "broken.png").write_bytes(b"\x89PNG nope")
    (tmp_path / "notes.txt").write_text("not a photo")
    with open_source(str(tmp_path)) as src:
        assert isinstance(src, ImageFolderSource)
        frames = list(src)
    assert [Path(f.path or "").name for f in frames] == ["a.JPG", "z.jpg"]
    assert [f.index for f in frames] == [0, 1] and [f.t for f in frames] == [0.0, 1.0]
    # Files that are not photos by name are listed when the folder is; broken ones as read.
    reasons = {p.name: why for p, why in src.skipped}
    assert list(reasons) == ["notes.txt", "broken.png"]
    assert reasons["notes.txt"].startswith("Not a photo: notes.txt (photos end in .bmp, ")
    assert reasons["broken.png"] == "Not an image: broken.png"


def test_single_photo_and_missing_paths(tmp_path: Path) -> None:
    with open_source(FACES_DIR / "grace_hopper.jpg") as src:
        assert isinstance(src, ImageSource)
        frames = list(src)
    assert len(frames) == 1 and frames[0].path and frames[0].decode_ms >= 0
    with pytest.raises(SourceError):
        open_source(tmp_path / "nope.jpg")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="No photos"):
        open_source(tmp_path / "empty").open()


def test_camera_specs_make_camera_sources() -> None:
    src = open_source("1")
    assert isinstance(src, CameraSource) and src.index == 1 and src.live
    assert isinstance(open_source(0), CameraSource)


def _collect(src: CameraSource, n: int, timeout: float = 10.0) -> list[int]:
    got: list[int] = []
    deadline = time.monotonic() + timeout
    while len(got) < n and time.monotonic() < deadline:
        frame = src.read(timeout=0.5)
        if frame is not None:
            got.append(frame.index)
    return got


def test_camera_retries_with_backoff_then_recovers_from_a_loss() -> None:
    # Two failed opens, then 20 frames, the camera is unplugged, and comes back.
    camera = FlakyCamera([None, None, 20, -1])
    clock = FakeClock()
    events: list[SourceEvent] = []
    src = CameraSource(
        0, clock=clock, on_status=events.append, capture_factory=camera, backoff_s=(0.5, 1.0)
    )
    with src:
        indices = _collect(src, 40)
    assert len(indices) == 40
    assert indices == sorted(indices)
    statuses = [e.status for e in events]
    assert statuses[:4] == [
        SourceStatus.OPENING,
        SourceStatus.RECONNECTING,
        SourceStatus.RECONNECTING,
        SourceStatus.OPEN,
    ]
    assert [e.retry_in_s for e in events[1:3]] == [0.5, 1.0]
    assert [e.attempt for e in events[1:3]] == [1, 2]
    assert SourceStatus.RECONNECTING in statuses[4:]  # the loss was reported
    assert statuses.count(SourceStatus.OPEN) == 2 and statuses[-1] is SourceStatus.CLOSED
    assert all(cap.released for cap in camera.opened)
    assert sum(clock.sleeps) >= 0.5 + 1.0 + 0.5


def test_camera_gives_up_after_max_attempts() -> None:
    src = CameraSource(
        3, clock=FakeClock(), capture_factory=FlakyCamera([]), max_attempts=3, backoff_s=(0.1,)
    )
    with src, pytest.raises(SourceError, match="Camera 3"):
        src.read(timeout=5.0)


def test_camera_newest_frame_wins_for_a_slow_reader() -> None:
    camera = FlakyCamera([-1], period_s=0.001)
    src = CameraSource(0, capture_factory=camera)
    with src:
        first = src.read(timeout=5.0)
        assert first is not None
        # A slow consumer: many frames arrive before it reads again.
        assert wait_until(lambda: camera.opened[0].delivered > first.index + 20)
        second = src.read(timeout=5.0)
    assert first is not None and second is not None
    assert second.index - first.index > 5 and src.dropped > 0
    assert second.t > first.t


@pytest.mark.timeout(30)  # a read that close() does not end would hang here
def test_camera_close_unblocks_a_waiting_reader() -> None:
    src = CameraSource(0, clock=FakeClock(), capture_factory=FlakyCamera([]))
    src.open()
    closer = threading.Timer(0.05, src.close)  # while this thread waits in read()
    closer.start()
    assert src.read() is None  # no timeout: only close() can end it
    closer.join()


def test_camera_timestamps_are_monotonic_with_a_frozen_clock() -> None:
    src = CameraSource(0, clock=FakeClock(), capture_factory=FlakyCamera([-1]))
    with src:
        frames = [src.read(timeout=5.0) for _ in range(5)]
    ts = [f.t for f in frames if f is not None]
    assert len(ts) == 5 and all(b > a for a, b in itertools.pairwise(ts))


def test_fake_capture_matches_opencv_frame_format() -> None:
    cap = FlakyCamera([-1])(0)
    ok, frame = cap.read()
    assert ok and frame.dtype == np.uint8 and frame.ndim == 3
    assert cap.set(cv2.CAP_PROP_FRAME_WIDTH, 640) and cap.get(cv2.CAP_PROP_FRAME_WIDTH) == 640


def test_a_pixel_bomb_is_refused_and_the_folder_goes_on(tmp_path: Path) -> None:
    write_pixel_bomb(tmp_path / "a bomb.png")
    shutil.copy(FACES_DIR / "grace_hopper.jpg", tmp_path / "b.jpg")
    (tmp_path / "c.jpg").write_bytes(b"not a jpeg")
    started = time.perf_counter()
    with open_source(str(tmp_path)) as src:
        frames = list(src)
    assert time.perf_counter() - started < 5
    assert [Path(f.path or "").name for f in frames] == ["b.jpg"]
    assert [(p.name, why) for p, why in src.skipped] == [
        ("a bomb.png", "a bomb.png is too large: 40000 x 40000 pixels"),
        ("c.jpg", "Not an image: c.jpg"),
    ]


def test_a_large_photo_is_decoded_at_a_reduced_size(tmp_path: Path) -> None:
    photo = write_photo(tmp_path / "big.jpg", 6000, 4000)  # 24 MP
    image = read_image(photo)
    assert image.shape == (2000, 3000, 3)
    small = write_photo(tmp_path / "small.png", 4000, 3000)  # 12 MP: full size
    assert read_image(small).shape == (3000, 4000, 3)


def test_a_photo_file_over_the_byte_limit_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = write_photo(tmp_path / "p.png", 64, 64)
    monkeypatch.setattr(photos, "MAX_IMAGE_BYTES", 1000)  # read where read_image reads it
    with pytest.raises(SourceError, match="too large to be a photo"):
        read_image(photo)
