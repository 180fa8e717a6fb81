"""Measure what FaceMood's dependencies cost at start-up and on disk.

For each module, a fresh interpreter imports it and reports the import time and the
process's peak RSS. The first run of each module is the "first" (cold-ish: nothing of
it is in this interpreter, but the OS file cache may hold it); the median of the
following runs is "warm". With ``--drop-caches`` (Linux, root) the page cache is
dropped before each first run, which gives a truly cold number.

Then it sums the installed size of the runtime dependencies (``pip install .``) and of
the ``train`` extra (TensorFlow), from the distributions' RECORD files.

    .venv/bin/python scripts/measure_imports.py [--runs 3] [--drop-caches]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
from importlib import metadata
from pathlib import Path

MODULES = [
    ("(python only)", ""),
    ("numpy", "numpy"),
    ("mutagen", "mutagen"),
    ("vlc", "vlc"),
    ("cv2", "cv2"),
    ("ai_edge_litert", "ai_edge_litert.interpreter"),
    ("PySide6.QtWidgets", "PySide6.QtWidgets"),
    ("tensorflow", "tensorflow"),
]

_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
if {module!r}:
    import importlib
    importlib.import_module({module!r})
t1 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
print(json.dumps({{"seconds": t1 - t0, "rss_mb": rss * scale / 1e6}}))
"""


def _installed(module: str) -> bool:
    if not module:
        return True
    code = f"import importlib.util as u; print(u.find_spec({module.split('.')[0]!r}) is not None)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip() == "True"


def _drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        sys.exit(f"--drop-caches needs Linux and root: {exc}")


def _measure(module: str) -> dict[str, float]:
    env_code = _CHILD.format(module=module)
    result = subprocess.run(
        [sys.executable, "-c", env_code], capture_output=True, text=True, check=True
    )
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _cli_help_seconds(runs: int) -> float:
    import time

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "facemood", "--help"], capture_output=True, check=True
        )
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _dist_closure(roots: list[str]) -> set[str]:
    """Names of the distributions ``roots`` need at run time (no extras), installed ones."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = _norm(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        for req in dist.requires or []:
            head, _, marker = req.partition(";")
            if "extra" in marker:
                continue
            if marker.strip() and not _marker_true(marker):
                continue
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", head)
            if match:
                todo.append(match.group(1))
    return seen


def _marker_true(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:
        return True
    return bool(Marker(marker.strip()).evaluate())


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _dist_size(name: str) -> int:
    dist = metadata.distribution(name)
    total = 0
    for file in dist.files or []:
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            total += path.stat().st_size
    return total


def _requirements(extra: str | None) -> list[str]:
    dist = metadata.distribution("facemood")
    names = []
    for req in dist.requires or []:
        head, _, marker = req.partition(";")
        in_extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if (extra is None and not in_extra) or (in_extra and in_extra.group(1) == extra):
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", head)
            if match:
                names.append(match.group(1))
    return names


def main() -> None:
    """Print the import table and the install sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="warm runs per module")
    parser.add_argument("--drop-caches", action="store_true", help="truly cold first runs")
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]} on {sys.platform}; {args.runs} warm runs each\n")
    print(f"| {'import':<20} | first (s) | warm (s) | peak RSS (MB) |")
    print(f"|{'-' * 22}|-----------|----------|---------------|")
    for label, module in MODULES:
        if not _installed(module):
            print(f"| {label:<20} | not installed |")
            continue
        if args.drop_caches:
            _drop_caches()
        first = _measure(module)
        warm = [_measure(module) for _ in range(args.runs)]
        warm_s = statistics.median(w["seconds"] for w in warm)
        rss = max(w["rss_mb"] for w in [first, *warm])
        print(f"| {label:<20} | {first['seconds']:9.2f} | {warm_s:8.2f} | {rss:13.0f} |")
    print(f"\n`facemood --help` (whole process, median): {_cli_help_seconds(args.runs):.2f} s\n")

    runtime = _dist_closure(_requirements(None))
    train = _dist_closure(_requirements("train")) - runtime
    for title, names in (("runtime dependencies", runtime), ("train extra on top", train)):
        sizes = sorted(((_dist_size(n), n) for n in names), reverse=True)
        total = sum(size for size, _ in sizes)
        top = ", ".join(f"{n} {size / 1e6:.0f}" for size, n in sizes[:6])
        print(f"{title}: {total / 1e6:.0f} MB in {len(sizes)} packages (largest, MB: {top})")


if __name__ == "__main__":
    main()
