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
