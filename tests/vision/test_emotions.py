"""End to end on real faces with the trained model: photos, a synthetic clip, a taught face.

These assert what any decent model must do (smiles read happy, neutral faces do not,
the mood follows a neutral -> smile -> neutral clip without flapping), never exact
probabilities. Skipped when ``models/emotion.tflite`` is not there yet.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from facemood.core.mood import MoodEngine, MoodParams
from facemood.core.teach import Recording, teach
from facemood.core.types import Emotion
from facemood.vision.pipeline import Pipeline
from facemood.vision.sources import Frame, VideoFileSource, read_image
from tests.helpers.clips import FACES_DIR, Segment, score_moods, write_clip

MODEL = Path(__file__).resolve().parents[2] / "models" / "emotion.tflite"
pytestmark = pytest.mark.skipif(not MODEL.is_file(), reason="models/emotion.tflite not built yet")

SMILES = ["london_004_happy.jpg", "london_030_happy.jpg"]
NEUTRALS = [
    "london_004_neutral.jpg",
    "london_030_neutral.jpg",
    "grace_hopper.jpg",
    "lisa_debruine_cc0.jpg",
    "composite_f_multi.jpg",
]


@pytest.fixture(scope="module")
def pipeline() -> Iterator[Pipeline]:
    with Pipeline.create() as pipe:
        yield pipe


def _photo(pipeline: Pipeline, name: str) -> Emotion:
    image = read_image(FACES_DIR / name)
    analysis = pipeline.analyze(Frame(0, 0.0, image, name))
    assert len(analysis.faces) == 1 and analysis.primary is not None
    return analysis.primary.top()


@pytest.mark.parametrize("name", SMILES)
def test_smiles_read_happy(pipeline: Pipeline, name: str) -> None:
    assert _photo(pipeline, name) is Emotion.HAPPY


@pytest.mark.parametrize("name", NEUTRALS)
def test_neutral_faces_do_not_read_happy(pipeline: Pipeline, name: str) -> None:
    assert _photo(pipeline, name) is not Emotion.HAPPY


def _moods(path: Path, pipeline: Pipeline, engine: MoodEngine) -> list[tuple[float, str | None]]:
    pipeline.reset()
    out = []
    with VideoFileSource(path) as src:
        for frame in src:
            update = engine.update(pipeline.analyze(frame))
            out.append((frame.t, update.mood.value if update.mood else None))
    return out


@pytest.mark.parametrize("person", ["004", "030"])
def test_clip_smile_is_caught_quickly_and_without_flapping(
    pipeline: Pipeline, tmp_path: Path, person: str
) -> None:
    neutral = FACES_DIR / f"london_{person}_neutral.jpg"
    smile = FACES_DIR / f"london_{person}_happy.jpg"
    clip = tmp_path / "clip.avi"
    truth = write_clip(
        clip,
        [
            Segment(neutral, 4.0, "neutral"),
            Segment(smile, 4.0, "happy"),
            Segment(neutral, 4.0, "neutral"),
        ],
        fps=10,
        seed=int(person),
    )
    moods = _moods(clip, pipeline, MoodEngine())
    # The smile is found within 2.5 s, and the mood leaves happy within 2.5 s of its end.
    assert all(m != "happy" for t, m in moods if t < 4.0)
    assert any(m == "happy" for t, m in moods if 4.0 <= t <= 6.5)
    assert all(m != "happy" for t, m in moods if t >= 10.5)
    # No flapping: whatever the neutral face reads as, at most one mood before, during
    # and after the smile (None -> A -> happy -> B).
    changes = [b for (_, a), (_, b) in itertools.pairwise(moods) if a != b]
    assert len(changes) <= 3, changes
    score = score_moods(truth, [(t, m if m == "happy" else "neutral") for t, m in moods])
    assert score.delays[0] is not None and score.delays[0] <= 2.5


def test_a_taught_face_reads_its_resting_face_neutral_and_its_smile_happy(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    # Teach on a few seconds of a resting face and a smile, whatever the model reads there.
    lesson = tmp_path / "lesson.avi"
    neutral, smile = FACES_DIR / "london_030_neutral.jpg", FACES_DIR / "london_030_happy.jpg"
    write_clip(
        lesson, [Segment(neutral, 3.0, "neutral"), Segment(smile, 3.0, "happy")], fps=10, seed=5
    )
    pipeline.reset()
    with VideoFileSource(lesson) as src:
        analyses = [pipeline.analyze(frame) for frame in src]
    face = teach(
        [
            Recording.of(Emotion.NEUTRAL, [a for a in analyses if a.t < 3.0]),
            Recording.of(Emotion.HAPPY, [a for a in analyses if a.t >= 3.0]),
        ]
    )
    assert face.right_after >= face.right_before and face.right_after >= 0.9

    clip = tmp_path / "after.avi"
    write_clip(
        clip, [Segment(neutral, 4.0, "neutral"), Segment(smile, 4.0, "happy")], fps=10, seed=6
    )
    moods = _moods(clip, pipeline, MoodEngine(MoodParams(calibration_bias=face.bias)))
    assert all(m in (None, "neutral") for t, m in moods if t < 4.0)
    assert moods[-1][1] == "happy"
