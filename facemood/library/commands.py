"""``facemood library scan|tag``: scan a music folder, write mood tags.

Exit status: 0 success, 1 failure (the folder cannot be scanned, a file was not
tagged), 2 usage error (e.g. an unknown mood). Errors go to stderr as
``facemood library <action>: …``; file names that are not valid UTF-8 are shown with
``\\xNN`` escapes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import TextIO

from facemood.cli import command, non_empty
from facemood.core.types import MusicMood


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="library_action", metavar="ACTION", required=True)

    scan = actions.add_parser(
        "scan",
        help="list the tracks of a music folder with their moods, and the files skipped",
        description="Scan DIR for audio files and "
        "their moods. Every regular file is listed either as a track or as skipped "
        "with a reason.",
    )
    scan.add_argument(
        "dir",
        nargs="?",
        type=non_empty,
        metavar="DIR",
        help="the music folder (default: the music.library_dir setting, else the demo library)",
    )
    scan.add_argument("--json", action="store_true", help="print one JSON document")
    scan.add_argument(
        "--no-cache", action="store_true", help="read every file; do not use the library index"
    )
    scan.add_argument(
        "--genre-moods",
        action="store_true",
        help="also take moods from genres (ambient → calm, metal → aggressive, …)",
    )
    scan.set_defaults(library_run=_scan)

    tag = actions.add_parser(
        "tag",
        help="write a mood into audio files' own mood tag",
        description="Write MOOD into each FILE's native mood field (ID3 TMOO, or TXXX:MOOD "
        "in ID3v2.3 files; Vorbis MOOD, MP4 ----:com.apple.iTunes:MOOD, WM/Mood, APEv2 Mood). "
        "The file is edited in place and nothing else in it changes; a file that cannot be "
        "tagged is left untouched.",
    )
    tag.add_argument("files", nargs="+", type=non_empty, metavar="FILE")
    tag.add_argument(
        "--mood",
        required=True,
        help=f"one of {', '.join(m.value for m in MusicMood)} (synonyms like 'chill' work)",
    )
    tag.set_defaults(library_run=_tag)


@command("library", "scan a music folder or tag files with moods", _configure)
def run(args: argparse.Namespace) -> int:
    """Dispatch to ``scan`` or ``tag``."""
    action: int = args.library_run(args)
    return action


class _ProgressBar:
    """A one-line text progress bar redrawn in place on ``stream``."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.drawn = False

    def __call__(self, progress: object) -> None:
        from facemood.library.scanner import ScanProgress

        assert isinstance(progress, ScanProgress)
        total = max(progress.total, 1)
        filled = int(self.width * progress.done / total)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rScanning [{bar}] {progress.done}/{progress.total}")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _library_folder(chosen: str | None) -> str:
    """DIR, else the ``music.library_dir`` setting, else the demo library."""
    from facemood.app.compose import library_folder
    from facemood.settings import load_settings

    settings, _warnings = load_settings()
    return os.fspath(library_folder(settings, chosen))


def _scan(args: argparse.Namespace) -> int:
    from facemood.errors import LibraryError
    from facemood.fsnames import display
    from facemood.library import LibraryIndex, scan_library
    from facemood.library.moods import SUGGESTED_GENRE_MOODS

    root = _library_folder(args.dir)
    bar = None if args.json else _ProgressBar(sys.stderr)
    index = None if args.no_cache else LibraryIndex()
    started = time.monotonic()
    try:
        result = scan_library(
            root,
            index=index,
            genre_moods=SUGGESTED_GENRE_MOODS if args.genre_moods else None,
            progress=bar,
        )
    except LibraryError as exc:
        if bar is not None:
            bar.finish()
        print(f"facemood library scan: {display(str(exc))}", file=sys.stderr)
        return 1
    finally:
        if index is not None:
            index.close()
    elapsed = time.monotonic() - started
    if bar is not None:
        bar.finish()
    for notice in result.notices:
        print(f"facemood library scan: {notice}", file=sys.stderr)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0

    print(f"{display(result.root)}: {len(result.tracks)} tracks, {len(result.skipped)} skipped")
    groups = result.by_mood()
    for mood in MusicMood:
        print(f"  {mood.value:<11} {len(groups[mood]):>6}")
    print(f"  {'untagged':<11} {len(groups[None]):>6}")
    if result.skipped:
        reasons: dict[str, int] = {}
        for skipped in result.skipped:
            reasons[skipped.reason.value] = reasons.get(skipped.reason.value, 0) + 1
        listed = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        print(f"Skipped: {listed}")
    print(f"({result.read} files read, {result.cached} from the index, {elapsed:.2f} s)")
    return 0


def _tag(args: argparse.Namespace) -> int:
    from facemood.errors import LibraryError
    from facemood.fsnames import display
    from facemood.library import tag_file
    from facemood.library.moods import parse_mood

    mood = parse_mood(args.mood)
    if mood is None:
        known = ", ".join(m.value for m in MusicMood)
        print(
            f"facemood library tag: unknown mood {args.mood!r}; use one of: {known}",
            file=sys.stderr,
        )
        return 2
    failures = 0
    for name in args.files:
        try:
            tag_file(name, mood)
        except LibraryError as exc:
            failures += 1
            print(f"facemood library tag: {display(str(exc))}", file=sys.stderr)
        else:
            print(f"tagged {mood.value}: {display(name)}")
    return 1 if failures else 0
