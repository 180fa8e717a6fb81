"""The feedback file: the user's likes and skips, kept as JSON in the data folder.

The logic (weights, counting) is :class:`facemood.core.playlist.FeedbackStore`; this
module only reads and writes its document, so the core does no file I/O.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from facemood.core.playlist import FeedbackStore
from facemood.files import atomic_write_text

log = logging.getLogger("facemood.playlist")

FILE_NAME = "feedback.json"
"""The file's name in the data folder."""


def _read(path: Path) -> dict[str, object] | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable feedback file %s: %s", path, exc)
        return None
    return doc if isinstance(doc, dict) else None


class FeedbackFile(FeedbackStore):
    """A :class:`FeedbackStore` kept in a JSON file.

    The file is read once, on construction, and written atomically (temp file +
    replace) after every change. A missing or unreadable file starts empty (logged), and
    a failed save is logged, so feedback never stops the music.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)
        super().__init__(_read(self._path))

    @property
    def path(self) -> Path:
        """The JSON file."""
        return self._path

    def _changed(self) -> None:
        try:
            atomic_write_text(self._path, json.dumps(self.document(), indent=1, sort_keys=True))
        except OSError as exc:
            # Feedback is a nicety: losing it must not stop the music.
            log.warning("Could not save feedback to %s: %s", self._path, exc)
