"""The self-test's checks, and :func:`run_self_test` that runs them in order.

This module is the one place the self-test reaches into the other areas (vision, library,
playback; Qt lives in :mod:`facemood.selftest.qt`). :func:`run_self_test` turns any
exception of a check into a failed result, so one broken part is reported and the rest
still run. Heavy imports happen inside the checks, so ``facemood --help`` stays fast.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import facemood
from facemood import paths
from facemood.selftest.report import CheckResult, CheckStatus, SelfTestReport

SAMPLES_MANIFEST = "samples.csv"
"""In the samples folder: one row per photo, ``file`` and its expected ``expression``."""

VLC_ORIGIN_VAR = "FACEMOOD_VLC_ORIGIN"
"""Set by the bundle's runtime hook (packaging/pyi_rth_vlc.py): where libVLC comes from,
``bundled``, ``system``, ``environment`` or ``none``; unset when not frozen."""


@dataclass(frozen=True, slots=True)
class SelfTestOptions:
    """What the self-test checks and how strictly.

    Attributes:
        samples_dir: photos plus ``samples.csv`` (default ``resources/samples``).
        library_dir: the demo music library (default ``music_library``).
        model_path: the emotion model (default: the bundled one).
        require_vlc: fail, instead of skip, when libVLC is missing; ``"bundled"`` also
            fails when the VLC in use is not the one inside the bundle.
        play_seconds: how much audio to play through the dummy output.
        play_timeout_s: give up when playback has not advanced that far by then.
        qt: run the Qt check (``--no-qt`` turns it off, e.g. on a machine without Qt's
            system libraries).
    """

    samples_dir: Path = field(default_factory=lambda: paths.resource_path("resources", "samples"))
    library_dir: Path = field(default_factory=lambda: paths.resource_path("music_library"))
    model_path: Path | None = None
    require_vlc: str = "no"
    play_seconds: float = 1.0
    play_timeout_s: float = 10.0
    qt: bool = True


class _Timer:
    """Seconds since the process started, for "time to first analysed frame"."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.age_at_start = process_age()
        self.first_frame: float | None = None

    def since_process_start(self) -> float | None:
        if self.age_at_start is None:
            return None
        return self.age_at_start + time.perf_counter() - self.started


def process_age() -> float | None:
    """Seconds since this process was created (Linux: from /proc), else None.

    For a frozen app this includes the bootloader and Python's start-up, which is what a
    user waits through.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
    except (OSError, ValueError):
        return None
    # Field 22 (starttime, clock ticks since boot) counted after the ")" closing the name.
    fields = stat.rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return max(0.0, uptime - int(fields[19]) / ticks)


def _error_text(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    detail = getattr(exc, "detail", "")
    if message:
        return f"{message}: {detail}" if detail else str(message)
    return f"{type(exc).__name__}: {exc}"


def _checked(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    """Run ``check``; an exception becomes a FAILED result, and the time is recorded."""
    start = time.perf_counter()
    try:
        result = check()
    except BaseException as exc:  # incl. SystemExit from python-vlc: report, never die
        if isinstance(exc, KeyboardInterrupt):
            raise
        result = CheckResult(name, CheckStatus.FAILED, _error_text(exc))
    seconds = time.perf_counter() - start
    return CheckResult(
        result.name, result.status, result.summary, result.details, seconds, result.data
    )


def check_model(options: SelfTestOptions) -> CheckResult:
    """The emotion model loads and turns a blank crop into seven probabilities."""
    import numpy as np

    from facemood.vision.model import EmotionModel

    with EmotionModel.load(options.model_path) as model:
        probs = model.predict(np.zeros((1, 48, 48), dtype=np.uint8))
        path = model.path
    if probs.shape != (1, 7) or not np.isclose(float(probs.sum()), 1.0, atol=1e-3):
        return CheckResult(
            "model", CheckStatus.FAILED, f"unexpected output {probs.shape}, sum {probs.sum():.3f}"
        )
    size_kb = path.stat().st_size / 1024
    return CheckResult(
        "model", CheckStatus.PASSED, f"{path.name} ({size_kb:.0f} KB) loads and predicts"
    )


def read_samples(folder: Path) -> list[tuple[Path, str]]:
    """``(photo, expected expression)`` pairs from the folder's ``samples.csv``."""
    with open(folder / SAMPLES_MANIFEST, encoding="utf-8", newline="") as f:
        return [(folder / row["file"], row["expression"]) for row in csv.DictReader(f)]


def check_samples(options: SelfTestOptions, timer: _Timer) -> CheckResult:
    """Every sample photo shows a face whose top emotion is the one its label names."""
    from facemood.vision.pipeline import Pipeline
    from facemood.vision.sources import ImageSource

    samples = read_samples(options.samples_dir)
    if not samples:
        return CheckResult("samples", CheckStatus.FAILED, f"no photos in {options.samples_dir}")
    details: list[str] = []
    wrong = 0
    with Pipeline.create(model_path=options.model_path) as pipeline:
        for path, expected in samples:
            with ImageSource(path) as source:
                frame = source.read()
            if frame is None:
                wrong += 1
                details.append(f"{path.name}: could not be read")
                continue
            analysis = pipeline.analyze(frame)
            if timer.first_frame is None:
                timer.first_frame = timer.since_process_start()
            if analysis.primary is None:
                wrong += 1
                details.append(f"{path.name}: no face found (expected {expected})")
                continue
            top = analysis.primary.top()
            p = analysis.primary[top]
            line = f"{path.name}: {top.value} {p:.2f}"
            if top.value != expected:
                wrong += 1
                line += f", expected {expected} ({analysis.primary.as_dict()[expected]:.2f})"
            details.append(line)
        detector = pipeline.detector.name
    status = CheckStatus.PASSED if wrong == 0 else CheckStatus.FAILED
    summary = f"{len(samples) - wrong}/{len(samples)} photos read as expected (detector {detector})"
    return CheckResult("samples", status, summary, tuple(details))


def check_library(options: SelfTestOptions) -> CheckResult:
    """The demo library scans to at least one playable, mood-tagged track, none broken."""
    from facemood.library.formats import FileProblem
    from facemood.library.scanner import scan_library

    result = scan_library(options.library_dir)
    tagged = [t for t in result.tracks if t.mood is not None]
    harmless = {FileProblem.PLAYLIST, FileProblem.NOT_AUDIO}
    broken = [s for s in result.skipped if s.reason not in harmless]
    moods = sorted({t.mood.value for t in tagged if t.mood is not None})
    summary = (
        f"{len(result.tracks)} tracks, {len(tagged)} with a mood ({', '.join(moods) or 'none'}), "
        f"{len(broken)} broken"
    )
    details = tuple(f"{result.relative(s.path)}: {s.reason.value}" for s in broken)
    ok = bool(tagged) and not broken
    return CheckResult(
        "library",
        CheckStatus.PASSED if ok else CheckStatus.FAILED,
        summary,
        details,
        data={"tracks": len(result.tracks), "moods": moods, "first": _first_track(tagged)},
    )


def _first_track(tracks: list[Any], min_s: float = 3.0) -> str | None:
    """The shortest tagged track of at least ``min_s`` seconds, for the playback check.

    libVLC's ``dummy`` output reports a track's end about a second early, so a very short
    track could end before a second has played.
    """
    long_enough = [t for t in tracks if t.duration is None or t.duration >= min_s] or tracks
    ordered = sorted(
        long_enough, key=lambda t: (t.duration is None, t.duration or 0.0, str(t.path))
    )
    return str(ordered[0].path) if ordered else None


def check_audio(options: SelfTestOptions, track: str | None) -> CheckResult:
    """A demo track analysed for its audio mood in the background process, as the app does.

    In a bundle this proves libsndfile was collected, the analysis process (the
    executable started again by :mod:`multiprocessing`) starts, and the learnt mood
    model (``models/audio_mood.json``) was shipped and reads the descriptors.
    """
    from facemood.audio.estimate import learnt_estimate
    from facemood.audio.model import load_model
    from facemood.audio.store import AudioStore, FileStamp
    from facemood.audio.types import AudioFeatures
    from facemood.audio.worker import BackgroundAnalysis
    from facemood.errors import AudioAnalysisError
    from facemood.library.index import LibraryIndex

    if track is None:
        return CheckResult("audio", CheckStatus.FAILED, "no demo track to analyse")
    with LibraryIndex(":memory:") as index:
        analysis = BackgroundAnalysis([FileStamp.of(track)], AudioStore(index))
        steps = list(analysis.run())
    name = Path(track).name
    if not steps:
        return CheckResult("audio", CheckStatus.FAILED, f"{name}: nothing was analysed")
    outcome = steps[0].outcome
    if not isinstance(outcome, AudioFeatures):
        return CheckResult("audio", CheckStatus.FAILED, f"{name}: {outcome.describe()}")
    try:
        estimate = learnt_estimate(outcome, load_model())
    except AudioAnalysisError as exc:
        return CheckResult("audio", CheckStatus.FAILED, str(exc))
    return CheckResult(
        "audio",
        CheckStatus.PASSED,
        f"{name}: {outcome.tempo:.0f} BPM, {outcome.key} {outcome.mode.value}, "
        f"{outcome.loudness_db:.1f} dBFS, {estimate.describe()}",
    )


def check_playback(options: SelfTestOptions, track: str | None) -> CheckResult:
    """libVLC plays ``play_seconds`` of a demo track through its ``dummy`` audio output."""
    from facemood.deps import vlc_install_hint
    from facemood.playback import PlaybackState, PlayerError, create_player

    origin = os.environ.get(VLC_ORIGIN_VAR, "not frozen")
    try:
        player = create_player("vlc", aout="dummy")
    except PlayerError as exc:
        status = CheckStatus.SKIPPED if options.require_vlc == "no" else CheckStatus.FAILED
        return CheckResult(
            "playback",
            status,
            f"no VLC ({exc.message}); the app runs without sound",
            (*vlc_install_hint().splitlines(),),
            data={"origin": origin},
        )
    version = str(getattr(player, "version", "?"))
    if options.require_vlc == "bundled" and origin != "bundled":
        player.close()
        return CheckResult(
            "playback", CheckStatus.FAILED, f"libVLC {version} is the {origin} one, not bundled"
        )
    if track is None:
        player.close()
        return CheckResult("playback", CheckStatus.FAILED, "no demo track to play")
    states: list[str] = []
    with player:
        player.play(track)
        deadline = time.monotonic() + options.play_timeout_s
        while time.monotonic() < deadline:
            player.process_events()
            if not states or states[-1] != player.state.value:
                states.append(player.state.value)
            if player.state in (PlaybackState.ERROR, PlaybackState.ENDED):
                break
            if player.state is PlaybackState.PLAYING and player.position() >= options.play_seconds:
                break
            time.sleep(0.05)
        position = player.position()
        player.stop()
        player.process_events()
    played = position >= options.play_seconds and PlaybackState.PLAYING.value in states
    summary = (
        f"libVLC {version} ({origin}) played {position:.1f} s of {Path(track).name}"
        if played
        else f"libVLC {version} ({origin}) did not play {Path(track).name}: states {states}"
    )
    return CheckResult(
        "playback",
        CheckStatus.PASSED if played else CheckStatus.FAILED,
        summary,
        data={"origin": origin, "version": version, "position": round(position, 2)},
    )


def run_self_test(options: SelfTestOptions | None = None) -> SelfTestReport:
    """Run every check in order and collect the report (never raises)."""
    options = options or SelfTestOptions()
    timer = _Timer()
    results = [
        _checked("model", lambda: check_model(options)),
        _checked("samples", lambda: check_samples(options, timer)),
    ]
    library = _checked("library", lambda: check_library(options))
    results.append(library)
    track = library.data.get("first")
    results.append(_checked("audio", lambda: check_audio(options, track)))
    results.append(_checked("playback", lambda: check_playback(options, track)))
    if options.qt:
        from facemood.selftest.qt import check_qt

        results.append(_checked("qt", lambda: check_qt(options.samples_dir)))
    first = timer.first_frame
    facts: dict[str, Any] = {
        "version": facemood.__version__,
        "frozen": paths.is_frozen(),
        "platform": sys.platform,
        "python": sys.version.split()[0],
        "opencv": _opencv_summary(),
        "app root": str(paths.app_root()),
        "first analysed frame": f"{first:.2f} s after process start" if first else "n/a",
    }
    return SelfTestReport(tuple(results), time.perf_counter() - timer.started, facts)


def _opencv_summary() -> str:
    """OpenCV's version and the video backends it was built with (the bundle's is slim)."""
    import cv2

    registry = cv2.videoio_registry

    def names(backends: list[int]) -> str:
        usable = [registry.getBackendName(b) for b in backends if registry.hasBackend(b)]
        return ", ".join(dict.fromkeys(usable)) or "none"

    return (
        f"{cv2.__version__} (camera: {names(registry.getCameraBackends())}; "
        f"files: {names(registry.getStreamBackends())})"
    )
