"""The headless loop: frames in, moods and music out, events reported to a callback.

Built from the same parts as the window (:mod:`facemood.app.compose`) and driven by the
same frame loop and mood stage (:mod:`facemood.app.loop`, :mod:`facemood.app.stage`),
so both front ends follow a face, a video or a photo folder the same way. The vision
pipeline can be injected (tests).

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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facemood.app import compose
from facemood.app.loop import FramePacer, run_frames
from facemood.app.stage import StageResult
from facemood.errors import FaceMoodError
from facemood.fsnames import display, explain
from facemood.library import Track
from facemood.playback import Player, SoundProblemKind
from facemood.session import MoodChanged, MusicSession, SessionError, TrackStarted
from facemood.settings import Settings
from facemood.vision.pipeline import Analyzer
from facemood.vision.sources import Frame

log = logging.getLogger("facemood.headless")

Emit = Callable[[dict[str, Any]], None]


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


def load_tracks(library: Path, emit: Emit, *, audio: bool = True) -> list[Track]:
    """Scan ``library`` and return its tracks (with cached audio estimates when ``audio``);
    problems become error events.

    Skipped files are logged, not reported: they are the library command's business.
    """
    try:
        result = compose.scan_tracks(library, audio=audio)
    except FaceMoodError as exc:
        emit(error_record(exc.message, exc.detail))
        return []
    except OSError as exc:
        emit(error_record("The music library could not be read", f"{library}: {exc}"))
        return []
    for skipped in result.skipped:
        log.info("Skipped %s: %s", skipped.path, skipped.reason)
    if not result.tracks:
        emit(error_record("No music found", f"{library} holds no playable tracks"))
    return list(result.tracks)


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
    if settings is None:
        settings = compose.user_settings(lambda warning: emit(error_record(warning)))
    try:
        # A camera that stays missing ends the run with an error instead of waiting forever.
        source = compose.open_source(options.source)
    except FaceMoodError as exc:
        emit(error_record(exc.message, exc.detail))
        return 1
    if analyzer is None:
        try:
            analyzer = compose.make_pipeline(settings)
        except FaceMoodError as exc:
            emit(error_record(exc.message, exc.detail))
            return 1

    library = compose.library_folder(settings, options.library)
    problem = _folder_problem(library) if options.library else None
    tracks = [] if problem else load_tracks(library, emit, audio=settings.library.audio_moods)
    if problem or not tracks:
        if problem:
            emit(error_record(problem))
        analyzer.close()
        return 1
    player = compose.make_player(settings, backend=options.player, aout=options.aout or None)
    reason = player.unavailable_reason
    if reason is not None:
        emit(error_record(f"No sound: {reason.message}", reason.detail))
    if _unknown_output(player, options.aout, emit):
        player.close()
        analyzer.close()
        return 1
    session: MusicSession[Track] = compose.make_session(player, settings, tracks, rng=rng)
    session.events.connect(lambda event: emit(event_record(event)))
    stage = compose.make_stage(settings)

    def drive(_frame: Frame, result: StageResult) -> None:
        result.drive(session)
        session.poll(t=result.analysis.t)

    code = 0
    try:
        with source:
            end = run_frames(
                source,
                analyzer,
                stage,
                drive,
                pacer=FramePacer(1.0) if options.realtime else None,
                max_frames=options.max_frames,
            )
        log.info("Headless run read %d frames from %s", end.frames, options.source)
        for _path, reason in getattr(source, "skipped", []):
            emit(error_record(f"skipped: {reason}"))
        if undecodable := getattr(source, "undecodable", 0):
            emit(
                error_record(
                    f"{undecodable} frames of {display(source.description)} could not be "
                    "decoded (the file is damaged there) and were skipped"
                )
            )
        if end.frames == 0:
            emit(error_record(f"no readable frames in {display(source.description)}"))
            code = 1
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


def _unknown_output(player: Player, aout: str, emit: Emit) -> bool:
    """Say so when the sound output asked for does not exist; True when it was named on
    the command line (the run stops: the user asked for it just now). One from the
    settings only warns: libVLC plays through its default output instead."""
    problem = player.sound_problem
    if problem is None or problem.kind is not SoundProblemKind.UNKNOWN_OUTPUT:
        return False
    names = ", ".join(output.name for output in player.audio_outputs()) or "none"
    if aout:
        emit(error_record(f"There is no sound output called {aout!r}", f"outputs here: {names}"))
        return True
    emit(
        error_record(
            f"The sound output {problem.output!r} in the settings does not exist; playing "
            "through the default one",
            f"outputs here: {names}",
        )
    )
    return False


def _folder_problem(folder: Path) -> str | None:
    """Why ``folder`` (the music folder the user named) cannot be scanned, or None."""
    try:
        if folder.is_dir():
            return None
        if folder.exists():
            return f"{display(folder)} is not a folder"
    except OSError as exc:
        return f"The music folder cannot be read: {explain(exc, folder)}"
    return f"The music folder does not exist: {display(folder)}"


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
    return f"facemood run: {record.get('message', '')}"
