"""Small look-and-feel helpers shared by the widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading_label(object_name: str, scale: float) -> QLabel:
    """A bold label ``scale`` times the normal size (a mood word, a panel's title)."""
    label = QLabel()
    label.setObjectName(object_name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
