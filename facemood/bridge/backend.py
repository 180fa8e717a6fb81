"""The one place where the bridge meets the Qt-free core.

Every call into vision, mood, library, playlist and playback code goes through here,
so the threads in :mod:`facemood.bridge` depend on a handful of small, typed adapters
rather than on each area's full API. Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from facemood.bridge.values import (
    MoodReading,
    PlaybackSnapshot,
    PlayState,
    ScanOutcome,
    SkippedFile,
    TrackInfo,
)
from facemood.core.types import Emotion, FrameAnalysis, MusicMood
from facemood.settings import Settings

log = logging.getLogger("facemood.bridge")

Image = npt.NDArray[np.uint8]


def is_camera_spec(spec: str) -> bool:
    """Whether ``spec`` names a camera (a device index)."""
    return spec.strip().isdigit()


# -- frames ---------------------------------------------------------------------------


_LIVE_READ_TIMEOUT_S = 0.25
"""How long a live read waits before the capture loop checks for a stop request."""


class FrameStream:
    """An opened frame source: ``read()`` gives ``(image, t, index)`` or None.

    For a file, None is the end. For a live camera, None only means no frame arrived
    within a short timeout (the camera reconnects by itself and reports it).
    """

    def __init__(self, source: Any) -> None:
        self._source = source
        self.live: bool = bool(getattr(source, "live", False))

    def read(self) -> tuple[Image, float, int] | None:
        """The next frame, or None (see the class docstring)."""
        if self.live:
            frame = self._source.read(timeout=_LIVE_READ_TIMEOUT_S)
        else:
            frame = self._source.read()
        if frame is None:
            return None
        return frame.image, float(frame.t), int(frame.index)

    def close(self) -> None:
        """Release the source (the camera light goes off)."""
        self._source.close()


StatusForward = Callable[[str, str, str], None]
"""Receives ``(state, message, detail)``; state is "retrying", "running" or "failed"."""


def open_frames(
    spec: str, settings: Settings, on_status: StatusForward, loop: bool = False
) -> FrameStream:
    """Open a camera index, video, photo or folder of photos.

    ``loop`` restarts a video at its end (benchmarks, demos). A camera that is missing or
    lost is retried by the source itself; its state changes
    reach ``on_status`` (from the source's own thread: forward only, no work).

    Raises:
        FaceMoodError: the source cannot be opened.
    """
    from facemood.vision.sources import SourceEvent, SourceStatus, open_source

    states = {
        SourceStatus.RECONNECTING: "retrying",
        SourceStatus.OPEN: "running",
        SourceStatus.FAILED: "failed",
    }

    def forward(event: SourceEvent) -> None:
        state = states.get(event.status)
        if state is not None:
            on_status(state, event.message, event.detail)

    source = open_source(spec, on_status=forward, loop=loop)
    source.open()
    return FrameStream(source)


def fit_frame(frame: Image, width: int, height: int) -> Image:
    """``frame`` scaled (area-averaged) to fit inside ``width`` x ``height``, aspect kept."""
    import cv2

    h, w = frame.shape[:2]
    scale = min(width / w, height / h)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    if size == (w, h):
        return frame
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    out: Image = np.asarray(cv2.resize(frame, size, interpolation=interpolation), dtype=np.uint8)
    return out


def list_cameras(max_index: int = 8) -> list[int]:
    """Indices of the cameras present. Slow on Windows/macOS (opens devices): run it on
    a worker thread.

    On Linux the V4L2 device nodes (``/dev/videoN``) name the indices without opening
    anything; elsewhere each index up to ``max_index`` is tried with OpenCV.
    """
    import glob
    import re
    import sys

    if sys.platform.startswith("linux"):
        found = set()
        for node in glob.glob("/dev/video*"):
            match = re.fullmatch(r"/dev/video(\d+)", node)
            if match:
                found.add(int(match.group(1)))
        return sorted(found)
    import cv2

    present = []
    for index in range(max_index):
        capture = cv2.VideoCapture(index)
        try:
            if capture.isOpened():
                present.append(index)
        finally:
            capture.release()
    return present


# -- analysis -------------------------------------------------------------------------


class Analyzer(Protocol):
    """Turns one frame into a :class:`FrameAnalysis`."""

    def analyze(self, image: Image, t: float, index: int) -> FrameAnalysis:
        """Analyse one BGR frame."""
        ...

    def close(self) -> None:
        """Release the detector and the model (on the thread that used them)."""
        ...


class _PipelineAnalyzer:
    def __init__(self, pipeline: Any) -> None:
        self._pipeline = pipeline

    def analyze(self, image: Image, t: float, index: int) -> FrameAnalysis:
        from facemood.vision.sources import Frame

        result: FrameAnalysis = self._pipeline.analyze(Frame(index=index, t=t, image=image))
        return result

    def close(self) -> None:
        self._pipeline.close()
        close_model = getattr(self._pipeline.model, "close", None)
        if close_model is not None:
            close_model()


def create_analyzer(settings: Settings) -> Analyzer:
    """The vision pipeline configured from ``settings``.

    Raises:
        FaceMoodError: the model or detector could not be loaded.
    """
    from facemood.vision.pipeline import Pipeline

    return _PipelineAnalyzer(
        Pipeline.create(
            detector=settings.vision.detector,
            face_policy=settings.vision.face_policy,
        )
    )


_photo_local = threading.local()


def analyze_photo(path: str, settings: Settings) -> FrameAnalysis:
    """Analyse one photo on its own (a pipeline per worker thread, reused).

    Raises:
        FaceMoodError: the photo cannot be read or the model cannot be loaded.
    """
    from facemood.vision.sources import read_image

    analyzer: Analyzer | None = getattr(_photo_local, "analyzer", None)
    if analyzer is None:
        analyzer = create_analyzer(settings)
        _photo_local.analyzer = analyzer
    image = read_image(Path(path))
    analysis = analyzer.analyze(image, 0.0, 0)
    if analysis.path is None:
        from dataclasses import replace

        analysis = replace(analysis, path=path)
    return analysis


def release_photo_analyzer() -> None:
    """Free the calling thread's photo pipeline (run it on the photo pool at shutdown).

    LiteRT interpreters are released on the thread that used them; one left to the
    interpreter's final garbage collection crashed Python at exit here.
    """
    analyzer: Analyzer | None = getattr(_photo_local, "analyzer", None)
    if analyzer is not None:
        _photo_local.analyzer = None
        analyzer.close()


class MoodTracker:
    """The mood engine, reporting Qt-free :class:`MoodReading` values."""

    def __init__(self, settings: Settings) -> None:
        from facemood.core.mood import MoodEngine, MoodParams

        self._engine = MoodEngine(MoodParams.from_settings(settings))

    def apply_settings(self, settings: Settings) -> None:
        """New smoothing/hysteresis/calibration parameters, keeping the current mood."""
        from facemood.core.mood import MoodParams

        self._engine.set_params(MoodParams.from_settings(settings))

    def update(self, analysis: FrameAnalysis) -> MoodReading:
        """Feed one analysed frame."""
        u = self._engine.update(analysis)
        smoothed = u.smoothed.probs if u.smoothed is not None else None
        return MoodReading(u.t, smoothed, u.mood, u.away, u.changed)


def create_mood_tracker(settings: Settings) -> MoodTracker:
    """A fresh mood engine for a new source."""
    return MoodTracker(settings)


def learn_calibration(samples: list[tuple[float, ...]]) -> list[float]:
    """A per-user bias from a few seconds of the resting face's raw scores.

    Raises:
        ValueError: too few samples.
    """
    from facemood.core.mood import learn_calibration as learn

    return [float(v) for v in learn(np.asarray(samples, dtype=np.float64))]


# -- library --------------------------------------------------------------------------


def default_library_dir() -> Path:
    """The bundled demo library."""
    from facemood.paths import resource_path

    return resource_path("music_library")


def library_dir(settings: Settings) -> Path:
    """The library folder from settings, or the demo library."""
    configured = settings.music.library_dir
    return Path(configured).expanduser() if configured else default_library_dir()


def _track_info(track: Any) -> TrackInfo:
    return TrackInfo(
        path=str(track.path),
        title=str(track.display_title),
        artist=str(track.artist or ""),
        album=str(track.album or ""),
        duration=float(track.duration or 0.0),
        mood=track.mood,
    )


def scan_library(
    library_dir: str,
    progress: Callable[[int, int, str], None],
    cancelled: Callable[[], bool],
) -> ScanOutcome:
    """Scan ``library_dir`` with the shared index cache.

    Raises:
        FaceMoodError: the folder cannot be read.
    """
    from facemood.library.index import LibraryIndex
    from facemood.library.scanner import scan_library as scan

    class _Cancel:
        def is_set(self) -> bool:
            return cancelled()

    index = LibraryIndex()
    try:
        result = scan(
            library_dir,
            index=index,
            progress=lambda p: progress(p.done, p.total, str(p.path or "")),
            cancel=_Cancel(),
            progress_interval_s=0.1,
        )
    finally:
        index.close()
    return ScanOutcome(
        library_dir=str(result.root),
        tracks=tuple(_track_info(t) for t in result.tracks),
        skipped=tuple(
            SkippedFile(str(s.path), f"{s.reason}{': ' + s.detail if s.detail else ''}")
            for s in result.skipped
        ),
        cancelled=result.cancelled,
    )


def tag_file(path: str, mood: MusicMood) -> None:
    """Write ``mood`` into the file's native mood field, losslessly and atomically.

    Raises:
        FaceMoodError: the file is corrupt, unsupported or cannot be written.
    """
    from facemood.library.writer import tag_file as write

    write(Path(path), mood)


def read_cover(path: str) -> bytes | None:
    """The track's embedded cover image bytes, or None."""
    try:
        from facemood.library.formats import read_cover as read

        cover = read(path)
    except Exception:
        return None
    return None if cover is None else bytes(cover.data)


# -- music ----------------------------------------------------------------------------


class MusicControl:
    """Playlist + player for the GUI's player thread (not thread-safe: one thread only).

    Delegates the emotion -> music choice, the per-mood playlists and the player to the
    shared :class:`facemood.session.MusicSession`, so the GUI and ``run --headless``
    behave the same.
    """

    def __init__(self, settings: Settings, aout: str | None = None) -> None:
        from facemood.playback import create_player
        from facemood.session import MusicSession, SessionConfig, SessionError

        config = SessionConfig.from_settings(settings)
        output = aout if aout is not None else settings.music.audio_output
        self._player = create_player("auto", aout=output, volume=config.volume)
        self._session: MusicSession[TrackInfo] = MusicSession(self._player, config=config)
        self._covers: dict[str, bytes | None] = {}
        self._errors: list[tuple[str, str]] = []
        self._session.events.connect(
            lambda e: (
                self._errors.append((e.message, e.detail)) if isinstance(e, SessionError) else None
            )
        )
        reason = getattr(self._player, "reason", None)
        if reason is not None:
            self._errors.append(
                (str(getattr(reason, "message", reason)), str(getattr(reason, "detail", "")))
            )

    @property
    def has_sound(self) -> bool:
        """False when the silent backend stands in (libVLC missing)."""
        return bool(self._player.has_sound)

    def take_errors(self) -> list[tuple[str, str]]:
        """Errors reported since the last call (message, detail)."""
        errors, self._errors = self._errors, []
        return errors

    def poll(self) -> None:
        """Process player events (track ends start the next track)."""
        self._session.poll()

    def set_tracks(self, tracks: tuple[TrackInfo, ...]) -> None:
        """Use these tracks."""
        self._session.set_tracks(tracks)

    def apply_settings(self, settings: Settings) -> None:
        """New music settings."""
        from facemood.session import SessionConfig

        self._session.set_config(SessionConfig.from_settings(settings))

    def _note(self, pick: Any) -> str:
        return str(pick.describe()) if pick is not None and pick.fallback else ""

    def play_for_emotion(self, emotion: Emotion, immediate: bool) -> tuple[MusicMood, str]:
        """Follow a face's emotion; returns the music mood asked for and a note."""
        pick = self._session.follow_emotion(emotion, immediate=immediate)
        target = self._session.target_mood
        mood = target if target is not None else MusicMood.CALM
        return mood, self._note(pick)

    def play_mood(self, mood: MusicMood) -> str:
        """Play ``mood`` now; returns a note (e.g. a fallback)."""
        return self._note(self._session.play_mood(mood))

    def current(self) -> TrackInfo | None:
        """The track loaded in the player, with its cover."""
        pick = self._session.current
        if pick is None:
            return None
        info: TrackInfo = pick.track
        if info.path not in self._covers:
            self._covers[info.path] = read_cover(info.path)
        cover = self._covers[info.path]
        if cover is not None and info.cover is None:
            from dataclasses import replace

            info = replace(info, cover=cover)
        return info

    def queue(self) -> tuple[TrackInfo, ...]:
        """Upcoming tracks of the current mood."""
        return tuple(self._session.upcoming(8))

    def snapshot(self) -> PlaybackSnapshot:
        """State, position, duration and volume."""
        from facemood.playback.base import PlaybackState

        state = self._player.state
        if not self._player.has_sound:
            shown = PlayState.UNAVAILABLE
        elif state in (PlaybackState.PLAYING, PlaybackState.OPENING):
            shown = PlayState.PLAYING
        elif state is PlaybackState.PAUSED:
            shown = PlayState.PAUSED
        else:
            shown = PlayState.STOPPED
        return PlaybackSnapshot(
            shown, self._player.position(), self._player.duration() or 0.0, self._player.volume
        )

    def play_pause(self) -> None:
        """Toggle pause."""
        self._session.toggle_pause()

    def next(self) -> None:
        """Next track of the mood."""
        self._session.next()

    def previous(self) -> None:
        """Previous track."""
        self._session.previous()

    def new_song(self) -> None:
        """Another song of the same mood, without holding it against this one."""
        self._session.next()

    def like(self) -> None:
        """Like the current track in the current mood."""
        self._session.like()

    def skip(self) -> None:
        """Skip and play this track less often in this mood."""
        self._session.new_song()

    def set_volume(self, volume: int) -> None:
        """0-100."""
        self._session.set_volume(volume)

    def seek(self, seconds: float) -> None:
        """Seek in the current track."""
        self._session.seek(seconds)

    def close(self) -> None:
        """Stop and release the player."""
        self._session.close()


def create_music(settings: Settings, aout: str | None) -> MusicControl:
    """The music control for the player thread.

    Raises:
        FaceMoodError: the music side could not start at all.
    """
    return MusicControl(settings, aout)


__all__ = ["PlayState"]
