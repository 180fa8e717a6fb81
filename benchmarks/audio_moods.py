"""Audio mood estimates: throughput on one core, decoder robustness, agreement with labels.

    python benchmarks/audio_moods.py                 # all three parts
    python benchmarks/audio_moods.py --files 20      # more 4-minute MP3s for throughput
    python benchmarks/audio_moods.py --data ../shared/datasets/music_moods --skip real demo

1. **Throughput**: 4-minute stereo 44.1 kHz MP3s (192 kbit/s, synthesised with PyAV:
   beats, chords and noise at varied tempi and levels) analysed one after the other in
   this process (one core), then through the background process as the app runs it.
2. **Real recordings** from Debian game-soundtrack packages, if installed
   (``apt-get install wesnoth-1.16-music``; ``nexuiz-music``'s ``music.pk3`` is unzipped
   to a temp folder): tracks/s and every file that was not analysed, with its reason.
3. **Labelled music**: the demo library (``music_library/``, each piece's intended mood
   is its folder), or ``--labelled DIR`` sorted the same way (held-out music): the
   five-mood confusion table, arousal agreement (happy/energetic/aggressive vs
   calm/sad) and valence agreement (happy/calm/energetic vs sad/aggressive) of the
   estimated mood, ignoring the files' own mood tags.
4. **Labelled data sets** (``--data``: ``datasets/music_moods``, 4Q and Emotify): every
   variant side by side on held-out music. Today's rule estimator (each set one library
   for its percentiles), the ten scalar features with a linear model, all descriptors
   with a linear model, and the learnt network; the trained ones by 5-fold
   cross-validation grouped by artist (4Q) and by clip (Emotify), repeated with three
   fold seeds (mean and range); then the whole selection nested in outer folds, so
   its figures were never used to choose; and the shipped model on its own training
   data (not held out: a sanity check only). Features are cached in
   ``runs/audio_features.npz``.
"""

from __future__ import annotations

import _one_thread  # noqa: F401 - first: one BLAS thread, set before numpy loads

# isort: split
import argparse
import platform
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
from _common import ROOT

from facemood.audio.decode import Decoder
from facemood.audio.descriptors import DESCRIPTOR_NAMES, Measured
from facemood.audio.estimate import estimate_library
from facemood.audio.model import MoodModel
from facemood.audio.store import AudioStore, FileStamp
from facemood.audio.types import AnalysisFailure, AudioFeatures
from facemood.audio.worker import BackgroundAnalysis, analyse_file
from facemood.core.types import MusicMood
from facemood.library import LibraryIndex
from facemood.library.formats import BadFileError, read_info
from facemood.training.audio_data import LabelledSet
from facemood.training.audio_model import Scores, score

HIGH_AROUSAL = {MusicMood.HAPPY, MusicMood.ENERGETIC, MusicMood.AGGRESSIVE}
POSITIVE = {MusicMood.HAPPY, MusicMood.CALM, MusicMood.ENERGETIC}
GAME_MUSIC = (Path("/usr/share/games/wesnoth/1.16/data/core/music"),)
NEXUIZ_PK3 = Path("/usr/share/games/nexuiz/data/music.pk3")


def cpu_model() -> str:
    """The CPU model name (Linux ``/proc/cpuinfo``), else the platform's word for it."""
    try:
        for line in (
            Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace").splitlines()
        ):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def make_song(path: Path, seed: int, seconds: float = 240.0) -> None:
    """A 4-minute MP3: a beat at a random tempo, a chord progression, hats; random level."""
    from tests.audio.synth import clicks, progression
    from tests.library.audio_helpers import encode_samples

    rng = np.random.default_rng(seed)
    rate = 44100
    bpm = float(rng.uniform(70, 170))
    beat = clicks(bpm, seconds, rate)
    chords = progression(
        int(rng.integers(55, 67)), str(rng.choice(["major", "minor"])), seconds, rate
    )
    hats = (rng.standard_normal(len(beat)) * 0.02).astype(np.float32)
    level = float(rng.uniform(0.3, 1.0))
    encode_samples(path, np.clip(level * (beat + chords + hats), -1, 1).astype(np.float32))


def throughput(count: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    songs = [folder / f"song-{i:02d}.mp3" for i in range(count)]
    made = time.monotonic()
    for i, song in enumerate(songs):
        if not song.exists():
            make_song(song, seed=i)
    print(f"{count} four-minute MP3s in {folder} ({time.monotonic() - made:.0f} s to make)")
    decoder = Decoder()
    analyse_file(str(songs[0]), 240.0, decoder)  # imports and first-call costs
    wall, cpu = time.monotonic(), time.process_time()
    for song in songs:
        outcome = analyse_file(str(song), 240.0, decoder)
        assert isinstance(outcome, AudioFeatures), outcome
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    decoder.close()
    print(
        f"  in this process, one core: {count / cpu:.1f} tracks/s of CPU time "
        f"({1000 * cpu / count:.0f} ms each), {count / wall:.1f} tracks/s wall"
    )
    stamps = [FileStamp.of(s, 240.0) for s in songs]
    with LibraryIndex(":memory:") as index:
        store = AudioStore(index)
        started = time.monotonic()
        steps = list(BackgroundAnalysis(stamps, store).run())
        elapsed = time.monotonic() - started
    print(
        f"  background process (nice 19, start-up included): {len(steps) / elapsed:.1f} "
        f"tracks/s wall ({elapsed:.1f} s for {len(steps)})"
    )


def real_recordings(tmp: Path) -> None:
    files = [f for folder in GAME_MUSIC if folder.is_dir() for f in sorted(folder.glob("*.ogg"))]
    if NEXUIZ_PK3.exists():
        with zipfile.ZipFile(NEXUIZ_PK3) as pk3:
            pk3.extractall(tmp / "nexuiz")
        files += sorted((tmp / "nexuiz").rglob("*.ogg"))
    if not files:
        print("Real recordings: none installed (apt-get install wesnoth-1.16-music nexuiz-music)")
        return
    stamps = []
    for f in files:
        try:
            stamps.append(FileStamp.of(f, read_info(f).duration))
        except BadFileError as exc:  # a broken file is part of what this measures
            print(f"  {f.name}: tags unreadable ({exc})")
            stamps.append(FileStamp.of(f))
    with LibraryIndex(":memory:") as index:
        store = AudioStore(index)
        started = time.monotonic()
        steps = list(BackgroundAnalysis(stamps, store).run())
        elapsed = time.monotonic() - started
    failures = [s for s in steps if isinstance(s.outcome, AnalysisFailure)]
    minutes = sum((s.duration or 0) for s in stamps) / 60
    print(
        f"Real recordings (Debian game soundtracks): {len(steps)} files, {minutes:.0f} min of "
        f"music, {len(steps) / elapsed:.1f} tracks/s wall in the background process, "
        f"{len(steps) - len(failures)} analysed"
    )
    for s in failures:
        assert isinstance(s.outcome, AnalysisFailure)
        print(f"  {Path(s.path).name}: {s.outcome.describe()}")


def labelled(folder: Path) -> None:
    """Agreement on a folder whose ``<mood>/`` subfolders hold the music of each mood."""
    decoder = Decoder()
    features: dict[str, AudioFeatures] = {}
    truth: dict[str, MusicMood] = {}
    for mood in MusicMood:
        for f in sorted(p for p in (folder / mood.value).rglob("*") if p.is_file()):
            try:
                duration = read_info(f).duration
            except BadFileError:  # not audio (a README, a cover): not part of the set
                continue
            outcome = analyse_file(str(f), duration, decoder)
            if isinstance(outcome, AnalysisFailure):
                print(f"  {f.relative_to(folder)}: {outcome.describe()}")
                continue
            features[str(f)] = outcome
            truth[str(f)] = mood
    decoder.close()
    estimates = estimate_library(features)
    table = Counter((truth[k], e.mood) for k, e in estimates.items())
    n = len(estimates)
    top1 = sum(table[m, m] for m in MusicMood)
    arousal = sum(
        (truth[k] in HIGH_AROUSAL) == (e.mood in HIGH_AROUSAL) for k, e in estimates.items()
    )
    valence = sum((truth[k] in POSITIVE) == (e.mood in POSITIVE) for k, e in estimates.items())
    print(f"{folder} ({n} pieces, intended mood = folder; rows: intended, columns: estimated)")
    names = [m.value[:5] for m in MusicMood]
    print("            " + " ".join(f"{name:>5}" for name in names))
    for m in MusicMood:
        print(f"  {m.value:<10}" + " ".join(f"{table[m, e]:>5}" for e in MusicMood))
    print(f"  five-mood top-1: {top1}/{n} = {100 * top1 / n:.0f} % (chance 20 %)")
    print(
        f"  arousal (happy/energetic/aggressive vs calm/sad): {arousal}/{n} "
        f"= {100 * arousal / n:.0f} %"
    )
    print(
        f"  valence (happy/calm/energetic vs sad/aggressive): {valence}/{n} "
        f"= {100 * valence / n:.0f} %"
    )


def _quadrant_of(mood: MusicMood) -> int:
    """0-3 for Q1-Q4: happy/energetic, aggressive, sad, calm."""
    return {
        MusicMood.HAPPY: 0,
        MusicMood.ENERGETIC: 0,
        MusicMood.AGGRESSIVE: 1,
        MusicMood.SAD: 2,
        MusicMood.CALM: 3,
    }[mood]


def _rule_scores(data: LabelledSet) -> tuple[Scores, float]:
    """Today's rule estimator on ``data`` (4Q and Emotify each one library); ms per track."""
    from facemood.audio.estimate import rule_estimates

    started = time.process_time()
    probs = np.zeros((len(data.clips), 2))
    quads = np.zeros(len(data.clips), dtype=np.int64)
    for part in (data.quadrant >= 0, data.quadrant < 0):
        keys = [str(i) for i in np.flatnonzero(part)]
        est = rule_estimates({k: data.features[int(k)] for k in keys})
        for k, e in est.items():
            quads[int(k)] = _quadrant_of(e.mood)
            probs[int(k)] = (e.arousal, e.valence)
    ms = 1000 * (time.process_time() - started) / len(data.clips)
    # The quadrant, arousal and valence of the mood it chose; its scores for Emotify.
    chosen = np.stack([np.isin(quads, (0, 1)), np.isin(quads, (0, 3))], axis=1).astype(float)
    emo = data.quadrant < 0
    chosen[emo] = probs[emo]
    return score(data, chosen), ms


def _row(name: str, runs: list[Scores], ms: float) -> str:
    def cell(field: str, percent: bool) -> str:
        values = [getattr(s, field) for s in runs]
        mean = float(np.mean(values))
        text = f"{100 * mean:.1f}" if percent else f"{mean:.2f}"
        if len(values) > 1:
            spread = (max(values) - min(values)) * (100 if percent else 1)
            text += f" ±{spread / 2:.1f}" if percent else f" ±{spread / 2:.2f}"
        return text

    return (
        f"| {name} | {cell('quadrant', True)} | {cell('arousal', True)} | "
        f"{cell('valence', True)} | {cell('emotify_arousal', False)} | "
        f"{cell('emotify_valence', False)} | {ms:.2f} |"
    )


def _model_ms(model: MoodModel, x: np.ndarray) -> float:
    started = time.process_time()
    for row in x:
        learnt_probabilities(model, row)
    return 1000 * (time.process_time() - started) / len(x)


def learnt_probabilities(model: MoodModel, row: np.ndarray) -> np.ndarray:
    """One track as the app estimates it: the model, then the five-mood rule."""
    from facemood.audio.moods import choose, mood_probabilities

    probs = model.predict(row)
    choose(mood_probabilities(float(probs[0]), float(probs[1])))
    return probs


def data_sets(root: Path, seeds: int = 3) -> None:
    """Every variant side by side on 4Q (by artist) and Emotify (by clip)."""
    from facemood.audio.model import load_model
    from facemood.training import audio_model as am

    data = am.load(root)
    every = np.arange(len(data.clips), dtype=np.int64)
    n4q = int(np.sum(data.quadrant >= 0))
    artists = len({g for g in data.groups if g.startswith("4q:")})
    print(
        f"Labelled sets in {root}: 4Q {n4q} clips, {artists} "
        f"artists; Emotify {len(data.clips) - n4q} clips. Held out: 5 folds by artist/clip, "
        f"{seeds} fold seeds (mean ± half the range). CPU: {cpu_model()}"
    )
    print(
        "| variant | quadrant % | arousal % | valence % | Emotify arousal rank r | "
        "Emotify valence rank r | model ms/track |"
    )
    print("|---|---|---|---|---|---|---|")
    rule, rule_ms = _rule_scores(data)
    print(_row("today's rule estimator (library-relative; not trained)", [rule], rule_ms))
    base = np.column_stack(
        [
            data.base[:, 0],
            data.base[:, 1],
            np.log(data.base[:, 2]),
            data.base[:, 3],
            np.log2(data.base[:, 4]),
            data.base[:, 5],
            np.log(data.base[:, 6]),
            np.log(data.base[:, 7]),
            data.base[:, 8],
            data.base[:, 9],
        ]
    )
    variants = [
        ("today's 10 features + linear", base, am.Candidate(0, 0.03)),
        *[
            (f"{len(DESCRIPTOR_NAMES)} descriptors + {c.describe()}", data.x, c)
            for c in am.CANDIDATES
        ],
    ]
    for name, x, cand in variants:
        runs = [
            score(data, am.cross_predict(data, x, cand, am.stratified_folds(data, 5, seed), every))
            for seed in range(seeds)
        ]
        y, w = am.targets(data)
        ms = _model_ms(am.fit(x, y, w, cand), x[:200])
        print(_row(name, runs, ms), flush=True)
    nested, chosen = am.nested_scores(data, data.x)
    picks = ", ".join(sorted({c.describe() for c in chosen}))
    print(_row(f"selection nested in 5 outer folds (chose: {picks})", [nested], float("nan")))
    shipped = load_model()
    inside = score(data, shipped.predict(data.x))
    print(
        _row(
            f"shipped model ({shipped.info.get('candidate')}), its own training data: NOT held out",
            [inside],
            _model_ms(shipped, data.x[:200]),
        )
    )
    extract_ms(data)


def extract_ms(data: LabelledSet, count: int = 40) -> None:
    """CPU ms per 30 s clip: decoding, today's features, the descriptors."""
    from facemood.audio import features as feat
    from facemood.audio.decode import Decoder

    decoder = Decoder()
    paths = [str(c.path) for c in data.clips[:: max(1, len(data.clips) // count)]][:count]
    decode = total = describe = 0.0
    real_describe = feat.describe

    def timed_describe(m: Measured) -> tuple[float, ...]:
        nonlocal describe
        started = time.process_time()
        try:
            return real_describe(m)
        finally:
            describe += time.process_time() - started

    feat.describe = timed_describe  # type: ignore[assignment]
    try:
        for path in paths:
            started = time.process_time()
            excerpt = decoder.decode(path, None)
            decode += time.process_time() - started
            started = time.process_time()
            feat.extract_features(excerpt.samples, excerpt.rate)
            total += time.process_time() - started
    finally:
        feat.describe = real_describe  # type: ignore[assignment]
        decoder.close()
    n = len(paths)
    print(
        f"CPU per 30 s clip ({n} clips, Opus 48 kHz): decode {1000 * decode / n:.0f} ms, "
        f"today's features {1000 * (total - describe) / n:.0f} ms, "
        f"descriptors {1000 * describe / n:.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10, help="4-minute MP3s for throughput")
    parser.add_argument(
        "--mp3-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "facemood-bench-mp3",
        help="where the MP3s are made (kept, so a second run skips making them)",
    )
    parser.add_argument(
        "--labelled",
        type=Path,
        default=ROOT / "music_library",
        help="music sorted into happy/ sad/ calm/ energetic/ aggressive/ folders "
        "(default: the demo library)",
    )
    parser.add_argument(
        "--data", type=Path, help="datasets/music_moods: every variant on 4Q and Emotify"
    )
    parser.add_argument("--seeds", type=int, default=3, help="fold seeds for --data")
    parser.add_argument("--skip", nargs="*", default=[], choices=["throughput", "real", "demo"])
    args = parser.parse_args(argv)
    print(f"CPU: {cpu_model()}; Python {platform.python_version()}")
    if "throughput" not in args.skip:
        throughput(args.files, args.mp3_dir)
    if "real" not in args.skip:
        with tempfile.TemporaryDirectory() as tmp:
            real_recordings(Path(tmp))
    if "demo" not in args.skip:
        labelled(args.labelled)
    if args.data is not None:
        data_sets(args.data, args.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
