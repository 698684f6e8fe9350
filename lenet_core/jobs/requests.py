"""What a job needs that the server must gather, because a lab's workers share no folder with it.

Fine-tuning: the model's weights and both parts of the class drawings of its data set, as arrays
(`fine_tune_request`); the worker then runs `lenet_core.network.finetune.fine_tune`. No TensorFlow.
"""

from __future__ import annotations

import numpy as np

from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.classroom.drawings import Collection, split_of
from lenet_core.data.datasets import dataset_title
from lenet_core.network.config import MAX_EXTRA_IMAGES, TrainingConfig
from lenet_core.network.finetune import Drawings
from lenet_core.store.models import ModelStore
from lenet_core.store.records import ModelRecord

EPOCHS = 3
IMAGES = 10_000  # data set images mixed in: enough to keep what the model knew, quick to train
REPEATS = 20  # each class drawing counts as this many images per epoch
MAX_REPEATS = 100
LEARNING_RATE = 0.0005  # Adam, constant: small, so the model adjusts rather than relearns


class FineTuneError(ValueError):
    """A fine-tuning request that cannot run; the message says what to do."""


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


def fine_tune_request(
    store: ModelStore, model_id: str, collection: Collection, **settings
) -> tuple[TrainingConfig, dict]:
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
