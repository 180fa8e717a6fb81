"""Versioned migrations of ``settings.json``: each registered step upgrades a raw mapping
from one schema version to the next (Picard's ``config_upgrade``)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from facemood.errors import SettingsError
from facemood.log import get_logger

SCHEMA_VERSION = 1
"""The version of the schema this code writes."""

_log = get_logger("settings")

Migration = Callable[[dict[str, Any]], dict[str, Any]]
_MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as the upgrade from ``from_version`` to the next.

    The function gets the raw settings mapping of version ``from_version`` and returns
    the mapping of version ``from_version + 1`` (``schema_version`` is set for it).
    Bump :data:`SCHEMA_VERSION` together with adding one.
    """

    def register(fn: Migration) -> Migration:
        if from_version in _MIGRATIONS:
            raise ValueError(f"migration from version {from_version} registered twice")
        _MIGRATIONS[from_version] = fn
        return fn

    return register


def migrate(data: dict[str, Any], target: int | None = None) -> tuple[dict[str, Any], list[str]]:
    """Upgrade a raw settings mapping to schema version ``target`` (default: current).

    A file without ``schema_version`` is taken as version 1.

    Returns:
        The upgraded mapping and warnings (e.g. the file comes from a newer FaceMood).

    Raises:
        SettingsError: the version is not a whole number, or no migration step exists.
    """
    target = SCHEMA_VERSION if target is None else target
    version = data.get("schema_version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SettingsError(f"Invalid settings schema_version {version!r}")
    warnings: list[str] = []
    if version > target:
        warnings.append(
            f"The settings file was written by a newer FaceMood (schema {version}); "
            "settings this version does not know are ignored."
        )
        data = {**data, "schema_version": target}
    while version < target:
        step = _MIGRATIONS.get(version)
        if step is None:
            raise SettingsError(f"No settings migration from schema version {version}")
        data = step(copy.deepcopy(data))
        version += 1
        data["schema_version"] = version
        _log.info("Upgraded settings to schema version %d", version)
    return data, warnings
