"""The capture thread: frames, analyses and mood decisions arrive as queued values."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from facemood.bridge.vision import (
    CaptureService,
    FramePacket,
    PictureSchedule,
    PreviewTarget,
    display_image,
)
from facemood.settings import Settings
from facemood.vision.sources import SourceEvent, SourceStatus
from tests.helpers.clips import FACES_DIR, Segment, write_clip


def _run_to_end(qtbot: QtBot, service: CaptureService, spec: str) -> None:
    """Run ``spec`` until the source ended, then join the capture thread."""
    try:
        with qtbot.waitSignal(
            service.status_changed,
            timeout=30000,
            check_params_cb=lambda r: r.event.status is SourceStatus.ENDED,
        ):
            service.start(spec)
    finally:
        assert service.shutdown()


def test_a_video_is_analysed_to_its_end(qtbot: QtBot, tmp_path: Path) -> None:
    clip = tmp_path / "clip.avi"
    write_clip(clip, [Segment(FACES_DIR / "london_030_happy.jpg", 2.0, "happy")], fps=10.0)
    service = CaptureService(Settings(), speed=20.0)
    service.set_preview(PreviewTarget(320, 240))  # a preview on screen, half the frame's size
    packets: list[FramePacket] = []
    states: list[SourceStatus] = []
    service.frame_analysed.connect(packets.append)
    service.status_changed.connect(lambda r: states.append(r.event.status))
    gui_thread = QThread.currentThread()
    threads: list[QThread] = []
    service.frame_analysed.connect(lambda _p: threads.append(QThread.currentThread()))
    _run_to_end(qtbot, service, str(clip))
    assert not service.running
    assert states[:2] == [SourceStatus.OPENING, SourceStatus.OPEN]
    assert 1 < len(packets) <= 20  # those with a picture or news, and ten a second
    assert all(t is gui_thread for t in threads), "slots run on the GUI thread"
    ts = [p.result.analysis.t for p in packets]
    assert ts == sorted(ts)
    assert all(p.frame.shape == (480, 640, 3) and not p.frame.flags.writeable for p in packets)
    pictures = [p.display for p in packets if p.display is not None]
    assert pictures
    for picture in pictures:
        assert picture.format() == QImage.Format.Format_RGB32
        assert (picture.width(), picture.height()) == (320, 240)
    assert all(p.result.analysis.faces for p in packets)
    last = packets[-1].result
    assert not last.still and last.update.smoothed is not None and last.mood is not None


def test_frames_without_a_picture_or_news_are_thinned_out(qtbot: QtBot, tmp_path: Path) -> None:
    clip = tmp_path / "clip.avi"
    write_clip(clip, [Segment(FACES_DIR / "london_030_happy.jpg", 4.0, "happy")], fps=10.0)
    service = CaptureService(Settings(), speed=40.0)  # 40 frames in about 0.1 s
    packets: list[FramePacket] = []
    service.frame_analysed.connect(packets.append)
    _run_to_end(qtbot, service, str(clip))
    news = [p for p in packets if p.result.update.changed]
    assert news, "the first mood is news"
    assert all(p.display is None for p in packets)  # no preview on screen
    assert len(packets) < 20  # of 40 frames


def test_a_photo_is_a_source_read_as_a_still(qtbot: QtBot) -> None:
    service = CaptureService(Settings(), speed=20.0)
    packets: list[FramePacket] = []
    service.frame_analysed.connect(packets.append)
    photo = FACES_DIR / "london_004_happy.jpg"
    _run_to_end(qtbot, service, str(photo))
    assert len(packets) == 1
    assert packets[0].display is None  # no preview on screen: no picture made
    result = packets[0].result
    assert result.still and result.analysis.path == str(photo)
    assert result.mood is not None and result.update.changed


def test_stop_returns_at_once_and_shutdown_joins_a_missing_camera(qtbot: QtBot) -> None:
    service = CaptureService(Settings())
    events: list[SourceEvent] = []
    service.status_changed.connect(lambda r: events.append(r.event))
    with qtbot.waitSignal(
        service.status_changed,
        timeout=20000,
        check_params_cb=lambda r: r.event.status is SourceStatus.RECONNECTING,
    ):
        service.start("9")
    service.stop()
    assert not service.running
    assert service.shutdown()
    assert events[-1].message  # the reason the camera is missing, for the window


def test_the_preview_picture_keeps_colours_and_aspect() -> None:
    frame = np.zeros((480, 640, 3), np.uint8)
    frame[:, :320] = (255, 0, 0)  # blue (BGR) on the left, red on the right
    frame[:, 320:] = (0, 0, 255)
    image = display_image(frame, (400, 400))
    assert (image.width(), image.height()) == (400, 300)
    assert image.pixelColor(10, 150).getRgb()[:3] == (0, 0, 255)
    assert image.pixelColor(390, 150).getRgb()[:3] == (255, 0, 0)
    grey = display_image(np.full((10, 20), 77, np.uint8))
    assert (grey.width(), grey.height()) == (20, 10)
    assert grey.pixelColor(5, 5).getRgb()[:3] == (77, 77, 77)


@pytest.mark.parametrize(("max_fps", "expected"), [(30.0, 300), (20.0, 200), (10.0, 100)])
def test_preview_pictures_are_evenly_spaced(max_fps: float, expected: int) -> None:
    """10 s of a 30 fps source whose frames arrive up to 6 ms late: every frame at 30 a
    second, two in three at 20, one in three at 10, never two pictures in a row at 10."""
    rng = np.random.default_rng(7)
    schedule = PictureSchedule()
    times = 1000.0 + np.arange(300) / 30.0 + rng.uniform(0.0, 0.006, 300)
    due = [schedule.due(float(t), max_fps) for t in times]
    assert abs(sum(due) - expected) <= 1
    if max_fps == 10.0:
        assert not any(a and b for a, b in itertools.pairwise(due))
