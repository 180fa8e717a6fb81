"""Hostile images made at test time: a real PNG pixel bomb, a large JPEG."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import cv2
import numpy as np


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def write_pixel_bomb(path: Path, side: int = 40_000) -> Path:
    """A valid black 1-bit greyscale PNG of ``side`` x ``side`` pixels, small on disk.

    40000 x 40000 is 1.6 gigapixels (about 4.8 GB as BGR) in about 0.2 MB of file.
    """
    row = b"\x00" * (1 + (side + 7) // 8)  # filter byte + packed bits
    packer = zlib.compressobj(9)
    rows_per_block = 256
    parts = [packer.compress(row * rows_per_block) for _ in range(side // rows_per_block)]
    parts += [packer.compress(row * (side % rows_per_block)), packer.flush()]
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )
    return path


def write_photo(path: Path, width: int, height: int) -> Path:
    """A real photo-like image (a gradient with noise) in the format ``path`` names."""
    rng = np.random.default_rng(1)
    gradient = np.linspace(0, 255, width, dtype=np.float32)[None, :, None]
    image = np.clip(gradient + rng.normal(0, 8, (height, width, 3)), 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(path.suffix, image)
    assert ok, path
    path.write_bytes(data.tobytes())
    return path


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def write_camera_jpeg(path: Path, source: Path, kilobytes: int = 300) -> Path:
    """``source`` (a JPEG) with about ``kilobytes`` of EXIF, MakerNote, XMP and ICC data
    before its frame header, as cameras and editors write it."""
    data = source.read_bytes()
    assert data[:2] == b"\xff\xd8"
    block = 65_000  # a JPEG segment holds at most 65 533 bytes
    exif = b"Exif\0\0II*\0\x08\0\0\0\0\0" + b"MakerNote" * (block // 9)
    xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + b" " * block + b"</x:xmpmeta>"
    segments = [_jpeg_segment(0xE1, exif[:block]), _jpeg_segment(0xE1, xmp[:block])]
    icc_parts = max(1, kilobytes * 1024 // block - 2)
    for n in range(icc_parts):  # a large ICC profile, split over APP2 segments
        icc = b"ICC_PROFILE\0" + bytes([n + 1, icc_parts]) + bytes(block - 14)
        segments.append(_jpeg_segment(0xE2, icc))
    path.write_bytes(data[:2] + b"".join(segments) + data[2:])
    return path


def write_png_with_text(path: Path, image: np.ndarray, kilobytes: int = 300) -> Path:
    """A PNG with a large iTXt chunk (e.g. an editor's XMP) between IHDR and the pixels."""
    ok, data = cv2.imencode(".png", image)
    assert ok
    png = data.tobytes()
    ihdr_end = 8 + 25  # signature + IHDR chunk
    text = b"XML:com.adobe.xmp\0\0\0\0\0" + b"x" * (kilobytes * 1024)
    path.write_bytes(png[:ihdr_end] + _chunk(b"iTXt", text) + png[ihdr_end:])
    return path


def write_webp_with_icc(path: Path, image: np.ndarray, kilobytes: int = 300) -> Path:
    """An extended WebP (VP8X) with a large ICC profile before the image data."""
    ok, data = cv2.imencode(".webp", image)
    assert ok
    webp = data.tobytes()
    assert webp[12:16] in (b"VP8 ", b"VP8L")
    height, width = image.shape[:2]
    icc = b"\0" * (kilobytes * 1024)
    vp8x = struct.pack("<B3x", 0x20) + (width - 1).to_bytes(3, "little")
    vp8x += (height - 1).to_bytes(3, "little")
    chunks = _riff(b"VP8X", vp8x) + _riff(b"ICCP", icc) + webp[12:]
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + chunks)
    return path


def _riff(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")


def write_tiff_directory_last(path: Path, image: np.ndarray) -> Path:
    """A TIFF whose directory (with the size) follows the pixels, as libtiff writes it."""
    ok, data = cv2.imencode(".tiff", image)
    assert ok
    tiff = data.tobytes()
    assert struct.unpack("<I", tiff[4:8])[0] > 65_536, "the directory must be after 64 KB"
    path.write_bytes(tiff)
    return path
