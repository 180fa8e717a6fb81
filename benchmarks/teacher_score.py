"""The teacher against its members and a student: the model card's teacher rows.

Prints, for the teacher file (``models/teacher.npz``, its members' mirrored probabilities
averaged on every Training row) and for any run folders given: accuracy vs FER labels and
the FER+ majority on the held-out faces that every crop style holds out (the box and the
aligned slices overlap in about 300 faces, the only ones no member of a mixed-crop teacher
trained on), and, with ``--publictest``, each run's and the teacher's mirrored PublicTest
accuracy (Keras, report only; the runs' ``final.keras`` files are needed).

    python benchmarks/teacher_score.py RUN... [--teacher models/teacher.npz] [--publictest]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import numpy as np

from facemood import paths
from facemood.training.data import DEFAULT_TEST, DEFAULT_TRAIN, FerData, accuracies, load_npz
from facemood.training.faceprep import run_split
from facemood.vision.crops import CropStyle


def _percent(data: FerData, probs: np.ndarray) -> str:
    fer, plus = accuracies(data, probs)
    return f"{100 * fer:.1f} / {100 * plus:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="*", help="run folders (config.json, holdout.npz)")
    parser.add_argument("--teacher", type=Path, default=Path("models/teacher.npz"))
    parser.add_argument("--publictest", action="store_true")
    args = parser.parse_args()

    train = load_npz(DEFAULT_TRAIN)
    held = {}
    for crop in ("box", "aligned"):
        _cut, _fit, held[crop] = run_split(
            train, CropStyle.parse(crop), cache_dir=paths.cache_dir()
        )
    shared = held["box"] & held["aligned"]
    both = train.subset(shared)
    print(
        f"held out by both crop styles: {len(both)} faces (box {held['box'].sum()}, "
        f"aligned {held['aligned'].sum()}); FER / FER+ %"
    )
    with np.load(args.teacher) as t:
        probs = np.zeros((len(train), 7), np.float32)
        probs[t["rows"]] = t["probs"]
    print(f"  teacher {args.teacher}: {_percent(both, probs[shared])}")
    for run in args.runs:
        crop = str(json.loads((run / "config.json").read_text()).get("crop", "box"))
        own = np.load(run / "holdout.npz")["probs"].astype(np.float32)
        on_shared = own[shared[held[crop]]]  # the run's slice, in row order
        print(f"  {run.name} (one pass): {_percent(both, on_shared)}")

    if args.publictest:
        from facemood.training.teacher import run_probabilities

        test = load_npz(DEFAULT_TEST)
        members = []
        print("PublicTest, mirrored (report only); FER / FER+ %")
        for run in args.runs:
            p = run_probabilities(run, test.images, paths.cache_dir())
            members.append(p)
            print(f"  {run.name}: {_percent(test, p)}")
        if members:
            mean = np.mean(members, axis=0)
            print(f"  mean of the {len(members)} runs: {_percent(test, mean)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
