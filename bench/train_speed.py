"""Training speed: the book's recipe as plain Keras model.fit versus the app's training path, and
the fast preset's time to 99.0% MNIST test accuracy. Run by hand:

    python -m bench.train_speed            # full epochs; add --limit 12000 for a quicker look
"""

from __future__ import annotations

import argparse
import platform
import time

import keras

from lenet_core.data.datasets import load_dataset
from lenet_core.network.config import TrainingConfig, preset_config
from lenet_core.network.evaluation import evaluate
from lenet_core.network.model import build_model
from lenet_core.network.training import prepare_data, train


def plain_keras_fit(config: TrainingConfig, data) -> float:
    """The book's script: compile, fit with validation data, nothing else. Returns images/s."""
    train_x, train_y, val_x, val_y = data
    keras.utils.set_random_seed(config.seed)
    model = build_model(config.architecture)
    model.compile(
        optimizer=keras.optimizers.SGD(config.learning_rate),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    started = time.perf_counter()
    model.fit(
        train_x, train_y, batch_size=config.batch_size, epochs=config.epochs, validation_data=(val_x, val_y), verbose=0
    )
    return len(train_x) * config.epochs / (time.perf_counter() - started)


def app_training_path(config: TrainingConfig, data) -> float:
    """lenet_core.network.training.train with a listener every 5 batches, as the job manager uses it."""
    heard = []
    started = time.perf_counter()
    train(config, on_batch=heard.append, on_epoch=heard.append, batch_every=5, data=data)
    return len(data[0]) * config.epochs / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="training images (default: all 60,000)")
    parser.add_argument("--epochs", type=int, default=1)
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {keras.backend.backend()} backend")

    book = TrainingConfig(epochs=args.epochs, limit=args.limit)
    data = prepare_data(book)
    plain = plain_keras_fit(book, data)
    app = app_training_path(book, data)
    print(f"book recipe, plain model.fit : {plain:7.0f} images/s")
    print(f"book recipe, app's train()    : {app:7.0f} images/s  (ratio app/plain {app / plain:.3f})")

    fast = preset_config("fast", limit=args.limit)
    result = train(fast)
    dataset = load_dataset("mnist")
    accuracy = evaluate(result.model, dataset.test_images, dataset.test_labels).accuracy
    print(
        f"fast preset: {fast.epochs} epoch(s), {result.seconds:.1f} s of training, "
        f"{result.images_per_second:.0f} images/s, test accuracy {accuracy * 100:.2f}%"
    )


if __name__ == "__main__":
    main()
