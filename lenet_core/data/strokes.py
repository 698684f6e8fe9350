"""Digits in the writing styles MNIST lacks, drawn stroke by stroke.

MNIST's digits were written by American clerks and students. Much of the world writes a 1 with a
flag (and often a base), crosses its 7, gives its 9 a straight tail and closes the top of its 4;
a model trained on MNIST alone reads a flagged 1 as a 7. `render_styles` draws such digits as
pen strokes with random slant, proportions, wobble and pen width, and prepares each one exactly
as the Predict page prepares a canvas, so they look like what a class draws.

Two parameter sets: `TRAINING` (what the shipped default learns from, rendered on the worker from
the config's seed) and `STARTER` (the committed starter set `data/styles/`, made by
`python -m scripts.make_style_set` with other ranges and another seed, so scoring on it measures
the styles, not the renderer's exact strokes).

Pure numpy and Pillow: no TensorFlow.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from lenet_core.base.i18n import N_
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import IMAGE_MAGIC, LABEL_MAGIC, read_idx
from lenet_core.data.preprocessing import prepare

CANVAS = 112  # pixels: the strokes are drawn at four times MNIST's size, then prepared
# In English (the renderer and the files use them); a page shows `_(style)`.
STYLES = (N_("flagged 1"), N_("crossed 7"), N_("straight-tail 9"), N_("closed 4"))
STYLE_LABELS = (1, 7, 9, 4)
STYLES_DIR = DATA_DIR / "styles"


@dataclasses.dataclass(frozen=True)
class StyleParameters:
    """Ranges the renderer draws each digit's shape and pen from (uniformly)."""

    slant: tuple[float, float] = (-0.25, 0.25)  # horizontal shear: x += slant * (0.5 - y)
    rotation: tuple[float, float] = (-0.12, 0.12)  # radians
    aspect: tuple[float, float] = (0.55, 0.8)  # width of the glyph / its height
    pen: tuple[float, float] = (0.07, 0.12)  # pen width / glyph height
    wobble: tuple[float, float] = (0.0, 0.025)  # amplitude of a slow hand tremor, / glyph height
    jitter: float = 0.04  # how far each key point may move, / glyph height
    flag_angle: tuple[float, float] = (0.55, 1.05)  # a 1's flag, radians down from the vertical stem
    flag_length: tuple[float, float] = (0.2, 0.38)
    base_chance: float = 0.5  # a 1 with a base as well as a flag
    cross_height: tuple[float, float] = (0.45, 0.6)  # where a 7's bar crosses its stem
    loop_height: tuple[float, float] = (0.38, 0.5)  # a 9's loop, / glyph height
    bar_height: tuple[float, float] = (0.6, 0.74)  # a 4's crossbar


TRAINING = StyleParameters()
# The starter set: wider slants and pens, stronger tremor, other proportions.
STARTER = StyleParameters(
    slant=(-0.32, 0.32),
    rotation=(-0.16, 0.16),
    aspect=(0.5, 0.85),
    pen=(0.06, 0.14),
    wobble=(0.01, 0.035),
    jitter=0.05,
    flag_angle=(0.5, 1.15),
    flag_length=(0.18, 0.42),
    base_chance=0.4,
    cross_height=(0.42, 0.62),
    loop_height=(0.35, 0.52),
    bar_height=(0.58, 0.76),
)


def _uniform(rng: np.random.Generator, bounds: tuple[float, float]) -> float:
    return float(rng.uniform(*bounds))


def _arc(centre: tuple[float, float], radii: tuple[float, float], start: float, end: float) -> list:
    """Points on an ellipse from angle `start` to `end` (radians, y down, so positive turns clockwise)."""
    angles = np.linspace(start, end, 24)
    return [(centre[0] + radii[0] * np.cos(a), centre[1] + radii[1] * np.sin(a)) for a in angles]


def _strokes(style: str, rng: np.random.Generator, p: StyleParameters) -> list[list[tuple[float, float]]]:
    """The pen strokes of one digit in a unit box: x to the right, y down, both in [0, 1]."""
    if style == "flagged 1":
        angle, length = _uniform(rng, p.flag_angle), _uniform(rng, p.flag_length)
        top = (0.6, 0.0)
        flag = (top[0] - length * np.sin(angle), top[1] + length * np.cos(angle))
        strokes = [[flag, top, (0.6, 1.0)]]
        if rng.uniform() < p.base_chance:
            half = rng.uniform(0.2, 0.35)
            strokes.append([(0.6 - half, 1.0), (0.6 + half, 1.0)])
        return strokes
    if style == "crossed 7":
        bottom = rng.uniform(0.3, 0.5)
        start = (0.05, rng.uniform(0.0, 0.08))
        main = [start, (0.95, 0.0), (bottom, 1.0)]
        if rng.uniform() < 0.3:  # the continental 7's small downstroke where the bar starts
            main.insert(0, (0.05, start[1] + rng.uniform(0.1, 0.18)))
        height = _uniform(rng, p.cross_height)
        middle = 0.95 + (bottom - 0.95) * height  # the stem's x at that height
        half = rng.uniform(0.18, 0.3)
        tilt = rng.uniform(-0.04, 0.04)
        return [main, [(middle - half, height + tilt), (middle + half, height - tilt)]]
    if style == "straight-tail 9":
        loop = _uniform(rng, p.loop_height)
        radii = (0.5, loop / 2)
        centre = (0.5, loop / 2)
        # Start at the loop's right side, go round anticlockwise and on a little, then straight down.
        outline = _arc(centre, radii, 0.0, -2 * np.pi - rng.uniform(0.0, 0.3))
        foot = (1.0 - rng.uniform(0.0, 0.15), 1.0)
        return [outline + [(1.0, centre[1]), foot]]
    if style == "closed 4":
        stem = rng.uniform(0.58, 0.72)
        bar = _uniform(rng, p.bar_height)
        return [[(stem, 0.0), (0.0, bar), (1.0, bar)], [(stem, 0.0), (stem, 1.0)]]
    raise ValueError(f"Unknown style {style!r}: choose one of {', '.join(STYLES)}.")


def _densify(points: np.ndarray, spacing: float = 0.02) -> np.ndarray:
    """The polyline with extra points every `spacing`, so a tremor bends straight lines too."""
    dense = [points[0]]
    for start, end in zip(points[:-1], points[1:], strict=True):
        steps = max(1, int(np.ceil(np.linalg.norm(end - start) / spacing)))
        dense += [start + (end - start) * (k / steps) for k in range(1, steps + 1)]
    return np.array(dense)


def render_digit(style: str, rng: np.random.Generator, parameters: StyleParameters = TRAINING) -> np.ndarray:
    """One digit of `style` as a 28x28 float32 image in [0, 1], prepared like a canvas drawing."""
    p = parameters
    aspect, slant, rotation = _uniform(rng, p.aspect), _uniform(rng, p.slant), _uniform(rng, p.rotation)
    wobble, phase, frequency = _uniform(rng, p.wobble), rng.uniform(0, 2 * np.pi, 2), rng.uniform(3, 7)
    cos, sin = np.cos(rotation), np.sin(rotation)
    margin, size = 0.15 * CANVAS, 0.7 * CANVAS
    image = Image.new("L", (CANVAS, CANVAS), 0)
    draw = ImageDraw.Draw(image)
    pen = max(2, int(round(_uniform(rng, p.pen) * size)))
    for stroke in _strokes(style, rng, p):
        points = np.array(stroke, dtype=np.float64)
        points += rng.normal(0.0, p.jitter / 2, points.shape)
        points = _densify(points)
        along = np.linspace(0.0, 1.0, len(points))
        points[:, 0] += wobble * np.sin(2 * np.pi * frequency * along + phase[0])
        points[:, 1] += wobble * np.sin(2 * np.pi * frequency * along + phase[1])
        x = 0.5 + (points[:, 0] - 0.5) * aspect + slant * (0.5 - points[:, 1])
        y = points[:, 1] - 0.5
        turned_x, turned_y = cos * (x - 0.5) - sin * y, sin * (x - 0.5) + cos * y
        pixels = list(zip(margin + size * (0.5 + turned_x), margin + size * (0.5 + turned_y), strict=True))
        draw.line(pixels, fill=255, width=pen, joint="curve")
        for px, py in (pixels[0], pixels[-1]):  # round pen ends
            draw.ellipse((px - pen / 2, py - pen / 2, px + pen / 2, py + pen / 2), fill=255)
    prepared = prepare(np.asarray(image), "digit")
    if prepared.image is None:  # cannot happen for these shapes; kept as a clear error if it ever does
        raise ValueError(f"The renderer drew nothing for {style!r}: {prepared.message}")
    return prepared.image


def render_styles(per_style: int, seed: int, parameters: StyleParameters = TRAINING) -> tuple[np.ndarray, np.ndarray]:
    """`per_style` digits of each style in STYLES: (N, 28, 28) uint8 images and (N,) uint8 labels.

    The same seed and parameters give the same images on every machine.
    """
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for style, label in zip(STYLES, STYLE_LABELS, strict=True):
        for _ in range(per_style):
            images.append(np.round(render_digit(style, rng, parameters) * 255).astype(np.uint8))
            labels.append(label)
    return np.array(images, dtype=np.uint8).reshape(-1, 28, 28), np.array(labels, dtype=np.uint8)


def load_starter_set(folder: Path = STYLES_DIR) -> tuple[np.ndarray, np.ndarray]:
    """The committed starter set of styled digits: (N, 28, 28) uint8 images and (N,) labels."""
    images_path, labels_path = folder / "styles-images-idx3-ubyte.gz", folder / "styles-labels-idx1-ubyte.gz"
    if not images_path.is_file() or not labels_path.is_file():
        raise FileNotFoundError(
            f"The style starter set is missing from {folder}. Restore data/styles/ from git, "
            "or make it again with: python -m scripts.make_style_set"
        )
    return read_idx(images_path, IMAGE_MAGIC), read_idx(labels_path, LABEL_MAGIC)


def write_starter_set(images: np.ndarray, labels: np.ndarray, folder: Path = STYLES_DIR) -> list[Path]:
    """Writes a style set as gzipped IDX files (the data sets' format), each atomically."""
    from lenet_core.base.files import write_bytes
    from lenet_core.data.datasets import idx_bytes

    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "styles-images-idx3-ubyte.gz", folder / "styles-labels-idx1-ubyte.gz"]
    write_bytes(paths[0], idx_bytes(images, IMAGE_MAGIC))
    write_bytes(paths[1], idx_bytes(labels, LABEL_MAGIC))
    return paths
