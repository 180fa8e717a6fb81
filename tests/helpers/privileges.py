"""Run a command the way a normal user would be refused: without root's permission override.

CI runs the suite as root, and root reads and writes files whatever their mode. Where a
test needs "permission denied", the command runs under ``setpriv`` (util-linux) with the
override capabilities dropped from its bounding set, so the kernel checks modes again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

_DROPPED = "-dac_override,-dac_read_search,-fowner"
ROOT = Path(__file__).resolve().parents[2]
"""The checkout, put on ``PYTHONPATH`` of the commands run here."""


def unprivileged(argv: Sequence[str]) -> list[str]:
    """``argv`` prefixed so that file modes apply to it (skips the test without setpriv)."""
    if os.name != "posix" or os.geteuid() != 0:
        return list(argv)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux) to drop the override")
    return [setpriv, "--bounding-set", _DROPPED, *argv]


def run_python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code args…`` unprivileged, with this checkout on ``sys.path``."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        unprivileged([sys.executable, "-c", code, *args]),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
