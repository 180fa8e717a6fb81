"""Logging: one logger per area under ``facemood``, to the console and a rotating file.

Modules call ``log = get_logger("vision")`` at import time; :func:`setup_logging`,
called once by the entry point, attaches the handlers. Before that, records go
nowhere but Python's last-resort handler (warnings and worse to stderr), so library
code never configures logging itself.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from facemood import paths
from facemood.fsnames import display

ROOT_LOGGER = "facemood"
LOG_FILE_NAME = "facemood.log"
_MAX_BYTES = 1_000_000  # a few hours of DEBUG output; enough context for a bug report
_BACKUPS = 3
_CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
_FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
_OURS = "_facemood_handler"  # attribute marking handlers setup_logging() installed


class _PrintableFormatter(logging.Formatter):
    """Shows bytes of file names that are not UTF-8 as ``\\xNN`` (a strict UTF-8 stream
    would otherwise fail on them, and the record would be lost)."""

    def format(self, record: logging.LogRecord) -> str:
        return display(super().format(record))


def get_logger(area: str) -> logging.Logger:
    """The logger of one area, e.g. ``get_logger("vision")`` -> ``facemood.vision``."""
    return logging.getLogger(f"{ROOT_LOGGER}.{area}" if area else ROOT_LOGGER)


def setup_logging(
    verbose: bool = False, *, console: bool = True, log_file: Path | None = None
) -> Path | None:
    """Send FaceMood's log records to stderr and to a rotating file in the user log dir.

    Calling it again replaces the handlers it installed before (idempotent).

    Args:
        verbose: show DEBUG records on the console (the file always gets DEBUG).
        console: log to stderr at all (``False`` for the GUI when stderr is useless).
        log_file: the file to write; default ``<log dir>/facemood.log``.

    Returns:
        The log file in use, or ``None`` when it could not be opened (then a warning
        is logged and only the console is used).
    """
    root = logging.getLogger(ROOT_LOGGER)
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG)

    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.INFO)
        stream.setFormatter(_PrintableFormatter(_CONSOLE_FORMAT))
        _add(root, stream)

    used: Path | None = None
    try:
        target = log_file if log_file is not None else paths.log_dir() / LOG_FILE_NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        rotating = logging.handlers.RotatingFileHandler(
            target, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        root.warning("Cannot write the log file (%s); logging to the console only.", exc)
    else:
        rotating.setLevel(logging.DEBUG)
        rotating.setFormatter(_PrintableFormatter(_FILE_FORMAT))
        _add(root, rotating)
        used = target
    return used


def _add(logger: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _OURS, True)
    logger.addHandler(handler)
