"""Qt's ICU data swapped for an empty ICU data library (bundle_rules.empty_icu_data)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ICU_DEST = "PySide6/Qt/lib/libicudata.so.73"


def test_only_the_icu_data_library_is_replaced(rules: ModuleType, tmp_path: Path) -> None:
    big = tmp_path / "libicudata.so.73"
    big.write_bytes(b"\0" * 10_000)
    other = tmp_path / "libicuuc.so.73"
    other.write_bytes(b"\0" * 100)
    toc = [
        (ICU_DEST, str(big), "BINARY"),
        ("libicudata.so.73", ICU_DEST, "SYMLINK"),
        ("PySide6/Qt/lib/libicuuc.so.73", str(other), "BINARY"),
    ]
    built: list[tuple[str, str]] = []

    def fake_compile(source: Path, lib: Path, soname: str) -> bool:
        assert "icudt73_dat" in source.read_text()
        built.append((lib.name, soname))
        lib.write_bytes(b"\0" * 1_000)
        return True

    result, count, saved = rules.empty_icu_data(toc, tmp_path / "out", fake_compile)
    assert built == [("libicudata.so.73", "libicudata.so.73")]
    assert (count, saved) == (1, 9_000)
    assert result[0] == (ICU_DEST, str(tmp_path / "out" / "libicudata.so.73"), "BINARY")
    assert result[1:] == toc[1:]


def test_a_failed_compile_keeps_the_original(rules: ModuleType, tmp_path: Path) -> None:
    lib = tmp_path / "libicudata.so.73"
    lib.write_bytes(b"\0" * 10)
    toc = [(ICU_DEST, str(lib), "BINARY")]
    result, count, saved = rules.empty_icu_data(toc, tmp_path / "out", lambda *_: False)
    assert (result, count, saved) == (toc, 0, 0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 ships ICU on Linux")
@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler")
def test_qt_runs_the_gui_with_the_empty_icu_data(rules: ModuleType, tmp_path: Path) -> None:
    """The real thing: Qt's widgets, locale formatting and text with the replacement loaded."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    qt_lib = Path(spec.origin).parent / "Qt" / "lib"
    data = next(qt_lib.glob("libicudata.so.*"))
    toc = [(f"PySide6/Qt/lib/{data.name}", str(data), "BINARY")]
    result, count, saved = rules.empty_icu_data(toc, tmp_path, rules.compile_shared_lib)
    assert count == 1 and saved > 20 * 2**20
    script = """
import sys
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
maps = [line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line]
assert maps and all(m.startswith(sys.argv[1]) for m in maps), maps
label = QLabel("행복 · Glück · café")
label.adjustSize()
assert label.width() > 0
assert QLocale("de_DE").toString(1234.5, "f", 1) == "1.234,5"
assert QLocale("ko_KR").toString(1234) == "1,234"
assert QLocale("tr_TR").toUpper("i") == "İ"
print("ok")
"""
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert Path(result[0][1]).parent == tmp_path
