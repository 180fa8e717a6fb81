"""The capture worker: source -> pipeline -> mood stage, on a thread of its own.

One :class:`CaptureThread` runs one source from open to close through the shared frame
loop (:func:`facemood.app.loop.run_frames`), so the window analyses a camera, a video, a
photo folder or a single photo exactly as ``run --headless`` does. Pausing or changing
the source stops the thread, which releases the camera (its light goes off); resuming
starts a fresh thread. Results reach the GUI thread as queued signals carrying
:class:`FramePacket` values; source changes as the source's own frozen
:class:`~facemood.vision.sources.SourceEvent`.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from facemood.app import compose
from facemood.app.loop import FramePacer, run_frames
from facemood.app.stage import StageResult
from facemood.core.mood import MoodParams
from facemood.core.types import Emotion
from facemood.errors import FaceMoodError
from facemood.settings import Settings
from facemood.vision.sources import Frame, SourceEvent, SourceStatus

log = logging.getLogger("facemood.bridge")

Image = npt.NDArray[np.uint8]

PACKET_INTERVAL_S = 0.1
"""A frame without a preview picture and without news (a mood change, a photo, the end
of a recording) goes to the window at most this often: ten a second feed its bars,
timeline and frame rate; more would only cost the GUI thread."""


@dataclass(frozen=True, slots=True)
class PreviewTarget:
    """The preview on screen: its size in device pixels and how often it wants a picture.

    ``max_fps`` lets a window that is not the active one ask for fewer pictures (the
    analysis itself runs at the source's pace either way).
    """

    width: int
    height: int
    max_fps: float = 30.0


@dataclass(frozen=True, slots=True)
class FramePacket:
    """One analysed frame: the picture, what the stage concluded, and how fast it went.

    Attributes:
        frame: the frame at full size, BGR, read-only (what a capture saves).
        display: the frame scaled (on the worker) to fit the preview, so the GUI thread
            only copies pixels; None while no preview is on screen, and for the frames
            between two pictures when the preview asks for fewer than the source gives.
        result: the pipeline's analysis and the mood after the frame.
        fps: frames analysed per second (smoothed).
        analysis_ms: time spent in the pipeline and mood stage for this frame.
    """

    frame: Image
    display: QImage | None
    result: StageResult
    fps: float
    analysis_ms: float


@dataclass(frozen=True, slots=True)
class SourceReport:
    """A change of the capture source's state: which source, and the source's own event."""

    spec: str
    event: SourceEvent


class PictureSchedule:
    """Which frames get a preview picture, at most ``max_fps`` a second, evenly spaced.

    A running deadline rather than "time since the last picture": 20 a second from a
    30 fps source is two frames in three (the other rule gives every other frame, and
    at 30 a second only about 25, because of the frames' jitter). A late frame does not
    shift the ones after it; after a pause the schedule starts again from the frame.
    """

    def __init__(self) -> None:
        self._next = float("-inf")

    def due(self, now: float, max_fps: float) -> bool:
        """Whether the frame at ``now`` (seconds) gets a picture; counts it if so."""
        period = 1.0 / max_fps
        if now < self._next - 0.25 * period:  # a frame a little early still counts
            return False
        late = now - self._next
        self._next = self._next + period if late < period else now + period
        return True


def fit_frame(frame: Image, width: int, height: int) -> Image:
    """``frame`` scaled to fit inside ``width`` x ``height``, aspect kept.

    Bilinear down to half size (0.3 ms for a 640x480 frame here, against 3.6 ms
    area-averaged), area-averaged below that, where bilinear would alias.
    """
    import cv2

    h, w = frame.shape[:2]
    scale = min(width / w, height / h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    if size == (w, h):
        return frame
    interpolation = cv2.INTER_AREA if scale < 0.5 else cv2.INTER_LINEAR
    return np.asarray(cv2.resize(frame, size, interpolation=interpolation), dtype=np.uint8)


def display_image(frame: Image, size: tuple[int, int] | None = None) -> QImage:
    """The frame as the preview draws it: fitted into ``size`` (width, height; None: as
    it is) and in 32-bit RGB, the format Qt draws without converting. OpenCV writes the
    pixels straight into the new image, so nothing is copied in Python; the image owns
    them and can cross threads."""
    import cv2

    image = fit_frame(frame, *size) if size else frame
    h, w = image.shape[:2]
    qimage = QImage(w, h, QImage.Format.Format_RGB32)
    pixels = np.frombuffer(qimage.bits(), np.uint8).reshape(h, qimage.bytesPerLine() // 4, 4)
    code = cv2.COLOR_GRAY2BGRA if image.ndim == 2 else cv2.COLOR_BGR2BGRA
    cv2.cvtColor(image, code, dst=pixels[:, :w])
    return qimage


class CaptureThread(QThread):
    """Reads one source, analyses every frame it can keep up with, decides the mood.

    The thread's purpose is to keep camera I/O and inference (several ms a frame) off the
    GUI thread. It is one thread per open source, stopped with :meth:`stop` and joined
    with :meth:`QThread.wait` by its owner, :class:`CaptureService`.

    Args:
        spec: the source: a camera index ("0"), a video file, a photo or a folder.
        settings: the settings snapshot to build the pipeline and the stage from.
        speed: pace of video files (1.0 = real time; tests use more). Cameras are never
            paced.
        loop: start a video again at its end.
    """

    frame_analysed = Signal(object)
    """A :class:`FramePacket` for each analysed frame with a preview picture or news,
    and for at least one frame in :data:`PACKET_INTERVAL_S`."""
    status_changed = Signal(object)
    """A :class:`SourceReport` whenever the source's state changes; the thread's own
    ending is ``ENDED`` (the source ran out) or ``CLOSED`` (stopped on request)."""

    def __init__(
        self,
        spec: str,
        settings: Settings,
        speed: float = 1.0,
        parent: QObject | None = None,
        loop: bool = False,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loop_video = loop
        self._settings = settings
        self._speed = max(0.01, speed)
        self._stop = threading.Event()
        self._stage = compose.make_stage(settings)
        self.setObjectName("facemood-capture")  # the OS thread's name (top, /proc)
        self.preview: PreviewTarget | None = None
        """The preview frames are scaled to fit on this thread; None: no preview on
        screen, so no picture is made. Written by the GUI thread, read here (a
        reference swap, no lock needed)."""
        self._fps = 0.0
        self._last = time.perf_counter()
        self._pictures = PictureSchedule()
        self._last_packet = 0.0

    def set_mood_params(self, params: MoodParams) -> None:
        """Use new mood parameters from the next frame on; thread-safe."""
        self._stage.set_params(params)

    def start_recording(self, label: Emotion, seconds: float) -> None:
        """Record the face showing ``label`` over the next ``seconds``; thread-safe. The
        recording arrives in a packet's ``result.recording``."""
        self._stage.start_recording(label, seconds)

    def stop(self) -> None:
        """Ask the thread to finish soon; thread-safe. Join with ``wait()``."""
        self._stop.set()

    def _status(self, status: SourceStatus, message: str = "", detail: str = "") -> None:
        self.status_changed.emit(SourceReport(self.spec, SourceEvent(status, message, detail)))

    def run(self) -> None:
        """Thread body: open, analyse, report; never raises."""
        try:
            self._run()
        except FaceMoodError as exc:
            log.warning("capture failed: %s", exc)
            self._status(SourceStatus.FAILED, exc.message, exc.detail)
        except Exception as exc:  # a worker must never die silently
            log.exception("capture crashed")
            self._status(SourceStatus.FAILED, str(exc))

    def _forward(self, event: SourceEvent) -> None:
        """Status from the source (possibly the camera's grabber thread): forward only."""
        if event.status is not SourceStatus.CLOSED and event.status is not SourceStatus.ENDED:
            self.status_changed.emit(SourceReport(self.spec, event))

    def _run(self) -> None:
        self._status(SourceStatus.OPENING)
        analyzer = compose.make_pipeline(self._settings)
        try:
            source = compose.open_source(
                self.spec, keep_trying=True, on_status=self._forward, loop=self._loop_video
            )
            with source:
                end = run_frames(
                    source,
                    analyzer,
                    self._stage,
                    self._emit,
                    stop=self._stop,
                    pacer=FramePacer(self._speed),
                )
        finally:
            analyzer.close()
        self._status(SourceStatus.ENDED if end.ended else SourceStatus.CLOSED)

    def _emit(self, frame: Frame, result: StageResult) -> None:
        now = time.perf_counter()
        dt, self._last = now - self._last, now
        if dt > 0:
            self._fps = 1.0 / dt if self._fps == 0 else 0.9 * self._fps + 0.1 / dt
        spent_ms = sum(result.analysis.timings_ms.values())
        target = self.preview
        image = frame.image
        display = None
        if target is not None and (result.still or self._pictures.due(now, target.max_fps)):
            display = display_image(image, (target.width, target.height))
        news = result.still or result.update.changed or result.recording is not None
        if display is None and not news and now - self._last_packet < PACKET_INTERVAL_S:
            return  # nothing the window shows changes; its bars and timeline need less
        self._last_packet = now
        image.flags.writeable = False  # shared read-only from here on
        self.frame_analysed.emit(FramePacket(image, display, result, self._fps, spent_ms))


class CaptureService(QObject):
    """Owns the capture thread: start a source, pause/resume analysis, shut down.

    Lives in the GUI thread; forwards its thread's signals so widgets connect once.
    """

    frame_analysed = Signal(object)
    status_changed = Signal(object)

    def __init__(
        self,
        settings: Settings,
        speed: float = 1.0,
        parent: QObject | None = None,
        loop: bool = False,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._speed = speed
        self.loop = loop
        """Videos start again at their end."""
        self._thread: CaptureThread | None = None
        self._retiring: set[CaptureThread] = set()
        """Stopped threads still closing their source; kept until they finish, since Qt
        aborts the process when a running QThread is destroyed."""
        self._preview: PreviewTarget | None = None
        self.spec: str | None = None

    @property
    def running(self) -> bool:
        """Whether a source is open (analysis not paused)."""
        return self._thread is not None and self._thread.isRunning()

    def set_settings(self, settings: Settings) -> None:
        """Use a new settings snapshot: mood settings at once, vision ones from the next start."""
        self._settings = settings
        if self._thread is not None:
            self._thread.set_mood_params(compose.mood_params(settings))

    def start_recording(self, label: Emotion, seconds: float) -> bool:
        """Record the face showing ``label`` for ``seconds``; False when no source runs."""
        if not self.running or self._thread is None:
            return False
        self._thread.start_recording(label, seconds)
        return True

    def start(self, spec: str) -> None:
        """Open ``spec`` on a fresh thread, closing any previous source first."""
        self.stop()
        self.spec = spec
        thread = CaptureThread(spec, self._settings, self._speed, loop=self.loop)
        thread.preview = self._preview
        thread.frame_analysed.connect(self.frame_analysed)
        thread.status_changed.connect(self.status_changed)
        self._thread = thread
        thread.start()

    def resume(self) -> None:
        """Reopen the last source."""
        if self.spec is not None and not self.running:
            self.start(self.spec)

    def set_preview(self, target: PreviewTarget | None) -> None:
        """The preview frames are scaled to off the GUI thread; None while no preview is
        on screen (then no picture is made at all)."""
        if target is not None:
            target = PreviewTarget(max(1, target.width), max(1, target.height), target.max_fps)
        self._preview = target
        if self._thread is not None:
            self._thread.preview = target

    def stop(self) -> None:
        """Ask the capture thread to stop (releasing the camera), without waiting for it.

        Closing a stuck camera can take seconds, so the GUI thread never waits for it: the
        old thread's results are disconnected at once and it finishes on its own.
        """
        thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.frame_analysed.disconnect(self.frame_analysed)
        thread.status_changed.disconnect(self.status_changed)
        thread.stop()
        self._retiring.add(thread)
        thread.finished.connect(lambda: self._retiring.discard(thread))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop and join every capture thread (at exit); returns whether all finished."""
        self.stop()
        done = all([thread.wait(timeout_ms) for thread in list(self._retiring)])
        if not done:
            log.error("a capture thread did not stop within %d ms", timeout_ms)
        return done
