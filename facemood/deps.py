"""Early dependency checks that explain problems in plain words.

Each check returns a :class:`DependencyStatus` instead of raising, so the app can
start in a reduced mode: without libVLC it runs without playback, without a camera it
offers a video or photo instead. ``message`` is one short line for the UI, ``detail``
says how to fix it on this operating system.
"""

from __future__ import annotations

import contextlib
import glob
import importlib
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from facemood import paths
from facemood.log import get_logger

_log = get_logger("deps")

MODEL_PARTS = ("models", "emotion.tflite")
"""Where the exported emotion model lives, relative to the app root."""

NO_CAMERA_MESSAGE = "No camera found — open a video or photo instead"


class DepState(Enum):
    """Outcome of a check."""

    OK = "ok"
    MISSING = "missing"
    BROKEN = "broken"
    UNKNOWN = "unknown"
    """Not checked (too slow or not possible here); assume it may work."""


@dataclass(frozen=True)
class DependencyStatus:
    """The result of one dependency check."""

    name: str
    state: DepState
    message: str
    """One line for a status bar or dialog title."""
    detail: str = ""
    """What went wrong and how to fix it."""

    @property
    def ok(self) -> bool:
        """True when the dependency is usable."""
        return self.state is DepState.OK


VLC_INSTALL_HINTS = {
    "linux": (
        "Install libVLC and its audio plugins. On Debian/Ubuntu:\n"
        "    sudo apt-get install --no-install-recommends libvlc5 vlc-plugin-base libvlc-bin\n"
        "On Fedora: sudo dnf install vlc (RPM Fusion); on Arch: sudo pacman -S vlc."
    ),
    "darwin": (
        "Install VLC.app from https://www.videolan.org/vlc/ into /Applications, "
        "or run: brew install --cask vlc"
    ),
    "win32": (
        "Install VLC from https://www.videolan.org/vlc/ — the 64-bit version for a 64-bit "
        "Python (the 32-bit one for a 32-bit Python); VLC and Python must match."
    ),
}


def vlc_install_hint(platform: str | None = None) -> str:
    """How to install libVLC on ``platform`` (a ``sys.platform`` value; default: this one)."""
    platform = sys.platform if platform is None else platform
    for prefix, hint in VLC_INSTALL_HINTS.items():
        if platform.startswith(prefix):
            return hint
    return VLC_INSTALL_HINTS["linux"]


def check_vlc() -> DependencyStatus:
    """Can libVLC be loaded and started? Playback is switched off when not.

    ``import vlc`` itself loads libVLC and fails in several ways when it is missing
    (ImportError, OSError, NotImplementedError, even ``sys.exit``); ``vlc.Instance()``
    returns ``None`` when VLC's plugins are missing.
    """
    hint = vlc_install_hint()
    try:
        vlc: Any = importlib.import_module("vlc")
    except ImportError as exc:
        missing_binding = getattr(exc, "name", None) == "vlc"
        what = "python-vlc is not installed" if missing_binding else f"import failed: {exc}"
        fix = "Reinstall FaceMood (pip install -e .)." if missing_binding else hint
        return _vlc_missing(f"{what}.\n{fix}")
    except (Exception, SystemExit) as exc:  # python-vlc calls sys.exit() on some paths
        return _vlc_missing(f"libVLC could not be loaded ({exc!r}).\n{hint}")
    try:
        instance = vlc.Instance("--quiet", "--no-video")
    except Exception as exc:
        return _vlc_broken(f"libVLC failed to start ({exc!r}).\n{hint}")
    if instance is None:
        return _vlc_broken(
            "libVLC was found but could not start, usually because VLC's plugins are "
            f"missing.\n{hint}"
        )
    with contextlib.suppress(Exception):
        instance.release()
    version = "?"
    with contextlib.suppress(Exception):
        raw = vlc.libvlc_get_version()
        version = raw.decode() if isinstance(raw, bytes) else str(raw)
    return DependencyStatus("vlc", DepState.OK, f"libVLC {version}")


def _vlc_missing(detail: str) -> DependencyStatus:
    status = DependencyStatus(
        "vlc", DepState.MISSING, "VLC is not installed — music playback is off", detail
    )
    _log.warning("%s: %s", status.message, detail)
    return status


def _vlc_broken(detail: str) -> DependencyStatus:
    status = DependencyStatus(
        "vlc", DepState.BROKEN, "VLC could not start — music playback is off", detail
    )
    _log.warning("%s: %s", status.message, detail)
    return status


def check_camera(index: int = 0, *, open_device: bool = False) -> DependencyStatus:
    """Is there a camera?

    Opening a camera with OpenCV can take seconds, so by default this only looks for
    device nodes on Linux (``/dev/video*``) and answers ``UNKNOWN`` elsewhere.

    Args:
        index: the camera index from the settings.
        open_device: actually open the camera with OpenCV (slow; for the self-test).
    """
    if open_device:
        return _open_camera(index)
    if sys.platform.startswith("linux"):
        if glob.glob("/dev/video*"):
            return DependencyStatus("camera", DepState.OK, "A camera is connected")
        return _no_camera("No video device (/dev/video*) exists.")
    return DependencyStatus("camera", DepState.UNKNOWN, "Camera not checked yet")


def _open_camera(index: int) -> DependencyStatus:
    try:
        import cv2
    except ImportError as exc:
        return DependencyStatus(
            "camera", DepState.BROKEN, "OpenCV is not installed", f"{exc}. Reinstall FaceMood."
        )
    capture = cv2.VideoCapture(index)
    try:
        if capture.isOpened():
            return DependencyStatus("camera", DepState.OK, f"Camera {index} works")
    finally:
        capture.release()
    return _no_camera(f"Camera {index} could not be opened (missing, busy, or not allowed).")


def _no_camera(detail: str) -> DependencyStatus:
    hint = (
        " On macOS, allow camera access for your terminal or FaceMood in System Settings → "
        "Privacy & Security → Camera."
        if sys.platform == "darwin"
        else ""
    )
    return DependencyStatus("camera", DepState.MISSING, NO_CAMERA_MESSAGE, detail + hint)


def check_model(path: Path | None = None) -> DependencyStatus:
    """Is the exported emotion model (``models/emotion.tflite``) there?"""
    path = paths.resource_path(*MODEL_PARTS) if path is None else path
    try:
        size = path.stat().st_size
    except OSError:
        return DependencyStatus(
            "model",
            DepState.MISSING,
            "The emotion model is missing",
            f"Expected {path}. Reinstall FaceMood, or train and export a model "
            "(facemood train, then facemood export).",
        )
    if size == 0:
        return DependencyStatus(
            "model", DepState.BROKEN, "The emotion model file is empty", f"{path} has 0 bytes."
        )
    return DependencyStatus("model", DepState.OK, f"Emotion model found ({size // 1024} KiB)")
