"""tag_file edits in place and never damages a file: identity, races, crashes, permissions."""

from __future__ import annotations

import builtins
import errno
import hashlib
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import mutagen
import mutagen._util
import pytest

from facemood.core.types import MusicMood
from facemood.errors import LibraryError
from facemood.library import journal, scan_library, tag_file
from facemood.library.formats import read_info
from tests.helpers.privileges import run_python
from tests.library.audio_helpers import TAGGABLE, add_rich_tags, audio_packets, encode, tag_snapshot


def _md5(packets: list[bytes]) -> str:
    return hashlib.md5(b"".join(packets)).hexdigest()


def _rich(path: Path) -> Path:
    encode(path)
    add_rich_tags(path)
    return path


def _journal_files() -> list[str]:
    folder = journal.journal_dir()
    return sorted(os.listdir(folder)) if folder.is_dir() else []


@pytest.mark.parametrize("kind", TAGGABLE)
def test_the_file_itself_is_kept(kind: str, tmp_path: Path) -> None:
    """Same inode, mode and hard links; audio md5 and every other tag unchanged."""
    path = _rich(tmp_path / f"song.{kind}")
    other_name = tmp_path / f"other name.{kind}"
    os.link(path, other_name)
    path.chmod(0o640)
    before = os.stat(path)
    tags, audio = tag_snapshot(path), _md5(audio_packets(path))

    tag_file(path, "energetic")

    after = os.stat(path)
    assert (after.st_ino, after.st_dev, after.st_nlink) == (before.st_ino, before.st_dev, 2)
    assert after.st_mode == before.st_mode
    assert read_info(other_name).moods == ("energetic",)  # the other name sees the edit
    assert tag_snapshot(path) == tags
    assert _md5(audio_packets(path)) == audio
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, other_name.name])
    assert _journal_files() == []


@pytest.mark.skipif(not hasattr(os, "setxattr"), reason="no extended attributes here")
def test_extended_attributes_are_kept(tmp_path: Path) -> None:
    path = _rich(tmp_path / "song.flac")
    try:
        os.setxattr(path, "user.facemood.test", b"keep me")
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EPERM):
            pytest.skip(f"the file system has no user xattrs: {exc}")
        raise
    tag_file(path, "sad")
    assert os.getxattr(path, "user.facemood.test") == b"keep me"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_owner_and_group_are_kept_when_root_tags(tmp_path: Path) -> None:
    path = _rich(tmp_path / "song.mp3")
    os.chown(path, 4321, 4322)
    path.chmod(0o640)
    tag_file(path, "calm")
    st = os.stat(path)
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (4321, 4322, 0o640)
    assert read_info(path).moods == ("calm",)


def test_a_change_by_another_program_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _rich(tmp_path / "song.ogg")
    begin = journal.Entry.begin

    def begin_then_edit(target: Path, stamp: journal.Stamp) -> journal.Entry:
        entry = begin(target, stamp)
        with open(target, "ab") as fh:  # another tagger writes while we hold the file
            fh.write(b"\0" * 7)
        return entry

    monkeypatch.setattr(journal.Entry, "begin", begin_then_edit)
    with pytest.raises(LibraryError, match="changed while it was being tagged"):
        tag_file(path, "happy")
    theirs = path.read_bytes()
    assert theirs.endswith(b"\0" * 7)
    assert read_info(path).moods == ()  # our mood was not written
    assert _journal_files() == []


_TAG_AS_USER = """
import sys
from facemood.errors import LibraryError
from facemood.library import tag_file
try:
    tag_file(sys.argv[1], "happy")
except LibraryError as exc:
    print(exc)
"""


def test_a_read_only_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = _rich(tmp_path / "locked song.mp3")
    path.chmod(0o444)
    content = path.read_bytes()
    done = run_python(_TAG_AS_USER, str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("locked song.mp3 cannot be written: Permission denied")
    assert "tmp" not in done.stdout
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked song.mp3"]


def test_without_a_writable_journal_nothing_is_written(tmp_path: Path) -> None:
    path = _rich(tmp_path / "song.wav")
    content = path.read_bytes()
    journal.journal_dir().parent.mkdir(parents=True, exist_ok=True)
    journal.journal_dir().write_text("a file where the journal folder should be")
    with pytest.raises(LibraryError, match="no room for its safety copy"):
        tag_file(path, "calm")
    assert path.read_bytes() == content


def test_a_file_name_that_is_not_utf8_is_tagged(tmp_path: Path) -> None:
    path = _rich(tmp_path / os.fsdecode(b"caf\xe9 \xff.m4a"))
    tag_file(path, "aggressive")
    assert read_info(path).moods == ("aggressive",)


def test_leftover_temp_files_of_older_versions_are_removed_and_never_listed(
    tmp_path: Path,
) -> None:
    encode(tmp_path / "song.mp3")
    leftover = tmp_path / ".song.k2j_9x0a.facemood.tmp"
    leftover.write_bytes((tmp_path / "song.mp3").read_bytes()[:100])
    look_alike = tmp_path / ".song.not-ours.facemood.tmp"
    look_alike.write_text("a user's own file with a similar name")
    result = scan_library(tmp_path)
    assert [t.path.name for t in result.tracks] == ["song.mp3"]
    assert [s.path.name for s in result.skipped] == [look_alike.name]
    assert not leftover.exists()


# -- kill at every step ------------------------------------------------------------------


class _Steps:
    """Counts each write-like operation; at step ``kill_at`` the process is SIGKILLed."""

    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0

    def step(self) -> None:
        self.count += 1
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(self, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.step()
            return func(*args, **kwargs)

        return wrapped


class _CountedFile:
    """A file object whose writes and truncations are steps."""

    def __init__(self, raw: Any, steps: _Steps) -> None:
        self._raw = raw
        self._steps = steps

    def write(self, data: Any) -> Any:
        self._steps.step()
        return self._raw.write(data)

    def truncate(self, *args: Any) -> Any:
        self._steps.step()
        return self._raw.truncate(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __enter__(self) -> _CountedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._raw)


def _instrument(steps: _Steps) -> None:
    """Make every write, truncate, fsync, rename, unlink and byte move of tag_file a step."""
    real_open = builtins.open

    def counted_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        return _CountedFile(handle, steps) if any(c in mode for c in "wax+") else handle

    builtins.open = counted_open
    for name in ("write", "fsync", "replace", "rename", "unlink", "utime", "ftruncate"):
        setattr(os, name, steps.wrap(getattr(os, name)))
    for name in ("move_bytes", "resize_file"):
        setattr(mutagen._util, name, steps.wrap(getattr(mutagen._util, name)))


def _run_in_child(path: Path, kill_at: int) -> tuple[int, int]:
    """Fork; the child tags ``path`` and dies at step ``kill_at``. Returns (signal, steps)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_end)
            steps = _Steps(kill_at)
            _instrument(steps)
            tag_file(path, "calm")
            os.write(write_end, str(steps.count).encode())  # reached only without a kill
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as pipe:
        reported = pipe.read()
    if os.WIFSIGNALED(status):
        return os.WTERMSIG(status), 0
    assert os.WEXITSTATUS(status) == 0, "the child failed without being killed"
    return 0, int(reported)


def _without_padding(path: Path) -> None:
    """Re-save with no spare room, so adding the mood must move the audio data."""
    f: Any = mutagen.File(str(path))
    options: dict[str, Any] = {"v2_version": 4} if isinstance(f.tags, mutagen.id3.ID3) else {}
    if path.suffix != ".wv":  # APEv2 tags sit at the end: there is no padding to remove
        options["padding"] = lambda info: 0
    f.save(**options)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("kind", TAGGABLE)
def test_a_kill_at_any_step_leaves_the_original_or_the_tagged_file(
    kind: str, tmp_path: Path
) -> None:
    path = _rich(tmp_path / f"song.{kind}")
    _without_padding(path)
    original = path.read_bytes()
    inode = os.stat(path).st_ino
    tags, audio = tag_snapshot(path), _md5(audio_packets(path))

    signal_, total = _run_in_child(path, kill_at=0)  # a full run counts the steps
    assert signal_ == 0 and total > 5
    tagged = path.read_bytes()
    assert read_info(path).moods == ("calm",)

    outcomes = {"original": 0, "tagged": 0}
    for kill_at in range(1, total + 1):
        path.write_bytes(original)
        died, _ = _run_in_child(path, kill_at)
        assert died == signal.SIGKILL, f"step {kill_at} of {total}"
        journal.recover()
        now = path.read_bytes()
        assert now in (original, tagged), f"step {kill_at} of {total} left a mixed file"
        outcomes["original" if now == original else "tagged"] += 1
        assert os.stat(path).st_ino == inode
        assert _journal_files() == []
        assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert outcomes["original"] > 0
    path.write_bytes(original)
    tag_file(path, "calm")  # and the file still tags normally afterwards
    assert tag_snapshot(path) == tags
    assert _md5(audio_packets(path)) == audio
    assert read_info(path).moods == (MusicMood.CALM.value,)
