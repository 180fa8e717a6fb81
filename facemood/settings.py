"""User settings: one typed schema, validation, migration, and a load that never crashes.

The schema is the dataclasses below. Each field carries its default and, in its
``metadata``, a ``description`` plus optional validation: ``choices``, ``minimum``,
``maximum``, ``lengths`` (allowed list lengths), ``key_choices``/``value_choices``
(for mappings). :func:`schema` lists them for a settings dialog.

Settings are saved as JSON in the user config dir (``settings.json``), atomically
(temp file + ``os.replace``). The file carries ``schema_version``; older files are
upgraded by the chain of functions registered with :func:`migration`.

:func:`load_settings` never raises: a corrupt or unreadable file is moved aside to
``settings.json.corrupt-<timestamp>``, the defaults are used, and the problem is
returned as a warning (and logged). A single bad value only resets that value.

Settings are immutable snapshots (frozen dataclasses; choices are Enums, lists are
tuples): a change makes a new snapshot with :func:`with_value` (validated, by dotted
name) or :func:`dataclasses.replace`, which is handed to whoever needs it. Nothing
shares one object that another thread edits.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import time
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from facemood import paths
from facemood.core.playlist import NeutralChoice, Strategy
from facemood.core.types import Emotion, MusicMood
from facemood.errors import SettingsError
from facemood.files import atomic_write_text, unique_path
from facemood.log import get_logger
from facemood.session import SwitchPolicy
from facemood.vision.options import DetectorName, FacePolicy

SCHEMA_VERSION = 1
"""The version of the schema this code writes."""

SETTINGS_FILE = "settings.json"

_log = get_logger("settings")


def _meta(
    description: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    lengths: tuple[int, ...] | None = None,
) -> dict[str, Any]:
    """A field's ``metadata``: its description and validation rules (unset rules left out)."""
    rules = {"minimum": minimum, "maximum": maximum, "lengths": lengths}
    return {"description": description} | {k: v for k, v in rules.items() if v is not None}


_EMOTION_NAMES = tuple(e.value for e in Emotion)
CustomMapping = tuple[tuple[Emotion, MusicMood], ...]
"""Emotion -> music mood pairs (a JSON object in the file)."""


class Language(StrEnum):
    """The interface languages."""

    SYSTEM = ""
    """The system's language (English where FaceMood has no translation)."""
    ENGLISH = "en"
    KOREAN = "ko"


class TimelineSpan(StrEnum):
    """How much of the past the mood timeline shows."""

    MINUTE = "minute"
    """The last minute."""
    SESSION = "session"
    """Everything since the source was opened."""


@dataclass(frozen=True)
class VisionSettings:
    """Camera and face detection."""

    camera_index: int = field(
        default=0, metadata=_meta("Which camera to use: 0 is the first one.", minimum=0, maximum=63)
    )
    face_policy: FacePolicy = field(
        default=FacePolicy.LARGEST,
        metadata=_meta(
            "With several faces in view: follow the largest face, or average all faces."
        ),
    )
    detector: DetectorName = field(
        default=DetectorName.AUTO,
        metadata=_meta("Face detector backend; 'auto' picks the best one available."),
    )


@dataclass(frozen=True)
class MoodSettings:
    """How detected emotions become a steady mood."""

    window_s: float = field(
        default=1.75,
        metadata=_meta(
            "Smoothing window: seconds of emotion scores averaged.", minimum=0.1, maximum=30.0
        ),
    )
    margin: float = field(
        default=0.15,
        metadata=_meta(
            "Hysteresis: a new mood must beat the current one by this much to take over.",
            minimum=0.0,
            maximum=1.0,
        ),
    )
    dwell_s: float = field(
        default=1.0,
        metadata=_meta(
            "Minimum time in seconds a mood is held before it can change.",
            minimum=0.0,
            maximum=60.0,
        ),
    )
    confidence_floor: float = field(
        default=0.4,
        metadata=_meta(
            "Scores below this confidence count as uncertain and do not change the mood.",
            minimum=0.0,
            maximum=1.0,
        ),
    )
    away_after_s: float = field(
        default=5.0,
        metadata=_meta(
            "Seconds without a face before you count as away.", minimum=0.5, maximum=600.0
        ),
    )
    calibration_bias: tuple[float, ...] = field(
        default=(),
        metadata=_meta(
            "Your taught face: a per-emotion correction in model order (empty: none).",
            lengths=(0, len(_EMOTION_NAMES)),
        ),
    )
    calibrated_on: str = field(
        default="", metadata=_meta("When your face was taught (ISO date; empty: never).")
    )
    baseline: bool = field(
        default=True,
        metadata=_meta(
            "Read moods relative to each person's own resting face, learned as they go."
        ),
    )
    baseline_strength: float = field(
        default=1.0,
        metadata=_meta(
            "How much of the resting-face correction applies (0: none, 1: all).",
            minimum=0.0,
            maximum=1.0,
        ),
    )
    baseline_settle_s: float = field(
        default=1.5,
        metadata=_meta(
            "Seconds of a new face that show its resting face.", minimum=0.2, maximum=30.0
        ),
    )
    baseline_follow_s: float = field(
        default=1.5,
        metadata=_meta(
            "How quickly (seconds) the resting face follows a more relaxed face.",
            minimum=0.1,
            maximum=60.0,
        ),
    )
    baseline_adapt_s: float = field(
        default=60.0,
        metadata=_meta(
            "How slowly (seconds) the resting face adapts while you rest.",
            minimum=1.0,
            maximum=3600.0,
        ),
    )


@dataclass(frozen=True)
class MusicSettings:
    """The music library and how moods pick music."""

    library_dir: str = field(
        default="", metadata=_meta("Your music folder (empty: the bundled demo library).")
    )
    strategy: Strategy = field(
        default=Strategy.MATCH,
        metadata=_meta(
            "Match your mood, lift it (play something brighter), or use your own mapping."
        ),
    )
    custom_mapping: CustomMapping = field(
        default=(),
        metadata=_meta("For the 'custom' strategy: emotion -> music mood."),
    )
    neutral_choice: NeutralChoice = field(
        default=NeutralChoice.CALM,
        metadata=_meta(
            "For a neutral face: play calm music, energetic music, or keep the current music."
        ),
    )
    switch_policy: SwitchPolicy = field(
        default=SwitchPolicy.FADE,
        metadata=_meta("When the mood changes: cross-fade now, or switch when the track ends."),
    )
    fade_s: float = field(
        default=1.5, metadata=_meta("Fade duration in seconds.", minimum=0.0, maximum=10.0)
    )
    volume: int = field(
        default=80, metadata=_meta("Playback volume, 0-100.", minimum=0, maximum=100)
    )
    audio_output: str = field(
        default="",
        metadata=_meta(
            "VLC audio output module, e.g. pulse or alsa (empty: the system default; "
            "dummy: silent)."
        ),
    )
    audio_device: str = field(
        default="",
        metadata=_meta("The output's device, as VLC names it (empty: the output's default)."),
    )


@dataclass(frozen=True)
class LibrarySettings:
    """The music library scan."""

    audio_moods: bool = field(
        default=True,
        metadata=_meta(
            "Estimate the mood of untagged tracks from their audio (in the background)."
        ),
    )


@dataclass(frozen=True)
class GuiSettings:
    """The app window."""

    language: Language = field(
        default=Language.SYSTEM, metadata=_meta("Interface language (empty: the system's).")
    )
    capture_dir: str = field(
        default="", metadata=_meta("Where captured photos go (empty: Pictures/FaceMood).")
    )
    close_to_tray: bool = field(
        default=False,
        metadata=_meta(
            "Closing the window keeps FaceMood running in the system tray (the music goes on)."
        ),
    )
    timeline_span: TimelineSpan = field(
        default=TimelineSpan.MINUTE,
        metadata=_meta("How much of the past the mood timeline shows."),
    )


@dataclass(frozen=True)
class WindowState:
    """Where the window was and how it was divided; remembered, not edited by the user."""

    geometry: str = field(
        default="",
        metadata=_meta("The window's size and place (Qt's saveGeometry, base64; empty: default)."),
    )
    main_split: tuple[int, ...] = field(
        default=(),
        metadata=_meta("Widths of the live view and the side panel.", lengths=(0, 2)),
    )
    view_split: tuple[int, ...] = field(
        default=(),
        metadata=_meta("Heights of the picture and the mood timeline.", lengths=(0, 2)),
    )
    tray_hint_shown: bool = field(
        default=False,
        metadata=_meta("The window has said once what closing it does."),
    )


@dataclass(frozen=True)
class Settings:
    """All of FaceMood's settings."""

    schema_version: int = field(
        default=SCHEMA_VERSION, metadata=_meta("Version of the settings file format.", minimum=1)
    )
    vision: VisionSettings = field(
        default_factory=VisionSettings, metadata=_meta("Camera and face detection.")
    )
    mood: MoodSettings = field(
        default_factory=MoodSettings, metadata=_meta("How emotions become a mood.")
    )
    music: MusicSettings = field(
        default_factory=MusicSettings, metadata=_meta("Music library and choice.")
    )
    library: LibrarySettings = field(
        default_factory=LibrarySettings, metadata=_meta("The music library scan.")
    )
    gui: GuiSettings = field(default_factory=GuiSettings, metadata=_meta("The app window."))
    window: WindowState = field(
        default_factory=WindowState, metadata=_meta("The window's remembered layout.")
    )


# --- schema introspection ------------------------------------------------------------


@dataclass(frozen=True)
class FieldInfo:
    """One setting, described for a settings dialog or documentation."""

    name: str
    """Dotted name, e.g. ``"mood.margin"``."""
    type: Any
    default: Any
    description: str
    choices: tuple[Enum, ...] | None = None
    """The allowed values of an Enum-typed setting, in the Enum's order."""
    minimum: float | None = None
    maximum: float | None = None


def schema() -> list[FieldInfo]:
    """Every leaf setting (not ``schema_version``) with its type, default and description."""
    return list(_walk(Settings, ""))


def _walk(cls: type[Any], prefix: str) -> Iterator[FieldInfo]:
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        if dataclasses.is_dataclass(tp):
            yield from _walk(typing.cast(type[Any], tp), f"{prefix}{f.name}.")
        elif f.name != "schema_version":
            yield FieldInfo(
                name=f"{prefix}{f.name}",
                type=tp,
                default=_default(f),
                description=f.metadata.get("description", ""),
                choices=tuple(tp) if _is_enum(tp) else None,
                minimum=f.metadata.get("minimum"),
                maximum=f.metadata.get("maximum"),
            )


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


# --- conversion and validation -------------------------------------------------------


class _InvalidValueError(Exception):
    """One value failed validation (internal; becomes a warning or a SettingsError)."""

    def __init__(
        self, name: str, reason: str, description: str = "", *, unknown: bool = False
    ) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.description = description
        self.unknown = unknown


def _check(name: str, value: Any, tp: Any, meta: Mapping[str, Any]) -> Any:
    """``value`` converted to ``tp`` if valid, else raise :class:`_InvalidValueError`."""

    def bad(reason: str) -> _InvalidValueError:
        return _InvalidValueError(name, f"{reason} (got {value!r})", meta.get("description", ""))

    origin = typing.get_origin(tp)
    if _is_enum(tp):
        values = [m.value for m in tp]
        if isinstance(value, Enum) or value not in values:
            raise bad("must be one of " + ", ".join(repr(v) for v in values))
        result: Any = tp(value)
    elif tp is bool:
        if not isinstance(value, bool):
            raise bad("must be true or false")
        result = value
    elif tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("must be a whole number")
        result = value
    elif tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("must be a number")
        if not math.isfinite(value):
            raise bad("must be a finite number")
        result = float(value)
    elif tp is str:
        if not isinstance(value, str):
            raise bad("must be text")
        result = value
    elif tp == CustomMapping:
        if not isinstance(value, Mapping):
            raise bad("must be a mapping of emotion to music mood")
        result = tuple(
            (
                _check(f"{name} key", k, Emotion, {}),
                _check(f"{name}[{k!r}]", v, MusicMood, {}),
            )
            for k, v in value.items()
        )
    elif origin is tuple:
        if not isinstance(value, list | tuple):
            raise bad("must be a list")
        item_tp, _ = typing.get_args(tp)
        result = tuple(_check(f"{name}[{i}]", item, item_tp, {}) for i, item in enumerate(value))
    else:  # pragma: no cover - the schema only uses the types above
        raise TypeError(f"unsupported setting type {tp!r} for {name}")

    minimum, maximum = meta.get("minimum"), meta.get("maximum")
    too_low = minimum is not None and result < minimum
    too_high = maximum is not None and result > maximum
    if too_low or too_high:
        if minimum is not None and maximum is not None:
            raise bad(f"must be between {minimum} and {maximum}")
        raise bad(f"must be at least {minimum}" if too_low else f"must be at most {maximum}")
    lengths = meta.get("lengths")
    if lengths is not None and len(result) not in lengths:
        raise bad("must have " + " or ".join(str(n) for n in lengths) + " items")
    return result


def _build(
    cls: type[Any], data: Mapping[str, Any], prefix: str, problems: list[_InvalidValueError]
) -> Any:
    """Build dataclass ``cls`` from ``data``; bad values are appended to ``problems`` and
    replaced by their defaults."""
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in known:
            problems.append(
                _InvalidValueError(f"{prefix}{key}", "is not a known setting", unknown=True)
            )
    kwargs: dict[str, Any] = {}
    for name, f in known.items():
        if name not in data:
            continue  # missing values take their defaults
        tp, value, dotted = hints[name], data[name], f"{prefix}{name}"
        if dataclasses.is_dataclass(tp):
            if isinstance(value, Mapping):
                kwargs[name] = _build(typing.cast(type[Any], tp), value, f"{dotted}.", problems)
            else:
                problems.append(_InvalidValueError(dotted, f"must be a section (got {value!r})"))
            continue
        try:
            kwargs[name] = _check(dotted, value, tp, f.metadata)
        except _InvalidValueError as exc:
            problems.append(exc)
    return cls(**kwargs)


def _error(problem: _InvalidValueError) -> SettingsError:
    detail = problem.description
    return SettingsError(f"Invalid setting {problem.name}: {problem.reason}", detail)


def settings_from_dict(data: Mapping[str, Any]) -> Settings:
    """Build validated settings from a (current-version) mapping; missing values default.

    Raises:
        SettingsError: a value is invalid or unknown; the message names the field,
            e.g. ``Invalid setting mood.margin: must be at most 1.0 (got 2)``.
    """
    problems: list[_InvalidValueError] = []
    settings: Settings = _build(Settings, data, "", problems)
    if problems:
        raise _error(problems[0])
    return settings


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """A JSON-ready copy of ``settings``: Enums as their values, tuples as lists, the
    custom mapping as an object."""
    return typing.cast(dict[str, Any], _plain(settings))


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = typing.get_type_hints(type(value))
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if hints[f.name] == CustomMapping:
                out[f.name] = {e.value: m.value for e, m in item}
            else:
                out[f.name] = _plain(item)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def validate_settings(settings: Settings) -> None:
    """Check every value of ``settings`` (e.g. after the GUI edited it).

    Raises:
        SettingsError: naming the first invalid field.
    """
    settings_from_dict(settings_to_dict(settings))


def with_value(settings: Settings, name: str, value: Any) -> Settings:
    """A validated copy of ``settings`` with the dotted setting ``name`` set to ``value``.

    Raises:
        SettingsError: unknown name or invalid value.
    """
    data = settings_to_dict(settings)
    *sections, leaf = name.split(".")
    node = data
    for section in sections:
        child = node.get(section)
        if not isinstance(child, dict):
            raise SettingsError(f"Unknown setting {name}")
        node = child
    if leaf not in node or (isinstance(node[leaf], dict) and not sections):
        raise SettingsError(f"Unknown setting {name}")
    node[leaf] = value
    return settings_from_dict(data)


# --- migration -----------------------------------------------------------------------

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


# --- files ---------------------------------------------------------------------------


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
        data, warnings = migrate(data)
    except (UnicodeDecodeError, ValueError, SettingsError) as exc:
        return _defaults(), _report([_set_aside(path, f"is damaged ({exc})")])
    except Exception as exc:  # a migration step choked on odd data: still never crash
        _log.debug("settings migration failed", exc_info=True)
        return _defaults(), _report([_set_aside(path, f"could not be upgraded ({exc!r})")])

    problems: list[_InvalidValueError] = []
    settings: Settings = dataclasses.replace(
        _build(Settings, data, "", problems), schema_version=SCHEMA_VERSION
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
    return Settings(schema_version=SCHEMA_VERSION)


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
