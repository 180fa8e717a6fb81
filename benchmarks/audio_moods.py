"""Audio mood estimates: throughput on one core, decoder robustness, agreement with labels.

    python benchmarks/audio_moods.py                 # all three parts
    python benchmarks/audio_moods.py --files 20      # more 4-minute MP3s for throughput

1. **Throughput**: 4-minute stereo 44.1 kHz MP3s (192 kbit/s, synthesised with PyAV:
   beats, chords and noise at varied tempi and levels) analysed one after the other in
   this process (one core), then through the background process as the app runs it.
2. **Real recordings** from Debian game-soundtrack packages, if installed
   (``apt-get install wesnoth-1.16-music``; ``nexuiz-music``'s ``music.pk3`` is unzipped
   to a temp folder): tracks/s and every file that was not analysed, with its reason.
3. **Labelled music**: the demo library (``music_library/``, each piece's intended mood
   is its folder), or ``--labelled DIR`` sorted the same way (held-out music): the
   five-mood confusion table, arousal agreement (happy/energetic/aggressive vs
   calm/sad) and valence agreement (happy/calm/energetic vs sad/aggressive), ignoring
   the files' own mood tags; all of DIR is one library for the percentiles.
"""

from __future__ import annotations

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
from facemood.audio.estimate import MOOD_CENTRES, estimate_library
from facemood.audio.store import AudioStore, FileStamp
from facemood.audio.types import AnalysisFailure, AudioFeatures
from facemood.audio.worker import BackgroundAnalysis, analyse_file
from facemood.core.types import MusicMood
from facemood.library.formats import BadFileError, read_info

HIGH_AROUSAL = {MusicMood.HAPPY, MusicMood.ENERGETIC, MusicMood.AGGRESSIVE}
POSITIVE = {MusicMood.HAPPY, MusicMood.CALM, MusicMood.ENERGETIC}
_VALENCE_SPLIT = 0.5 * (
    min(MOOD_CENTRES[m][1] for m in POSITIVE)
    + max(MOOD_CENTRES[m][1] for m in set(MusicMood) - POSITIVE)
)
"""Halfway between the lowest positive and the highest negative mood centre's valence."""
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
    with AudioStore(":memory:") as store:
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
    with AudioStore(":memory:") as store:
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
    valence = sum(
        (truth[k] in POSITIVE) == (e.valence >= _VALENCE_SPLIT) for k, e in estimates.items()
    )
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
        f"  valence (happy/calm/energetic vs sad/aggressive, split at {_VALENCE_SPLIT:.3f}): "
        f"{valence}/{n} = {100 * valence / n:.0f} %"
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
