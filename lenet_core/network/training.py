"""Training a LeNet with progress reported through plain callables.

`train(config, on_epoch=..., on_batch=..., stop=...)` is used alike by the CLI, the job manager
behind the Train page, and the tests. Validation data is the test split, as in the book.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable

import keras
import numpy as np
import tensorflow as tf

from lenet_core.data.datasets import as_model_input, load_dataset
from lenet_core.network.config import TrainingConfig
from lenet_core.network.model import build_model
from lenet_core.network.snapshots import encode as encode_snapshots
from lenet_core.network.snapshots import make_callback as make_snapshot_callback

HISTORY_KEYS = ("loss", "accuracy", "val_loss", "val_accuracy")


@dataclasses.dataclass(frozen=True)
class BatchProgress:
    epoch: int  # 1-based
    epochs: int
    batch: int  # batches done in this epoch, 1-based
    batches: int  # batches per epoch
    loss: float  # running mean over this epoch so far
    accuracy: float
    images_per_second: float  # since training began
    elapsed: float  # seconds since training began


@dataclasses.dataclass(frozen=True)
class EpochProgress:
    epoch: int  # 1-based
    epochs: int
    metrics: dict[str, float]  # loss, accuracy, val_loss, val_accuracy
    seconds: float  # this epoch's duration, validation included
    images_per_second: float


@dataclasses.dataclass
class TrainingResult:
    model: keras.Model
    config: TrainingConfig
    history: dict[str, list[float]]  # HISTORY_KEYS plus "seconds", one entry per epoch run
    stopped: bool  # True when a stop request ended training early
    seconds: float
    images_per_second: float
    best_epoch: int | None = None  # 1-based epoch whose weights early stopping restored (the model's weights)
    # lenet_core.network.snapshots.encode's .npz bytes: conv-1 filters and a probe image's feature maps
    # per epoch; pass to ModelStore.save(snapshots=...)
    snapshots: bytes | None = None

    @property
    def epochs_completed(self) -> int:
        return len(self.history["loss"])


def prepare_data(config: TrainingConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Training and validation arrays: (N, 28, 28, 1) float32 in [0, 1] and integer labels."""
    dataset = load_dataset(config.dataset)
    train_images, train_labels = dataset.train_images, dataset.train_labels
    if config.limit is not None and config.limit < len(train_images):
        chosen = np.random.default_rng(config.seed).choice(len(train_images), config.limit, replace=False)
        train_images, train_labels = train_images[chosen], train_labels[chosen]
    if config.styles:
        from lenet_core.data.strokes import render_styles

        styled_images, styled_labels = render_styles(config.styles, config.seed)
        train_images = np.concatenate([train_images, styled_images])
        train_labels = np.concatenate([train_labels, styled_labels])
    val_images, val_labels = dataset.test_images, dataset.test_labels
    if config.validation_limit is not None:
        val_images, val_labels = val_images[: config.validation_limit], val_labels[: config.validation_limit]
    return (
        as_model_input(train_images),
        train_labels.astype("int32"),
        as_model_input(val_images),
        val_labels.astype("int32"),
    )


def make_optimizer(config: TrainingConfig, steps_per_epoch: int) -> keras.optimizers.Optimizer:
    learning_rate = config.learning_rate
    if config.schedule == "one-cycle":
        total_steps = max(1, config.epochs * steps_per_epoch)
        warmup_steps = max(1, total_steps // 5)
        learning_rate = keras.optimizers.schedules.CosineDecay(
            initial_learning_rate=config.learning_rate / 25,
            decay_steps=max(1, total_steps - warmup_steps),
            warmup_target=config.learning_rate,
            warmup_steps=warmup_steps,
        )
    decay = {"weight_decay": config.weight_decay} if config.weight_decay else {}
    if config.optimizer == "sgd":
        return keras.optimizers.SGD(learning_rate, **decay)
    if config.optimizer == "adam":
        beta_1, beta_2 = config.adam_betas
        return keras.optimizers.Adam(learning_rate, beta_1=beta_1, beta_2=beta_2, **decay)
    return keras.optimizers.RMSprop(learning_rate, **decay)


def smoothed_loss(smoothing: float):
    """Cross-entropy against integer labels whose one-hot targets keep 1 - `smoothing` and share
    `smoothing` evenly among all classes (Keras's sparse loss has no smoothing)."""

    def label_smoothed_crossentropy(labels, probabilities):
        classes = keras.ops.shape(probabilities)[-1]
        targets = keras.ops.one_hot(keras.ops.cast(keras.ops.reshape(labels, (-1,)), "int32"), classes)
        return keras.losses.categorical_crossentropy(targets, probabilities, label_smoothing=smoothing)

    return label_smoothed_crossentropy


def compile_model(
    config: TrainingConfig, steps_per_epoch: int, initial_weights: list[np.ndarray] | None = None
) -> keras.Model:
    """A model built and compiled for `config`: fresh weights from the seed, or `initial_weights`."""
    keras.utils.set_random_seed(config.seed)
    model = build_model(config.architecture)
    if initial_weights is not None:
        model.set_weights(initial_weights)
    model.compile(
        optimizer=make_optimizer(config, steps_per_epoch),
        loss=smoothed_loss(config.label_smoothing) if config.label_smoothing else "sparse_categorical_crossentropy",
        metrics=["accuracy"],
        jit_compile=config.jit_compile,
    )
    return model


def augment_images(images: tf.Tensor, dataset: str = "mnist", elastic: bool = False) -> tf.Tensor:
    """Random shifts, scales, rotations and stroke thickness, like sketches on a canvas.

    Digits get rotations and thicker or thinner strokes; garments get mirror images and milder
    moves instead (a mirrored shirt is still a shirt; a rotated one is rarely photographed).
    `elastic` (digits only) also bends half of the digits the way another hand would: an elastic
    distortion (Simard et al., 2003), a random field of pixel moves smoothed by a Gaussian of 4 px
    and scaled by 34 (moves of about 1.4 px, up to 4), and varies the pen more.
    Repeatable through TensorFlow's global seed, which `compile_model` sets from the config.
    """
    batch = tf.shape(images)[0]
    digits = dataset == "mnist"
    if digits and elastic:
        size = tf.shape(images)[1]
        taps = tf.range(-12.0, 13.0)
        kernel = tf.exp(-(taps**2) / (2 * 4.0**2))
        kernel = kernel / tf.reduce_sum(kernel)
        field = tf.random.uniform([batch, size, size, 2], -1.0, 1.0)
        for shape in ([-1, 1, 1, 1], [1, -1, 1, 1]):  # the Gaussian, down the columns then along the rows
            field = tf.nn.depthwise_conv2d(field, tf.tile(tf.reshape(kernel, shape), [1, 1, 2, 1]), [1] * 4, "SAME")
        field *= 34.0 * tf.cast(tf.random.uniform([batch, 1, 1, 1]) < 0.5, tf.float32)
        # Bilinear sampling at (row + down, column + across), zeros outside: a 1-pixel border of
        # zeros, coordinates clipped into it.
        padded = tf.reshape(tf.pad(images[..., 0], [[0, 0], [1, 1], [1, 1]]), [batch, -1])
        rows, columns = tf.meshgrid(
            tf.range(tf.cast(size, tf.float32)), tf.range(tf.cast(size, tf.float32)), indexing="ij"
        )
        limit = tf.cast(size, tf.float32) + 1 - 1e-3
        row = tf.clip_by_value(rows + field[..., 0] + 1, 0.0, limit)
        column = tf.clip_by_value(columns + field[..., 1] + 1, 0.0, limit)
        top, left = tf.floor(row), tf.floor(column)
        down, across = row - top, column - left
        top, left = tf.cast(top, tf.int32), tf.cast(left, tf.int32)

        def at(r, c):
            return tf.reshape(
                tf.gather(padded, tf.reshape(r * (size + 2) + c, [batch, -1]), batch_dims=1), tf.shape(row)
            )

        images = (
            at(top, left) * (1 - down) * (1 - across)
            + at(top, left + 1) * (1 - down) * across
            + at(top + 1, left) * down * (1 - across)
            + at(top + 1, left + 1) * down * across
        )[..., None]
    if not digits:
        images = tf.where(tf.random.uniform([batch, 1, 1, 1]) < 0.5, tf.reverse(images, axis=[2]), images)
    angles = tf.random.uniform([batch], -0.2, 0.2) if digits else tf.zeros([batch])  # about +-11 degrees
    scales = tf.random.uniform([batch], 0.85, 1.15) if digits else tf.random.uniform([batch], 0.92, 1.08)
    shifts = tf.random.uniform([batch, 2], -3.0, 3.0) if digits else tf.random.uniform([batch, 2], -2.0, 2.0)
    cos, sin = tf.cos(angles) / scales, tf.sin(angles) / scales
    centre = 13.5
    # Affine transform rows (a0, a1, a2, b0, b1, b2, 0, 0) mapping output pixel (x, y) to input
    # pixel (a0 x + a1 y + a2, b0 x + b1 y + b2): a rotation and scale about the centre, then a shift.
    transforms = tf.stack(
        [
            cos,
            -sin,
            centre - cos * centre + sin * centre - shifts[:, 0],
            sin,
            cos,
            centre - sin * centre - cos * centre - shifts[:, 1],
            tf.zeros([batch]),
            tf.zeros([batch]),
        ],
        axis=1,
    )
    moved = keras.ops.image.affine_transform(
        images, transforms, interpolation="bilinear", fill_mode="constant", fill_value=0.0, data_format="channels_last"
    )
    if not digits:
        return moved
    thicker = tf.nn.max_pool2d(moved, 3, 1, "SAME")
    thinner = -tf.nn.max_pool2d(-moved, 2, 1, "SAME")
    choice = tf.random.uniform([batch, 1, 1, 1])
    if elastic:  # more pens: a slightly thicker one between the thick and the usual, more fine ones
        slightly = tf.nn.max_pool2d(moved, 2, 1, "SAME")
        pens = tf.where(choice < 0.2, thicker, tf.where(choice < 0.4, slightly, moved))
        return tf.where(choice > 0.8, thinner, pens)
    return tf.where(choice < 0.25, thicker, tf.where(choice > 0.85, thinner, moved))


def _training_input(config: TrainingConfig, images: np.ndarray, labels: np.ndarray):
    if not config.augment:
        return {"x": images, "y": labels, "batch_size": config.batch_size, "shuffle": True}
    data = (
        tf.data.Dataset.from_tensor_slices((images, labels))
        .shuffle(len(images), seed=config.seed, reshuffle_each_iteration=True)
        .batch(config.batch_size)
        .map(lambda x, y: (augment_images(x, config.dataset, config.elastic), y), num_parallel_calls=tf.data.AUTOTUNE)
        .prefetch(tf.data.AUTOTUNE)
    )
    return {"x": data}


class ProgressCallback(keras.callbacks.Callback):
    """Forwards progress to plain callables and honours a stop request after the current batch."""

    # Batch-end work runs on Keras's worker thread, so the training loop never waits for it.
    async_safe = True

    def __init__(self, epochs, batches, batch_size, on_epoch, on_batch, batch_every, stop):
        super().__init__()
        self.epochs, self.batches, self.batch_size = epochs, batches, batch_size
        self.on_epoch, self.on_batch, self.batch_every, self.stop = on_epoch, on_batch, batch_every, stop
        self.history = {key: [] for key in HISTORY_KEYS + ("seconds",)}
        self.stopped = False
        self.epoch = 0
        self.images_seen = 0
        self.started = self.epoch_started = 0.0

    def on_train_begin(self, logs=None):
        self.started = time.perf_counter()

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch + 1
        self.epoch_started = time.perf_counter()

    def on_train_batch_begin(self, batch, logs=None):
        if self.stop is not None and self.stop.is_set():
            self.stopped = True
            self.model.stop_training = True  # Keras ends the epoch after this batch

    def on_train_batch_end(self, batch, logs=None):
        done = batch + 1
        self.images_seen = (self.epoch - 1) * self.batches * self.batch_size + done * self.batch_size
        if self.on_batch is None or (done % self.batch_every and done != self.batches):
            return
        elapsed = time.perf_counter() - self.started
        self.on_batch(
            BatchProgress(
                epoch=self.epoch,
                epochs=self.epochs,
                batch=done,
                batches=self.batches,
                loss=float(logs.get("loss", float("nan"))),
                accuracy=float(logs.get("accuracy", float("nan"))),
                images_per_second=self.images_seen / elapsed if elapsed else 0.0,
                elapsed=elapsed,
            )
        )

    def on_epoch_end(self, epoch, logs=None):
        seconds = time.perf_counter() - self.epoch_started
        metrics = {key: float(logs[key]) for key in HISTORY_KEYS if key in logs}
        for key in HISTORY_KEYS:
            self.history[key].append(metrics.get(key, float("nan")))
        self.history["seconds"].append(seconds)
        if self.on_epoch is not None:
            elapsed = time.perf_counter() - self.started
            self.on_epoch(
                EpochProgress(
                    epoch=epoch + 1,
                    epochs=self.epochs,
                    metrics=metrics,
                    seconds=seconds,
                    images_per_second=self.images_seen / elapsed if elapsed else 0.0,
                )
            )


def train(
    config: TrainingConfig,
    on_epoch: Callable[[EpochProgress], None] | None = None,
    on_batch: Callable[[BatchProgress], None] | None = None,
    batch_every: int = 10,
    stop: threading.Event | None = None,
    data: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
    initial_weights: list[np.ndarray] | None = None,
) -> TrainingResult:
    """Trains a fresh model as `config` says (or goes on from `initial_weights`: fine-tuning) and
    returns it with its per-epoch history. `data` replaces the config's data set arrays.

    `on_batch` hears every `batch_every` batches, `on_epoch` after each epoch's validation.
    Setting `stop` ends training after the current batch; the history so far is returned.
    """
    train_x, train_y, val_x, val_y = data if data is not None else prepare_data(config)
    batches = -(-len(train_x) // config.batch_size)
    model = compile_model(config, batches, initial_weights)
    progress = ProgressCallback(
        config.epochs, batches, config.batch_size, on_epoch, on_batch, max(1, batch_every), stop
    )
    # The first validation image is the probe whose feature maps the replay shows.
    probe = np.round((val_x if len(val_x) else train_x)[0, :, :, 0] * 255).astype(np.uint8)
    snapshot_callback = make_snapshot_callback(probe, probe_index=0)
    callbacks = [progress, snapshot_callback]
    early_stopping = None
    if config.early_stopping:
        early_stopping = keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)
        callbacks.append(early_stopping)
    started = time.perf_counter()
    model.fit(
        **_training_input(config, train_x, train_y),
        epochs=config.epochs,
        validation_data=(val_x, val_y),
        validation_batch_size=max(config.batch_size, 500),
        callbacks=callbacks,
        verbose=0,
    )
    seconds = time.perf_counter() - started
    recorded = snapshot_callback.snapshots()
    best_epoch = None
    # Keras restores the best epoch's weights at the end whether or not it stopped early: name
    # that epoch whenever it did, so the saved model and its note agree.
    if early_stopping is not None and early_stopping.best_weights is not None:
        best_epoch = early_stopping.best_epoch + 1
    return TrainingResult(
        model=model,
        config=config,
        history=progress.history,
        stopped=progress.stopped,
        seconds=seconds,
        images_per_second=progress.images_seen / seconds if seconds else 0.0,
        best_epoch=best_epoch,
        snapshots=encode_snapshots(recorded) if recorded is not None else None,
    )
