"""Conversion and validation: a JSON mapping to checked, frozen :class:`Settings` and
back, and :func:`with_value` for one change by dotted name. The rules are the ones the
schema declares (types, choices, ``minimum``/``maximum``, ``lengths``)."""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any

from facemood.core.types import Emotion, MusicMood
from facemood.errors import SettingsError
from facemood.settings.fields import is_enum
from facemood.settings.schema import CustomMapping, Settings


class InvalidValueError(Exception):
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
    """``value`` converted to ``tp`` if valid, else raise :class:`InvalidValueError`."""

    def bad(reason: str) -> InvalidValueError:
        return InvalidValueError(name, f"{reason} (got {value!r})", meta.get("description", ""))

    origin = typing.get_origin(tp)
    if is_enum(tp):
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


def build(
    cls: type[Any], data: Mapping[str, Any], prefix: str, problems: list[InvalidValueError]
) -> Any:
    """Build dataclass ``cls`` from ``data``; bad values are appended to ``problems`` and
    replaced by their defaults."""
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key in data:
        if key not in known:
            problems.append(
                InvalidValueError(f"{prefix}{key}", "is not a known setting", unknown=True)
            )
    kwargs: dict[str, Any] = {}
    for name, f in known.items():
        if name not in data:
            continue  # missing values take their defaults
        tp, value, dotted = hints[name], data[name], f"{prefix}{name}"
        if dataclasses.is_dataclass(tp):
            if isinstance(value, Mapping):
                kwargs[name] = build(typing.cast(type[Any], tp), value, f"{dotted}.", problems)
            else:
                problems.append(InvalidValueError(dotted, f"must be a section (got {value!r})"))
            continue
        try:
            kwargs[name] = _check(dotted, value, tp, f.metadata)
        except InvalidValueError as exc:
            problems.append(exc)
    return cls(**kwargs)


def _error(problem: InvalidValueError) -> SettingsError:
    detail = problem.description
    return SettingsError(f"Invalid setting {problem.name}: {problem.reason}", detail)


def settings_from_dict(data: Mapping[str, Any]) -> Settings:
    """Build validated settings from a (current-version) mapping; missing values default.

    Raises:
        SettingsError: a value is invalid or unknown; the message names the field,
            e.g. ``Invalid setting mood.margin: must be at most 1.0 (got 2)``.
    """
    problems: list[InvalidValueError] = []
    settings: Settings = build(Settings, data, "", problems)
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
