"""The feedback file: likes and skips survive a restart, a broken file starts empty."""

from __future__ import annotations

import json
from pathlib import Path

from facemood.app.feedback import FeedbackFile
from facemood.core.playlist import Feedback
from facemood.core.types import MusicMood as M


def test_feedback_persists_as_json(tmp_path: Path) -> None:
    path = tmp_path / "data" / "feedback.json"
    store = FeedbackFile(path)
    store.record_skip("/music/a.mp3", M.HAPPY)
    store.record_like("/music/a.mp3", M.CALM)
    store.record_like("/music/a.mp3", M.CALM)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert doc["moods"]["calm"]["/music/a.mp3"] == {"skips": 0, "likes": 2}
    again = FeedbackFile(path)
    assert again.get("/music/a.mp3", M.HAPPY) == Feedback(skips=1)
    assert again.get("/music/a.mp3", M.CALM) == Feedback(likes=2)
    again.clear("/music/a.mp3", M.CALM)
    assert FeedbackFile(path).get("/music/a.mp3", M.CALM) == Feedback()
    assert [p.name for p in path.parent.iterdir()] == ["feedback.json"]  # no temp files left


def test_a_corrupt_feedback_file_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "feedback.json"
    path.write_text("{not json", encoding="utf-8")
    store = FeedbackFile(path)
    assert store.get("/x.mp3", M.SAD) == Feedback()
    path.write_text(json.dumps({"moods": {"nope": {}, "sad": {"/x.mp3": {"skips": "2"}}}}))
    assert FeedbackFile(path).get("/x.mp3", M.SAD) == Feedback()
