"""``settings.json``: where it is, a load that never raises, and an atomic save.

A corrupt or unreadable file is moved aside to ``settings.json.corrupt-<timestamp>``,
the defaults are used, and the problem is returned as a warning (and logged). A single
bad value only resets that value.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from pathlib import Path

from facemood import paths
from facemood.errors import SettingsError
from facemood.files import atomic_write_text, unique_path
from facemood.log import get_logger
from facemood.settings import migrations
from facemood.settings.schema import Settings
from facemood.settings.validation import (
    InvalidValueError,
    build,
    settings_to_dict,
    validate_settings,
)

SETTINGS_FILE = "settings.json"

_log = get_logger("settings")


def settings_path() -> Path:
    """``settings.json`` in the user config dir (honours ``FACEMOOD_HOME``)."""
    return paths.config_dir(create=False) / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read settings; never raises.

    A missing file gives the defaults. A file that cannot be read, is not valid JSON
    or cannot be migrated is moved aside (``<name>.corrupt-<timestamp>``) and the
    defaults are used. Invalid or unknown values are reset to their defaults.

    Returns:
        The settings and a list of plain-language warnings (also logged) to show the user.
    """
    path = settings_path() if path is None else path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _defaults(), []
    except OSError as exc:
        return _defaults(), _report([_set_aside(path, f"could not be read ({_why(exc)})")])

    try:
        # utf-8-sig: a file saved by an editor that adds a byte-order mark is still fine.
        data = json.loads(raw.decode("utf-8-sig"))
        if not isinstance(data, dict):
            raise ValueError("the top level is not a JSON object")
        data, warnings = migrations.migrate(data)
    except (UnicodeDecodeError, ValueError, SettingsError) as exc:
        return _defaults(), _report([_set_aside(path, f"is damaged ({exc})")])
    except Exception as exc:  # a migration step choked on odd data: still never crash
        _log.debug("settings migration failed", exc_info=True)
        return _defaults(), _report([_set_aside(path, f"could not be upgraded ({exc!r})")])

    problems: list[InvalidValueError] = []
    settings: Settings = dataclasses.replace(
        build(Settings, data, "", problems), schema_version=migrations.SCHEMA_VERSION
    )
    for problem in problems:
        if problem.name == "schema_version":
            continue
        if problem.unknown:
            warnings.append(f"Setting {problem.name} is not known and was ignored.")
        else:
            warnings.append(
                f"Setting {problem.name} {problem.reason}; the default is used instead."
            )
    return settings, _report(warnings)


def _defaults() -> Settings:
    return Settings(schema_version=migrations.SCHEMA_VERSION)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Validate and write ``settings`` atomically (temp file + ``os.replace``).

    Returns:
        The file written.

    Raises:
        SettingsError: a value is invalid, or the file could not be written.
    """
    validate_settings(settings)
    path = settings_path() if path is None else path
    text = json.dumps(settings_to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise SettingsError(
            "Could not save the settings",
            f"Writing {path} failed: {_why(exc)}. Check that the folder is writable.",
        ) from exc
    _log.debug("Saved settings to %s", path)
    return path


def _set_aside(path: Path, reason: str) -> str:
    """Move a bad settings file out of the way; return the warning text."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = unique_path(path.parent, f"{path.name}.corrupt-{stamp}", "")
    try:
        os.replace(path, backup)
    except OSError as exc:
        return (
            f"The settings file {path} {reason} and could not be moved aside "
            f"({_why(exc)}); the default settings are used."
        )
    return (
        f"The settings file {path} {reason}. It was kept as {backup.name} and the "
        "default settings are used."
    )


def _report(warnings: list[str]) -> list[str]:
    for warning in warnings:
        _log.warning("%s", warning)
    return warnings


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
