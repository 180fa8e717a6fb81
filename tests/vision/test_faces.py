"""Face detectors and the model's face crop, on real photos."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from facemood.core.types import FaceBox
from facemood.errors import ModelError
from facemood.vision.blazeface import make_anchors
from facemood.vision.faces import (
    CROP_SIZE,
    BlazeFaceDetector,
    FaceDetector,
    HaarDetector,
    NullDetector,
    create_detector,
    crop_box,
    crop_face,
)
from facemood.vision.options import DetectorName
from facemood.vision.sources import read_image
from tests.helpers.clips import FACES_DIR

PHOTOS = sorted(p for p in FACES_DIR.iterdir() if p.suffix in {".jpg", ".png"})


@pytest.fixture(scope="module")
def blazeface() -> BlazeFaceDetector:
    return BlazeFaceDetector()


@pytest.fixture(scope="module")
def haar() -> HaarDetector:
    return HaarDetector()


def test_anchor_layout_matches_the_model() -> None:
    anchors = make_anchors()
    assert anchors.shape == (896, 2)
    # 16x16 grid, 2 per cell first; then the 8x8 grid, 6 per cell.
    np.testing.assert_allclose(anchors[0], [0.5 / 16, 0.5 / 16])
    np.testing.assert_allclose(anchors[512], [0.5 / 8, 0.5 / 8])
    np.testing.assert_allclose(anchors[-1], [7.5 / 8, 7.5 / 8])


@pytest.mark.parametrize("photo", PHOTOS, ids=lambda p: p.stem)
@pytest.mark.parametrize("name", ["blazeface", "haar"])
def test_each_frontal_photo_has_exactly_one_face(
    photo: Path, name: str, request: pytest.FixtureRequest
) -> None:
    detector: FaceDetector = request.getfixturevalue(name)
    image = read_image(photo)
    faces = detector.detect(image)
    assert len(faces) == 1
    box = faces[0].box
    h, w = image.shape[:2]
    # A plausible face: inside the frame, a sensible size, roughly square.
    assert 0.1 * min(h, w) < box.w < 0.9 * min(h, w)
    assert 0.8 < box.h / box.w < 1.25
    assert -0.05 * w < box.x and box.x + box.w < 1.05 * w


@pytest.mark.parametrize("photo", PHOTOS, ids=lambda p: p.stem)
def test_haar_boxes_follow_the_blazeface_convention(
    photo: Path, blazeface: BlazeFaceDetector, haar: HaarDetector
) -> None:
    image = read_image(photo)
    assert blazeface.detect(image)[0].box.iou(haar.detect(image)[0].box) > 0.7


def test_faces_are_found_in_a_small_moved_copy(blazeface: BlazeFaceDetector) -> None:
    photo = read_image(FACES_DIR / "london_004_neutral.jpg")
    frame = np.full((480, 640, 3), 90, np.uint8)
    small = cv2.resize(photo, (300, 300))
    frame[20:320, 300:600] = small
    faces = blazeface.detect(frame)
    assert len(faces) == 1 and faces[0].box.x > 300 and faces[0].score > 0.5


@pytest.mark.parametrize("name", ["blazeface", "haar"])
def test_no_face_in_noise_or_a_blank_frame(name: str, request: pytest.FixtureRequest) -> None:
    detector: FaceDetector = request.getfixturevalue(name)
    rng = np.random.default_rng(0)
    assert detector.detect(np.zeros((480, 640, 3), np.uint8)) == []
    assert detector.detect(rng.integers(0, 256, (480, 640, 3), dtype=np.uint8)) == []


def test_detectors_accept_greyscale(blazeface: BlazeFaceDetector, haar: HaarDetector) -> None:
    grey = np.asarray(
        cv2.cvtColor(read_image(FACES_DIR / "grace_hopper.jpg"), cv2.COLOR_BGR2GRAY), np.uint8
    )
    assert len(blazeface.detect(grey)) == 1
    assert len(haar.detect(grey)) == 1


def test_factory_names() -> None:
    assert isinstance(create_detector(DetectorName.NONE), NullDetector)
    assert create_detector(DetectorName.NONE).detect(np.zeros((10, 10, 3), np.uint8)) == []
    with create_detector(DetectorName.AUTO) as auto:
        assert auto.name == "blazeface"
    assert create_detector(DetectorName.HAAR).name == "haar"
    assert [d.value for d in DetectorName] == ["auto", "blazeface", "haar", "none"]


def test_auto_falls_back_to_haar_when_blazeface_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("facemood.vision.faces._blazeface_path", lambda: tmp_path / "gone.tflite")
    assert create_detector(DetectorName.AUTO).name == "haar"
    with pytest.raises(ModelError, match="blazeface face detector"):
        create_detector(DetectorName.BLAZEFACE)


def test_crop_is_48x48_uint8_and_centred_on_the_face() -> None:
    frame = np.zeros((200, 200), np.uint8)
    frame[80:120, 80:120] = 255
    box = FaceBox(80, 80, 40, 40)
    crop = crop_face(frame, box, scale=1.0, shift=0.0)
    assert crop.shape == (CROP_SIZE, CROP_SIZE) and crop.dtype == np.uint8
    assert crop.flags.c_contiguous
    assert crop[4:-4, 4:-4].min() > 200  # the box fills the crop
    wide = crop_face(frame, box, scale=2.0, shift=0.0)
    assert wide[24, 24] == 255 and wide[2, 2] == 0  # the face is centred, margin around


def test_crop_accepts_colour_and_matches_grey() -> None:
    image = read_image(FACES_DIR / "lisa_debruine_cc0.jpg")
    box = FaceBox(150, 250, 300, 300)
    grey: npt.NDArray[np.uint8] = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), np.uint8)
    assert np.abs(crop_face(image, box).astype(int) - crop_face(grey, box)).max() <= 1


def test_crop_at_the_frame_edge_replicates_the_border() -> None:
    frame = np.full((100, 100), 50, np.uint8)
    crop = crop_face(frame, FaceBox(-30, -30, 60, 60))
    assert crop.shape == (48, 48) and int(crop.min()) == 50
    outside = crop_face(frame, FaceBox(500, 500, 20, 20))
    assert outside.shape == (48, 48) and not outside.any()


def test_crop_box_is_square_and_enlarged() -> None:
    region = crop_box(FaceBox(100, 100, 80, 100))
    assert region.w == region.h >= 100


def test_small_faces_in_large_frames_are_found_in_tiles(blazeface: BlazeFaceDetector) -> None:
    photo = cv2.resize(read_image(FACES_DIR / "london_004_neutral.jpg"), (240, 240))
    frame = np.full((1080, 1920, 3), 100, np.uint8)
    frame[100:340, 150:390] = photo  # a face of about 90 px: too small for one pass
    faces = blazeface.detect(frame)
    assert len(faces) == 1
    assert 150 < faces[0].box.x < 390 and 100 < faces[0].box.y < 340
