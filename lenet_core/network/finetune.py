"""Fine-tuning, the worker's half: a stored model's weights trained a few more epochs on the class
drawings the job carries, mixed with its data set's images.

The worker scores the model on the held-out drawings and on the test set, trains a few epochs from
those weights on a random part of the data set's training images plus the class's training
drawings, each drawing repeated `repeats` times (a few dozen drawings beside thousands of images
would otherwise barely move the weights), and scores it again. The server's half, which gathers
the weights and drawings, is `lenet_core.jobs.requests`.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from lenet_core.network.config import TrainingConfig


@dataclasses.dataclass(frozen=True)
class Drawings:
    """The class drawings a job carries: (N, 28, 28) uint8 images and (N,) labels per part."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray


def _scores(model, test_images: np.ndarray, test_labels: np.ndarray, drawings: Drawings):
    """(the test set's Evaluation, {"test": its accuracy, "drawings": held-out drawings' accuracy or None})."""
    from lenet_core.network.evaluation import evaluate

    held_out = None
    if len(drawings.test_labels):
        held_out = evaluate(model, drawings.test_images, drawings.test_labels).accuracy
    test = evaluate(model, test_images, test_labels)
    return test, {"test": test.accuracy, "drawings": held_out}


def fine_tune(config: TrainingConfig, payload: dict, **progress):
    """Fine-tunes the payload's weights on its drawings (see the module); `progress` goes to
    `lenet_core.network.training.train` (on_epoch, on_batch, batch_every, stop).

    Returns (TrainingResult, the test set's Evaluation after, summary): the summary holds the
    scores before and after, the numbers of drawings and images, the repeats and the base model.
    """
    from lenet_core.data.datasets import as_model_input, load_dataset
    from lenet_core.network.model import build_model, load_weights_bytes
    from lenet_core.network.training import prepare_data, train

    drawings: Drawings = payload["drawings"]
    repeats = int(payload["repeats"])
    model = build_model(config.architecture)
    load_weights_bytes(model, payload["weights"])
    dataset = load_dataset(config.dataset)
    _evaluation, before = _scores(model, dataset.test_images, dataset.test_labels, drawings)
    train_x, train_y, val_x, val_y = prepare_data(config)
    mixed_x = np.concatenate([train_x, np.repeat(as_model_input(drawings.train_images), repeats, axis=0)])
    mixed_y = np.concatenate([train_y, np.repeat(drawings.train_labels.astype("int32"), repeats)])
    result = train(config, data=(mixed_x, mixed_y, val_x, val_y), initial_weights=model.get_weights(), **progress)
    evaluation, after = _scores(result.model, dataset.test_images, dataset.test_labels, drawings)
    summary = {
        "base": payload["base"],
        "before": before,
        "after": after,
        "drawings_train": len(drawings.train_labels),
        "drawings_test": len(drawings.test_labels),
        "images": len(train_x),
        "repeats": repeats,
    }
    return result, evaluation, summary
