"""The settings snapshot a running window uses, and who hears of a change.

A change is announced per section (``section_changed(name, old, new)``) and each owner
reacts to its own (:meth:`SettingsKeeper.watch`), as qutebrowser's ``config.changed``
with ``change_filter``: no one place compares old and new settings for everybody.
Every applied snapshot is handed to ``save`` (the file pool writes it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from facemood.errors import FaceMoodError
from facemood.settings import Settings, with_value

SECTIONS = tuple(f.name for f in dataclasses.fields(Settings) if f.name != "schema_version")
"""The sections, in the schema's order (the order changes are announced in)."""

OnChange = Callable[[Settings, Settings], None]
"""A section's listener: ``(old, new)`` snapshots."""


class SettingsKeeper(QObject):
    """Holds the current snapshot; applies, saves and announces changes.

    Signals:
        section_changed: ``(section, old, new)`` once per section that differs.
        applied: the new snapshot, after every section was announced.
        change_refused: ``(message, detail)`` when a value was invalid (nothing changed).

    Args:
        settings: the loaded snapshot.
        save: writes a snapshot (called on the GUI thread; it should not block).
    """

    section_changed = Signal(str, object, object)
    applied = Signal(object)
    change_refused = Signal(str, str)

    def __init__(
        self, settings: Settings, save: Callable[[Settings], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._current = settings
        self._save = save

    @property
    def current(self) -> Settings:
        """The snapshot in use."""
        return self._current

    def watch(self, section: str, listener: OnChange) -> None:
        """Call ``listener(old, new)`` whenever ``section`` changes."""
        if section not in SECTIONS:
            raise ValueError(f"no settings section {section!r}")

        def filtered(name: str, old: Settings, new: Settings) -> None:
            if name == section:
                listener(old, new)

        self.section_changed.connect(filtered)

    def change(self, values: Mapping[str, object], *, announce: bool = True) -> bool:
        """Set the dotted settings in ``values`` (validated, in one snapshot) and apply it;
        False (and ``change_refused``) when a value is invalid.

        ``announce=False`` only keeps and saves it: for a value its owner already uses
        (the volume the player was just set to, the language just switched to)."""
        new = self._current
        try:
            for name, value in values.items():
                new = with_value(new, name, value)
        except FaceMoodError as exc:
            self.change_refused.emit(exc.message, exc.detail)
            return False
        self.apply(new, announce=announce)
        return True

    def apply(self, new: Settings, *, announce: bool = True) -> None:
        """Use, save and announce ``new`` (section by section, then ``applied``; with
        ``announce=False`` nobody is told)."""
        old, self._current = self._current, new
        self._save(new)
        if not announce:
            return
        for section in SECTIONS:
            if getattr(old, section) != getattr(new, section):
                self.section_changed.emit(section, old, new)
        self.applied.emit(new)
