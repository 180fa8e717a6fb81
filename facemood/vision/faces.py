"""Face detection and the model's face crop.

Detectors sit behind one small interface, :class:`FaceDetector`:

* :class:`BlazeFaceDetector` — MediaPipe's BlazeFace short-range model
  (``resources/models/face_detection_short_range.tflite``, Apache-2.0) run with
  LiteRT; boxes and anchors are decoded here (see :mod:`facemood.vision.blazeface`).
  A few ms per 640x480 frame on one thread and the best recall we measured: the default.
* :class:`HaarDetector` — OpenCV's frontal-face Haar cascade on a downscaled frame: the
  fallback when the LiteRT runtime or the model file is missing.
* :class:`NullDetector` — finds nothing; lets the app run with no detector at all.

:func:`create_detector` picks one by name (the ``vision.detector`` setting).

Every detector reports boxes in the same convention (BlazeFace's: roughly brow to
mouth, cheek to cheek); the Haar boxes are mapped onto it by a measured affine
correction. :func:`crop_face` then turns such a box into the 48x48 greyscale crop with
FER2013's framing, which the emotion model was trained on.
"""

from __future__ import annotations

import abc
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

import cv2
import numpy as np
import numpy.typing as npt

from facemood.core.types import FaceBox
from facemood.errors import ModelError
from facemood.paths import resource_path
from facemood.vision.options import DetectorName

_log = logging.getLogger("facemood.vision")

Image = npt.NDArray[np.uint8]

CROP_SIZE: Final = 48
"""Side of the model's input crop in pixels."""

# FER2013 framing, measured (docs/vision.md, benchmarks/crop_margin.py): the crop is a
# square of side CROP_SCALE x the box's larger side, centred CROP_SHIFT box heights below
# the box centre (negative: above). BlazeFace run on 1,488 FER2013 crops puts the FER
# frame at 1.16x its box, centred 0.105 box heights above it; the emotion model reads
# every happy/neutral demo photo (and 8 jittered boxes of each) correctly on the whole
# plateau scale 1.05-1.20 x shift -0.20..+0.05, whose centre these values are.
CROP_SCALE: Final = 1.15
CROP_SHIFT: Final = -0.10


@dataclass(frozen=True, slots=True)
class Detection:
    """One face found by a detector.

    Attributes:
        box: the face rectangle in frame pixels (BlazeFace convention).
        score: detector confidence in [0, 1].
        keypoints: BlazeFace's six key points in frame pixels (eyes first, see
            :data:`facemood.vision.blazeface.Keypoints`), or None from detectors without.
    """

    box: FaceBox
    score: float
    keypoints: tuple[tuple[float, float], ...] | None = None


class FaceDetector(abc.ABC):
    """Finds faces in a frame.

    Subclasses are not thread-safe: use one detector per thread. They hold native
    resources, so call :meth:`close` (or use ``with``) when done.
    """

    name: str = "base"

    @abc.abstractmethod
    def detect(self, frame: Image) -> list[Detection]:
        """Find faces.

        Args:
            frame: a BGR (H, W, 3) or greyscale (H, W) uint8 image.

        Returns:
            The faces found, largest first.
        """

    def close(self) -> None:  # noqa: B027 - optional hook, most detectors hold nothing
        """Release native resources."""

    def __enter__(self) -> FaceDetector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class NullDetector(FaceDetector):
    """A detector that never finds a face (used when no real one can be loaded)."""

    name = "none"

    def detect(self, frame: Image) -> list[Detection]:
        """Return no faces."""
        return []


def _to_gray(frame: Image) -> Image:
    if frame.ndim == 2:
        return frame
    return cast(Image, cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))


def _starts(length: int, side: int, step: int) -> list[int]:
    """Tile origins covering ``length`` with tiles of ``side`` every ``step``."""
    if length <= side:
        return [0]
    starts = list(range(0, length - side, step))
    return [*starts, length - side]


def _largest_first(dets: list[Detection]) -> list[Detection]:
    return sorted(dets, key=lambda d: d.box.area, reverse=True)


class HaarDetector(FaceDetector):
    """OpenCV's frontal-face Haar cascade, run on a frame downscaled to ``max_width``.

    The cascade's boxes are about 10 % larger than BlazeFace's and sit higher on the
    face (they include the forehead); :attr:`BOX_CORRECTION` (measured on the demo
    photos: side x0.91, centre 0.13 box heights lower) maps them onto the
    shared convention so the same crop margin works for both detectors.
    """

    name = "haar"

    # (scale of side, downward shift of centre in box heights): Haar box -> BlazeFace box.
    BOX_CORRECTION: Final = (0.91, 0.13)

    def __init__(
        self,
        cascade_path: Path | None = None,
        *,
        max_width: int = 320,
        scale_factor: float = 1.15,
        min_neighbors: int = 5,
        min_size_frac: float = 0.12,
    ) -> None:
        """Load the cascade.

        Args:
            cascade_path: the XML file; defaults to the copy in ``resources/haarcascades``
                or, failing that, OpenCV's own.
            max_width: frames wider than this are downscaled before detection.
            scale_factor: the cascade's pyramid step (larger is faster, coarser).
            min_neighbors: overlapping hits needed to accept a face (fewer false hits).
            min_size_frac: smallest face, as a fraction of the frame's shorter side.

        Raises:
            FileNotFoundError: when the cascade cannot be loaded.
        """
        path = cascade_path or _haar_path()
        self._cascade = cv2.CascadeClassifier(str(path))
        if self._cascade.empty():
            raise FileNotFoundError(f"could not load the Haar cascade {path}")
        self.max_width = max_width
        self.scale_factor = scale_factor
        self.min_neighbors = min_neighbors
        self.min_size_frac = min_size_frac

    def detect(self, frame: Image) -> list[Detection]:
        """Find faces with the cascade (scores are 1.0: the cascade gives none)."""
        gray = _to_gray(frame)
        h, w = gray.shape[:2]
        scale = min(1.0, self.max_width / w)
        small = (
            cv2.resize(gray, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
            if scale < 1.0
            else gray
        )
        min_side = max(20, int(min(small.shape[:2]) * self.min_size_frac))
        rects = self._cascade.detectMultiScale(
            small,
            scaleFactor=self.scale_factor,
            minNeighbors=self.min_neighbors,
            minSize=(min_side, min_side),
        )
        k, dy = self.BOX_CORRECTION
        out = []
        for x, y, bw, bh in np.asarray(rects).reshape(-1, 4):
            cx = (x + bw / 2) / scale
            cy = (y + bh / 2 + dy * bh) / scale
            side_w = bw * k / scale
            side_h = bh * k / scale
            out.append(
                Detection(
                    FaceBox(
                        round(cx - side_w / 2), round(cy - side_h / 2), round(side_w), round(side_h)
                    ),
                    1.0,
                )
            )
        return _largest_first(out)


class BlazeFaceDetector(FaceDetector):
    """MediaPipe BlazeFace (short range) through LiteRT; see :mod:`.blazeface`."""

    name = "blazeface"

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        score_threshold: float = 0.5,
        num_threads: int = 1,
    ) -> None:
        """Load the model.

        Args:
            model_path: the ``.tflite`` file; defaults to the bundled one.
            score_threshold: lowest accepted detection score.
            num_threads: LiteRT interpreter threads.

        Raises:
            ImportError: when ``ai_edge_litert`` is not installed.
            FileNotFoundError: when the model file is missing.
        """
        from facemood.vision.blazeface import BlazeFace

        self._net = BlazeFace(
            model_path or _blazeface_path(),
            score_threshold=score_threshold,
            num_threads=num_threads,
        )

    # The short-range model needs a face of about 12 % of the frame's longer side
    # (15 px of its 128 px input). In frames larger than this, a frame with no face
    # found is searched again in overlapping tiles (a 1.5-2x zoom), which finds faces
    # down to about 80 px in 1280x720 and 120 px in 1920x1080.
    TILE_ABOVE: Final = 800

    def detect(self, frame: Image) -> list[Detection]:
        """Run BlazeFace on the letterboxed frame (and on tiles of a large frame)."""
        if frame.ndim == 2:
            frame = cast(Image, cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR))
        found = [Detection(FaceBox(*box), score, kp) for box, score, kp in self._net.detect(frame)]
        h, w = frame.shape[:2]
        if not found and max(h, w) > self.TILE_ABOVE:
            found = self._detect_tiles(frame)
        return _largest_first(found)

    def _detect_tiles(self, frame: Image) -> list[Detection]:
        h, w = frame.shape[:2]
        side = max(self.TILE_ABOVE // 2, round(min(h, w) * 2 / 3))
        step = max(1, round(side * 0.75))
        found: list[Detection] = []
        for y in _starts(h, side, step):
            for x in _starts(w, side, step):
                tile = frame[y : y + side, x : x + side]
                for (bx, by, bw, bh), score, kp in self._net.detect(tile):
                    det = Detection(
                        FaceBox(bx + x, by + y, bw, bh), score, tuple((u + x, v + y) for u, v in kp)
                    )
                    # A face in the overlap of two tiles is found twice: keep the best.
                    twins = [d for d in found if d.box.iou(det.box) > 0.3]
                    if all(score > d.score for d in twins):
                        found = [d for d in found if d not in twins] + [det]
        return found

    def close(self) -> None:
        """Drop the interpreter."""
        self._net.close()


def create_detector(name: DetectorName = DetectorName.AUTO, **options: Any) -> FaceDetector:
    """Make a detector by name.

    ``auto`` tries BlazeFace, then Haar, then the null detector, logging why a
    backend was skipped. A named backend that cannot load raises.

    Args:
        name: which detector.
        **options: passed to the chosen detector's constructor (only for a named one).

    Raises:
        ModelError: when a named backend cannot load (missing runtime or model file).
    """
    factories: dict[DetectorName, type[FaceDetector]] = {
        DetectorName.BLAZEFACE: BlazeFaceDetector,
        DetectorName.HAAR: HaarDetector,
        DetectorName.NONE: NullDetector,
    }
    name = DetectorName(name)
    if name in factories:
        try:
            return factories[name](**options)
        except (ImportError, OSError, ValueError, RuntimeError) as exc:
            raise ModelError(
                f"The {name} face detector could not be loaded",
                f"{exc}. Choose another detector (vision.detector = auto) or reinstall FaceMood.",
            ) from exc
    for factory in (BlazeFaceDetector, HaarDetector):
        try:
            return factory()
        except (ImportError, OSError, ValueError, RuntimeError) as exc:
            _log.warning("face detector %s unavailable: %s", factory.name, exc)
    _log.error("no face detector could be loaded; faces will not be found")
    return NullDetector()


def crop_box(box: FaceBox, scale: float = CROP_SCALE, shift: float = CROP_SHIFT) -> FaceBox:
    """The square region :func:`crop_face` takes for a detector box.

    Args:
        box: a detector box (BlazeFace convention).
        scale: crop side as a multiple of the box's larger side.
        shift: downward shift of the centre, in box heights.
    """
    side = max(box.w, box.h) * scale
    cx = box.x + box.w / 2
    cy = box.y + box.h / 2 + shift * box.h
    return FaceBox(
        round(cx - side / 2), round(cy - side / 2), max(1, round(side)), max(1, round(side))
    )


def crop_face(
    gray: Image, box: FaceBox, *, scale: float = CROP_SCALE, shift: float = CROP_SHIFT
) -> Image:
    """Cut the model's 48x48 greyscale input for one face.

    The framing matches FER2013 (see :data:`CROP_SCALE`). Parts of the crop outside the
    frame are filled by replicating the border, as a face at the frame's edge would
    otherwise be shifted inside the crop.

    Args:
        gray: the whole frame, greyscale uint8 (H, W); a BGR (H, W, 3) frame also
            works (only the face region is converted).
        box: the detector's face box.
        scale: override of :data:`CROP_SCALE` (for measurements).
        shift: override of :data:`CROP_SHIFT`.

    Returns:
        A C-contiguous uint8 array of shape (48, 48).
    """
    region = crop_box(box, scale, shift)
    h, w = gray.shape[:2]
    x0, y0 = region.x, region.y
    x1, y1 = x0 + region.w, y0 + region.h
    cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if cx1 <= cx0 or cy1 <= cy0:
        return np.zeros((CROP_SIZE, CROP_SIZE), dtype=np.uint8)
    # Convert only the face region, not the whole frame, when given colour.
    patch = _to_gray(gray[cy0:cy1, cx0:cx1])
    if (cx0, cy0, cx1, cy1) != (x0, y0, x1, y1):
        patch = cast(
            Image,
            cv2.copyMakeBorder(patch, cy0 - y0, y1 - cy1, cx0 - x0, x1 - cx1, cv2.BORDER_REPLICATE),
        )
    interp = cv2.INTER_AREA if region.w > CROP_SIZE else cv2.INTER_LINEAR
    out = cast(Image, cv2.resize(patch, (CROP_SIZE, CROP_SIZE), interpolation=interp))
    return np.ascontiguousarray(out)


ALIGN_POINTS: Final = ((15.1, 19.0), (32.9, 19.0), (24.0, 28.7), (24.0, 37.3))
"""Where :func:`align_face` puts the subject's right eye, left eye, nose tip and mouth
centre in the 48x48 crop: the median BlazeFace key points of FER2013 Training faces
(measured on 28,504 faces, mirrored to be symmetric), so aligned crops keep FER's framing."""

_ALIGN_WORK: Final = 96
"""Side of the intermediate patch :func:`align_face` warps from: a large face is first
shrunk with area averaging (a warp alone would alias), to twice the crop's size."""


def align_face(gray: Image, keypoints: tuple[tuple[float, float], ...]) -> Image:
    """Cut the model's 48x48 crop with the eyes level and at fixed positions.

    A similarity transform (rotation, uniform scale, shift) maps the detector's eyes,
    nose tip and mouth centre onto :data:`ALIGN_POINTS` in the least-squares sense, so
    a tilted head is straightened and every face gets the same scale. Training crops
    are made with the same function (on key points found in the FER2013 images).

    Args:
        gray: the frame, greyscale (H, W) or BGR (H, W, 3) uint8.
        keypoints: at least the first four BlazeFace key points, in frame pixels.

    Returns:
        A C-contiguous uint8 (48, 48) array.
    """
    src = np.asarray(keypoints[:4], dtype=np.float32)
    dst = np.asarray(ALIGN_POINTS, dtype=np.float32)
    matrix, _ = cv2.estimateAffinePartial2D(src, dst, method=cv2.LMEDS)
    if matrix is None:
        raise ValueError("the key points do not define a face pose")
    scale = float(np.hypot(matrix[0, 0], matrix[0, 1]))
    if scale < 0.5:
        # Shrink the face's neighbourhood first: area averaging, then a mild warp.
        centre = src.mean(axis=0)
        side = _ALIGN_WORK / (2 * scale)
        x0, y0 = round(centre[0] - side / 2), round(centre[1] - side / 2)
        square = _square_patch(gray, x0, y0, round(side))
        patch = cast(
            Image, cv2.resize(square, (_ALIGN_WORK, _ALIGN_WORK), interpolation=cv2.INTER_AREA)
        )
        k = _ALIGN_WORK / round(side)
        src = (src - np.asarray([x0, y0], dtype=np.float32)) * np.float32(k)
        matrix, _ = cv2.estimateAffinePartial2D(src, dst, method=cv2.LMEDS)
        if matrix is None:
            raise ValueError("the key points do not define a face pose")
    else:
        patch = _to_gray(gray)
    out = cv2.warpAffine(
        patch,
        matrix,
        (CROP_SIZE, CROP_SIZE),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.ascontiguousarray(out)


def _square_patch(image: Image, x0: int, y0: int, side: int) -> Image:
    """A greyscale ``side``-square region at (x0, y0), the frame's border replicated outside."""
    h, w = image.shape[:2]
    cx0, cy0, cx1, cy1 = max(0, x0), max(0, y0), min(w, x0 + side), min(h, y0 + side)
    if cx1 <= cx0 or cy1 <= cy0:
        return np.zeros((side, side), dtype=np.uint8)
    patch = _to_gray(image[cy0:cy1, cx0:cx1])
    if (cx0, cy0, cx1, cy1) != (x0, y0, x0 + side, y0 + side):
        patch = cast(
            Image,
            cv2.copyMakeBorder(
                patch, cy0 - y0, y0 + side - cy1, cx0 - x0, x0 + side - cx1, cv2.BORDER_REPLICATE
            ),
        )
    return patch


def _resources() -> Path:
    return resource_path("resources")


def _blazeface_path() -> Path:
    return _resources() / "models" / "face_detection_short_range.tflite"


def _haar_path() -> Path:
    bundled = _resources() / "haarcascades" / "haarcascade_frontalface_default.xml"
    if bundled.is_file():
        return bundled
    return Path(getattr(cv2, "data").haarcascades)  # noqa: B009 - not in OpenCV's stubs / "haarcascade_frontalface_default.xml"
