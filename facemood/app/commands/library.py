"""``facemood library scan|tag|export-playlists``: scan a music folder (estimating the
moods of untagged tracks from their audio), write mood tags, export mood playlists.

Exit status: 0 success, 1 failure (the folder cannot be scanned, a file was not
tagged), 2 usage error (e.g. an unknown mood), 130 stopped with Ctrl+C (what was
scanned so far is printed; audio analysed so far is kept for the next scan). Errors go
to stderr as ``facemood library <action>: …``; file names that are not valid UTF-8 are
shown with ``\\xNN`` escapes. Progress goes to stderr, also with ``--json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from facemood.cli import command, count, non_empty
from facemood.core.types import MusicMood

if TYPE_CHECKING:
    from facemood.library.scanner import ScanResult


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="library_action", metavar="ACTION", required=True)

    scan = actions.add_parser(
        "scan",
        help="list the tracks of a music folder with their moods, and the files skipped",
        description="Scan DIR for audio files and "
        "their moods. Every regular file is listed either as a track or as skipped "
        "with a reason.",
    )
    _add_scan_options(scan)
    scan.add_argument("--json", action="store_true", help="print one JSON document")
    scan.set_defaults(library_run=_scan)

    export = actions.add_parser(
        "export-playlists",
        help="write each mood's tracks as an M3U8 playlist",
        description="Scan DIR like `scan` does and write one M3U8 playlist per mood "
        "(UTF-8, paths relative to the playlist, #EXTINF with length and 'artist - title') "
        "into OUT, named 'FaceMood - <Mood>.m3u8'.",
    )
    _add_scan_options(export)
    export.add_argument("--out", required=True, metavar="OUT", help="folder for the playlists")
    export.add_argument(
        "--mood",
        help="only this mood's playlist (default: every mood that has tracks)",
    )
    export.set_defaults(library_run=_export)

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


def _add_scan_options(parser: argparse.ArgumentParser) -> None:
    """DIR and the options of the scan that ``scan`` and ``export-playlists`` share."""
    parser.add_argument(
        "dir",
        nargs="?",
        type=non_empty,
        metavar="DIR",
        help="the music folder (default: the music.library_dir setting, else the demo library)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="read every file; do not use the library index"
    )
    parser.add_argument(
        "--genre-moods",
        action="store_true",
        help="also take moods from genres (ambient → calm, metal → aggressive, …)",
    )
    parser.add_argument(
        "--no-audio",
        action="store_true",
        help="do not estimate moods of untagged tracks from their audio "
        "(default: the library.audio_moods setting, on)",
    )
    parser.add_argument(
        "--audio-limit",
        type=count(0),
        default=AUDIO_LIMIT,
        metavar="N",
        help="analyse the audio of at most N untagged tracks in this run; the rest are "
        f"analysed by later scans (default {AUDIO_LIMIT}; 0: no limit)",
    )
    parser.add_argument(
        "--all-file-systems",
        action="store_true",
        help="also scan other disks and mounts inside DIR (system folders such as /proc "
        "are never scanned)",
    )


AUDIO_LIMIT = 500
"""Untagged tracks whose audio one command-line scan analyses at most (about a few
minutes); the analysis resumes where it stopped on the next scan."""


@command("library", "scan a music folder, tag files, export mood playlists", _configure)
def run(args: argparse.Namespace) -> int:
    """Dispatch to ``scan``, ``tag`` or ``export-playlists``."""
    action: int = args.library_run(args)
    return action


class _ProgressBar:
    """A one-line text progress bar redrawn in place on ``stream``."""

    def __init__(self, stream: TextIO, label: str, width: int = 30) -> None:
        self.stream = stream
        self.label = label
        self.width = width
        self.drawn = False

    def update(self, done: int, total: int) -> None:
        """Redraw; ``total`` 0 means not known yet (``done`` files found so far)."""
        if total == 0:
            self.stream.write(f"\r{self.label}: listing folders, {done} files found")
        else:
            filled = int(self.width * done / max(total, 1))
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r{self.label} [{bar}] {done}/{total}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _library_and_audio_setting(args: argparse.Namespace) -> tuple[str, bool]:
    """The folder to scan (DIR, the ``music.library_dir`` setting, or the demo library)
    and whether to estimate moods from audio (``--no-audio``, ``library.audio_moods``)."""
    from facemood.app import compose
    from facemood.fsnames import display

    action = args.library_action
    settings = compose.user_settings(
        lambda warning: print(f"facemood library {action}: {display(warning)}", file=sys.stderr)
    )
    root = os.fspath(compose.library_folder(settings, args.dir))
    return root, settings.library.audio_moods and not args.no_audio


def _scan_with_moods(args: argparse.Namespace, stop: threading.Event) -> ScanResult | None:
    """Scan (and estimate audio moods unless turned off); ``None`` after printing an error.

    ``stop`` cancels the scan and the analysis (Ctrl+C sets it, see :func:`_ctrl_c_stops`).
    """
    from facemood.audio.store import AudioStore
    from facemood.errors import FaceMoodError
    from facemood.fsnames import display
    from facemood.library import LibraryIndex, scan_library
    from facemood.library.audio_moods import estimate_moods
    from facemood.library.moods import SUGGESTED_GENRE_MOODS
    from facemood.walk import is_system_wide

    action = f"facemood library {args.library_action}"
    root, audio = _library_and_audio_setting(args)
    if is_system_wide(root):
        print(
            f"{action}: {display(root)} is the whole system: this scan takes long and lists "
            "system sounds; Ctrl+C stops it. Pick the folder that holds your music.",
            file=sys.stderr,
        )
    index = None if args.no_cache else LibraryIndex()
    scan_bar = _ProgressBar(sys.stderr, "Scanning")
    audio_bar = _ProgressBar(sys.stderr, "Analysing audio")
    left: list[int] = []
    try:
        result = scan_library(
            root,
            index=index,
            genre_moods=SUGGESTED_GENRE_MOODS if args.genre_moods else None,
            progress=lambda p: scan_bar.update(p.done, p.total),
            cancel=stop,
            cross_mounts=args.all_file_systems,
        )
        scan_bar.finish()
        if audio and not result.cancelled:
            with contextlib.ExitStack() as stack:
                if index is None:
                    index_or_memory = stack.enter_context(LibraryIndex(":memory:"))
                else:
                    index_or_memory = index
                result = estimate_moods(
                    result,
                    AudioStore(index_or_memory),
                    progress=lambda p: audio_bar.update(p.done, p.total),
                    cancel=stop,
                    limit=args.audio_limit or None,
                    left_over=left.append,
                )
    except FaceMoodError as exc:
        scan_bar.finish()
        audio_bar.finish()
        print(f"{action}: {display(str(exc))}", file=sys.stderr)
        return None
    finally:
        late = index.take_notices() if index is not None else []  # from the audio table
        if index is not None:
            index.close()
    audio_bar.finish()
    for notice in [*result.notices, *late]:
        print(f"{action}: {notice}", file=sys.stderr)
    if left:
        print(
            f"{action}: the audio of {left[0]} more untagged tracks was not analysed in "
            f"this run (--audio-limit {args.audio_limit}); the next scan goes on with them",
            file=sys.stderr,
        )
    if stop.is_set():
        print(
            f"{action}: stopped (Ctrl+C); what was scanned so far is shown, and the audio "
            "analysed so far is kept for the next scan",
            file=sys.stderr,
        )
    return result


@contextlib.contextmanager
def _ctrl_c_stops() -> Iterator[threading.Event]:
    """An event that Ctrl+C sets (a second Ctrl+C ends the process at once)."""
    stop = threading.Event()

    def interrupted(signum: int, frame: object) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    try:
        previous = signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread (tests calling main() from a worker)
        yield stop
        return
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


EXIT_STOPPED = 130
"""Exit status after Ctrl+C (128 + SIGINT), as shells report it."""


def _scan(args: argparse.Namespace) -> int:
    from facemood.fsnames import display

    started = time.monotonic()
    with _ctrl_c_stops() as stop:
        result = _scan_with_moods(args, stop)
    if result is None:
        return 1
    code = EXIT_STOPPED if stop.is_set() else 0
    elapsed = time.monotonic() - started
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return code

    print(f"{display(result.root)}: {len(result.tracks)} tracks, {len(result.skipped)} skipped")
    groups = result.by_mood()
    for mood in MusicMood:
        print(f"  {mood.value:<11} {len(groups[mood]):>6}")
    print(f"  {'untagged':<11} {len(groups[None]):>6}")
    estimated = sum(1 for t in result.tracks if t.audio is not None)
    if estimated:
        print(f"({estimated} of these moods estimated from the audio)")
    problems: dict[str, int] = {}
    for track in result.tracks:
        if track.audio_problem:
            reason = track.audio_problem.split(" (", 1)[0]
            problems[reason] = problems.get(reason, 0) + 1
    if problems:
        listed = ", ".join(f"{n} {reason}" for reason, n in sorted(problems.items()))
        print(f"Untagged, no estimate: {listed}")
    if result.skipped:
        reasons: dict[str, int] = {}
        for skipped in result.skipped:
            reasons[skipped.reason.value] = reasons.get(skipped.reason.value, 0) + 1
        listed = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
        print(f"Skipped: {listed}")
    print(f"({result.read} files read, {result.cached} from the index, {elapsed:.2f} s)")
    return code


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


def _export(args: argparse.Namespace) -> int:
    from facemood.library.moods import parse_mood
    from facemood.library.playlists import export_mood_playlists

    moods = None
    if args.mood is not None:
        mood = parse_mood(args.mood)
        if mood is None:
            known = ", ".join(m.value for m in MusicMood)
            print(
                f"facemood library export-playlists: unknown mood {args.mood!r}; "
                f"use one of: {known}",
                file=sys.stderr,
            )
            return 2
        moods = [mood]
    with _ctrl_c_stops() as stop:
        result = _scan_with_moods(args, stop)
    if result is None:
        return 1
    if stop.is_set():
        return EXIT_STOPPED  # a partial scan would write partial playlists
    try:
        written = export_mood_playlists(result.tracks, args.out, moods)
    except OSError as exc:
        print(f"facemood library export-playlists: {args.out}: {exc}", file=sys.stderr)
        return 1
    groups = result.by_mood()
    for mood, path in written.items():
        print(f"{path}: {len(groups[mood])} tracks")
    if not written:
        print("No tracks with a mood to export.", file=sys.stderr)
        return 1
    return 0
