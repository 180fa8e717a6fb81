"""The self-test's Qt check: the window's pieces are in the install (or the bundle).

The bundle leaves most of Qt out (see packaging/bundle_rules.py). This check makes sure
what the window needs is still there, without a display: the platform plugins for this
OS, the JPEG image plugin, a widget with a pyqtgraph plot rendered offscreen, and every
``facemood.gui`` / ``facemood.bridge`` module importing. It is the only self-test module
that imports Qt (the ruff Qt ban is lifted for this file in pyproject.toml).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from facemood.selftest.report import CheckResult, CheckStatus

PLATFORM_PLUGINS = {
    "linux": ("xcb", "offscreen"),
    "win32": ("windows", "offscreen"),
    "darwin": ("cocoa", "offscreen"),
}
"""Platform plugins the window needs on each OS (offscreen: tests and this check)."""


def _plugin_names(folder: Path) -> set[str]:
    """``{"xcb", "offscreen"}`` from ``libqxcb.so``, ``qoffscreen.dll`` …"""
    names = set()
    for path in folder.glob("*"):
        stem = path.name.split(".")[0]
        stem = stem.removeprefix("lib").removeprefix("q")
        names.add(stem)
    return names


def _app_modules() -> list[str]:
    """Every module of the Qt layers, so a module cut from the bundle shows up here."""
    names = []
    for package in ("facemood.bridge", "facemood.gui"):
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        names += [m.name for m in pkgutil.walk_packages(module.__path__, prefix=f"{package}.")]
    return names


def check_qt(samples_dir: Path) -> CheckResult:
    """Qt starts offscreen with the plugins, image formats and modules the window uses."""
    from PySide6 import QtCore, QtGui, QtWidgets

    problems: list[str] = []
    details: list[str] = []
    # Where Qt looks for plugins: its configured folder plus QT_PLUGIN_PATH and the folders
    # PyInstaller's PySide6 runtime hook adds (inside a macOS .app they differ).
    folders = [Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in QtCore.QCoreApplication.libraryPaths()]
    present: set[str] = set()
    for folder in dict.fromkeys(folders):
        present |= _plugin_names(folder / "platforms")
    wanted = next((v for k, v in PLATFORM_PLUGINS.items() if sys.platform.startswith(k)), ())
    missing = [name for name in wanted if name not in present]
    if missing:
        where = ", ".join(str(f) for f in dict.fromkeys(folders))
        problems.append(f"platform plugins missing ({', '.join(missing)}) in {where}")
    details.append(f"platform plugins: {', '.join(sorted(present)) or 'none'}")

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(
        ["facemood-self-test", "-platform", "offscreen"]
    )
    formats = {bytes(f.data()).decode() for f in QtGui.QImageReader.supportedImageFormats()}
    for needed in ("png", "jpg"):
        if needed not in formats:
            problems.append(f"Qt cannot read {needed} images")
    photo = next(iter(sorted(samples_dir.glob("*.jpg"))), None)
    if photo is not None and QtGui.QImage(str(photo)).isNull():
        problems.append(f"Qt could not decode {photo.name}")

    import pyqtgraph

    plot = pyqtgraph.PlotWidget()
    plot.plot([0.1, 0.5, 0.3, 0.8])
    plot.resize(200, 120)
    if plot.grab().isNull():
        problems.append("a pyqtgraph plot did not render")
    plot.deleteLater()

    failed = []
    modules = _app_modules()
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
    problems += failed
    details.append(f"{len(modules) - len(failed)}/{len(modules)} GUI modules import")
    app.processEvents()

    version = QtCore.qVersion()
    if problems:
        return CheckResult(
            "qt", CheckStatus.FAILED, f"Qt {version}: {problems[0]}", tuple(problems)
        )
    return CheckResult(
        "qt",
        CheckStatus.PASSED,
        f"Qt {version} starts offscreen, plots and reads JPEG",
        tuple(details),
    )
