"""Face detector comparison: recall, false positives and speed (BlazeFace vs Haar).

Runs every detector on the demo photos and on synthetic webcam-like 640x480 frames made
from them (random face size 70-330 px, position, rotation up to 12 degrees, brightness,
noise and JPEG re-encoding). A face counts as found when a detection's centre lies in the
true box and the sizes agree within a factor of 1.6; other detections are false positives.

    python benchmarks/detectors.py [--frames-per-photo 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facemood.core.types import FaceBox  # noqa: E402
from facemood.vision.faces import BlazeFaceDetector, FaceDetector, HaarDetector  # noqa: E402

DEMO = Path("/work/shared/datasets/demo_faces")


def _photos() -> list[Path]:
    base = DEMO if DEMO.is_dir() else ROOT / "tests" / "data" / "faces"
    return sorted(p for p in base.iterdir() if p.suffix.lower() in {".jpg", ".png"})


def _truth(image: np.ndarray, reference: FaceDetector) -> FaceBox:  # type: ignore[type-arg]
    faces = reference.detect(image)
    if len(faces) != 1:
        raise SystemExit("reference detector must find exactly one face per demo photo")
    return faces[0].box


def _synth(
    image: np.ndarray,
    box: FaceBox,
    rng: np.random.Generator,  # type: ignore[type-arg]
) -> tuple[np.ndarray, FaceBox]:  # type: ignore[type-arg]
    target = rng.uniform(70, 330)
    scale = target / box.w
    angle = rng.uniform(-12, 12)
    cx, cy = box.x + box.w / 2, box.y + box.h / 2
    # Face centre goes to a random spot that keeps the face inside the frame.
    half = target / 2
    tx = rng.uniform(half, 640 - half)
    ty = rng.uniform(half, 480 - half)
    m = cv2.getRotationMatrix2D((cx, cy), angle, scale)
    m[:, 2] += (tx - cx, ty - cy)
    frame = cv2.warpAffine(image, m, (640, 480), borderMode=cv2.BORDER_REPLICATE)
    frame = frame.astype(np.float32) * rng.uniform(0.6, 1.3) + rng.normal(0, 6, frame.shape)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    _ok, jpg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(50, 90))])
    frame = cv2.imdecode(jpg, cv2.IMREAD_COLOR)
    side = box.w * scale
    return frame, FaceBox(round(tx - side / 2), round(ty - side / 2), round(side), round(side))


def _match(found: FaceBox, truth: FaceBox) -> bool:
    cx, cy = found.x + found.w / 2, found.y + found.h / 2
    inside = truth.x <= cx <= truth.x + truth.w and truth.y <= cy <= truth.y + truth.h
    return inside and 1 / 1.6 < found.w / truth.w < 1.6


def evaluate(detector: FaceDetector, cases: list[tuple[np.ndarray, FaceBox]]) -> dict[str, object]:  # type: ignore[type-arg]
    hits = false_pos = 0
    times = []
    missed_sizes = []
    for frame, truth in cases:
        t0 = time.perf_counter()
        faces = detector.detect(frame)
        times.append((time.perf_counter() - t0) * 1000)
        matched = [f for f in faces if _match(f.box, truth)]
        hits += bool(matched)
        if not matched:
            missed_sizes.append(truth.w)
        false_pos += len(faces) - min(1, len(matched))
    return {
        "cases": len(cases),
        "recall": round(hits / len(cases), 4),
        "false_positives": false_pos,
        "ms_mean": round(float(np.mean(times)), 2),
        "ms_p95": round(float(np.percentile(times, 95)), 2),
        "missed_face_sizes_px": sorted(missed_sizes),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames-per-photo", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    rng = np.random.default_rng(0)
    blaze = BlazeFaceDetector()
    detectors: dict[str, FaceDetector] = {
        "blazeface": blaze,
        "haar (320px, sf 1.15)": HaarDetector(),
        "haar (640px, sf 1.1)": HaarDetector(max_width=640, scale_factor=1.1),
    }
    photos, synth = [], []
    for path in _photos():
        image = cv2.imread(str(path))
        truth = _truth(image, blaze)
        photos.append((image, truth))
        synth += [_synth(image, truth, rng) for _ in range(args.frames_per_photo)]
    report = {
        name: {"photos": evaluate(d, photos), "synthetic_640x480": evaluate(d, synth)}
        for name, d in detectors.items()
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, r in report.items():
            for kind, m in r.items():
                print(
                    f"{name:<22} {kind:<18} recall {m['recall']:.4f} ({m['cases']} cases)  "
                    f"false+ {m['false_positives']:<3} {m['ms_mean']:6.2f} ms "
                    f"(p95 {m['ms_p95']:.2f})  missed sizes {m['missed_face_sizes_px']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
