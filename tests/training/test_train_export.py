"""A tiny real training run (one epoch on a few hundred FER2013 images) and its export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from facemood.training.data import TargetKind, load_npz
from facemood.vision.model import EmotionModel

pytest.importorskip("tensorflow", reason="training tests need the facemood[train] extra")

FER_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "fer2013"


@pytest.fixture(scope="module")
def slices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Small train/val npz files cut from the shared dataset."""
    out = tmp_path_factory.mktemp("fer")
    for name, count in (("train", 384), ("val", 128)):
        with np.load(FER_DIR / f"{name}.npz") as src:
            np.savez(out / f"{name}.npz", **{k: src[k][:count] for k in src.files})
    return out / "train.npz", out / "val.npz"


@pytest.mark.slow
def test_one_epoch_lowers_the_loss_and_export_round_trips(
    slices: tuple[Path, Path], tmp_path: Path
) -> None:
    from facemood.training.export import export_model
    from facemood.training.train import TrainConfig, build_model, keras, train

    train_npz, val_npz = slices
    cfg = TrainConfig(
        train_data=train_npz,
        out_dir=tmp_path / "run",
        target=TargetKind.FERPLUS,
        epochs=1,
        warmup_epochs=0,
        batch_size=32,
        learning_rate=3e-3,
    )
    data = load_npz(train_npz)
    images = data.images[..., None].astype(np.float32)
    from facemood.training.data import make_targets

    targets = make_targets(data, TargetKind.FERPLUS)
    keras.utils.set_random_seed(cfg.seed)
    untrained = build_model(cfg.widths)
    untrained.compile(loss="categorical_crossentropy")
    loss_before = float(untrained.evaluate(images, targets, verbose=0))

    result = train(cfg, resume=False)
    assert result.epochs_run == 1
    trained = keras.models.load_model(cfg.out_dir / "last.keras")
    loss_after = float(trained.evaluate(images, targets, verbose=0, return_dict=True)["loss"])
    assert loss_after < loss_before
    assert (cfg.out_dir / "state.json").is_file()
    with np.load(cfg.out_dir / "holdout.npz") as held:
        assert held["probs"].dtype == np.float16 and held["probs"].shape[1] == 7

    report = export_model(result.final_model, tmp_path / "models", calibration=val_npz)
    assert report.top1_agreement >= 0.95
    assert report.max_abs_diff < 0.05
    with EmotionModel.load(report.path) as model:
        probs = model.predict(load_npz(val_npz).images[:5])
    assert probs.shape == (5, 7)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-4)


@pytest.fixture(scope="module")
def two_runs(slices: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two one-epoch runs with different seeds; their ``last.keras`` files."""
    from facemood.training.train import TrainConfig, train

    train_npz, _ = slices
    out = tmp_path_factory.mktemp("runs")
    paths = []
    for seed in (1, 2):
        cfg = TrainConfig(
            train_data=train_npz,
            out_dir=out / f"seed{seed}",
            epochs=1,
            batch_size=64,
            seed=seed,
        )
        train(cfg, resume=False)
        paths.append(cfg.out_dir / "last.keras")
    return paths


@pytest.mark.slow
def test_init_from_starts_a_new_run_from_another_models_weights(
    slices: tuple[Path, Path], two_runs: list[Path], tmp_path: Path
) -> None:
    from facemood.training.train import TrainConfig, keras, train

    train_npz, _ = slices
    start = keras.models.load_model(two_runs[0])
    # A learning rate of ~0 leaves the weights where the run started.
    cfg = TrainConfig(
        train_data=train_npz,
        out_dir=tmp_path / "continued",
        epochs=1,
        batch_size=64,
        learning_rate=1e-12,
        weight_decay=0.0,
        seed=2,
        init_from=two_runs[0],
    )
    train(cfg, resume=False)
    continued = keras.models.load_model(cfg.out_dir / "last.keras")
    other = keras.models.load_model(two_runs[1])  # the same seed without init_from

    pairs = list(zip(start.trainable_weights, continued.trainable_weights, strict=True))
    assert pairs
    for a, b in pairs:
        np.testing.assert_allclose(a.numpy(), b.numpy(), atol=1e-6)
    first_kernel = start.trainable_weights[0].numpy()
    assert not np.allclose(first_kernel, other.trainable_weights[0].numpy(), atol=1e-3)


@pytest.mark.slow
def test_an_ensemble_exports_as_one_model_averaging_its_members(
    slices: tuple[Path, Path], two_runs: list[Path], tmp_path: Path
) -> None:
    from facemood.training.export import export_model
    from facemood.training.train import keras

    _, val_npz = slices
    faces = load_npz(val_npz).images[:64]
    expected = np.mean(
        [
            keras.models.load_model(p).predict(faces[..., None].astype(np.float32), verbose=0)
            for p in two_runs
        ],
        axis=0,
    )
    report = export_model(two_runs, tmp_path, calibration=val_npz, quantize=False)
    assert report.top1_agreement >= 0.99
    with EmotionModel.load(report.path, mirror=False) as model:
        np.testing.assert_allclose(model.predict(faces), expected, atol=1e-4)


@pytest.mark.slow
def test_a_teacher_averages_runs_mirrored_and_a_student_learns_from_it(
    slices: tuple[Path, Path], two_runs: list[Path], tmp_path: Path
) -> None:
    from facemood.training.teacher import run_probabilities, write_teacher
    from facemood.training.train import TrainConfig, prepare

    train_npz, _ = slices
    runs = [p.parent for p in two_runs]
    for run in runs:  # the one-epoch runs' last weights stand in for finished runs
        (run / "final.keras").write_bytes((run / "last.keras").read_bytes())
    out = write_teacher(runs, train_npz, tmp_path / "teacher.npz")
    images = load_npz(train_npz).images
    with np.load(out) as teacher:
        assert teacher["probs"].dtype == np.float16 and teacher["probs"].shape == (len(images), 7)
        assert list(teacher["members"]) == [r.name for r in runs]
        expected = np.mean([run_probabilities(r, images, tmp_path) for r in runs], axis=0)
        np.testing.assert_allclose(teacher["probs"], expected, atol=2e-3)
    cfg = TrainConfig(
        train_data=train_npz, out_dir=tmp_path / "student", teacher=out, teacher_weight=1.0
    )
    prep = prepare(cfg)
    with np.load(out) as teacher:
        np.testing.assert_allclose(
            prep.targets, teacher["probs"][prep.fit_rows].astype(np.float32), atol=1e-6
        )


def test_labelled_photos_are_cut_like_the_app_and_mixed_in_by_person(tmp_path: Path) -> None:
    import shutil

    from facemood.training.faceprep import load_photos
    from facemood.vision.crops import CropStyle
    from tests.helpers.clips import FACES_DIR

    for person in ("004", "030"):
        for label in ("happy", "neutral"):
            (tmp_path / label).mkdir(exist_ok=True)
            shutil.copy(FACES_DIR / f"london_{person}_{label}.jpg", tmp_path / label)
    photos = load_photos(tmp_path, CropStyle(aligned=True), copies=3, seed=1)
    assert photos.images.shape == (12, 48, 48) and photos.people() == ["004", "030"]
    assert sorted(set(photos.labels.tolist())) == [3, 6]  # happy, neutral
    only = photos.select({"030"})
    assert set(only.person) == {"030"} and len(only.labels) == 6
    # The first copy of each photo is the exact crop, the others are jittered.
    assert not np.array_equal(photos.images[0], photos.images[1])


@pytest.mark.slow
def test_choose_weighs_mirror_temperature_and_offset_on_held_out_data_only(
    slices: tuple[Path, Path], two_runs: list[Path], tmp_path: Path
) -> None:
    import shutil

    from facemood.training.choose import NEUTRAL_OFFSETS, choose_output
    from facemood.training.faceprep import EVAL_PERSON_CAP
    from tests.helpers.clips import FACES_DIR

    train_npz, _ = slices
    run = two_runs[0].parent
    (run / "final.keras").write_bytes((run / "last.keras").read_bytes())
    photos = tmp_path / "photos"
    for person in ("004", "030"):
        for label in ("happy", "neutral"):
            (photos / label).mkdir(parents=True, exist_ok=True)
            shutil.copy(FACES_DIR / f"london_{person}_{label}.jpg", photos / label)
    chosen = choose_output(run, photos, {"004"}, train_npz)
    held = chosen.holdout
    both = {m: held[f"mirror={m}"]["fer"] + held[f"mirror={m}"]["ferplus"] for m in (False, True)}
    assert chosen.mirror is (both[True] > both[False])
    assert chosen.temperature > 0 and held["ece_ferplus"]["after"] >= 0
    assert [r["neutral_offset"] for r in chosen.photos] == list(NEUTRAL_OFFSETS)
    assert chosen.neutral_offset in NEUTRAL_OFFSETS
    assert held["person_cap"] == EVAL_PERSON_CAP  # recalls weigh people, not photos
    assert chosen.bias[6] == chosen.neutral_offset and sum(chosen.bias) == chosen.neutral_offset
    # Set by hand (the mirrored pass may not fit the time per face): kept, still reported.
    forced = choose_output(run, None, set(), train_npz, mirror=not chosen.mirror)
    assert forced.mirror is (not chosen.mirror) and forced.neutral_offset == 0.0
    assert forced.holdout["mirror=True"] == held["mirror=True"]


def test_a_run_is_chosen_and_measured_on_the_slice_it_held_out(
    slices: tuple[Path, Path], tmp_path: Path
) -> None:
    """The slice is drawn after cutting, so an aligned run holds out other faces than a box
    run; training, ``choose`` and the benchmarks all find a run's slice with ``run_split``
    (before, choose and the benchmarks drew the box slice for every run)."""
    from facemood.training.data import not_a_face
    from facemood.training.faceprep import run_split
    from facemood.training.train import TrainConfig, prepare
    from facemood.vision.crops import CropStyle

    train_npz, _ = slices
    data = load_npz(train_npz)
    assert data.votes is not None
    masks = {}
    for crop in ("box", "aligned"):
        cfg = TrainConfig(train_data=train_npz, out_dir=tmp_path / crop / "run", crop=crop)
        cut, fit, held = run_split(data, CropStyle.parse(crop), cache_dir=tmp_path / "cache")
        prep = prepare(cfg)
        np.testing.assert_array_equal(prep.holdout.images, cut.images[held])
        np.testing.assert_array_equal(prep.holdout.labels, data.labels[held])
        assert not (fit & held).any() and not (held & not_a_face(data.votes)).any()
        masks[crop] = held
    assert not np.array_equal(masks["box"], masks["aligned"])


def _manifest_folder(folder: Path) -> Path:
    """london photos laid out as real_faces is: <emotion>/ files and a manifest with the
    identity of each (two people, one of them with a name that has no number)."""
    import shutil

    from tests.helpers.clips import FACES_DIR

    rows = ["file,label,identity"]
    for person, identity in (("004", "Ada_Lovelace"), ("030", "Person_030")):
        for label in ("happy", "neutral"):
            (folder / label).mkdir(parents=True, exist_ok=True)
            name = f"{identity}_{label}.jpg"
            shutil.copy(FACES_DIR / f"london_{person}_{label}.jpg", folder / label / name)
            rows.append(f"{label}/{name},{label},{identity}")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n")
    return folder


def test_real_photos_are_split_by_identity_and_mixed_in(
    slices: tuple[Path, Path], tmp_path: Path
) -> None:
    from facemood.training.train import REAL_COPIES, TrainConfig, prepare, real_split
    from facemood.vision.crops import CropStyle

    folder = _manifest_folder(tmp_path / "real")
    train_npz, _ = slices
    cfg = TrainConfig(
        train_data=train_npz,
        out_dir=tmp_path / "run",
        crop="aligned",
        real_photos=folder,
        real_holdout=0.5,
        real_copies=2,
    )
    fit, held = real_split(cfg, CropStyle.parse("aligned"), tmp_path / "cache")
    # Whole people on each side, named by the manifest (not by a number in the file name).
    assert len(set(fit.person)) == len(set(held.person)) == 1
    assert set(fit.person) | set(held.person) == {"Ada_Lovelace", "Person_030"}
    assert len(fit.labels) == 2 * 2 and len(held.labels) == 2  # 2 copies; held: exact only
    assert cfg.real_copies <= REAL_COPIES
    prep = prepare(cfg)
    assert prep.eval_real is not None and set(prep.eval_real.person) == set(held.person)
    # The fit crops are appended with smoothed one-hot targets of their labels.
    tail = prep.targets[-len(fit.labels) :]
    np.testing.assert_array_equal(tail.argmax(axis=1), fit.labels)
    assert tail.max() == pytest.approx(0.9 + 0.1 / 7)


def test_a_person_cap_spreads_the_real_photos_weight_over_people(
    slices: tuple[Path, Path], tmp_path: Path
) -> None:
    from facemood.training.train import TrainConfig, prepare

    folder = _manifest_folder(tmp_path / "real")
    (folder / "manifest.csv").write_text(  # Ada: 2 photos, Person_030: 1, one held out
        "file,label,identity\n"
        "happy/Ada_Lovelace_happy.jpg,happy,Ada_Lovelace\n"
        "neutral/Ada_Lovelace_neutral.jpg,happy,Ada_Lovelace\n"
        "happy/Person_030_happy.jpg,happy,Person_030\n"
        "neutral/Person_030_neutral.jpg,happy,Held_Out\n"
    )
    train_npz, _ = slices
    cfg = TrainConfig(
        train_data=train_npz,
        out_dir=tmp_path / "run",
        crop="aligned",
        real_photos=folder,
        real_holdout=0.34,
        real_copies=1,
        holdout_seed=5,
    )
    plain, capped = prepare(cfg), prepare(replace(cfg, real_person_cap=1.0))
    assert plain.eval_real is not None and set(plain.eval_real.person) == {"Held_Out"}
    # Ada's two photos weigh 1/2 each and Person_030's one 1, scaled to the same total.
    ratio = np.sort(capped.weights[-3:] / plain.weights[-3:])
    np.testing.assert_allclose(ratio, [0.75, 0.75, 1.5], rtol=1e-6)
    np.testing.assert_array_equal(capped.weights[:-3], plain.weights[:-3])


def test_person_weights_let_nobody_count_for_more_than_the_cap() -> None:
    from facemood.training.faceprep import person_weights

    person = ("a", "a", "a", "a", "b", "c", "c")
    photo = np.array([0, 0, 1, 2, 3, 4, 5])  # a: 3 photos (4 crops), b: 1, c: 2
    np.testing.assert_allclose(
        person_weights(person, photo, 2.0), [2 / 3, 2 / 3, 2 / 3, 2 / 3, 1, 1, 1]
    )
    np.testing.assert_allclose(
        person_weights(person, photo, 1.0), [1 / 3, 1 / 3, 1 / 3, 1 / 3, 1, 0.5, 0.5]
    )


def test_class_balanced_rows_repeat_the_rare_classes() -> None:
    from facemood.training.train import _balanced_rows

    labels = np.array([6] * 400 + [3] * 100 + [2] * 4)
    assert np.array_equal(_balanced_rows(labels, 0.0, 1), np.arange(len(labels)))
    rows = _balanced_rows(labels, 0.5, 1)
    counts = np.bincount(labels[rows], minlength=7)
    assert counts[6] == 400 and counts[3] == 200  # (400/100) ** 0.5 = 2
    assert counts[2] == 32  # (400/4) ** 0.5 = 10, capped at 8


def test_a_shipped_model_is_rebuilt_as_keras_that_computes_the_same() -> None:
    import json

    from facemood.training.calibration import adjust
    from facemood.training.data import DEFAULT_TEST
    from facemood.training.faceprep import prepare_fer
    from facemood.training.recover import keras_from_tflite

    models = Path(__file__).resolve().parents[2] / "models"
    shipped = models / "emotion.tflite"
    with EmotionModel.load(shipped, mirror=False) as runtime:
        faces = prepare_fer(load_npz(DEFAULT_TEST).images[:600], runtime.crop_style)
        exported = runtime.predict(faces)
    model = keras_from_tflite(shipped, faces[:300])
    # The rebuilt network ends in its plain softmax; the export adds the temperature and
    # the bias of labels.json on top.
    labels = json.loads((models / "labels.json").read_text())
    rebuilt = adjust(
        model.predict(faces[..., None].astype(np.float32), verbose=0),
        labels["temperature"],
        labels["bias"],
    )
    assert np.abs(rebuilt - exported).max() < 0.1  # int8 weights against their float copy
    assert (rebuilt.argmax(1) == exported.argmax(1)).mean() > 0.98


def test_float16_weights_round_trip_and_a_bad_archive_is_refused(tmp_path: Path) -> None:
    from facemood.errors import ModelError
    from facemood.training.recover import load_weights_f16, save_weights_f16
    from facemood.training.train import build_model

    model = build_model((8, 8, 16, 16))
    faces = np.random.default_rng(0).integers(0, 256, (16, 48, 48, 1)).astype(np.float32)
    model(faces, training=True)  # moves the batch-norm statistics off their defaults
    path = tmp_path / "weights-f16.npz"
    save_weights_f16(model, path, (8, 8, 16, 16), "vgg")
    again = load_weights_f16(path)
    np.testing.assert_allclose(
        again.predict(faces, verbose=0), model.predict(faces, verbose=0), atol=2e-3
    )
    (tmp_path / "bad.npz").write_bytes(b"not an archive")
    with pytest.raises(ModelError, match="not a float16 weights archive"):
        load_weights_f16(tmp_path / "bad.npz")


@pytest.mark.slow
def test_a_soup_averages_runs_weights_and_refuses_other_designs(
    two_runs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from facemood.cli import main
    from facemood.training.train import keras

    folders = [p.parent for p in two_runs]
    for folder in folders:  # a run's result is final.keras; these one-epoch runs keep last
        (folder / "final.keras").write_bytes((folder / "last.keras").read_bytes())
    out = tmp_path / "soup"
    assert main(["soup", *map(str, folders), "--out", str(out)]) == 0
    members = [keras.models.load_model(f / "final.keras") for f in folders]
    soup = keras.models.load_model(out / "final.keras")
    for index, layer in enumerate(soup.layers):
        for got, *parts in zip(
            layer.get_weights(), *(m.layers[index].get_weights() for m in members), strict=True
        ):
            np.testing.assert_allclose(got, np.mean(parts, axis=0), rtol=1e-6, atol=1e-7)
    assert json.loads((out / "config.json").read_text())["soup_of"] == list(map(str, folders))
    assert (out / "weights-f16.npz").is_file()

    other = tmp_path / "other"
    other.mkdir()
    (other / "final.keras").write_bytes((folders[0] / "final.keras").read_bytes())
    config = json.loads((folders[0] / "config.json").read_text())
    (other / "config.json").write_text(json.dumps({**config, "widths": [8, 16, 32, 64]}))
    capsys.readouterr()
    assert main(["soup", str(folders[0]), str(other), "--out", str(tmp_path / "no")]) == 1
    assert "only runs of one design can be averaged" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", ["soup", "teacher", "choose"])
def test_a_run_without_final_keras_is_refused_by_name(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facemood.cli import main

    unfinished = tmp_path / "half-done"
    unfinished.mkdir()
    args = {
        "soup": ["soup", str(unfinished), str(unfinished), "--out", str(tmp_path / "soup")],
        "teacher": ["teacher", str(unfinished), "--out", str(tmp_path / "teacher.npz")],
        "choose": ["choose", str(unfinished)],
    }[command]
    assert main(args) == 1
    assert f"{unfinished} has no final.keras (is the run finished?)" in capsys.readouterr().err
    assert not (tmp_path / "soup").exists() and not (tmp_path / "teacher.npz").exists()
