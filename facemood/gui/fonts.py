"""A font with Hangul when the system has none: the bundled subset, registered at start-up.

``resources/fonts/FaceMoodHangul-Regular.ttf`` is a subset of NanumGothic (SIL OFL 1.1,
see ``resources/fonts/README.md``). Once registered with Qt's font database, Qt's font
fallback uses it for every Hangul character the widget's own font lacks, so the Korean
interface renders on a machine without CJK fonts and in the bundles.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from facemood.paths import resource_path

log = logging.getLogger("facemood.gui")

FONT_FILE = ("resources", "fonts", "FaceMoodHangul-Regular.ttf")


def system_has_hangul() -> bool:
    """Whether a font that writes Korean is known to Qt (installed or registered)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def ensure_hangul_font() -> str | None:
    """Register the bundled Hangul font unless a Korean font is already there.

    Call it after the ``QGuiApplication`` exists and before windows are built.

    Returns:
        The family registered, or None (a Korean font exists, or the file is missing).
    """
    if system_has_hangul():
        return None
    path = resource_path(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled Korean font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    log.info("no Korean font on this system; using the bundled %s", families[0])
    return families[0]
