"""A screenshot of the real window on a real X server (Xvfb), kept as a test artifact."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
ARTIFACT = ROOT / "test-artifacts" / "main_window.png"


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb xauth)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
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


def test_screenshot_of_the_real_window(xvfb_display: str, clip: Path, facemood_home: Path) -> None:
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env["FACEMOOD_HOME"] = str(facemood_home)
    ARTIFACT.unlink(missing_ok=True)
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.screenshot_app", str(clip), str(ARTIFACT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    image = QImage(str(ARTIFACT))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank screen: many distinct colours (preview, bars, cover art).
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 50
