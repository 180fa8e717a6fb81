"""Cameras: :class:`CameraSource` and :func:`list_cameras`.

Live video follows the usual rule: the newest frame wins. :class:`CameraSource` runs a
grabber thread that keeps only the latest frame, so a slow consumer analyses fresh
frames instead of a growing backlog. When the camera cannot be opened, or stops
delivering, the grabber reports it through the ``on_status`` callback and retries with
exponential back-off.
"""

from __future__ import annotations

import glob
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Final, Protocol

import cv2
import numpy as np

from facemood.core.clock import SYSTEM_CLOCK, Clock
from facemood.errors import SourceError
from facemood.vision.sources.base import Frame, FrameSource, Image, SourceStatus, StatusCallback

_log = logging.getLogger("facemood.vision")


class Capture(Protocol):
    """The part of ``cv2.VideoCapture`` the sources use (fakes implement it in tests)."""

    def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
        """Whether the device or file is open."""
        ...

    def read(self) -> tuple[bool, Any]:
        """Grab and decode the next frame."""
        ...

    def release(self) -> None:
        """Close the device or file."""
        ...

    def set(self, prop: int, value: float) -> bool:
        """Set a capture property."""
        ...

    def get(self, prop: int) -> float:
        """Read a capture property."""
        ...


CaptureFactory = Callable[[int], Capture]


def _open_camera(index: int) -> Capture:
    cap: Capture = cv2.VideoCapture(index)
    return cap


class CameraSource(FrameSource):
    """A webcam, read by a grabber thread that keeps only the newest frame.

    The grabber thread (one per camera; it exists because ``VideoCapture.read`` blocks
    for a frame period and a slow consumer must not build a backlog) opens the camera,
    reads frames into a one-frame slot, and on failure reports ``RECONNECTING`` and
    retries after ``backoff_s[attempt]`` seconds (the last value repeats). After
    ``max_attempts`` failures in a row (None: never give up) it reports ``FAILED`` and
    :meth:`read` raises :class:`SourceError`. The thread is joined by :meth:`close`.
    """

    live = True
    _READ_FAILURES_BEFORE_RECONNECT: Final = 5

    def __init__(
        self,
        index: int = 0,
        *,
        width: int = 640,
        height: int = 480,
        on_status: StatusCallback | None = None,
        clock: Clock = SYSTEM_CLOCK,
        backoff_s: Sequence[float] = (0.5, 1.0, 2.0, 4.0, 8.0),
        max_attempts: int | None = None,
        capture_factory: CaptureFactory = _open_camera,
    ) -> None:
        """Describe the camera; nothing is opened until :meth:`open`.

        Args:
            index: the OpenCV camera index (``vision.camera_index``).
            width: requested frame width (the camera may pick another).
            height: requested frame height.
            on_status: receives status events, on the grabber thread.
            clock: time source for timestamps and back-off (tests pass a fake).
            backoff_s: waits between reconnect attempts.
            max_attempts: failed attempts in a row before giving up; None retries forever.
            capture_factory: opens the device (tests pass a fake camera).
        """
        super().__init__(on_status)
        if not backoff_s:
            raise ValueError("backoff_s needs at least one value")
        self.index = index
        self.width = width
        self.height = height
        self._clock = clock
        self._backoff = tuple(backoff_s)
        self._max_attempts = max_attempts
        self._factory = capture_factory
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._error: SourceError | None = None
        self._grabbed = 0
        self._last_t = -float("inf")
        self.dropped = 0
        """Frames replaced in the slot before anyone read them."""

    @property
    def description(self) -> str:
        """``camera N``."""
        return f"camera {self.index}"

    def open(self) -> None:
        """Start the grabber thread (camera problems are reported, not raised)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._error = None
        self._set_status(SourceStatus.OPENING, f"Opening {self.description}")
        self._thread = threading.Thread(
            target=self._grab_loop, name=f"camera-{self.index}", daemon=True
        )
        self._thread.start()

    def read(self, timeout: float | None = None) -> Frame | None:
        """Wait for a frame newer than the last one returned.

        Args:
            timeout: give up after this many seconds and return None (None: wait until a
                frame arrives or the source is closed).

        Returns:
            The newest frame, or None when closed (or on timeout).

        Raises:
            SourceError: when the camera failed for good (``max_attempts`` reached).
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._latest is None:
                if self._error is not None:
                    raise self._error
                if self._stop.is_set() or self._thread is None:
                    return None
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return None
                self._cond.wait(0.1 if remaining is None else min(0.1, remaining))
            frame, self._latest = self._latest, None
            return frame

    def close(self) -> None:
        """Stop and join the grabber thread, then release the camera."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            if self._thread.is_alive():
                _log.warning("camera thread did not stop within 5 s")
            self._thread = None
        self._latest = None
        super().close()

    def _wait(self, seconds: float) -> None:
        """Back-off wait that ends early when the source is closed."""
        end = self._clock.now() + seconds
        while not self._stop.is_set() and (left := end - self._clock.now()) > 0:
            self._clock.sleep(min(0.1, left))

    def _connect(self) -> Capture | None:
        try:
            cap = self._factory(self.index)
        except cv2.error as exc:  # translate OpenCV's error at the boundary
            _log.debug("camera %d: %s", self.index, exc)
            return None
        if not cap.isOpened():
            cap.release()
            return None
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        # A one-frame driver buffer keeps the latency low where the backend supports it.
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        return cap

    def _grab_loop(self) -> None:
        attempt = 0
        cap: Capture | None = None
        failures = 0
        try:
            while not self._stop.is_set():
                if cap is None:
                    cap = self._connect()
                    if cap is None:
                        attempt += 1
                        if self._max_attempts is not None and attempt >= self._max_attempts:
                            self._fail(attempt)
                            return
                        delay = self._backoff[min(attempt - 1, len(self._backoff) - 1)]
                        self._set_status(
                            SourceStatus.RECONNECTING,
                            f"Camera {self.index} is not available; retrying in {delay:g} s",
                            "Check that the camera is plugged in and not used by another app.",
                            retry_in_s=delay,
                            attempt=attempt,
                        )
                        self._wait(delay)
                        continue
                    attempt = 0
                    failures = 0
                    self._set_status(SourceStatus.OPEN, f"{self.description} is on")
                start = time.perf_counter()
                try:
                    ok, image = cap.read()
                except cv2.error as exc:
                    _log.debug("camera %d read failed: %s", self.index, exc)
                    ok, image = False, None
                if not ok or image is None:
                    failures += 1
                    if failures >= self._READ_FAILURES_BEFORE_RECONNECT:
                        cap.release()
                        cap = None
                        attempt = 1
                        delay = self._backoff[0]
                        self._set_status(
                            SourceStatus.RECONNECTING,
                            f"Lost {self.description}; reconnecting in {delay:g} s",
                            "The camera stopped sending frames.",
                            retry_in_s=delay,
                            attempt=attempt,
                        )
                        self._wait(delay)
                    continue
                failures = 0
                decode_ms = (time.perf_counter() - start) * 1000.0
                self._publish(np.ascontiguousarray(image, dtype=np.uint8), decode_ms)
        finally:
            if cap is not None:
                cap.release()

    def _publish(self, image: Image, decode_ms: float) -> None:
        t = self._clock.now()
        # Strictly increasing timestamps, even with a coarse or fake clock.
        t = max(t, self._last_t + 1e-6)
        self._last_t = t
        frame = Frame(self._grabbed, t, image, decode_ms=decode_ms)
        self._grabbed += 1
        with self._cond:
            if self._latest is not None:
                self.dropped += 1
            self._latest = frame
            self._cond.notify_all()

    def _fail(self, attempts: int) -> None:
        error = SourceError(
            f"Camera {self.index} could not be opened",
            f"Gave up after {attempts} attempts. Check that the camera is plugged in, "
            "allowed in the system's privacy settings, and not used by another app.",
        )
        with self._cond:
            self._error = error
            self._cond.notify_all()
        self._set_status(SourceStatus.FAILED, error.message, error.detail)


def list_cameras(max_index: int = 8) -> list[int]:
    """Indices of the cameras present. Slow on Windows/macOS (opens devices): run it off
    the GUI thread.

    On Linux the V4L2 device nodes (``/dev/videoN``) name the indices without opening
    anything; elsewhere each index up to ``max_index`` is tried with OpenCV.
    """
    if sys.platform.startswith("linux"):
        found = set()
        for node in glob.glob("/dev/video*"):
            match = re.fullmatch(r"/dev/video(\d+)", node)
            if match:
                found.add(int(match.group(1)))
        return sorted(found)
    present = []
    for index in range(max_index):
        capture = cv2.VideoCapture(index)
        try:
            if capture.isOpened():
                present.append(index)
        finally:
            capture.release()
    return present
