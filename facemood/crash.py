"""Crash reports for uncaught exceptions and native crashes.

:func:`install_crash_handlers` (called once by the entry point, after logging is set
up) installs:

* ``sys.excepthook`` and ``threading.excepthook``: an uncaught Python exception writes
  ``<log dir>/crash-<timestamp>.txt`` (traceback, FaceMood version, platform, Python),
  is logged, and is then passed to the previous hook (which prints it as usual);
* :mod:`faulthandler` into ``<log dir>/native-crash-<timestamp>.txt``, because OpenCV,
  LiteRT and libVLC are native code whose segfaults Python cannot catch. The file stays
  empty on a good run and is removed at a clean exit.

At the next start the GUI lists :func:`pending_crash_reports`, offers them to the user,
and calls :func:`mark_seen` on each.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import faulthandler
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

import facemood
from facemood import paths
from facemood.log import get_logger

CRASH_PREFIX = "crash-"
NATIVE_PREFIX = "native-crash-"
REPORT_SUFFIX = ".txt"
SEEN_SUFFIX = ".seen"
_STALE_EMPTY_S = 24 * 3600  # empty native files older than this are left-overs of killed runs

CrashListener = Callable[[Path], None]

_log = get_logger("crash")


class _State:
    """What install_crash_handlers() changed, so it can be undone."""

    installed = False
    report_dir: Path | None = None
    fault_file: TextIO | None = None
    fault_path: Path | None = None
    prev_excepthook: Callable[
        [type[BaseException], BaseException, TracebackType | None], object
    ] = sys.__excepthook__
    prev_threading_hook: Callable[[threading.ExceptHookArgs], object] = threading.__excepthook__
    listeners: list[CrashListener] = []  # noqa: RUF012 - module-level singleton state


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _report_dir(log_dir: Path | None, create: bool = True) -> Path:
    if log_dir is not None:
        return log_dir
    if _State.report_dir is not None:
        return _State.report_dir
    return paths.log_dir(create=create)


def format_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None = None,
) -> str:
    """The text of a crash report: environment first, then the traceback."""
    lines = [
        "FaceMood crash report",
        f"time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"version: {facemood.__version__}",
        f"python: {platform.python_version()} ({platform.python_implementation()}) "
        f"{sys.executable}",
        f"platform: {platform.platform()}",
        f"frozen: {'yes' if paths.is_frozen() else 'no'}",
        f"pid: {os.getpid()}",
        f"thread: {thread_name or threading.current_thread().name}",
        f"command: {' '.join(sys.argv)}",
        "",
    ]
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines) + "\n"


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
    log_dir: Path | None = None,
) -> Path:
    """Write a crash report file and return its path.

    Raises:
        OSError: the log dir cannot be written.
    """
    folder = _report_dir(log_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{CRASH_PREFIX}{_timestamp()}{REPORT_SUFFIX}"
    text = format_crash_report(exc_type, exc, tb, thread_name)
    with path.open("x", encoding="utf-8") as fh:
        fh.write(text)
    return path


def _handle(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None,
) -> None:
    """Record one uncaught exception; never raises (we are inside an excepthook)."""
    try:
        path = write_crash_report(exc_type, exc, tb, thread_name=thread_name)
    except Exception as write_error:  # the hook must not fail; say so and go on
        with contextlib.suppress(Exception):
            _log.error("Could not write a crash report: %s", write_error)
        return
    with contextlib.suppress(Exception):
        _log.critical(
            "Uncaught %s in thread %s; crash report written to %s",
            exc_type.__name__,
            thread_name or threading.current_thread().name,
            path,
        )
    for listener in list(_State.listeners):
        with contextlib.suppress(Exception):
            listener(path)


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if not issubclass(exc_type, KeyboardInterrupt):
        _handle(exc_type, exc, tb, None)
    _State.prev_excepthook(exc_type, exc, tb)


def _threading_excepthook(args: threading.ExceptHookArgs) -> None:
    if not issubclass(args.exc_type, SystemExit) and args.exc_value is not None:
        name = args.thread.name if args.thread is not None else None
        _handle(args.exc_type, args.exc_value, args.exc_traceback, name)
    _State.prev_threading_hook(args)


def install_crash_handlers(
    log_dir: Path | None = None, on_crash: CrashListener | None = None
) -> None:
    """Install the exception hooks and faulthandler (see the module docstring).

    Calling it again only adds ``on_crash``.

    Args:
        log_dir: where reports go; default the user log dir.
        on_crash: called with the report's path after an uncaught exception (e.g. the
            GUI queues a dialog). It runs on the failing thread; errors in it are ignored.
    """
    if on_crash is not None:
        _State.listeners.append(on_crash)
    if _State.installed:
        return
    _State.report_dir = log_dir if log_dir is not None else paths.log_dir(create=False)
    _State.prev_excepthook = sys.excepthook
    _State.prev_threading_hook = threading.excepthook
    sys.excepthook = _excepthook
    threading.excepthook = _threading_excepthook
    _enable_faulthandler(_State.report_dir)
    _State.installed = True
    atexit.register(uninstall_crash_handlers)


def _enable_faulthandler(folder: Path) -> None:
    _remove_stale_native_files(folder)
    path = folder / f"{NATIVE_PREFIX}{_timestamp()}{REPORT_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Kept open for the whole run: faulthandler writes to the raw fd when a signal hits.
        fault_file = path.open("w", encoding="utf-8")
    except OSError as exc:
        _log.warning("Cannot write native crash reports to %s: %s", folder, exc)
        if sys.stderr is not None:  # None under pythonw / a windowed bundle
            faulthandler.enable(all_threads=True)
        return
    _State.fault_file, _State.fault_path = fault_file, path
    faulthandler.enable(file=fault_file, all_threads=True)


def _remove_stale_native_files(folder: Path) -> None:
    now = time.time()
    for path in folder.glob(f"{NATIVE_PREFIX}*{REPORT_SUFFIX}"):
        with contextlib.suppress(OSError):
            info = path.stat()
            if info.st_size == 0 and now - info.st_mtime > _STALE_EMPTY_S:
                path.unlink()


def uninstall_crash_handlers() -> None:
    """Undo :func:`install_crash_handlers` (clean exit, tests): restore the hooks, stop
    faulthandler and remove this run's native report file if nothing was written to it."""
    if not _State.installed:
        return
    if sys.excepthook is _excepthook:
        sys.excepthook = _State.prev_excepthook
    if threading.excepthook is _threading_excepthook:
        threading.excepthook = _State.prev_threading_hook
    if _State.fault_file is not None:
        faulthandler.disable()
        _State.fault_file.close()
        if _State.fault_path is not None:
            with contextlib.suppress(OSError):
                if _State.fault_path.stat().st_size == 0:
                    _State.fault_path.unlink()
    _State.fault_file = _State.fault_path = None
    _State.report_dir = None
    _State.listeners.clear()
    _State.installed = False
    atexit.unregister(uninstall_crash_handlers)


def pending_crash_reports(log_dir: Path | None = None) -> list[Path]:
    """Crash reports not yet shown to the user, oldest first.

    Includes Python crash reports and non-empty native (faulthandler) reports, except
    the one this process is writing to right now.
    """
    folder = _report_dir(log_dir, create=False)  # only looking: never create it here
    if not folder.is_dir():
        return []
    found: list[tuple[float, str, Path]] = []
    for prefix in (CRASH_PREFIX, NATIVE_PREFIX):
        for path in folder.glob(f"{prefix}*{REPORT_SUFFIX}"):
            if path == _State.fault_path:
                continue
            with contextlib.suppress(OSError):
                info = path.stat()
                if path.is_file() and info.st_size > 0:
                    found.append((info.st_mtime, path.name, path))
    return [path for _mtime, _name, path in sorted(found)]


def mark_seen(path: Path) -> Path:
    """Mark a report as shown (renamed to ``<name>.seen``, kept for bug reports).

    Returns:
        The new path.

    Raises:
        OSError: it could not be renamed.
    """
    seen = path.with_name(path.name + SEEN_SUFFIX)
    os.replace(path, seen)
    return seen
