"""The real window on a real X server (Xvfb) at a laptop's 1366x768, in English and
Korean: it fits the screen after a photo, and the screenshots are kept as artifacts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.gui.conftest import HAPPY

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREEN = (1366, 768)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server with a 1366x768 screen; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb xauth)")
    read_fd, write_fd = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display number when ready
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_window_fits_a_laptop_screen_after_a_photo(
    xvfb_display: str, clip: Path, facemood_home: Path, language: str
) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env["FACEMOOD_HOME"] = str(facemood_home)
    names = [f"{kind}_{language}.png" for kind in ("main_window", "library", "settings")]
    for name in names:
        (ARTIFACTS / name).unlink(missing_ok=True)
    app = [sys.executable, "-m", "tests.gui.screenshot_app"]
    run = subprocess.run(
        [*app, str(clip), str(HAPPY), str(ARTIFACTS), language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["screen"] == list(SCREEN)
    x, y, width, height = report["frame"]
    assert x >= 0 and y >= 0 and x + width <= SCREEN[0] and y + height <= SCREEN[1], report
    assert report["minimum"][0] <= 1024 and report["minimum"][1] <= 640, report
    for name in names:
        image = QImage(str(ARTIFACTS / name))
        assert (image.width(), image.height()) == SCREEN
        # Not a blank screen: many distinct colours (preview, bars, cover, text).
        colours = {
            image.pixel(px, py) for px in range(0, SCREEN[0], 16) for py in range(0, 768, 16)
        }
        assert len(colours) > 30, name
