"""Sample grids and summaries of a data set, for the Explore page (numpy only, no TensorFlow)."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from lenet_core.datasets import load_dataset, shown_class_names
from lenet_core.i18n import _


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


# Fonts with Chinese glyphs, for class names drawn on images in 中文: Debian's fonts-noto-cjk,
# macOS, Windows. PIL's own font has Latin letters only (Chinese would be empty boxes).
CJK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@functools.cache
def _font(size: int, cjk: bool):
    """PIL's default font, or for text beyond Latin the first CJK font found (None if none is)."""
    from PIL import ImageFont

    if not cjk:
        return ImageFont.load_default(size=size)
    for path in CJK_FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return None


def labelled_sample(image: np.ndarray, text: str, correct: bool, size: int = 280, fallback: str | None = None):
    """A 28x28 image enlarged to size x size (RGB) with `text` overlaid: green if correct, else red.
    `fallback` is drawn instead where `text` needs a font this machine lacks (Chinese without one)."""
    from PIL import Image, ImageDraw

    enlarged = Image.fromarray(enlarge(np.asarray(image, np.uint8), size // image.shape[0])).convert("RGB")
    draw = ImageDraw.Draw(enlarged)
    font = _font(22, not text.isascii())
    if font is None:
        text, font = (fallback or text), _font(22, False)
    draw.text((8, 6), text, fill=(0, 220, 0) if correct else (255, 40, 40), font=font)
    return np.asarray(enlarged)
