"""CPU use of the window on a 30 fps 640x480 clip, beside ``run --headless --realtime``.

The real main window (offscreen) analyses a looping face clip at its own pace while the
demo music plays (VLC's dummy output); at the same time, in a child process,
``facemood run --headless --realtime`` analyses the same clip. After a warm-up, both are
measured over the same ``--seconds`` from ``/proc``: CPU time as a percentage of one
core. The window's share is split by thread and, inside the threads, by what it was
spent on:

* analysis: the capture thread (decode, detection, emotion model, mood stage), minus
  its preview share;
* preview: preparing the preview picture (capture thread) and drawing it (GUI thread);
* plots: the emotion bars and the mood timeline (GUI thread);
* other GUI: the rest of the GUI thread (signals, labels, layout);
* player: the player thread (music session, libVLC calls) and libVLC's own threads.

    python benchmarks/gui_cpu.py [--seconds 60] [--warmup 8] [--background] [--json]

``--background`` measures the window while another window is the active one (the
preview then asks for 10 pictures a second instead of 30).

Linux only (``/proc``). Everything is written to a temporary ``FACEMOOD_HOME``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FPS = 30.0
_TICK = os.sysconf("SC_CLK_TCK")


def make_clip(path: Path, seconds: float) -> None:
    """A 640x480 clip at 30 fps: a face alternating neutral and happy every 10 s."""
    from tests.helpers.clips import FACES_DIR, Segment, write_clip

    faces = [FACES_DIR / "london_004_neutral.jpg", FACES_DIR / "london_004_happy.jpg"]
    count = int(seconds // 10) + 1
    segments = [Segment(faces[i % 2], 10.0, ("neutral", "happy")[i % 2]) for i in range(count)]
    write_clip(path, segments, fps=FPS)


def process_cpu_s(pid: int | str = "self") -> float:
    """User + system CPU seconds of a whole process (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def threads_cpu_s() -> dict[int, tuple[str, float]]:
    """Each thread of this process: tid -> (name, CPU seconds)."""
    out = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        out[int(task.name)] = (name, (int(fields[11]) + int(fields[12])) / _TICK)
    return out


def cpu_model() -> str:
    """``lscpu``'s model name (or the kernel's)."""
    try:
        text = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        text = Path("/proc/cpuinfo").read_text().replace("model name", "Model name")
    for line in text.splitlines():
        if line.startswith("Model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


class Meter:
    """CPU seconds spent inside wrapped functions, per label (``time.thread_time``)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()

    def wrap(self, owner: Any, name: str, label: str) -> None:
        """Replace ``owner.name`` by a timed version counted under ``label``."""
        original: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent = time.thread_time() - start
                with self._lock:
                    self.spent[label] += spent
                    self.calls[label] += 1

        setattr(owner, name, timed)

    def snapshot(self) -> tuple[dict[str, float], dict[str, int]]:
        """Copies of the counters."""
        with self._lock:
            return dict(self.spent), dict(self.calls)


def instrument(meter: Meter) -> None:
    """Time the preview, the plots and the capture thread's preview work."""
    from facemood.bridge import vision
    from facemood.gui.mood_panel import MoodTimeline, ProbabilityBars
    from facemood.gui.preview import PreviewWidget

    meter.wrap(vision, "display_image", "preview_prep")
    meter.wrap(PreviewWidget, "paintEvent", "preview_paint")
    meter.wrap(ProbabilityBars, "paintEvent", "bars")
    meter.wrap(MoodTimeline, "paintEvent", "timeline")
    meter.wrap(MoodTimeline, "redraw", "timeline")


def main() -> int:
    """Run both, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the measurement")
    parser.add_argument("--warmup", type=float, default=8.0, help="seconds before measuring")
    parser.add_argument(
        "--background", action="store_true", help="another window is active meanwhile"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="facemood-cpu-"))
    os.environ["FACEMOOD_HOME"] = str(work / "home")
    headless: subprocess.Popen[bytes] | None = None
    try:
        clip = work / "clip.avi"
        make_clip(clip, args.warmup + args.seconds + 10)
        env = dict(os.environ, FACEMOOD_HOME=str(work / "headless-home"))
        headless = subprocess.Popen(
            [
                *(sys.executable, "-m", "facemood", "run", "--headless", "--realtime"),
                *("--source", str(clip), "--aout", "dummy", "--json"),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        from PySide6.QtCore import QTimer  # noqa: TID251 - a GUI benchmark
        from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

        from facemood.gui.app import freeze_startup_objects, prepare_app, shorten_gil_switch
        from facemood.gui.application import FaceMoodApp
        from facemood.paths import resource_path
        from facemood.settings import Settings, with_value

        meter = Meter()
        instrument(meter)
        shorten_gil_switch()
        app = QApplication(sys.argv[:1])
        languages = prepare_app(app, "en")  # as the app starts
        settings = with_value(Settings(), "music.library_dir", str(resource_path("music_library")))
        settings = with_value(settings, "gui.language", "en")
        window = FaceMoodApp(settings, source=str(clip), aout="dummy", languages=languages).window
        window.show()
        window.activateWindow()
        other = QWidget()  # the window the user works in, with FaceMood behind it
        if args.background:
            other.show()
            other.activateWindow()
        freeze_startup_objects()
        gui_tid = threading.get_native_id()
        frames = [0]
        window.app.capture.frame_analysed.connect(lambda _p: frames.__setitem__(0, frames[0] + 1))
        marks: dict[str, Any] = {}

        def mark(name: str) -> None:
            assert headless is not None
            marks[name] = {
                "wall": time.perf_counter(),
                "threads": threads_cpu_s(),
                "process": process_cpu_s(),
                "headless": process_cpu_s(headless.pid),
                "meter": meter.snapshot(),
                "frames": frames[0],
            }

        def stop() -> None:
            mark("end")
            window.close()
            app.quit()

        QTimer.singleShot(int(args.warmup * 1000), lambda: mark("start"))
        QTimer.singleShot(int((args.warmup + args.seconds) * 1000), stop)
        app.exec()
    finally:
        if headless is not None:
            headless.terminate()
            headless.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)

    start, end = marks["start"], marks["end"]
    wall = end["wall"] - start["wall"]

    def pct(seconds: float) -> float:
        return round(100.0 * seconds / wall, 1)

    by_thread: dict[str, float] = defaultdict(float)
    per_tid: list[tuple[float, str]] = []
    gui_s = 0.0
    for tid, (name, cpu) in end["threads"].items():
        spent = cpu - start["threads"].get(tid, (name, 0.0))[1]
        per_tid.append((spent, f"{name}/{tid}"))
        if tid == gui_tid:
            gui_s = spent
        else:
            by_thread[name] += spent
    spent = {k: v - start["meter"][0].get(k, 0.0) for k, v in end["meter"][0].items()}
    calls = {k: v - start["meter"][1].get(k, 0) for k, v in end["meter"][1].items()}
    # Thread names are cut to 15 characters by the kernel ("facemood-captur").
    capture_s = sum(v for k, v in by_thread.items() if k.startswith("facemood-captur"))
    player_s = sum(v for k, v in by_thread.items() if not k.startswith("facemood-captur"))
    preview_s = spent.get("preview_prep", 0.0) + spent.get("preview_paint", 0.0)
    plots_s = spent.get("bars", 0.0) + spent.get("timeline", 0.0)
    window_s = end["process"] - start["process"]
    headless_s = end["headless"] - start["headless"]
    result = {
        "window_cpu_pct": pct(window_s),
        "headless_cpu_pct": pct(headless_s),
        "ratio": round(window_s / headless_s, 2) if headless_s > 0 else float("nan"),
        "analysis_pct": pct(capture_s - spent.get("preview_prep", 0.0)),
        "preview_pct": pct(preview_s),
        "preview_prep_pct": pct(spent.get("preview_prep", 0.0)),
        "preview_paint_pct": pct(spent.get("preview_paint", 0.0)),
        "plots_pct": pct(plots_s),
        "bars_pct": pct(spent.get("bars", 0.0)),
        "timeline_pct": pct(spent.get("timeline", 0.0)),
        "other_gui_pct": pct(gui_s - spent.get("preview_paint", 0.0) - plots_s),
        "player_and_other_threads_pct": pct(player_s),
        "threads_pct": {name: pct(s) for name, s in sorted(by_thread.items()) if s > 0},
        "busiest_threads_pct": {name: pct(s) for s, name in sorted(per_tid, reverse=True)[:8]},
        "calls_per_s": {k: round(v / wall, 1) for k, v in sorted(calls.items())},
        "window_fps": round((end["frames"] - start["frames"]) / wall, 1),
        "window_active": not args.background,
        "measured_s": round(wall, 1),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "target_pct": 20,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"window: {result['window_cpu_pct']} % of one core, headless: "
            f"{result['headless_cpu_pct']} % (ratio {result['ratio']}) over "
            f"{result['measured_s']} s at {result['window_fps']} fps\n"
            f"  analysis {result['analysis_pct']} %, preview {result['preview_pct']} % "
            f"(prepare {result['preview_prep_pct']}, draw {result['preview_paint_pct']}), "
            f"plots {result['plots_pct']} % (bars {result['bars_pct']}, timeline "
            f"{result['timeline_pct']}), other GUI {result['other_gui_pct']} %, "
            f"player and other threads {result['player_and_other_threads_pct']} %\n"
            f"  threads: {result['threads_pct']}\n"
            f"  {result['cpu_model']}, {result['cpu_count']} CPUs, load average "
            f"{result['load_average_1min']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
