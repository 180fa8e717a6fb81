"""Where FaceMood keeps its files.

Two kinds of place:

* **User dirs** (config, cache, logs, data, pictures) come from platformdirs under the
  app name ``FaceMood``. A *base dir* moves every one of them under one folder: set
  the ``FACEMOOD_HOME`` environment variable or call :func:`set_base_dir`. Tests use
  it so they never touch the real user dirs; it is also the portable mode (a USB stick).
* **Resources** shipped with the app (``resources/``, ``models/``, ``music_library/``)
  are found by :func:`resource_path`, both in a source checkout and in a PyInstaller
  bundle.

Functions return paths; the ``*_dir`` functions for the app's own dirs create them on
request (``create=True``, the default), the user's pictures dir is never created here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FaceMood"
"""The app name used for the user dirs."""

ENV_HOME = "FACEMOOD_HOME"
"""Environment variable that moves every user dir under one folder."""

RESOURCE_DIRS = ("resources", "models", "music_library")
"""Top-level folders shipped with the app that :func:`resource_path` can find."""

_base_dir_override: Path | None = None


def set_base_dir(path: str | os.PathLike[str] | None) -> None:
    """Move every user dir under ``path`` (``None`` goes back to ``FACEMOOD_HOME``/platform dirs).

    An explicit base dir wins over the ``FACEMOOD_HOME`` environment variable.
    """
    global _base_dir_override
    _base_dir_override = None if path is None else Path(path).expanduser().absolute()


def base_dir() -> Path | None:
    """The base dir in force, or ``None`` when the platform's standard dirs are used."""
    if _base_dir_override is not None:
        return _base_dir_override
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    return None


def _user_dir(sub: str, standard: Path, create: bool) -> Path:
    base = base_dir()
    path = base / sub if base is not None else standard
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir(create: bool = True) -> Path:
    """Where ``settings.json`` lives (e.g. ``~/.config/FaceMood``)."""
    return _user_dir("config", platformdirs.user_config_path(APP_NAME, appauthor=False), create)


def cache_dir(create: bool = True) -> Path:
    """Disposable files: thumbnails, the library index can be rebuilt from here."""
    return _user_dir("cache", platformdirs.user_cache_path(APP_NAME, appauthor=False), create)


def log_dir(create: bool = True) -> Path:
    """The rotating log file and crash reports."""
    return _user_dir("logs", platformdirs.user_log_path(APP_NAME, appauthor=False), create)


def data_dir(create: bool = True) -> Path:
    """Files the user would miss: the library index, calibration data."""
    return _user_dir("data", platformdirs.user_data_path(APP_NAME, appauthor=False), create)


def pictures_dir() -> Path:
    """The user's pictures folder (under the base dir: ``<base>/pictures``). Not created."""
    base = base_dir()
    if base is not None:
        return base / "pictures"
    return platformdirs.user_pictures_path()


def capture_dir(configured: str = "", create: bool = False) -> Path:
    """Where captured photos are saved: ``configured`` if set, else ``<Pictures>/FaceMood``.

    Args:
        configured: the ``gui.capture_dir`` setting (empty means the default).
        create: create the folder.
    """
    path = Path(configured).expanduser() if configured else pictures_dir() / APP_NAME
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def is_frozen() -> bool:
    """Whether we run from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_root() -> Path:
    """The folder that holds ``resources/``, ``models/`` and ``music_library/``.

    In a PyInstaller bundle that is ``sys._MEIPASS``; in a source checkout (also an
    editable install) it is the repository root, the parent of the ``facemood`` package.
    """
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS")).absolute()  # noqa: B009 - not in typeshed's sys
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file shipped with the app, e.g. ``resource_path("models", "emotion.tflite")``.

    The path is returned whether or not it exists; callers check and report.

    Raises:
        ValueError: no parts were given, or the path would leave the app root.
    """
    if not parts:
        raise ValueError("resource_path() needs at least one path part")
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource path must stay inside the app: {relative}")
    return app_root() / relative
