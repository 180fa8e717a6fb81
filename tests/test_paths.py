"""User dirs, the base-dir override, and finding shipped resources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from facemood import paths


def test_base_dir_from_environment_moves_every_user_dir(facemood_home: Path) -> None:
    assert paths.base_dir() == facemood_home
    dirs = [paths.config_dir(), paths.cache_dir(), paths.log_dir(), paths.data_dir()]
    assert all(d.is_dir() and d.parent == facemood_home for d in dirs)
    assert len(set(dirs)) == len(dirs)
    assert paths.pictures_dir() == facemood_home / "pictures"


def test_set_base_dir_wins_over_environment(tmp_path: Path) -> None:
    paths.set_base_dir(tmp_path / "portable")
    assert paths.config_dir(create=False) == tmp_path / "portable" / "config"
    assert not (tmp_path / "portable").exists()
    paths.set_base_dir(None)
    assert paths.base_dir() != tmp_path / "portable"


def test_without_override_platform_dirs_use_the_app_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_HOME)
    assert paths.base_dir() is None
    assert paths.APP_NAME in paths.config_dir(create=False).parts
    assert paths.APP_NAME in paths.log_dir(create=False).parts


def test_capture_dir_defaults_to_pictures_subfolder(facemood_home: Path, tmp_path: Path) -> None:
    assert paths.capture_dir() == facemood_home / "pictures" / "FaceMood"
    assert not paths.capture_dir().exists()
    assert paths.capture_dir(str(tmp_path / "shots"), create=True).is_dir()


def test_resource_path_in_checkout_is_repo_root() -> None:
    root = Path(__file__).resolve().parent.parent
    assert paths.resource_path("models", "emotion.tflite") == root / "models" / "emotion.tflite"
    assert (root / "facemood" / "paths.py").is_file()


def test_resource_path_in_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen()
    assert paths.resource_path("resources", "icon.png") == tmp_path / "resources" / "icon.png"


@pytest.mark.parametrize("parts", [(), ("..", "etc"), ("/etc",)])
def test_resource_path_rejects_escaping_paths(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError):
        paths.resource_path(*parts)
