"""Benchmark: cold scan speed and warm (indexed) rescan of a large library.

Builds a library of N small real audio files (copies of tiny encoded files of every
format, spread over mood and plain folders), then times

* a cold scan without the index (every file opened),
* a first scan with an empty index (opened + written to SQLite),
* a warm rescan with the index (nothing changed: walk + stat + index lookup).

Prints wall and CPU time (the CPU time is what the scan itself costs on a busy
machine). Prints numbers; asserts nothing (timings depend on the machine). Run from the repo root::

    python -m tests.library.bench_scan --files 10000
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from facemood.library import LibraryIndex, scan_library
from tests.library.audio_helpers import ENCODERS, encode, write_tags


def build_library(root: Path, count: int) -> None:
    """``count`` files under ``root``: 100 per folder, a mood folder every fifth."""
    seeds = []
    for kind in ENCODERS:
        path = encode(root / "_seed" / f"seed.{kind}", seconds=0.1)
        if kind != "aac":
            write_tags(path, title="Bench", artist="FaceMood")
        seeds.append(path)
    moods = ["happy", "sad", "calm", "energetic", "aggressive"]
    for i in range(count):
        folder_no = i // 100
        folder = root / (moods[folder_no % 5] if folder_no % 5 == 0 else f"album {folder_no:03}")
        folder = folder / f"disc {folder_no:03}"
        folder.mkdir(parents=True, exist_ok=True)
        seed = seeds[i % len(seeds)]
        shutil.copyfile(seed, folder / f"track {i:05}{seed.suffix}")
    shutil.rmtree(root / "_seed")


def main(argv: list[str] | None = None) -> int:
    """Build the library in a temp dir and print timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="warm rescans to time")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="facemood-bench-") as tmp:
        lib = Path(tmp) / "library"
        started = time.perf_counter()
        build_library(lib, args.files)
        print(f"built {args.files} files in {time.perf_counter() - started:.1f} s")

        started, cpu = time.perf_counter(), time.process_time()
        cold = scan_library(lib)
        cold_s, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"cold scan, no index:   {cold_s:6.2f} s  {args.files / cold_s:7.0f} files/s"
            f"  ({len(cold.tracks)} tracks, {len(cold.skipped)} skipped; CPU {cpu:.2f} s)"
        )

        with LibraryIndex(Path(tmp) / "index.sqlite3") as index:
            started = time.perf_counter()
            first = scan_library(lib, index=index)
            first_s = time.perf_counter() - started
            print(
                f"cold scan, new index:  {first_s:6.2f} s  {args.files / first_s:7.0f} files/s"
                f"  ({first.read} read)"
            )
            for _ in range(args.repeat):
                started, cpu = time.perf_counter(), time.process_time()
                warm = scan_library(lib, index=index)
                warm_s, cpu = time.perf_counter() - started, time.process_time() - cpu
                print(
                    f"warm rescan (indexed): {warm_s:6.2f} s  {args.files / warm_s:7.0f} files/s"
                    f"  ({warm.read} read, {warm.cached} cached; CPU {cpu:.2f} s)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
