"""Fixtures for window tests: a short face clip, settings in the test's home, a window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facemood.gui.application import FaceMoodApp
from facemood.gui.main_window import MainWindow
from facemood.paths import resource_path
from facemood.settings import Settings, with_value
from tests.helpers.clips import FACES_DIR, Segment, write_clip

NEUTRAL = FACES_DIR / "london_004_neutral.jpg"
HAPPY = FACES_DIR / "london_004_happy.jpg"
SPEED = 4.0
"""Videos play this many times faster than real time in tests (the mood follows the
clip's own timestamps, so only the wall time changes)."""


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Neutral for 3 s, then a clear smile for 4 s (10 fps, camera-like jitter)."""
    path = tmp_path_factory.mktemp("clips") / "neutral_then_happy.avi"
    segments = [Segment(NEUTRAL, 3.0, "neutral"), Segment(HAPPY, 4.0, "happy")]
    write_clip(path, segments, fps=10.0)
    return path


@pytest.fixture
def demo_library() -> Path:
    """The bundled demo library."""
    path = resource_path("music_library")
    assert any(path.rglob("*.ogg")) or any(path.rglob("*.mp3")) or any(path.rglob("*.flac"))
    return path


@pytest.fixture
def settings(tmp_path: Path, demo_library: Path) -> Settings:
    """Default settings with the demo library and a capture folder in the test's tmp dir."""
    s = with_value(Settings(), "music.library_dir", str(demo_library))
    s = with_value(s, "gui.capture_dir", str(tmp_path / "captures"))
    return with_value(s, "gui.language", "en")


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> MakeWindow:
    """Builds a window on a source (with VLC's ``aout``, and ``changed`` settings instead
    of the fixture's); pytest-qt closes it (joining its threads) afterwards."""

    def make(
        source: str,
        speed: float = SPEED,
        *,
        aout: str = "dummy",
        changed: Settings | None = None,
    ) -> MainWindow:
        window = FaceMoodApp(changed or settings, source=source, speed=speed, aout=aout).window
        qtbot.addWidget(window, before_close_func=lambda w: w.app.shutdown())
        window.show()
        return window

    return make


def press_shift_c(window: QWidget) -> None:
    """Shift down, C, Shift up, through the window system as a keyboard would (so Qt's
    shortcut map sees them and the Shift state is released again)."""
    handle = window.windowHandle()
    assert handle is not None
    shift = Qt.KeyboardModifier.ShiftModifier
    QTest.keyPress(handle, Qt.Key.Key_Shift, shift)
    QTest.keyClick(handle, Qt.Key.Key_C, shift)
    QTest.keyRelease(handle, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def active_with_a_frame(qtbot: QtBot, window: QWidget, frame_analysed: object) -> None:
    """Wait for the first analysed frame, then make ``window`` the active one (keys go
    to the active window)."""
    with qtbot.waitSignal(frame_analysed, timeout=20000):
        pass
    with qtbot.waitActive(window):
        window.activateWindow()
