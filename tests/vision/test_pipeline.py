"""The pipeline's detection schedule, batching, face policy and timings (fake model)."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from facemood.core.types import EMOTIONS, Emotion, FaceBox
from facemood.vision.faces import Detection, FaceDetector
from facemood.vision.pipeline import STAGES, FacePolicy, Pipeline, PipelineOptions
from facemood.vision.sources import Frame, read_image
from tests.helpers.clips import FACES_DIR
from tests.helpers.models import FakeEmotionModel


class ScriptedDetector(FaceDetector):
    """Returns the given boxes and counts calls."""

    name = "scripted"

    def __init__(self, boxes: list[FaceBox]) -> None:
        self.boxes = boxes
        self.calls = 0
        self.closed = False

    def detect(self, frame: npt.NDArray[np.uint8]) -> list[Detection]:
        self.calls += 1
        return [Detection(b, 0.9) for b in sorted(self.boxes, key=lambda b: -b.area)]

    def close(self) -> None:
        self.closed = True


def _frame(i: int, path: str | None = None) -> Frame:
    return Frame(i, i / 30, np.full((240, 320, 3), 128, np.uint8), path, decode_ms=1.5)


SMALL = FaceBox(10, 10, 40, 40)
BIG = FaceBox(120, 60, 100, 100)


def test_detects_every_n_frames_and_tracks_between() -> None:
    det = ScriptedDetector([BIG])
    pipe = Pipeline(det, FakeEmotionModel(), PipelineOptions(detect_every=3, full_frame_every=1))
    results = [pipe.analyze(_frame(i)) for i in range(9)]
    assert det.calls == 3
    assert all(r.faces and r.faces[0].box == BIG for r in results)


def test_the_detection_cadence_holds_without_a_face() -> None:
    det = ScriptedDetector([])
    pipe = Pipeline(det, FakeEmotionModel(), PipelineOptions(detect_every=5))
    for i in range(10):
        assert pipe.analyze(_frame(i)).primary is None
    assert det.calls == 2
    det.boxes = [BIG]  # a face appears: found at the next detection frame
    assert [pipe.analyze(_frame(i)).primary is not None for i in range(10, 12)] == [True, True]


def test_photos_are_always_detected_fresh() -> None:
    det = ScriptedDetector([BIG])
    pipe = Pipeline(det, FakeEmotionModel(), PipelineOptions(detect_every=10))
    for i in range(3):
        assert pipe.analyze(_frame(i, path=f"p{i}.jpg")).path == f"p{i}.jpg"
    assert det.calls == 3


def test_new_detections_are_blended_with_the_tracked_box() -> None:
    det = ScriptedDetector([FaceBox(100, 100, 100, 100)])
    options = PipelineOptions(detect_every=1, box_blend=0.5, full_frame_every=1)
    pipe = Pipeline(det, FakeEmotionModel(), options)
    pipe.analyze(_frame(0))
    det.boxes = [FaceBox(110, 100, 100, 100)]
    assert pipe.analyze(_frame(1)).faces[0].box == FaceBox(105, 100, 100, 100)
    det.boxes = [FaceBox(10, 10, 30, 30)]  # a different face: no blending
    assert pipe.analyze(_frame(2)).faces[0].box == FaceBox(10, 10, 30, 30)


def test_faces_go_to_the_model_in_one_batch_largest_first() -> None:
    model = FakeEmotionModel()
    model.rows = [[0, 0, 0, 1.0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1.0]]
    pipe = Pipeline(ScriptedDetector([SMALL, BIG]), model)
    result = pipe.analyze(_frame(0))
    assert len(model.batches) == 1 and model.batches[0].shape == (2, 48, 48)
    assert [f.box for f in result.faces] == [BIG, SMALL]
    assert result.primary is not None and result.primary.top() is Emotion.HAPPY


def test_average_policy_combines_faces() -> None:
    model = FakeEmotionModel()
    model.rows = [[0, 0, 0, 0.8, 0, 0, 0.2], [0, 0, 0, 0.2, 0, 0, 0.8]]
    pipe = Pipeline(ScriptedDetector([SMALL, BIG]), model, PipelineOptions(FacePolicy.AVERAGE))
    primary = pipe.analyze(_frame(0)).primary
    assert primary is not None
    assert primary[Emotion.HAPPY] == pytest.approx(0.5)
    assert primary[Emotion.NEUTRAL] == pytest.approx(0.5)


def test_max_faces_limits_the_batch() -> None:
    boxes = [FaceBox(10 * i, 0, 10 + i, 10 + i) for i in range(6)]
    model = FakeEmotionModel()
    pipe = Pipeline(ScriptedDetector(boxes), model, PipelineOptions(max_faces=2))
    assert len(pipe.analyze(_frame(0)).faces) == 2
    assert model.batches[0].shape[0] == 2


def test_timings_cover_every_stage() -> None:
    pipe = Pipeline(ScriptedDetector([BIG]), FakeEmotionModel())
    result = pipe.analyze(_frame(7))
    assert set(STAGES) <= set(result.timings_ms)
    assert result.timings_ms["decode"] == 1.5
    assert all(v >= 0 for v in result.timings_ms.values())
    assert result.index == 7 and result.t == pytest.approx(7 / 30)
    empty = Pipeline(ScriptedDetector([]), FakeEmotionModel()).analyze(_frame(0))
    assert set(STAGES) <= set(empty.timings_ms) and empty.faces == ()


def test_crop_sent_to_the_model_is_the_real_face(monkeypatch: pytest.MonkeyPatch) -> None:
    from facemood.vision.faces import BlazeFaceDetector

    image = read_image(FACES_DIR / "london_030_neutral.jpg")
    model = FakeEmotionModel()
    with Pipeline(BlazeFaceDetector(), model) as pipe:
        result = pipe.analyze(Frame(0, 0.0, image, "x.jpg"))
    assert len(result.faces) == 1 and model.closed
    crop = model.batches[0][0]
    # Skin in the middle, darker hair or background at the top corners.
    assert crop[20:30, 18:30].mean() > crop[:6, :6].mean()


def test_close_releases_detector_and_model() -> None:
    det, model = ScriptedDetector([]), FakeEmotionModel()
    Pipeline(det, model).close()
    assert det.closed and model.closed


def test_options_are_validated() -> None:
    with pytest.raises(ValueError):
        PipelineOptions(detect_every=0)
    with pytest.raises(ValueError):
        FacePolicy("loudest")
    assert len(EMOTIONS) == 7


def test_two_real_faces_largest_first_and_averaged() -> None:
    from facemood.vision.faces import BlazeFaceDetector

    frame = np.full((480, 640, 3), 120, np.uint8)
    big = cv2.resize(read_image(FACES_DIR / "london_030_happy.jpg"), (320, 320))
    small = cv2.resize(read_image(FACES_DIR / "london_004_neutral.jpg"), (220, 220))
    frame[80:400, 0:320] = big
    frame[130:350, 380:600] = small
    model = FakeEmotionModel()
    model.rows = [[0, 0, 0, 1.0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1.0]]
    options = PipelineOptions(FacePolicy.AVERAGE)
    with Pipeline(BlazeFaceDetector(), model, options) as pipe:
        result = pipe.analyze(Frame(0, 0.0, frame))
    assert len(result.faces) == 2
    assert result.faces[0].box.x < 320 < result.faces[1].box.x
    assert result.faces[0].box.area > result.faces[1].box.area
    assert result.primary is not None
    assert result.primary[Emotion.HAPPY] == pytest.approx(0.5)


def test_a_small_face_in_a_large_frame_is_tracked_around_its_box() -> None:
    from facemood.vision.faces import BlazeFaceDetector

    frame = np.full((1080, 1920, 3), 110, np.uint8)
    photo = cv2.resize(read_image(FACES_DIR / "london_030_neutral.jpg"), (270, 270))
    frame[700:970, 1500:1770] = photo  # a face of about 100 px, far from the centre
    calls: list[tuple[int, int]] = []

    class Counting(BlazeFaceDetector):
        def detect(self, image: npt.NDArray[np.uint8]) -> list[Detection]:
            calls.append(image.shape[:2])
            return super().detect(image)

    options = PipelineOptions(detect_every=1, full_frame_every=5)
    with Pipeline(Counting(), FakeEmotionModel(), options) as pipe:
        boxes = [pipe.analyze(Frame(i, i / 30, frame)).faces for i in range(6)]
    assert all(len(f) == 1 for f in boxes)
    first = boxes[0][0].box
    assert 1500 < first.x < 1770 and 700 < first.y < 970
    assert all(abs(f[0].box.x - first.x) <= 6 for f in boxes)
    # Rounds 1 and 5 search the whole frame; the others only around the face.
    assert [max(c) == 1920 for c in calls] == [True, False, False, False, True, False]
    assert all(max(c) < 400 for c in calls if max(c) != 1920)
