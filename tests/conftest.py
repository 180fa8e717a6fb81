"""Fixtures and collection rules shared by the whole suite.

* Every test gets a fresh, empty ``FACEMOOD_HOME``, so no test reads or writes the real
  user dirs (settings, logs, crash reports, library index).
* Qt runs offscreen unless ``QT_QPA_PLATFORM`` is already set (e.g. to ``xcb``).
* Tests under ``tests/gui`` and ``tests/bridge`` are marked ``gui`` automatically, so
  ``pytest -m "not gui"`` is the fast run without Qt.

Shared test helpers live in ``tests/helpers`` (``from tests.helpers.clock import FakeClock``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed, and CI has none.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from facemood import paths

_GUI_DIRS = {"gui", "bridge"}
_TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def facemood_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A fresh base dir holding every user dir of the test (see :mod:`facemood.paths`)."""
    home = tmp_path_factory.mktemp("facemood-home")
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    paths.set_base_dir(None)
    yield home
    paths.set_base_dir(None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui and tests/bridge with ``gui``."""
    for item in items:
        try:
            relative = item.path.resolve().relative_to(_TESTS_DIR)
        except ValueError:
            continue
        if relative.parts and relative.parts[0] in _GUI_DIRS:
            item.add_marker(pytest.mark.gui)
