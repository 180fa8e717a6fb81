"""The headless loop: frames in, moods and music out, events reported to a callback.

Shared wiring (settings → session, library → tracks, player fallback) lives here so the
``run`` subcommand and tests use one code path; the vision parts can be injected.

Events are plain dicts, one per line with ``--json``:

* ``{"event": "mood", "t", "mood", "music_mood"}`` when the face's mood changes
  (``mood``/``music_mood`` null when no face is seen for a while);
* ``{"event": "track", "t", "path", "music_mood"}`` when a track starts; on a fallback
  to a neighbouring mood it also has ``"requested_mood"``;
* ``{"event": "error", "message"}`` for anything that went wrong; the run goes on
  where it can (e.g. without sound when libVLC is missing).

``t`` is the frame's timestamp (a video's own time), so a run over a file is repeatable.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from facemood.core.playlist import FeedbackStore, PlaylistTrack
from facemood.core.types import FrameAnalysis
from facemood.errors import FaceMoodError
from facemood.playback import Player, create_player
from facemood.session import (
    MoodChanged,
    MusicSession,
    SessionConfig,
    SessionError,
    TrackStarted,
)
from facemood.settings import Settings

log = logging.getLogger("facemood.headless")

Emit = Callable[[dict[str, Any]], None]


class FrameLike(Protocol):
    """What the loop reads of a source's frame (``facemood.vision.sources.Frame``)."""

    @property
    def t(self) -> float: ...

    @property
    def path(self) -> str | None: ...


class Analyzer(Protocol):
    """Frame → analysis (``facemood.vision.pipeline.Pipeline`` has this shape)."""

    def analyze(self, frame: Any) -> FrameAnalysis: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class HeadlessOptions:
    """What ``run --headless`` was asked to do.

    Attributes:
        source: camera index, video file, photo or folder of photos.
        library: music folder ("" = ``music.library_dir`` or the demo library).
        player: player backend: "auto", "vlc" or "null".
        aout: libVLC audio output ("" = ``music.audio_output``).
        realtime: pace a video or photos to their timestamps instead of running flat out.
        max_frames: stop after this many frames (0 = no limit).
    """

    source: str
    library: str = ""
    player: str = "auto"
    aout: str = ""
    realtime: bool = False
    max_frames: int = 0


def _t(value: float) -> float:
    return round(float(value), 3)


def event_record(event: MoodChanged | TrackStarted[Any] | SessionError) -> dict[str, Any]:
    """The JSON-ready dict for a session event."""
    if isinstance(event, MoodChanged):
        return {
            "event": "mood",
            "t": _t(event.t),
            "mood": event.mood.value if event.mood else None,
            "music_mood": event.music_mood.value if event.music_mood else None,
        }
    if isinstance(event, TrackStarted):
        record: dict[str, Any] = {
            "event": "track",
            "t": _t(event.t),
            "path": event.path,
            "music_mood": event.music_mood.value,
        }
        if event.requested is not event.music_mood:
            record["requested_mood"] = event.requested.value
        return record
    return error_record(event.message, event.detail)


def error_record(message: str, detail: str = "") -> dict[str, Any]:
    """An ``error`` event."""
    return {"event": "error", "message": f"{message}: {detail}" if detail else message}


def load_tracks(library: Path, emit: Emit) -> list[PlaylistTrack]:
    """Scan ``library`` (with the index cache in the user cache dir) and return its tracks.

    Skipped files are logged, not reported: they are the library command's business.
    """
    from facemood.library import LibraryIndex, scan_library

    try:
        with LibraryIndex() as index:
            result = scan_library(library, index=index)
    except FaceMoodError as exc:
        emit(error_record(exc.message, exc.detail))
        return []
    except OSError as exc:
        emit(error_record("The music library could not be read", f"{library}: {exc}"))
        return []
    for skipped in result.skipped:
        log.info("Skipped %s: %s", skipped.path, skipped.reason)
    tracks: list[PlaylistTrack] = list(result.tracks)
    if not tracks:
        emit(error_record("No music found", f"{library} holds no playable tracks"))
    return tracks


def resolve_library(option: str, settings: Settings) -> Path:
    """``--library``, else the ``music.library_dir`` setting, else the demo library."""
    if option:
        return Path(option).expanduser()
    configured = settings.music.library_dir
    if configured:
        return Path(configured).expanduser()
    from facemood.library import demo_library_dir

    return demo_library_dir()


def make_player(options: HeadlessOptions, settings: Settings, emit: Emit) -> Player:
    """The player asked for; without libVLC a silent one, reported as an error event."""
    aout = options.aout or settings.music.audio_output
    volume = settings.music.volume
    player = create_player(options.player, aout=aout, volume=volume)
    reason = getattr(player, "reason", None)
    if isinstance(reason, FaceMoodError):
        emit(error_record(f"No sound: {reason.message}", reason.detail))
    return player


def make_session(
    player: Player,
    tracks: Iterable[PlaylistTrack],
    settings: Settings,
    *,
    emit: Emit,
    rng: random.Random | None = None,
) -> MusicSession[PlaylistTrack]:
    """A music session reading ``settings`` and reporting to ``emit``."""
    feedback = FeedbackStore.default()
    session: MusicSession[PlaylistTrack] = MusicSession(
        player,
        tracks,
        config=SessionConfig.from_settings(settings),
        rng=rng,
        feedback=feedback,
    )
    session.events.connect(lambda event: emit(event_record(event)))
    return session


def run_loop(
    frames: Iterable[Any],
    analyzer: Analyzer,
    session: MusicSession[PlaylistTrack],
    *,
    settings: Settings,
    photos: bool,
    realtime: bool = False,
    max_frames: int = 0,
) -> int:
    """Feed every frame through the analyzer and the mood engine into the session.

    Photos are read one by one (each photo's top emotion is its mood); a video or camera
    goes through the mood engine's smoothing. Returns the number of frames read.
    """
    from facemood.core.mood import MoodEngine, MoodParams

    engine = MoodEngine(MoodParams.from_settings(settings))
    count = 0
    started: float | None = None
    first_t = 0.0
    last_photo_mood = None
    for frame in frames:
        if realtime:
            # Pace to the source's own clock, so the music has time to play.
            if started is None:
                started, first_t = time.monotonic(), float(frame.t)
            delay = (float(frame.t) - first_t) - (time.monotonic() - started)
            if delay > 0:
                time.sleep(delay)
        analysis = analyzer.analyze(frame)
        if photos:
            mood = analysis.primary.top() if analysis.primary is not None else None
            if mood is not None and mood is not last_photo_mood:
                last_photo_mood = mood
                session.follow_emotion(mood, t=analysis.t, immediate=True)
        else:
            session.on_mood(engine.update(analysis))
        session.poll(t=analysis.t)
        count += 1
        if max_frames and count >= max_frames:
            break
    return count


def run_headless(
    options: HeadlessOptions,
    emit: Emit,
    *,
    settings: Settings | None = None,
    analyzer: Analyzer | None = None,
    rng: random.Random | None = None,
) -> int:
    """Run the whole loop until the source ends (or Ctrl-C for a camera).

    Args:
        options: what to run.
        emit: receives each event dict, on this thread.
        settings: the app settings (default: loaded from the config dir, never written).
        analyzer: the vision pipeline (default: built from the settings and the model).
        rng: shuffle randomness (seeded in tests).

    Returns:
        The exit code: 0 when the source was read to its end, 1 when it or the emotion
        model could not be opened.
    """
    from facemood.vision.sources import ImageFolderSource, open_source

    if settings is None:
        from facemood.settings import load_settings

        settings, warnings = load_settings()
        for warning in warnings:
            emit(error_record(warning))
    try:
        # A camera that stays missing ends the run with an error instead of waiting forever.
        camera = options.source.strip().isdigit()
        source = (
            open_source(options.source, max_attempts=3) if camera else open_source(options.source)
        )
    except FaceMoodError as exc:
        emit(error_record(exc.message, exc.detail))
        return 1
    if analyzer is None:
        from facemood.vision.pipeline import Pipeline

        try:
            analyzer = Pipeline.from_settings(settings)
        except (FaceMoodError, ValueError) as exc:
            message, detail = (
                (exc.message, exc.detail) if isinstance(exc, FaceMoodError) else (str(exc), "")
            )
            emit(error_record(message, detail))
            return 1

    library = resolve_library(options.library, settings)
    if options.library and not library.is_dir():
        emit(error_record("The music folder does not exist", str(library)))
        return 1
    tracks = load_tracks(library, emit)
    player = make_player(options, settings, emit)
    session = make_session(player, tracks, settings, emit=emit, rng=rng)
    code = 0
    try:
        with source:
            frames = run_loop(
                source,
                analyzer,
                session,
                settings=settings,
                photos=isinstance(source, ImageFolderSource),
                realtime=options.realtime,
                max_frames=options.max_frames,
            )
        log.info("Headless run read %d frames from %s", frames, options.source)
    except FaceMoodError as exc:
        emit(error_record(exc.message, exc.detail))
        code = 1
    except KeyboardInterrupt:
        log.info("Interrupted")
    finally:
        session.poll()
        session.close()
        analyzer.close()
    return code


def describe(record: dict[str, Any], library: Path | None = None) -> str:
    """One human-readable line for an event dict (the non-JSON output)."""
    kind = record.get("event")
    if kind == "mood":
        mood = record["mood"] or "no face"
        music = record["music_mood"] or "unchanged"
        return f"[{record['t']:8.2f}s] mood {mood} -> music {music}"
    if kind == "track":
        path = str(record["path"])
        if library is not None:
            with contextlib.suppress(ValueError):
                path = os.path.relpath(path, library)
        note = f" (no {record['requested_mood']} tracks)" if "requested_mood" in record else ""
        return f"[{record['t']:8.2f}s] playing {record['music_mood']}: {path}{note}"
    return f"error: {record.get('message', '')}"
