"""The ``facemood`` command: ``--version`` and ``--help`` from the installed venv."""

from __future__ import annotations

import os
import subprocess
import sys

import facemood


def _facemood(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facemood", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


def test_version() -> None:
    result = _facemood("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"facemood {facemood.__version__}"


def test_help_lists_options() -> None:
    result = _facemood("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: facemood")
    assert "--self-test" in result.stdout
    assert "--version" in result.stdout


def test_help_does_not_import_tensorflow() -> None:
    """Subcommand modules keep heavy imports inside their functions (start-up time)."""
    code = (
        "import sys\nfrom facemood import cli\ncli.build_parser()\n"
        "print(sorted(m for m in ('tensorflow', 'keras') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
