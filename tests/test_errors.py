"""The error hierarchy carries UI-ready text."""

from __future__ import annotations

import pytest

from facemood import errors


@pytest.mark.parametrize(
    "cls",
    [
        errors.ModelError,
        errors.SourceError,
        errors.LibraryError,
        errors.PlaybackError,
        errors.SettingsError,
    ],
)
def test_area_errors_are_facemood_errors(cls: type[errors.FaceMoodError]) -> None:
    exc = cls("Short text", "How to fix it.")
    assert isinstance(exc, errors.FaceMoodError)
    assert (exc.message, exc.detail) == ("Short text", "How to fix it.")
    assert str(exc) == "Short text: How to fix it."


def test_detail_is_optional() -> None:
    assert str(errors.FaceMoodError("Only this")) == "Only this"
    assert errors.FaceMoodError("Only this").detail == ""
