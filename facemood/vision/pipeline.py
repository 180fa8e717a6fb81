"""Frame in, :class:`~facemood.core.types.FrameAnalysis` out: detect, crop, classify.

For video the detector does not run on every frame: it runs every ``detect_every``
frames; in between, the last boxes are reused. Faces move little in a tenth of a
second, and this keeps a 640x480 stream well above 100 fps on one thread. With one face
tracked, detection looks only in a region around it (a full-frame pass every
``full_frame_every`` rounds, or when the face is lost, picks up newcomers), which keeps
small faces in large frames cheap. New detections are blended with the tracked boxes
they overlap, which steadies the crop and so the model's readings. Photos (frames with
a ``path``) are always detected afresh and never blended.

All faces of a frame go to the model in one batch. The face policy decides what the
mood engine sees: the largest face (default) or the average over all faces.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from facemood.core.types import EmotionScores, FaceBox, FaceResult, FrameAnalysis
from facemood.vision.crops import CropStyle
from facemood.vision.faces import CROP_SIZE, Detection, FaceDetector, create_detector
from facemood.vision.options import DetectorName, FacePolicy, PipelineOptions
from facemood.vision.sources import Frame

_log = logging.getLogger("facemood.vision")

STAGES = ("decode", "detect", "crop", "classify")
"""Keys of :attr:`FrameAnalysis.timings_ms` filled by the pipeline."""


class EmotionClassifier(Protocol):
    """What the pipeline needs from the emotion model (``vision.model.EmotionModel``)."""

    @property
    def crop_style(self) -> CropStyle:
        """How the model's input crops are cut (the style it was trained on)."""
        ...

    def predict(self, faces: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
        """Probabilities (N, 7) in ``EMOTIONS`` order for crops (N, 48, 48)."""
        ...

    def close(self) -> None:
        """Release the model."""
        ...


class Analyzer(Protocol):
    """Frame in, analysis out: what the frame loop and photo analysis need
    (:class:`Pipeline` is the real one)."""

    def analyze(self, frame: Frame) -> FrameAnalysis:
        """Analyse one frame."""
        ...

    def reset(self) -> None:
        """Forget tracked faces (a new source)."""
        ...

    def close(self) -> None:
        """Release the detector and the model (on the thread that used them)."""
        ...


class Pipeline:
    """Detects faces, crops them the way the model was trained, and classifies them.

    Not thread-safe: it holds a detector and a model interpreter; use it from one thread
    (the capture worker). Close it, or use it as a context manager, when done.
    """

    # Side of the region searched around a tracked face, in face-box sides.
    _ROI_SCALE = 3.0

    def __init__(
        self,
        detector: FaceDetector,
        model: EmotionClassifier,
        options: PipelineOptions | None = None,
    ) -> None:
        """Wire a detector and a model.

        Args:
            detector: any :class:`FaceDetector`.
            model: the emotion model (or a fake in tests).
            options: tuning; defaults to :class:`PipelineOptions`.
        """
        self.detector = detector
        self.model = model
        self.options = options or PipelineOptions()
        self._tracked: list[Detection] = []
        self._ids: list[int] = []  # track number of each tracked face
        self._recent: list[tuple[FaceBox, int, int]] = []  # (box, track, rounds unseen)
        self._next_track = 1
        self._since_detect = 0
        self._rounds = 0

    @classmethod
    def create(
        cls,
        *,
        detector: DetectorName = DetectorName.AUTO,
        options: PipelineOptions | None = None,
        model_path: Path | None = None,
        num_threads: int = 1,
        mirror: bool | None = None,
    ) -> Pipeline:
        """Build the real pipeline: the named detector and the bundled emotion model.

        Args:
            detector: which face detector (``auto`` falls back to what loads).
            options: tuning; defaults to :class:`PipelineOptions`.
            model_path: another emotion model file (default: ``models/emotion.tflite``).
            num_threads: LiteRT threads for the emotion model.
            mirror: score faces mirrored too (None: as the model's labels.json says).

        Raises:
            ModelError: when the emotion model or a named detector cannot be loaded.
        """
        from facemood.vision.model import EmotionModel

        model = EmotionModel.load(model_path, num_threads=num_threads, mirror=mirror)
        try:
            return cls(create_detector(detector), model, options)
        except BaseException:
            model.close()
            raise

    def reset(self) -> None:
        """Forget tracked faces (call when the source changes)."""
        self._tracked = []
        self._ids = []
        self._recent = []
        self._since_detect = 0
        self._rounds = 0

    def close(self) -> None:
        """Release the detector and the model."""
        self.detector.close()
        self.model.close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def analyze(self, frame: Frame) -> FrameAnalysis:
        """Analyse one frame.

        Args:
            frame: from any :class:`~facemood.vision.sources.FrameSource`.

        Returns:
            The faces (primary first), the policy-combined scores, and per-stage
            milliseconds (``decode`` is the source's own decoding time).
        """
        timings = {"decode": frame.decode_ms}
        t0 = time.perf_counter()
        still = frame.path is not None
        detections = self._faces(frame.image, still)
        t1 = time.perf_counter()
        timings["detect"] = (t1 - t0) * 1000.0
        if not detections:
            timings["crop"] = timings["classify"] = 0.0
            return FrameAnalysis(frame.index, frame.t, (), None, timings, frame.path)

        crops = np.empty((len(detections), CROP_SIZE, CROP_SIZE), dtype=np.uint8)
        style = self.model.crop_style
        for i, det in enumerate(detections):
            crops[i] = style.crop(frame.image, det)
        t2 = time.perf_counter()
        probs = np.asarray(self.model.predict(crops), dtype=np.float64)
        t3 = time.perf_counter()
        timings["crop"] = (t2 - t1) * 1000.0
        timings["classify"] = (t3 - t2) * 1000.0

        faces = tuple(
            FaceResult(det.box, EmotionScores.from_array(p), track)
            for det, p, track in zip(detections, probs, self._ids, strict=True)
        )
        if self.options.face_policy is FacePolicy.AVERAGE and len(faces) > 1:
            primary = EmotionScores.from_array(probs.mean(axis=0))
        else:
            primary = faces[0].scores
        return FrameAnalysis(frame.index, frame.t, faces, primary, timings, frame.path)

    def _faces(self, image: npt.NDArray[np.uint8], still: bool) -> list[Detection]:
        """Detected or tracked faces, largest first, at most ``max_faces``."""
        opts = self.options
        if still:
            self.reset()
            faces = self.detector.detect(image)[: opts.max_faces]
            self._ids = self._identify(faces)
            return faces
        # A fixed cadence, with or without a face: a face that appears is found within
        # detect_every frames, and an empty room costs a third of the detector runs.
        self._since_detect += 1
        if self._rounds and self._since_detect < opts.detect_every:
            return self._tracked
        self._since_detect = 0
        self._rounds += 1
        found: list[Detection] = []
        roi = len(self._tracked) == 1 and self._rounds % opts.full_frame_every != 0
        if roi:
            # One face tracked: look again only around it. The face then fills a third of
            # what the detector sees, which keeps small faces in large frames cheap and
            # precise; a full-frame pass now and then picks up newcomers.
            found = self._detect_around(image, self._tracked[0].box)
        if not found:
            found = self.detector.detect(image)[: opts.max_faces]
        if opts.box_blend > 0 and self._tracked:
            found = [self._blend(det) for det in found]
        self._ids = self._identify(found)
        self._tracked = found
        return found

    # A face unseen for this many detection rounds (about a second at 30 fps) is gone: if
    # it comes back it is a new track.
    _TRACK_GRACE_ROUNDS = 10

    def _identify(self, found: list[Detection]) -> list[int]:
        """Track numbers for ``found``: a face overlapping one seen in the last rounds
        keeps its number (largest overlap first), any other face gets a new one."""
        ids: list[int] = []
        free = list(self._recent)
        for det in found:
            best = max(free, key=lambda r: r[0].iou(det.box), default=None)
            if best is not None and best[0].iou(det.box) >= 0.2:
                free.remove(best)
                ids.append(best[1])
            else:
                ids.append(self._next_track)
                self._next_track += 1
        kept = [(b, i, n + 1) for b, i, n in free if n + 1 <= self._TRACK_GRACE_ROUNDS]
        self._recent = [(d.box, i, 0) for d, i in zip(found, ids, strict=True)] + kept
        return ids

    def _detect_around(self, image: npt.NDArray[np.uint8], box: FaceBox) -> list[Detection]:
        h, w = image.shape[:2]
        side = round(self._ROI_SCALE * max(box.w, box.h))
        cx, cy = box.x + box.w // 2, box.y + box.h // 2
        x0, y0 = max(0, cx - side // 2), max(0, cy - side // 2)
        x1, y1 = min(w, x0 + side), min(h, y0 + side)
        if x1 - x0 < 16 or y1 - y0 < 16:
            return []
        found = self.detector.detect(image[y0:y1, x0:x1])[:1]
        return [_shifted(d, x0, y0) for d in found]

    def _blend(self, det: Detection) -> Detection:
        best = max(self._tracked, key=lambda old: old.box.iou(det.box))
        if best.box.iou(det.box) < 0.5:
            return det
        a = self.options.box_blend
        o, n = best.box, det.box
        box = FaceBox(
            round(a * o.x + (1 - a) * n.x),
            round(a * o.y + (1 - a) * n.y),
            round(a * o.w + (1 - a) * n.w),
            round(a * o.h + (1 - a) * n.h),
        )
        points = det.keypoints
        if points is not None and best.keypoints is not None:
            points = tuple(
                (a * ox + (1 - a) * nx, a * oy + (1 - a) * ny)
                for (ox, oy), (nx, ny) in zip(best.keypoints, points, strict=True)
            )
        return Detection(box, det.score, points)


def _shifted(det: Detection, dx: int, dy: int) -> Detection:
    """``det`` found in a region at (dx, dy), in frame coordinates."""
    b = det.box
    points = None
    if det.keypoints is not None:
        points = tuple((x + dx, y + dy) for x, y in det.keypoints)
    return Detection(FaceBox(b.x + dx, b.y + dy, b.w, b.h), det.score, points)
