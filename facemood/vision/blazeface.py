"""BlazeFace short-range decoding: anchors, boxes, scores and weighted NMS.

The model file comes from the ``mediapipe==0.10.21`` wheel
(``mediapipe/modules/face_detection/face_detection_short_range.tflite``, Apache-2.0; see
``resources/models/README.md``). mediapipe itself is not a dependency: this module
rebuilds what its graph does around the model, following the options in
``face_detection_short_range.pbtxt``:

* input: 128x128 RGB, values in [-1, 1], the frame letterboxed (aspect kept, zero
  padding);
* 896 SSD anchors: a 16x16 grid with 2 anchors per cell (stride 8) and an 8x8 grid with
  6 per cell (strides 16, 16, 16), all of unit size ("fixed anchor size");
* regressors (896, 16): box centre offset, size and six key points, in input pixels;
* classificators (896, 1): logits, clipped to ±100 before the sigmoid;
* weighted non-maximum suppression with IoU 0.3.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

import cv2
import numpy as np
import numpy.typing as npt

_log = logging.getLogger("facemood.vision")

INPUT_SIZE: Final = 128
_STRIDES: Final = (8, 16, 16, 16)
_IOU_THRESHOLD: Final = 0.3

FloatArray = npt.NDArray[np.float32]
Box = tuple[int, int, int, int]
Keypoints = tuple[tuple[float, float], ...]
"""Six (x, y) points in frame pixels: the subject's right eye, left eye, nose tip, mouth
centre, right ear tragion, left ear tragion (MediaPipe's order)."""


def make_anchors() -> FloatArray:
    """The 896 anchor centres (x, y) in [0, 1] input coordinates, in model order."""
    anchors: list[tuple[float, float]] = []
    layer = 0
    while layer < len(_STRIDES):
        stride = _STRIDES[layer]
        # Consecutive layers with the same stride share one grid; each adds two
        # anchors per cell (aspect ratio 1 plus the interpolated scale).
        last = layer
        while last < len(_STRIDES) and _STRIDES[last] == stride:
            last += 1
        per_cell = 2 * (last - layer)
        grid = INPUT_SIZE // stride
        for y in range(grid):
            for x in range(grid):
                anchors.extend([((x + 0.5) / grid, (y + 0.5) / grid)] * per_cell)
        layer = last
    return np.asarray(anchors, dtype=np.float32)


class BlazeFace:
    """The BlazeFace network and its decoding.

    Not thread-safe (one LiteRT interpreter); use one instance per thread.
    """

    def __init__(self, model_path: Path, *, score_threshold: float = 0.5, num_threads: int = 1):
        """Load the model.

        Raises:
            ImportError: when ``ai_edge_litert`` is missing.
            FileNotFoundError: when the model file is missing.
            ValueError: when the file is not the expected model.
        """
        from ai_edge_litert.interpreter import Interpreter

        if not model_path.is_file():
            raise FileNotFoundError(f"BlazeFace model not found: {model_path}")
        self._interp = Interpreter(model_path=str(model_path), num_threads=num_threads)
        self._interp.allocate_tensors()
        inp = self._interp.get_input_details()[0]
        if tuple(inp["shape"]) != (1, INPUT_SIZE, INPUT_SIZE, 3):
            raise ValueError(f"{model_path} is not the BlazeFace short-range model")
        self._input = int(inp["index"])
        outs = {d["name"]: int(d["index"]) for d in self._interp.get_output_details()}
        self._regressors = outs.get("regressors", 0)
        self._scores = outs.get("classificators", 1)
        self._anchors = make_anchors()
        self._logit_threshold = float(np.log(score_threshold / (1.0 - score_threshold)))
        self._canvas = np.zeros((INPUT_SIZE, INPUT_SIZE, 3), dtype=np.uint8)
        self._tensor = np.zeros((1, INPUT_SIZE, INPUT_SIZE, 3), dtype=np.float32)

    def close(self) -> None:
        """Drop the interpreter."""
        self.__dict__.pop("_interp", None)

    def detect(self, bgr: npt.NDArray[np.uint8]) -> list[tuple[Box, float, Keypoints]]:
        """Find faces in a BGR frame.

        Returns:
            ``((x, y, w, h), score, keypoints)`` per face in frame pixels, after NMS.
        """
        h, w = bgr.shape[:2]
        scale = INPUT_SIZE / max(h, w)
        rw, rh = max(1, round(w * scale)), max(1, round(h * scale))
        ox, oy = (INPUT_SIZE - rw) // 2, (INPUT_SIZE - rh) // 2
        self._canvas[:] = 0
        self._canvas[oy : oy + rh, ox : ox + rw] = cv2.resize(
            bgr, (rw, rh), interpolation=cv2.INTER_AREA
        )
        rgb = self._canvas[:, :, ::-1]
        np.multiply(rgb, 1.0 / 127.5, out=self._tensor[0], casting="unsafe")
        self._tensor -= 1.0
        self._interp.set_tensor(self._input, self._tensor)
        self._interp.invoke()
        logits = self._interp.get_tensor(self._scores)[0, :, 0]
        keep = np.nonzero(logits > self._logit_threshold)[0]
        if keep.size == 0:
            return []
        raw = self._interp.get_tensor(self._regressors)[0, keep]
        scores = 1.0 / (1.0 + np.exp(-np.clip(logits[keep], -100.0, 100.0)))
        anchors = self._anchors[keep]
        cx = raw[:, 0] / INPUT_SIZE + anchors[:, 0]
        cy = raw[:, 1] / INPUT_SIZE + anchors[:, 1]
        bw = raw[:, 2] / INPUT_SIZE
        bh = raw[:, 3] / INPUT_SIZE
        # Columns: box corners (4), then six key points (x, y), all in [0, 1] input units.
        points = raw[:, 4:16].reshape(-1, 6, 2) / INPUT_SIZE + anchors[:, None, :]
        rows = np.concatenate(
            [
                np.stack([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2], axis=1),
                points.reshape(-1, 12),
            ],
            axis=1,
        )
        out: list[tuple[Box, float, Keypoints]] = []
        for merged, score in _weighted_nms(rows, scores):
            # Undo the letterbox: input [0, 1] -> input pixels -> frame pixels.
            xs = (merged[0::2] * INPUT_SIZE - ox) / scale
            ys = (merged[1::2] * INPUT_SIZE - oy) / scale
            box = (round(xs[0]), round(ys[0]), round(xs[1] - xs[0]), round(ys[1] - ys[0]))
            if box[2] > 0 and box[3] > 0:
                keypoints = tuple((float(x), float(y)) for x, y in zip(xs[2:], ys[2:], strict=True))
                out.append((box, score, keypoints))
        return out


def _iou(box: FloatArray, others: FloatArray) -> FloatArray:
    ix0 = np.maximum(box[0], others[:, 0])
    iy0 = np.maximum(box[1], others[:, 1])
    ix1 = np.minimum(box[2], others[:, 2])
    iy1 = np.minimum(box[3], others[:, 3])
    inter = np.clip(ix1 - ix0, 0, None) * np.clip(iy1 - iy0, 0, None)
    area = (box[2] - box[0]) * (box[3] - box[1])
    areas = (others[:, 2] - others[:, 0]) * (others[:, 3] - others[:, 1])
    result: FloatArray = inter / np.maximum(area + areas - inter, 1e-9)
    return result


def _weighted_nms(rows: FloatArray, scores: FloatArray) -> list[tuple[FloatArray, float]]:
    """MediaPipe's weighted NMS: overlapping detections are averaged, weighted by score.

    Args:
        rows: (N, 16) box corners ``x0, y0, x1, y1`` then the key points; the IoU is
            taken on the corners, and the whole row is averaged.
        scores: (N,) detection scores.
    """
    order = np.argsort(-scores)
    rows = rows[order]
    scores = scores[order]
    out: list[tuple[FloatArray, float]] = []
    remaining = np.arange(len(scores))
    while remaining.size:
        first = remaining[0]
        overlap = _iou(rows[first, :4], rows[remaining, :4]) > _IOU_THRESHOLD
        group = remaining[overlap]
        weights = scores[group]
        merged = (rows[group] * weights[:, None]).sum(axis=0) / weights.sum()
        out.append((merged, float(scores[first])))
        remaining = remaining[~overlap]
    return out
