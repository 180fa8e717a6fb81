"""Draws the FaceMood app icon with QPainter and writes PNG sizes, ICO and ICNS.

Run from the repository root: ``python resources/icons/make_icon.py``. The outputs are
committed, so nothing here runs at app start.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: TID251 - a build script, not core code
from PySide6.QtGui import (  # noqa: TID251
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def draw_icon(size: int) -> QImage:
    """The icon at ``size`` pixels: a smiling face whose mouth is a music note's beam."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 100.0
    # Rounded-square background with a warm-to-cool gradient.
    grad = QLinearGradient(0, 0, size, size)
    grad.setColorAt(0.0, QColor("#ff9a56"))
    grad.setColorAt(1.0, QColor("#7b5cff"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(QRectF(4 * s, 4 * s, 92 * s, 92 * s), 22 * s, 22 * s)
    # Face.
    p.setBrush(QColor("#fff4d6"))
    p.drawEllipse(QPointF(46 * s, 52 * s), 32 * s, 32 * s)
    # Eyes.
    p.setBrush(QColor("#3a2a5c"))
    p.drawEllipse(QPointF(35 * s, 45 * s), 4.5 * s, 5.5 * s)
    p.drawEllipse(QPointF(57 * s, 45 * s), 4.5 * s, 5.5 * s)
    # Smile.
    pen = QPen(QColor("#3a2a5c"), max(1.0, 4.5 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    smile = QPainterPath(QPointF(31 * s, 62 * s))
    smile.quadTo(QPointF(46 * s, 76 * s), QPointF(61 * s, 62 * s))
    p.drawPath(smile)
    # Music note at the top right.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(80 * s, 34 * s), 7 * s, 5.5 * s)
    p.drawRect(QRectF(84.5 * s, 10 * s, 3 * s, 24 * s))
    p.drawRect(QRectF(84.5 * s, 10 * s, 10 * s, 4 * s))
    p.end()
    return image


def main() -> int:
    """Write ``facemood-<size>.png``, ``facemood.png``, ``facemood.ico`` and ``facemood.icns``."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    del app
    for size in SIZES:
        draw_icon(size).save(str(HERE / f"facemood-{size}.png"))
    draw_icon(256).save(str(HERE / "facemood.png"))
    # Qt writes ICO and ICNS only where the imageformats plugin is present; say so otherwise.
    for name in ("facemood.ico", "facemood.icns"):
        if not draw_icon(256).save(str(HERE / name)):  # the suffix picks the writer
            print(f"skipped {name}: this Qt has no writer for it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
