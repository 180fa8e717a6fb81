"""Opens the real window on a clip under an X server and saves a screenshot of the screen.

Run by ``test_screenshot.py`` in a child process with ``QT_QPA_PLATFORM=xcb`` and
``DISPLAY`` set to a private Xvfb. Usage: ``python -m tests.gui.screenshot_app CLIP OUT.png``.
Exit code 0 once the mood and a track are on screen (or after the wait gave up: the
screenshot is still saved, exit code 3).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facemood.gui.main_window import MainWindow
from facemood.paths import resource_path
from facemood.settings import Settings, with_value

WAIT_MS = 25000


def main(argv: list[str]) -> int:
    """Show the window, wait for mood + track, grab the screen."""
    clip, out = argv[1], Path(argv[2])
    app = QApplication(argv[:1])
    settings = with_value(Settings(), "music.library_dir", str(resource_path("music_library")))
    settings = with_value(settings, "gui.language", "en")
    window = MainWindow(settings, source=clip, speed=2.0, aout="dummy")
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    result = {"code": 3}

    def ready() -> bool:
        return window._emotion is not None and window.now_playing.track is not None

    def grab() -> None:
        screen = window.screen()
        shot = screen.grabWindow(0)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shot.save(str(out)):
            result["code"] = 4
        window.shutdown()
        app.quit()

    def poll() -> None:
        if ready():
            result["code"] = 0
            poller.stop()
            QTimer.singleShot(600, grab)  # let the timeline and bars catch up

    poller = QTimer()
    poller.timeout.connect(poll)
    poller.start(100)
    QTimer.singleShot(WAIT_MS, grab)
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
