"""Subcommands ``train``, ``teacher``, ``soup``, ``choose``, ``export`` and ``evaluate``.

Exit status 0 on success, 1 on failure (data or model files that cannot be used,
TensorFlow missing), 2 for a usage error (e.g. ``--epochs 0``); errors go to stderr as
``facemood <command>: …``. Files are checked before TensorFlow is imported.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

from facemood.cli import command, count, number
from facemood.errors import FaceMoodError
from facemood.fsnames import display, explain
from facemood.training.data import DEFAULT_TEST, DEFAULT_TRAIN, TargetKind
from facemood.vision.crops import CropStyle


def _configure_train(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--train-data", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument("--out", type=Path, default=Path("runs/emotion"), help="run folder")
    parser.add_argument(
        "--target",
        choices=[t.value for t in TargetKind],
        default=TargetKind.MIXED.value,
        help="FER labels, FER+ vote distributions, or a blend (default)",
    )
    parser.add_argument(
        "--alpha", type=number(0, 1), default=0.5, help="FER share of a mixed target"
    )
    parser.add_argument(
        "--arch", choices=("vgg", "sep"), default="vgg", help="plain or separable convolutions"
    )
    parser.add_argument(
        "--widths",
        type=_widths,
        default=(32, 64, 128, 256),
        help="stage channels, e.g. 32,64,128,256",
    )
    parser.add_argument(
        "--crop",
        type=_crop,
        default="box",
        help="crop style: box, aligned, box+clahe or aligned+clahe",
    )
    parser.add_argument(
        "--holdout", type=number(0.01, 0.5), default=0.1, help="share of Training held out"
    )
    parser.add_argument("--epochs", type=count(1), default=30)
    parser.add_argument("--batch-size", type=count(1), default=64)
    parser.add_argument("--lr", type=number(1e-9, 10), default=2e-3, help="peak learning rate")
    parser.add_argument("--weight-decay", type=number(0, 1), default=5e-4)
    parser.add_argument(
        "--swa",
        type=number(0, 1),
        default=0.25,
        help="average the weights over this last share of epochs",
    )
    parser.add_argument("--teacher", type=Path, help="npz of teacher probabilities (rows, probs)")
    parser.add_argument("--teacher-weight", type=number(0, 1), default=0.5)
    parser.add_argument("--photos", type=Path, help="labelled photos, DIR/<emotion>/*.jpg")
    parser.add_argument(
        "--photo-people", default="", help="comma-separated people of --photos to train on"
    )
    parser.add_argument("--photo-copies", type=count(1), default=24)
    parser.add_argument("--photo-weight", type=number(0), default=1.0)
    parser.add_argument(
        "--real-photos",
        type=Path,
        help="real photos with identities (DIR/<emotion>/, manifest.csv), e.g. real_faces",
    )
    parser.add_argument(
        "--real-holdout",
        type=number(0.05, 0.9),
        default=0.2,
        help="share of --real-photos' people held out to choose on",
    )
    parser.add_argument(
        "--real-copies",
        type=int,
        choices=(1, 2, 3, 4),
        default=1,
        help="crops per real photo in the mix (1-4; the mix weight)",
    )
    parser.add_argument(
        "--real-balance",
        type=number(0, 1),
        default=0.0,
        help="repeat rare classes of --real-photos by (n_max/n_c)**this (0: as they come)",
    )
    parser.add_argument("--real-smoothing", type=number(0, 0.9), default=0.1)
    parser.add_argument(
        "--real-person-cap",
        type=number(0),
        default=0.0,
        help="spread the weight of --real-photos so that nobody counts for more than this many "
        "photos (0: every photo weighs the same)",
    )
    parser.add_argument(
        "--epoch-images",
        type=count(0),
        default=0,
        help="images per epoch, a budget equal across mixes (0: one pass over the mix)",
    )
    parser.add_argument("--warmup-epochs", type=count(0), default=2)
    parser.add_argument("--jit", action="store_true", help="compile training steps with XLA")
    parser.add_argument(
        "--limit", type=count(0), default=0, help="train on this many images only (0: all)"
    )
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument(
        "--threads", type=count(0), default=0, help="TensorFlow threads (0: one per core)"
    )
    parser.add_argument("--fresh", action="store_true", help="ignore a checkpoint in --out")
    parser.add_argument(
        "--init-from",
        type=Path,
        help="start from this model's weights (same design: a .keras file, float16 "
        "weights-f16.npz or an exported .tflite) with a new learning-rate schedule",
    )
    parser.add_argument("--export", type=Path, help="export the final model to this folder")


def _crop(text: str) -> str:
    try:
        return CropStyle.parse(text).name
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _widths(text: str) -> tuple[int, ...]:
    try:
        widths = tuple(int(w) for w in text.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected numbers like 32,64,128: {text!r}") from exc
    if not widths or min(widths) < 1:
        raise argparse.ArgumentTypeError(f"widths must be positive: {text!r}")
    return widths


def _fail(command_name: str, message: str) -> int:
    print(f"facemood {command_name}: {display(message)}", file=sys.stderr)
    return 1


def _unfinished(command_name: str, runs: list[Path]) -> int | None:
    """The failure for the first run without a ``final.keras``; ``None`` when all have one."""
    for run in runs:
        if not (run / "final.keras").is_file():
            return _fail(command_name, f"{run} has no final.keras (is the run finished?)")
    return None


_H5_MAGIC = b"\x89HDF\r\n\x1a\n"


def _model_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a Keras model (a ``.keras`` zip or an HDF5 file), or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        return f"cannot read the model {display(path)}: {explain(exc, path)}"
    # .keras and .npz files are zip archives; HDF5 weights; an exported LiteRT model.
    if head.startswith(b"PK\x03\x04") or head == _H5_MAGIC or head[4:8] == b"TFL3":
        return None
    return (
        f"{display(path)} is not a Keras model (a .keras file is a zip archive, "
        "written by training)"
    )


def _folder_problem(option: str, path: Path) -> str | None:
    """Why ``path`` cannot be the output folder ``option`` names, or None."""
    try:
        if path.exists() and not path.is_dir():
            return f"{option} {display(path)} is a file, not a folder"
    except OSError as exc:
        return f"{option} {display(path)}: {explain(exc, path)}"
    return None


@command("train", "train the emotion CNN (needs the facemood[train] extra)", _configure_train)
def run_train(args: argparse.Namespace) -> int:
    """Train, resuming from ``--out`` unless ``--fresh``, then optionally export."""
    problem = (
        _folder_problem("--out", args.out)
        or (args.export and _folder_problem("--export", args.export))
        or (args.init_from and _model_file_problem(args.init_from))
    )
    if problem:
        return _fail("train", problem)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    try:
        from facemood.training.train import TrainConfig, train
    except ImportError as exc:
        return _fail("train", f"training needs TensorFlow: pip install 'facemood[train]' ({exc})")
    cfg = TrainConfig(
        train_data=args.train_data,
        out_dir=args.out,
        target=TargetKind(args.target),
        alpha=args.alpha,
        arch=args.arch,
        widths=args.widths,
        crop=args.crop,
        holdout=args.holdout,
        epochs=args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        weight_decay=args.weight_decay,
        swa_fraction=args.swa,
        teacher=args.teacher,
        teacher_weight=args.teacher_weight,
        photos=args.photos,
        photo_people=tuple(p for p in args.photo_people.split(",") if p),
        photo_copies=args.photo_copies,
        photo_weight=args.photo_weight,
        real_photos=args.real_photos,
        real_holdout=args.real_holdout,
        real_copies=args.real_copies,
        real_balance=args.real_balance,
        real_smoothing=args.real_smoothing,
        real_person_cap=args.real_person_cap,
        epoch_images=args.epoch_images,
        warmup_epochs=args.warmup_epochs,
        jit=args.jit,
        limit=args.limit,
        seed=args.seed,
        init_from=args.init_from,
        threads=args.threads,
    )
    try:
        result = train(cfg, resume=not args.fresh)
    except FaceMoodError as exc:
        return _fail("train", str(exc))
    print(
        json.dumps(
            {
                "final_model": str(result.final_model),
                "epochs": result.epochs_run,
                "holdout_accuracy": result.holdout_accuracy,
                "holdout_accuracy_ferplus": result.holdout_accuracy_ferplus,
            }
        )
    )
    if args.export:
        from facemood.training.export import export_model

        try:
            export_model(result.final_model, args.export, crop=args.crop)
        except (OSError, ValueError) as exc:
            return _fail("train", f"the export to {args.export} failed: {exc}")
    return 0


def _configure_teacher(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("runs", type=Path, nargs="+", help="run folders (with final.keras)")
    parser.add_argument("--train-data", type=Path, default=DEFAULT_TRAIN)
    parser.add_argument(
        "--out", type=Path, default=Path("models/teacher.npz"), help="the npz to write"
    )


@command(
    "teacher",
    "average trained runs' probabilities on Training, the targets for distillation",
    _configure_teacher,
)
def run_teacher(args: argparse.Namespace) -> int:
    """Write the teacher npz (``train --teacher`` reads it)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    if (failed := _unfinished("teacher", args.runs)) is not None:
        return failed
    try:
        from facemood.training.teacher import write_teacher
    except ImportError as exc:
        return _fail("teacher", f"needs TensorFlow: pip install 'facemood[train]' ({exc})")
    try:
        out = write_teacher(args.runs, args.train_data, args.out)
    except (FaceMoodError, OSError, ValueError) as exc:
        return _fail("teacher", str(exc))
    print(json.dumps({"teacher": str(out), "members": [r.name for r in args.runs]}))
    return 0


def _configure_soup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "runs", type=Path, nargs="+", help="finished run folders of one design, same start"
    )
    parser.add_argument("--out", type=Path, required=True, help="the soup's run folder")


@command(
    "soup",
    "average the weights of fine-tuned runs into one run (a model soup)",
    _configure_soup,
)
def run_soup(args: argparse.Namespace) -> int:
    """Write the soup's run folder; ``choose`` and ``export`` take it like any run."""
    if (failed := _unfinished("soup", args.runs)) is not None:
        return failed
    try:
        from facemood.training.soup import make_soup
    except ImportError as exc:
        return _fail("soup", f"needs TensorFlow: pip install 'facemood[train]' ({exc})")
    try:
        final = make_soup(args.runs, args.out)
    except (FaceMoodError, OSError, ValueError) as exc:
        return _fail("soup", str(exc))
    print(json.dumps({"final_model": str(final), "soup_of": [str(r) for r in args.runs]}))
    return 0


def _configure_choose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run", type=Path, help="a finished run folder (final.keras)")
    parser.add_argument("--photos", type=Path, help="labelled photos to choose the offset on")
    parser.add_argument(
        "--photo-people",
        default="",
        help="the people of --photos set aside for choosing (comma-separated, or @FILE)",
    )
    parser.add_argument("--export", type=Path, help="export with what was chosen to this folder")
    parser.add_argument(
        "--mirror",
        choices=("auto", "on", "off"),
        default="auto",
        help="score faces mirrored too: chosen on held-out accuracy (auto), or set, e.g. "
        "off when the mirrored pass does not fit the time per face",
    )


@command(
    "choose",
    "choose mirroring, temperature and the neutral offset on held-out data, then export",
    _configure_choose,
)
def run_choose(args: argparse.Namespace) -> int:
    """Print the choice and its evidence (JSON); optionally export with it."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    if (failed := _unfinished("choose", [args.run])) is not None:
        return failed
    try:
        from facemood.training.choose import choose_output
    except ImportError as exc:
        return _fail("choose", f"needs TensorFlow: pip install 'facemood[train]' ({exc})")
    try:
        people = _people(args.photo_people) if args.photo_people else set()
        forced = {"auto": None, "on": True, "off": False}[args.mirror]
        choice = choose_output(args.run, args.photos, people, mirror=forced)
    except (FaceMoodError, OSError, ValueError) as exc:
        return _fail("choose", str(exc))
    print(json.dumps({**asdict(choice), "bias": choice.bias}))
    if args.export:
        from facemood.training.export import export_model

        export_model(
            args.run / "final.keras",
            args.export,
            crop=_run_crop(args.run / "final.keras"),
            mirror=choice.mirror,
            temperature=choice.temperature,
            bias=choice.bias,
        )
    return 0


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "keras_model",
        type=Path,
        nargs="+",
        help="a .keras checkpoint from training; several make one model that averages them",
    )
    parser.add_argument("--out", type=Path, default=Path("models"), help="folder to write")
    parser.add_argument("--float", action="store_true", help="keep float32 weights (no int8)")
    parser.add_argument("--check-data", type=Path, default=DEFAULT_TEST)
    parser.add_argument(
        "--crop",
        type=_crop,
        help="the models' crop style (default: from the run folder's config.json)",
    )


def _run_crop(model: Path) -> str:
    """The crop style in the run folder's config.json ("box" when it names none)."""
    config = model.parent / "config.json"
    try:
        return str(json.loads(config.read_text(encoding="utf-8")).get("crop", "box"))
    except (OSError, ValueError):
        return "box"


@command("export", "export a trained .keras model to LiteRT for the app", _configure_export)
def run_export(args: argparse.Namespace) -> int:
    """Convert, write labels and checksum, and report Keras/LiteRT agreement."""
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    from facemood.training.export import export_model

    for path in args.keras_model:
        if not path.is_file():
            return _fail("export", f"no such model file: {path}")
        problem = _model_file_problem(path)
        if problem:
            return _fail("export", problem)
    problem = _folder_problem("--out", args.out)
    if problem:
        return _fail("export", problem)
    check = args.check_data if args.check_data.is_file() else None
    crops = {args.crop} if args.crop else {_run_crop(p) for p in args.keras_model}
    if len(crops) != 1:
        return _fail("export", f"the models use different crops: {sorted(crops)}")
    try:
        crop = CropStyle.parse(crops.pop()).name
        report = export_model(args.keras_model, args.out, check, quantize=not args.float, crop=crop)
    except (OSError, ValueError) as exc:  # Keras' loader and the writes report these
        return _fail("export", f"cannot export {', '.join(map(str, args.keras_model))}: {exc}")
    print(
        json.dumps(
            {
                "path": str(report.path),
                "size_bytes": report.size_bytes,
                "max_abs_diff": report.max_abs_diff,
                "top1_agreement": report.top1_agreement,
            }
        )
    )
    return 0


def _configure_evaluate(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--data", type=Path, help="npz with images, labels")
    what.add_argument(
        "--photos",
        type=Path,
        help="labelled full-face photos: DIR/manifest.csv (file,label[,identity]) or "
        "DIR/<emotion>/",
    )
    parser.add_argument(
        "--people",
        help="with --photos: only these people (comma-separated, or @FILE with one a line)",
    )
    parser.add_argument("--model", type=Path, help="a .tflite file (default: the bundled one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--predictions", type=Path, help="write (N, 7) probabilities here")
    mirror = parser.add_mutually_exclusive_group()
    mirror.add_argument(
        "--no-mirror", action="store_true", help="score faces as given only (no mirrored average)"
    )
    mirror.add_argument(
        "--mirror", action="store_true", help="also score faces mirrored, whatever the model says"
    )


@command(
    "evaluate", "measure the emotion model's accuracy and speed on an npz", _configure_evaluate
)
def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate with the app's runtime and print metrics."""
    import numpy as np

    from facemood.training.evaluate import evaluate_file, format_report

    mirror = True if args.mirror else (False if args.no_mirror else None)
    if args.photos is not None:
        return _evaluate_photos(args, mirror)
    if args.predictions and not args.predictions.parent.is_dir():
        return _fail("evaluate", f"no folder for --predictions: {args.predictions.parent}")
    try:
        evaluation, probs = evaluate_file(args.data, args.model, mirror=mirror)
    except FaceMoodError as exc:
        return _fail("evaluate", str(exc))
    if args.predictions:
        try:
            np.save(args.predictions, probs)
        except OSError as exc:
            return _fail("evaluate", f"could not write {args.predictions}: {explain(exc)}")
    print(json.dumps(evaluation.as_dict()) if args.json else format_report(evaluation))
    return 0


def _people(text: str) -> set[str]:
    """``a,b,c`` or ``@FILE`` (one person a line) as a set of people."""
    if text.startswith("@"):
        items = Path(text[1:]).read_text(encoding="utf-8").splitlines()
    else:
        items = text.split(",")
    return {p.strip() for p in items if p.strip()}


def _evaluate_photos(args: argparse.Namespace, mirror: bool | None) -> int:
    from facemood.training.photo_eval import evaluate_photos, format_photo_report

    try:
        people = _people(args.people) if args.people else None
        result = evaluate_photos(args.photos, args.model, mirror=mirror, people=people)
    except (FaceMoodError, FileNotFoundError, NotADirectoryError, ValueError) as exc:
        return _fail("evaluate", str(exc))
    except OSError as exc:
        return _fail("evaluate", explain(exc))
    print(json.dumps(result.as_dict()) if args.json else format_photo_report(result))
    return 0
