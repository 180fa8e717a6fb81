"""scripts/project_checks.py (run by ``make lint``) passes on the tree and fails on a
planted breach of each layer rule."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CHECK = [sys.executable, str(REPO / "scripts" / "project_checks.py")]


def _plant(root: Path, relative: str, text: str) -> None:
    for folder in ("core", "vision", "library", "playback", "audio", "app", "gui"):
        (root / "facemood" / folder).mkdir(parents=True, exist_ok=True)
    (root / "facemood" / relative).write_text(text, encoding="utf-8")


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CHECK, str(root)], capture_output=True, text=True, check=False)


def test_the_tree_keeps_its_layers() -> None:
    done = subprocess.run(CHECK, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(
    ("relative", "text", "named"),
    [
        ("core/probe.py", "from facemood import settings\n", "facemood.settings"),
        ("vision/probe.py", "import facemood.settings.schema\n", "facemood.settings.schema"),
        ("library/probe.py", "from facemood.app.compose import library_folder\n", "facemood.app"),
        ("library/probe.py", "from facemood.cli import command\n", "facemood.cli"),
        ("playback/probe.py", "from PySide6.QtCore import QObject\n", "PySide6.QtCore"),
        ("audio/probe.py", "def f():\n    import facemood.gui.app\n", "facemood.gui.app"),
        ("core/probe.py", "from ..bridge import music\n", "facemood.bridge"),
        ("vision/probe.py", "from facemood.headless import runner\n", "facemood.headless"),
        ("audio/probe.py", "from facemood.library.index import LibraryIndex\n", "facemood.library"),
    ],
)
def test_an_upward_import_fails(tmp_path: Path, relative: str, text: str, named: str) -> None:
    _plant(tmp_path, relative, text)
    _plant(tmp_path, "app/fine.py", "import facemood.settings\nfrom facemood.gui import app\n")
    _plant(tmp_path, "library/fine.py", "from facemood.audio import store\n")
    done = _check(tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(f"facemood/{relative}:")
    assert f"imports {named}" in done.stderr
    assert "fine.py" not in done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "def f(p):\n    return open(p).read()\n",
        "def f(p):\n    p.write_text('x')\n",
        "def f(p):\n    p.parent.mkdir()\n",
        "from facemood.files import atomic_write_text\n",
        "import tempfile\n",
    ],
)
def test_file_io_in_core_fails(tmp_path: Path, text: str) -> None:
    _plant(tmp_path, "core/probe.py", text)
    _plant(tmp_path, "vision/fine.py", text)  # only core is kept free of files
    done = _check(tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("facemood/core/probe.py:")
    assert "core does no file I/O" in done.stderr
    assert "fine.py" not in done.stderr


def test_a_sleep_in_a_test_file_fails(tmp_path: Path) -> None:
    # Planted text, spelled in two parts so that a search of this file finds no sleep.
    sleep = "import time\ntime" + ".sleep(1)\n"
    _plant(tmp_path, "core/fine.py", "import time\n")
    (tmp_path / "tests" / "gui").mkdir(parents=True)
    (tmp_path / "tests" / "gui" / "test_probe.py").write_text(sleep)
    (tmp_path / "tests" / "gui" / "helper.py").write_text(sleep)
    done = _check(tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("tests/gui/test_probe.py:2: time.sleep in a test")
    assert "helper.py" not in done.stderr
