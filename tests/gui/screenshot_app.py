"""Opens the real window under an X server, as a user would, and saves screenshots.

Run by ``test_screenshot.py`` in a child process with ``QT_QPA_PLATFORM=xcb`` and
``DISPLAY`` set to a private Xvfb. Usage::

    python -m tests.gui.screenshot_app CLIP PHOTO OUT_DIR LANGUAGE

The window starts at its default size on the clip; once a mood and a track are on
screen it opens the photo (as Shift+C or a drop would), then saves
``main_window_<lang>.png`` (with the photo), ``library_<lang>.png`` and
``settings_<lang>.png`` (the Music tab) in OUT_DIR, and prints one JSON line: the
screen's size, the window's frame and minimum size after the photo. Exit code 0 when
everything was on screen in time, 3 when a wait gave up (the shots are still saved).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facemood.gui.app import prepare_app
from facemood.gui.application import FaceMoodApp
from facemood.paths import resource_path
from facemood.settings import Settings, with_value

WAIT_MS = 30000


def main(argv: list[str]) -> int:
    """Show the window, wait for mood + track, open the photo, grab the screen."""
    clip, photo, out, language = argv[1], argv[2], Path(argv[3]), argv[4]
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    languages = prepare_app(app, language)
    settings = with_value(Settings(), "music.library_dir", str(resource_path("music_library")))
    settings = with_value(settings, "gui.language", language)
    window = FaceMoodApp(settings, source=clip, speed=2.0, aout="dummy", languages=languages).window
    window.show()
    result: dict[str, object] = {"code": 0}

    def shot(name: str) -> None:
        screen = window.screen()
        if not screen.grabWindow(0).save(str(out / f"{name}_{language}.png")):
            result["code"] = 4

    def wait_for(ready: Callable[[], bool], then: Callable[[], None], waited: int = 0) -> None:
        if ready() or waited >= WAIT_MS:
            if waited >= WAIT_MS:
                result["code"] = 3
            QTimer.singleShot(800, then)  # let the bars, the timeline and the cover settle
        else:
            QTimer.singleShot(100, lambda: wait_for(ready, then, waited + 100))

    def open_photo() -> None:
        window.open_path(photo)
        wait_for(
            lambda: window.live.preview.faces != () and window.player.state.track is not None,
            photo_shot,
        )

    def photo_shot() -> None:
        shot("main_window")
        frame = window.frameGeometry()
        minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
        area = window.screen().geometry()
        result["screen"] = [area.width(), area.height()]
        result["frame"] = [frame.x(), frame.y(), frame.width(), frame.height()]
        result["minimum"] = [minimum.width(), minimum.height()]
        window.tabs.setCurrentIndex(1)
        QTimer.singleShot(500, library_shot)

    def library_shot() -> None:
        shot("library")
        window.tabs.setCurrentIndex(0)
        window.open_settings("music")
        QTimer.singleShot(800, settings_shot)

    def settings_shot() -> None:
        shot("settings")
        print(json.dumps(result), flush=True)
        window.app.shutdown()
        app.quit()

    wait_for(
        lambda: window.player.state.emotion is not None and window.player.state.track is not None,
        open_photo,
    )
    app.exec()
    return int(str(result["code"]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
