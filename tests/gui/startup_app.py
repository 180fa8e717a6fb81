"""Starts the real app (``run_app``) in a child process for start-up tests.

Usage: ``python -m tests.gui.startup_app SECONDS`` closes the window after SECONDS
(0: stays open until Ctrl+C). Prints ``window shown`` once the window is up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

import facemood.gui.main_window as main_window
from facemood.gui.app import run_app


def main(argv: list[str]) -> int:
    """Run the app on a camera that is not there, closing it after ``argv[1]`` seconds."""
    seconds = float(argv[1])
    show = main_window.MainWindow.show

    def shown(self: main_window.MainWindow) -> None:
        show(self)
        print("window shown", flush=True)
        if seconds:
            QTimer.singleShot(int(seconds * 1000), self.close)

    main_window.MainWindow.show = shown  # type: ignore[method-assign]
    return run_app(source="9", aout="dummy")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
