"""Fast single-image prediction with models loaded once per process and shared by all sessions."""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf

from lenet_core.network.model import build_model, load_weights
from lenet_core.store.records import ModelRecord


@dataclasses.dataclass(frozen=True)
class Prediction:
    probabilities: np.ndarray  # (classes,) summing to 1
    feature_maps: list[np.ndarray] | None = None  # per conv layer: (height, width, filters) after ReLU

    @property
    def predicted(self) -> int:
        return int(self.probabilities.argmax())

    def top(self, count: int = 3) -> list[tuple[int, float]]:
        order = np.argsort(-self.probabilities)[:count]
        return [(int(i), float(self.probabilities[i])) for i in order]


# Test-time augmentation: each drawing is also read moved by a pixel each way and 10% smaller and
# larger, and the probabilities averaged (bench.generalisation measures what it gains and costs).
TTA_MOVES = (
    (0.0, 0.0, 1.0),
    (1.0, 0.0, 1.0),
    (-1.0, 0.0, 1.0),
    (0.0, 1.0, 1.0),
    (0.0, -1.0, 1.0),
    (0.0, 0.0, 0.9),
    (0.0, 0.0, 1.1),
)


def tta_copies(images: np.ndarray, moves=TTA_MOVES) -> np.ndarray:
    """(N, 28, 28) float32 -> (N, len(moves), 28, 28): each image shifted by (dx, dy) pixels and
    scaled about its centre, sampled bilinearly with zeros outside. Pure numpy."""
    images = np.asarray(images, np.float32)
    count, height, width = images.shape
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))  # zeros around: samples outside read 0
    rows, columns = np.indices((height, width), dtype=np.float32)
    centre_row, centre_column = (height - 1) / 2, (width - 1) / 2
    copies = np.empty((count, len(moves), height, width), np.float32)
    for index, (dx, dy, scale) in enumerate(moves):
        source_row = np.clip(centre_row + (rows - centre_row - dy) / scale + 1, 0, height + 1 - 1e-4)
        source_column = np.clip(centre_column + (columns - centre_column - dx) / scale + 1, 0, width + 1 - 1e-4)
        top, left = np.floor(source_row).astype(int), np.floor(source_column).astype(int)
        down, right = source_row - top, source_column - left
        bottom, side = np.minimum(top + 1, height + 1), np.minimum(left + 1, width + 1)
        copies[:, index] = (
            padded[:, top, left] * (1 - down) * (1 - right)
            + padded[:, top, side] * (1 - down) * right
            + padded[:, bottom, left] * down * (1 - right)
            + padded[:, bottom, side] * down * right
        )
    return copies


def augmented_probabilities(model: keras.Model, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """(N, 28, 28) float32 -> (N, classes): the mean probabilities over `tta_copies`."""
    moves = len(TTA_MOVES)
    step = max(1, batch_size // moves)  # images per forward pass of `batch_size` copies
    results = []
    for start in range(0, len(images), step):
        copies = tta_copies(images[start : start + step])
        flat = copies.reshape(-1, *model.input_shape[1:])
        probabilities = keras.ops.convert_to_numpy(model(flat, training=False))
        results.append(probabilities.reshape(len(copies), moves, -1).mean(axis=1))
    return np.concatenate(results) if results else np.zeros((0, model.output_shape[-1]), np.float32)


class Predictor:
    """A model with compiled forward passes for one image: probabilities, and conv feature maps."""

    def __init__(self, model: keras.Model):
        self.model = model
        conv_outputs = [layer.output for layer in model.layers if isinstance(layer, keras.layers.Conv2D)]
        self._probe = keras.Model(inputs=model.inputs, outputs=[*conv_outputs, model.outputs[0]])
        signature = [tf.TensorSpec((None, *model.input_shape[1:]), tf.float32)]
        # Compiled once: a direct graph call costs about a millisecond, model.predict far more.
        self._forward = tf.function(lambda x: model(x, training=False), input_signature=signature)
        self._forward_all = tf.function(lambda x: self._probe(x, training=False), input_signature=signature)
        self._forward(tf.zeros((1, *model.input_shape[1:])))  # trace now, not on a student's first stroke
        self._explainer = None
        self._explainer_lock = threading.Lock()

    def explainer(self):
        """This model's `lenet_core.inside.explainer.Explainer`, built on first use (about a second) and kept
        as long as the predictor is cached: evicted, deleted and replaced models drop it too."""
        with self._explainer_lock:  # sessions asking at once build it once
            if self._explainer is None:
                from lenet_core.inside.explainer import Explainer

                self._explainer = Explainer(self.model)
            return self._explainer

    def predict(self, image: np.ndarray, with_feature_maps: bool = False, tta: bool = False) -> Prediction:
        """`image`: (28, 28) float32 in [0, 1]. `tta`: the mean over `tta_copies` of the image."""
        if tta and not with_feature_maps:
            copies = tta_copies(np.asarray(image, np.float32).reshape(1, 28, 28))[0]
            return Prediction(self._forward(copies.reshape(-1, *self.model.input_shape[1:])).numpy().mean(axis=0))
        batch = np.asarray(image, dtype=np.float32).reshape(1, *self.model.input_shape[1:])
        if not with_feature_maps:
            return Prediction(self._forward(batch).numpy()[0])
        *maps, probabilities = self._forward_all(batch)
        return Prediction(probabilities.numpy()[0], [feature_map.numpy()[0] for feature_map in maps])


# A class draws on many models at once (the shipped one, each student's own). With 4, five models in
# use pushed each other out on every stroke, and each reload rebuilt the model's test-set view (2-3 s).
# Each model kept costs about 15 MiB with its explainer and view: `python -m bench.model_cache_memory`.
MAX_CACHED_MODELS = 16


class PredictorCache:
    """Predictors of stored models, shared by every session: at most `capacity`, least recently
    used evicted first, and dropped once their model is deleted or its weights replaced.

    Each model loads under its own lock, so a slow load blocks only the sessions waiting for
    that model, and two sessions asking for it at once load it once.
    """

    def __init__(self, capacity: int = MAX_CACHED_MODELS):
        self.capacity = capacity
        self._entries: OrderedDict[Path, tuple[int, Predictor]] = OrderedDict()  # weights path -> (mtime, predictor)
        self._loading: dict[Path, threading.Lock] = {}
        self._lock = threading.Lock()  # guards the two dicts; never held while a model loads

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, record: ModelRecord) -> Predictor:
        """The Predictor of `record`'s current weights, loaded on first use."""
        path = record.weights_path
        version = path.stat().st_mtime_ns  # FileNotFoundError (an OSError) once the model is deleted
        with self._lock:
            self._drop_deleted()
            cached = self._current(path, version)
            if cached is not None:
                return cached
            model_lock = self._loading.setdefault(path, threading.Lock())
        with model_lock:
            with self._lock:
                cached = self._current(path, version)  # loaded by another session meanwhile
            if cached is not None:
                return cached
            model = build_model(record.architecture)
            load_weights(model, path)
            predictor = Predictor(model)
            with self._lock:
                self._entries[path] = (version, predictor)  # replaces an older version's entry
                self._entries.move_to_end(path)
                while len(self._entries) > self.capacity:
                    self._entries.popitem(last=False)
            return predictor

    def peek(self, record: ModelRecord) -> Predictor | None:
        """The Predictor of `record`'s current weights if it is loaded already; never loads one."""
        try:
            version = record.weights_path.stat().st_mtime_ns
        except OSError:
            return None
        with self._lock:
            return self._current(record.weights_path, version)

    def _current(self, path: Path, version: int) -> Predictor | None:
        entry = self._entries.get(path)
        if entry is None or entry[0] != version:
            return None
        self._entries.move_to_end(path)
        return entry[1]

    def _drop_deleted(self) -> None:
        for path in [path for path in self._entries if not path.exists()]:
            del self._entries[path]
            self._loading.pop(path, None)


_cache = PredictorCache()


def predictor_for(record: ModelRecord) -> Predictor:
    """The process-wide Predictor of a stored model, reloaded only when its weights file changes."""
    return _cache.get(record)


def cached_predictor(record: ModelRecord) -> Predictor | None:
    """The process-wide Predictor of a stored model if one is in memory now (None: not loaded)."""
    return _cache.peek(record)


def explainer_for(record: ModelRecord):
    """The process-wide `Explainer` of a stored model, kept with its cached Predictor."""
    return predictor_for(record).explainer()
