"""The emotion model at run time: the exported LiteRT (TFLite) network, no TensorFlow.

``models/`` holds ``emotion.tflite``, ``labels.json`` (class order and input format) and
``emotion.tflite.sha256``. :meth:`EmotionModel.load` checks all three and reports a
missing or corrupt file as a :class:`~facemood.errors.ModelError` that says what to do.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from types import TracebackType

import numpy as np
import numpy.typing as npt

from facemood.core.types import EMOTIONS
from facemood.errors import ModelError
from facemood.paths import resource_path
from facemood.vision.crops import CropStyle

MODEL_FILE = "emotion.tflite"
LABELS_FILE = "labels.json"
FACE_SIZE = 48

_REINSTALL = "Reinstall FaceMood, or run `facemood train --export models` to rebuild the model."


def default_model_path() -> Path:
    """Where the bundled model lives (source checkout or frozen app)."""
    return resource_path("models", MODEL_FILE)


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class EmotionModel:
    """Scores 48x48 greyscale face crops with the exported CNN.

    Not thread-safe for concurrent ``predict`` calls on one instance (a lock serialises
    them); give each worker thread its own instance for parallelism.
    """

    def __init__(
        self,
        interpreter: object,
        path: Path,
        mirror: bool = True,
        crop_style: CropStyle | None = None,
    ) -> None:
        self._interpreter = interpreter
        self.mirror = mirror
        self.crop_style = crop_style or CropStyle()
        """How faces must be cut for this model (from its ``labels.json``)."""
        self._lock = threading.Lock()
        self._batch = 0
        self.path = path
        details = interpreter.get_input_details()[0]  # type: ignore[attr-defined]
        self._input_index = details["index"]
        self._output_index = interpreter.get_output_details()[0]["index"]  # type: ignore[attr-defined]

    @classmethod
    def load(
        cls, path: Path | None = None, num_threads: int = 1, mirror: bool | None = None
    ) -> EmotionModel:
        """Load and verify the model file.

        Args:
            path: the ``.tflite`` file; default: the bundled ``models/emotion.tflite``.
            num_threads: LiteRT CPU threads (1 keeps the app light).
            mirror: also score each face mirrored and average (None: as the model's
                ``labels.json`` says, on when it says nothing; test-time augmentation:
                a steadier reading for a fraction of a millisecond; see the model card).

        Raises:
            ModelError: the file, its labels or checksum are missing, or it is corrupt.
        """
        path = path or default_model_path()
        if not path.is_file():
            raise ModelError(f"The emotion model is missing: {path}", _REINSTALL)
        style, mirrored = _read_labels(path.parent / LABELS_FILE)
        checksum = path.with_name(path.name + ".sha256")
        if checksum.is_file():
            expected = checksum.read_text().split()[0]
            if sha256_of(path) != expected:
                raise ModelError(f"The emotion model file is corrupt: {path}", _REINSTALL)
        try:
            from ai_edge_litert.interpreter import Interpreter
        except ImportError as exc:
            raise ModelError(
                "The LiteRT runtime is not installed", "pip install ai-edge-litert"
            ) from exc
        try:
            interpreter = Interpreter(model_path=str(path), num_threads=num_threads)
            interpreter.allocate_tensors()
        except (RuntimeError, ValueError) as exc:
            raise ModelError(f"The emotion model could not be loaded: {path}", str(exc)) from exc
        return cls(interpreter, path, mirrored if mirror is None else mirror, style)

    def predict(self, faces: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
        """Emotion probabilities for a batch of face crops.

        Args:
            faces: uint8 greyscale crops, shape (N, 48, 48) (or (48, 48) for one face).

        Returns:
            float32 (N, 7) probabilities in ``EMOTIONS`` order.
        """
        batch = np.asarray(faces)
        if batch.ndim == 2:
            batch = batch[None]
        if batch.ndim != 3 or batch.shape[1:] != (FACE_SIZE, FACE_SIZE):
            raise ValueError(f"expected (N, {FACE_SIZE}, {FACE_SIZE}) crops, got {batch.shape}")
        if len(batch) == 0:
            return np.zeros((0, len(EMOTIONS)), dtype=np.float32)
        count = len(batch)
        if self.mirror:
            batch = np.concatenate([batch, batch[:, :, ::-1]])
        x = batch[..., None].astype(np.float32)
        it = self._interpreter
        with self._lock:
            if len(x) != self._batch:
                it.resize_tensor_input(self._input_index, x.shape)  # type: ignore[attr-defined]
                it.allocate_tensors()  # type: ignore[attr-defined]
                self._batch = len(x)
            it.set_tensor(self._input_index, x)  # type: ignore[attr-defined]
            it.invoke()  # type: ignore[attr-defined]
            out = np.array(it.get_tensor(self._output_index), dtype=np.float32)  # type: ignore[attr-defined]
        if self.mirror:
            out = ((out[:count] + out[count:]) / 2).astype(np.float32)
        return out

    def close(self) -> None:
        """Release the interpreter."""
        self._interpreter = None

    def __enter__(self) -> EmotionModel:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _read_labels(path: Path) -> tuple[CropStyle, bool]:
    """Check that the labels file lists the seven emotions in the app's order; return the
    crop style it declares (``box`` when it names none, as older models did) and whether
    faces are also scored mirrored (``mirror``, on by default)."""
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        labels = info["labels"]
        style = CropStyle.parse(str(info.get("crop", "box")))
        mirror = bool(info.get("mirror", True))
    except FileNotFoundError as exc:
        raise ModelError(f"The model's labels file is missing: {path}", _REINSTALL) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"The model's labels file is unreadable: {path}", _REINSTALL) from exc
    if labels != [e.value for e in EMOTIONS]:
        raise ModelError(
            "The model's labels do not match this version of FaceMood",
            f"{path} lists {labels}. {_REINSTALL}",
        )
    return style, mirror
