"""Immutable values that bridge workers send to the GUI thread through queued signals.

Every signal in :mod:`facemood.bridge` carries one of these frozen dataclasses (or a
frozen value from :mod:`facemood.core.types`), so a value can be read by the GUI thread
while the worker goes on without any locking. ``QImage`` is implicitly shared and
copy-on-write, so a frame image is safe to hand over once the worker stops touching it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QImage

from facemood.core.types import Emotion, FrameAnalysis, MusicMood


class SourceState(Enum):
    """What the capture worker is doing with its source."""

    STARTING = "starting"
    RUNNING = "running"
    RETRYING = "retrying"
    """The camera is missing or was lost; the worker tries again with back-off."""
    ENDED = "ended"
    """A video or photo source reached its end."""
    STOPPED = "stopped"
    """Stopped on request (pause, source change, shutdown); the camera is released."""
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """A change in the capture worker's state, with a UI-ready explanation."""

    state: SourceState
    spec: str
    message: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class MoodReading:
    """The mood engine's view after one frame (a Qt-free copy of its update).

    Attributes:
        t: timestamp of the frame in seconds.
        smoothed: smoothed probabilities in ``EMOTIONS`` order, or None before any face.
        mood: the dominant emotion, or None when nothing is known yet.
        away: no face for longer than the away time.
        changed: the dominant mood changed with this frame.
    """

    t: float
    smoothed: tuple[float, ...] | None
    mood: Emotion | None
    away: bool
    changed: bool


@dataclass(frozen=True, slots=True)
class FramePacket:
    """One analysed frame: the picture, what the pipeline saw, and the mood after it.

    Attributes:
        frame: the frame at full size, BGR, read-only (what a capture saves; turned into
            an image only then, on the photo pool).
        display: the frame already scaled (on the worker) to fit the preview, so the GUI
            thread only copies pixels.
        analysis: faces (in full-size pixel coordinates) and scores.
        reading: the mood engine's view after this frame.
        fps: frames analysed per second (smoothed).
        analysis_ms: time spent in the pipeline and mood engine for this frame.
    """

    frame: npt.NDArray[np.uint8]
    display: QImage
    analysis: FrameAnalysis
    reading: MoodReading | None
    fps: float
    analysis_ms: float


@dataclass(frozen=True, slots=True)
class OneShotResult:
    """A photo (capture or dropped file) analysed on its own.

    Attributes:
        path: the photo's file.
        image: the photo, for display.
        analysis: the pipeline's result for the photo.
        emotion: the primary face's top emotion, or None when no face was found.
    """

    path: str
    image: QImage
    analysis: FrameAnalysis
    emotion: Emotion | None


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """How far a library scan got."""

    done: int
    total: int
    current: str = ""


@dataclass(frozen=True, slots=True)
class TrackInfo:
    """A Qt-free, GUI-friendly summary of one track."""

    path: str
    title: str
    artist: str
    album: str
    duration: float
    mood: MusicMood | None
    cover: bytes | None = None


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file the scan could not use, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """The result of a finished (or cancelled) library scan."""

    library_dir: str
    tracks: tuple[TrackInfo, ...]
    skipped: tuple[SkippedFile, ...]
    cancelled: bool = False

    def counts(self) -> dict[str, int]:
        """Number of tracks per music mood (``"untagged"`` for tracks without one)."""
        result: dict[str, int] = {m.value: 0 for m in MusicMood}
        result["untagged"] = 0
        for track in self.tracks:
            result[track.mood.value if track.mood else "untagged"] += 1
        return result


class PlayState(Enum):
    """Playback state as the GUI shows it."""

    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"
    UNAVAILABLE = "unavailable"
    """No audio backend (libVLC missing); the app goes on without sound."""


@dataclass(frozen=True, slots=True)
class PlaybackSnapshot:
    """The player's state, polled a few times a second on the player thread."""

    state: PlayState
    position: float
    duration: float
    volume: int


@dataclass(frozen=True, slots=True)
class MusicChoice:
    """What the music service decided to play and why.

    Attributes:
        music_mood: the mood whose playlist plays.
        reason: "auto", "override" or "photo".
        emotion: the emotion that led to it (None for a manual override).
        note: a remark for the user, e.g. a fallback to a neighbouring mood.
        queue: the upcoming tracks of that mood.
    """

    music_mood: MusicMood
    reason: str
    emotion: Emotion | None
    note: str = ""
    queue: tuple[TrackInfo, ...] = field(default_factory=tuple)
