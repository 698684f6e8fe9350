"""Drawings that are not digits, drawn as a student draws on the 280x280 Predict canvas: letters
that do not look like a digit, faces, shapes and scribbles. For `bench.not_a_digit` and the tests
of `lenet_core.inside.novelty`.

Each kind is a list of strokes in a unit box (x right, y down); a drawing moves, scales, slants
and shakes them at random and draws them with a round pen of random width, white on black, as
the canvas sends them. Letters that read as digits to people too (O, I, l, S, Z, B, G, q) are
left out: a model calling an "O" a 0 is right.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from harness.drawings import CANVAS


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, points: int = 24) -> list:
    angles = np.linspace(np.radians(start), np.radians(end), points)
    return [(cx + rx * np.cos(a), cy + ry * np.sin(a)) for a in angles]


LETTERS = {
    "A": [[(0.1, 1.0), (0.5, 0.0), (0.9, 1.0)], [(0.28, 0.6), (0.72, 0.6)]],
    "E": [[(0.85, 0.0), (0.15, 0.0), (0.15, 1.0), (0.85, 1.0)], [(0.15, 0.5), (0.7, 0.5)]],
    "F": [[(0.85, 0.0), (0.15, 0.0), (0.15, 1.0)], [(0.15, 0.5), (0.7, 0.5)]],
    "H": [[(0.15, 0.0), (0.15, 1.0)], [(0.85, 0.0), (0.85, 1.0)], [(0.15, 0.5), (0.85, 0.5)]],
    "K": [[(0.2, 0.0), (0.2, 1.0)], [(0.85, 0.0), (0.2, 0.55)], [(0.4, 0.4), (0.85, 1.0)]],
    "M": [[(0.05, 1.0), (0.15, 0.0), (0.5, 0.6), (0.85, 0.0), (0.95, 1.0)]],
    "N": [[(0.15, 1.0), (0.15, 0.0), (0.85, 1.0), (0.85, 0.0)]],
    "W": [[(0.0, 0.0), (0.25, 1.0), (0.5, 0.35), (0.75, 1.0), (1.0, 0.0)]],
    "X": [[(0.1, 0.0), (0.9, 1.0)], [(0.9, 0.0), (0.1, 1.0)]],
    "Y": [[(0.1, 0.0), (0.5, 0.5), (0.9, 0.0)], [(0.5, 0.5), (0.5, 1.0)]],
    "R": [[(0.2, 1.0), (0.2, 0.0)] + _arc(0.45, 0.25, 0.35, 0.25, -90, 90)[1:] + [(0.2, 0.5), (0.85, 1.0)]],
    "P": [[(0.2, 1.0), (0.2, 0.0)] + _arc(0.45, 0.25, 0.35, 0.25, -90, 90)[1:] + [(0.2, 0.5)]],
    "C": [_arc(0.55, 0.5, 0.45, 0.5, 40, 320)],
    "e": [[(0.1, 0.55), (0.9, 0.55)] + _arc(0.5, 0.55, 0.4, 0.4, 0, -300)[1:]],
    "m": [
        [(0.05, 1.0), (0.05, 0.4)] + _arc(0.27, 0.55, 0.22, 0.2, 180, 360)[1:] + [(0.49, 1.0)],
        [(0.49, 0.55)] + _arc(0.71, 0.55, 0.22, 0.2, 180, 360)[1:] + [(0.93, 1.0)],
    ],  # fmt: skip
    "w": [[(0.0, 0.3), (0.25, 1.0), (0.5, 0.5), (0.75, 1.0), (1.0, 0.3)]],
    "x": [[(0.15, 0.3), (0.85, 1.0)], [(0.85, 0.3), (0.15, 1.0)]],
    "k": [[(0.2, 0.0), (0.2, 1.0)], [(0.8, 0.35), (0.2, 0.7)], [(0.4, 0.6), (0.8, 1.0)]],
}

SHAPES = {
    "smiley": [
        _arc(0.5, 0.5, 0.5, 0.5, 0, 360, 40),
        _arc(0.33, 0.35, 0.05, 0.05, 0, 360, 8),
        _arc(0.67, 0.35, 0.05, 0.05, 0, 360, 8),
        _arc(0.5, 0.55, 0.28, 0.22, 20, 160),
    ],  # fmt: skip
    "star": [[(0.5 + 0.5 * np.sin(np.radians(144 * k)), 0.5 - 0.5 * np.cos(np.radians(144 * k))) for k in range(6)]],
    "house": [[(0.1, 0.45), (0.5, 0.0), (0.9, 0.45), (0.9, 1.0), (0.1, 1.0), (0.1, 0.45), (0.9, 0.45)]],
    "hash": [
        [(0.35, 0.0), (0.3, 1.0)],
        [(0.7, 0.0), (0.65, 1.0)],
        [(0.0, 0.35), (1.0, 0.35)],
        [(0.0, 0.7), (1.0, 0.7)],
    ],
    "square": [[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]],
    "triangle": [[(0.5, 0.0), (1.0, 1.0), (0.0, 1.0), (0.5, 0.0)]],
    "heart": [
        _arc(0.27, 0.3, 0.25, 0.25, 150, 360)[:-1]
        + _arc(0.73, 0.3, 0.25, 0.25, 180, 390)
        + [(0.5, 1.0)]
        + _arc(0.27, 0.3, 0.25, 0.25, 150, 151)
    ],  # fmt: skip
    "spiral": [
        [(0.5 + 0.5 * t * np.cos(8 * np.pi * t), 0.5 + 0.5 * t * np.sin(8 * np.pi * t)) for t in np.linspace(0, 1, 80)]
    ],
    "wave": [[(t, 0.5 + 0.4 * np.sin(3 * np.pi * t)) for t in np.linspace(0, 1, 40)]],
    "arrow": [[(0.0, 0.5), (1.0, 0.5)], [(0.65, 0.15), (1.0, 0.5), (0.65, 0.85)]],
}
KINDS = {"letters": LETTERS, "shapes": SHAPES}


def _place(strokes: list[list[tuple[float, float]]], rng: np.random.Generator) -> tuple[list[list[tuple]], int]:
    """The unit-box `strokes` moved, scaled, slanted, turned and shaken onto the canvas, in canvas
    pixels, and a random pen width."""
    size = rng.uniform(110, 240)
    left, top = rng.uniform(10, CANVAS - 10 - size, 2)
    aspect, slant, turn = rng.uniform(0.7, 1.1), rng.uniform(-0.25, 0.25), rng.uniform(-0.2, 0.2)
    pen = int(rng.choice([8, 12, 16, 22, 28]))
    cos, sin = np.cos(turn), np.sin(turn)
    placed = []
    for stroke in strokes:
        points = np.array(stroke, np.float64) + rng.normal(0.0, 0.015, (len(stroke), 2))
        x = 0.5 + (points[:, 0] - 0.5) * aspect + slant * (0.5 - points[:, 1])
        y = points[:, 1] - 0.5
        turned_x, turned_y = cos * (x - 0.5) - sin * y, sin * (x - 0.5) + cos * y
        xs, ys = left + size * (0.5 + turned_x), top + size * (0.5 + turned_y)
        placed.append([(float(px), float(py)) for px, py in zip(xs, ys, strict=True)])
    return placed, pen


def _draw(strokes: list[list[tuple[float, float]]], rng: np.random.Generator) -> np.ndarray:
    placed, pen = _place(strokes, rng)
    image = Image.new("L", (CANVAS, CANVAS), 0)
    draw = ImageDraw.Draw(image)
    for pixels in placed:
        draw.line(pixels, fill=255, width=pen, joint="curve")
        for px, py in (pixels[0], pixels[-1]):
            draw.ellipse((px - pen / 2, py - pen / 2, px + pen / 2, py + pen / 2), fill=255)
    return _canvas(np.asarray(image))


def _canvas(gray: np.ndarray) -> np.ndarray:
    rgba = np.empty((CANVAS, CANVAS, 4), np.uint8)
    rgba[..., :3] = gray[..., None]
    rgba[..., 3] = 255
    return rgba


def _scribble_path(rng: np.random.Generator) -> list[tuple[float, float]]:
    """A smooth random walk of 6 to 11 turns in the unit box."""
    turns = rng.integers(6, 12)
    anchors = rng.uniform(0.0, 1.0, (turns, 2))
    along = np.linspace(0, turns - 1, 20 * turns)
    points = np.stack([np.interp(along, np.arange(turns), anchors[:, axis]) for axis in (0, 1)], axis=1)
    smooth = np.stack([np.convolve(np.pad(points[:, a], 6, mode="edge"), np.ones(13) / 13, "valid") for a in (0, 1)], 1)
    return list(map(tuple, smooth))


def scribble(rng: np.random.Generator) -> np.ndarray:
    """A random scrawl across much of the canvas, as RGBA canvas pixels."""
    return _draw([_scribble_path(rng)], rng)


def scribble_strokes(seed: int) -> list[list[tuple[float, float]]]:
    """The strokes, in canvas pixels, of the scribble `scribble(np.random.default_rng(seed))`
    draws: for a browser test's mouse."""
    rng = np.random.default_rng(seed)
    return _place([_scribble_path(rng)], rng)[0]


def non_digit(kind: str, name: str, rng: np.random.Generator) -> np.ndarray:
    """One drawing of `name` ("A", "smiley", ...) of `kind` ("letters" or "shapes") as RGBA canvas pixels."""
    return _draw(KINDS[kind][name], rng)


def non_digits(count_each: int, seed: int) -> dict[str, list[np.ndarray]]:
    """{"letters": [...], "shapes": [...], "scribbles": [...]}: canvas RGBA arrays, `count_each`
    of every letter and shape, and as many scribbles as shapes."""
    rng = np.random.default_rng(seed)
    drawings = {
        kind: [non_digit(kind, name, rng) for name in names for _ in range(count_each)] for kind, names in KINDS.items()
    }
    drawings["scribbles"] = [scribble(rng) for _ in range(count_each * len(SHAPES))]
    return drawings
