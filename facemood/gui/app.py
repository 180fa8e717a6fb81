"""Starts the Qt application and the app object, which creates the window (the ``gui``
subcommand)."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Qt loads after logging is set up (run_app)
    from PySide6.QtWidgets import QApplication

    from facemood.gui.i18n import LanguageManager

from PySide6.QtCore import QCoreApplication, QTimer

log = logging.getLogger("facemood.gui")


GIL_SWITCH_S = 0.001
"""How long a thread may hold the GIL while another waits (Python's default: 5 ms)."""


def shorten_gil_switch() -> None:
    """Let the GUI thread get the GIL sooner from the capture and scan threads.

    With the default 5 ms interval the window stalled 66-89 ms at worst (p99 11-17 ms) in
    ``benchmarks/gui_stall.py`` on a busy 2-core machine; with 1 ms, 27-56 ms (p99 7-14 ms).
    """
    sys.setswitchinterval(GIL_SWITCH_S)


def freeze_startup_objects() -> None:
    """Keep Python's full garbage collections short once the window is built.

    A full (generation 2) collection walks every tracked object, with the GIL held, so
    it stops the GUI thread too: with Qt, pyqtgraph and numpy loaded that took 40-60 ms
    here, enough to stutter the preview. Objects alive after start-up live until exit,
    so ``gc.freeze()`` moves them out of the collector's view.
    """
    gc.collect()
    gc.freeze()


def display_problem() -> str | None:
    """Why no window can open here (Linux without X11 or Wayland), or None.

    Qt would abort with a core dump and a misleading hint about missing libraries.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display here (no DISPLAY or WAYLAND_DISPLAY: a server, or SSH without "
        "X forwarding). Run without a window instead: facemood run --headless --source 0 "
        "(a camera index, a video or a photo folder)."
    )


def unwritable_home() -> str | None:
    """A notice when FaceMood's own folders cannot be written (read-only media), or None."""
    from facemood import paths

    for folder in (paths.config_dir(create=False), paths.data_dir(create=False)):
        probe = folder
        while not probe.exists() and probe != probe.parent:
            probe = probe.parent
        if not os.access(probe, os.W_OK):
            return (
                f"FaceMood's folder {probe} is read-only: it runs, but settings, likes and the "
                "library index are not saved this time."
            )
    return None


def quit_on_sigint(app: QCoreApplication) -> QTimer:
    """Ctrl+C in the terminal closes the window like Quit (instead of a traceback).

    Python only handles signals while it runs Python code, so a timer wakes it now and
    then; the returned timer must be kept alive.
    """
    # Posted, not called: a quit() before the event loop runs would be lost.
    signal.signal(signal.SIGINT, lambda *_args: QTimer.singleShot(0, app.quit))
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def prepare_app(app: QApplication, language: str) -> LanguageManager:
    """Name, icon, a Korean font if the system has none, and the UI language; before
    any window is built (the window tests and screenshots use it too)."""
    import cv2

    from facemood.gui.fonts import ensure_hangul_font
    from facemood.gui.i18n import LanguageManager
    from facemood.gui.window_layout import app_icon

    # One OpenCV thread: the capture thread's frames are small and come at the source's
    # pace, and a pool woken for each resize cost 1.7 % of a core more in
    # benchmarks/gui_cpu.py for no visible gain.
    cv2.setNumThreads(1)
    app.setApplicationName("FaceMood")
    app.setOrganizationName("FaceMood")
    app.setDesktopFileName("facemood")  # MPRIS and the desktop match the app by it
    app.setWindowIcon(app_icon())
    ensure_hangul_font()
    languages = LanguageManager()
    languages.apply(language)
    return languages


def run_app(source: str | None = None, library: str | None = None, aout: str | None = None) -> int:
    """Open the window and run the event loop until it closes; returns the exit code."""
    problem = display_problem()
    if problem is not None:
        print(f"facemood: {problem}", file=sys.stderr)
        return 1

    from facemood.log import setup_logging

    setup_logging()  # before the GUI modules load: they log from import time on

    from PySide6.QtWidgets import QApplication

    from facemood import crash
    from facemood.app import compose
    from facemood.gui.about import offer_crash_reports
    from facemood.gui.application import FaceMoodApp

    shorten_gil_switch()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    sigint = quit_on_sigint(app)
    warnings: list[str] = []  # shown as notices once the window is up
    settings = compose.user_settings(warnings.append)
    home = unwritable_home()
    languages = prepare_app(app, settings.gui.language.value)
    try:
        crash.install_crash_handlers()
    except Exception:  # the app must start even if crash handling cannot be set up
        log.exception("could not install crash handlers")
    folder = str(Path(library).expanduser().absolute()) if library else None
    facemood = FaceMoodApp(settings, source=source, aout=aout, library=folder, languages=languages)
    window = facemood.window
    try:
        window.show()
        freeze_startup_objects()
        for notice in [*warnings, *([home] if home else [])]:
            window.add_notice(notice)
        try:
            offer_crash_reports(window)
        except Exception:  # nothing offered at start-up may take the app down
            log.exception("could not offer the crash reports")
        code = int(app.exec())
        sigint.stop()
        return code
    finally:
        facemood.shutdown()  # joins the worker threads even when something above failed
