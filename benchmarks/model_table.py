"""Every trained run side by side, through the app's runtime: the model card's tables.

For each run folder (``final.keras`` + ``config.json``) it exports a LiteRT model (int8
weights, the run's crop style) to a temporary folder and reports, with and without the
mirrored average where asked: accuracy on the held-out slice of Training (FER labels and
FER+ majority), on PublicTest (reported, never used to choose), and on labelled full-face
photos of people no run trained on (london_dev fold B, as B1, the half offsets are chosen
on, and B2, the half reported; happy recall on smiles, neutral recall on resting faces)
and the demo photos. With ``--real DIR`` (real_faces), also real photos of the people
every run held out (``--real-holdout`` of them, drawn as training draws them), in two
halves: R1, the half choices are made on, and R2, the half only reported (per-class
recall, neutral and happy also with nobody counting for more than 3 photos (`_c`), and
the share of resting faces read angry/fear/sad). Per-class recall on
PublicTest is printed as a second table. An already exported folder (``models``) can be
listed too.

    python benchmarks/model_table.py RUN_OR_MODELS_DIR... [--mirror both|on|off] [--json]
        [--real ../shared/datasets/real_faces [--people-out DIR]]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sys
import tempfile
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
import numpy as np
from mood_clips import DEMO, LONDON, london_people

from facemood import paths
from facemood.core.types import EMOTIONS
from facemood.training.data import (
    DEFAULT_TEST,
    DEFAULT_TRAIN,
    FerData,
    accuracies,
    load_npz,
)
from facemood.training.evaluate import confusion_matrix, per_class_scores, predict_all
from facemood.training.faceprep import (
    EVAL_PERSON_CAP,
    PhotoSet,
    held_out_halves,
    load_photos,
    person_weights,
    prepare_fer,
    run_split,
)
from facemood.training.photo_eval import PhotoEvaluation, evaluate_photos
from facemood.vision.crops import CropStyle
from facemood.vision.model import MODEL_FILE, EmotionModel


@functools.cache
def cut_sets(crop: str) -> tuple[FerData, FerData]:
    """Training's held-out slice (drawn in ``crop``, as a run in that style drew it) and
    PublicTest, both cut in ``crop``; made once per crop style, not once per row."""
    style = CropStyle.parse(crop)
    cut, _fit, held = run_split(load_npz(DEFAULT_TRAIN), style, cache_dir=paths.cache_dir())
    test = load_npz(DEFAULT_TEST)
    faces = prepare_fer(test.images, style, paths.cache_dir())
    return cut.subset(held), FerData(faces, test.labels, test.votes, test.dup_in_train)


REAL_HOLDOUT, REAL_SEED = 0.2, 2026
"""The share of real_faces' people a run holds out and its seed (training's defaults)."""


@functools.cache
def real_halves(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(R1, R2): the held-out people of real_faces, the half to choose on and the half
    to report on, found from the crops as training found them."""
    photos = load_photos(
        folder, CropStyle.parse("aligned"), copies=4, seed=REAL_SEED, cache_dir=paths.cache_dir()
    )
    choose, report = held_out_halves(photos, REAL_HOLDOUT, REAL_SEED)
    return frozenset(choose), frozenset(report)


def choosing_photos(folder: Path) -> tuple[PhotoSet, np.ndarray]:
    """R1's photos, cut as the app cuts them, and their weights (nobody counting for more
    than ``EVAL_PERSON_CAP`` photos)."""
    r1, _r2 = real_halves(folder)
    photos = load_photos(
        folder, CropStyle.parse("aligned"), copies=1, cache_dir=paths.cache_dir()
    ).select(set(r1))
    return photos, person_weights(photos.person, photos.photo, EVAL_PERSON_CAP)


def _real_cells(prefix: str, ev: PhotoEvaluation) -> dict[str, object]:
    cells: dict[str, object] = {
        f"{prefix}_{label}": ev.recall.get(label) for label in ("neutral", "happy")
    }
    cells |= {f"{prefix}_{label}_c": ev.recall_capped.get(label) for label in ("neutral", "happy")}
    cells[f"{prefix}_neg"] = ev.neutral_to_negative
    cells[f"{prefix}_all"] = ev.accuracy
    cells[f"{prefix}_recall"] = ev.recall
    cells[f"{prefix}_confusion"] = ev.confusion
    return cells


def _recall(labels: np.ndarray, probs: np.ndarray) -> dict[str, float]:
    """Recall per class, from the evaluation's own confusion matrix."""
    scores = per_class_scores(confusion_matrix(labels, np.asarray(probs).argmax(axis=1)))
    return {name: s["recall"] for name, s in scores.items()}


def _row(
    name: str, model_file: Path, mirror: bool, demo_folder: Path, real: Path | None
) -> dict[str, object]:
    fold_b = london_people()[1::2]
    b1, b2 = fold_b[: len(fold_b) // 2], fold_b[len(fold_b) // 2 :]
    with EmotionModel.load(model_file, mirror=mirror) as model:
        held, test = cut_sets(model.crop_style.name)
        h_fer, h_plus = accuracies(held, predict_all(model, held.images))
        test_probs = predict_all(model, test.images)
        t_fer, t_plus = accuracies(test, test_probs)
    london_b1 = evaluate_photos(LONDON, model_file, mirror=mirror, people=set(b1))
    london_b2 = evaluate_photos(LONDON, model_file, mirror=mirror, people=set(b2))
    demo = evaluate_photos(demo_folder, model_file, mirror=mirror)
    extra: dict[str, object] = {"publictest_recall": _recall(test.labels, test_probs)}
    if real is not None:
        r1, r2 = real_halves(real)
        extra |= _real_cells("r1", evaluate_photos(real, model_file, mirror=mirror, people=set(r1)))
        extra |= _real_cells("r2", evaluate_photos(real, model_file, mirror=mirror, people=set(r2)))
    return extra | {
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


def model_file_of(folder: Path, tmp: Path) -> Path:
    """The LiteRT model of an exported folder (``models``), or a run's ``final.keras``
    exported into ``tmp`` as it would ship (int8 weights, the run's crop style)."""
    if (folder / MODEL_FILE).is_file():
        return folder / MODEL_FILE
    from facemood.training.export import export_model

    crop = json.loads((folder / "config.json").read_text()).get("crop", "box")
    with contextlib.redirect_stdout(sys.stderr):  # the converter prints its signatures
        return export_model(folder / "final.keras", tmp / folder.name, crop=crop).path


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
    parser.add_argument("--real", type=Path, help="real photos with identities (real_faces)")
    parser.add_argument(
        "--people-out", type=Path, help="with --real: write R1/R2's people to this folder"
    )
    args = parser.parse_args()
    if args.real is not None and args.people_out is not None:
        for half, people in zip(("choose", "report"), real_halves(args.real), strict=True):
            out = args.people_out / f"real-holdout-{half}.txt"
            out.write_text("".join(f"{p}\n" for p in sorted(people)), encoding="utf-8")
    demo_folder = _demo_folder()
    mirrors = {"both": (False, True), "on": (True,), "off": (False,)}[args.mirror]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.models:
            model_file = model_file_of(folder, Path(tmp))
            for mirror in mirrors:
                rows.append(_row(folder.name, model_file, mirror, demo_folder, args.real))
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
        if args.real is not None:
            keys += [
                f"{h}_{k}"
                for h in ("r1", "r2")
                for k in ("neutral", "happy", "neutral_c", "happy_c", "neg", "all")
            ]
        print(f"{'model':<24}{'mirror':>7}" + "".join(f"{k[:14]:>{_width(k)}}" for k in keys))
        for r in rows:
            cells = "".join(
                f"{float(r[k]):>{_width(k)}.3f}" if r[k] is not None else f"{'-':>{_width(k)}}"
                for k in keys  # type: ignore[arg-type]
            )
            print(f"{r['model']:<24}{'yes' if r['mirror'] else 'no':>7}{cells}")
        _print_recall(rows, "publictest_recall", "PublicTest recall per class (FER labels)")
        if args.real is not None:
            _print_recall(rows, "r2_recall", "real photos R2 (reported only): recall per class")
    return 0


def _print_recall(rows: list[dict[str, object]], key: str, title: str) -> None:
    names = [e.value for e in EMOTIONS]
    print(f"\n{title}\n{'model':<24}{'mirror':>7}" + "".join(f"{n[:8]:>10}" for n in names))
    for r in rows:
        recall = r[key]
        assert isinstance(recall, dict)
        cells = "".join(
            f"{recall[n]:>10.3f}" if recall.get(n) is not None else f"{'-':>10}" for n in names
        )
        print(f"{r['model']:<24}{'yes' if r['mirror'] else 'no':>7}{cells}")


if __name__ == "__main__":
    sys.exit(main())
