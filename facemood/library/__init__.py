"""The music library: scan a folder, read and write mood tags, cache what was read.

The only package that imports mutagen. Public API:

* :func:`scan_library` → :class:`ScanResult` of :class:`Track` and :class:`SkippedFile`
  (:mod:`.scanner`); :class:`LibraryIndex` makes rescans incremental (:mod:`.index`).
* :func:`tag_file` writes a mood into a file's native mood field (:mod:`.writer`).
* :func:`parse_mood` / :data:`SYNONYMS` map mood words onto
  :class:`~facemood.core.types.MusicMood` (:mod:`.moods`).
* :func:`read_cover` returns embedded cover art; :func:`demo_library_dir` the bundled
  demo library used while the user has not picked a folder.

**Untagged tracks.** A track whose mood no source names (no known mood tag, no mood
folder, no mood playlist, no mapped genre) stays in the library with ``mood=None``.
It is never chosen for a mood that has tagged tracks; it is played only when no
track at all is tagged with the wanted mood (before falling back to a neighbouring
mood), so an untagged library still makes music. The GUI lists untagged tracks so
the user can tag them (``facemood library tag FILE --mood MOOD``).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facemood.library.formats import CoverArt, FileProblem, TagInfo, read_cover
    from facemood.library.index import LibraryIndex, default_index_path
    from facemood.library.moods import SUGGESTED_GENRE_MOODS, SYNONYMS, parse_mood
    from facemood.library.scanner import (
        CancelToken,
        MoodSource,
        ScanProgress,
        ScanResult,
        SkippedFile,
        Track,
        scan_library,
    )
    from facemood.library.writer import tag_file

# Imported on first use (PEP 562), so ``facemood --help`` does not pay for mutagen.
_LAZY = {
    "CoverArt": "formats",
    "FileProblem": "formats",
    "TagInfo": "formats",
    "read_cover": "formats",
    "LibraryIndex": "index",
    "default_index_path": "index",
    "SUGGESTED_GENRE_MOODS": "moods",
    "SYNONYMS": "moods",
    "parse_mood": "moods",
    "CancelToken": "scanner",
    "MoodSource": "scanner",
    "ScanProgress": "scanner",
    "ScanResult": "scanner",
    "SkippedFile": "scanner",
    "Track": "scanner",
    "scan_library": "scanner",
    "tag_file": "writer",
}


def __getattr__(name: str) -> Any:
    """Import the public name from its submodule on first access."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def demo_library_dir() -> Path:
    """The bundled demo library (``music_library/`` in a checkout or an app bundle)."""
    from facemood import paths

    return paths.resource_path("music_library")


__all__ = [
    "SUGGESTED_GENRE_MOODS",
    "SYNONYMS",
    "CancelToken",
    "CoverArt",
    "FileProblem",
    "LibraryIndex",
    "MoodSource",
    "ScanProgress",
    "ScanResult",
    "SkippedFile",
    "TagInfo",
    "Track",
    "default_index_path",
    "demo_library_dir",
    "parse_mood",
    "read_cover",
    "scan_library",
    "tag_file",
]
