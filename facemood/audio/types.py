"""Value types of the audio analysis: the features of one track, and why one was not analysed.

Plain frozen dataclasses, so they cross process boundaries (pickled by
:mod:`multiprocessing`) and threads unchanged.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from facemood.errors import AudioAnalysisError


class Mode(StrEnum):
    """The mode of the best-fitting key profile."""

    MAJOR = "major"
    MINOR = "minor"


@dataclass(frozen=True, slots=True)
class AudioFeatures:
    """What the analysis measured on one track's excerpt (see :mod:`facemood.audio.features`).

    Attributes:
        loudness_db: RMS level of the excerpt in dB full scale (0 = a full-scale square).
        dynamics_db: loudness range, 90th minus 10th percentile of the short-term level.
        flux: mean spectral flux of the level-normalised, log-compressed spectrum per frame.
        onset_rate: detected note/drum onsets per second.
        tempo: beats per minute (40-200); the level with the clearest periodicity.
        pulse_clarity: how periodic the onsets are at ``tempo`` (0 none, 1 a metronome).
        centroid_hz: spectral centroid (brightness) of the excerpt.
        flatness: mean spectral flatness, 0 (pure tones) to 1 (white noise).
        mode: major or minor, from the chroma's best Krumhansl-Kessler key profile.
        majorness: best major minus best minor key-profile correlation (-2..2).
        key: the best key's tonic, e.g. ``"A"`` (with ``mode``: A minor).
        key_clarity: correlation of the chroma with that key's profile (-1..1).
        seconds: length of the excerpt analysed.
        descriptors: the learnt model's input, named by
            :data:`facemood.audio.descriptors.DESCRIPTOR_NAMES`.
    """

    loudness_db: float
    dynamics_db: float
    flux: float
    onset_rate: float
    tempo: float
    pulse_clarity: float
    centroid_hz: float
    flatness: float
    mode: Mode
    majorness: float
    key: str
    key_clarity: float
    seconds: float
    descriptors: tuple[float, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (``mode`` as its text)."""
        data = dataclasses.asdict(self)
        data["mode"] = self.mode.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AudioFeatures:
        """The inverse of :meth:`to_dict`.

        Raises:
            KeyError, ValueError, TypeError: ``data`` is not such a mapping.
        """
        values = {f.name: data[f.name] for f in dataclasses.fields(cls)}
        values["mode"] = Mode(values["mode"])
        descriptors = values.pop("descriptors")
        if not isinstance(descriptors, list | tuple) or not all(
            isinstance(v, int | float) for v in descriptors
        ):
            raise TypeError(f"descriptors must be a list of numbers, not {descriptors!r}")
        values["descriptors"] = tuple(float(v) for v in descriptors)
        for name, value in values.items():
            if name not in ("mode", "key", "descriptors") and not isinstance(value, int | float):
                raise TypeError(f"{name} must be a number, not {value!r}")
        return cls(**values)


class AnalysisProblem(StrEnum):
    """Why a track was not analysed (recorded, shown as "not analysed: <reason>")."""

    FORMAT = "format"
    """Neither libsndfile nor libVLC decodes this format (or libVLC is not installed)."""
    CORRUPT = "corrupt"
    """The decoder gave up on the data."""
    UNREADABLE = "unreadable"
    """The operating system would not let us read the file."""
    TOO_SHORT = "too short"
    """Less audio than the analysis needs."""
    SILENT = "silent"
    """The excerpt is digital silence."""
    CRASHED = "crashed"
    """The decoder crashed the analysis process on this file."""
    TIMED_OUT = "timed out"
    """Decoding took far longer than it should."""


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """A track that was not analysed: the reason and the decoder's words."""

    problem: AnalysisProblem
    detail: str = ""

    def describe(self) -> str:
        """``"not analysed: format"`` and the detail, for the UI."""
        text = f"not analysed: {self.problem.value}"
        return f"{text} ({self.detail})" if self.detail else text


AnalysisOutcome = AudioFeatures | AnalysisFailure
"""What analysing one file gave."""


class AnalysisError(AudioAnalysisError):
    """A file could not be analysed; ``problem`` says why.

    Args:
        problem: the recorded reason.
        message: short text, e.g. ``"song.wma: no decoder for this format"``.
        detail: what the decoder said.
    """

    def __init__(self, problem: AnalysisProblem, message: str, detail: str = "") -> None:
        super().__init__(message, detail)
        self.problem = problem

    def failure(self) -> AnalysisFailure:
        """This error as a recordable :class:`AnalysisFailure`."""
        return AnalysisFailure(self.problem, self.detail or self.message)
