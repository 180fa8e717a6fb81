"""What the schema declares, listed: :func:`schema` (every option) and :func:`sections`,
read by the settings dialog (rows, labels, tooltips, dropdowns) and the docs."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from facemood.settings.schema import Settings


@dataclass(frozen=True)
class FieldInfo:
    """One setting, described for a settings dialog or documentation."""

    name: str
    """Dotted name, e.g. ``"mood.margin"``."""
    type: Any
    default: Any
    description: str
    """The help text (the tooltip)."""
    label: str = ""
    """The plain-words label (English source text; "" for options the dialog does not show)."""
    choices: tuple[Enum, ...] | None = None
    """The allowed values of an Enum-typed setting, in the Enum's order."""
    choice_labels: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Each choice's value -> its plain-words label (English source text)."""
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
                label=f.metadata.get("label", ""),
                choice_labels=f.metadata.get("choices", {}),
                choices=tuple(tp) if is_enum(tp) else None,
                minimum=f.metadata.get("minimum"),
                maximum=f.metadata.get("maximum"),
            )


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


@dataclass(frozen=True)
class SectionInfo:
    """One section of the settings (``vision``, ``mood``, ...)."""

    name: str
    label: str
    """The plain-words title (English source text)."""
    description: str


def sections() -> list[SectionInfo]:
    """Every section, in the schema's order."""
    return [
        SectionInfo(f.name, f.metadata.get("label", f.name), f.metadata.get("description", ""))
        for f in dataclasses.fields(Settings)
        if f.name != "schema_version"
    ]
