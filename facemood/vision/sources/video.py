"""Video files: :class:`VideoFileSource` (the file's own timestamps, damaged stretches
skipped and counted)."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Final

import cv2

from facemood.errors import SourceError
from facemood.fsnames import display
from facemood.vision.sources.base import Frame, FrameSource, SourceStatus, StatusCallback

_log = logging.getLogger("facemood.vision")


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


def _undecodable(path: Path) -> str:
    """Why OpenCV may not have opened a video file, in the user's terms."""
    if not cv2.videoio_registry.hasBackend(cv2.CAP_FFMPEG):
        return (
            f"{path}: this build of FaceMood reads only Motion-JPEG AVI video files (its "
            "OpenCV has no FFmpeg); convert it, e.g. ffmpeg -i IN -c:v mjpeg -q:v 3 OUT.avi"
        )
    return f"{path}: OpenCV could not decode it (unsupported codec or not a video)."
