"""Settings: schema, validation, migration, atomic save and a load that never crashes."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from facemood import settings as s
from facemood.core.choices import SwitchPolicy
from facemood.core.playlist import NeutralChoice, Strategy
from facemood.core.types import Emotion, MusicMood
from facemood.errors import SettingsError
from facemood.settings import migrations
from facemood.vision.options import DetectorName, FacePolicy


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_defaults_match_the_agreed_schema() -> None:
    d = s.Settings()
    assert d.schema_version == s.SCHEMA_VERSION == 1
    assert (d.vision.camera_index, d.vision.face_policy, d.vision.detector) == (
        0,
        "largest",
        "auto",
    )
    assert (d.mood.window_s, d.mood.margin, d.mood.dwell_s) == (1.75, 0.15, 1.0)
    assert (d.mood.confidence_floor, d.mood.away_after_s, d.mood.calibration_bias) == (0.4, 5.0, ())
    assert (d.music.library_dir, d.music.strategy, d.music.custom_mapping) == ("", "match", ())
    assert (d.music.neutral_choice, d.music.switch_policy, d.music.fade_s) == ("calm", "fade", 1.5)
    assert (d.music.volume, d.music.audio_output, d.music.audio_device) == (80, "", "")
    assert d.library.audio_moods is True
    assert (d.gui.language, d.gui.capture_dir, d.gui.close_to_tray) == ("", "", False)
    assert d.gui.timeline_span == "minute"
    assert (d.window.geometry, d.window.main_split, d.window.view_split) == ("", (), ())
    assert d.window.tray_hint_shown is False


def test_every_setting_has_a_description() -> None:
    fields = s.schema()
    assert len(fields) == 33
    assert all(f.description for f in fields)
    margin = next(f for f in fields if f.name == "mood.margin")
    assert (margin.default, margin.minimum, margin.maximum) == (0.15, 0.0, 1.0)


def test_every_option_the_dialog_shows_is_labelled_in_the_schema() -> None:
    """Label, choice labels and help text live in the one declaration."""
    edited = ("vision", "mood", "music", "library", "gui")
    shown = [f for f in s.schema() if f.name.split(".")[0] in edited]
    unlabelled = [f.name for f in shown if not f.label]
    assert unlabelled == ["mood.calibrated_on", "music.audio_device"]  # set by other means
    for f in shown:
        if f.choices is not None:
            assert sorted(f.choice_labels) == sorted(str(c.value) for c in f.choices), f.name
    assert s.schema()[0].label == "Camera"
    titles = {section.name: section.label for section in s.sections()}
    assert titles == {
        "vision": "Camera and faces",
        "mood": "Mood",
        "music": "Music",
        "library": "Library",
        "gui": "Window",
        "window": "window",
    }


def test_a_file_written_before_the_settings_package_loads_and_saves_the_same(
    facemood_home: Path,
) -> None:
    """settings.json compatibility: the file the single-module settings wrote (with a
    custom mapping and a remembered split) loads without warnings and is written back
    byte for byte."""
    old = (Path(__file__).parent / "data" / "settings" / "v1-before-the-package.json").read_text(
        encoding="utf-8"
    )
    s.settings_path().parent.mkdir(parents=True)
    s.settings_path().write_text(old, encoding="utf-8")
    settings, warnings = s.load_settings()
    assert warnings == []
    assert settings.music.custom_mapping == ((Emotion.SAD, MusicMood.HAPPY),)
    assert settings.window.main_split == (600, 300)
    s.save_settings(settings)
    assert s.settings_path().read_text(encoding="utf-8") == old


def test_missing_file_gives_defaults_without_warnings(facemood_home: Path) -> None:
    assert s.settings_path() == facemood_home / "config" / "settings.json"
    assert s.load_settings() == (s.Settings(), [])


def test_settings_are_frozen_snapshots_with_enum_choices() -> None:
    settings = s.Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.music.volume = 10  # type: ignore[misc]
    changed = s.with_value(settings, "music.strategy", "lift")
    assert changed.music.strategy is Strategy.LIFT and settings.music.strategy is Strategy.MATCH
    choices = {f.name: f.choices for f in s.schema() if f.choices}
    assert choices == {
        "vision.face_policy": tuple(FacePolicy),
        "vision.detector": tuple(DetectorName),
        "music.strategy": tuple(Strategy),
        "music.neutral_choice": tuple(NeutralChoice),
        "music.switch_policy": tuple(SwitchPolicy),
        "gui.language": tuple(s.Language),
        "gui.timeline_span": tuple(s.TimelineSpan),
    }


def test_switches_are_true_or_false_and_splits_have_two_sizes() -> None:
    settings = s.with_value(s.Settings(), "gui.close_to_tray", True)
    assert settings.gui.close_to_tray is True
    with pytest.raises(SettingsError, match="true or false"):
        s.with_value(settings, "gui.close_to_tray", 1)
    assert s.with_value(settings, "window.main_split", [700, 400]).window.main_split == (700, 400)
    with pytest.raises(SettingsError, match="2 items"):
        s.with_value(settings, "window.main_split", [700])
    assert s.settings_from_dict(s.settings_to_dict(settings)) == settings


def test_a_byte_order_mark_is_not_damage(facemood_home: Path) -> None:
    path = s.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"music": {"volume": 33}}).encode())
    loaded, warnings = s.load_settings()
    assert warnings == [] and loaded.music.volume == 33
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_save_then_load_round_trips() -> None:
    settings = s.with_value(s.Settings(), "music.volume", 35)
    settings = s.with_value(settings, "music.custom_mapping", {"sad": "happy"})
    settings = s.with_value(settings, "mood.calibration_bias", [0.1, 0, 0, -0.2, 0, 0, 0.05])
    assert settings.music.custom_mapping == ((Emotion.SAD, MusicMood.HAPPY),)
    path = s.save_settings(settings)
    loaded, warnings = s.load_settings(path)
    assert warnings == []
    assert loaded == settings
    assert loaded.mood.calibration_bias[1] == 0.0 and isinstance(
        loaded.mood.calibration_bias[1], float
    )


def test_save_is_atomic_and_leaves_no_temp_files(facemood_home: Path) -> None:
    path = s.save_settings(s.Settings())
    s.save_settings(s.with_value(s.Settings(), "music.volume", 10))
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["music"]["volume"] == 10


def test_failed_save_keeps_the_old_file_and_leaves_no_temp_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = s.save_settings(s.Settings())
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SettingsError, match="Could not save the settings") as info:
        s.save_settings(s.with_value(s.Settings(), "music.volume", 1))
    assert "No space left" in info.value.detail
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_corrupt_file_is_backed_up_and_defaults_are_used(
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = s.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"music": {"volume": 5', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="facemood.settings"):
        settings, warnings = s.load_settings()
    assert settings == s.Settings()
    assert len(warnings) == 1 and "damaged" in warnings[0]
    backups = list(path.parent.glob("settings.json.corrupt-*"))
    assert len(backups) == 1
    assert backups[0].read_text(encoding="utf-8") == '{"music": {"volume": 5'
    assert backups[0].name in warnings[0]
    assert not path.exists()
    assert warnings[0] in caplog.text


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"", b"null"])
def test_other_broken_contents_are_backed_up(content: bytes) -> None:
    path = s.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    settings, warnings = s.load_settings()
    assert settings == s.Settings()
    assert len(warnings) == 1
    assert len(list(path.parent.glob("settings.json.corrupt-*"))) == 1


def test_two_corrupt_files_in_one_second_keep_both_backups() -> None:
    path = s.settings_path()
    path.parent.mkdir(parents=True)
    for text in ("{", "}"):
        path.write_text(text, encoding="utf-8")
        s.load_settings()
    assert len(list(path.parent.glob("settings.json.corrupt-*"))) == 2


def test_unreadable_file_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    path = s.save_settings(s.Settings())

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    settings, warnings = s.load_settings(path)
    assert settings == s.Settings()
    assert len(warnings) == 1
    assert "could not be read (Permission denied)" in warnings[0]


def test_settings_path_that_is_a_folder_is_moved_aside() -> None:
    path = s.settings_path()
    path.mkdir(parents=True)
    settings, warnings = s.load_settings()
    assert settings == s.Settings() and len(warnings) == 1
    assert not path.exists()
    s.save_settings(settings)
    assert path.is_file()


def test_invalid_value_resets_only_that_value() -> None:
    path = s.settings_path()
    _write(
        path,
        {"schema_version": 1, "mood": {"margin": 2.5, "dwell_s": 3}, "music": {"strategy": "loud"}},
    )
    settings, warnings = s.load_settings()
    assert settings.mood.margin == 0.15
    assert settings.mood.dwell_s == 3.0
    assert settings.music.strategy == "match"
    assert any("mood.margin" in w and "between 0.0 and 1.0" in w for w in warnings)
    assert any("music.strategy" in w and "'match'" in w for w in warnings)
    assert path.exists()  # partly good files are not moved aside


def test_unknown_settings_are_ignored_with_a_warning() -> None:
    _write(s.settings_path(), {"mood": {"sparkle": True}, "extras": {}})
    settings, warnings = s.load_settings()
    assert settings == s.Settings()
    assert sorted(warnings) == [
        "Setting extras is not known and was ignored.",
        "Setting mood.sparkle is not known and was ignored.",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"music": {"volume": 101}}, "Invalid setting music.volume: must be between 0 and 100"),
        ({"music": {"volume": 5.5}}, "Invalid setting music.volume: must be a whole number"),
        ({"vision": {"camera_index": True}}, "Invalid setting vision.camera_index"),
        ({"library": {"audio_moods": 1}}, "Invalid setting library.audio_moods: must be true or"),
        ({"vision": {"face_policy": "all"}}, "Invalid setting vision.face_policy: must be one of"),
        ({"mood": {"window_s": "long"}}, "Invalid setting mood.window_s: must be a number"),
        ({"mood": {"window_s": float("nan")}}, "Invalid setting mood.window_s: must be a finite"),
        ({"mood": {"calibration_bias": [0.1, 0.2]}}, "mood.calibration_bias: must have 0 or 7"),
        ({"music": {"custom_mapping": {"happy": "loud"}}}, "custom_mapping['happy']: must be one"),
        ({"music": {"custom_mapping": {"glee": "happy"}}}, "custom_mapping key: must be one of"),
        ({"music": {"custom_mapping": ["sad"]}}, "music.custom_mapping: must be a mapping"),
        ({"vision": {"detector": "dlib"}}, "Invalid setting vision.detector: must be one of"),
        ({"gui": {"language": "fr"}}, "Invalid setting gui.language"),
        ({"gui": "big"}, "Invalid setting gui: must be a section"),
        ({"nope": 1}, "Invalid setting nope: is not a known setting"),
    ],
)
def test_invalid_values_raise_a_message_naming_the_field(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(SettingsError) as info:
        s.settings_from_dict(data)
    assert message in info.value.message


def test_validation_error_detail_describes_the_setting() -> None:
    with pytest.raises(SettingsError) as info:
        s.settings_from_dict({"music": {"volume": -1}})
    assert info.value.detail == "Playback volume, 0-100."


def test_save_refuses_invalid_settings() -> None:
    base = s.Settings()
    settings = dataclasses.replace(base, music=dataclasses.replace(base.music, fade_s=-1.0))
    with pytest.raises(SettingsError, match=r"music\.fade_s"):
        s.save_settings(settings)
    assert not s.settings_path().exists()


def test_with_value_validates_and_copies() -> None:
    base = s.Settings()
    changed = s.with_value(base, "mood.margin", 0.3)
    assert changed.mood.margin == 0.3 and base.mood.margin == 0.15
    with pytest.raises(SettingsError, match=r"Unknown setting mood\.nope"):
        s.with_value(base, "mood.nope", 1)
    with pytest.raises(SettingsError, match="Unknown setting mood"):
        s.with_value(base, "mood", {})


def test_newer_schema_version_loads_what_it_knows() -> None:
    _write(s.settings_path(), {"schema_version": 99, "music": {"volume": 20}})
    settings, warnings = s.load_settings()
    assert settings.music.volume == 20
    assert settings.schema_version == s.SCHEMA_VERSION
    assert any("newer FaceMood" in w for w in warnings)


@pytest.mark.parametrize("version", ["1", 0, -3, True, None])
def test_bad_schema_version_counts_as_corrupt(version: Any) -> None:
    _write(s.settings_path(), {"schema_version": version})
    settings, warnings = s.load_settings()
    assert settings == s.Settings()
    assert len(warnings) == 1 and "damaged" in warnings[0]


@pytest.fixture
def schema_v3(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the schema went to version 3 via two registered migrations."""
    monkeypatch.setattr(migrations, "_MIGRATIONS", {})
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)

    @s.migration(1)
    def rename_volume(data: dict[str, Any]) -> dict[str, Any]:
        music = data.setdefault("music", {})
        if "loudness" in music:
            music["volume"] = round(music.pop("loudness") * 100)
        return data

    @s.migration(2)
    def split_fade(data: dict[str, Any]) -> dict[str, Any]:
        data.setdefault("music", {}).pop("fade_ms", None)
        return data


@pytest.mark.usefixtures("schema_v3")
def test_migration_chain_upgrades_an_old_file() -> None:
    _write(s.settings_path(), {"schema_version": 1, "music": {"loudness": 0.25, "fade_ms": 3}})
    settings, warnings = s.load_settings()
    assert warnings == []
    assert settings.music.volume == 25
    assert settings.schema_version == 3


@pytest.mark.usefixtures("schema_v3")
def test_migrate_does_not_change_its_input() -> None:
    data: dict[str, Any] = {"music": {"loudness": 0.5}}
    migrated, _ = s.migrate(data)
    assert data == {"music": {"loudness": 0.5}}
    assert migrated == {"music": {"volume": 50}, "schema_version": 3}


@pytest.mark.usefixtures("schema_v3")
def test_migration_registered_twice_is_an_error() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        s.migration(1)(lambda data: data)


def test_missing_migration_step_counts_as_corrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    _write(s.settings_path(), {"schema_version": 1})
    settings, warnings = s.load_settings()
    assert settings == s.Settings(schema_version=2)
    assert "No settings migration from schema version 1" in warnings[0]


def test_crashing_migration_never_crashes_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: dict[str, Any]) -> dict[str, Any]:
        return {"music": data["music"]["missing"]}

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "_MIGRATIONS", {1: explode})
    _write(s.settings_path(), {"schema_version": 1, "music": {}})
    settings, warnings = s.load_settings()
    assert settings.music == s.MusicSettings()
    assert "could not be upgraded" in warnings[0]
    assert list(s.settings_path().parent.glob("settings.json.corrupt-*"))
