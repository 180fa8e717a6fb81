"""Export mood playlists as M3U8, readable by VLC, foobar2000, beets and most players.

Each playlist is UTF-8 (no BOM), starts with ``#EXTM3U``, and lists each track as
``#EXTINF:<whole seconds>,<artist> - <title>`` followed by its path **relative to the
playlist's folder**, with forward slashes (a track on another Windows drive stays
absolute). Length ``-1`` means unknown, as the format says.

Files are named ``FaceMood - <Mood>.m3u8``, not ``<mood>.m3u8``: a playlist named after
a mood inside the library would be read back by the scanner as a mood source, turning
estimates into "playlist" moods on the next scan.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from facemood.core.types import MusicMood
from facemood.files import atomic_write_text
from facemood.library.scanner import Track


def playlist_name(mood: MusicMood) -> str:
    """The exported file name for ``mood``, e.g. ``"FaceMood - Calm.m3u8"``."""
    return f"FaceMood - {mood.value.capitalize()}.m3u8"


def _entry_path(track: Path, folder: Path) -> str:
    try:
        relative = os.path.relpath(track, folder)
    except ValueError:  # another drive on Windows
        return track.as_posix()
    return Path(relative).as_posix()


def _label(track: Track) -> str:
    """``artist - title`` (just the title when there is no artist); one line."""
    text = f"{track.artist} - {track.display_title}" if track.artist else track.display_title
    return " ".join(text.split())


def m3u8_text(tracks: Iterable[Track], folder: Path) -> str:
    """The M3U8 document listing ``tracks``, paths relative to ``folder``."""
    lines = ["#EXTM3U"]
    for track in tracks:
        seconds = round(track.duration) if track.duration is not None else -1
        lines.append(f"#EXTINF:{seconds},{_label(track)}")
        lines.append(_entry_path(Path(os.path.abspath(track.path)), folder))
    return "\n".join(lines) + "\n"


def write_playlist(path: str | os.PathLike[str], tracks: Iterable[Track]) -> Path:
    """Write ``tracks`` (in this order) as an M3U8 playlist at ``path``, atomically.

    Raises:
        OSError: the file could not be written.
    """
    target = Path(os.path.abspath(path))
    atomic_write_text(target, m3u8_text(tracks, target.parent))
    return target


def export_mood_playlists(
    tracks: Sequence[Track],
    out_dir: str | os.PathLike[str],
    moods: Iterable[MusicMood] | None = None,
) -> dict[MusicMood, Path]:
    """Write one playlist per mood (every mood when ``moods`` is ``None``) into ``out_dir``.

    Tracks keep their library order; moods without tracks get no file.

    Returns:
        The playlists written, by mood.

    Raises:
        OSError: a file could not be written.
    """
    folder = Path(out_dir)
    written = {}
    for mood in moods if moods is not None else MusicMood:
        chosen = [t for t in tracks if t.mood is mood]
        if chosen:
            written[mood] = write_playlist(folder / playlist_name(mood), chosen)
    return written
