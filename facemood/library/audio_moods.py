"""Moods for untagged tracks, estimated from their audio (the last source, after genre).

The scan itself never decodes audio. After it:

1. :func:`apply_audio_moods` gives every still-untagged track the estimate from the
   analyses already cached (instant; call it right after each scan);
2. :func:`audio_analysis` returns a :class:`~facemood.audio.worker.BackgroundAnalysis`
   for the untagged tracks not analysed yet; run it (it reports progress per file and
   can be cancelled), then call :func:`apply_audio_moods` again.

:func:`estimate_moods` does both in one call, for the command line.

Each estimate comes from the learnt model (see :mod:`facemood.audio.estimate`); with
``evidence`` (the listener's likes and skips per mood, e.g.
:meth:`facemood.core.playlist.FeedbackStore.evidence`) a track liked under a mood leans
towards it and one skipped under it leans away (:mod:`facemood.audio.moods`). A user's
own tags always win: tracks with a mood from a tag, folder, playlist or genre are never
estimated. An estimate never becomes a tag by itself; only
:func:`write_estimates_as_tags`, an explicit user action, writes it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from facemood.audio.estimate import estimate_library
from facemood.audio.store import AudioStore, FileStamp
from facemood.audio.types import AnalysisFailure, AudioFeatures
from facemood.audio.worker import AnalysisProgress, BackgroundAnalysis
from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.library.scanner import CancelToken, MoodSource, ScanResult, Track
from facemood.library.writer import tag_file

log = logging.getLogger("facemood.library")

Evidence = Callable[[str], Mapping[MusicMood, int]]
"""A track's path → its net likes (likes minus skips) per mood (see the module docstring)."""


def _needs_estimate(track: Track) -> bool:
    return track.mood is None or track.mood_source is MoodSource.AUDIO


def _stamps(result: ScanResult) -> list[FileStamp]:
    """Stamps of the tracks that need an estimate (files gone since the scan are left out)."""
    stamps = []
    for track in result.tracks:
        if not _needs_estimate(track):
            continue
        try:
            stamps.append(FileStamp.of(track.path, track.duration))
        except OSError:
            continue
    return stamps


def apply_audio_moods(
    result: ScanResult, store: AudioStore, evidence: Evidence | None = None
) -> ScanResult:
    """``result`` with every untagged track's cached audio estimate (or reason for none).

    Tracks with a mood from a tag, folder, playlist or genre are returned unchanged.
    Untagged tracks not analysed yet stay untagged. ``evidence`` (by path) adjusts
    each estimate to the listener's likes and skips.
    """
    cached = store.lookup(_stamps(result))
    features = {p: f for p, f in cached.items() if isinstance(f, AudioFeatures)}
    estimates = estimate_library(features)
    tracks = []
    for track in result.tracks:
        key = str(track.path)
        if not _needs_estimate(track):
            tracks.append(track)
        elif key in estimates:
            est = estimates[key]
            if evidence is not None:
                est = est.with_evidence(evidence(key))
            tracks.append(
                dataclasses.replace(
                    track,
                    mood=est.mood,
                    mood_source=MoodSource.AUDIO,
                    audio=est,
                    audio_problem=None,
                )
            )
        else:
            failure = cached.get(key)
            tracks.append(
                dataclasses.replace(
                    track,
                    mood=None,
                    mood_source=None,
                    audio=None,
                    audio_problem=failure.describe()
                    if isinstance(failure, AnalysisFailure)
                    else None,
                )
            )
    return dataclasses.replace(result, tracks=tuple(tracks))


def audio_analysis(
    result: ScanResult,
    store: AudioStore,
    *,
    processes: int = 1,
    cancel: CancelToken | None = None,
    limit: int | None = None,
) -> BackgroundAnalysis:
    """The background analysis of ``result``'s untagged tracks that have no cached result.

    Iterate its ``run()`` off the GUI thread; ``total`` says how many files it has, and
    ``left_over`` how many more than ``limit`` (``None``: no limit) wait for a later run.
    """
    return BackgroundAnalysis(
        _stamps(result), store, processes=processes, cancel=cancel, limit=limit
    )


def estimate_moods(
    result: ScanResult,
    store: AudioStore,
    *,
    progress: Callable[[AnalysisProgress], None] | None = None,
    cancel: CancelToken | None = None,
    processes: int = 1,
    limit: int | None = None,
    left_over: Callable[[int], None] | None = None,
    evidence: Evidence | None = None,
) -> ScanResult:
    """Analyse what is pending (blocking, in a background process) and apply the estimates.

    Args:
        result: the scan.
        store: the cached analyses.
        progress: called after each file.
        cancel: stops the analysis once set (what was analysed is kept).
        processes: analysis processes.
        limit: analyse at most this many files in this run (``None``: all).
        left_over: called with the number of files left for a later run, when over
            ``limit``.
        evidence: the listener's net likes per mood of a track (by path).

    Raises:
        AudioAnalysisError: the analysis process could not start.
    """
    job = audio_analysis(result, store, processes=processes, cancel=cancel, limit=limit)
    if job.left_over and left_over is not None:
        left_over(job.left_over)
    for step in job.run():
        if progress is not None:
            progress(step)
    if not job.cancelled and not result.cancelled:
        store.forget_missing((str(t.path) for t in result.tracks), str(result.root))
    return apply_audio_moods(result, store, evidence)


@dataclass(frozen=True, slots=True)
class TagWrite:
    """One estimate written as a tag: the file, and the error if it could not be written."""

    path: Path
    error: LibraryError | None = None


def write_estimates_as_tags(tracks: Iterable[Track]) -> list[TagWrite]:
    """Write each audio-estimated track's mood into its own mood tag (the explicit action).

    Tracks whose mood did not come from the audio are left alone (a tag, folder,
    playlist or genre mood is the user's already). Each file is tagged losslessly with
    :func:`~facemood.library.writer.tag_file`; one that cannot be tagged is reported and
    the others go on.
    """
    written = []
    for track in tracks:
        if track.mood_source is not MoodSource.AUDIO or track.mood is None:
            continue
        try:
            tag_file(track.path, track.mood)
        except LibraryError as exc:
            log.warning("could not write the estimated mood of %s: %s", track.path, exc)
            written.append(TagWrite(track.path, exc))
        else:
            written.append(TagWrite(track.path))
    return written
