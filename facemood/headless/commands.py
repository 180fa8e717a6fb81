"""The ``run`` subcommand: ``facemood run --headless --source SOURCE --library DIR``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from facemood.cli import command, count, non_empty


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--headless",
        action="store_true",
        help="run without a window (without it, `run` opens the app window)",
    )
    parser.add_argument(
        "--source",
        type=non_empty,
        help="camera index (0), video file, photo, or folder of photos",
    )
    parser.add_argument(
        "--library", default="", help="music folder (default: music.library_dir or the demo)"
    )
    parser.add_argument("--json", action="store_true", help="print events as JSON lines")
    parser.add_argument(
        "--aout", default="", help="VLC audio output module, e.g. 'dummy' (default: settings)"
    )
    parser.add_argument(
        "--player",
        choices=("auto", "vlc", "null"),
        default="auto",
        help="player backend: auto (VLC, else silent), vlc, or null (silent)",
    )
    parser.add_argument(
        "--realtime",
        action="store_true",
        help="play a video or photos at their own pace instead of as fast as possible",
    )
    parser.add_argument(
        "--max-frames", type=count(0), default=0, help="stop after this many frames (0: no limit)"
    )


@command("run", "run the whole loop: source -> mood -> music (--headless: no window)", _configure)
def run(args: argparse.Namespace) -> int:
    """Run the loop headless, or open the window when ``--headless`` is not given."""
    if not args.headless:
        from facemood.cli import _REGISTRY

        gui = _REGISTRY.get("gui")
        if gui is None:
            print("facemood run: the window is not available; use --headless", file=sys.stderr)
            return 2
        return gui.run(args)
    if not args.source:
        print("facemood run --headless: --source is required", file=sys.stderr)
        return 2

    from pathlib import Path

    from facemood.headless.runner import HeadlessOptions, describe, run_headless

    library = Path(args.library).expanduser() if args.library else None

    def emit(record: dict[str, Any]) -> None:
        if args.json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif record.get("event") == "error":
            print(describe(record), file=sys.stderr, flush=True)
        else:
            print(describe(record, library), flush=True)

    options = HeadlessOptions(
        source=args.source,
        library=args.library,
        player=args.player,
        aout=args.aout,
        realtime=args.realtime,
        max_frames=args.max_frames,
    )
    return run_headless(options, emit)
