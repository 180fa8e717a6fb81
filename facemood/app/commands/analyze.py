"""``facemood analyze``.

``analyze SOURCE [--json]`` runs the vision pipeline and the mood engine over a camera,
a video, a photo or a folder of photos. With ``--json`` it writes one JSON object per
analysed frame (JSON lines)::

    {"frame": 0, "t": 0.0, "path": null,
     "faces": [{"box": [x, y, w, h], "probs": {"angry": 0.01, ...}}],
     "smoothed": {"angry": 0.02, ...} | null, "mood": "happy" | null}

and a last line ``{"summary": {...}}`` with the frame count, fps, mood changes and
per-stage milliseconds. Photos are analysed one by one: ``mood`` is the primary face's
top emotion and ``smoothed`` is null. Without ``--json`` it prints a readable table.

Exit status: 0 when frames were analysed, 1 when nothing was readable or the source
could not be opened, 2 for a usage error; errors start with ``facemood analyze:``. A photo
of a folder that cannot be read (e.g. over the pixel limit, see
:data:`~facemood.vision.sources.MAX_IMAGE_PIXELS`), and every other file of the folder,
is skipped with its reason on stderr, and the rest of the folder is analysed. Frames of
a video that do not decode (a damaged stretch) are skipped, reading goes on to the end,
and their number is printed on stderr and given as the summary's ``undecodable_frames``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facemood.app import compose
from facemood.app.commands.common import (
    Stats,
    TimedStage,
    build_pipeline,
    configure_source,
    error,
    fps_text,
    frame_record,
    load,
    no_frames,
    report_skipped,
    report_undecodable,
)
from facemood.cli import command
from facemood.core.mood import MoodUpdate
from facemood.core.types import FrameAnalysis
from facemood.fsnames import display
from facemood.settings import Settings

if TYPE_CHECKING:  # OpenCV loads inside the command (``--help`` stays fast)
    from facemood.app.stage import StageResult
    from facemood.vision.sources import Frame


def _configure_analyze(parser: argparse.ArgumentParser) -> None:
    configure_source(parser)
    parser.add_argument(
        "--no-settings", action="store_true", help="use default mood parameters, not the user's"
    )


@command(
    "analyze", "analyse faces and mood in a camera, video, photo or folder", _configure_analyze
)
def analyze(args: argparse.Namespace) -> int:
    """Run the pipeline and the mood engine over SOURCE and print what they see."""
    from facemood.app.loop import run_frames
    from facemood.errors import FaceMoodError

    settings = Settings() if args.no_settings else load("analyze")
    out = sys.stdout
    try:
        source = compose.open_source(args.source)
        pipeline = build_pipeline(args, settings)
    except (FaceMoodError, ValueError) as exc:
        return error("analyze", exc)
    stage = TimedStage(compose.make_stage(settings))
    stats = Stats()
    if not args.json:
        print(f"{'frame':>6} {'t':>8}  {'faces':>5}  {'top face':<22} {'mood':<9}", file=out)

    def show(_frame: Frame, result: StageResult) -> None:
        update = None if result.still else result.update
        mood = result.update.mood.value if result.update.mood else None
        stats.add(result.analysis, mood, stage.last_ms)
        if args.json:
            out.write(json.dumps(frame_record(result.analysis, update)) + "\n")
        else:
            print(_table_row(result.analysis, mood, update), file=out)
        if source.live:
            out.flush()  # a reader of a live stream wants each line now

    try:
        with source, pipeline:
            run_frames(source, pipeline, stage, show, max_frames=args.max_frames)
    except FaceMoodError as exc:
        return error("analyze", exc)
    except KeyboardInterrupt:
        pass
    summary = stats.summary(
        source=display(source.description),
        detector=pipeline.detector.name,
        skipped=report_skipped("analyze", source),
        undecodable_frames=report_undecodable("analyze", source),
    )
    if args.json:
        out.write(json.dumps({"summary": summary}) + "\n")
    else:
        print(_summary_text(summary), file=out)
    return 0 if stats.frames else no_frames("analyze", source.description)


def _table_row(analysis: FrameAnalysis, mood: str | None, update: MoodUpdate | None) -> str:
    top = "-"
    if analysis.primary is not None:
        emotion = analysis.primary.top()
        top = f"{emotion.value} {analysis.primary[emotion]:.2f}"
    name = display(Path(analysis.path).name) if analysis.path else ""
    away = " (away)" if update is not None and update.away else ""
    return (
        f"{analysis.index:>6} {analysis.t:>8.2f}  {len(analysis.faces):>5}  {top:<22} "
        f"{(mood or '-') + away:<9} {name}"
    ).rstrip()


def _summary_text(summary: dict[str, Any]) -> str:
    stages = "  ".join(f"{k} {v:.2f}" for k, v in summary["stages_ms"].items())
    lines = [
        f"{summary['frames']} frames ({summary['frames_with_face']} with a face), "
        f"{fps_text(summary['fps'])}, {summary['mood_changes']} mood changes, "
        f"detector {summary['detector']}",
        f"ms per frame: {stages}",
    ]
    lines += [f"  {c['t']:>8.2f} s  -> {c['mood']}" for c in summary["changes"]]
    if summary.get("skipped"):
        lines.append(f"skipped {len(summary['skipped'])} files (the reasons are on stderr)")
    if summary.get("undecodable_frames"):
        lines.append(f"{summary['undecodable_frames']} frames could not be decoded (damaged)")
    return "\n".join(lines)
