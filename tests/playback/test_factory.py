"""Choosing a backend, and every way libVLC can be missing turning into a PlayerError."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

import facemood
from facemood.errors import PlaybackError
from facemood.playback import PlayerError, create_player
from facemood.playback.null_backend import NullPlayer
from facemood.playback.vlc_backend import VlcPlayer, load_vlc


def test_null_by_name() -> None:
    player = create_player("null", volume=33)
    assert isinstance(player, NullPlayer)
    assert not player.has_sound
    assert player.volume == 33
    player.close()


def test_unknown_backend_name() -> None:
    with pytest.raises(ValueError, match="unknown player backend"):
        create_player("winamp")


def test_player_error_is_a_playback_error() -> None:
    assert issubclass(PlayerError, PlaybackError)


def test_vlc_by_name_when_libvlc_is_present() -> None:
    try:
        player = create_player("vlc", aout="dummy")
    except PlayerError as exc:  # pragma: no cover - machines without libVLC
        pytest.skip(f"libVLC unavailable: {exc}")
    assert isinstance(player, VlcPlayer)
    assert player.version.startswith("3.")
    player.close()


def test_missing_python_vlc_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vlc", None)  # makes `import vlc` raise ImportError
    with pytest.raises(PlayerError) as info:
        load_vlc()
    assert info.value.message == "VLC is not installed"
    assert "apt-get install" in info.value.detail
    with pytest.raises(PlayerError):
        create_player("vlc")
    fallback = create_player("auto")
    assert isinstance(fallback, NullPlayer)
    assert fallback.unavailable_reason is not None
    assert fallback.unavailable_reason.message == "VLC is not installed"


def test_libvlc_without_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    """``vlc.Instance()`` returns None when libVLC finds no plugins."""
    fake = types.ModuleType("vlc")
    fake.Instance = lambda *_args: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vlc", fake)
    with pytest.raises(PlayerError) as info:
        VlcPlayer(aout="dummy")
    assert info.value.message == "VLC could not start"
    assert "plugins" in info.value.detail
    assert isinstance(create_player("auto"), NullPlayer)


def test_python_vlc_calling_sys_exit_is_caught() -> None:
    """A bad PYTHON_VLC_LIB_PATH makes python-vlc call sys.exit(1) at import."""
    code = textwrap.dedent(
        """
        from facemood.playback import PlayerError, create_player
        player = create_player("auto")
        print(type(player).__name__, player.unavailable_reason.message)
        try:
            create_player("vlc")
        except PlayerError as exc:
            print("raised", exc.message)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        cwd=Path(facemood.__file__).resolve().parents[1],
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "NullPlayer VLC could not be loaded",
        "raised VLC could not be loaded",
    ]
