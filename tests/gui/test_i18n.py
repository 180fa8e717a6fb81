"""Translations: compiled files load, every UI string has Korean, the language resolves."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from facemood.gui.i18n import LANGUAGES, resolve_language, system_language
from facemood.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("resources", "translations")


def _build_module() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_translations", TRANSLATIONS / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_language_setting_resolves() -> None:
    assert resolve_language("ko") == "ko"
    assert resolve_language("en") == "en"
    assert resolve_language("") == system_language() in LANGUAGES


def test_compiled_korean_translation_loads(qtbot: QtBot) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "facemood_ko.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Live") == "실시간"
        assert QCoreApplication.translate("Message", "You look surprised") == "놀란 것 같아요"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Live") == "Live"


def test_every_ui_string_has_a_korean_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    files = [
        *(ROOT / "facemood" / "gui").glob("*.py"),
        ROOT / "facemood" / "settings" / "schema.py",
    ]
    sources = sorted(str(p) for p in files)
    ts = tmp_path / "check.ts"
    subprocess.run([tool, *sources, "-ts", str(ts)], check=True, capture_output=True)
    build = _build_module()
    ko: dict[str, str] = build.KO  # type: ignore[attr-defined]
    by_context: dict[tuple[str, str], str] = build.KO_BY_CONTEXT  # type: ignore[attr-defined]
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if source not in ko and (name, source) not in by_context:
                missing.append(f"{name}: {source}")
    assert missing == [], "add these to resources/translations/build_translations.py"


def test_qt_dialogs_follow_the_language(qtbot: QtBot) -> None:
    from facemood.gui.i18n import LanguageManager

    languages = LanguageManager()
    try:
        assert languages.apply("ko") == "ko"
        # Qt's own file dialog and buttons, from Qt's qtbase_ko.qm.
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "다음에서 찾기:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    finally:
        languages.apply("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
