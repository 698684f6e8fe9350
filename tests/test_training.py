import threading

import numpy as np
import pytest

from lenet_core.charts.training import history_figure, overfitting_start
from lenet_core.network.config import TrainingConfig, preset_config
from lenet_core.network.evaluation import evaluate
from lenet_core.network.training import HISTORY_KEYS, augment_images, train


def test_book_defaults():
    config = TrainingConfig()
    assert (config.optimizer, config.learning_rate, config.batch_size, config.epochs) == ("sgd", 0.01, 128, 20)
    assert TrainingConfig(dataset="fashion-mnist").epochs == 50
    assert preset_config("book", "fashion-mnist") == TrainingConfig(dataset="fashion-mnist")


def test_bad_config_values_say_what_was_expected():
    with pytest.raises(ValueError, match="Batch size must be between"):
        TrainingConfig(batch_size=0)
    with pytest.raises(ValueError, match="choose one of sgd, adam, rmsprop"):
        TrainingConfig(optimizer="lbfgs")
    with pytest.raises(ValueError, match="Label smoothing must be between 0 and 0.5"):
        TrainingConfig(label_smoothing=0.9)
    with pytest.raises(ValueError, match="MNIST with augment only"):
        TrainingConfig(elastic=True)  # without augment
    with pytest.raises(ValueError, match="MNIST with augment only"):
        TrainingConfig(dataset="fashion-mnist", augment=True, elastic=True)


def test_the_fast_preset_reads_a_subset_of_mnist_once_with_label_smoothing():
    fast = preset_config("fast", "mnist")
    assert (fast.epochs, fast.limit, fast.batch_size, fast.label_smoothing) == (1, 24_000, 128, 0.1)
    assert preset_config("fast", "fashion-mnist").limit is None  # garments keep the whole set, 10 epochs
    assert preset_config("fast", "mnist", limit=60_000, label_smoothing=0.0).limit == 60_000


def test_label_smoothing_is_cross_entropy_against_softened_targets():
    from lenet_core.network.training import smoothed_loss

    probabilities = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], np.float32)
    labels = np.array([0, 2])
    targets = np.full((2, 3), 0.1 / 3) + 0.9 * np.eye(3)[labels]  # 1 - s on the label, s shared by all
    expected = -(targets * np.log(probabilities)).sum(axis=1)
    loss = np.asarray(smoothed_loss(0.1)(labels.reshape(-1, 1), probabilities))
    assert loss == pytest.approx(expected, rel=1e-4)


def test_config_round_trips_through_a_dict():
    config = preset_config("fast", limit=100)
    assert TrainingConfig.from_dict(config.to_dict()) == config


def test_training_reports_batches_and_epochs_and_learns(tiny_model):
    config = TrainingConfig(epochs=2, limit=256, validation_limit=200, batch_size=32, seed=3)
    epochs, batches = [], []
    result = train(config, on_epoch=epochs.append, on_batch=batches.append, batch_every=2)
    assert [progress.epoch for progress in epochs] == [1, 2]
    assert set(result.history) == set(HISTORY_KEYS) | {"seconds"}
    assert all(len(values) == 2 for values in result.history.values())
    assert [(b.epoch, b.batch) for b in batches if b.epoch == 1] == [(1, 2), (1, 4), (1, 6), (1, 8)]
    assert batches[-1].images_per_second > 0
    assert not result.stopped and result.epochs_completed == 2
    # The session fixture's model (600 images, 1 epoch) is far better than chance.
    assert tiny_model.history["val_accuracy"][-1] > 0.5


def test_same_seed_gives_the_same_training_run():
    config = TrainingConfig(epochs=1, limit=128, validation_limit=100, batch_size=64, seed=7)
    first, second = train(config), train(config)
    assert first.history["loss"] == second.history["loss"]


def test_stop_request_ends_training_after_the_current_batch_with_partial_history():
    stop = threading.Event()
    seen = []

    def on_batch(progress):
        seen.append(progress.batch)
        if progress.batch >= 3:
            stop.set()

    config = TrainingConfig(epochs=5, limit=640, validation_limit=100, batch_size=32)
    result = train(config, on_batch=on_batch, batch_every=1, stop=stop)
    assert result.stopped
    assert result.epochs_completed == 1  # the partial first epoch, validated
    assert max(seen) < 20  # 20 batches make an epoch; it stopped well before the end


def test_evaluation_counts_match_an_independent_computation(tiny_model):
    from lenet_core.data.datasets import load_dataset

    dataset = load_dataset("mnist")
    images, labels = dataset.test_images[:300], dataset.test_labels[:300]
    result = evaluate(tiny_model.model, images, labels)
    predictions = np.argmax(tiny_model.model.predict(images[..., None] / 255.0, verbose=0), axis=1)
    assert result.accuracy == pytest.approx(np.mean(predictions == labels))
    assert result.confusion.sum() == 300
    assert np.trace(result.confusion) == int(np.sum(predictions == labels))
    assert sorted(result.misclassified.tolist()) == np.flatnonzero(predictions != labels).tolist()
    for digit in range(10):
        mask = labels == digit
        assert result.per_class_accuracy[digit] == pytest.approx(np.mean(predictions[mask] == digit))


def test_overfitting_is_marked_where_val_loss_starts_rising():
    history = {"loss": [1.0, 0.8, 0.6, 0.5, 0.4], "val_loss": [1.0, 0.7, 0.75, 0.8, 0.9]}
    assert overfitting_start(history) == 2
    assert overfitting_start({"loss": [1.0, 0.8], "val_loss": [1.0, 0.9]}) is None
    figure = history_figure(history | {"accuracy": [0.5] * 5, "val_accuracy": [0.5] * 5})
    assert any(annotation.text == "overfitting starts" for annotation in figure.layout.annotations)


def test_history_figure_puts_accuracy_left_loss_right_and_the_running_curve_in_both():
    history = {"loss": [0.9, 0.5], "accuracy": [0.7, 0.8], "val_loss": [0.6, 0.4], "val_accuracy": [0.75, 0.85]}
    live = [(2.25, 0.45, 0.86), (2.5, 0.42, 0.87)]
    figure = history_figure(history, live)
    panels = {trace.name: (trace.xaxis, list(trace.x), list(trace.y)) for trace in figure.data}
    assert panels["training accuracy"] == ("x", [1, 2], [0.7, 0.8])
    assert panels["validation loss"] == ("x2", [1, 2], [0.6, 0.4])
    assert panels["training accuracy (this epoch)"] == ("x", [2.25, 2.5], [0.86, 0.87])
    assert panels["training loss (this epoch)"] == ("x2", [2.25, 2.5], [0.45, 0.42])
    assert len(history_figure(history).data) == 4  # no running curve once the epoch is done


@pytest.mark.parametrize("elastic", [False, True], ids=["augment", "elastic"])
def test_augmentation_moves_digits_but_keeps_them_digits(elastic):
    import tensorflow as tf

    from lenet_core.base.settings import DATA_DIR
    from lenet_core.data.datasets import as_model_input, load_dataset
    from lenet_core.inside.predictor import predictor_for
    from lenet_core.store.models import ModelStore
    from lenet_core.store.records import default_model_id

    dataset = load_dataset("mnist")
    images = as_model_input(dataset.test_images[:300])
    tf.random.set_seed(0)
    augmented = augment_images(tf.constant(images), "mnist", elastic).numpy()
    assert augmented.shape == images.shape and augmented.dtype == np.float32
    moved = np.abs(augmented - images).mean(axis=(1, 2, 3)) > 0.02
    assert moved.mean() > 0.9  # nearly every image was shifted, scaled, turned or re-stroked
    # Ink is moved, not lost: scale 0.85-1.15, and strokes a pixel wider or thinner (a thin 1 loses most).
    ink_ratio = augmented.sum(axis=(1, 2, 3)) / images.sum(axis=(1, 2, 3))
    assert 0.9 < np.median(ink_ratio) < 1.3 and ink_ratio.min() > 0.15 and ink_ratio.max() < 3.0
    # Still digits: the shipped model reads almost all of them as their label.
    model = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    predicted = model._forward(augmented).numpy().argmax(axis=1)
    assert (predicted == dataset.test_labels[:300]).mean() > 0.9


def test_the_package_uses_only_public_keras_and_tensorflow_apis():
    from lenet_core.base.settings import PROJECT_DIR

    sources = [*(PROJECT_DIR / "lenet_core").rglob("*.py"), *(PROJECT_DIR / "tests").rglob("*.py")]
    private = [
        f"{path.relative_to(PROJECT_DIR)}: {word}"
        for path in sources
        for word in ("raw_" + "ops", "keras." + "src")  # split so this file does not match itself
        if word in path.read_text()
    ]
    assert not private, private


def test_early_stopping_names_the_epoch_whose_weights_the_model_holds():
    # Keras restores the best epoch's weights at the end even when patience never ran out.
    config = TrainingConfig(epochs=3, limit=256, validation_limit=300, batch_size=64, early_stopping=True, seed=5)
    result = train(config)
    val_loss = result.history["val_loss"]
    assert result.epochs_completed == 3  # training ran to the end: patience 2 never ran out
    assert result.best_epoch == int(np.argmin(val_loss)) + 1
    from lenet_core.network.training import prepare_data

    _, _, val_x, val_y = prepare_data(config)
    measured = result.model.evaluate(val_x, val_y, batch_size=500, verbose=0)[0]
    assert measured == pytest.approx(val_loss[result.best_epoch - 1], rel=1e-4)


def test_weight_decay_shrinks_the_weights_that_training_leaves_alone():
    """Decoupled weight decay: with a learning rate, weights shrink each step even where the loss
    has no gradient (a dense unit that never fires keeps its incoming weights otherwise)."""
    import keras

    from lenet_core.network.training import make_optimizer

    with pytest.raises(ValueError, match="Weight decay must be between 0 and 0.1"):
        TrainingConfig(weight_decay=0.5)
    for optimizer in ("sgd", "adam", "rmsprop"):
        config = TrainingConfig(optimizer=optimizer, learning_rate=0.1, weight_decay=0.01)
        variable = keras.Variable(np.ones(3, dtype="float32"))
        make_optimizer(config, steps_per_epoch=1).apply_gradients([(np.zeros(3, dtype="float32"), variable)])
        assert np.allclose(keras.ops.convert_to_numpy(variable), 1 - 0.1 * 0.01), optimizer


def test_the_train_pages_choices_become_a_config_without_a_page():
    from lenet_core.network.config import DEFAULT_STYLES, config_from_choices, preset_config

    choices = dict(epochs=3, batch_size=64, optimizer="adam", learning_rate=0.001, subset=0, augment=True,
                   early_stopping=False, with_styles=True, filters_text="20, 50", units_text="500")  # fmt: skip
    config = config_from_choices("fast", "mnist", **choices)
    assert (config.epochs, config.batch_size, config.optimizer, config.limit) == (3, 64, "adam", None)  # 0: all
    assert config.augment and config.styles == DEFAULT_STYLES
    assert config.label_smoothing == preset_config("fast", "mnist").label_smoothing  # the recipe's own rest
    garments = config_from_choices("book", "fashion-mnist", **choices | {"subset": 5000})
    assert garments.styles == 0 and garments.limit == 5000  # styled digits are for MNIST only
    with pytest.raises(ValueError):
        config_from_choices("book", "mnist", **choices | {"filters_text": "twenty"})
