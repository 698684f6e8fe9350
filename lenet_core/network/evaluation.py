"""Test-set evaluation: accuracy, loss, confusion matrix, per-class accuracy and mistakes."""

from __future__ import annotations

import dataclasses

import keras
import numpy as np

from lenet_core.data.datasets import as_model_input

TOP_MISTAKES = 24


@dataclasses.dataclass(frozen=True)
class Evaluation:
    accuracy: float  # fraction in [0, 1]
    loss: float  # mean categorical cross-entropy
    confusion: np.ndarray  # (classes, classes) int: rows are actual, columns predicted
    per_class_accuracy: np.ndarray  # (classes,) recall of each class
    misclassified: np.ndarray  # test indices the model got wrong, most confident first
    predictions: np.ndarray  # (N,) predicted class
    confidences: np.ndarray  # (N,) probability of the predicted class

    def to_dict(self) -> dict:
        """The summary the model store keeps (no per-image arrays)."""
        return {
            "accuracy": self.accuracy,
            "loss": self.loss,
            "confusion": self.confusion.tolist(),
            "per_class_accuracy": self.per_class_accuracy.tolist(),
            # (test index, predicted class, confidence) of the most confident mistakes
            "top_mistakes": [
                [int(i), int(self.predictions[i]), round(float(self.confidences[i]), 4)]
                for i in self.misclassified[:TOP_MISTAKES]
            ],
        }


def predict_probabilities(model: keras.Model, images: np.ndarray, batch_size: int = 1000) -> np.ndarray:
    """Class probabilities (N, classes) for uint8 (N, 28, 28) images, via direct model calls."""
    inputs = as_model_input(images)
    chunks = [
        keras.ops.convert_to_numpy(model(inputs[start : start + batch_size], training=False))
        for start in range(0, len(inputs), batch_size)
    ]
    return np.concatenate(chunks) if chunks else np.zeros((0, model.output_shape[-1]), np.float32)


def evaluate(model: keras.Model, images: np.ndarray, labels: np.ndarray) -> Evaluation:
    """Evaluates `model` on uint8 images and their labels."""
    probabilities = predict_probabilities(model, images)
    labels = np.asarray(labels, dtype=np.int64)
    classes = probabilities.shape[1]
    predictions = probabilities.argmax(axis=1)
    confidences = probabilities.max(axis=1)
    picked = probabilities[np.arange(len(labels)), labels]
    loss = float(-np.log(np.clip(picked, 1e-7, 1.0)).mean()) if len(labels) else float("nan")
    confusion = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(confusion, (labels, predictions), 1)
    totals = confusion.sum(axis=1)
    per_class = np.divide(np.diag(confusion), totals, out=np.zeros(classes), where=totals > 0)
    wrong = np.flatnonzero(predictions != labels)
    wrong = wrong[np.argsort(-confidences[wrong], kind="stable")]
    return Evaluation(
        accuracy=float((predictions == labels).mean()) if len(labels) else float("nan"),
        loss=loss,
        confusion=confusion,
        per_class_accuracy=per_class,
        misclassified=wrong,
        predictions=predictions,
        confidences=confidences,
    )
