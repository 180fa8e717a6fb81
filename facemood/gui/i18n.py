"""UI language: Qt translators from ``resources/translations``, switchable at run time.

Installing a translator makes Qt send a ``LanguageChange`` event to every widget; the
window's ``changeEvent`` then re-sets its texts (``retranslate``), the same pattern as
``retranslateUi`` in Designer-generated code.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facemood.paths import resource_path

log = logging.getLogger("facemood.gui")

LANGUAGES: tuple[str, ...] = ("en", "ko")
"""Languages with a translation (English is the source language)."""


def system_language() -> str:
    """``"ko"`` when the system locale is Korean, else ``"en"``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def resolve_language(setting: str) -> str:
    """The language to use for the ``gui.language`` setting ("" = the system's)."""
    return setting if setting in LANGUAGES else system_language()


class LanguageManager:
    """Keeps the app's translators; :meth:`apply` switches language."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        """Install translators for ``language`` ("" = system) and return the language used."""
        app = QCoreApplication.instance()
        lang = resolve_language(language)
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators = []
        if lang != "en" and app is not None:
            ours = QTranslator(app)
            qm = resource_path("resources", "translations", f"facemood_{lang}.qm")
            if ours.load(str(qm)):
                QCoreApplication.installTranslator(ours)
                self._translators.append(ours)
            else:
                log.warning("no translation file %s", qm)
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_dir):
                QCoreApplication.installTranslator(qt)
                self._translators.append(qt)
        self.language = lang
        return lang
