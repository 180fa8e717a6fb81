"""The VLC runtime hook: never point python-vlc at something that does not load.

python-vlc calls ``sys.exit(1)`` at import when ``PYTHON_VLC_LIB_PATH`` does not load or
``PYTHON_VLC_MODULE_PATH`` is not a folder, so these are the cases that matter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

LINUX = "linux"


def fake_loader(bad: set[str] | None = None) -> tuple[list[str], object]:
    """A loader that records what it loaded and fails (OSError) for paths in ``bad``."""
    loaded: list[str] = []

    def load(path: str) -> object:
        if bad and path in bad:
            raise OSError(f"{path}: invalid ELF header")
        loaded.append(path)
        return object()

    return loaded, load


def make_bundled_vlc(bundle: Path, platform: str = LINUX, plugin: bool = True) -> Path:
    """``<bundle>/vlc`` with fake libvlc, libvlccore and (optionally) one plugin."""
    root = bundle / "vlc"
    (root / "plugins" / "audio_output").mkdir(parents=True)
    lib_names = {
        "linux": ("libvlc.so.5", "libvlccore.so.9"),
        "win32": ("libvlc.dll", "libvlccore.dll"),
        "darwin": ("libvlc.dylib", "libvlccore.dylib"),
    }[platform]
    for name in lib_names:
        (root / name).write_bytes(b"\x7fELF")
    if plugin:
        suffix = {"linux": "so", "win32": "dll", "darwin": "dylib"}[platform]
        (root / "plugins" / "audio_output" / f"libdummy_plugin.{suffix}").write_bytes(b"x")
    return root


def no_system(_name: str) -> str | None:
    return None


def test_bundled_vlc_sets_all_three_variables(rthook: ModuleType, tmp_path: Path) -> None:
    root = make_bundled_vlc(tmp_path)
    _loaded, load = fake_loader()
    plan = rthook.plan({}, str(tmp_path), LINUX, load, no_system)
    assert plan.origin == "bundled"
    assert plan.set_env == {
        "PYTHON_VLC_LIB_PATH": str(root / "libvlc.so.5"),
        "PYTHON_VLC_MODULE_PATH": str(root / "plugins"),
        "VLC_PLUGIN_PATH": str(root / "plugins"),
    }
    assert plan.preload == (str(root / "libvlccore.so.9"),)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_bundled_vlc_other_platforms(rthook: ModuleType, tmp_path: Path, platform: str) -> None:
    make_bundled_vlc(tmp_path, platform)
    _loaded, load = fake_loader()
    plan = rthook.plan({}, str(tmp_path), platform, load, no_system, tmp_path / "no-app")
    assert plan.origin == "bundled"
    assert Path(plan.set_env["PYTHON_VLC_LIB_PATH"]).name == rthook.library_names(platform)[0]


def test_bundle_without_plugins_falls_back_to_system(rthook: ModuleType, tmp_path: Path) -> None:
    """PyInstaller's own copies of libvlc come without plugins: never use them alone."""
    make_bundled_vlc(tmp_path, plugin=False)
    _loaded, load = fake_loader()
    plan = rthook.plan({}, str(tmp_path), LINUX, load, lambda _n: "libvlc.so.5")
    assert plan.origin == "system"
    assert plan.set_env == {}


def test_bundled_library_that_does_not_load_is_not_used(rthook: ModuleType, tmp_path: Path) -> None:
    root = make_bundled_vlc(tmp_path)
    _loaded, load = fake_loader(bad={str(root / "libvlc.so.5")})
    plan = rthook.plan({}, str(tmp_path), LINUX, load, no_system)
    assert plan.origin == "none"
    assert "PYTHON_VLC_LIB_PATH" not in plan.set_env
    assert any("does not load" in note for note in plan.notes)


def test_no_vlc_anywhere(rthook: ModuleType, tmp_path: Path) -> None:
    _loaded, load = fake_loader()
    plan = rthook.plan({}, str(tmp_path), LINUX, load, no_system)
    assert plan.origin == "none"
    assert plan.set_env == {} and plan.drop_env == ()


def test_not_frozen_uses_the_system_vlc(rthook: ModuleType) -> None:
    _loaded, load = fake_loader()
    plan = rthook.plan({}, None, LINUX, load, lambda _n: "libvlc.so.5")
    assert plan.origin == "system"


@pytest.mark.parametrize(
    "var", ["PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH", "VLC_PLUGIN_PATH"]
)
def test_inherited_variables_pointing_at_nothing_are_dropped(
    rthook: ModuleType, tmp_path: Path, var: str
) -> None:
    env = {var: str(tmp_path / "gone")}
    _loaded, load = fake_loader()
    plan = rthook.plan(env, None, LINUX, load, lambda _n: "libvlc.so.5")
    assert plan.drop_env == (var,)
    rthook.apply(plan, env, load)
    assert var not in env
    assert env["FACEMOOD_VLC_ORIGIN"] == "system"


def test_valid_inherited_library_is_kept(rthook: ModuleType, tmp_path: Path) -> None:
    lib = tmp_path / "libvlc.so.5"
    lib.write_bytes(b"x")
    env = {"PYTHON_VLC_LIB_PATH": str(lib)}
    _loaded, load = fake_loader()
    plan = rthook.plan(env, str(tmp_path), LINUX, load, no_system)
    assert plan.origin == "environment"
    assert plan.drop_env == () and plan.set_env == {}


def test_apply_preloads_core_then_sets_variables(rthook: ModuleType, tmp_path: Path) -> None:
    root = make_bundled_vlc(tmp_path)
    loaded, load = fake_loader()
    env: dict[str, str] = {"PYTHON_VLC_MODULE_PATH": "/nowhere"}
    plan = rthook.plan(env, str(tmp_path), LINUX, load, no_system)
    loaded.clear()
    rthook.apply(plan, env, load)
    assert loaded == [str(root / "libvlccore.so.9")]
    assert env["PYTHON_VLC_MODULE_PATH"] == str(root / "plugins")
    assert env["FACEMOOD_VLC_ORIGIN"] == "bundled"


def test_plugin_dir_needs_a_plugin(rthook: ModuleType, tmp_path: Path) -> None:
    assert not rthook.is_plugin_dir(str(tmp_path / "missing"))
    assert not rthook.is_plugin_dir(str(tmp_path))
    (tmp_path / "codec").mkdir()
    (tmp_path / "codec" / "libflac_plugin.so").write_bytes(b"x")
    assert rthook.is_plugin_dir(str(tmp_path))


def test_macos_app_is_the_system_vlc(rthook: ModuleType, tmp_path: Path) -> None:
    app = tmp_path / "VLC.app" / "Contents" / "MacOS"
    (app / "lib").mkdir(parents=True)
    (app / "lib" / "libvlc.dylib").write_bytes(b"x")
    assert rthook.find_system("darwin", no_system, app) == str(app / "lib" / "libvlc.dylib")
    assert rthook.find_system("darwin", no_system, tmp_path / "none") is None


def test_hook_as_frozen_never_exits(tmp_path: Path) -> None:
    """Run the hook the way the bootloader does, with every variable pointing at nothing,
    then import python-vlc: it must not call sys.exit."""
    script = tmp_path / "frozen.py"
    hook = Path(__file__).resolve().parents[2] / "packaging" / "pyi_rth_vlc.py"
    script.write_text(
        "import sys, os, runpy\n"
        "sys.frozen = True\n"
        f"sys._MEIPASS = {str(tmp_path)!r}\n"
        f"runpy.run_path({str(hook)!r})\n"
        "try:\n"
        "    import vlc\n"
        "except Exception as exc:  # no libVLC here: fine, as long as it is not SystemExit\n"
        "    print('import failed:', exc, file=sys.stderr)\n"
        "print('origin', os.environ['FACEMOOD_VLC_ORIGIN'])\n"
    )
    env = dict(
        os.environ,
        PYTHON_VLC_LIB_PATH=str(tmp_path / "libvlc.so.5"),
        PYTHON_VLC_MODULE_PATH=str(tmp_path / "plugins"),
        VLC_PLUGIN_PATH=str(tmp_path / "plugins"),
    )
    done = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("origin ")
