"""Korean out of the box: the bundled Hangul font covers every Korean text, and a Korean
window has no missing glyph (QFontMetrics), with or without a system Korean font."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QFontMetrics, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facemood.gui.fonts import FONT_FILE, ensure_hangul_font, system_has_hangul
from facemood.paths import resource_path
from tests.gui.conftest import MakeWindow


def _korean_texts() -> list[str]:
    ts = resource_path("resources", "translations", "facemood_ko.ts")
    texts = [t.text or "" for t in ET.parse(ts).getroot().iter("translation")]
    return [*texts, "한국어"]  # the language's own name, written in the code


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def test_the_bundled_font_has_every_character_of_the_korean_texts(qtbot: QtBot) -> None:
    raw = QRawFont(str(resource_path(*FONT_FILE)), 12)
    assert raw.isValid() and raw.familyName() == "FaceMood Hangul"
    hangul = {ch for ch in "".join(_korean_texts()) if _is_hangul(ch)}
    assert len(hangul) > 300
    missing = sorted(ch for ch in hangul if not raw.supportsCharacter(ord(ch)))
    assert missing == [], "run resources/fonts/make_font.py"
    # Every other character too (symbols such as arrows), so a bare machine shows no box.
    others = {ch for ch in "".join(_korean_texts()) if not ch.isspace() and not _is_hangul(ch)}
    assert sorted(ch for ch in others if not raw.supportsCharacter(ord(ch))) == []
    # The 2,350 common syllables (KS X 1001) are there for titles and file names too.
    common = [
        bytes((lead, trail)).decode("euc-kr") for lead in (0xB0, 0xC8) for trail in (0xA1, 0xFE)
    ]
    assert all(raw.supportsCharacter(ord(ch)) for ch in common)
    assert Path(resource_path("resources", "fonts", "OFL.txt")).exists()


def _shown_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    out: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            out.append((widget, widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append((widget, widget.title()))
        elif isinstance(widget, QTabWidget):
            out += [(widget, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            out += [(widget, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            out.append((widget, widget.title()))
            out += [(widget, a.text()) for a in widget.actions()]
    return out


def test_a_korean_window_has_no_missing_glyph(qtbot: QtBot, make_window: MakeWindow) -> None:
    had_korean = system_has_hangul()
    registered = ensure_hangul_font()
    # On a machine without a Korean font the bundled one is registered; with one, not.
    assert (registered == "FaceMood Hangul") if not had_korean else registered is None
    assert system_has_hangul()
    window = make_window("9")  # no camera: the no-camera panel's texts show too
    window.app.set_language("ko")
    try:
        assert window.tabs.tabText(0) == "실시간"
        shown = _shown_texts(window)
    finally:
        window.app.set_language("en")  # translators are the application's, shared by tests
    missing: list[str] = []
    hangul = 0
    for widget, text in shown:
        metrics = QFontMetrics(widget.font())
        for ch in text:
            if ch.isspace() or ch == "&":
                continue
            hangul += _is_hangul(ch)
            if not metrics.inFontUcs4(ord(ch)):
                missing.append(f"{ch!r} in {type(widget).__name__}: {text}")
    assert missing == []
    assert hangul > 100, "the window shows Korean"
