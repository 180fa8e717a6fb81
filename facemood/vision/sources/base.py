"""The frame source interface: :class:`Frame`, :class:`SourceStatus`, :class:`SourceEvent`,
:class:`FrameSource`, what file names count as photos and videos, and camera specs.

Timestamps are seconds from a monotonic clock; a video file's frames carry the file's
own timestamps.
"""

from __future__ import annotations

import abc
import enum
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import cv2
import numpy as np
import numpy.typing as npt

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


def is_camera_spec(spec: str | int | Path) -> bool:
    """Whether ``spec`` names a camera (a device index such as ``0`` or ``"1"``)."""
    return isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit())
