"""Looking inside a trained model: which test images sit behind a confusion-matrix cell, what
pushed the model to its answer (occlusion), where an input lies among the test images (a PCA map
of the last hidden layer), and what a naive resize feeds the model.

One `Explainer` per model and weights version is shared by every session of the server (a small
bounded cache): its forward passes are compiled once, and its test-set view (predictions of all
test images and the map) is computed on first use only.
"""

from __future__ import annotations

import dataclasses
import math
import threading

import numpy as np
from PIL import Image

from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.data.preprocessing import to_grayscale

MAP_IMAGES = 3000  # test images on the map: enough to see the clusters, cheap to send each stroke
NEIGHBOURS = 5
# A 5x5 patch is about two strokes wide on the 28x28 input; 9x9 overlapping positions (81 model
# calls in one batch, about 10 ms) give a smooth map at half the cost of a 4x4 patch every 2 pixels.
OCCLUSION_PATCH, OCCLUSION_POSITIONS = 5, 9
BUILD_BATCH = 250  # test images per forward pass while building a model's test-set view
# Budgets for the views a classmate's model sizes (the class limits allow one conv block of 1,024
# filters and no dense layer: a 200,704-unit "last hidden layer", 1 M activations per image).
MAX_MAP_UNITS = 2_500  # the map keeps MAP_IMAGES vectors of this width per model: 30 MB at 2,500
# (the book's LeNet without its dense layer has 2,450); an SVD of 3,000 x 200,704 took 2.4 GB.
MAX_BATCH_BYTES = 64 * 2**20  # activations one forward pass may hold: occlusion's 81 images, build batches


def cell_indices(labels: np.ndarray, predictions: np.ndarray, confidences: np.ndarray, actual: int, predicted: int):
    """Test indices whose label is `actual` and prediction `predicted`, most confident first."""
    labels, predictions = np.asarray(labels), np.asarray(predictions)
    chosen = np.flatnonzero((labels == actual) & (predictions == predicted))
    return chosen[np.argsort(-np.asarray(confidences)[chosen], kind="stable")]


def naive_input(image: np.ndarray) -> np.ndarray:
    """What a first attempt feeds the model: the whole image squeezed to 28x28, nothing else.

    No cropping, centring, contrast or thickness fix (compare `preprocessing.prepare`).
    Returns (28, 28) float32 in [0, 1].
    """
    gray = to_grayscale(image)
    resized = Image.fromarray(gray).resize((28, 28), Image.Resampling.BILINEAR)
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


def occlusion_offsets(size: int = 28, patch: int = OCCLUSION_PATCH, positions: int = OCCLUSION_POSITIONS):
    """Top (or left) edges of the sliding patch: evenly spread, first and last at the borders."""
    return np.round(np.linspace(0, size - patch, positions)).astype(int).tolist()


def occlusion_masks(size: int = 28, patch: int = OCCLUSION_PATCH, positions: int = OCCLUSION_POSITIONS) -> np.ndarray:
    """(positions**2, size, size) float32: 1 inside each patch that slides over the image."""
    offsets = occlusion_offsets(size, patch, positions)
    masks = np.zeros((len(offsets) ** 2, size, size), np.float32)
    for number, (top, left) in enumerate((top, left) for top in offsets for left in offsets):
        masks[number, top : top + patch, left : left + patch] = 1.0
    return masks


def log_odds(scores: np.ndarray, classes: list[int]) -> np.ndarray:
    """(N, len(classes)) log-odds log(p / (1 - p)) of each class, from (N, all classes) scores (logits).

    Computed from the scores, not the probabilities: a confident answer's probability is stuck at
    1.0 in float32, while its log-odds still move.
    """
    scores = np.asarray(scores, np.float64)
    columns = []
    for cls in classes:
        others = np.delete(scores, cls, axis=1)
        columns.append(scores[:, cls] - np.logaddexp.reduce(others, axis=1))
    return np.stack(columns, axis=1)


def occlusion_sensitivity(scores_of, image: np.ndarray, classes: list[int], masks: np.ndarray | None = None):
    """How much each pixel's neighbourhood supports each class: (len(classes), 28, 28) float32.

    A patch at a time is erased to the background (0) and the log-odds of each class recomputed;
    a pixel's value is the mean drop over the patches that cover it. Positive: erasing there
    lowers the class's log-odds (that ink argues for it); negative: erasing raises them (that ink
    argues against it). Log-odds, unlike raw scores, do not all fall together when ink is erased.
    `scores_of` maps a (N, 28, 28, 1) float32 batch to (N, classes) scores (logits).
    Patches over pure background change nothing, so they are skipped: the result is the same.
    """
    image = np.asarray(image, np.float32).reshape(28, 28)
    masks = occlusion_masks() if masks is None else masks
    coverage = masks.sum(axis=0)
    touches_ink = (masks * image).reshape(len(masks), -1).max(axis=1) > 0
    used = masks[touches_ink]
    batch = (image[None] * (1.0 - used))[..., None]
    original = log_odds(scores_of(image[None, :, :, None]), classes)[0]
    if len(used):
        drops = original[None, :] - log_odds(scores_of(batch), classes)  # (patches, classes)
        summed = np.tensordot(drops.T, used, axes=1)  # (classes, 28, 28)
    else:
        summed = np.zeros((len(classes), 28, 28))
    return (summed / coverage).astype(np.float32)


@dataclasses.dataclass(frozen=True)
class Location:
    point: np.ndarray  # (2,) map coordinates
    neighbours: np.ndarray  # (NEIGHBOURS,) test indices, nearest first (in the hidden layer, not the map)
    distances: np.ndarray  # (NEIGHBOURS,) their distances in the hidden layer


@dataclasses.dataclass(frozen=True)
class TestSetView:
    """A model's view of a data set's test split: every prediction, and the map of a sample."""

    dataset: str
    probabilities: np.ndarray  # (N, classes) float32 for every test image
    map_indices: np.ndarray  # (M,) test indices on the map, ascending
    hidden: np.ndarray  # (M, units) float32: their last hidden layer
    mean: np.ndarray  # (units,) PCA centre
    components: np.ndarray  # (2, units) PCA axes
    points: np.ndarray  # (M, 2) map coordinates
    seconds: float  # time it took to build

    @property
    def predictions(self) -> np.ndarray:
        return self.probabilities.argmax(axis=1)

    @property
    def confidences(self) -> np.ndarray:
        return self.probabilities.max(axis=1)

    @property
    def nbytes(self) -> int:
        return sum(array.nbytes for array in (self.probabilities, self.map_indices, self.hidden, self.points))

    def project(self, hidden: np.ndarray) -> np.ndarray:
        """Map coordinates of hidden-layer vectors: (units,) -> (2,), or (N, units) -> (N, 2)."""
        return (np.asarray(hidden, np.float32) - self.mean) @ self.components.T

    def locate(self, hidden: np.ndarray, count: int = NEIGHBOURS) -> Location:
        """Where one hidden-layer vector lands on the map, and its nearest map images."""
        hidden = np.asarray(hidden, np.float32).reshape(-1)
        distances = np.sqrt(((self.hidden - hidden) ** 2).sum(axis=1))
        nearest = np.argpartition(distances, min(count, len(distances) - 1))[:count]
        nearest = nearest[np.argsort(distances[nearest], kind="stable")]
        return Location(self.project(hidden), self.map_indices[nearest], distances[nearest])


def principal_axes(vectors: np.ndarray, count: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """The centre and the first `count` principal axes (rows) of (N, D) vectors.

    Each axis's sign is fixed (its largest entry positive) so that a map does not flip between runs.
    """
    mean = vectors.mean(axis=0)
    _, _, right = np.linalg.svd(vectors - mean, full_matrices=False)
    axes = right[:count]
    signs = np.sign(axes[np.arange(count), np.abs(axes).argmax(axis=1)])
    return mean.astype(np.float32), (axes * signs[:, None]).astype(np.float32)


class Explainer:
    """A model with compiled forward passes for its probabilities and its last hidden layer."""

    def __init__(self, model):
        import keras
        import tensorflow as tf

        self.model = model
        # The input of the softmax layer: the 500-unit layer of the book's LeNet, or whatever
        # a custom architecture puts last.
        hidden = model.layers[-1].input
        both = keras.Model(inputs=model.inputs[0], outputs=[hidden, model.outputs[0]])
        signature = [tf.TensorSpec((None, *model.input_shape[1:]), tf.float32)]
        self._probabilities = tf.function(lambda x: model(x, training=False), input_signature=signature)
        self._both = tf.function(lambda x: both(x, training=False), input_signature=signature)
        last = model.layers[-1]  # Dense with softmax: its scores are the hidden layer times its kernel
        self._scores = tf.function(
            lambda x: tf.matmul(both(x, training=False)[0], last.kernel) + last.bias, input_signature=signature
        )
        self._masks = occlusion_masks()
        self.hidden_width = int(hidden.shape[-1])
        # Values one image's forward pass holds, all layers together (conv outputs dominate).
        self.activation_values = sum(math.prod(layer.output.shape[1:]) for layer in model.layers)
        self._views: dict[str, TestSetView] = {}
        self._lock = threading.Lock()
        self._detectors: dict[str, object] = {}  # data set name -> novelty.FittedDetector
        self._detector_lock = threading.Lock()
        self._probabilities(tf.zeros((1, *model.input_shape[1:])))  # trace now, not on a stroke
        self._both(tf.zeros((1, *model.input_shape[1:])))
        self._scores(tf.zeros((1, *model.input_shape[1:])))

    def probabilities(self, images: np.ndarray) -> np.ndarray:
        """(N, 28, 28, 1) float32 in [0, 1] -> (N, classes)."""
        return self._probabilities(np.asarray(images, np.float32)).numpy()

    def scores(self, images: np.ndarray) -> np.ndarray:
        """(N, 28, 28, 1) float32 in [0, 1] -> (N, classes) scores before softmax (logits)."""
        return self._scores(np.asarray(images, np.float32)).numpy()

    def hidden(self, image: np.ndarray) -> np.ndarray:
        """The last hidden layer's activations (units,) for one (28, 28) float32 image."""
        hidden, _ = self._both(np.asarray(image, np.float32).reshape(1, 28, 28, 1))
        return hidden.numpy()[0]

    def hidden_layers(self, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """uint8 (N, 28, 28) images -> their last hidden layers (N, units) and logits (N, classes),
        float32, in small batches."""
        size = self._batch_size()
        batches = [
            self._both((images[start : start + size].astype(np.float32) / 255.0)[..., None])[0].numpy()
            for start in range(0, len(images), size)
        ]
        hidden = np.concatenate(batches) if batches else np.zeros((0, self.hidden_width), np.float32)
        return hidden, self._logits_of(hidden)

    def _logits_of(self, hidden: np.ndarray) -> np.ndarray:
        last = self.model.layers[-1]
        return hidden @ np.asarray(last.kernel, np.float32) + np.asarray(last.bias, np.float32)

    def detector(self, dataset, other):
        """This model's `novelty.FittedDetector` for `dataset` (the one it was trained on), chosen
        against `other`: fitted on first use (1-3 s), then kept like the test-set view. None for a
        model whose last hidden layer is too wide to keep vectors of (the map's `map_refusal`)."""
        from lenet_core.inside.novelty import fit_detector

        if self.map_refusal is not None:
            return None
        with self._detector_lock:  # sessions asking at once fit it once
            if dataset.name not in self._detectors:
                self._detectors[dataset.name] = fit_detector(self.hidden_layers, dataset, other)
            return self._detectors[dataset.name]

    def unlike(self, image: np.ndarray, dataset, other) -> bool | None:
        """Whether the (28, 28) float32 `image` is unlike every class of `dataset` for this model;
        None when the model gets no detector."""
        detector = self.detector(dataset, other)
        if detector is None:
            return None
        hidden = self.hidden(image)[None]
        return bool(detector.unlike(hidden, self._logits_of(hidden))[0])

    @property
    def map_refusal(self) -> str | None:
        """Why this model gets no map (its last hidden layer is too wide to keep), or None."""
        if self.hidden_width <= MAX_MAP_UNITS:
            return None
        megabytes = MAP_IMAGES * self.hidden_width * 4 / 2**20
        return _(
            "No map for this model: its last hidden layer has {units} units, and the map is drawn "
            "for at most {limit} (keeping {images} of its vectors would take {megabytes} MB "
            "of the class's server). A dense layer before the softmax gives it one."
        ).format(
            units=i18n.number(self.hidden_width),
            limit=i18n.number(MAX_MAP_UNITS),
            images=i18n.number(MAP_IMAGES),
            megabytes=i18n.number(megabytes, 0),
        )

    @property
    def occlusion_refusal(self) -> str | None:
        """Why this model gets no occlusion heatmaps (81 copies of its activations are too big), or None."""
        needed = len(self._masks) * self.activation_values * 4
        if needed <= MAX_BATCH_BYTES:
            return None
        return _(
            "No heatmaps for this model: erasing 81 patches means 81 forward passes of {activations} "
            "activations each ({megabytes} MB at once), more than the {limit} MB a "
            "view may take of the class's server. Fewer filters in the first conv block make it fit."
        ).format(
            activations=i18n.number(self.activation_values),
            megabytes=i18n.number(needed / 2**20, 0),
            limit=MAX_BATCH_BYTES // 2**20,
        )

    def _batch_size(self) -> int:
        return max(1, min(BUILD_BATCH, MAX_BATCH_BYTES // (4 * self.activation_values)))

    def occlusion(self, image: np.ndarray, classes: list[int]) -> np.ndarray:
        """`occlusion_sensitivity` of this model: (len(classes), 28, 28). ValueError when over budget."""
        if self.occlusion_refusal:
            raise ValueError(self.occlusion_refusal)
        return occlusion_sensitivity(self.scores, image, classes, self._masks)

    def test_set(self, dataset, map_images: int = MAP_IMAGES, seed: int = 0) -> TestSetView:
        """The model's predictions on `dataset`'s test split and its map; computed once, then kept."""
        with self._lock:  # one build per model, even when several sessions ask at once
            if dataset.name not in self._views:
                self._views[dataset.name] = self._build(dataset, map_images, seed)
            return self._views[dataset.name]

    def _build(self, dataset, map_images: int, seed: int) -> TestSetView:
        import time

        started = time.perf_counter()
        images = dataset.test_images
        count = min(map_images, len(images))
        map_indices = np.sort(np.random.default_rng(seed).choice(len(images), count, replace=False))
        on_map = np.zeros(len(images), bool)
        on_map[map_indices] = True
        probabilities, hidden = [], []
        keep_hidden = self.map_refusal is None
        # Small batches: TensorFlow keeps its peak working memory, about 100 MB for 1,000 images;
        # smaller still for a model whose activations are large (MAX_BATCH_BYTES).
        size = self._batch_size()
        for start in range(0, len(images), size):
            batch = (images[start : start + size].astype(np.float32) / 255.0)[..., None]
            if keep_hidden:
                batch_hidden, batch_probabilities = self._both(batch)
                hidden.append(batch_hidden.numpy()[on_map[start : start + size]])
            else:
                batch_probabilities = self._probabilities(batch)
            probabilities.append(batch_probabilities.numpy())
        if keep_hidden:
            hidden = np.concatenate(hidden).astype(np.float32)
            mean, components = principal_axes(hidden)
        else:  # no map: nothing of the hidden layer is kept (map_refusal says why)
            hidden = np.zeros((count, 0), np.float32)
            mean, components = np.zeros(0, np.float32), np.zeros((2, 0), np.float32)
        return TestSetView(
            dataset=dataset.name,
            probabilities=np.concatenate(probabilities).astype(np.float32),
            map_indices=map_indices,
            hidden=hidden,
            mean=mean,
            components=components,
            points=((hidden - mean) @ components.T).astype(np.float32),
            seconds=time.perf_counter() - started,
        )
