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

import enum
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from facemood.core.types import EmotionScores, FaceBox, FaceResult, FrameAnalysis
from facemood.settings import Settings
from facemood.vision.faces import (
    CROP_SIZE,
    DETECTORS,
    Detection,
    FaceDetector,
    create_detector,
    crop_face,
)
from facemood.vision.sources import Frame

_log = logging.getLogger("facemood.vision")

STAGES = ("decode", "detect", "crop", "classify")
"""Keys of :attr:`FrameAnalysis.timings_ms` filled by the pipeline."""


class EmotionClassifier(Protocol):
    """What the pipeline needs from the emotion model (``vision.model.EmotionModel``)."""

    def predict(self, faces: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
        """Probabilities (N, 7) in ``EMOTIONS`` order for crops (N, 48, 48)."""
        ...


class FacePolicy(enum.StrEnum):
    """How several faces in one frame become the mood engine's input."""

    LARGEST = "largest"
    AVERAGE = "average"


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Tuning of :class:`Pipeline`.

    Attributes:
        face_policy: ``largest`` face or ``average`` of all (``vision.face_policy``).
        detect_every: run the detector on every Nth video frame, reuse boxes in between.
        max_faces: at most this many faces (the largest) are classified per frame.
        box_blend: weight of the tracked box when a new detection overlaps it (0: none).
        full_frame_every: with one face tracked, detection looks only around it except
            on every Nth detection round, which searches the whole frame.
    """

    face_policy: FacePolicy = FacePolicy.LARGEST
    detect_every: int = 3
    max_faces: int = 4
    box_blend: float = 0.5
    full_frame_every: int = 5

    def __post_init__(self) -> None:
        if self.detect_every < 1 or self.max_faces < 1 or self.full_frame_every < 1:
            raise ValueError("detect_every, max_faces and full_frame_every must be at least 1")
        if not 0 <= self.box_blend < 1:
            raise ValueError("box_blend must be in [0, 1)")


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
        self._since_detect = 0
        self._rounds = 0

    @classmethod
    def create(
        cls,
        *,
        detector: str = "auto",
        face_policy: str = "largest",
        model_path: Path | None = None,
        num_threads: int = 1,
        detect_every: int = 3,
    ) -> Pipeline:
        """Build the real pipeline: the named detector and the bundled emotion model.

        Args:
            detector: ``vision.detector`` (``auto``, ``blazeface``, ``haar``, ``none``).
            face_policy: ``vision.face_policy`` (``largest`` or ``average``).
            model_path: another emotion model file (default: ``models/emotion.tflite``).
            num_threads: LiteRT threads for the emotion model.
            detect_every: see :class:`PipelineOptions`.

        Raises:
            ModelError: when the emotion model cannot be loaded.
            ValueError: for an unknown detector or policy name.
        """
        from facemood.vision.model import EmotionModel

        model = EmotionModel.load(model_path, num_threads=num_threads)
        options = PipelineOptions(FacePolicy(face_policy), detect_every=detect_every)
        return cls(create_detector(detector), model, options)

    @classmethod
    def from_settings(cls, settings: Settings, *, model_path: Path | None = None) -> Pipeline:
        """Build the real pipeline from the app settings' ``vision`` section.

        Uses ``vision.detector`` and ``vision.face_policy``; missing or unknown values
        fall back to ``auto`` and ``largest`` (logged).

        Raises:
            ModelError: when the emotion model or the named detector cannot be loaded.
        """
        detector = settings.vision.detector
        if detector not in DETECTORS:
            _log.warning("unknown face detector %r in the settings; using auto", detector)
            detector = "auto"
        policy = settings.vision.face_policy
        if policy not in {p.value for p in FacePolicy}:
            _log.warning("unknown face policy %r in the settings; using largest", policy)
            policy = FacePolicy.LARGEST.value
        return cls.create(detector=detector, face_policy=policy, model_path=model_path)

    def reset(self) -> None:
        """Forget tracked faces (call when the source changes)."""
        self._tracked = []
        self._since_detect = 0
        self._rounds = 0

    def close(self) -> None:
        """Release the detector and the model."""
        self.detector.close()
        close = getattr(self.model, "close", None)
        if callable(close):
            close()

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
        for i, det in enumerate(detections):
            crops[i] = crop_face(frame.image, det.box)
        t2 = time.perf_counter()
        probs = np.asarray(self.model.predict(crops), dtype=np.float64)
        t3 = time.perf_counter()
        timings["crop"] = (t2 - t1) * 1000.0
        timings["classify"] = (t3 - t2) * 1000.0

        faces = tuple(
            FaceResult(det.box, EmotionScores.from_array(p))
            for det, p in zip(detections, probs, strict=True)
        )
        if self.options.face_policy is FacePolicy.AVERAGE and len(faces) > 1:
            primary = EmotionScores.from_array(probs.mean(axis=0))
        else:
            primary = faces[0].scores
        return FrameAnalysis(frame.index, frame.t, faces, primary, timings, frame.path)

    process = analyze
    """Alias of :meth:`analyze`."""

    def _faces(self, image: npt.NDArray[np.uint8], still: bool) -> list[Detection]:
        """Detected or tracked faces, largest first, at most ``max_faces``."""
        opts = self.options
        if still:
            self.reset()
            return self.detector.detect(image)[: opts.max_faces]
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
        self._tracked = found
        return found

    def _detect_around(self, image: npt.NDArray[np.uint8], box: FaceBox) -> list[Detection]:
        h, w = image.shape[:2]
        side = round(self._ROI_SCALE * max(box.w, box.h))
        cx, cy = box.x + box.w // 2, box.y + box.h // 2
        x0, y0 = max(0, cx - side // 2), max(0, cy - side // 2)
        x1, y1 = min(w, x0 + side), min(h, y0 + side)
        if x1 - x0 < 16 or y1 - y0 < 16:
            return []
        found = self.detector.detect(image[y0:y1, x0:x1])[:1]
        return [
            Detection(FaceBox(d.box.x + x0, d.box.y + y0, d.box.w, d.box.h), d.score) for d in found
        ]

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
        return Detection(box, det.score)
