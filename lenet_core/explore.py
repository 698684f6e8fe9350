"""Sample grids and summaries of a data set, for the Explore page (numpy only, no TensorFlow)."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from lenet_core.datasets import load_dataset


@dataclasses.dataclass(frozen=True)
class Sample:
    index: int  # position in the split
    label: int
    class_name: str

    @property
    def caption(self) -> str:
        return f"{self.class_name} · #{self.index}"


def sample_grid(
    name: str, split: str, rows: int = 5, columns: int = 5, class_index: int | None = None, seed: int = 0
) -> list[Sample]:
    """rows x columns samples of a split, optionally of one class; the same seed gives the same grid."""
    if not (1 <= rows <= 10 and 1 <= columns <= 10):
        raise ValueError(f"A grid is 1x1 to 10x10, got {rows}x{columns}.")
    dataset = load_dataset(name)
    _, labels = dataset.split(split)
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


def enlarge(image: np.ndarray, scale: int) -> np.ndarray:
    """A crisp nearest-neighbour enlargement, so 28x28 pixels stay visible as squares."""
    return np.repeat(np.repeat(image, scale, axis=0), scale, axis=1)


def feature_grid(maps: np.ndarray, columns: int = 10, scale: int = 3, gap: int = 2) -> np.ndarray:
    """Feature maps (height, width, filters) as one uint8 image grid, each map scaled to its own max."""
    height, width, filters = maps.shape
    rows = -(-filters // columns)
    grid = np.full((rows * (height * scale + gap) - gap, columns * (width * scale + gap) - gap), 40, np.uint8)
    for index in range(filters):
        feature_map = maps[:, :, index]
        peak = feature_map.max()
        tile = (feature_map / peak * 255).astype(np.uint8) if peak > 0 else np.zeros_like(feature_map, np.uint8)
        row, column = divmod(index, columns)
        top, left = row * (height * scale + gap), column * (width * scale + gap)
        grid[top : top + height * scale, left : left + width * scale] = enlarge(tile, scale)
    return grid


def labelled_sample(image: np.ndarray, text: str, correct: bool, size: int = 280) -> np.ndarray:
    """A 28x28 image enlarged to size x size (RGB) with `text` overlaid: green if correct, else red."""
    from PIL import Image, ImageDraw, ImageFont

    enlarged = Image.fromarray(enlarge(np.asarray(image, np.uint8), size // image.shape[0])).convert("RGB")
    draw = ImageDraw.Draw(enlarged)
    font = ImageFont.load_default(size=22)
    draw.text((8, 6), text, fill=(0, 220, 0) if correct else (255, 40, 40), font=font)
    return np.asarray(enlarged)
