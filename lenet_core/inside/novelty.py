"""Scores of how unlike a model's training data an input is ("that does not look like a digit").

A softmax always sums to 1, so a letter or a scribble still gets a confident digit. These scores
look at the last hidden layer instead (the one the Predict page's map projects): the distance to
the nearest training vector (Sun et al., 2022), the Mahalanobis distance to the nearest class mean
with one shared covariance (Lee et al., 2018), and for comparison the maximum probability and the
energy of the logits (Liu et al., 2020). Each is calibrated on held-out test images: an input
beyond what `QUANTILE` of them reach is flagged.

`fit_detector` fits both distances for one model and keeps the one that flags more of the *other*
data set (Fashion-MNIST for a digit model, MNIST for a garment model): a choice made per model,
students' models included, on images of neither its training data nor the bench's test sets. A
low energy (small logits for every class) flags an input too: it catches letters and shapes that
sit near some training digit. `python -m bench.not_a_digit` measures what ships: for the MNIST
model the nearest neighbour is chosen, for the Fashion model the Mahalanobis distance (each
flags too few of the other data set for the other model).

Pure numpy on arrays the caller computes (`lenet_core.inside.explainer.Explainer` gives hidden layers).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import numpy as np

FIT_IMAGES = 5_000  # training images whose hidden vectors give the class means and covariance
CALIBRATION_IMAGES = 2_000  # held-out test images that set the threshold (the first ones)
# An input is flagged when its distance is beyond what 99% of held-out test images reach, or its
# energy beyond 99.5% of theirs: 1.0% of MNIST test digits and 1.5% of canvas drawings together
# (the budget is 2%); at 98.5% the distance alone flagged 2.2% of canvas drawings.
QUANTILE = 0.99
ENERGY_QUANTILE = 0.995
CHOICE_IMAGES = 2_000  # training images of the other data set that choose between the two scores
MAX_BANK_BYTES = 10 * 2**20  # training vectors the nearest-neighbour score keeps per model
SHRINKAGE = 0.1  # the covariance is pulled this far towards its diagonal: 500 units, 5,000 vectors
MAX_UNITS = 4_096  # a wider last hidden layer gets no detector (a units x units matrix each)


@dataclasses.dataclass(frozen=True)
class NoveltyDetector:
    """Class means and a shared precision matrix in one model's last hidden layer."""

    means: np.ndarray  # (classes, units) float32
    precision: np.ndarray  # (units, units) float32
    threshold: float  # distances above this are "unlike every class"

    @classmethod
    def fit(
        cls,
        hidden: np.ndarray,
        labels: np.ndarray,
        classes: int,
        calibration: np.ndarray,
        quantile: float = QUANTILE,
    ) -> NoveltyDetector:
        """`hidden`: (N, units) training vectors with their `labels`; `calibration`: (M, units)
        vectors of held-out images of the same data set, which set the threshold."""
        hidden = np.asarray(hidden, np.float64)
        if hidden.shape[1] > MAX_UNITS:
            raise ValueError(f"A last hidden layer of {hidden.shape[1]:,} units is too wide for the detector.")
        means = np.stack(
            [hidden[labels == c].mean(axis=0) if (labels == c).any() else hidden.mean(axis=0) for c in range(classes)]
        )
        centred = hidden - means[labels]
        covariance = centred.T @ centred / max(1, len(hidden) - 1)
        covariance = (1 - SHRINKAGE) * covariance + SHRINKAGE * np.diag(np.diag(covariance))
        covariance += np.eye(len(covariance)) * (1e-6 * max(float(np.trace(covariance)) / len(covariance), 1e-12))
        precision = np.linalg.inv(covariance)
        partial = cls(means.astype(np.float32), precision.astype(np.float32), float("inf"))
        threshold = float(np.quantile(partial.distances(calibration), quantile))
        return dataclasses.replace(partial, threshold=threshold)

    def distances(self, hidden: np.ndarray) -> np.ndarray:
        """(N, units) or (units,) -> (N,) distance to the nearest class mean, in units of the
        spread of the training vectors (a Mahalanobis distance, its square root)."""
        hidden = np.atleast_2d(np.asarray(hidden, np.float32))
        # (h - m)' P (h - m) = h'Ph - 2 h'Pm + m'Pm for every class mean m, without (N, classes, units)
        weighted = hidden @ self.precision
        squared = (
            (weighted * hidden).sum(axis=1, keepdims=True)
            - 2 * weighted @ self.means.T
            + ((self.means @ self.precision) * self.means).sum(axis=1)
        )
        return np.sqrt(np.maximum(squared.min(axis=1), 0.0))

    def unlike(self, hidden: np.ndarray) -> np.ndarray:
        """(N,) bool: True where an input is unlike every class the model was trained on."""
        return self.distances(hidden) > self.threshold

    @property
    def nbytes(self) -> int:
        return self.means.nbytes + self.precision.nbytes


@dataclasses.dataclass(frozen=True)
class NearestNeighbours:
    """Training vectors of one model's last hidden layer, scaled to unit length."""

    bank: np.ndarray  # (N, units) float32
    threshold: float  # distances above this are "unlike every class"

    @classmethod
    def fit(cls, hidden: np.ndarray, calibration: np.ndarray, quantile: float = QUANTILE) -> NearestNeighbours:
        partial = cls(_unit(hidden), float("inf"))
        return dataclasses.replace(partial, threshold=float(np.quantile(partial.distances(calibration), quantile)))

    def distances(self, hidden: np.ndarray) -> np.ndarray:
        """(N, units) or (units,) -> (N,): 1 - the cosine similarity of the nearest training vector."""
        hidden = _unit(np.atleast_2d(np.asarray(hidden, np.float32)))
        return np.concatenate(
            [1 - (hidden[start : start + 500] @ self.bank.T).max(axis=1) for start in range(0, len(hidden), 500)]
        )

    def unlike(self, hidden: np.ndarray) -> np.ndarray:
        return self.distances(hidden) > self.threshold

    @property
    def nbytes(self) -> int:
        return self.bank.nbytes


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


@dataclasses.dataclass(frozen=True)
class FittedDetector:
    """One model's "unlike every class": the distance `fit_detector` chose, or a low energy."""

    detector: NearestNeighbours | NoveltyDetector
    energy_threshold: float  # energies above this are flagged too (ENERGY_QUANTILE of held-out images)
    other_flagged: dict[str, float]  # distance name -> share of the other data set's images it flagged
    seconds: float  # how long fitting took

    @property
    def score(self) -> str:
        return "nearest neighbour" if isinstance(self.detector, NearestNeighbours) else "Mahalanobis"

    def unlike(self, hidden: np.ndarray, logits: np.ndarray) -> np.ndarray:
        """(N, units) hidden layers and their (N, classes) logits -> (N,) bool."""
        return self.detector.unlike(hidden) | (energy_score(np.atleast_2d(logits)) > self.energy_threshold)

    @property
    def nbytes(self) -> int:
        return self.detector.nbytes


def fit_detector(
    outputs_of: Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]], dataset, other, quantile: float = QUANTILE
) -> FittedDetector:
    """Both distances in one model's last hidden layer, fitted on `dataset`'s training images and
    calibrated on its first `CALIBRATION_IMAGES` test images; the one that flags more of `other`'s
    first `CHOICE_IMAGES` training images is kept, and joined by the energy of the logits at
    `ENERGY_QUANTILE`. `outputs_of`: uint8 (N, 28, 28) -> (hidden (N, units), logits (N, classes))."""
    started = time.perf_counter()
    fit = fit_sample(FIT_IMAGES, len(dataset.train_images))
    hidden = np.asarray(outputs_of(dataset.train_images[fit])[0], np.float32)
    calibration, calibration_logits = outputs_of(dataset.test_images[:CALIBRATION_IMAGES])
    others = outputs_of(other.train_images[:CHOICE_IMAGES])[0]
    bank_size = max(1, min(len(hidden), MAX_BANK_BYTES // (4 * hidden.shape[1])))
    candidates = {"nearest neighbour": NearestNeighbours.fit(hidden[:bank_size], calibration, quantile)}
    if hidden.shape[1] <= MAX_UNITS:
        labels = dataset.train_labels[fit].astype(int)
        classes = len(dataset.class_names)
        candidates["Mahalanobis"] = NoveltyDetector.fit(hidden, labels, classes, calibration, quantile)
    flagged = {name: float(candidate.unlike(others).mean()) for name, candidate in candidates.items()}
    best = max(flagged, key=flagged.get)
    energy = float(np.quantile(energy_score(calibration_logits), ENERGY_QUANTILE))
    return FittedDetector(candidates[best], energy, flagged, time.perf_counter() - started)


def fit_sample(count: int, total: int, seed: int = 0) -> np.ndarray:
    """The training images a detector is fitted on: the same `count` of `total` for every model."""
    return np.sort(np.random.default_rng(seed).choice(total, size=min(count, total), replace=False))


# The other scores bench.not_a_digit compares; higher = more unlike the training data.


def max_probability_score(probabilities: np.ndarray) -> np.ndarray:
    return -np.asarray(probabilities).max(axis=1)


def energy_score(logits: np.ndarray) -> np.ndarray:
    """-logsumexp of the logits, negated back: the energy of Liu et al. (2020)."""
    logits = np.asarray(logits, np.float64)
    top = logits.max(axis=1, keepdims=True)
    return -(top[:, 0] + np.log(np.exp(logits - top).sum(axis=1)))
