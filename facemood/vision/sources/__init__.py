"""Where frames come from: a camera, a video file, one photo, or a folder of photos.

Every source implements :class:`FrameSource` (``open``/``read``/``close``, a context
manager and an iterator of :class:`Frame`), in :mod:`.base`; the sources are in
:mod:`.camera` (with :func:`list_cameras`), :mod:`.video` and :mod:`.photos`.
:func:`open_source` picks one from a command-line style spec (``0``, ``clip.avi``,
``face.jpg``, ``photos/``); :func:`facemood.app.compose.open_source` adds the app's
camera retry policy.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from facemood.errors import SourceError
from facemood.fsnames import display, explain, shorten
from facemood.vision.sources.base import (
    IMAGE_SUFFIXES,
    VIDEO_SUFFIXES,
    Frame,
    FrameSource,
    Image,
    SourceEvent,
    SourceStatus,
    StatusCallback,
    is_camera_spec,
)
from facemood.vision.sources.camera import CameraSource, Capture, list_cameras
from facemood.vision.sources.photos import (
    DECODE_PIXELS,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    ImageFolderSource,
    ImageSource,
    list_photos,
    read_image,
)
from facemood.vision.sources.video import VideoFileSource

__all__ = [
    "DECODE_PIXELS",
    "IMAGE_SUFFIXES",
    "MAX_IMAGE_BYTES",
    "MAX_IMAGE_PIXELS",
    "VIDEO_SUFFIXES",
    "CameraSource",
    "Capture",
    "Frame",
    "FrameSource",
    "Image",
    "ImageFolderSource",
    "ImageSource",
    "SourceEvent",
    "SourceStatus",
    "StatusCallback",
    "VideoFileSource",
    "is_camera_spec",
    "list_cameras",
    "list_photos",
    "open_source",
    "read_image",
]


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
