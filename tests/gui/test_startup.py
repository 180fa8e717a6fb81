"""Start-up that nothing can break: no display, a read-only data folder, Ctrl+C, warnings."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facemood.gui.application import FaceMoodApp
from facemood.settings import load_settings, settings_path

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, FACEMOOD_HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_no_display_says_so_and_points_to_headless(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["FACEMOOD_HOME"] = str(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "facemood"], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    assert "there is no display here" in run.stderr
    assert "facemood run --headless" in run.stderr
    assert "Traceback" not in run.stderr and "core dumped" not in run.stderr


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="util-linux setpriv is missing")
def test_a_read_only_data_folder_still_runs_and_says_so(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o555)
    # Root ignores permissions: drop that override so the folder really is read-only.
    drop = [
        "setpriv",
        "--bounding-set",
        "-dac_override,-dac_read_search,-fowner",
        "--inh-caps=-all",
    ]
    try:
        run = subprocess.run(
            [*drop, sys.executable, "-m", "tests.gui.startup_app", "3"],
            cwd=ROOT,
            env=_env(home),
            capture_output=True,
            text=True,
            timeout=90,
        )
    finally:
        home.chmod(0o755)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "window shown" in run.stdout
    assert "Traceback" not in run.stderr
    assert "QThread: Destroyed" not in run.stderr


def test_ctrl_c_in_the_terminal_closes_the_window_cleanly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.startup_app", "0"],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while "window shown" not in proc.stdout.readline():
        assert time.monotonic() < deadline and proc.poll() is None
    proc.send_signal(signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_every_settings_warning_is_kept_in_the_notices(qtbot: QtBot, tmp_path: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    bad = {
        "mood": {"margin": 7, "window_s": "long", "sparkle": 1},
        "music": {"volume": -3, "strategy": "loud"},
    }
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(bad).encode())  # with a byte-order mark
    settings, warnings = load_settings()
    assert len(warnings) == 5
    window = FaceMoodApp(settings, source="9", aout="dummy").window
    qtbot.addWidget(window, before_close_func=lambda w: w.app.shutdown())
    for warning in warnings:
        window.add_notice(warning)
    window.add_notice(warnings[0])  # the same warning again is not a new one
    assert window.notices == warnings
    assert window.notice_button.text() == "5" and not window.notice_button.icon().isNull()
