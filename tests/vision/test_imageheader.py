"""Image sizes from headers, checked against images OpenCV really wrote."""

from __future__ import annotations

import struct
from pathlib import Path

import cv2
import numpy as np
import pytest

from facemood.vision.imageheader import ImageHeader, read_header
from tests.helpers.images import write_camera_jpeg, write_pixel_bomb, write_tiff_directory_last


def _encoded(ext: str, width: int, height: int, *params: int) -> bytes:
    channels = () if ext == ".pgm" else (3,)  # PGM is greyscale only
    ok, data = cv2.imencode(ext, np.zeros((height, width, *channels), np.uint8), list(params))
    assert ok
    return bytes(data.tobytes())


@pytest.mark.parametrize(
    ("ext", "name", "params"),
    [
        (".png", "PNG", ()),
        (".jpg", "JPEG", ()),
        (".jpg", "JPEG", (cv2.IMWRITE_JPEG_PROGRESSIVE, 1)),
        (".webp", "WebP", (cv2.IMWRITE_WEBP_QUALITY, 80)),
        (".webp", "WebP", (cv2.IMWRITE_WEBP_QUALITY, 101)),  # lossless (VP8L)
        (".bmp", "BMP", ()),
        (".tiff", "TIFF", ()),
        (".ppm", "PNM", ()),
        (".pgm", "PNM", ()),
        (".gif", "GIF", ()),
    ],
)
def test_sizes_of_real_images(ext: str, name: str, params: tuple[int, ...]) -> None:
    for width, height in ((1, 1), (123, 45), (4001, 3)):
        assert read_header(_encoded(ext, width, height, *params)) == ImageHeader(
            name, width, height
        )


def test_jpeg_size_after_exif_and_fill_bytes() -> None:
    data = _encoded(".jpg", 640, 480)
    exif = b"\xff\xe1" + struct.pack(">H", 2 + 3000) + b"Exif\0\0" + b"\0" * 2994
    assert read_header(data[:2] + exif + b"\xff\xff" + data[2:]) == ImageHeader("JPEG", 640, 480)


def test_camera_jpeg_and_tiff_with_the_size_past_64_kb(tmp_path: Path) -> None:
    """A camera's EXIF/XMP/ICC segments, and libtiff's directory after the pixels."""
    source = tmp_path / "plain.jpg"
    source.write_bytes(_encoded(".jpg", 640, 480))
    camera = write_camera_jpeg(tmp_path / "camera.jpg", source).read_bytes()
    assert camera.index(b"\xff\xc0") > 3 * 65_536  # far past the old 64 KB header read
    assert read_header(camera) == ImageHeader("JPEG", 640, 480)
    image = np.random.default_rng(0).integers(0, 255, (200, 300, 3), dtype=np.uint8)
    tiff = write_tiff_directory_last(tmp_path / "d.tif", image).read_bytes()
    assert read_header(tiff) == ImageHeader("TIFF", 300, 200)


def test_extended_webp_and_top_down_bmp() -> None:
    vp8x = b"RIFF\0\0\0\0WEBPVP8X" + b"\x0a\0\0\0" + b"\x10\0\0\0" + (39999).to_bytes(3, "little")
    assert read_header(vp8x + (19999).to_bytes(3, "little")) == ImageHeader("WebP", 40000, 20000)
    bmp = bytearray(_encoded(".bmp", 30, 20))
    bmp[22:26] = struct.pack("<i", -20)
    assert read_header(bytes(bmp)) == ImageHeader("BMP", 30, 20)


def test_a_pixel_bomb_is_measured_without_decoding(tmp_path: Path) -> None:
    bomb = write_pixel_bomb(tmp_path / "bomb.png")
    assert bomb.stat().st_size < 2_000_000
    assert read_header(bomb.read_bytes()[:64]) == ImageHeader("PNG", 40_000, 40_000)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"just some text, not an image at all",
        b"\x89PNG\r\n\x1a\n",  # cut inside the header
        _encoded(".jpg", 8, 8)[:20],  # cut before the frame header
        b"\xff\xd8\xff\xd9",  # a JPEG that ends at once
        _encoded(".png", 8, 8)[:16] + b"\0" * 8,  # zero size
        b"RIFF\0\0\0\0WEBPVP8 " + b"\0" * 20,  # no key frame
        b"II*\0" + struct.pack("<I", 10_000),  # IFD past the end
        b"P6\n# only a comment\n",
        b"GIF89a\0\0\x10\0",  # zero width
        b"\xff\xd8" + b"\0" * 100_000,  # no marker at all after the start
    ],
)
def test_broken_or_foreign_headers_give_none(data: bytes) -> None:
    assert read_header(data) is None
