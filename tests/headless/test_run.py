"""``facemood run --headless``: the whole loop on a video made from the demo faces.

The runs are in-process so the test can see what the process does: socket creation is
blocked, and an audit hook records every file the process opens for writing (and every
SQLite database, directory or rename it makes), which must all be under the test's
``FACEMOOD_HOME``. HOME, XDG dirs and TMPDIR point into a scratch folder that must stay
empty, which also catches libVLC writing natively (plugin cache, media library).
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facemood import cli
from facemood.headless.runner import HeadlessOptions, describe, run_headless
from facemood.settings import Settings
from facemood.vision.model import default_model_path
from tests.helpers.headless import ScriptedAnalyzer, face_photos

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "shutil.rmtree",
    "sqlite3.connect",
}
_AUDIT: dict[str, Any] = {"active": False, "writes": [], "network": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _AUDIT["active"]:
        return
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writing and isinstance(path, str | bytes | os.PathLike):
            _AUDIT["writes"].append((event, os.fsdecode(path)))
    elif (
        event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir", "shutil.rmtree")
        or event == "sqlite3.connect"
    ):
        _AUDIT["writes"].append((event, os.fsdecode(args[0])))
    elif event.startswith("socket."):
        _AUDIT["network"].append((event, repr(args)[:200]))


sys.addaudithook(_audit)  # audit hooks cannot be removed: it is switched on per test


@pytest.fixture
def sandbox(
    tmp_path: Path, facemood_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    """Block sockets, audit writes, and point HOME/XDG/TMPDIR at a folder that must stay empty."""
    scratch = tmp_path / "scratch-home"
    scratch.mkdir()
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR"):
        monkeypatch.setenv(var, str(scratch))

    def no_socket(*_args: object, **_kwargs: object) -> socket.socket:
        raise AssertionError("the headless run tried to open a network socket")

    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    _AUDIT.update(active=True, writes=[], network=[])
    try:
        yield _AUDIT
    finally:
        _AUDIT["active"] = False
    assert _AUDIT["network"] == []
    assert list(scratch.iterdir()) == []  # nothing written natively into HOME/XDG/TMPDIR
    home = facemood_home.resolve()
    allowed = [home / "cache", home / "config", home / "data", home / "logs"]
    outside = [
        (event, path)
        for event, path in _AUDIT["writes"]
        if path not in (":memory:", os.devnull)
        and not any(Path(path).resolve().is_relative_to(dir_) for dir_ in allowed)
    ]
    assert outside == []


def _inet_sockets() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets, from /proc (native code included)."""
    table_inodes: set[str] = set()
    for name in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/self/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        table_inodes.update(line.split()[9] for line in lines if len(line.split()) > 9)
    ours = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            ours.add(target[8:-1])
    return ours & table_inodes


class SocketWatchingAnalyzer(ScriptedAnalyzer):
    """Also looks for network sockets at every frame, while libVLC is playing."""

    def __init__(self) -> None:
        super().__init__()
        self.sockets_seen: set[str] = set()

    def analyze(self, frame: object) -> Any:
        if Path("/proc/self/net").is_dir():
            self.sockets_seen |= _inet_sockets()
        return super().analyze(frame)


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _check_shapes(events: list[dict[str, Any]]) -> None:
    keys = {
        "mood": {"event", "t", "mood", "music_mood"},
        "track": {"event", "t", "path", "music_mood"},
        "error": {"event", "message"},
    }
    for event in events:
        assert set(event) - {"requested_mood"} == keys[event["event"]], event


def test_scripted_run_over_the_cli(
    face_video: Path,
    music_dir: Path,
    sandbox: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Happy for 3 s then sad: two moods, two tracks, in order, on real libVLC."""
    from facemood.app import compose

    analyzer = SocketWatchingAnalyzer()
    monkeypatch.setattr(compose, "make_pipeline", lambda *_a, **_k: analyzer)
    argv = ["run", "--headless", "--source", str(face_video), "--library", str(music_dir)]
    code = cli.main([*argv, "--json", "--aout", "dummy"])
    out = capsys.readouterr().out
    assert code == 0
    assert analyzer.sockets_seen == set()  # not even libVLC's native code opened one
    events = _json_lines(out)
    _check_shapes(events)
    assert analyzer.frames == 60 and analyzer.closed
    moods = [(e["mood"], e["music_mood"]) for e in events if e["event"] == "mood"]
    assert moods == [("happy", "happy"), ("sad", "sad")]
    tracks = [e for e in events if e["event"] == "track"]
    assert [e["music_mood"] for e in tracks] == ["happy", "sad"]
    assert [Path(e["path"]).parent.name for e in tracks] == ["Happy", "Sad"]
    assert all(Path(e["path"]).is_file() for e in tracks)
    assert [e for e in events if e["event"] == "error"] == []
    mood_t = [e["t"] for e in events if e["event"] == "mood"]
    assert mood_t == sorted(mood_t) and 0.0 < mood_t[0] < 3.0 < mood_t[1] < 6.0
    # The library index was cached in the user cache dir.
    assert any("cache" in Path(p).parts for _e, p in sandbox["writes"])


def test_human_readable_output(
    face_video: Path, music_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from facemood.app import compose

    monkeypatch.setattr(compose, "make_pipeline", lambda *_a, **_k: ScriptedAnalyzer())
    argv = ["run", "--headless", "--source", str(face_video), "--library", str(music_dir)]
    assert cli.main([*argv, "--player", "null"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("mood happy -> music happy" in line for line in lines)
    assert any("playing sad: Sad" in line for line in lines)


def test_fallback_and_missing_libvlc_are_reported(
    face_video: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only calm music: happy and sad fall back to it; without libVLC the run goes on silent."""
    from tests.helpers.audio import write_wav

    calm = write_wav(tmp_path / "lib" / "Calm" / "only.wav", 2.0)
    monkeypatch.setitem(sys.modules, "vlc", None)
    events: list[dict[str, Any]] = []
    code = run_headless(
        HeadlessOptions(str(face_video), library=str(tmp_path / "lib")),
        events.append,
        settings=Settings(),
        analyzer=ScriptedAnalyzer(),
    )
    assert code == 0
    _check_shapes(events)
    assert events[0]["event"] == "error"
    assert events[0]["message"].startswith("No sound: VLC is not installed")
    tracks = [e for e in events if e["event"] == "track"]
    assert tracks == [
        {
            "event": "track",
            "t": tracks[0]["t"],
            "path": str(calm),
            "music_mood": "calm",
            "requested_mood": "happy",
        }
    ]
    assert "(no happy tracks)" in describe(tracks[0])


def test_a_missing_source_is_an_error_event(tmp_path: Path) -> None:
    events: list[dict[str, Any]] = []
    code = run_headless(
        HeadlessOptions(str(tmp_path / "nope.mp4")), events.append, settings=Settings()
    )
    assert code == 1
    assert events[0]["event"] == "error" and "nope.mp4" in events[0]["message"]


def test_a_missing_music_folder_given_by_the_user_is_an_error(tmp_path: Path) -> None:
    happy, _neutral = face_photos()
    events: list[dict[str, Any]] = []
    options = HeadlessOptions(str(happy[0]), library=str(tmp_path / "no-music"), player="null")
    code = run_headless(options, events.append, settings=Settings(), analyzer=ScriptedAnalyzer())
    assert code == 1
    assert events == [
        {"event": "error", "message": f"The music folder does not exist: {tmp_path / 'no-music'}"}
    ]


def test_a_photo_source(music_dir: Path) -> None:
    happy, _neutral = face_photos()
    if not happy:
        pytest.skip("demo faces missing")
    photo = happy[0]
    events: list[dict[str, Any]] = []
    code = run_headless(
        HeadlessOptions(str(photo), library=str(music_dir), player="null"),
        events.append,
        settings=Settings(),
        analyzer=ScriptedAnalyzer(),
    )
    assert code == 0
    assert [e["event"] for e in events] == ["mood", "track"]
    assert events[0]["mood"] == "happy"


def test_run_without_headless_needs_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[object] = []

    def fake_gui(args: object) -> int:
        called.append(args)
        return 0

    parser = cli.build_parser()
    monkeypatch.setitem(cli._REGISTRY, "gui", cli.Command("gui", "", lambda _p: None, fake_gui))
    args = parser.parse_args(["run", "--source", "0"])
    assert args._run(args) == 0
    assert called and getattr(called[0], "source", None) == "0"


def test_headless_needs_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["run", "--headless"]) == 2
    assert "--source" in capsys.readouterr().err


@pytest.mark.slow
def test_real_model_end_to_end(
    face_video: Path,
    music_dir: Path,
    sandbox: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The real pipeline and model, libVLC with the dummy output, nothing mocked."""
    if not default_model_path().is_file():
        pytest.skip("models/emotion.tflite is not there yet")
    argv = ["run", "--headless", "--source", str(face_video), "--library", str(music_dir)]
    code = cli.main([*argv, "--json", "--aout", "dummy"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    events = _json_lines(captured.out)
    _check_shapes(events)
    assert [e for e in events if e["event"] == "error"] == []
    moods = [e for e in events if e["event"] == "mood"]
    tracks = [e for e in events if e["event"] == "track"]
    assert moods and tracks
    # The clip opens with 3 s of posed smiles: the model must see them.
    assert any(m["mood"] == "happy" for m in moods), moods
    assert tracks[0]["music_mood"] == moods[0]["music_mood"] or "requested_mood" in tracks[0]
    mood_t = [e["t"] for e in events if e["event"] in ("mood", "track")]
    assert mood_t == sorted(mood_t) and mood_t[-1] < 6.0


def test_a_sound_output_in_the_settings_that_does_not_exist_only_warns(music_dir: Path) -> None:
    """``--aout bogus`` stops the run (tests/test_hostile_inputs.py); the same name from
    the settings plays through libVLC's default output and says so."""
    pytest.importorskip("vlc")
    from facemood.settings import with_value

    happy, _neutral = face_photos()
    events: list[dict[str, Any]] = []
    code = run_headless(
        HeadlessOptions(str(happy[0]), library=str(music_dir), player="vlc"),
        events.append,
        settings=with_value(Settings(), "music.audio_output", "bogus"),
        analyzer=ScriptedAnalyzer(),
    )
    assert code == 0
    errors = [e["message"] for e in events if e["event"] == "error"]
    assert len(errors) == 1
    assert errors[0].startswith("The sound output 'bogus' in the settings does not exist")
    assert "outputs here: " in errors[0]
    assert any(e["event"] == "track" for e in events)
