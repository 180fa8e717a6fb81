"""The frozen app's smoke test: build.spec → PyInstaller → ``FaceMood self-test``.

Building takes minutes, so this runs only when asked:

* ``FACEMOOD_BUNDLE_TEST=1`` builds the bundle into a temporary folder and self-tests it;
* ``FACEMOOD_BUNDLE=dist/FaceMood`` self-tests a bundle that is already built.

``make bundle`` does the same build and self-test; CI runs one of them (docs/packaging.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MUST_PASS = {"model", "samples", "library", "audio", "qt"}
"""Checks that need nothing outside the bundle; playback needs a VLC on the machine."""


def _executable(bundle: Path) -> Path:
    if sys.platform.startswith("win"):
        return bundle / "facemood-cli.exe"
    if sys.platform == "darwin" and bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "FaceMood"
    return bundle / "FaceMood"


def _build(tmp_path: Path) -> Path:
    pytest.importorskip("PyInstaller")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    return tmp_path / "dist" / "FaceMood"


@pytest.mark.slow
@pytest.mark.timeout(2400)
def test_frozen_bundle_passes_its_self_test(tmp_path: Path) -> None:
    if os.environ.get("FACEMOOD_BUNDLE"):
        bundle = Path(os.environ["FACEMOOD_BUNDLE"])
    elif os.environ.get("FACEMOOD_BUNDLE_TEST") == "1":
        bundle = _build(tmp_path)
    else:
        pytest.skip("set FACEMOOD_BUNDLE_TEST=1 (build) or FACEMOOD_BUNDLE=<dir> to run")
    done = subprocess.run(
        [str(_executable(bundle)), "self-test", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, FACEMOOD_HOME=str(tmp_path / "home")),
    )
    report = json.loads(done.stdout)
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    assert report["facts"]["frozen"] is True
    assert {name for name, status in statuses.items() if status == "passed"} >= MUST_PASS, (
        json.dumps(report, indent=2)
    )
    assert done.returncode == 0 and report["ok"], json.dumps(report, indent=2)
