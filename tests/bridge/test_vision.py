"""The capture thread: frames, analyses and mood decisions arrive as queued values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from facemood.bridge.vision import CaptureService, FramePacket
from facemood.settings import Settings
from facemood.vision.sources import SourceEvent, SourceStatus
from tests.helpers.clips import FACES_DIR, Segment, write_clip


def test_a_video_is_analysed_to_its_end(qtbot: QtBot, tmp_path: Path) -> None:
    clip = tmp_path / "clip.avi"
    write_clip(clip, [Segment(FACES_DIR / "london_030_happy.jpg", 2.0, "happy")], fps=10.0)
    service = CaptureService(Settings(), speed=20.0)
    packets: list[FramePacket] = []
    states: list[SourceStatus] = []
    service.frame_analysed.connect(packets.append)
    service.status_changed.connect(lambda r: states.append(r.event.status))
    gui_thread = QThread.currentThread()
    threads: list[QThread] = []
    service.frame_analysed.connect(lambda _p: threads.append(QThread.currentThread()))
    try:
        with qtbot.waitSignal(
            service.status_changed,
            timeout=30000,
            check_params_cb=lambda r: r.event.status is SourceStatus.ENDED,
        ):
            service.start(str(clip))
    finally:
        assert service.shutdown()
    assert not service.running
    assert states[:2] == [SourceStatus.OPENING, SourceStatus.OPEN]
    assert len(packets) == 20
    assert all(t is gui_thread for t in threads), "slots run on the GUI thread"
    ts = [p.result.analysis.t for p in packets]
    assert ts == sorted(ts)
    assert all(p.frame.shape == (480, 640, 3) and not p.frame.flags.writeable for p in packets)
    assert all(not p.display.isNull() for p in packets)
    assert sum(1 for p in packets if p.result.analysis.faces) >= 18
    last = packets[-1].result
    assert not last.still and last.update.smoothed is not None and last.mood is not None


def test_a_photo_is_a_source_read_as_a_still(qtbot: QtBot) -> None:
    service = CaptureService(Settings(), speed=20.0)
    packets: list[FramePacket] = []
    service.frame_analysed.connect(packets.append)
    photo = FACES_DIR / "london_004_happy.jpg"
    try:
        with qtbot.waitSignal(
            service.status_changed,
            timeout=30000,
            check_params_cb=lambda r: r.event.status is SourceStatus.ENDED,
        ):
            service.start(str(photo))
    finally:
        assert service.shutdown()
    assert len(packets) == 1
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
