"""MPRIS: a desktop's media controls drive the music over a real D-Bus session bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from facemood.bridge.mpris import OBJECT_PATH, PLAYER_INTERFACE, SERVICE, MprisService
from facemood.bridge.music import MusicService
from facemood.core.playlist import FeedbackStore
from facemood.library import scan_library
from facemood.playback import PlaybackState
from facemood.settings import Settings
from tests.helpers.audio import write_wav


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private session bus of its own (dbus-daemon), so no desktop is needed."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    with proc.stdout:
        try:
            address = proc.stdout.readline().strip()
            assert address, "dbus-daemon did not start"
            yield address
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _dbus_send(qtbot: QtBot, address: str, *args: str) -> str:
    """Run dbus-send as another program would, without blocking the event loop."""
    proc = subprocess.Popen(
        ["dbus-send", f"--bus={address}", "--print-reply", f"--dest={SERVICE}", OBJECT_PATH, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    assert proc.stdout is not None
    with proc.stdout:
        out = proc.stdout.read()
    assert proc.returncode == 0, out
    return out


def test_media_controls_play_pause_and_see_the_track(
    qtbot: QtBot, tmp_path: Path, bus_address: str
) -> None:
    for i in range(2):
        write_wav(tmp_path / "music" / "happy" / f"song{i}.wav", 8.0, 440.0 + 50 * i)
    tracks = scan_library(tmp_path / "music").tracks
    connection = QDBusConnection.connectToBus(bus_address, "facemood-test-mpris")
    assert connection.isConnected()
    music = MusicService(Settings(), aout="dummy", feedback=FeedbackStore())
    mpris = MprisService(music, connection)
    music.state_changed.connect(mpris.show_state)
    music.playback_polled.connect(mpris.show_playback)
    raised: list[bool] = []
    mpris.raise_requested.connect(lambda: raised.append(True))
    try:
        assert mpris.start()
        music.set_tracks(tracks)
        with qtbot.waitSignal(
            music.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: s.state is PlaybackState.PLAYING,
        ):
            _dbus_send(qtbot, bus_address, f"{PLAYER_INTERFACE}.PlayPause")  # plays the first
        qtbot.waitUntil(lambda: mpris.state.track is not None, timeout=10000)
        props = _dbus_send(
            qtbot,
            bus_address,
            "org.freedesktop.DBus.Properties.GetAll",
            f"string:{PLAYER_INTERFACE}",
        )
        assert '"Playing"' in props
        assert mpris.state.track is not None
        assert mpris.state.track.display_title in props
        with qtbot.waitSignal(
            music.playback_polled,
            timeout=10000,
            check_params_cb=lambda s: s.state is PlaybackState.PAUSED,
        ):
            _dbus_send(qtbot, bus_address, f"{PLAYER_INTERFACE}.PlayPause")
        assert '"Paused"' in _dbus_send(
            qtbot,
            bus_address,
            "org.freedesktop.DBus.Properties.Get",
            f"string:{PLAYER_INTERFACE}",
            "string:PlaybackStatus",
        )
        _dbus_send(qtbot, bus_address, "org.mpris.MediaPlayer2.Raise")
        assert raised == [True]
    finally:
        mpris.stop()
        music.shutdown()
        QDBusConnection.disconnectFromBus("facemood-test-mpris")
