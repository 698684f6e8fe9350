"""Fine-tuning a stored model on the class's own drawings, mixed with its data set's images.

The server gathers what the job needs (`request`): the model's weights and both parts of the
class drawings of its data set, as arrays, because a lab's workers share no folder with the
server. A worker then runs `fine_tune`: it scores the model on the held-out drawings and on the
test set, trains a few epochs from those weights on a random part of the data set's training
images plus the class's training drawings, each drawing repeated `repeats` times (a few dozen
drawings beside thousands of images would otherwise barely move the weights), and scores it again.

`request` needs no TensorFlow; `fine_tune` imports it.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from lenet_core import i18n
from lenet_core.collection import Collection, split_of
from lenet_core.config import MAX_EXTRA_IMAGES, TrainingConfig
from lenet_core.datasets import dataset_title
from lenet_core.i18n import _
from lenet_core.store import ModelRecord, ModelStore

EPOCHS = 3
IMAGES = 10_000  # data set images mixed in: enough to keep what the model knew, quick to train
REPEATS = 20  # each class drawing counts as this many images per epoch
MAX_REPEATS = 100
LEARNING_RATE = 0.0005  # Adam, constant: small, so the model adjusts rather than relearns


class FineTuneError(ValueError):
    """A fine-tuning request that cannot run; the message says what to do."""


@dataclasses.dataclass(frozen=True)
class Drawings:
    """The class drawings a job carries: (N, 28, 28) uint8 images and (N,) labels per part."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray


def config_for(
    record: ModelRecord,
    drawings: int,
    epochs: int = EPOCHS,
    images: int = IMAGES,
    repeats: int = REPEATS,
    learning_rate: float = LEARNING_RATE,
    seed: int = 42,
) -> TrainingConfig:
    """The job config of fine-tuning `record` on `drawings` class drawings: its network and data
    set, Adam at a small constant rate, `images` of the data set's training images plus the
    drawings `repeats` times each, augmented. Raises FineTuneError (or ValueError) when out of range."""
    if not record.usable or record.dataset is None:
        raise FineTuneError(_("That model's files are missing or damaged; pick another model."))
    if not 1 <= repeats <= MAX_REPEATS:
        raise FineTuneError(
            _("Each drawing may count 1 to {most} times; got {repeats}.").format(most=MAX_REPEATS, repeats=repeats)
        )
    if drawings * repeats > MAX_EXTRA_IMAGES:
        raise FineTuneError(
            _(
                "{drawings} drawings x {repeats} = {images} images per epoch; at most {limit}. "
                "Count each drawing at most {most} times."
            ).format(
                drawings=i18n.number(drawings),
                repeats=repeats,
                images=i18n.number(drawings * repeats),
                limit=i18n.number(MAX_EXTRA_IMAGES),
                most=max(1, MAX_EXTRA_IMAGES // drawings),
            )
        )
    return TrainingConfig(
        dataset=record.dataset,
        architecture=record.architecture,
        epochs=epochs,
        batch_size=128,
        optimizer="adam",
        learning_rate=learning_rate,
        limit=images,
        augment=True,
        seed=seed,
        extra_images=drawings * repeats,
    )


def request(store: ModelStore, model_id: str, collection: Collection, **settings) -> tuple[TrainingConfig, dict]:
    """The job config and payload for fine-tuning model `model_id` on the class drawings of its
    data set; `settings` go to `config_for`. The model is looked up again here: it may have been
    deleted since the student picked it.

    Raises FineTuneError when the model is gone or unusable, the class has no training drawings
    yet, or the settings are out of range.
    """
    record = store.get(model_id)
    if record is None or not record.usable:
        raise FineTuneError(_("That model was deleted or damaged a moment ago; pick another one."))
    if record.dataset is None:
        raise FineTuneError(_("That model's data set is unknown; pick another one."))
    images, labels, ids = collection.arrays(record.dataset)  # one pass over the collection, then split
    held_out = np.array([split_of(entry_id) == "test" for entry_id in ids], dtype=bool)
    train_images, train_labels = images[~held_out], labels[~held_out]
    if not len(train_images):
        raise FineTuneError(
            _(
                "The class collection has no {dataset} drawings to learn from yet. Draw some on the Predict page "
                "and press “Add to the class collection”, then come back."
            ).format(dataset=dataset_title(record.dataset))
        )
    config = config_for(record, len(train_images), **settings)
    test_images, test_labels = images[held_out], labels[held_out]
    try:
        weights = record.weights_path.read_bytes()
    except OSError:
        raise FineTuneError(_("That model was deleted a moment ago; pick another one.")) from None
    payload = {
        "weights": weights,
        "drawings": Drawings(train_images, train_labels, test_images, test_labels),
        "repeats": config.extra_images // len(train_images),
        "base": {"model_id": record.model_id, "name": record.name},
    }
    return config, payload


def _scores(model, test_images: np.ndarray, test_labels: np.ndarray, drawings: Drawings):
    """(the test set's Evaluation, {"test": its accuracy, "drawings": held-out drawings' accuracy or None})."""
    from lenet_core.evaluation import evaluate

    held_out = None
    if len(drawings.test_labels):
        held_out = evaluate(model, drawings.test_images, drawings.test_labels).accuracy
    test = evaluate(model, test_images, test_labels)
    return test, {"test": test.accuracy, "drawings": held_out}


def fine_tune(config: TrainingConfig, payload: dict, **progress):
    """Fine-tunes the payload's weights on its drawings (see the module); `progress` goes to
    `lenet_core.training.train` (on_epoch, on_batch, batch_every, stop).

    Returns (TrainingResult, the test set's Evaluation after, summary): the summary holds the
    scores before and after, the numbers of drawings and images, the repeats and the base model.
    """
    from lenet_core.datasets import as_model_input, load_dataset
    from lenet_core.model import build_model, load_weights_bytes
    from lenet_core.training import prepare_data, train

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
