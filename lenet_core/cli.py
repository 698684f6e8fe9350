"""The book's command line: train or load LeNet, evaluate it, show random test predictions.

python -m lenet_core --train-model 1 --save-trained 1 --weights data/lenet_weights.weights.h5
python -m lenet_core --weights data/lenet_weights.weights.h5          # load and evaluate
python -m lenet_core --weights data/lenet_weights.weights.h5 --code --export all --output take-home
"""

from __future__ import annotations

import argparse
import shlex
import sys
import uuid
from pathlib import Path

import numpy as np

from lenet_core.base import files
from lenet_core.data.datasets import DATASET_NAMES, DatasetError, load_dataset
from lenet_core.network.config import PRESETS, TrainingConfig, preset_config


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m lenet_core", description=__doc__.splitlines()[0])
    parser.add_argument("-t", "--train-model", type=int, choices=(0, 1), default=0, help="1: train a new model")
    parser.add_argument("-s", "--save-trained", type=int, choices=(0, 1), default=0, help="1: save the weights")
    parser.add_argument(
        "-w",
        "--weights",
        help="weights file (.weights.h5, or a legacy .hdf5 to load); "
        "when evaluating without it, the shipped default model of the data set",
    )
    parser.add_argument("--dataset", choices=DATASET_NAMES, default="mnist")
    parser.add_argument("--preset", choices=tuple(PRESETS), default="book", help="book: SGD 0.01, batch 128")
    parser.add_argument("--epochs", type=int, help="default: 20 for MNIST, 50 for Fashion-MNIST (book)")
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--optimizer", choices=("sgd", "adam", "rmsprop"))
    parser.add_argument("--learning-rate", type=float)
    parser.add_argument("--weight-decay", type=float, help="decoupled weight decay (AdamW's), e.g. 0.004")
    parser.add_argument(
        "--limit", type=int, help="train on a random subset of this many images (fast MNIST: 24,000; 60000: all)"
    )
    parser.add_argument("--label-smoothing", type=float, help="share this much of each target over all classes")
    parser.add_argument("--augment", action="store_true", help="random shifts, scales, rotations, thickness")
    parser.add_argument(
        "--elastic", action="store_true", help="with --augment, MNIST: elastic distortions and more pen widths"
    )
    parser.add_argument(
        "--styles",
        type=int,
        help="MNIST: add N rendered digits of each writing style MNIST lacks (flagged 1, crossed 7, ...)",
    )
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--samples", type=int, default=10, help="random test images to predict (default 10)")
    parser.add_argument("--history", help="write the training history chart to this HTML file")
    parser.add_argument("--store-name", help="also save the trained model to the model store under this name")
    parser.add_argument("--store-id", help=argparse.SUPPRESS)  # fixed ids of the shipped default models
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="train on Dask workers, as the app does: LENET_DASK_SCHEDULER's cluster, or worker processes here",
    )
    from lenet_core.inside.exporting import FORMATS  # no TensorFlow: the table of formats only

    parser.add_argument(
        "--export",
        action="append",
        choices=(*FORMATS, "all"),
        help="also write the model as FORMAT (repeat it, or 'all'): " + ", ".join(FORMATS),
    )
    parser.add_argument("--code", action="store_true", help="also write this run's code as a .py and a .ipynb")
    parser.add_argument("--output", default=".", help="folder for --export and --code files (default: here)")
    return parser.parse_args(argv)


def _fail(message: str) -> int:
    print(f"[ERROR] {message}", file=sys.stderr)
    return 2


def stored_command(argv: list[str]) -> str:
    """The command line kept with a stored model, to run again on any OS: Windows' backslashes in
    paths become forward slashes, which Python reads on Windows too."""
    if files.WINDOWS:
        argv = [argument.replace("\\", "/") for argument in argv]
    return shlex.join(["python", "-m", "lenet_core", *argv])


def _default_weights(dataset: str) -> Path | None:
    from lenet_core.store.models import open_store

    shipped = open_store().shipped(dataset)
    return shipped.weights_path if shipped else None


def _print_epoch(progress) -> None:
    metrics = " - ".join(f"{key}: {value:.4f}" for key, value in progress.metrics.items())
    print(
        f"Epoch {progress.epoch}/{progress.epochs} - {progress.seconds:.1f}s "
        f"- {progress.images_per_second:.0f} images/s - {metrics}",
        flush=True,
    )


def _train_on_cluster(config: TrainingConfig):
    """Trains on the app's Dask executor; returns (model, history, seconds, snapshots). Raises RuntimeError."""
    import threading

    from lenet_core.jobs.executor import DaskExecutor
    from lenet_core.jobs.messages import EpochEnded
    from lenet_core.jobs.records import TRAIN
    from lenet_core.network.model import build_model, load_weights_bytes

    executor = DaskExecutor.from_environment()
    print(f"[INFO] sending the job to {executor.where}...", flush=True)
    outcome, finished = {}, threading.Event()

    def on_message(message) -> None:
        if isinstance(message, EpochEnded):
            metrics = " - ".join(f"{key}: {value:.4f}" for key, value in message.metrics.items())
            print(f"Epoch {message.epoch}/{config.epochs} - {message.seconds:.1f}s - {metrics}", flush=True)

    def on_done(result, error) -> None:
        outcome.update(result=result, error=error)
        finished.set()

    try:
        executor.run("cli-" + uuid.uuid4().hex[:12], TRAIN, config.to_dict(), None, on_message, on_done)
        finished.wait()
    finally:
        executor.close()
    if outcome["error"]:
        raise RuntimeError(outcome["error"])
    model = build_model(config.architecture)
    result = outcome["result"]
    load_weights_bytes(model, result.weights)
    return model, result.history, result.seconds, result.snapshots


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = preset_config(
            args.preset,
            args.dataset,
            epochs=args.epochs,
            batch_size=args.batch_size,
            optimizer=args.optimizer,
            learning_rate=args.learning_rate,
            limit=args.limit,
            seed=args.seed,
            augment=args.augment or None,
            elastic=args.elastic or None,
            styles=args.styles,
            weight_decay=args.weight_decay,
            label_smoothing=args.label_smoothing,
        )
    except ValueError as error:
        return _fail(str(error))
    if args.save_trained and not args.weights and not args.store_name:
        return _fail("--save-trained 1 needs --weights PATH (a .weights.h5 file) or --store-name NAME.")
    if args.weights and args.save_trained and not args.weights.endswith(".weights.h5"):
        return _fail(f"Save weights to a file ending in .weights.h5, not {args.weights!r}.")

    print(f"[INFO] loading {args.dataset}...", flush=True)
    try:
        dataset = load_dataset(args.dataset)
    except DatasetError as error:
        return _fail(str(error))

    # TensorFlow's import takes seconds: only after the arguments and data are known to be good.
    from lenet_core.network.evaluation import evaluate
    from lenet_core.network.model import WeightsError, build_model, load_weights, save_weights

    print("[INFO] compiling model...", flush=True)
    if args.train_model:
        from lenet_core.network.training import train

        print(f"[INFO] training ({describe(config)})...", flush=True)
        if args.cluster:
            try:
                model, history, seconds, snapshots = _train_on_cluster(config)
            except RuntimeError as error:  # ClusterUnavailable, or the job's own failure
                return _fail(str(error))
        else:
            result = train(config, on_epoch=_print_epoch)
            model, history, seconds, snapshots = result.model, result.history, result.seconds, result.snapshots
        print(f"[INFO] trained {len(history['loss'])} epochs in {seconds:.1f}s", flush=True)
    else:
        weights = Path(args.weights) if args.weights else _default_weights(args.dataset)
        if weights is None or not weights.is_file():
            shown = weights or f"a default {args.dataset} model"
            return _fail(
                f"No weights found at {shown}. Train and save one first:\n"
                f"  python -m lenet_core --train-model 1 --save-trained 1 --dataset {args.dataset} "
                f"--weights {args.weights or 'data/lenet_weights.weights.h5'}"
            )
        model, history = build_model(config.architecture), None
        print(f"[INFO] loading weights from {weights}...", flush=True)
        try:
            load_weights(model, weights)
        except WeightsError as error:
            return _fail(str(error))

    print("[INFO] evaluating...", flush=True)
    result_eval = evaluate(model, dataset.test_images, dataset.test_labels)
    print(f"[INFO] accuracy: {result_eval.accuracy * 100:.2f}%", flush=True)

    if args.train_model and args.save_trained:
        if args.weights:
            print("[INFO] dumping weights to file...", flush=True)
            save_weights(model, args.weights)
        if args.store_name:
            from lenet_core.store.models import open_store

            record = open_store().save(
                model,
                name=args.store_name,
                config=config,
                history=history,
                evaluation=result_eval,
                seconds=seconds,
                command=stored_command(argv if argv is not None else sys.argv[1:]),
                model_id=args.store_id,
                snapshots=snapshots,
            )
            print(f"[INFO] saved to the model store as {record.model_id}", flush=True)
    if args.history:
        if history is None:
            print("[WARN] --history needs --train-model 1: there is no training history to draw.")
        else:
            from lenet_core.base.files import atomic_path
            from lenet_core.charts.training import history_figure

            with atomic_path(Path(args.history), suffix=".html") as temporary:
                history_figure(history, title=f"LeNet on {args.dataset}").write_html(temporary, include_plotlyjs=True)
            print(f"[INFO] training history chart written to {args.history}", flush=True)

    if args.export or args.code:
        written = _take_home(args, config, model, result_eval.accuracy)
        if written is None:
            return 2

    rng = np.random.default_rng()
    for index in rng.choice(len(dataset.test_images), size=min(args.samples, len(dataset.test_images)), replace=False):
        predicted = dataset.class_names[result_eval.predictions[index]]
        actual = dataset.class_names[dataset.test_labels[index]]
        print(f"[INFO] Predicted: {predicted}, Actual: {actual}")
    return 0


def _take_home(args, config: TrainingConfig, model, accuracy: float) -> list[Path] | None:
    """Writes the --code and --export files into --output; None (after a message) when one fails."""
    from lenet_core.inside.exporting import FORMATS, ExportError, build_file
    from lenet_core.network.codegen import notebook_for, script_for

    folder = Path(args.output)
    stem = Path(args.weights).name.removesuffix(".weights.h5") if args.weights else f"lenet_{args.dataset}"
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in stem) or "lenet"
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if args.code:
            script = script_for(config, stem, stem, accuracy)
            for suffix, text in ((".py", script), (".ipynb", notebook_for(script))):
                files.write_bytes(folder / f"{stem}{suffix}", text.encode("utf-8"))
                written.append(folder / f"{stem}{suffix}")
                print(f"[INFO] wrote {written[-1]}", flush=True)
        kinds = list(FORMATS) if "all" in (args.export or []) else list(dict.fromkeys(args.export or []))
        for kind in kinds:
            path = folder / FORMATS[kind].file_name.format(id=stem)
            print(f"[INFO] exporting {FORMATS[kind].title}...", flush=True)
            facts = build_file(model, kind, path, args.dataset, stem, stem)
            measured = f"{facts['bytes'] / 1e6:.1f} MB in {facts['seconds']:.1f}s"
            if "test_accuracy" in facts:
                measured += f", test accuracy {facts['test_accuracy'] * 100:.2f}%"
            print(f"[INFO] wrote {path} ({measured})", flush=True)
            written.append(path)
    except (ExportError, OSError, ValueError) as error:
        _fail(f"Could not write the files to {folder}: {error}")
        return None
    return written


def describe(config: TrainingConfig) -> str:
    return (
        f"{config.epochs} epochs, batch {config.batch_size}, {config.optimizer} lr {config.learning_rate}"
        f"{' one-cycle' if config.schedule == 'one-cycle' else ''}"
        f"{f', weight decay {config.weight_decay}' if config.weight_decay else ''}"
        f"{f', label smoothing {config.label_smoothing}' if config.label_smoothing else ''}"
        f"{f', {config.styles} styled digits per style' if config.styles else ''}"
        f"{f', {config.limit} images' if config.limit else ''}{', augmented' if config.augment else ''}"
        f"{' (elastic)' if config.elastic else ''}"
    )
