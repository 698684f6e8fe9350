"""Synthetic canvas drawings made from data set images: the canvas's format, other sizes and strokes."""

from __future__ import annotations

import base64
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

    Returns (agreeing, count). `predictor` is a lenet_core.inside.predictor.Predictor.
    """
    from lenet_core.data.datasets import as_model_input
    from lenet_core.data.preprocessing import prepare

    rng = np.random.default_rng(seed)
    indices = rng.choice(len(images), size=count, replace=False)
    originals = [predictor.predict(image).predicted for image in as_model_input(images[indices])]
    agreeing = 0
    for index, original in zip(indices, originals, strict=True):
        prepared = prepare(random_drawing(images[index], rng), "digit")
        agreeing += prepared.image is not None and predictor.predict(prepared.image).predicted == original
    return agreeing, count


def data_url(image_data: np.ndarray) -> str:
    return "data:image/png;base64," + base64.b64encode(png_bytes(np.asarray(image_data, np.uint8))).decode()


def stroke_state(image_data: np.ndarray | None, number: int = 1, probabilities=None) -> dict:
    """The "stroke" state the Predict page's canvas sends when a stroke ends on `image_data` (RGBA):
    the prepared input and the naive resize as base64 float32, and the browser's probabilities
    (those given, else the shipped MNIST model's)."""
    from lenet_core.data.preprocessing import prepare
    from lenet_core.inside.explainer import naive_input

    if image_data is None or not image_data[..., :3].any():
        return {"n": number, "backend": "wasm", "model": None, "empty": True}
    prepared = prepare(image_data, "digit")
    if prepared.image is None:
        return {"n": number, "backend": "wasm", "message": prepared.message}
    if probabilities is None:
        from lenet_core.inside.predictor import predictor_for
        from lenet_core.store.models import open_store

        [record] = [record for record in open_store().list("mnist") if record.is_shipped]
        probabilities = predictor_for(record).predict(prepared.image).probabilities
    as_text = lambda image: base64.b64encode(np.asarray(image, "<f4").tobytes()).decode()  # noqa: E731
    return {
        "n": number, "backend": "wasm", "input": as_text(prepared.image), "naive": as_text(naive_input(image_data)),
        "probabilities": [float(p) for p in probabilities], "predicted": int(np.argmax(probabilities)),
    }  # fmt: skip


def fake_live_canvas(monkeypatch, image_data: np.ndarray | None, stroke: dict | None = None, server: bool = False):
    """Stands in for the Predict page's canvas in AppTest (the component needs a browser): it
    returns what the browser sends for a drawing of `image_data` (RGBA), or `stroke` as given (what
    a page's script could send). `server`: a browser that cannot run the model, which sends the
    PNG instead. A donation's PNG request is answered with `image_data`'s PNG."""
    import types

    import app_pages.live_canvas

    served = [0]  # the PNG is a trigger: sent once per request, as the browser does

    def fake(record, style, class_names, file_name, key, png_request=0, on_change=None):
        value = stroke
        if value is None:
            if server and image_data is not None:
                value = {"n": 1, "backend": "server", "png": data_url(image_data)}
            else:
                value = stroke_state(image_data) | {"model": file_name}
        png = None
        if png_request > served[0] and image_data is not None:
            served[0] = png_request
            png = {"request": png_request, "stroke": value.get("n"), "png": data_url(image_data)}
        return types.SimpleNamespace(stroke=value, png=png)

    monkeypatch.setattr(app_pages.live_canvas, "live_canvas", fake)
