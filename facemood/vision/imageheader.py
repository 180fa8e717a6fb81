"""An image's format and size from its header, before anything is decoded.

Decoding allocates width x height x 3 bytes (and OpenCV aborts with ``cv2.error`` past
its own limit), so a 1.5 MB PNG that claims 40000 x 40000 pixels must be refused from
its first bytes. :func:`read_header` understands the formats FaceMood opens as photos:
PNG, JPEG, WebP, BMP, TIFF, PNM (PGM/PPM) and GIF. It is given the whole file: a
camera's JPEG may carry hundreds of kilobytes of EXIF, MakerNote, XMP and ICC data
before its frame header, and a TIFF may keep its directory after the pixels.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImageHeader:
    """What a header says: the format's name and the size in pixels."""

    format: str
    width: int
    height: int

    @property
    def pixels(self) -> int:
        """``width x height``."""
        return self.width * self.height


def read_header(data: bytes) -> ImageHeader | None:
    """The format and size ``data`` (a whole file, or at least its header) announces.

    Returns:
        ``None`` when the content is none of the formats, or its header is cut short
        or makes no sense (a zero size).
    """
    for reader in (_png, _jpeg, _webp, _bmp, _tiff, _pnm, _gif):
        try:
            header = reader(data)
        except (struct.error, IndexError, ValueError):
            return None  # the right signature, a broken header
        if header is not None:
            return header if header.width > 0 and header.height > 0 else None
    return None


def _png(data: bytes) -> ImageHeader | None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    if data[12:16] != b"IHDR":
        raise ValueError("PNG without IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return ImageHeader("PNG", width, height)


# Start-of-frame markers that carry the size: SOF0-3, 5-7, 9-11, 13-15 (not DHT/JPG/DAC).
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(data: bytes) -> ImageHeader | None:
    if not data.startswith(b"\xff\xd8"):
        return None
    pos = 2
    while True:
        if data[pos] != 0xFF:  # garbage between segments: skip to the next marker
            pos = data.index(b"\xff", pos)
        while data[pos] == 0xFF:  # fill bytes
            pos += 1
        marker = data[pos]
        pos += 1
        if marker in (0x01, *range(0xD0, 0xD8)):  # stand-alone markers have no length
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            raise ValueError("JPEG without a frame header")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if marker in _JPEG_SOF:
            height, width = struct.unpack(">HH", data[pos + 3 : pos + 7])
            return ImageHeader("JPEG", width, height)
        pos += length


def _webp(data: bytes) -> ImageHeader | None:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    chunk = data[12:16]
    if chunk == b"VP8 ":  # lossy: 14-bit sizes after the key frame start code
        if data[23:26] != b"\x9d\x01\x2a":
            raise ValueError("VP8 without a key frame")
        width, height = struct.unpack("<HH", data[26:30])
        return ImageHeader("WebP", width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L":  # lossless: 14-bit sizes minus one, packed in 28 bits
        if data[20] != 0x2F:
            raise ValueError("VP8L without its signature")
        (bits,) = struct.unpack("<I", data[21:25])
        return ImageHeader("WebP", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X":  # extended: 24-bit canvas sizes minus one
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return ImageHeader("WebP", width, height)
    raise ValueError(f"WebP chunk {chunk!r}")


def _bmp(data: bytes) -> ImageHeader | None:
    if not data.startswith(b"BM"):
        return None
    (dib_size,) = struct.unpack("<I", data[14:18])
    if dib_size == 12:  # OS/2 BITMAPCOREHEADER
        width, height = struct.unpack("<HH", data[18:22])
    else:
        width, height = struct.unpack("<ii", data[18:26])
    return ImageHeader("BMP", abs(width), abs(height))  # negative height: top-down rows


_TIFF_WIDTH, _TIFF_HEIGHT = 256, 257
_TIFF_TYPES = {3: "H", 4: "I"}  # SHORT, LONG


def _tiff(data: bytes) -> ImageHeader | None:
    order = {b"II*\x00": "<", b"MM\x00*": ">"}.get(data[:4])
    if order is None:
        return None
    (ifd,) = struct.unpack(order + "I", data[4:8])
    (count,) = struct.unpack(order + "H", data[ifd : ifd + 2])
    sizes: dict[int, int] = {}
    for entry in range(ifd + 2, ifd + 2 + 12 * count, 12):
        tag, kind = struct.unpack(order + "HH", data[entry : entry + 4])
        if tag in (_TIFF_WIDTH, _TIFF_HEIGHT) and kind in _TIFF_TYPES:
            value = order + _TIFF_TYPES[kind]  # left-justified in the 4-byte value field
            (sizes[tag],) = struct.unpack(
                value, data[entry + 8 : entry + 8 + struct.calcsize(value)]
            )
    if len(sizes) != 2:
        raise ValueError("TIFF without its size")
    return ImageHeader("TIFF", sizes[_TIFF_WIDTH], sizes[_TIFF_HEIGHT])


_PNM = re.compile(rb"P[1-6](?:\s+|#[^\n]*\n)+(\d+)(?:\s+|#[^\n]*\n)+(\d+)\s")


def _pnm(data: bytes) -> ImageHeader | None:
    if data[:1] != b"P" or data[1:2] not in b"123456" or len(data) < 3:
        return None
    match = _PNM.match(data[:1024])
    if match is None:
        raise ValueError("PNM header")
    return ImageHeader("PNM", int(match.group(1)), int(match.group(2)))


def _gif(data: bytes) -> ImageHeader | None:
    if data[:6] not in (b"GIF87a", b"GIF89a"):
        return None
    width, height = struct.unpack("<HH", data[6:10])  # the logical screen
    return ImageHeader("GIF", width, height)
