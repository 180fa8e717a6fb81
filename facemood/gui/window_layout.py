"""The window's remembered layout: its size and place, and its two splitters.

Restored from the ``window`` settings section at start (or a default that fits the
screen), and read back into a settings snapshot at shutdown.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMainWindow

from facemood.gui.live_view import LiveView
from facemood.paths import resource_path
from facemood.settings import Settings, WindowState, with_value

DEFAULT_SIZE = (1280, 800)
SCREEN_MARGIN = 48
"""Room left around the default size on a smaller screen (panels, window frame)."""


def app_icon() -> QIcon:
    """The FaceMood icon (all committed sizes)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = resource_path("resources", "icons", f"facemood-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def restore_layout(
    window: QMainWindow, live: LiveView, side_panel: QAction, remembered: WindowState
) -> None:
    """The remembered size and splitters, or a default that fits the screen."""
    restored = bool(remembered.geometry) and window.restoreGeometry(
        QByteArray.fromBase64(remembered.geometry.encode("ascii"))
    )
    if not restored:
        screen = window.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        width = min(DEFAULT_SIZE[0], area.width() - SCREEN_MARGIN)
        height = min(DEFAULT_SIZE[1], area.height() - SCREEN_MARGIN)
        minimum = window.minimumSizeHint()
        window.resize(max(width, minimum.width()), max(height, minimum.height()))
        frame = window.frameGeometry()
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
    if remembered.main_split:
        live.setSizes(list(remembered.main_split))
    if remembered.view_split:
        live.view_split.setSizes(list(remembered.view_split))
    folded = bool(remembered.main_split) and remembered.main_split[1] == 0
    side_panel.setChecked(not folded)


def layout_settings(window: QMainWindow, live: LiveView, settings: Settings) -> Settings:
    """``settings`` with the window's present size and splitters."""
    new = with_value(settings, "window.geometry", window.saveGeometry().toBase64().toStdString())
    new = with_value(new, "window.main_split", live.sizes())
    return with_value(new, "window.view_split", live.view_split.sizes())
