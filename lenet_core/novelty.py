"""Scores of how unlike a model's training data an input is ("that does not look like a digit").

A softmax always sums to 1, so a letter or a scribble still gets a confident digit. These scores
look at the last hidden layer instead (the one the Predict page's map projects): the Mahalanobis
distance to the nearest class mean with one shared covariance (Lee et al., 2018), the distance to
the nearest training vectors (Sun et al., 2022), and for comparison the maximum probability and
the energy of the logits (Liu et al., 2020). Thresholds are the `QUANTILE` of held-out test images.

`python -m bench.not_a_digit` measures them (2026-12-03, the shipped defaults): for the MNIST
model the nearest neighbours flag Fashion-MNIST 92-97% but the rendered letters and shapes only
37-59% at 0.6-1.8% of MNIST test digits and canvas drawings; the Mahalanobis distance fails there
(1.8% of Fashion) but is the best for the Fashion model (93% of MNIST digits, 89-96% of letters,
shapes and scribbles at 1.6% of Fashion test images). The Predict page does not use them yet.

Pure numpy on arrays the caller computes (`lenet_core.insight.Explainer` gives hidden layers).
"""

from __future__ import annotations

import dataclasses

import numpy as np

FIT_IMAGES = 5_000  # training images whose hidden vectors give the class means and covariance
CALIBRATION_IMAGES = 2_000  # held-out test images that set the threshold (the first ones)
QUANTILE = 0.99  # inputs beyond what 99% of held-out test images reach are flagged
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


def nearest_neighbour_score(bank: np.ndarray, hidden: np.ndarray, k: int = 10) -> np.ndarray:
    """Distance to the k-th nearest of `bank`'s vectors after scaling all to unit length (Sun et
    al., 2022)."""
    bank = bank / np.maximum(np.linalg.norm(bank, axis=1, keepdims=True), 1e-12)
    hidden = hidden / np.maximum(np.linalg.norm(hidden, axis=1, keepdims=True), 1e-12)
    scores = []
    for start in range(0, len(hidden), 500):
        similarity = hidden[start : start + 500] @ bank.T
        scores.append(1 - np.sort(similarity, axis=1)[:, -k])
    return np.concatenate(scores)
