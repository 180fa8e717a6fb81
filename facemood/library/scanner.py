"""Scan a music folder: every regular file becomes a :class:`Track` or a :class:`SkippedFile`.

A track's mood comes from the first of these that names a known mood (see
:mod:`facemood.library.moods`):

1. ``tag`` - the file's own mood tag (see :mod:`facemood.library.formats`);
2. ``folder`` - a folder in the path below the scanned folder named after a mood
   (``Happy/…``, ``calm/Sub Folder/…``); the deepest such folder wins;
3. ``playlist`` - an ``.m3u``/``.m3u8`` playlist anywhere under the scanned folder whose
   name is a mood (``sad.m3u8``) and that lists the file; the first such playlist in path
   order wins;
4. ``genre`` - the genre tag through a genre → mood mapping, only when one is given;
5. ``audio`` - an estimate from the audio itself, added after the scan by
   :func:`facemood.library.audio_moods.apply_audio_moods` for tracks still untagged.

What lands where:

* audio files that open → ``tracks`` (with ``mood=None`` when no source names a mood);
* playlists (``.m3u``, ``.m3u8``, ``.pls``, ``.xspf``, ``.wpl``) → ``skipped``, reason
  ``"playlist"`` (they are read for moods, never played themselves);
* images, text and any other content that is not audio → ``skipped``, ``"not audio"``;
* broken audio → ``skipped`` with ``"empty"``, ``"truncated"``, ``"corrupt"``,
  ``"unreadable"`` or ``"unsupported"``; FIFOs and devices → ``"not a regular file"``.

Hidden files are included. Symbolic links to files are followed (listed under the
link's path), except into a system folder; symbolic links to folders are not followed,
so a link loop cannot hang a scan. The walk (:func:`facemood.walk.walk_tree`) has no
depth limit, never enters ``/proc``, ``/sys``, ``/dev`` or other pseudo file systems,
and leaves out other file systems mounted inside the folder unless ``cross_mounts`` is
set; the scan's notices name the folders left out. A system folder as the music folder
is refused, and the whole system (``/``) gets a notice.

A file cut short inside its audio data is still a track: it plays up to the cut.
Temp files that earlier versions' tag writer left behind (``.NAME.XXXXXXXX.facemood.tmp``)
are removed and never listed; a tag write that was killed is undone first
(:func:`~facemood.library.journal.recover`).

File names need not be valid UTF-8: a track's :attr:`Track.path` opens the file, and
:func:`~facemood.fsnames.display` (used by :meth:`ScanResult.to_json` and
:attr:`Track.display_title`) shows it with ``\\xNN`` for the bytes that are not text.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote, urlsplit

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.fsnames import display, explain
from facemood.library import formats, journal
from facemood.library.formats import BadFileError, FileProblem, ReadFailure, TagInfo
from facemood.library.index import CachedFile, LibraryIndex, ReadOutcome
from facemood.library.moods import (
    mood_from_genre,
    mood_from_word,
    normalise_genre_map,
    parse_mood,
)
from facemood.walk import FileFound, FolderLeftOut, LeftOut, Mounts, is_system_wide, walk_tree

if TYPE_CHECKING:
    from facemood.audio.estimate import AudioEstimate

log = logging.getLogger("facemood.library")


class MoodSource(StrEnum):
    """Where a track's mood came from (the JSON ``mood_source``)."""

    TAG = "tag"
    FOLDER = "folder"
    PLAYLIST = "playlist"
    GENRE = "genre"
    AUDIO = "audio"


@dataclass(frozen=True, slots=True)
class Track:
    """One playable audio file of the library.

    Attributes:
        path: absolute path of the file.
        mood: the canonical mood, or ``None`` for an untagged track.
        mood_source: where ``mood`` came from; ``None`` when untagged.
        raw_mood: the text that gave the mood (tag value, folder name, playlist name,
            genre); for an untagged track, an unrecognised mood tag value if there is one.
        title, artist, album, genre: from the tags, ``None`` when missing.
        duration: seconds, ``None`` when unknown.
        has_cover: the file embeds cover art (:func:`~facemood.library.read_cover`).
        format: display name of the format, e.g. ``"MP3"``.
        audio: the audio estimate, when ``mood_source`` is ``audio``.
        audio_problem: why an untagged track has no audio estimate ("not analysed: …").
    """

    path: Path
    mood: MusicMood | None
    mood_source: MoodSource | None
    raw_mood: str | None
    title: str | None
    artist: str | None
    album: str | None
    duration: float | None
    has_cover: bool = False
    format: str = ""
    genre: str | None = None
    audio: AudioEstimate | None = None
    audio_problem: str | None = None

    @property
    def display_title(self) -> str:
        """The title, or the file name without its extension (printable)."""
        return self.title or display(self.path.stem)


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file under the library folder that is not a playable track, and why."""

    path: Path
    reason: FileProblem
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ScanProgress:
    """How far a scan is: ``done`` of ``total`` files, the one being read now."""

    done: int
    total: int
    path: Path | None


class CancelToken(Protocol):
    """Anything with ``is_set()``, e.g. :class:`threading.Event`; set it to stop a scan."""

    def is_set(self) -> bool:
        """Whether the scan should stop."""
        ...


ProgressCallback = Callable[[ScanProgress], None]


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The outcome of a scan.

    Attributes:
        root: the scanned folder (absolute).
        tracks: playable files, sorted by path.
        skipped: every other regular file, sorted by path.
        cancelled: the scan was stopped early; the lists hold what was done by then.
        read: files whose tags were read (not taken from the index).
        cached: files whose tags came from the index.
        elapsed_s: wall time of the scan.
        notices: what the user should know about the scan itself, e.g. that the index
            was damaged and rebuilt, or could not be written so nothing was cached.
    """

    root: Path
    tracks: tuple[Track, ...]
    skipped: tuple[SkippedFile, ...]
    cancelled: bool = False
    read: int = 0
    cached: int = 0
    elapsed_s: float = 0.0
    notices: tuple[str, ...] = ()

    def by_mood(self) -> dict[MusicMood | None, list[Track]]:
        """Tracks grouped by mood; ``None`` holds the untagged ones. Every mood is a key."""
        groups: dict[MusicMood | None, list[Track]] = {m: [] for m in MusicMood}
        groups[None] = []
        for track in self.tracks:
            groups[track.mood].append(track)
        return groups

    def relative(self, path: Path) -> str:
        """``path`` relative to :attr:`root`, with forward slashes, printable."""
        return display(Path(os.path.relpath(path, self.root)).as_posix())

    def to_json(self) -> dict[str, Any]:
        """The ``library scan --json`` document (paths relative to :attr:`root`)."""
        return {
            "tracks": [
                {
                    "path": self.relative(t.path),
                    "mood": t.mood.value if t.mood is not None else None,
                    "mood_source": t.mood_source.value if t.mood_source is not None else None,
                    "raw_mood": t.raw_mood,
                    "title": t.title,
                    "artist": t.artist,
                    "album": t.album,
                    "duration": round(t.duration, 3) if t.duration is not None else None,
                    **({"audio": t.audio.to_json()} if t.audio is not None else {}),
                    **({"audio_problem": t.audio_problem} if t.audio_problem else {}),
                }
                for t in self.tracks
            ],
            "skipped": [
                {"path": self.relative(s.path), "reason": s.reason.value} for s in self.skipped
            ],
        }


@dataclass(slots=True)
class _Entry:
    path: str  # absolute; strings, not Path objects: a warm rescan is mostly this loop
    name: str
    folders: tuple[str, ...]  # folder names from the root down; shared by siblings
    mtime_ns: int
    size: int
    problem: FileProblem | None = None
    detail: str = ""


@dataclass(slots=True)
class _Listing:
    """What the walk found: the files, and the folders it left out."""

    entries: list[_Entry]
    left_out: list[FolderLeftOut]
    cancelled: bool = False


def _walk(
    root: Path,
    *,
    cross_mounts: bool,
    cancel: CancelToken | None,
    found: Callable[[int, str], None],
) -> _Listing:
    """Every file under ``root`` in path order, with its stat stamp; nothing is opened.

    ``found(count, path)`` is called for every file (the caller throttles it); ``cancel``
    is checked every 256 entries.
    """
    mounts = Mounts.read()
    listing = _Listing([], [])
    for n, item in enumerate(walk_tree(root, cross_mounts=cross_mounts, mounts=mounts)):
        if n % 256 == 0 and cancel is not None and cancel.is_set():
            listing.cancelled = True
            break
        if isinstance(item, FolderLeftOut):
            if item.reason is LeftOut.UNREADABLE and item.folders:
                # an unreadable subfolder: record it so the user learns why it is missing
                error = item.error
                detail = (error.strerror or str(error)) if error is not None else ""
                listing.entries.append(
                    _Entry(
                        item.path,
                        item.folders[-1],
                        item.folders[:-1],
                        0,
                        0,
                        FileProblem.UNREADABLE,
                        detail,
                    )
                )
            elif item.reason is not LeftOut.UNREADABLE:
                listing.left_out.append(item)
            continue
        entry = _file_entry(item, mounts)
        if entry is not None:
            listing.entries.append(entry)
            found(len(listing.entries), entry.path)
    return listing


def _file_entry(item: FileFound, mounts: Mounts) -> _Entry | None:
    """The :class:`_Entry` of one walked file (``None`` for what is never listed)."""
    path, name, rel = item.path, item.entry.name, item.folders
    if journal.is_leftover_temp(name):
        _remove_leftover(path)
        return None
    try:
        st = item.entry.stat(follow_symlinks=False)
        if stat.S_ISLNK(st.st_mode):
            try:
                st = os.stat(path)
            except OSError:
                return _Entry(path, name, rel, 0, 0, FileProblem.UNREADABLE, "broken link")
            if stat.S_ISDIR(st.st_mode):
                return None  # links to folders are not followed
            if st.st_dev in mounts.pseudo_devices:
                return _Entry(path, name, rel, 0, 0, FileProblem.NOT_REGULAR, _SYSTEM_LINK)
    except OSError as exc:
        return _Entry(path, name, rel, 0, 0, FileProblem.UNREADABLE, exc.strerror or str(exc))
    if not stat.S_ISREG(st.st_mode):
        return _Entry(path, name, rel, 0, 0, FileProblem.NOT_REGULAR)
    return _Entry(path, name, rel, st.st_mtime_ns, st.st_size)


_SYSTEM_LINK = "a link into a system folder (/proc, /sys, /dev); not followed"


def _left_out_notices(left_out: list[FolderLeftOut]) -> list[str]:
    """One notice per reason for the folders the walk did not enter."""
    notices = []
    for reason, what in (
        (LeftOut.SYSTEM, "system folder(s), which hold the system's own state, not music"),
        (
            LeftOut.OTHER_FILE_SYSTEM,
            "folder(s) on other disks or mounts; scan them as music folders of their own, "
            "or with `facemood library scan --all-file-systems`",
        ),
        (LeftOut.LOOP, "folder(s) already listed through a mount"),
    ):
        folders = [f for f in left_out if f.reason is reason]
        if folders:
            shown = ", ".join(display(f.path) for f in folders[:3])
            more = f" and {len(folders) - 3} more" if len(folders) > 3 else ""
            notices.append(f"Left out {len(folders)} {what}: {shown}{more}")
    return notices


def _remove_leftover(path: str) -> None:
    """Delete a temp file an earlier FaceMood left beside a track it was tagging."""
    try:
        os.unlink(path)
    except OSError as exc:
        log.warning("cannot remove the leftover temp file %s: %s", display(path), explain(exc))
    else:
        log.info("removed the leftover temp file %s", display(path))


def _quick_problem(entry: _Entry) -> FileProblem | None:
    """The reason decided without opening the file, if any."""
    if entry.problem is not None:
        return entry.problem
    if entry.size == 0:
        return FileProblem.EMPTY
    ext = os.path.splitext(entry.name)[1].lower()
    if ext in formats.PLAYLIST_EXTENSIONS:
        return FileProblem.PLAYLIST
    if ext in formats.NOT_AUDIO_EXTENSIONS or (not ext and entry.name.startswith(".")):
        return FileProblem.NOT_AUDIO
    return None


def _read(path: Path) -> ReadOutcome:
    try:
        return formats.read_info(path)
    except BadFileError as exc:
        return ReadFailure(exc.problem, exc.detail or exc.message)


def _playlist_moods(
    playlists: list[_Entry], cancel: CancelToken | None
) -> dict[str, tuple[MusicMood, str]]:
    """Map ``normpath`` of each file listed in a mood-named M3U playlist to (mood, name)."""
    result: dict[str, tuple[MusicMood, str]] = {}
    for entry in playlists:
        if cancel is not None and cancel.is_set():
            break
        stem, ext = os.path.splitext(entry.name)
        mood = mood_from_word(stem)
        if mood is None or ext.lower() not in (".m3u", ".m3u8"):
            continue
        for target in read_m3u(Path(entry.path)):
            result.setdefault(os.path.normpath(target), (mood, stem))
    return result


def read_m3u(path: Path) -> list[str]:
    """The file paths an M3U/M3U8 playlist lists, made absolute; unreadable → ``[]``.

    Comments (``#…``) and URLs other than ``file://`` are ignored; Windows backslashes
    are accepted; relative entries are relative to the playlist's folder.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.warning("cannot read playlist %s: %s", display(path), explain(exc))
        return []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # plain .m3u from old players
    targets = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if "://" in line:
            url = urlsplit(line)
            if url.scheme.lower() != "file":
                continue
            line = unquote(url.path)
        if os.sep == "/":
            line = line.replace("\\", "/")
        targets.append(os.path.join(path.parent, line))
    return targets


class _FolderMoods:
    """Memoised folder-name moods: every file of a folder shares its answer."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, ...], tuple[MusicMood, str] | None] = {}

    def get(self, folders: tuple[str, ...]) -> tuple[MusicMood, str] | None:
        try:
            return self._memo[folders]
        except KeyError:
            pass
        found: tuple[MusicMood, str] | None = None
        for folder in reversed(folders):  # the deepest mood folder wins
            mood = mood_from_word(folder)
            if mood is not None:
                found = (mood, folder)
                break
        self._memo[folders] = found
        return found


def _make_track(
    entry: _Entry,
    info: TagInfo,
    folder_moods: _FolderMoods,
    playlist_moods: Mapping[str, tuple[MusicMood, str]],
    genre_moods: Mapping[str, MusicMood],
) -> Track:
    mood: MusicMood | None = None
    source: MoodSource | None = None
    raw: str | None = info.moods[0] if info.moods else None
    for value in info.moods:
        mood = parse_mood(value)
        if mood is not None:
            source, raw = MoodSource.TAG, value
            break
    if mood is None:
        from_folder = folder_moods.get(entry.folders)
        if from_folder is not None:
            mood, raw = from_folder
            source = MoodSource.FOLDER
    if mood is None and playlist_moods:
        listed = playlist_moods.get(os.path.normpath(entry.path))
        if listed is not None:
            mood, raw = listed
            source = MoodSource.PLAYLIST
    if mood is None and genre_moods:
        mood = mood_from_genre(info.genre, genre_moods)
        if mood is not None:
            source, raw = MoodSource.GENRE, info.genre
    return Track(
        path=Path(entry.path),
        mood=mood,
        mood_source=source,
        raw_mood=raw,
        title=info.title,
        artist=info.artist,
        album=info.album,
        duration=info.duration,
        has_cover=info.has_cover,
        format=info.format,
        genre=info.genre,
    )


SYSTEM_WIDE_NOTICE = (
    "The music folder {root} is the whole system: the scan lists every file on it, which "
    "takes long, and finds system sounds beside your music. Pick the folder that holds "
    "your music (e.g. ~/Music)"
)


def _refuse_system_folder(root: Path) -> None:
    """Raise for a music folder on a pseudo file system (``/proc``, ``/sys``, ``/dev``…)."""
    real = os.path.realpath(root)
    system = Mounts.read().system_root(real)
    if system is not None:
        where = "" if system == real else f" is inside {display(system)}, which"
        raise LibraryError(
            "The music folder is a system folder",
            f"{display(root)}{where} holds the system's own state (processes, devices), "
            "not music. Pick the folder that holds your music.",
        )


def scan_library(
    root: str | os.PathLike[str],
    *,
    index: LibraryIndex | None = None,
    genre_moods: Mapping[str, MusicMood | str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    progress_interval_s: float = 0.05,
    cross_mounts: bool = False,
) -> ScanResult:
    """Scan ``root`` recursively; see the module docstring for what ends up where.

    Runs on the calling thread (call it from a worker for a GUI). Bad files never stop
    the scan; they are recorded in :attr:`ScanResult.skipped`.

    Args:
        root: the library folder.
        index: a :class:`LibraryIndex` to reuse tags of unchanged files and to update;
            ``None`` reads every file.
        genre_moods: optional genre → mood mapping (e.g.
            :data:`~facemood.library.moods.SUGGESTED_GENRE_MOODS`); ``None`` turns the
            genre source off.
        progress: called on this thread at most every ``progress_interval_s`` seconds and
            once at the end, with how many files are done; while the folders are being
            listed ``total`` is 0 and ``done`` counts the files found so far.
        cancel: checked between files; once set, the scan returns early with
            ``cancelled=True``.
        progress_interval_s: minimum time between ``progress`` calls.
        cross_mounts: also scan other file systems mounted inside ``root`` (system
            folders such as ``/proc`` are never scanned).

    Raises:
        LibraryError: ``root`` is not a readable folder, or is a system folder.
    """
    started = time.monotonic()
    root_path = Path(os.path.abspath(root))
    try:
        is_dir = root_path.is_dir()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise LibraryError("The music folder cannot be used", explain(exc, root_path)) from exc
    if not is_dir:
        raise LibraryError(
            "The music folder does not exist",
            f"{display(root_path)} is not a folder. Pick the folder that holds your music.",
        )
    try:
        os.listdir(root_path)
    except OSError as exc:
        raise LibraryError(
            "The music folder cannot be read", f"{display(root_path)}: {explain(exc)}"
        ) from exc
    _refuse_system_folder(root_path)
    journal.recover()

    genre_map = normalise_genre_map(genre_moods) if genre_moods else {}
    last_report = 0.0

    def found(count: int, path: str) -> None:
        nonlocal last_report
        now = time.monotonic()
        if progress is not None and now - last_report >= progress_interval_s:
            last_report = now
            progress(ScanProgress(count, 0, Path(path)))

    listing = _walk(root_path, cross_mounts=cross_mounts, cancel=cancel, found=found)
    entries = listing.entries
    walk_notices = _left_out_notices(listing.left_out)
    if is_system_wide(root_path):
        walk_notices.insert(0, SYSTEM_WIDE_NOTICE.format(root=display(root_path)))
    cached = index.load_under(root_path) if index is not None else {}
    changed: dict[str, CachedFile] = {}
    quick = [_quick_problem(e) for e in entries]
    playlists = [e for e, q in zip(entries, quick, strict=True) if q is FileProblem.PLAYLIST]
    playlist_moods = _playlist_moods(playlists, cancel)
    folder_moods = _FolderMoods()

    tracks: list[Track] = []
    skipped: list[SkippedFile] = []
    total = len(entries)
    n_read = n_cached = 0
    cancelled = listing.cancelled
    for done, (entry, problem) in enumerate(zip(entries, quick, strict=True)):
        if cancelled:
            break
        if progress is not None:
            now = time.monotonic()
            if now - last_report >= progress_interval_s:
                last_report = now
                progress(ScanProgress(done, total, Path(entry.path)))
        if cancel is not None and cancel.is_set():
            cancelled = True
            break
        if problem is not None:
            skipped.append(SkippedFile(Path(entry.path), problem, entry.detail))
            continue
        hit = cached.get(entry.path)
        outcome: ReadOutcome
        if hit is not None and hit.mtime_ns == entry.mtime_ns and hit.size == entry.size:
            outcome = hit.outcome
            n_cached += 1
        else:
            outcome = _read(Path(entry.path))
            n_read += 1
            changed[entry.path] = CachedFile(entry.mtime_ns, entry.size, outcome)
        if isinstance(outcome, ReadFailure):
            skipped.append(SkippedFile(Path(entry.path), outcome.problem, outcome.detail))
        else:
            tracks.append(_make_track(entry, outcome, folder_moods, playlist_moods, genre_map))
    if progress is not None:
        done_count = len(tracks) + len(skipped)
        progress(ScanProgress(done_count, total, None))
    if index is not None:
        # After a cancelled scan nothing is forgotten: unvisited files may still exist.
        removed = () if cancelled else cached.keys() - {e.path for e in entries}
        index.update(changed, removed)
    notices = (*walk_notices, *(index.take_notices() if index is not None else ()))
    elapsed = time.monotonic() - started
    log.info(
        "scanned %s: %d tracks, %d skipped, %d read, %d cached in %.2f s%s",
        display(root_path),
        len(tracks),
        len(skipped),
        n_read,
        n_cached,
        elapsed,
        " (cancelled)" if cancelled else "",
    )
    return ScanResult(
        root=root_path,
        tracks=tuple(tracks),
        skipped=tuple(skipped),
        cancelled=cancelled,
        read=n_read,
        cached=n_cached,
        elapsed_s=elapsed,
        notices=notices,
    )
