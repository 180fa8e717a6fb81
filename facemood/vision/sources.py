"""Where frames come from: a camera, a video file, one photo, or a folder of photos.

Every source implements :class:`FrameSource` (``open``/``read``/``close``, a context
manager and an iterator of :class:`Frame`). :func:`open_source` picks one from a
command-line style spec (``0``, ``clip.avi``, ``face.jpg``, ``photos/``).

Live video follows the usual rule: the newest frame wins. :class:`CameraSource` runs a
grabber thread that keeps only the latest frame, so a slow consumer analyses fresh
frames instead of a growing backlog. When the camera cannot be opened, or stops
delivering, the grabber reports it through the ``on_status`` callback and retries with
exponential back-off. Timestamps are seconds from a monotonic clock; a video file's
frames carry the file's own timestamps.
"""

from __future__ import annotations

import abc
import enum
import glob
import logging
import os
import re
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, cast

import cv2
import numpy as np
import numpy.typing as npt

from facemood.core.clock import SYSTEM_CLOCK, Clock
from facemood.errors import SourceError
from facemood.fsnames import display, explain, shorten
from facemood.vision.imageheader import ImageHeader, read_header
from facemood.walk import FolderLeftOut, Mounts, walk_tree

_log = logging.getLogger("facemood.vision")

# OpenCV would print a WARN line for every failed camera open; CameraSource reports the
# camera's state itself, in plain words, so only OpenCV's errors are worth showing.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

Image = npt.NDArray[np.uint8]

IMAGE_SUFFIXES: Final = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff", ".pgm", ".ppm", ".gif"}
)
"""File name endings treated as photos (a GIF gives its first frame)."""
VIDEO_SUFFIXES: Final = (".mp4", ".avi", ".mkv", ".mov", ".webm", ".m4v", ".mpg", ".mpeg")
"""File name endings offered as videos (open dialog, drag and drop); any other file that
is not a photo is tried as a video too."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame from a source.

    Attributes:
        index: frame number within the source, from 0 (a live source's numbers have
            gaps where stale frames were dropped).
        t: timestamp in seconds (monotonic clock, or the video file's own time).
        image: BGR uint8 pixels (H, W, 3).
        path: the photo's file, for image sources.
        decode_ms: time spent reading and decoding the frame.
    """

    index: int
    t: float
    image: Image
    path: str | None = None
    decode_ms: float = 0.0


class SourceStatus(enum.Enum):
    """The state of a source, as reported to ``on_status``."""

    OPENING = "opening"
    OPEN = "open"
    RECONNECTING = "reconnecting"
    ENDED = "ended"
    FAILED = "failed"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class SourceEvent:
    """A status change of a source.

    Attributes:
        status: the new state.
        message: one short UI-ready line.
        detail: more about the cause, or "".
        retry_in_s: for ``RECONNECTING``, seconds until the next attempt.
        attempt: for ``RECONNECTING``, how many attempts failed in a row.
    """

    status: SourceStatus
    message: str
    detail: str = ""
    retry_in_s: float = 0.0
    attempt: int = 0


StatusCallback = Callable[[SourceEvent], None]
"""Receives :class:`SourceEvent` s; may be called on a source's own thread, so it must
only forward the event (e.g. emit a queued Qt signal)."""


class FrameSource(abc.ABC):
    """A stream of frames.

    Use as ``with open_source(spec) as src: for frame in src: ...``. ``read`` returns
    None at the end of the stream (end of file, last photo, or a closed camera).
    """

    live: bool = False
    """True for sources whose frames arrive in real time (cameras)."""

    def __init__(self, on_status: StatusCallback | None = None) -> None:
        self._on_status = on_status
        self.status = SourceStatus.CLOSED

    @property
    @abc.abstractmethod
    def description(self) -> str:
        """A short human-readable name (``"camera 0"``, a file name)."""

    @abc.abstractmethod
    def open(self) -> None:
        """Start the stream.

        Raises:
            SourceError: when a file cannot be opened (cameras retry instead).
        """

    @abc.abstractmethod
    def read(self) -> Frame | None:
        """The next frame, or None when the stream has ended.

        Raises:
            SourceError: when the source failed for good.
        """

    def close(self) -> None:
        """Stop the stream and release it; safe to call twice."""
        self._set_status(SourceStatus.CLOSED, f"{self.description} closed")

    def __enter__(self) -> FrameSource:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Frame]:
        while (frame := self.read()) is not None:
            yield frame

    def _set_status(
        self, status: SourceStatus, message: str, detail: str = "", **extra: Any
    ) -> None:
        if status is self.status and status is not SourceStatus.RECONNECTING:
            return
        self.status = status
        if status in (SourceStatus.RECONNECTING, SourceStatus.FAILED):
            _log.warning("%s%s", message, f" ({detail})" if detail else "")
        else:
            _log.debug("%s", message)
        if self._on_status is not None:
            self._on_status(SourceEvent(status, message, detail, **extra))


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


class VideoFileSource(FrameSource):
    """A video file, read frame by frame with the file's own timestamps.

    The end of the file is a clean stop (``read`` returns None), or with ``loop`` the
    file starts again and timestamps keep increasing across loops. A frame that does not
    decode (a damaged stretch) is counted in :attr:`undecodable` and reading goes on
    with the next one, up to :attr:`MAX_BAD_FRAMES_IN_A_ROW` failures in a row: then,
    or once as many frames were tried as the file says it has, the stream has ended.
    """

    MAX_BAD_FRAMES_IN_A_ROW: Final = 250
    """Failed reads in a row that end the stream (about 10 s of video): bounds the
    retries on a stream that is dead for good, or a file that does not know its length."""

    def __init__(
        self, path: str | Path, *, loop: bool = False, on_status: StatusCallback | None = None
    ) -> None:
        """Describe the file; nothing is opened until :meth:`open`."""
        super().__init__(on_status)
        self.path = Path(path)
        self.loop = loop
        self._cap: Any = None
        self._index = 0
        self._offset = 0.0
        self._last_t = -float("inf")
        self._period = 1.0 / 30.0
        self._frame_count = 0
        self._tried = 0  # frames read or found undecodable in this loop
        self.loops = 0
        self.undecodable = 0
        """Frames that could not be decoded and were skipped (over all loops)."""

    @property
    def description(self) -> str:
        """The file name."""
        return self.path.name

    def open(self) -> None:
        """Open the file.

        Raises:
            SourceError: when the file is missing or cannot be decoded.
        """
        if not self.path.is_file():
            raise SourceError(f"Video not found: {self.path.name}", str(self.path))
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise SourceError(f"Cannot open the video {self.path.name}", _undecodable(self.path))
        fps = cap.get(cv2.CAP_PROP_FPS)
        self._period = 1.0 / fps if fps and 1.0 <= fps <= 1000.0 else 1.0 / 30.0
        count = cap.get(cv2.CAP_PROP_FRAME_COUNT)
        self._frame_count = int(count) if count and 0 < count < 2**31 else 0
        self._cap = cap
        self._set_status(SourceStatus.OPEN, f"Playing {self.description}")

    def read(self) -> Frame | None:
        """The next frame, or None at the end of the file."""
        if self._cap is None:
            return None
        start = time.perf_counter()
        image = self._read_decodable()
        if image is None and self.loop and self._index > 0:
            self._offset = self._last_t + self._period
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            self.loops += 1
            self._tried = 0
            image = self._read_decodable()
        if image is None:
            self._set_status(SourceStatus.ENDED, f"{self.description} ended")
            return None
        decode_ms = (time.perf_counter() - start) * 1000.0
        # POS_MSEC is the decoded frame's presentation time for the FFmpeg and MJPEG
        # backends; fall back to frame count / fps when a container has none.
        t = self._offset + self._cap.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
        if not t > self._last_t:
            t = self._last_t + self._period if self._index else self._offset
        self._last_t = t
        frame = Frame(self._index, t, image, decode_ms=decode_ms)
        self._index += 1
        return frame

    def _read_decodable(self) -> Any:
        """The next frame that decodes, skipping a damaged stretch; ``None`` at the end.

        A failed read is the end once every frame the file announces was tried, or after
        :attr:`MAX_BAD_FRAMES_IN_A_ROW` failures in a row. Failures followed by a good
        frame, and announced frames never decoded, count as :attr:`undecodable`.
        """
        failed = 0
        while failed < self.MAX_BAD_FRAMES_IN_A_ROW:
            try:
                ok, image = self._cap.read()
            except cv2.error as exc:  # some backends raise for a damaged packet
                _log.debug("%s: %s", display(self.path), exc)
                ok, image = False, None
            if ok and image is not None:
                self.undecodable += failed
                self._tried += failed + 1
                return image
            failed += 1
            if self._frame_count and self._tried + failed > self._frame_count:
                break  # one read past every frame the file announces: its end
        missing = max(0, self._frame_count - self._tried)
        if missing:
            _log.info("%s: %d frames up to the end could not be decoded", self.path, missing)
        self.undecodable += missing
        self._tried += missing
        return None

    def close(self) -> None:
        """Release the file."""
        if self._cap is not None:
            self._cap.release()
            self._cap = None
        super().close()


MAX_IMAGE_PIXELS: Final = 100_000_000
"""Photos with more pixels (e.g. over 12000 x 8333) are refused before decoding."""

MAX_IMAGE_BYTES: Final = 256 * 1024 * 1024
"""Photo files larger than this are refused before they are read."""

DECODE_PIXELS: Final = 16_000_000
"""Larger photos are decoded at 1/2, 1/4 or 1/8 of their size to stay near this."""

_REDUCED = {
    2: cv2.IMREAD_REDUCED_COLOR_2,
    4: cv2.IMREAD_REDUCED_COLOR_4,
    8: cv2.IMREAD_REDUCED_COLOR_8,
}


def read_image(path: Path) -> Image:
    """Decode a photo as BGR uint8 (works with non-ASCII paths on every platform).

    Whether the file is a photo is decided by decoding it, not by its name or a fixed
    amount of its start: camera and editor files put large EXIF, MakerNote, XMP or ICC
    blocks before the pixels, and a TIFF may keep its directory after them. The size is
    read from the whole file's header first (:mod:`.imageheader`): a photo over
    :data:`MAX_IMAGE_PIXELS` is refused without decoding, and one over
    :data:`DECODE_PIXELS` is decoded at a reduced size (JPEG scales while decoding),
    which bounds memory and time. Content whose header FaceMood does not know is still
    given to OpenCV, whose own limit (:data:`MAX_IMAGE_PIXELS`, set in
    :mod:`facemood`) bounds it. A GIF gives its first frame.

    Raises:
        SourceError: when the file is missing, unreadable, too large, or no image
            OpenCV can decode.
    """
    name = display(path.name)
    data = _read_photo_bytes(path)
    header = read_header(data)
    if header is not None and header.pixels > MAX_IMAGE_PIXELS:
        raise _too_large(path, header.width, header.height)
    pixels = header.pixels if header is not None else 0
    factor = next((f for f in (1, 2, 4) if pixels / f**2 <= DECODE_PIXELS), 8)
    try:
        image = cv2.imdecode(
            np.frombuffer(data, dtype=np.uint8), _REDUCED.get(factor, cv2.IMREAD_COLOR)
        )
    except cv2.error as exc:  # translate OpenCV's error at the boundary
        if "MAX_IMAGE_PIXELS" in str(exc):
            raise SourceError(
                f"{name} is too large",
                f"{display(path)}: FaceMood reads photos of up to "
                f"{MAX_IMAGE_PIXELS // 10**6} megapixels.",
            ) from exc
        raise SourceError(f"Cannot decode {name}", f"{display(path)}: {exc}") from exc
    if image is None:
        raise _undecodable_photo(path, header)
    return cast(Image, image)


def _read_photo_bytes(path: Path) -> bytes:
    """The whole file, refused over :data:`MAX_IMAGE_BYTES`."""
    name = display(path.name)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise SourceError(
                f"{name} is too large to be a photo ({size / 2**20:.0f} MiB)",
                f"{display(path)}: FaceMood reads photo files up to "
                f"{MAX_IMAGE_BYTES // 2**20} MiB.",
            )
        with open(path, "rb") as fh:
            return fh.read(MAX_IMAGE_BYTES + 1)[:MAX_IMAGE_BYTES]
    except OSError as exc:
        raise SourceError(f"Cannot read {name}", f"{display(path)}: {explain(exc)}") from exc


def _too_large(path: Path, width: int, height: int) -> SourceError:
    return SourceError(
        f"{display(path.name)} is too large: {width} x {height} pixels",
        f"{display(path)}: FaceMood reads photos of up to {MAX_IMAGE_PIXELS // 10**6} "
        f"megapixels; this one has {width * height / 10**6:.0f}.",
    )


def _undecodable_photo(path: Path, header: ImageHeader | None) -> SourceError:
    """Why a photo did not decode: damaged data, a format this OpenCV lacks, or no image."""
    name = display(path.name)
    if header is None:
        return SourceError(
            f"Not an image: {name}",
            f"{display(path)}: not a PNG, JPEG, WebP, BMP, TIFF, PNM or GIF image, or it is "
            "damaged. Open it in an image editor and save it as JPEG or PNG.",
        )
    if header.format == "GIF":
        return SourceError(
            f"GIF images are not supported by this build: {name}",
            f"{display(path)}: its OpenCV cannot decode GIF. Save it as PNG or JPEG.",
        )
    return SourceError(
        f"Not an image: {name}",
        f"{display(path)}: the {header.format} data could not be decoded (the file is "
        "damaged or cut short). Save it again from the program that made it.",
    )


class ImageFolderSource(FrameSource):
    """Photos, one frame each: a single file or a folder searched recursively.

    Files are visited in sorted path order; ``t`` is the photo's position (0, 1, 2 …),
    as photos have no time of their own. Every file that gives no frame is listed in
    :attr:`skipped` with the reason: one that does not decode, one whose name is not a
    photo's (see :data:`IMAGE_SUFFIXES`), a FIFO or device, and each folder the walk
    does not enter (:func:`facemood.walk.walk_tree`: system folders, other file systems,
    unreadable folders). Links to folders are not followed.
    """

    def __init__(self, path: str | Path, *, on_status: StatusCallback | None = None) -> None:
        """Describe the photo or folder; nothing is read until :meth:`open`."""
        super().__init__(on_status)
        self.path = Path(path)
        self._files: list[Path] = []
        self._pos = 0
        self._index = 0
        self.skipped: list[tuple[Path, str]] = []

    @property
    def description(self) -> str:
        """The file or folder name."""
        return self.path.name or str(self.path)

    @property
    def files(self) -> list[Path]:
        """The photos this source visits."""
        return list(self._files)

    def open(self) -> None:
        """List the photos.

        Raises:
            SourceError: when the path does not exist, or a folder holds no photos.
        """
        if self.path.is_dir():
            self._files, self.skipped = list_photos(self.path)
            if not self._files:
                raise SourceError(f"No photos in {self.description}", str(self.path))
        elif self.path.is_file():
            self._files = [self.path]
        else:
            raise SourceError(f"Not found: {self.description}", str(self.path))
        self._pos = 0
        self._set_status(SourceStatus.OPEN, f"Reading {self.description}")

    def read(self) -> Frame | None:
        """The next readable photo, or None after the last one."""
        while self._pos < len(self._files):
            path = self._files[self._pos]
            self._pos += 1
            start = time.perf_counter()
            try:
                image = read_image(path)
            except SourceError as exc:
                # Reported through `skipped` (analyze prints it); the log keeps a copy.
                _log.info("skipping %s: %s", display(path), exc.detail)
                self.skipped.append((path, exc.message))
                continue
            decode_ms = (time.perf_counter() - start) * 1000.0
            frame = Frame(self._index, float(self._index), image, str(path), decode_ms)
            self._index += 1
            return frame
        self._set_status(SourceStatus.ENDED, f"{self.description}: all photos read")
        return None


def list_photos(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The photos under ``folder`` in path order, and every other entry with the reason.

    Nothing is opened: whether a listed photo decodes is found out by :func:`read_image`.
    """
    photos: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    mounts = Mounts.read()
    for item in walk_tree(folder, mounts=mounts):
        path = Path(item.path)
        if isinstance(item, FolderLeftOut):
            skipped.append((path, f"{display(path.name)}/: folder not read ({item.describe()})"))
            continue
        reason = _not_a_photo(path, item.entry, mounts)
        if reason is None:
            photos.append(path)
        else:
            _log.info("skipping %s: %s", display(path), reason)
            skipped.append((path, reason))
    return photos, skipped


def _not_a_photo(path: Path, entry: os.DirEntry[str], mounts: Mounts) -> str | None:
    """Why a walked entry is not read as a photo, or ``None`` for a photo to decode."""
    name = display(path.name)
    try:
        st = entry.stat()  # follows a link to a file
    except OSError as exc:
        return f"Cannot read {name}: {explain(exc)}"
    if stat.S_ISDIR(st.st_mode):
        return f"{name}: a link to a folder, not followed"
    if st.st_dev in mounts.pseudo_devices:
        return f"{name}: a link into a system folder (/proc, /sys, /dev), not followed"
    if not stat.S_ISREG(st.st_mode):
        return f"{name}: not a regular file (a FIFO, socket or device)"
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        known = ", ".join(sorted(IMAGE_SUFFIXES))
        return f"Not a photo: {name} (photos end in {known})"
    return None


class ImageSource(ImageFolderSource):
    """A single photo (an :class:`ImageFolderSource` of one file)."""

    def open(self) -> None:
        """Check the photo exists.

        Raises:
            SourceError: when the path is not a file.
        """
        if not self.path.is_file():
            raise SourceError(f"Not found: {self.description}", str(self.path))
        super().open()


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


def is_camera_spec(spec: str | int | Path) -> bool:
    """Whether ``spec`` names a camera (a device index such as ``0`` or ``"1"``)."""
    return isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit())


def open_source(
    spec: str | int | Path,
    *,
    on_status: StatusCallback | None = None,
    loop: bool = False,
    **camera_options: Any,
) -> FrameSource:
    """Make the source a spec names (not yet opened).

    Args:
        spec: a camera index (``0`` or ``"0"``), a photo, a folder of photos, or a video.
        on_status: receives the source's status events.
        loop: for videos, start again at the end.
        **camera_options: passed to :class:`CameraSource` for camera specs.

    Raises:
        SourceError: when a path does not exist.
    """
    if is_camera_spec(spec):
        return CameraSource(int(str(spec)), on_status=on_status, **camera_options)
    path = Path(str(spec))
    try:
        st = path.stat()
    except FileNotFoundError:
        raise SourceError(f"Not found: {display(path.name or path)}", display(path)) from None
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise SourceError(f"Cannot open {shorten(path.name or path)}", explain(exc, path)) from exc
    if stat.S_ISDIR(st.st_mode):
        return ImageFolderSource(path, on_status=on_status)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImageSource(path, on_status=on_status)
    return VideoFileSource(path, loop=loop, on_status=on_status)


def _undecodable(path: Path) -> str:
    """Why OpenCV may not have opened a video file, in the user's terms."""
    if not cv2.videoio_registry.hasBackend(cv2.CAP_FFMPEG):
        return (
            f"{path}: this build of FaceMood reads only Motion-JPEG AVI video files (its "
            "OpenCV has no FFmpeg); convert it, e.g. ffmpeg -i IN -c:v mjpeg -q:v 3 OUT.avi"
        )
    return f"{path}: OpenCV could not decode it (unsupported codec or not a video)."
