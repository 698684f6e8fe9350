"""Fast single-image prediction with models loaded once per process and shared by all sessions."""

from __future__ import annotations

import dataclasses
import threading

import keras
import numpy as np
import tensorflow as tf

from lenet_core.model import build_model, load_weights
from lenet_core.store import ModelRecord


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

    def predict(self, image: np.ndarray, with_feature_maps: bool = False) -> Prediction:
        """`image`: (28, 28) float32 in [0, 1]."""
        batch = np.asarray(image, dtype=np.float32).reshape(1, *self.model.input_shape[1:])
        if not with_feature_maps:
            return Prediction(self._forward(batch).numpy()[0])
        *maps, probabilities = self._forward_all(batch)
        return Prediction(probabilities.numpy()[0], [feature_map.numpy()[0] for feature_map in maps])


_predictors: dict[tuple[str, float], Predictor] = {}
_lock = threading.Lock()


def predictor_for(record: ModelRecord) -> Predictor:
    """The process-wide Predictor of a stored model, reloaded only when its weights file changes."""
    key = (str(record.weights_path), record.weights_path.stat().st_mtime)
    with _lock:
        if key not in _predictors:
            model = build_model(record.architecture)
            load_weights(model, record.weights_path)
            _predictors[key] = Predictor(model)
        return _predictors[key]
