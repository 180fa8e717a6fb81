"""Photos replayed as a video, for measuring the pipeline on still pictures.

:class:`StillStream` reads a folder's photos (or one photo) once and plays them
``repeat`` times without their paths and with 30 fps timestamps, so the pipeline treats
them as video: it detects every N frames and tracks in between, as with a camera.
"""

from __future__ import annotations

from dataclasses import replace

from facemood.vision.sources import Frame, FrameSource, ImageFolderSource, SourceStatus

FPS = 30.0
"""The frame rate the replayed photos pretend to have."""


class StillStream(FrameSource):
    """``photos`` (an :class:`ImageFolderSource`, not opened) played ``repeat`` times."""

    def __init__(self, photos: ImageFolderSource, repeat: int) -> None:
        super().__init__()
        self.photos = photos
        self.repeat = max(1, repeat)
        self._frames: list[Frame] = []
        self._next = 0

    @property
    def description(self) -> str:
        """The photos' description."""
        return self.photos.description

    def open(self) -> None:
        """Read every photo (unreadable ones are skipped, see ``photos.skipped``)."""
        with self.photos:
            self._frames = list(self.photos)
        self._next = 0
        self._set_status(SourceStatus.OPEN, f"Replaying {self.description}")

    def read(self) -> Frame | None:
        """The next photo as a video frame; None after ``repeat`` rounds."""
        if self._next >= len(self._frames) * self.repeat:
            self._set_status(SourceStatus.ENDED, f"{self.description} replayed")
            return None
        i = self._next
        self._next += 1
        # No path: the pipeline treats it as video (detect every N, track).
        return replace(self._frames[i % len(self._frames)], index=i, t=i / FPS, path=None)
