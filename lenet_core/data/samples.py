"""Sample grids and summaries of a data set, for the Explore page (numpy only, no TensorFlow)."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from lenet_core.base.i18n import _, shown_class_names
from lenet_core.data.datasets import load_dataset


@dataclasses.dataclass(frozen=True)
class Sample:
    index: int  # position in the split
    label: int
    class_name: str  # in English, as the data set names it

    @property
    def caption(self) -> str:
        """ "Coat · #123", the class name in the current language."""
        return f"{shown_class_names((self.class_name,))[0]} · #{self.index}"


def sample_grid(
    name: str, split: str, rows: int = 5, columns: int = 5, class_index: int | None = None, seed: int = 0
) -> list[Sample]:
    """rows x columns samples of a split, optionally of one class; the same seed gives the same grid."""
    if not (1 <= rows <= 10 and 1 <= columns <= 10):
        raise ValueError(_("A grid is 1x1 to 10x10, got {rows}x{columns}.").format(rows=rows, columns=columns))
    dataset = load_dataset(name)
    _images, labels = dataset.split(split)
    candidates = np.arange(len(labels)) if class_index is None else np.flatnonzero(labels == class_index)
    count = min(rows * columns, len(candidates))
    chosen = np.random.default_rng(seed).choice(candidates, size=count, replace=False)
    return [Sample(int(i), int(labels[i]), dataset.class_names[labels[i]]) for i in chosen]


@functools.cache
def class_counts(name: str, split: str) -> np.ndarray:
    """Images per class (10,) in a split."""
    counts = np.bincount(load_dataset(name).split(split)[1], minlength=10)
    counts.setflags(write=False)  # shared by every session
    return counts


@functools.cache
def class_means(name: str, split: str) -> np.ndarray:
    """The mean image of each class, (10, 28, 28) uint8."""
    images, labels = load_dataset(name).split(split)
    means = np.stack([images[labels == c].mean(axis=0) for c in range(10)]).round().astype(np.uint8)
    means.setflags(write=False)  # shared by every session: nobody may change it in place
    return means
