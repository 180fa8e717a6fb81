"""User settings: one declarative schema, validation, migrations and storage.

* :mod:`~facemood.settings.schema`: the sections and options (type, default, valid
  values, label, help text), declared once with :mod:`~facemood.settings.option`.
* :mod:`~facemood.settings.fields`: the options listed for the dialog and docs.
* :mod:`~facemood.settings.validation`: mapping <-> checked snapshot, :func:`with_value`.
* :mod:`~facemood.settings.migrations`: versioned upgrades of old files.
* :mod:`~facemood.settings.storage`: ``settings.json``, loaded without ever raising and
  saved atomically.

Settings are immutable snapshots (frozen dataclasses; choices are Enums, lists are
tuples): a change makes a new snapshot with :func:`with_value` (validated, by dotted
name) or :func:`dataclasses.replace`, which is handed to whoever needs it. Nothing
shares one object that another thread edits.
"""

from facemood.core.choices import Language, SwitchPolicy, TimelineSpan
from facemood.settings.fields import FieldInfo, SectionInfo, schema, sections
from facemood.settings.migrations import SCHEMA_VERSION, migrate, migration
from facemood.settings.schema import (
    CustomMapping,
    GuiSettings,
    LibrarySettings,
    MoodSettings,
    MusicSettings,
    Settings,
    VisionSettings,
    WindowState,
)
from facemood.settings.storage import SETTINGS_FILE, load_settings, save_settings, settings_path
from facemood.settings.validation import (
    settings_from_dict,
    settings_to_dict,
    validate_settings,
    with_value,
)

__all__ = [
    "SCHEMA_VERSION",
    "SETTINGS_FILE",
    "CustomMapping",
    "FieldInfo",
    "GuiSettings",
    "Language",
    "LibrarySettings",
    "MoodSettings",
    "MusicSettings",
    "SectionInfo",
    "Settings",
    "SwitchPolicy",
    "TimelineSpan",
    "VisionSettings",
    "WindowState",
    "load_settings",
    "migrate",
    "migration",
    "save_settings",
    "schema",
    "sections",
    "settings_from_dict",
    "settings_path",
    "settings_to_dict",
    "validate_settings",
    "with_value",
]
