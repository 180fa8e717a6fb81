"""The composition root: settings in, the parts of a running FaceMood out.

The window's bridge and ``run --headless`` both build their parts here, so they read
the same settings the same way: one library-folder rule, one player factory, one
session with the persistent feedback store, one pipeline, one mood stage. Core and
vision code never see :class:`~facemood.settings.Settings`; the adapters below turn
its sections into their own parameter objects.

No Qt here: what touches widgets or threads lives in :mod:`facemood.bridge`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from facemood import paths
from facemood.app.feedback import FILE_NAME as FEEDBACK_FILE_NAME
from facemood.app.feedback import FeedbackFile
from facemood.app.stage import MoodStage
from facemood.core.baseline import BaselineParams
from facemood.core.mood import MoodParams
from facemood.core.playlist import FeedbackStore, MoodMapping, T
from facemood.playback import Player, create_player
from facemood.session import MusicSession, SessionConfig
from facemood.settings import Settings
from facemood.vision.options import PipelineOptions

if TYPE_CHECKING:  # both load native libraries: imported where they are used
    from facemood.audio.worker import AnalysisProgress
    from facemood.library import ScanProgress, ScanResult
    from facemood.library.scanner import CancelToken
    from facemood.vision.pipeline import Pipeline
    from facemood.vision.sources import FrameSource, SourceEvent


CAMERA_ATTEMPTS = 3
"""A command gives up on a camera after this many failed opens in a row."""


def user_settings(report: Callable[[str], None]) -> Settings:
    """The user's settings; each load warning (a damaged file set aside, a value reset)
    goes to ``report``, so no front end drops them."""
    from facemood.settings import load_settings

    settings, warnings = load_settings()
    for warning in warnings:
        report(warning)
    return settings


def open_source(
    spec: str | Path,
    *,
    keep_trying: bool = False,
    on_status: Callable[[SourceEvent], None] | None = None,
    loop: bool = False,
) -> FrameSource:
    """The source ``spec`` names (not opened yet), with the one camera retry policy.

    A camera that does not open is tried again with back-off. The window keeps trying
    (``keep_trying``: it shows that it is retrying); a command gives up after
    :data:`CAMERA_ATTEMPTS` failures in a row and reports the error instead of waiting
    forever. Files are opened once.

    Args:
        spec: a camera index, a video, a photo or a folder of photos.
        keep_trying: retry a missing camera for as long as the source is open.
        on_status: receives the source's status events.
        loop: start a video again at its end.

    Raises:
        SourceError: a path does not exist.
    """
    from facemood.vision.sources import open_source as source_for

    attempts = None if keep_trying else CAMERA_ATTEMPTS
    return source_for(spec, on_status=on_status, loop=loop, max_attempts=attempts)


def library_folder(settings: Settings, chosen: str | Path | None = None) -> Path:
    """The music folder: ``chosen`` (e.g. ``--library``), else ``music.library_dir``,
    else the bundled demo library."""
    if chosen:
        return Path(chosen).expanduser()
    if settings.music.library_dir:
        return Path(settings.music.library_dir).expanduser()
    from facemood.library import demo_library_dir

    return demo_library_dir()


def mood_params(settings: Settings) -> MoodParams:
    """The mood engine's parameters from the ``mood`` section."""
    mood = settings.mood
    return MoodParams(
        window_s=mood.window_s,
        margin=mood.margin,
        dwell_s=mood.dwell_s,
        confidence_floor=mood.confidence_floor,
        away_after_s=mood.away_after_s,
        calibration_bias=mood.calibration_bias,
        baseline=BaselineParams(
            enabled=mood.baseline,
            strength=mood.baseline_strength,
            settle_s=mood.baseline_settle_s,
            follow_s=mood.baseline_follow_s,
            adapt_s=mood.baseline_adapt_s,
        ),
    )


def session_config(settings: Settings) -> SessionConfig:
    """The music session's configuration from the ``music`` section."""
    music = settings.music
    return SessionConfig(
        mapping=MoodMapping(music.strategy, dict(music.custom_mapping), music.neutral_choice),
        switch_policy=music.switch_policy,
        fade_s=music.fade_s,
        volume=music.volume,
    )


def pipeline_options(settings: Settings) -> PipelineOptions:
    """The vision pipeline's tuning from the ``vision`` section."""
    return PipelineOptions(face_policy=settings.vision.face_policy)


def make_pipeline(
    settings: Settings, *, model_path: Path | None = None, detect_every: int | None = None
) -> Pipeline:
    """The vision pipeline: the chosen detector and the emotion model (one LiteRT thread).

    Args:
        settings: the ``vision`` section picks the detector and the face policy.
        model_path: another emotion model (default: the bundled one).
        detect_every: run the detector on every Nth video frame (default: the pipeline's).

    Raises:
        ModelError: the emotion model or the chosen detector cannot be loaded.
    """
    from dataclasses import replace

    from facemood.vision.pipeline import Pipeline

    options = pipeline_options(settings)
    if detect_every is not None:
        options = replace(options, detect_every=detect_every)
    return Pipeline.create(
        detector=settings.vision.detector, options=options, model_path=model_path
    )


def make_stage(settings: Settings) -> MoodStage:
    """A fresh frame -> mood -> music stage."""
    return MoodStage(mood_params(settings))


def make_player(settings: Settings, *, backend: str = "auto", aout: str | None = None) -> Player:
    """The player: libVLC with ``aout`` (None: ``music.audio_output`` and its
    ``music.audio_device``); with ``auto``, a silent player whose ``unavailable_reason``
    says why when libVLC does not work.

    Raises:
        PlayerError: ``backend`` is ``vlc`` and libVLC does not work.
        ValueError: an unknown backend name.
    """
    music = settings.music
    player = create_player(
        backend, aout=music.audio_output if aout is None else aout, volume=music.volume
    )
    if aout is None and music.audio_device:
        player.set_output(music.audio_output, music.audio_device)
    return player


def feedback_store() -> FeedbackFile:
    """The user's likes and skips: ``feedback.json`` in the data folder."""
    return FeedbackFile(paths.data_dir(create=False) / FEEDBACK_FILE_NAME)


def make_session(
    player: Player,
    settings: Settings,
    tracks: Iterable[T] = (),
    *,
    rng: random.Random | None = None,
    feedback: FeedbackStore | None = None,
) -> MusicSession[T]:
    """The music session driving ``player``, remembering likes and skips across runs
    (``feedback``: the user's store by default)."""
    return MusicSession(
        player,
        tracks,
        config=session_config(settings),
        rng=rng,
        feedback=feedback if feedback is not None else feedback_store(),
    )


def scan_tracks(
    folder: Path,
    *,
    audio: bool = True,
    progress: Callable[[ScanProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> ScanResult:
    """Scan a music folder with the index cache in the user's cache folder; with
    ``audio`` (the ``library.audio_moods`` setting), untagged tracks get the mood their
    audio was estimated to have, where an analysis is cached (see :func:`analyse_audio`),
    leaning towards the moods the user liked them in and away from those skipped.

    Raises:
        LibraryError: the folder cannot be scanned.
    """
    from facemood.audio.store import AudioStore
    from facemood.library import LibraryIndex, scan_library
    from facemood.library.audio_moods import apply_audio_moods

    with LibraryIndex() as index:
        result = scan_library(
            folder, index=index, progress=progress, cancel=cancel, progress_interval_s=0.1
        )
        if not audio:
            return result
        return apply_audio_moods(result, AudioStore(index), feedback_store().evidence)


def analyse_audio(
    result: ScanResult,
    *,
    progress: Callable[[AnalysisProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> ScanResult:
    """Analyse the audio of ``result``'s untagged tracks not analysed yet (in a background
    process at the lowest priority, cached in the index) and return the result with the
    estimates applied.

    Raises:
        AudioAnalysisError: the analysis process could not start.
    """
    from facemood.audio.store import AudioStore
    from facemood.library import LibraryIndex
    from facemood.library.audio_moods import estimate_moods

    with LibraryIndex() as index:
        return estimate_moods(
            result,
            AudioStore(index),
            progress=progress,
            cancel=cancel,
            evidence=feedback_store().evidence,
        )
