"""Early dependency checks and their plain-language messages."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from facemood import deps


@pytest.fixture
def fake_vlc(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A folder first on sys.path where a test writes its own ``vlc.py``.

    Whatever ``vlc`` module the test imports is dropped afterwards and the real one (if
    it was imported before) put back, so no later test gets the fake.
    """
    real = sys.modules.pop("vlc", None)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("vlc", None)
    if real is not None:
        sys.modules["vlc"] = real


@pytest.mark.parametrize(
    "body",
    [
        'raise NotImplementedError("Cannot find libvlc lib")',  # Linux without libvlc
        'raise OSError("libvlc.dll: cannot open shared object file")',
        "import sys\nsys.exit(1)",  # python-vlc with a bad PYTHON_VLC_LIB_PATH
        'raise ImportError("libvlccore.so.9: cannot open shared object file")',
    ],
)
def test_missing_libvlc_explains_how_to_install(fake_vlc: Path, body: str) -> None:
    (fake_vlc / "vlc.py").write_text(body + "\n")
    status = deps.check_vlc()
    assert status.state is deps.DepState.MISSING
    assert not status.ok
    assert status.message == "VLC is not installed — music playback is off"
    assert deps.vlc_install_hint() in status.detail


def test_missing_python_vlc_binding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vlc", None)
    status = deps.check_vlc()
    assert status.state is deps.DepState.MISSING
    assert "python-vlc is not installed" in status.detail


def test_vlc_without_plugins(fake_vlc: Path) -> None:
    (fake_vlc / "vlc.py").write_text("def Instance(*args):\n    return None\n")
    status = deps.check_vlc()
    assert status.state is deps.DepState.BROKEN
    assert "plugins" in status.detail


def test_working_vlc_reports_its_version(fake_vlc: Path) -> None:
    (fake_vlc / "vlc.py").write_text(
        "class _I:\n    def release(self):\n        pass\n"
        "def Instance(*args):\n    return _I()\n"
        "def libvlc_get_version():\n    return b'3.0.21 Vetinari'\n"
    )
    status = deps.check_vlc()
    assert status.ok
    assert status.message == "libVLC 3.0.21 Vetinari"


def test_real_vlc_check_never_raises() -> None:
    assert deps.check_vlc().state in set(deps.DepState)


def test_fake_vlc_does_not_leak_into_later_tests(fake_vlc: Path) -> None:
    (fake_vlc / "vlc.py").write_text("FAKE = True\n")
    deps.check_vlc()
    assert getattr(sys.modules.get("vlc"), "FAKE", False)


def test_no_fake_vlc_left_over() -> None:
    assert not getattr(sys.modules.get("vlc"), "FAKE", False)


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", "apt-get install --no-install-recommends libvlc5 vlc-plugin-base libvlc-bin"),
        ("darwin", "brew install --cask vlc"),
        ("win32", "64-bit"),
        ("freebsd13", "libvlc5"),
    ],
)
def test_install_hint_per_os(platform: str, expected: str) -> None:
    assert expected in deps.vlc_install_hint(platform)


def test_no_camera_device(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr("glob.glob", lambda pattern: [])
    status = deps.check_camera()
    assert status.state is deps.DepState.MISSING
    assert status.message == "No camera found — open a video or photo instead"


def test_camera_device_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr("glob.glob", lambda pattern: ["/dev/video0"])
    assert deps.check_camera().ok


def test_camera_not_checked_cheaply_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert deps.check_camera().state is deps.DepState.UNKNOWN


@pytest.mark.parametrize(("opened", "state"), [(True, "OK"), (False, "MISSING")])
def test_open_camera_with_opencv(monkeypatch: pytest.MonkeyPatch, opened: bool, state: str) -> None:
    released: list[bool] = []

    class Capture:
        def __init__(self, index: int) -> None:
            self.index = index

        def isOpened(self) -> bool:  # noqa: N802 - OpenCV's name
            return opened

        def release(self) -> None:
            released.append(True)

    monkeypatch.setitem(sys.modules, "cv2", types.SimpleNamespace(VideoCapture=Capture))
    status = deps.check_camera(2, open_device=True)
    assert status.state is deps.DepState[state]
    assert released == [True]


def test_model_missing_empty_and_present(tmp_path: Path) -> None:
    model = tmp_path / "emotion.tflite"
    missing = deps.check_model(model)
    assert missing.state is deps.DepState.MISSING
    assert str(model) in missing.detail
    model.write_bytes(b"")
    assert deps.check_model(model).state is deps.DepState.BROKEN
    model.write_bytes(b"\0" * 4096)
    assert deps.check_model(model).ok


def test_default_model_location() -> None:
    assert deps.check_model().state is deps.DepState.OK  # the committed model
