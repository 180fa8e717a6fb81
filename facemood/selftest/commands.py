"""``facemood self-test`` (also ``facemood --self-test``): check the install, exit 0 when good."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from facemood.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--require-vlc",
        choices=("no", "yes", "bundled"),
        default="no",
        help="fail when libVLC is missing (yes), or is not the one inside the bundle "
        "(bundled); default: skip the playback check without VLC",
    )
    parser.add_argument("--samples", type=Path, help="photos with a samples.csv (default: bundled)")
    parser.add_argument("--library", type=Path, help="music folder (default: the demo library)")
    parser.add_argument("--model", type=Path, help="another emotion model (.tflite)")
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt check")


@command(
    "self-test",
    "check the model, sample photos, demo library and audio, then exit (0 = all good)",
    _configure,
)
def run(args: argparse.Namespace) -> int:
    """Run the self-test and print its report; 0 when every check that should work did.

    Also reached through ``facemood --self-test``, whose namespace lacks this
    subcommand's options, hence the ``getattr`` defaults.
    """
    from facemood.selftest.checks import SelfTestOptions, run_self_test

    options = SelfTestOptions(
        require_vlc=getattr(args, "require_vlc", "no"),
        qt=not getattr(args, "no_qt", False),
        model_path=getattr(args, "model", None),
    )
    if getattr(args, "samples", None):
        options = replace(options, samples_dir=args.samples)
    if getattr(args, "library", None):
        options = replace(options, library_dir=args.library)
    report = run_self_test(options)
    if getattr(args, "json", False):
        json.dump(report.to_json(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(report.to_text())
    sys.stdout.flush()
    return 0 if report.ok else 1
