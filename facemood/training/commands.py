"""Subcommands ``train``, ``export`` and ``evaluate``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from facemood.cli import command
from facemood.errors import FaceMoodError
from facemood.training.data import TargetKind

DATA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "fer2013"


def _configure_train(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--train-data", type=Path, default=DATA_DIR / "train.npz")
    parser.add_argument("--val-data", type=Path, default=DATA_DIR / "val.npz")
    parser.add_argument("--out", type=Path, default=Path("runs/emotion"), help="run folder")
    parser.add_argument(
        "--target",
        choices=[t.value for t in TargetKind],
        default=TargetKind.MIXED.value,
        help="FER labels, FER+ vote distributions, or a blend (default)",
    )
    parser.add_argument("--alpha", type=float, default=0.5, help="FER share of a mixed target")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=2e-3, help="peak learning rate")
    parser.add_argument(
        "--patience",
        type=int,
        default=12,
        help="stop after this many epochs without a better PublicTest accuracy (0: never)",
    )
    parser.add_argument("--max-minutes", type=float, default=0, help="stop after this long")
    parser.add_argument("--limit", type=int, default=0, help="train on this many images only")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--fresh", action="store_true", help="ignore a checkpoint in --out")
    parser.add_argument(
        "--init-from",
        type=Path,
        help="start from this model's weights (same widths) with a new learning-rate schedule",
    )
    parser.add_argument("--export", type=Path, help="export the best model to this folder")


@command("train", "train the emotion CNN (needs the facemood[train] extra)", _configure_train)
def run_train(args: argparse.Namespace) -> int:
    """Train, resuming from ``--out`` unless ``--fresh``, then optionally export."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    try:
        from facemood.training.train import TrainConfig, train
    except ImportError as exc:
        print(
            f"facemood train: training needs TensorFlow: pip install 'facemood[train]' ({exc})",
            file=sys.stderr,
        )
        return 1
    cfg = TrainConfig(
        train_data=args.train_data,
        val_data=args.val_data,
        out_dir=args.out,
        target=TargetKind(args.target),
        alpha=args.alpha,
        epochs=args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        max_minutes=args.max_minutes,
        patience=args.patience,
        limit=args.limit,
        seed=args.seed,
        init_from=args.init_from,
    )
    try:
        result = train(cfg, resume=not args.fresh)
    except FaceMoodError as exc:
        print(f"facemood train: {exc}", file=sys.stderr)
        return 1
    print(
        json.dumps(
            {
                "best_model": str(result.best_model),
                "epochs": result.epochs_run,
                "best_val_accuracy": result.best_val_accuracy,
            }
        )
    )
    if args.export:
        from facemood.training.export import export_model

        export_model(result.best_model, args.export, calibration=args.val_data)
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
    parser.add_argument("--check-data", type=Path, default=DATA_DIR / "val.npz")


@command("export", "export a trained .keras model to LiteRT for the app", _configure_export)
def run_export(args: argparse.Namespace) -> int:
    """Convert, write labels and checksum, and report Keras/LiteRT agreement."""
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    from facemood.training.export import export_model

    missing = [p for p in args.keras_model if not p.is_file()]
    if missing:
        print(f"facemood export: no such model file: {missing[0]}", file=sys.stderr)
        return 1
    check = args.check_data if args.check_data.is_file() else None
    report = export_model(args.keras_model, args.out, check, quantize=not args.float)
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
    parser.add_argument("--data", type=Path, required=True, help="npz with images, labels")
    parser.add_argument("--model", type=Path, help="a .tflite file (default: the bundled one)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--predictions", type=Path, help="write (N, 7) probabilities here")
    parser.add_argument(
        "--no-mirror", action="store_true", help="score faces as given only (no mirrored average)"
    )


@command(
    "evaluate", "measure the emotion model's accuracy and speed on an npz", _configure_evaluate
)
def run_evaluate(args: argparse.Namespace) -> int:
    """Evaluate with the app's runtime and print metrics."""
    import numpy as np

    from facemood.training.evaluate import evaluate_file, format_report

    if args.predictions and not args.predictions.parent.is_dir():
        print(
            f"facemood evaluate: no folder for --predictions: {args.predictions.parent}",
            file=sys.stderr,
        )
        return 1
    try:
        evaluation, probs = evaluate_file(args.data, args.model, mirror=not args.no_mirror)
    except FaceMoodError as exc:
        print(f"facemood evaluate: {exc}", file=sys.stderr)
        return 1
    if args.predictions:
        try:
            np.save(args.predictions, probs)
        except OSError as exc:
            print(f"facemood evaluate: could not write {args.predictions}: {exc}", file=sys.stderr)
            return 1
    print(json.dumps(evaluation.as_dict()) if args.json else format_report(evaluation))
    return 0
