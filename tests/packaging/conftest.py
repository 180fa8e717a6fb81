"""Load the packaging scripts (``packaging/`` is deliberately not a package) by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"


def load_script(name: str) -> ModuleType:
    """Import ``packaging/<name>.py`` under a private module name."""
    module_name = f"_facemood_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rthook() -> ModuleType:
    """packaging/pyi_rth_vlc.py (not frozen, so importing it changes nothing)."""
    return load_script("pyi_rth_vlc")


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    """packaging/bundle_rules.py."""
    return load_script("bundle_rules")


@pytest.fixture(scope="session")
def slim() -> ModuleType:
    """packaging/opencv_slim.py."""
    return load_script("opencv_slim")
