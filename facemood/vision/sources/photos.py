"""Photos: :func:`read_image` (size limits before decoding), :class:`ImageFolderSource`,
:class:`ImageSource` and :func:`list_photos`."""

from __future__ import annotations

import logging
import os
import stat
import time
from pathlib import Path
from typing import Final, cast

import cv2
import numpy as np

from facemood.errors import SourceError
from facemood.fsnames import display, explain
from facemood.vision.imageheader import ImageHeader, read_header
from facemood.vision.sources.base import (
    IMAGE_SUFFIXES,
    Frame,
    FrameSource,
    Image,
    SourceStatus,
    StatusCallback,
)
from facemood.walk import FolderLeftOut, Mounts, walk_tree

_log = logging.getLogger("facemood.vision")

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
