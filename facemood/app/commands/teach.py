"""``facemood calibrate``: teach FaceMood the user's face (resting face, smile, ...).

The command keeps its word ("calibrate", as users know it); in the code it is "teach"
(:mod:`facemood.app.teach_face`, :mod:`facemood.core.teach`), and "calibration" is only
the model's temperature scaling (:mod:`facemood.training.calibration`).
"""

from __future__ import annotations

import argparse
import sys

from facemood.app.commands.common import error, load
from facemood.cli import command, non_empty


def _configure_calibrate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source", type=non_empty, help="camera index (guided) or a video file (--segments)"
    )
    parser.add_argument(
        "--steps",
        default="rest,smile",
        help="with a camera: the expressions to record, in order (rest and smile at least; "
        "also sad, surprise, angry)",
    )
    parser.add_argument(
        "--segments",
        help="with a video: where each expression is, e.g. rest=0:4,smile=5:9 (seconds)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show the result, save nothing")
    parser.add_argument("--remove", action="store_true", help="forget the face taught before")


@command(
    "calibrate", "teach it your face: record your resting face and smile", _configure_calibrate
)
def calibrate(args: argparse.Namespace) -> int:
    """Record, fit, report before/after, and save (unless --dry-run)."""
    from facemood.app import teach_face
    from facemood.core.teach import TeachError, teach
    from facemood.errors import FaceMoodError
    from facemood.vision.sources import is_camera_spec

    settings = load("calibrate")
    if args.remove:
        if not args.dry_run:
            teach_face.forget(settings)
        print("The face taught before was removed." if not args.dry_run else "Nothing changed.")
        return 0
    if not args.source:
        print("facemood calibrate: --source is required (or --remove)", file=sys.stderr)
        return 2
    camera = is_camera_spec(args.source)
    try:
        segments = None if camera or not args.segments else teach_face.parse_segments(args.segments)
        steps = teach_face.parse_segments(",".join(f"{name}=0:1" for name in args.steps.split(",")))
    except ValueError as exc:
        print(f"facemood calibrate: {exc}", file=sys.stderr)
        return 2
    if not camera and segments is None:
        print(
            "facemood calibrate: a video needs --segments, e.g. rest=0:4,smile=5:9", file=sys.stderr
        )
        return 2
    try:
        recordings = teach_face.record(
            args.source, settings, labels=[w.label for w in steps], segments=segments
        )
        face = teach(recordings)
    except TeachError as exc:
        print(f"facemood calibrate: {exc}", file=sys.stderr)
        return 1
    except FaceMoodError as exc:
        return error("calibrate", exc)
    print(
        f"Frames read as you meant: {face.right_before:.0%} before, "
        f"{face.right_after:.0%} after ({', '.join(e.value for e in face.labels)})."
    )
    if args.dry_run:
        print("Not saved (--dry-run).")
        return 0
    teach_face.keep(settings, face)
    print("Saved: FaceMood now reads your face with what it learned.")
    return 0
