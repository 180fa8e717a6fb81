"""Crash reports: Python exceptions on any thread, native crashes, pending/seen."""

from __future__ import annotations

import faulthandler
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import facemood
from facemood import crash


def _run(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter with this test's FACEMOOD_HOME."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )


@pytest.fixture
def installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[list[Path], list[BaseException]]]:
    """Crash handlers installed in this process, chained to a recording hook (instead of
    pytest-qt's, which fails the test); restores pytest's faulthandler after."""
    was_enabled = faulthandler.is_enabled()
    chained: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc_info: chained.append(exc_info[1]))
    seen: list[Path] = []
    crash.install_crash_handlers(tmp_path, on_crash=seen.append)
    try:
        yield seen, chained
    finally:
        crash.uninstall_crash_handlers()
        if was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__, all_threads=True)


def test_uncaught_exception_writes_a_report(facemood_home: Path) -> None:
    result = _run(
        """
        from facemood import crash
        crash.install_crash_handlers()
        raise RuntimeError("boom")
        """
    )
    assert result.returncode == 1
    assert "RuntimeError: boom" in result.stderr  # the previous hook still prints it
    log_dir = facemood_home / "logs"
    reports = list(log_dir.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom" in text
    assert f"version: {facemood.__version__}" in text
    assert "python: 3." in text and "platform: " in text and "time: " in text
    assert "thread: MainThread" in text
    assert not list(log_dir.glob("native-crash-*"))  # empty faulthandler file removed at exit
    assert crash.pending_crash_reports() == reports


def test_exception_in_a_thread_writes_a_report(facemood_home: Path) -> None:
    result = _run(
        """
        import threading
        from facemood import crash
        crash.install_crash_handlers()
        t = threading.Thread(target=lambda: 1 / 0, name="capture-worker")
        t.start()
        t.join()
        """
    )
    assert result.returncode == 0
    (report,) = (facemood_home / "logs").glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "thread: capture-worker" in text
    assert "ZeroDivisionError" in text


def test_native_crash_is_caught_by_faulthandler(facemood_home: Path) -> None:
    result = _run(
        """
        import faulthandler
        from facemood import crash
        crash.install_crash_handlers()
        faulthandler._sigsegv()
        """
    )
    assert result.returncode != 0
    (report,) = crash.pending_crash_reports()
    assert report.name.startswith("native-crash-")
    assert "Segmentation fault" in report.read_text(encoding="utf-8")


def test_keyboard_interrupt_writes_no_report(facemood_home: Path) -> None:
    _run(
        """
        from facemood import crash
        crash.install_crash_handlers()
        raise KeyboardInterrupt
        """
    )
    assert crash.pending_crash_reports() == []


def test_hook_notifies_listener_and_chains(
    installed: tuple[list[Path], list[BaseException]], tmp_path: Path
) -> None:
    reports, chained = installed
    try:
        raise ValueError("in a slot")
    except ValueError as exc:
        error = exc
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert chained == [error]
    assert len(reports) == 1
    assert reports[0].parent == tmp_path
    assert "ValueError: in a slot" in reports[0].read_text(encoding="utf-8")
    # This run's own (empty) faulthandler file is never offered as a crash.
    assert crash.pending_crash_reports() == reports


def test_unwritable_log_dir_does_not_break_the_hook(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    try:
        raise OSError("whatever")
    except OSError as exc:
        with pytest.raises(OSError):
            crash.write_crash_report(type(exc), exc, exc.__traceback__, log_dir=blocker)


def test_mark_seen_hides_a_report(tmp_path: Path) -> None:
    old = tmp_path / "crash-20260101-000000-000000.txt"
    old.write_text("report")
    native = tmp_path / "native-crash-20260101-000001-000000.txt"
    native.write_text("Fatal Python error")
    (tmp_path / "native-crash-20260101-000002-000000.txt").write_text("")  # a good run
    assert crash.pending_crash_reports(tmp_path) == [old, native]
    seen = crash.mark_seen(old)
    assert seen.read_text() == "report"
    assert crash.pending_crash_reports(tmp_path) == [native]


def test_no_log_dir_means_no_reports(tmp_path: Path) -> None:
    assert crash.pending_crash_reports(tmp_path / "missing") == []
