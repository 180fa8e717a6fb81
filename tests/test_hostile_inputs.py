"""Every subcommand against hostile inputs, run as a real process: message, exit code, no traceback.

The corpus is built at test time in a temporary folder: file names that are not UTF-8
and names over 255 bytes, zero-byte and truncated files of every audio type, text posing
as audio, photos and video, a PNG pixel bomb, a video with no frames, folders where
files are expected, read-only files and folders (run without root's override, see
``tests/helpers/privileges.py``), a damaged library index and a read-only data folder.

Each case asserts the documented exit status (0 success, 1 failure, 2 usage error), a
specific message, that no ``Traceback`` is printed, and that no file of the user changed
beyond the mood field of a file that was tagged. The results are also written to
``test-artifacts/hostile-inputs.md``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from tests.helpers.images import (
    write_camera_jpeg,
    write_pixel_bomb,
    write_png_with_text,
    write_tiff_directory_last,
    write_webp_with_icc,
)
from tests.helpers.privileges import ROOT, unprivileged
from tests.helpers.trees import nest, remove_nested

pytest.importorskip("av", reason="PyAV encodes the test audio (pip install av)")

from facemood.library.formats import read_info
from tests.library.audio_helpers import ENCODERS, encode

pytestmark = pytest.mark.slow

FACE = ROOT / "tests" / "data" / "faces" / "grace_hopper.jpg"
LATIN1 = os.fsdecode(b"caf\xe9")  # "café" in Latin-1: not valid UTF-8
LONG = "a" * 300  # over the 255 bytes a file name may have
CUT = 20  # bytes kept of a truncated file: it ends inside its headers
DEPTH = 1000  # nested folders: far past Python's recursion limit for a recursive walk
REPORT = ROOT / "test-artifacts" / "hostile-inputs.md"


class Corpus:
    """The hostile files, built once; ``fresh`` copies one for a case that writes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.media = root / "media"  # a "music folder" of bad files of every type
        self.good = root / "good"
        self.media.mkdir()
        for kind in ENCODERS:
            good = encode(self.good / f"good.{kind}")
            (self.media / f"zero.{kind}").write_bytes(b"")
            (self.media / f"cut.{kind}").write_bytes(good.read_bytes()[:CUT])
            (self.media / f"text.{kind}").write_text("this is not audio\n" * 20)
        (self.media / "folder.mp3").mkdir()
        shutil.copy(self.good / "good.ogg", self.media / f"{LATIN1}.ogg")
        (self.media / ".song.k2j_9x0a.facemood.tmp").write_bytes(b"ID3" + b"\0" * 200)
        self.photos = root / "photos"
        self.photos.mkdir()
        shutil.copy(FACE, self.photos / "a face.jpg")
        shutil.copy(FACE, self.photos / f"{LATIN1}.jpg")
        write_pixel_bomb(self.photos / "bomb.png")
        (self.photos / "text.jpg").write_text("not a photo")
        (self.photos / "zero.png").write_bytes(b"")
        (self.photos / "cut.jpg").write_bytes(FACE.read_bytes()[:300])
        (self.photos / "folder.jpg").mkdir()
        self.bomb = write_pixel_bomb(root / "bomb.png")
        self.video = root / "video"
        self.video.mkdir()
        _write_video(self.video / "zero frames.avi", frames=0)
        full = _write_video(root / "full.avi", frames=10)
        data = full.read_bytes()
        (self.video / "cut.avi").write_bytes(data[: len(data) * 9 // 10])  # its last frames
        (self.video / "text.avi").write_text("not a video")
        (self.video / "zero.avi").write_bytes(b"")
        self.data = root / "data"
        self.data.mkdir()
        (self.data / "zero.npz").write_bytes(b"")
        (self.data / "text.npz").write_text("not an npz")
        np.savez(self.data / "nokeys.npz", something=np.zeros(3))
        (self.data / "folder.npz").mkdir()
        (self.data / "text.keras").write_text("not a model")
        (self.data / "text.tflite").write_text("not a model")
        self.empty = root / "empty"
        self.empty.mkdir()
        self.text = root / "text.mp3"
        self.text.write_text("a text file where a folder is expected")
        self.long = root / f"{LONG}.jpg"
        self.ro_home = root / "read-only home"
        self.ro_home.mkdir(mode=0o555)
        self._locked: list[Path] = [self.ro_home]
        self._camera_photos(root / "camera")
        self._damaged_videos()
        self._deep_tree(root / "deep", DEPTH)
        self.system_links = root / "system links"
        self.system_links.mkdir()
        shutil.copy(self.good / "good.ogg", self.system_links / "song.ogg")
        (self.system_links / "environ.mp3").symlink_to("/proc/self/environ")
        (self.system_links / "fds").symlink_to("/proc/self/fd")
        (self.system_links / "loop").symlink_to(".")

    def _camera_photos(self, folder: Path) -> None:
        """Photos as cameras and editors write them, a GIF, and files that are no photo."""
        self.camera = folder
        folder.mkdir()
        image = cv2.imread(str(FACE))
        write_camera_jpeg(folder / "camera.jpg", FACE)
        write_tiff_directory_last(folder / "directory last.tif", image)
        assert cv2.imwritemulti(str(folder / "two pages.tiff"), [image, image[:100]])
        write_png_with_text(folder / "big iTXt.png", image)
        write_webp_with_icc(folder / "big ICC.webp", image)
        ok, gif = cv2.imencode(".gif", image)
        assert ok
        (folder / "first frame.gif").write_bytes(gif.tobytes())
        (folder / "notes.txt").write_text("not a photo")
        (folder / "loop").symlink_to(".")
        os.mkfifo(folder / "pipe.jpg")

    def _damaged_videos(self) -> None:
        """A damaged stretch in the middle, a stretch cut out, a stream dead after 3 frames."""
        data = _write_video(self.root / "thirty.avi", frames=30).read_bytes()
        chunks = [m.start() for m in re.finditer(b"00dc", data)]
        frames = [o for o in chunks if data[o + 8 : o + 10] == b"\xff\xd8"]  # JPEG payloads
        damaged = bytearray(data)
        for offset in frames[10:15]:
            size = int.from_bytes(data[offset + 4 : offset + 8], "little")
            damaged[offset + 8 : offset + 8 + size] = bytes(size)
        (self.video / "damaged middle.avi").write_bytes(bytes(damaged))
        (self.video / "gap.avi").write_bytes(data[: frames[10]] + data[frames[15] :])
        dead = bytearray(data)
        dead[frames[3] :] = os.urandom(len(data) - frames[3])
        (self.video / "dead.avi").write_bytes(bytes(dead))

    def _deep_tree(self, top: Path, depth: int) -> None:
        """``depth`` nested folders holding a track, a photo, a FIFO and a link loop."""
        self.deep = top
        top.mkdir()
        fd = nest(top, depth)
        try:
            for name, source in (("deep.ogg", self.good / "good.ogg"), ("deep.jpg", FACE)):
                out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
                with open(out, "wb") as fh:
                    fh.write(source.read_bytes())
            os.mkfifo("pipe.mp3", dir_fd=fd)
            os.symlink("..", "up", dir_fd=fd)
        finally:
            os.close(fd)

    def fresh(self, name: str, mode: int | None = None, folder_mode: int | None = None) -> Path:
        """A copy of ``good/<name>`` in a folder of its own, with the modes asked for."""
        folder = Path(tempfile.mkdtemp(dir=self.root, prefix="case-"))
        copy = folder / name
        shutil.copy(self.good / name, copy)
        if mode is not None:
            copy.chmod(mode)
        if folder_mode is not None:
            folder.chmod(folder_mode)
            self._locked.append(folder)
        return copy

    def locked(self, path: Path, mode: int) -> Path:
        """``path`` with ``mode``, given back 0o755 when the corpus is removed."""
        path.chmod(mode)
        self._locked.append(path)
        return path

    def unlock(self) -> None:
        for path in self._locked:
            path.chmod(0o755)
        remove_nested(self.deep, DEPTH)  # too deep for pytest's own clean-up


def _write_video(path: Path, frames: int) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 10, (64, 48))
    for i in range(frames):
        writer.write(np.full((48, 64, 3), i * 20 % 256, np.uint8))
    writer.release()
    return path


@dataclass
class Outcome:
    """One finished case, for the assertions and the report."""

    case: str
    argv: list[str]
    code: int
    out: str
    err: str
    seconds: float
    checked: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    """The hostile files (see the module docstring)."""
    built = Corpus(tmp_path_factory.mktemp("hostile"))
    yield built
    built.unlock()


_RESULTS: list[Outcome] = []


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    """Write the table of every case run to ``test-artifacts/hostile-inputs.md``."""
    yield
    if not _RESULTS:
        return
    REPORT.parent.mkdir(exist_ok=True)
    lines = [
        "| case | exit | seconds | message (first line of stderr) |",
        "|---|---|---|---|",
    ]
    for r in _RESULTS:
        lines.append(f"| {r.case} | {r.code} | {r.seconds:.1f} | `{_headline(r)[:160]}` |")
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _headline(outcome: Outcome) -> str:
    """The line that says what happened: the ``facemood …:`` message, else the first output."""
    for line in outcome.err.splitlines():
        if re.match(r"facemood [a-z -]+: ", line):
            return line
    out = [line for line in outcome.out.splitlines() if line.strip()]
    return out[0] if out else ""


def _facemood(
    case: str,
    argv: list[str],
    *,
    as_user: bool = False,
    home: Path | None = None,
    max_file_size: int | None = None,
) -> Outcome:
    """Run ``facemood ARGV``; ``max_file_size`` makes larger writes fail (``EFBIG``)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["FACEMOOD_HOME"] = str(home)
    command = [sys.executable, "-m", "facemood", *argv]
    started = time.perf_counter()
    done = subprocess.run(
        unprivileged(command) if as_user else command,
        capture_output=True,
        timeout=300,
        env=env,
        check=False,
        preexec_fn=None if max_file_size is None else (lambda: _limit_file_size(max_file_size)),
    )
    outcome = Outcome(
        case,
        argv,
        done.returncode,
        done.stdout.decode("utf-8", "backslashreplace"),
        done.stderr.decode("utf-8", "backslashreplace"),
        time.perf_counter() - started,
    )
    _RESULTS.append(outcome)
    return outcome


def _limit_file_size(size: int) -> None:
    """In the child: writes past ``size`` bytes fail with EFBIG instead of killing it."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def _expect(outcome: Outcome, code: int, message: str) -> None:
    """The exit code, ``message`` (a regex) in stderr or stdout, and no traceback."""
    where = (
        f"{outcome.case}: {outcome.argv}\n"
        f"stdout:\n{outcome.out[-2000:]}\nstderr:\n{outcome.err[-3000:]}"
    )
    assert "Traceback" not in outcome.err + outcome.out, where
    assert outcome.code == code, where
    assert re.search(message, outcome.err + outcome.out, re.MULTILINE), where


@dataclass(frozen=True)
class Case:
    """A hostile input: the arguments (built from the corpus), what must come out."""

    id: str
    argv: Callable[[Corpus], list[str]]
    code: int
    message: str
    as_user: bool = False
    """Run without root's permission override (read-only files and folders)."""
    read_only_home: bool = False
    """Run with a data folder that cannot be written."""
    check: Callable[[Corpus, Outcome], None] | None = None
    prepare_home: Callable[[Path], None] | None = None
    """Puts something into the data folder first (e.g. a damaged index)."""


def _json(outcome: Outcome) -> Any:
    return json.loads(outcome.out)


def _check_media_scan(c: Corpus, outcome: Outcome) -> None:
    doc = _json(outcome)
    assert [t["path"] for t in doc["tracks"]] == ["caf\\xe9.ogg"]
    reasons = {s["path"]: s["reason"] for s in doc["skipped"]}
    for kind in ENCODERS:
        assert reasons.pop(f"zero.{kind}") == "empty"
        assert reasons.pop(f"text.{kind}") == "not audio"
        assert reasons.pop(f"cut.{kind}") in ("truncated", "corrupt"), kind
    assert reasons == {}  # the leftover temp file is not listed, the folder holds nothing
    assert not (c.media / ".song.k2j_9x0a.facemood.tmp").exists()


def _tagged(mood: str) -> Callable[[Corpus, Outcome], None]:
    def check(c: Corpus, outcome: Outcome) -> None:
        assert read_info(outcome.argv[2]).moods == (mood,)

    return check


_UNCHANGED: dict[str, bytes] = {}


def _tag_unchanged(name: str, **modes: int) -> Callable[[Corpus], list[str]]:
    """``library tag`` of a fresh copy of ``name``; the check finds it unchanged."""

    def argv(c: Corpus) -> list[str]:
        path = c.fresh(name, **modes)
        _UNCHANGED[os.fspath(path)] = (c.good / name).read_bytes()
        return ["library", "tag", os.fspath(path), "--mood", "calm"]

    return argv


def _unchanged(c: Corpus, outcome: Outcome) -> None:
    path = outcome.argv[2]
    assert Path(path).read_bytes() == _UNCHANGED[path]
    assert os.listdir(Path(path).parent) == [Path(path).name]  # no temp file left


def _damaged_index(home: Path) -> None:
    index = home / "cache" / "library-index.sqlite3"
    index.parent.mkdir(parents=True)
    index.write_bytes(b"SQLite format 3\0" + os.urandom(8000))


CASES = [
    # -- library scan --------------------------------------------------------------------
    Case(
        "scan: zero-byte, truncated and text files of every type, a non-UTF-8 name, "
        "a folder named .mp3",
        lambda c: ["library", "scan", str(c.media), "--json", "--no-cache"],
        0,
        r'"path": "caf\\\\xe9.ogg"',
        check=_check_media_scan,
    ),
    Case(
        "scan: the same, as a table with the index",
        lambda c: ["library", "scan", str(c.media)],
        0,
        r"1 tracks, \d+ skipped(.|\n)*Skipped: .*empty.*not audio.*truncated",
    ),
    Case(
        "scan: a damaged index is rebuilt",
        lambda c: ["library", "scan", str(c.media)],
        0,
        r"facemood library scan: The library index was damaged \(file is not a database\); "
        r"it was moved to .*library-index\.sqlite3\.damaged and is being rebuilt",
        prepare_home=_damaged_index,
    ),
    Case(
        "scan: read-only data folder (no index can be written)",
        lambda c: ["library", "scan", str(c.media)],
        0,
        r"facemood library scan: The library index .* cannot be used \(.*\); "
        r"scanning without a cache",
        as_user=True,
        read_only_home=True,
    ),
    Case(
        "scan: a folder that does not exist",
        lambda c: ["library", "scan", str(c.root / "nope")],
        1,
        r"^facemood library scan: The music folder does not exist: .*nope is not a folder",
    ),
    Case(
        "scan: a text file where the folder should be",
        lambda c: ["library", "scan", str(c.text)],
        1,
        r"^facemood library scan: The music folder does not exist: .*text\.mp3 is not a folder",
    ),
    Case(
        "scan: a 300-byte folder name",
        lambda c: ["library", "scan", str(c.root / LONG)],
        1,
        r"^facemood library scan: The music folder cannot be used: the name a+… is 300 bytes "
        r"long; file systems allow at most 255",
    ),
    Case(
        "scan: a folder without read permission",
        lambda c: ["library", "scan", str(c.locked(c.fresh("good.mp3").parent, 0o000))],
        1,
        r"^facemood library scan: The music folder cannot be read: .*Permission denied",
        as_user=True,
    ),
    Case(
        "scan: an empty name",
        lambda c: ["library", "scan", ""],
        2,
        r"facemood library scan: error: argument DIR: must not be empty",
    ),
    # -- library tag ---------------------------------------------------------------------
    Case(
        "tag: a non-UTF-8 file name",
        lambda c: [
            "library",
            "tag",
            os.fspath(c.fresh("good.ogg").rename(c.root / f"case-{LATIN1}.ogg")),
            "--mood",
            "sad",
        ],
        0,
        r"tagged sad: .*case-caf\\xe9\.ogg",
        check=_tagged("sad"),
    ),
    Case(
        "tag: a file in a read-only folder is edited in place",
        lambda c: [
            "library",
            "tag",
            os.fspath(c.fresh("good.flac", folder_mode=0o555)),
            "--mood",
            "calm",
        ],
        0,
        r"tagged calm: ",
        as_user=True,
        check=_tagged("calm"),
    ),
    *(
        Case(
            f"tag: {what}",
            _tag_unchanged(name, **modes),
            1,
            message,
            as_user=bool(modes),
            check=_unchanged,
        )
        for what, name, modes, message in [
            (
                "a read-only file",
                "good.mp3",
                {"mode": 0o444},
                r"^facemood library tag: good\.mp3 cannot be written: Permission denied",
            ),
            (
                "a raw AAC stream (no tags)",
                "good.aac",
                {},
                r"^facemood library tag: good\.aac: AAC files cannot carry a mood tag",
            ),
        ]
    ),
    *(
        Case(
            f"tag: {name}",
            lambda c, name=name: ["library", "tag", str(c.media / name), "--mood", "calm"],
            1,
            message,
            check=lambda c, o, name=name: _same_size(c.media / name),
        )
        for name, message in [
            ("zero.mp3", r"^facemood library tag: zero\.mp3 is empty"),
            ("cut.flac", r"^facemood library tag: cut\.flac is truncated"),
            ("text.m4a", r"^facemood library tag: text\.m4a is not an audio file"),
            ("folder.mp3", r"^facemood library tag: folder\.mp3: no such file"),
        ]
    ),
    Case(
        "tag: a 300-byte file name",
        lambda c: ["library", "tag", str(c.root / f"{LONG}.mp3"), "--mood", "calm"],
        1,
        r"^facemood library tag: a+\.mp3: cannot tag: the name a+… is 304 bytes long",
    ),
    Case(
        "tag: read-only data folder (no journal for the safety copy)",
        _tag_unchanged("good.wav"),
        1,
        r"^facemood library tag: Cannot tag good\.wav: no room for its safety copy",
        as_user=True,
        read_only_home=True,
        check=_unchanged,
    ),
    Case(
        "tag: an unknown mood",
        lambda c: ["library", "tag", str(c.good / "good.ogg"), "--mood", "sleepy"],
        2,
        r"^facemood library tag: unknown mood 'sleepy'",
    ),
    # -- analyze / bench -------------------------------------------------------------------
    Case(
        "analyze: a photo folder with a pixel bomb, text, empty, cut and non-UTF-8 photos",
        lambda c: ["analyze", str(c.photos), "--no-settings"],
        0,
        r"facemood analyze: skipped bomb\.png is too large: 40000 x 40000 pixels(.|\n)*"
        r"facemood analyze: skipped Not an image: cut\.jpg",
        check=lambda c, o: _photo_rows(o),
    ),
    Case(
        "analyze: a pixel bomb alone",
        lambda c: ["analyze", str(c.bomb)],
        1,
        r"skipped bomb\.png is too large: 40000 x 40000 pixels(.|\n)*"
        r"facemood analyze: no readable frames in bomb\.png",
    ),
    Case(
        "analyze: a video with no frames",
        lambda c: ["analyze", str(c.video / "zero frames.avi")],
        1,
        r"^facemood analyze: no readable frames in zero frames\.avi",
    ),
    Case(
        "analyze: a cut video plays up to the cut",
        lambda c: ["analyze", str(c.video / "cut.avi"), "--json"],
        0,
        r'"summary"',
    ),
    *(
        Case(
            f"analyze: {name}",
            lambda c, name=name: ["analyze", str(c.video / name)],
            1,
            rf"^facemood analyze: Cannot open the video {re.escape(name)}",
        )
        for name in ("text.avi", "zero.avi")
    ),
    Case(
        "analyze: a 300-byte name",
        lambda c: ["analyze", str(c.long)],
        1,
        r"^facemood analyze: Cannot open a+…\n"
        r"  the name a+… is 304 bytes long; file systems allow at most 255",
    ),
    Case(
        "analyze: an empty folder named like a photo",
        lambda c: ["analyze", str(c.photos / "folder.jpg")],
        1,
        r"^facemood analyze: No photos in folder\.jpg",
    ),
    Case(
        "analyze: a photo without read permission, and a readable one",
        lambda c: ["analyze", str(_locked_photo_folder(c))],
        0,
        r"facemood analyze: skipped Cannot read locked\.jpg",
        as_user=True,
    ),
    Case(
        "analyze: --max-frames -1",
        lambda c: ["analyze", str(FACE), "--max-frames", "-1"],
        2,
        r"facemood analyze: error: argument --max-frames: must be at least 0, not -1",
    ),
    Case(
        "analyze: an empty source",
        lambda c: ["analyze", ""],
        2,
        r"facemood analyze: error: argument source: must not be empty",
    ),
    Case(
        "bench: a pixel bomb",
        lambda c: ["bench", str(c.bomb)],
        1,
        r"facemood bench: no readable frames in bomb\.png",
    ),
    Case(
        "bench: text posing as video",
        lambda c: ["bench", str(c.video / "text.avi")],
        1,
        r"^facemood bench: Cannot open the video text\.avi",
    ),
    Case(
        "bench: a 300-byte name",
        lambda c: ["bench", str(c.long)],
        1,
        r"^facemood bench: Cannot open a+…",
    ),
    Case(
        "bench: --repeat 0",
        lambda c: ["bench", str(FACE), "--repeat", "0"],
        2,
        r"facemood bench: error: argument --repeat: must be at least 1, not 0",
    ),
    # -- evaluate / export / train -----------------------------------------------------------
    *(
        Case(
            f"evaluate: {name}",
            lambda c, name=name: ["evaluate", "--data", str(c.data / name)],
            1,
            rf"^facemood evaluate: {message}",
        )
        for name, message in [
            ("zero.npz", r"Not a readable \.npz file: .*zero\.npz: No data left in file"),
            ("text.npz", r"Not a readable \.npz file: .*text\.npz"),
            ("nokeys.npz", r".*nokeys\.npz lacks images, labels"),
            ("folder.npz", r"Not a readable \.npz file: .*folder\.npz: .*Is a directory"),
            ("missing.npz", r"Data file not found: .*missing\.npz"),
        ]
    ),
    Case(
        "evaluate: a text file as the model",
        lambda c: ["evaluate", "--data", str(_tiny_npz(c)), "--model", str(c.data / "text.tflite")],
        1,
        r"^facemood evaluate: The model",
    ),
    Case(
        "evaluate: a text file as the model, beside its labels",
        lambda c: ["evaluate", "--data", str(_tiny_npz(c)), "--model", str(_text_model(c))],
        1,
        r"^facemood evaluate: The emotion model could not be loaded: .*emotion\.tflite",
    ),
    Case(
        "evaluate: no --data",
        lambda c: ["evaluate"],
        2,
        r"facemood evaluate: error: one of the arguments --data --photos is required",
    ),
    Case(
        "export: a text file named .keras",
        lambda c: ["export", str(c.data / "text.keras"), "--out", str(c.root / "export-out")],
        1,
        r"^facemood export: .*text\.keras is not a Keras model",
        check=lambda c, o: _absent(c.root / "export-out"),
    ),
    Case(
        "export: a missing model",
        lambda c: ["export", str(c.data / "missing.keras")],
        1,
        r"^facemood export: no such model file: .*missing\.keras",
    ),
    Case(
        "train: --epochs -1",
        lambda c: ["train", "--epochs", "-1", "--out", str(c.root / "train-out")],
        2,
        r"facemood train: error: argument --epochs: must be at least 1, not -1",
        check=lambda c, o: _absent(c.root / "train-out"),
    ),
    Case(
        "train: --alpha 2",
        lambda c: ["train", "--alpha", "2"],
        2,
        r"facemood train: error: argument --alpha: must be at most 1, not 2",
    ),
    Case(
        "train: --init-from a text file",
        lambda c: ["train", "--init-from", str(c.data / "text.keras"), "--out", str(c.root / "t2")],
        1,
        r"^facemood train: .*text\.keras is not a Keras model",
    ),
    Case(
        "train: --out is a file",
        lambda c: ["train", "--out", str(c.text)],
        1,
        r"^facemood train: --out .*text\.mp3 is a file, not a folder",
    ),
    Case(
        "train: a zero-byte training set",
        lambda c: [
            "train",
            "--train-data",
            str(c.data / "zero.npz"),
            "--out",
            str(c.root / "train-zero"),
        ],
        1,
        r"^facemood train: Not a readable \.npz file: .*zero\.npz",
    ),
    # -- run --headless -----------------------------------------------------------------
    Case(
        "run --headless: a non-UTF-8 track name",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(FACE),
            "--library",
            str(c.fresh("good.ogg").rename(c.root / f"case-{LATIN1}.ogg").parent),
        ],
        0,
        r"playing",
    ),
    Case(
        "run --headless: a pixel bomb (nothing readable)",
        lambda c: ["run", "--headless", "--player", "null", "--source", str(c.bomb)],
        1,
        r"facemood run: .*bomb\.png is too large",
    ),
    Case(
        "run --headless: a video with no frames",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(c.video / "zero frames.avi"),
        ],
        1,
        r"facemood run: no readable frames in zero frames\.avi",
    ),
    Case(
        "run --headless: an empty library",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(FACE),
            "--library",
            str(c.empty),
        ],
        1,
        r"facemood run: No music found",
    ),
    Case(
        "run --headless: a bogus --aout",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "vlc",
            "--aout",
            "bogus",
            "--source",
            str(FACE),
        ],
        1,
        r"facemood run: There is no sound output called 'bogus': outputs here: \w",
    ),
    Case(
        "run --headless: --max-frames -1",
        lambda c: ["run", "--headless", "--source", str(FACE), "--max-frames", "-1"],
        2,
        r"facemood run: error: argument --max-frames",
    ),
    Case(
        "run --headless: --library is a text file",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(FACE),
            "--library",
            str(c.text),
        ],
        1,
        r"facemood run: .*text\.mp3 is not a folder",
    ),
    Case(
        "run --headless: a 300-byte source name",
        lambda c: ["run", "--headless", "--player", "null", "--source", str(c.long)],
        1,
        r"^facemood run: Cannot open a+…",
    ),
]


DEEP_TRACK = "/".join(["d"] * DEPTH) + "/deep.ogg"


def _deep_scan(c: Corpus, outcome: Outcome) -> None:
    doc = _json(outcome)
    assert [t["path"] for t in doc["tracks"]] == [DEEP_TRACK]
    assert {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in doc["skipped"]} == {
        "deep.jpg": "not audio",
        "pipe.mp3": "not a regular file",
    }


def _system_links_scan(c: Corpus, outcome: Outcome) -> None:
    doc = _json(outcome)
    assert [t["path"] for t in doc["tracks"]] == ["song.ogg"]
    assert doc["skipped"] == [{"path": "environ.mp3", "reason": "not a regular file"}]


def _camera_rows(c: Corpus, outcome: Outcome) -> None:
    """Every camera and editor photo was decoded, and a face found in each."""
    summary = json.loads(outcome.out.splitlines()[-1])["summary"]
    assert (summary["frames"], summary["frames_with_face"]) == (6, 6)
    names = [json.loads(line)["path"].rsplit("/", 1)[-1] for line in outcome.out.splitlines()[:-1]]
    assert names == [
        "big ICC.webp",
        "big iTXt.png",
        "camera.jpg",
        "directory last.tif",
        "first frame.gif",
        "two pages.tiff",
    ]
    assert sorted(Path(p).name for p in summary["skipped"]) == ["loop", "notes.txt", "pipe.jpg"]


def _undecodable(frames: int, undecodable: int) -> Callable[[Corpus, Outcome], None]:
    def check(c: Corpus, outcome: Outcome) -> None:
        summary = json.loads(outcome.out.splitlines()[-1])["summary"]
        assert (summary["frames"], summary["undecodable_frames"]) == (frames, undecodable)
        assert "[mjpeg" not in outcome.err and "[avi" not in outcome.err  # FFmpeg's chatter

    return check


CASES += [
    # -- round 3: camera photos, damaged videos, deep and system folders ------------------
    Case(
        "analyze: camera/editor photos (300 KB of EXIF/XMP/ICC before the pixels, a TIFF "
        "directory after them, two pages, big iTXt/ICC chunks, a GIF), a FIFO, a link loop",
        lambda c: ["analyze", str(c.camera), "--json", "--no-settings"],
        0,
        r"facemood analyze: skipped loop: a link to a folder, not followed(.|\n)*"
        r"facemood analyze: skipped Not a photo: notes\.txt \(photos end in \.bmp(.|\n)*"
        r"facemood analyze: skipped pipe\.jpg: not a regular file",
        check=_camera_rows,
    ),
    *(
        Case(
            f"analyze: a {name} photo alone",
            lambda c, name=name: ["analyze", str(c.camera / name), "--no-settings"],
            0,
            r"1 frames \(1 with a face\)",
        )
        for name in ("camera.jpg", "directory last.tif")
    ),
    Case(
        "analyze: a video with a damaged stretch in the middle reads on to the end",
        lambda c: ["analyze", str(c.video / "damaged middle.avi"), "--json"],
        0,
        r"^facemood analyze: 5 frames of damaged middle\.avi could not be decoded",
        check=_undecodable(25, 5),
    ),
    Case(
        "analyze: a video with a stretch cut out of the middle",
        lambda c: ["analyze", str(c.video / "gap.avi"), "--json"],
        0,
        r"^facemood analyze: 5 frames of gap\.avi could not be decoded",
        check=_undecodable(25, 5),  # the header still announces 30
    ),
    Case(
        "analyze: a video dead after 3 frames ends (bounded retries)",
        lambda c: ["analyze", str(c.video / "dead.avi"), "--json"],
        0,
        r"^facemood analyze: 27 frames of dead\.avi could not be decoded",
        check=_undecodable(3, 27),
    ),
    Case(
        "bench: a video with a damaged stretch",
        lambda c: ["bench", str(c.video / "damaged middle.avi"), "--json"],
        0,
        r"^facemood bench: 5 frames of damaged middle\.avi could not be decoded",
    ),
    Case(
        f"scan: {DEPTH} nested folders with a track, a photo, a FIFO and a link loop",
        lambda c: ["library", "scan", str(c.deep), "--json", "--no-cache", "--no-audio"],
        0,
        r'"path": "d/d/d/',
        check=_deep_scan,
    ),
    Case(
        f"analyze: a photo {DEPTH} folders deep",
        lambda c: ["analyze", str(c.deep), "--no-settings"],
        0,
        r"facemood analyze: skipped Not a photo: deep\.ogg(.|\n)*1 frames \(1 with a face\)",
    ),
    Case(
        f"run --headless: a library {DEPTH} folders deep",
        lambda c: [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(FACE),
            "--library",
            str(c.deep),
        ],
        0,
        r"playing",
    ),
    Case(
        "scan: /proc as the music folder",
        lambda c: ["library", "scan", "/proc", "--json"],
        1,
        r"^facemood library scan: The music folder is a system folder: /proc holds the "
        r"system's own state",
    ),
    Case(
        "scan: a folder inside /sys",
        lambda c: ["library", "scan", "/sys/kernel"],
        1,
        r"^facemood library scan: The music folder is a system folder: /sys/kernel is inside "
        r"/sys",
    ),
    Case(
        "scan: links into /proc (a file and a folder) and a link loop",
        lambda c: ["library", "scan", str(c.system_links), "--json", "--no-cache", "--no-audio"],
        0,
        r'"path": "song\.ogg"',
        check=_system_links_scan,
    ),
    Case(
        "scan: --audio-limit leaves the rest for the next scan",
        lambda c: ["library", "scan", str(c.good), "--json", "--audio-limit", "1"],
        0,
        r"^facemood library scan: the audio of \d+ more untagged tracks was not analysed in "
        r"this run \(--audio-limit 1\)",
    ),
    Case(
        "scan: --audio-limit -1",
        lambda c: ["library", "scan", str(c.good), "--audio-limit", "-1"],
        2,
        r"facemood library scan: error: argument --audio-limit: must be at least 0, not -1",
    ),
]


def _same_size(path: Path) -> None:
    """The corpus file refused by ``tag`` is still what the corpus wrote."""
    if path.is_dir():
        assert os.listdir(path) == []
        return
    kind = path.suffix.lstrip(".")
    expected = {"zero": 0, "cut": CUT, "text": len("this is not audio\n" * 20)}[path.stem]
    assert path.stat().st_size == expected, kind


def _absent(path: Path) -> None:
    assert not path.exists(), f"{path} was written"


def _photo_rows(outcome: Outcome) -> None:
    """Both readable photos were analysed, the non-UTF-8 one shown with an escape."""
    assert "a face.jpg" in outcome.out and "caf\\xe9.jpg" in outcome.out
    assert "2 frames" in outcome.out


def _locked_photo_folder(c: Corpus) -> Path:
    folder = c.fresh("good.ogg").parent
    (folder / "good.ogg").unlink()
    shutil.copy(FACE, folder / "readable.jpg")
    c.locked(Path(shutil.copy(FACE, folder / "locked.jpg")), 0o000)
    return folder


def _text_model(c: Corpus) -> Path:
    folder = c.data / "model"
    folder.mkdir(exist_ok=True)
    shutil.copy(ROOT / "models" / "labels.json", folder / "labels.json")
    (folder / "emotion.tflite").write_text("not a model")
    return folder / "emotion.tflite"


def _tiny_npz(c: Corpus) -> Path:
    path = c.data / "tiny.npz"
    if not path.exists():
        np.savez(path, images=np.zeros((2, 48, 48), np.uint8), labels=np.array([3, 6]))
    return path


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in CASES])
def test_hostile_input(case: Case, corpus: Corpus, facemood_home: Path) -> None:
    home = corpus.ro_home if case.read_only_home else facemood_home
    if case.prepare_home is not None:
        case.prepare_home(home)
    outcome = _facemood(case.id, case.argv(corpus), as_user=case.as_user, home=home)
    _expect(outcome, case.code, case.message)
    if case.check is not None:
        case.check(corpus, outcome)


def test_no_user_file_was_changed(corpus: Corpus) -> None:
    """After every case: the shared corpus files are as built (only copies were tagged)."""
    for kind in ENCODERS:
        assert (corpus.media / f"zero.{kind}").stat().st_size == 0
        assert (corpus.media / f"cut.{kind}").read_bytes() == (
            corpus.good / f"good.{kind}"
        ).read_bytes()[:CUT]
    assert read_info(corpus.media / f"{LATIN1}.ogg").moods == ()
    assert (corpus.photos / "cut.jpg").read_bytes() == FACE.read_bytes()[:300]


def test_a_reader_that_goes_away_is_not_a_traceback(corpus: Corpus) -> None:
    """``facemood library scan --json | head -1``: the closed pipe ends the command quietly."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "facemood", "library", "scan", str(corpus.media), "--json"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # before the child has written anything
        err = child.stderr.read().decode("utf-8", "backslashreplace")
        code = child.wait(timeout=120)
    assert "Traceback" not in err, err
    assert code == 1


# -- round 3: full and read-only disks, mounts, decoder chatter, a system-wide root -------


@contextlib.contextmanager
def _tmpfs(where: Path, kilobytes: int) -> Iterator[Path]:
    """A small tmpfs mounted at ``where`` (skips the test where mounting is not allowed)."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    """Write to ``folder`` until its file system has no byte left."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)


@pytest.mark.parametrize(
    ("disk", "message"),
    [
        ("full", r"Cannot tag good\.wav: not enough free space — nothing was changed"),
        ("read-only", r"Cannot tag good\.wav: its disk is read-only — nothing was changed"),
    ],
)
def test_tagging_on_a_full_or_read_only_disk(
    disk: str, message: str, corpus: Corpus, facemood_home: Path
) -> None:
    """A WAV grows when tagged (its ID3 chunk is new): the disk refuses, the file is kept."""
    with _tmpfs(corpus.root / f"disk-{disk}", 1024) as mount:
        track = Path(shutil.copy(corpus.good / "good.wav", mount / "good.wav"))
        original = track.read_bytes()
        if disk == "full":
            _fill(mount)
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        argv = ["library", "tag", str(track), "--mood", "calm"]
        outcome = _facemood(f"tag: a {disk} disk", argv, home=facemood_home)
        _expect(outcome, 1, rf"^facemood library tag: {message}: .*good\.wav: ")
        assert "damaged" not in outcome.err
        assert track.read_bytes() == original
        assert sorted(os.listdir(mount)) == sorted(["good.wav", *(["filler"] * (disk == "full"))])


def test_tagging_past_the_file_size_limit(corpus: Corpus, facemood_home: Path) -> None:
    """``EFBIG`` (a file system's or the process's size limit), a neighbour of ``ENOSPC``."""
    track = corpus.fresh("good.wav")
    original = track.read_bytes()
    outcome = _facemood(
        "tag: past the file size limit",
        ["library", "tag", str(track), "--mood", "calm"],
        home=facemood_home,
        max_file_size=len(original),
    )
    _expect(
        outcome,
        1,
        r"^facemood library tag: Cannot tag good\.wav: the file would grow past the size "
        r"allowed — nothing was changed",
    )
    assert track.read_bytes() == original


def test_other_file_systems_are_left_out_unless_asked(corpus: Corpus, facemood_home: Path) -> None:
    """A tmpfs and a bind mount inside the music folder: left out and named, or scanned."""
    music = corpus.fresh("good.ogg").parent
    (music / "bound").mkdir()
    with _tmpfs(music / "usb", 1024) as usb:
        shutil.copy(corpus.good / "good.mp3", usb / "on usb.mp3")
        bound = subprocess.run(
            ["mount", "--bind", str(corpus.good), str(music / "bound")], check=False
        )
        try:
            argv = ["library", "scan", str(music), "--json", "--no-cache", "--no-audio"]
            outcome = _facemood("scan: a tmpfs and a bind mount inside", argv, home=facemood_home)
            _expect(
                outcome,
                0,
                r"facemood library scan: Left out 2 folder\(s\) on other disks or mounts; .*"
                r"--all-file-systems`: .*bound, .*usb",
            )
            assert [t["path"] for t in _json(outcome)["tracks"]] == ["good.ogg"]
            crossing = _facemood(
                "scan: --all-file-systems", [*argv, "--all-file-systems"], home=facemood_home
            )
            _expect(crossing, 0, r'"path": "usb/on usb\.mp3"')
            paths = [t["path"] for t in _json(crossing)["tracks"]]
            assert "usb/on usb.mp3" in paths and "bound/good.flac" in paths
        finally:
            if bound.returncode == 0:
                subprocess.run(["umount", "-l", str(music / "bound")], check=False)


def test_decoder_chatter_stays_off_the_terminal(corpus: Corpus, facemood_home: Path) -> None:
    """An MP3 whose Xing header announces the wrong size makes mpg123 print a warning."""
    folder = corpus.fresh("good.ogg").parent
    (folder / "good.ogg").unlink()
    data = encode(folder / "long.mp3", seconds=8.0).read_bytes()
    (folder / "long.mp3").write_bytes(data + data[len(data) // 3 :])  # more than announced
    outcome = _facemood(
        "scan: an MP3 that makes its decoder talk",
        ["library", "scan", str(folder), "--json", "--no-cache"],
        home=facemood_home,
    )
    _expect(outcome, 0, r'"mood_source": "audio"')
    assert "Xing" not in outcome.err and "Warning" not in outcome.err, outcome.err


def test_a_system_wide_root_warns_shows_progress_and_stops_on_ctrl_c(
    facemood_home: Path,
) -> None:
    """``library scan / --json``: a warning, progress on stderr, Ctrl+C ends it (exit 130)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), FACEMOOD_HOME=str(facemood_home))
    command = [sys.executable, "-m", "facemood", "library", "scan", "/", "--json", "--no-cache"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as child:
        assert child.stderr is not None
        seen = b""
        while b"files found" not in seen:  # the walk has started and says so
            byte = child.stderr.read(1)
            assert byte, seen
            seen += byte
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=120)
    err = (seen + err).decode("utf-8", "backslashreplace")
    assert "Traceback" not in err, err
    assert child.returncode == 130, err
    assert err.startswith("facemood library scan: / is the whole system"), err
    assert "facemood library scan: stopped (Ctrl+C)" in err
    json.loads(out)  # what was found so far, as a whole document


def test_undecodable_frames_reach_the_headless_run(corpus: Corpus, facemood_home: Path) -> None:
    """``run --headless``: the count of undecodable frames is one of its JSON records."""
    outcome = _facemood(
        "run --headless: a video with a damaged stretch",
        [
            "run",
            "--headless",
            "--player",
            "null",
            "--source",
            str(corpus.video / "damaged middle.avi"),
        ],
        home=facemood_home,
    )
    _expect(outcome, 0, r"5 frames of damaged middle\.avi could not be decoded")
