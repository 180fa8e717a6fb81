"""Every trained run side by side, through the app's runtime: the model card's tables.

For each run folder (``final.keras`` + ``config.json``) it exports a LiteRT model (int8
weights, the run's crop style) to a temporary folder and reports, with and without the
mirrored average where asked: accuracy on the held-out slice of Training (FER labels and
FER+ majority), on PublicTest (reported, never used to choose), and on labelled full-face
photos of people no run trained on (london_dev fold B, as B1, the half offsets are chosen
on, and B2, the half reported; happy recall on smiles, neutral recall on resting faces)
and the demo photos. An already exported folder (``models``)
can be listed too.

    python benchmarks/model_table.py RUN_OR_MODELS_DIR... [--mirror both|on|off] [--json]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from mood_clips import DEMO, LONDON, london_people

from facemood import paths
from facemood.training.data import (
    DEFAULT_TEST,
    DEFAULT_TRAIN,
    FerData,
    accuracies,
    load_npz,
)
from facemood.training.evaluate import predict_all
from facemood.training.faceprep import prepare_fer, run_split
from facemood.training.photo_eval import evaluate_photos
from facemood.vision.crops import CropStyle
from facemood.vision.model import MODEL_FILE, EmotionModel


@functools.cache
def _cut_sets(crop: str) -> tuple[FerData, FerData]:
    """Training's held-out slice (drawn in ``crop``, as a run in that style drew it) and
    PublicTest, both cut in ``crop``; made once per crop style, not once per row."""
    style = CropStyle.parse(crop)
    cut, _fit, held = run_split(load_npz(DEFAULT_TRAIN), style, cache_dir=paths.cache_dir())
    test = load_npz(DEFAULT_TEST)
    faces = prepare_fer(test.images, style, paths.cache_dir())
    return cut.subset(held), FerData(faces, test.labels, test.votes, test.dup_in_train)


def _row(name: str, model_file: Path, mirror: bool, demo_folder: Path) -> dict[str, object]:
    fold_b = london_people()[1::2]
    b1, b2 = fold_b[: len(fold_b) // 2], fold_b[len(fold_b) // 2 :]
    with EmotionModel.load(model_file, mirror=mirror) as model:
        held, test = _cut_sets(model.crop_style.name)
        h_fer, h_plus = accuracies(held, predict_all(model, held.images))
        t_fer, t_plus = accuracies(test, predict_all(model, test.images))
    london_b1 = evaluate_photos(LONDON, model_file, mirror=mirror, people=set(b1))
    london_b2 = evaluate_photos(LONDON, model_file, mirror=mirror, people=set(b2))
    demo = evaluate_photos(demo_folder, model_file, mirror=mirror)
    return {
        "model": name,
        "mirror": mirror,
        "holdout_fer": h_fer,
        "holdout_ferplus": h_plus,
        "publictest_fer": t_fer,
        "publictest_ferplus": t_plus,
        "b1_happy": london_b1.recall.get("happy"),
        "b1_neutral": london_b1.recall.get("neutral"),
        "b2_happy": london_b2.recall.get("happy"),
        "b2_neutral": london_b2.recall.get("neutral"),
        "demo": demo.accuracy,
    }


def _demo_folder() -> Path:
    """The demo photos laid out as ``happy/`` and ``neutral/`` (links in a temp folder)."""
    folder = Path(tempfile.mkdtemp(prefix="demo-faces-"))
    labels = {
        "astronaut_eileen_collins.png": "happy",
        "grace_hopper.jpg": "neutral",
        "lisa_debruine_cc0.jpg": "neutral",
        "composite_f_multi.jpg": "neutral",
        "composite_m_multi.jpg": "neutral",
    }
    for photo in sorted(DEMO.glob("*.*")):
        label = labels.get(photo.name) or (
            "happy"
            if photo.stem.endswith("_happy")
            else "neutral"
            if photo.stem.endswith("_neutral")
            else None
        )
        if label is not None:
            (folder / label).mkdir(exist_ok=True)
            (folder / label / photo.name).symlink_to(photo)
    return folder


def _width(key: str) -> int:
    return max(len(key), 5) + 2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs="+")
    parser.add_argument("--mirror", choices=("both", "on", "off"), default="both")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from facemood.training.export import export_model

    demo_folder = _demo_folder()
    mirrors = {"both": (False, True), "on": (True,), "off": (False,)}[args.mirror]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.models:
            if (folder / MODEL_FILE).is_file():
                model_file = folder / MODEL_FILE
            else:
                crop = json.loads((folder / "config.json").read_text()).get("crop", "box")
                model_file = export_model(
                    folder / "final.keras", Path(tmp) / folder.name, crop=crop
                ).path
            for mirror in mirrors:
                rows.append(_row(folder.name, model_file, mirror, demo_folder))
                if args.json:
                    print(json.dumps(rows[-1]), flush=True)
    if not args.json:
        keys = [
            "holdout_fer",
            "holdout_ferplus",
            "publictest_fer",
            "publictest_ferplus",
            "b1_happy",
            "b1_neutral",
            "b2_happy",
            "b2_neutral",
            "demo",
        ]
        print(f"{'model':<24}{'mirror':>7}" + "".join(f"{k[:14]:>{_width(k)}}" for k in keys))
        for r in rows:
            cells = "".join(
                f"{float(r[k]):>{_width(k)}.3f}" if r[k] is not None else f"{'-':>{_width(k)}}"
                for k in keys  # type: ignore[arg-type]
            )
            print(f"{r['model']:<24}{'yes' if r['mirror'] else 'no':>7}{cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
