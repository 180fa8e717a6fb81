"""The ``gui`` subcommand (also what ``facemood`` with no arguments runs)."""

from __future__ import annotations

import argparse

from facemood.cli import command


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", help="camera index, video file or photo folder to start with")
    parser.add_argument("--library", help="music folder (default: the saved one or the demo)")
    parser.add_argument("--aout", help="VLC audio output module, e.g. 'dummy'")


@command("gui", "open the app window", _configure)
def run_gui(args: argparse.Namespace) -> int:
    """Open the FaceMood window."""
    from facemood.gui.app import run_app

    return run_app(
        source=getattr(args, "source", None),
        library=getattr(args, "library", None),
        aout=getattr(args, "aout", None),
    )
