"""The application's own exceptions.

Every area raises a :class:`FaceMoodError` subclass and translates third-party
exceptions (OpenCV, LiteRT, mutagen, libVLC, ``OSError``) into one at its boundary,
so the GUI and the command line can show any failure the same way: ``message`` is
one short line fit for a status bar or a dialog title, ``detail`` says what
happened and how to fix it.
"""

from __future__ import annotations


class FaceMoodError(Exception):
    """Base class of every error FaceMood reports to the user.

    Args:
        message: short, UI-ready text, e.g. ``"The emotion model could not be loaded"``.
        detail: longer text for a dialog or the log: the cause and how to fix it.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        if self.detail:
            return f"{self.message}: {self.detail}"
        return self.message


class ModelError(FaceMoodError):
    """The emotion model is missing, broken, or failed to run."""


class SourceError(FaceMoodError):
    """A camera, video file or photo could not be opened or read."""


class LibraryError(FaceMoodError):
    """The music library could not be scanned, indexed or tagged."""


class AudioAnalysisError(FaceMoodError):
    """A track's audio could not be decoded or analysed for a mood estimate."""


class PlaybackError(FaceMoodError):
    """Audio playback failed (libVLC missing, bad output, unplayable file)."""


class SettingsError(FaceMoodError):
    """A setting has an invalid value, or the settings file could not be written."""
