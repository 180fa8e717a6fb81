"""PyInstaller runtime hook: tell python-vlc where libVLC and its plugins are.

It runs inside the frozen app before any FaceMood code, and picks one of:

1. **bundled** — a VLC copied into the bundle by ``build.spec`` (``FACEMOOD_BUNDLE_VLC``):
   ``<bundle>/vlc/`` holding ``libvlc`` and ``libvlccore`` and a ``plugins/`` folder. The
   hook points ``PYTHON_VLC_LIB_PATH``, ``PYTHON_VLC_MODULE_PATH`` and ``VLC_PLUGIN_PATH``
   at it and preloads ``libvlccore`` so ``libvlc`` resolves it from the same folder.
2. **system** — otherwise the VLC installed on the machine, found the way python-vlc
   finds it itself (``ctypes.util.find_library`` on Linux and Windows, ``/Applications/
   VLC.app`` on macOS). The hook only checks that it is there and sets nothing.
3. **none** — no VLC anywhere: the app still starts; the player falls back to its null
   backend and the app says how to get sound.

python-vlc calls ``sys.exit(1)`` at import when ``PYTHON_VLC_LIB_PATH`` does not load or
``PYTHON_VLC_MODULE_PATH`` is not a folder, which would kill the app before it can say
anything. So every path is validated before it is set, and such variables inherited from
the environment are dropped when they point at nothing.

The outcome is left in ``FACEMOOD_VLC_ORIGIN`` (``bundled``, ``system``, ``environment`` or
``none``) for the self-test and the about box. The file is self-contained (standard library
only) because it runs before the bundle's own packages are importable; ``tests/packaging``
imports it by path.
On Linux ``build.spec`` drops the ``libvlc``/``libvlccore`` copies PyInstaller picks up
(they would load without plugins and give ``vlc.Instance() is None``); see docs/packaging.md.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path

ORIGIN_VAR = "FACEMOOD_VLC_ORIGIN"
"""Environment variable the hook leaves its decision in."""

LIB_VAR = "PYTHON_VLC_LIB_PATH"
MODULE_VAR = "PYTHON_VLC_MODULE_PATH"
PLUGIN_VAR = "VLC_PLUGIN_PATH"

BUNDLE_VLC_DIR = "vlc"
"""Folder inside the bundle (``sys._MEIPASS``) that ``build.spec`` copies a VLC into."""

MACOS_VLC_APP = Path("/Applications/VLC.app/Contents/MacOS")

Loader = Callable[[str], object]
"""Loads a shared library by path or name; raises OSError when it cannot."""


@dataclass(frozen=True)
class VlcPlan:
    """What the hook decided.

    Attributes:
        origin: ``"bundled"``, ``"system"``, ``"environment"`` (a valid ``PYTHON_VLC_LIB_PATH``
            was already set) or ``"none"``.
        set_env: variables to set.
        drop_env: inherited variables to remove because they point at nothing.
        preload: libraries to load first (``libvlccore`` next to a bundled ``libvlc``).
        notes: why, one line each, for the log.
    """

    origin: str
    set_env: dict[str, str] = field(default_factory=dict)
    drop_env: tuple[str, ...] = ()
    preload: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def library_names(platform: str) -> tuple[str, str]:
    """File names of ``libvlc`` and ``libvlccore`` on ``platform`` (``sys.platform``)."""
    if platform.startswith("win"):
        return "libvlc.dll", "libvlccore.dll"
    if platform == "darwin":
        return "libvlc.dylib", "libvlccore.dylib"
    return "libvlc.so.5", "libvlccore.so.9"


def _default_loader(path: str) -> object:
    return ctypes.CDLL(path)


def can_load(path: str, loader: Loader = _default_loader) -> bool:
    """True when ``path`` is a file that ``loader`` loads without an OSError."""
    if not os.path.isfile(path):
        return False
    try:
        loader(path)
    except OSError:
        return False
    return True


def is_plugin_dir(path: str) -> bool:
    """True when ``path`` is a folder with at least one VLC plugin library somewhere below it."""
    root = Path(path)
    if not root.is_dir():
        return False
    suffixes = (".so", ".dll", ".dylib")
    return any(p.name.endswith(suffixes) for p in root.rglob("lib*_plugin.*"))


def find_bundled(bundle_dir: str | None, platform: str) -> tuple[str, str, str] | None:
    """``(libvlc, libvlccore, plugins)`` of a VLC inside the bundle, when all three exist."""
    if not bundle_dir:
        return None
    root = Path(bundle_dir, BUNDLE_VLC_DIR)
    lib_name, core_name = library_names(platform)
    lib, core, plugins = root / lib_name, root / core_name, root / "plugins"
    if lib.is_file() and core.is_file() and is_plugin_dir(str(plugins)):
        return str(lib), str(core), str(plugins)
    return None


def find_system(
    platform: str,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
    macos_app: Path = MACOS_VLC_APP,
) -> str | None:
    """Where python-vlc's own search would find a system libvlc, or None."""
    if platform == "darwin":
        lib = macos_app / "lib" / "libvlc.dylib"
        return str(lib) if lib.is_file() else find_library("vlc")
    if platform.startswith("win"):
        return find_library("libvlc.dll") or _windows_install_dir()
    return find_library("vlc")


def _windows_install_dir() -> str | None:
    """VLC's install folder from the registry or Program Files (python-vlc looks there too)."""
    candidates: list[str] = []
    if sys.platform == "win32":  # winreg exists only there; mypy understands this guard
        import winreg

        for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
            try:
                with winreg.OpenKey(hive, r"Software\VideoLAN\VLC") as key:
                    candidates.append(str(winreg.QueryValueEx(key, "InstallDir")[0]))
            except OSError:
                continue
    for var in ("ProgramFiles", "ProgramFiles(x86)"):
        if os.environ.get(var):
            candidates.append(os.path.join(os.environ[var], "VideoLAN", "VLC"))
    for folder in candidates:
        if os.path.isfile(os.path.join(folder, "libvlc.dll")):
            return os.path.join(folder, "libvlc.dll")
    return None


def plan(
    env: MutableMapping[str, str],
    bundle_dir: str | None,
    platform: str = sys.platform,
    loader: Loader = _default_loader,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
    macos_app: Path = MACOS_VLC_APP,
) -> VlcPlan:
    """Decide where libVLC comes from, without changing anything.

    Args:
        env: the environment as it is now (``os.environ``).
        bundle_dir: the unpacked bundle (``sys._MEIPASS``), or None when not frozen.
        platform: ``sys.platform``.
        loader: loads a library by path, to check it really loads.
        find_library: ``ctypes.util.find_library``.
        macos_app: the VLC.app ``Contents/MacOS`` folder python-vlc looks in.

    Returns:
        The plan; :func:`apply` carries it out.
    """
    drop: list[str] = []
    notes: list[str] = []
    if LIB_VAR in env and not can_load(env[LIB_VAR], loader):
        drop.append(LIB_VAR)
        notes.append(f"{LIB_VAR}={env[LIB_VAR]!r} does not load; ignoring it")
    if MODULE_VAR in env and not os.path.isdir(env[MODULE_VAR]):
        drop.append(MODULE_VAR)
        notes.append(f"{MODULE_VAR}={env[MODULE_VAR]!r} is not a folder; ignoring it")
    if PLUGIN_VAR in env and not os.path.isdir(env[PLUGIN_VAR]):
        drop.append(PLUGIN_VAR)
        notes.append(f"{PLUGIN_VAR}={env[PLUGIN_VAR]!r} is not a folder; ignoring it")
    if LIB_VAR in env and LIB_VAR not in drop:
        notes.append(f"using {LIB_VAR} from the environment")
        return VlcPlan("environment", drop_env=tuple(drop), notes=tuple(notes))

    bundled = find_bundled(bundle_dir, platform)
    if bundled is not None:
        lib, core, plugins = bundled
        if can_load(core, loader) and can_load(lib, loader):
            notes.append(f"using the VLC inside the bundle: {Path(lib).parent}")
            return VlcPlan(
                "bundled",
                set_env={LIB_VAR: lib, MODULE_VAR: plugins, PLUGIN_VAR: plugins},
                drop_env=tuple(drop),
                preload=(core,),
                notes=tuple(notes),
            )
        notes.append(f"the VLC inside the bundle does not load: {Path(lib).parent}")

    system = find_system(platform, find_library, macos_app)
    if system is not None:
        notes.append(f"using the system VLC: {system}")
        return VlcPlan("system", drop_env=tuple(drop), notes=tuple(notes))
    notes.append("no VLC found: playback is off until VLC is installed")
    return VlcPlan("none", drop_env=tuple(drop), notes=tuple(notes))


def apply(
    vlc_plan: VlcPlan, env: MutableMapping[str, str], loader: Loader = _default_loader
) -> None:
    """Carry out ``vlc_plan`` on ``env`` (``os.environ``)."""
    for name in vlc_plan.drop_env:
        env.pop(name, None)
    for path in vlc_plan.preload:
        loader(path)
    if vlc_plan.origin == "bundled" and sys.platform.startswith("win"):
        os.add_dll_directory(str(Path(vlc_plan.set_env[LIB_VAR]).parent))
    env.update(vlc_plan.set_env)
    env[ORIGIN_VAR] = vlc_plan.origin


def _global_loader(path: str) -> object:
    """Load with RTLD_GLOBAL so a preloaded libvlccore satisfies libvlc's dependency."""
    return ctypes.CDLL(path, mode=getattr(ctypes, "RTLD_GLOBAL", 0))


def _run() -> None:
    bundle_dir: str | None = getattr(sys, "_MEIPASS", None)
    vlc_plan = plan(os.environ, bundle_dir)
    try:
        apply(vlc_plan, os.environ, loader=_global_loader)
    except OSError as exc:  # a preload failed after all: fall back to no VLC, never exit
        for name in vlc_plan.set_env:
            os.environ.pop(name, None)
        os.environ[ORIGIN_VAR] = "none"
        vlc_plan = VlcPlan("none", notes=(*vlc_plan.notes, f"preloading failed: {exc}"))
    if os.environ.get("FACEMOOD_DEBUG_VLC"):
        for note in vlc_plan.notes:
            print(f"facemood vlc hook: {note}", file=sys.stderr)


if getattr(sys, "frozen", False):
    _run()
