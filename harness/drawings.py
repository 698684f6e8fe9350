"""Synthetic canvas drawings made from data set images: the canvas's format, other sizes and strokes."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageFilter

CANVAS = 280


def draw_on_canvas(
    image: np.ndarray, scale: float, top: int, left: int, thickness: int = 0, canvas: int = CANVAS
) -> np.ndarray:
    """A 28x28 uint8 image pasted, `scale` times larger, onto a canvas as the browser returns it.

    RGBA uint8 (canvas, canvas, 4): white strokes on an opaque black background. `thickness` > 0
    thickens strokes by a max filter of that size; < 0 thins them by a min filter.
    """
    size = int(round(28 * scale))
    enlarged = Image.fromarray(image).resize((size, size), Image.Resampling.BICUBIC)
    if thickness > 0:
        enlarged = enlarged.filter(ImageFilter.MaxFilter(thickness))
    elif thickness < 0:
        enlarged = enlarged.filter(ImageFilter.MinFilter(-thickness))
    gray = np.zeros((canvas, canvas), np.uint8)
    gray[top : top + size, left : left + size] = np.asarray(enlarged)[: canvas - top, : canvas - left]
    rgba = np.empty((canvas, canvas, 4), np.uint8)
    rgba[..., :3] = gray[..., None]
    rgba[..., 3] = 255
    return rgba


def random_drawing(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One drawing at a random size (112 to 280 px), position and stroke thickness."""
    scale = rng.uniform(4.0, 10.0)
    size = int(round(28 * scale))
    top, left = rng.integers(0, CANVAS - size + 1, size=2)
    thickness = int(rng.choice([0, 0, 3, 5, 9, -3]))
    return draw_on_canvas(image, scale, int(top), int(left), thickness)


def png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def sketch_agreement(predictor, images: np.ndarray, count: int, seed: int) -> tuple[int, int]:
    """How many of `count` random test images, redrawn by `random_drawing` and prepared as the
    Predict page prepares a canvas, get the class the model gives the test image itself.

    Returns (agreeing, count). `predictor` is a lenet_core.inference.Predictor.
    """
    from lenet_core.datasets import as_model_input
    from lenet_core.preprocessing import prepare

    rng = np.random.default_rng(seed)
    indices = rng.choice(len(images), size=count, replace=False)
    originals = [predictor.predict(image).predicted for image in as_model_input(images[indices])]
    agreeing = 0
    for index, original in zip(indices, originals, strict=True):
        prepared = prepare(random_drawing(images[index], rng), "digit")
        agreeing += prepared.image is not None and predictor.predict(prepared.image).predicted == original
    return agreeing, count


def fake_canvas_module(image_data: np.ndarray | None, image_bytes: bytes | None = None):
    """Stands in for the `streamlit_drawable_canvas` module in AppTest (the component needs a
    browser): its `st_canvas` returns what the real one does for `image_data`, the decoded array
    and the PNG bytes the browser sent. `image_bytes` sends other bytes instead, as a page's
    script could."""
    import types

    if image_bytes is None and image_data is not None:
        buffer = io.BytesIO()
        Image.fromarray(np.asarray(image_data, np.uint8)).save(buffer, format="PNG")
        image_bytes = buffer.getvalue()
    result = types.SimpleNamespace(image_data=image_data, image_bytes=image_bytes)
    module = types.ModuleType("streamlit_drawable_canvas")
    module.st_canvas = lambda **kwargs: result
    return module
