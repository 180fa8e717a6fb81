"""Starts the Qt application and the main window (the ``gui`` subcommand)."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

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


def run_app(source: str | None = None, library: str | None = None, aout: str | None = None) -> int:
    """Open the window and run the event loop until it closes; returns the exit code."""
    from facemood.log import setup_logging

    setup_logging()  # before the GUI modules load: they log from import time on

    from PySide6.QtWidgets import QApplication

    from facemood import crash
    from facemood.gui.i18n import LanguageManager
    from facemood.gui.main_window import MainWindow, app_icon
    from facemood.settings import load_settings

    shorten_gil_switch()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("FaceMood")
    app.setOrganizationName("FaceMood")
    app.setWindowIcon(app_icon())
    settings, warnings = load_settings()
    languages = LanguageManager()
    languages.apply(settings.gui.language.value)
    try:
        crash.install_crash_handlers()
    except Exception:  # the app must start even if crash handling cannot be set up
        log.exception("could not install crash handlers")
    folder = str(Path(library).expanduser().absolute()) if library else None
    window = MainWindow(settings, source=source, aout=aout, library=folder, languages=languages)
    window.show()
    freeze_startup_objects()
    for warning in warnings:
        window.statusBar().showMessage(warning, 15000)
    window.offer_crash_reports()
    return int(app.exec())
