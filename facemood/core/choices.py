"""The choice enums of the settings that belong to no one subsystem's parameters.

The settings schema (:mod:`facemood.settings.schema`) types its choices with these and
with the subsystems' own enums (:class:`~facemood.core.playlist.Strategy`,
:class:`~facemood.core.playlist.NeutralChoice`, :class:`~facemood.vision.options.FacePolicy`,
:class:`~facemood.vision.options.DetectorName`), so the runtime never imports the
settings to learn what a value means.
"""

from __future__ import annotations

from enum import StrEnum


class SwitchPolicy(StrEnum):
    """When new music starts after the mood changed."""

    FADE = "fade"
    """Fade the current track out (``fade_s``) and start the new mood now."""
    TRACK_END = "track_end"
    """Let the current track finish, then play the new mood."""


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
