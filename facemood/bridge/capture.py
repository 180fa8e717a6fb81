"""The capture worker: source -> pipeline -> mood engine on its own thread.

One :class:`CaptureThread` runs one source from open to close. Pausing analysis or
changing the source stops the thread, which releases the camera (its light goes off);
resuming starts a fresh thread. Results reach the GUI thread as queued signals carrying
:class:`~facemood.bridge.values.FramePacket` values.
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from facemood.bridge import backend
from facemood.bridge.values import FramePacket, SourceState, SourceStatus
from facemood.errors import FaceMoodError
from facemood.settings import Settings

log = logging.getLogger("facemood.bridge")


def frame_to_qimage(frame: npt.NDArray[np.uint8]) -> QImage:
    """A deep-copied RGB ``QImage`` of a BGR (or grey) OpenCV frame, safe to send across threads."""
    if frame.ndim == 2:
        h, w = frame.shape
        grey = np.ascontiguousarray(frame)
        return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    h, w = frame.shape[:2]
    rgb = np.ascontiguousarray(frame[:, :, 2::-1])
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class CaptureThread(QThread):
    """Reads one source, analyses every frame it can keep up with, and smooths the mood.

    The thread's purpose is to keep camera I/O and inference (several ms a frame) off the
    GUI thread. It is one thread per open source, stopped with :meth:`stop` and joined
    with :meth:`QThread.wait` by its owner (:class:`~facemood.bridge.capture.CaptureService`).

    Args:
        spec: the source: a camera index ("0"), a video file, a photo or a folder.
        settings: the app settings (vision and mood sections are used).
        speed: playback speed for video files (1.0 = real time, as the user sees it;
            tests use more). Live cameras are never paced.
        loop: start a video again at its end.
    """

    frame_analysed = Signal(object)
    """A :class:`FramePacket` for each analysed frame."""
    status_changed = Signal(object)
    """A :class:`SourceStatus` whenever the source's state changes."""

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
        self._new_settings: Settings | None = None
        self.display_size: tuple[int, int] | None = None
        """(width, height) of the preview; frames are scaled to fit it on this thread.
        Written by the GUI thread, read here: one reference swap, no lock needed."""

    def update_settings(self, settings: Settings) -> None:
        """Use new mood settings from the next frame on; thread-safe (one reference swap)."""
        self._new_settings = settings

    def stop(self) -> None:
        """Ask the thread to finish soon; thread-safe. Join with ``wait()``."""
        self._stop.set()

    def _status(self, state: SourceState, message: str = "", detail: str = "") -> None:
        self.status_changed.emit(SourceStatus(state, self.spec, message, detail))

    def run(self) -> None:
        """Thread body: open, analyse, report; never raises."""
        try:
            self._run()
        except FaceMoodError as exc:
            log.warning("capture failed: %s", exc)
            self._status(SourceState.FAILED, exc.message, exc.detail)
        except Exception as exc:  # a worker must never die silently
            log.exception("capture crashed")
            self._status(SourceState.FAILED, str(exc))

    def _forward(self, state: str, message: str, detail: str) -> None:
        """Source status from the camera's grabber thread: forward only."""
        states = {
            "retrying": SourceState.RETRYING,
            "running": SourceState.RUNNING,
            "failed": SourceState.FAILED,
        }
        self._status(states[state], message, detail)

    def _run(self) -> None:
        self._status(SourceState.STARTING)
        analyzer = backend.create_analyzer(self._settings)
        tracker = backend.create_mood_tracker(self._settings)
        try:
            stream = backend.open_frames(self.spec, self._settings, self._forward, self._loop_video)
            try:
                ended = self._loop(stream, analyzer, tracker)
            finally:
                stream.close()
        finally:
            analyzer.close()
        self._status(SourceState.ENDED if ended else SourceState.STOPPED)

    def _loop(
        self,
        stream: backend.FrameStream,
        analyzer: backend.Analyzer,
        tracker: backend.MoodTracker,
    ) -> bool:
        """Analyse frames until stopped (False), the file ends (True) or a camera is lost."""
        if not stream.live:
            self._status(SourceState.RUNNING)
        wall0: float | None = None
        t0 = 0.0
        fps = 0.0
        last = time.perf_counter()
        while not self._stop.is_set():
            item = stream.read()
            if item is None:
                if stream.live:
                    continue  # no frame within the timeout: check for stop, wait again
                return True
            frame, t, index = item
            if wall0 is not None and t < t0:  # a looped video started again
                wall0 = None
            if not stream.live:
                # Pace a file at its own timestamps so the mood follows the clip in real time.
                now = time.perf_counter()
                if wall0 is None:
                    wall0, t0 = now, t
                delay = (t - t0) / self._speed - (now - wall0)
                if delay > 0 and self._stop.wait(delay):
                    return False
            pending, self._new_settings = self._new_settings, None
            if pending is not None:
                self._settings = pending
                tracker.apply_settings(pending)
            start = time.perf_counter()
            analysis = analyzer.analyze(frame, t, index)
            reading = tracker.update(analysis)
            spent_ms = (time.perf_counter() - start) * 1000.0
            now = time.perf_counter()
            dt = now - last
            last = now
            if dt > 0:
                fps = 1.0 / dt if fps == 0 else 0.9 * fps + 0.1 / dt
            size = self.display_size
            display = frame_to_qimage(backend.fit_frame(frame, *size) if size else frame)
            frame.flags.writeable = False  # shared read-only from here on
            self.frame_analysed.emit(FramePacket(frame, display, analysis, reading, fps, spent_ms))
        return False


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
        self._display_size: tuple[int, int] | None = None
        self.spec: str | None = None

    @property
    def running(self) -> bool:
        """Whether a source is open (analysis not paused)."""
        return self._thread is not None and self._thread.isRunning()

    def set_settings(self, settings: Settings) -> None:
        """Use new settings: mood settings at once, vision settings from the next start."""
        self._settings = settings
        if self._thread is not None:
            self._thread.update_settings(settings)

    def start(self, spec: str) -> None:
        """Open ``spec`` on a fresh thread, closing any previous source first."""
        self.stop()
        self.spec = spec
        thread = CaptureThread(spec, self._settings, self._speed, loop=self.loop)
        thread.display_size = self._display_size
        thread.frame_analysed.connect(self.frame_analysed)
        thread.status_changed.connect(self.status_changed)
        self._thread = thread
        thread.start()

    def pause(self) -> None:
        """Stop analysing and release the source (the camera light goes off)."""
        self.stop()

    def resume(self) -> None:
        """Reopen the last source."""
        if self.spec is not None and not self.running:
            self.start(self.spec)

    def set_display_size(self, width: int, height: int) -> None:
        """The preview's size in device pixels; frames are scaled to it off the GUI thread."""
        self._display_size = (max(1, width), max(1, height))
        if self._thread is not None:
            self._thread.display_size = self._display_size

    def resume_now(self) -> None:
        """Reopen the last source at once (e.g. "try the camera again")."""
        if self.spec is not None:
            self.start(self.spec)

    def stop(self) -> None:
        """Ask the capture thread to stop, without waiting for it.

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
