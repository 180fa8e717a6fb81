"""How the schema declares an option: :func:`option` and :func:`section` make dataclass
fields whose ``metadata`` carries everything the dialog, the tooltips and the validation
read, so an option is described in one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from typing import Any, TypeVar

_T = TypeVar("_T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation under ``context`` (``pyside6-lupdate`` finds it); the
    settings dialog translates it when it shows it. Returns ``text`` unchanged."""
    return text


def option(
    default: _T,
    description: str,
    *,
    label: str = "",
    choices: Mapping[str, str] | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    lengths: tuple[int, ...] | None = None,
) -> _T:
    """A settings field.

    Args:
        default: the value a fresh install has.
        description: the help text (tooltips, docs).
        label: the plain-words label in the settings dialog (English source text).
        choices: an Enum option's value -> plain-words label.
        minimum: the lowest valid number.
        maximum: the highest valid number.
        lengths: the allowed lengths of a list.
    """
    return field(
        default=default,
        metadata=_meta(description, label, choices, minimum, maximum, lengths),
    )


def section(factory: Callable[[], _T], description: str, *, label: str = "") -> _T:
    """A section of the settings: a nested dataclass made by ``factory``."""
    return field(default_factory=factory, metadata=_meta(description, label))


def _meta(
    description: str,
    label: str = "",
    choices: Mapping[str, str] | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    lengths: tuple[int, ...] | None = None,
) -> dict[str, Any]:
    rules = {
        "label": label or None,
        "choices": dict(choices) if choices else None,
        "minimum": minimum,
        "maximum": maximum,
        "lengths": lengths,
    }
    return {"description": description} | {k: v for k, v in rules.items() if v is not None}
