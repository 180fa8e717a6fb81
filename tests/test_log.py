"""Logging setup: per-area loggers, console and rotating file."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from facemood import log


@pytest.fixture(autouse=True)
def _restore_handlers() -> Iterator[None]:
    root = logging.getLogger(log.ROOT_LOGGER)
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_get_logger_names_the_area() -> None:
    assert log.get_logger("vision").name == "facemood.vision"


def test_setup_logging_writes_the_log_file(facemood_home: Path) -> None:
    path = log.setup_logging(console=False)
    assert path == facemood_home / "logs" / log.LOG_FILE_NAME
    log.get_logger("test").debug("hello %s", "file")
    for handler in logging.getLogger(log.ROOT_LOGGER).handlers:
        handler.flush()
    assert "facemood.test" in path.read_text(encoding="utf-8")
    assert "hello file" in path.read_text(encoding="utf-8")


def test_a_file_name_that_is_not_utf8_is_logged_readably(
    facemood_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = log.setup_logging(console=False)
    assert path is not None
    name = os.fsdecode(b"caf\xe9.ogg")  # what os.listdir gives for Latin-1 bytes
    log.get_logger("test").info("scanned %s", name)
    for handler in logging.getLogger(log.ROOT_LOGGER).handlers:
        handler.flush()
    assert "scanned caf\\xe9.ogg" in path.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err


def test_setup_logging_is_idempotent() -> None:
    log.setup_logging()
    count = len(logging.getLogger(log.ROOT_LOGGER).handlers)
    log.setup_logging(verbose=True)
    assert len(logging.getLogger(log.ROOT_LOGGER).handlers) == count


def test_unwritable_log_file_falls_back_to_console(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert log.setup_logging(log_file=blocker / "facemood.log") is None
