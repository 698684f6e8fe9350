"""The Predict page's canvas: a Streamlit Components v2 widget that draws, prepares the 28x28
input and runs the model in the browser with TensorFlow.js (the TypeScript is in `frontend/`,
its built bundle in `build/`: `cd app_pages/live_canvas/frontend && npm ci && node build.mjs`).

The browser downloads the model once per model version, from the folder of packed model files
(`lenet_core.network.live_model`), served by Streamlit's own component-asset route; the server hears
from the canvas only when a stroke ends. `read_stroke` checks what the browser sent: the browser
is the student's, and a page's script can send anything.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import math
import threading
from pathlib import Path

import numpy as np
import streamlit as st

from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.data.preprocessing import ImageInputError, read_canvas
from lenet_core.inside.exporting import exports_dir
from lenet_core.network import live_model

NAME = "lenet_live.canvas"
FILES = "lenet_live_models.files"  # the packed model files, as a component's asset folder
ASSETS_ROUTE = "_stcore/bidi-components"
INPUT_BYTES = 28 * 28 * 4  # float32
MAX_INPUT_TEXT = 4 * math.ceil(INPUT_BYTES / 3)  # its base64
MAX_PNG_TEXT = 4 * math.ceil(2_000_000 / 3) + 32  # preprocessing.MAX_CANVAS_BYTES as a data URL

_lock = threading.Lock()
_component = None


def models_folder() -> Path:
    return exports_dir() / "live"


def _register():
    """Registers the canvas's bundle and the model files' folder with Streamlit, once per process.

    Streamlit serves an installed package's component folder; this project is not installed, so
    the two folders are registered as a package's manifest would (Streamlit 1.67's component
    manager: its public `st.components.v2.component` then resolves "index.js" in that folder).
    """
    global _component
    with _lock:
        if _component is not None:
            return _component
        from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager
        from streamlit.components.v2.manifest_scanner import ComponentConfig, ComponentManifest

        manager = get_bidi_component_manager()
        folder = models_folder()
        folder.mkdir(parents=True, exist_ok=True)
        manager.register_from_manifest(
            ComponentManifest("lenet_live", "1", [ComponentConfig("canvas", asset_dir="build")]), Path(__file__).parent
        )
        manager.register_from_manifest(
            ComponentManifest("lenet_live_models", "1", [ComponentConfig("files", asset_dir="live")]), folder.parent
        )
        _component = st.components.v2.component(
            NAME, js="index.js", css="index.css", html='<div class="lenet-live-root"></div>', isolate_styles=True
        )
        return _component


def model_file(record) -> str | None:
    """The name of `record`'s packed file for its current weights, written on first use; None
    for a model too big to send to a phone, or deleted a moment ago (the server answers)."""
    if record.architecture.parameter_count() > live_model.MAX_BROWSER_PARAMETERS:
        return None
    from lenet_core.inside.predictor import predictor_for

    try:
        version = record.weights_path.stat().st_mtime_ns

        def weights():
            arrays = predictor_for(record).model.get_weights()  # reloaded if the file changed
            if record.weights_path.stat().st_mtime_ns != version:  # re-saved meanwhile: not these
                raise FileNotFoundError(record.weights_path)
            return arrays

        path = live_model.ensure_file(models_folder(), record.model_id, version, record.architecture, weights)
    except (OSError, ValueError):  # deleted or replaced by its owner (a WeightsError is a ValueError)
        return None
    return path.name


@dataclasses.dataclass(frozen=True)
class Stroke:
    """What the canvas sent at its last stroke end; `error` says what was wrong with it."""

    number: int = 0
    image: np.ndarray | None = None  # the prepared (28, 28) float32 input
    naive: np.ndarray | None = None
    probabilities: np.ndarray | None = None  # the browser's answer
    canvas: np.ndarray | None = None  # RGBA, when the browser could not run the model
    backend: str = ""
    model: str | None = None  # the model file the browser answered with
    message: str | None = None  # why there is nothing to classify
    empty: bool = True
    error: str | None = None


def _image(text) -> np.ndarray:
    if not isinstance(text, str) or len(text) > MAX_INPUT_TEXT:
        raise ValueError
    data = base64.b64decode(text, validate=True)
    if len(data) != INPUT_BYTES:
        raise ValueError
    image = np.frombuffer(data, "<f4").reshape(28, 28).astype(np.float32)
    if not np.isfinite(image).all():
        raise ValueError
    return np.clip(image, 0.0, 1.0)


UNREADABLE = N_("The canvas sent a drawing this page cannot read: reload the page.")
NOT_A_PNG = N_("The canvas sent something that is not a PNG image: reload the page.")


def _png(text) -> np.ndarray | None:
    """A data URL's PNG, bounded before it is decoded (ImageInputError says what was wrong)."""
    if not isinstance(text, str) or len(text) > MAX_PNG_TEXT or not text.startswith("data:image/png;base64,"):
        raise ImageInputError(_(NOT_A_PNG))
    try:
        data = base64.b64decode(text.split(",", 1)[1], validate=True)
    except (binascii.Error, ValueError):
        raise ImageInputError(_(NOT_A_PNG)) from None
    return read_canvas(data)


def _probabilities(values, classes: int) -> np.ndarray:
    if not isinstance(values, list) or len(values) != classes:  # checked before numpy sees it
        raise ValueError
    probabilities = np.asarray(values, dtype=np.float64)
    if probabilities.ndim != 1 or not np.isfinite(probabilities).all():
        raise ValueError
    return probabilities.astype(np.float32)


def read_stroke(value, classes: int = 10) -> Stroke:
    """Checks and decodes the canvas's "stroke" state for a model of `classes` classes; never
    raises (a bad one is `error`)."""
    if not isinstance(value, dict):
        return Stroke()
    number = value["n"] if isinstance(value.get("n"), int) else 0
    backend = str(value.get("backend", ""))[:16]
    model = value.get("model") if isinstance(value.get("model"), str) else None
    if value.get("empty"):
        return Stroke(number, backend=backend)
    if isinstance(value.get("message"), str):  # drawn, but nothing to classify ("only a dot")
        return Stroke(number, backend=backend, message=value["message"][:200], empty=False)
    if "png" in value:  # the browser could not run the model
        try:
            canvas = _png(value["png"])
        except ImageInputError as error:
            return Stroke(number, backend=backend, empty=False, error=str(error))
        return Stroke(number, canvas=canvas, backend=backend, empty=canvas is None)
    try:
        image, naive = _image(value.get("input")), _image(value.get("naive"))
        probabilities = _probabilities(value.get("probabilities"), classes)
    except (ValueError, TypeError, binascii.Error):
        return Stroke(number, backend=backend, empty=False, error=_(UNREADABLE))
    return Stroke(
        number, image, naive, probabilities, backend=backend, model=model[:200] if model else None, empty=False
    )


CHANGED = N_("The drawing changed while it was being added; check the label and add it again.")


def read_png(value, request: int, stroke: int) -> np.ndarray | None:
    """The drawing's PNG the canvas sent for donation `request` (a trigger), decoded; None if not
    (yet) sent. Raises ImageInputError for anything that is not a bounded PNG, or for a drawing
    other than stroke number `stroke`, the one the student labelled."""
    if not isinstance(value, dict) or value.get("request") != request:
        return None
    if value.get("stroke") != stroke or value.get("png") is None:
        raise ImageInputError(_(CHANGED))
    return _png(value.get("png"))


LABELS = {  # every word the canvas shows, translated when it is mounted; {name}s are filled in the browser
    "draw": N_("Draw on the black canvas."),
    "loading": N_("Loading the model into your browser…"),
    "running": N_("The model runs in your browser ({backend})"),
    "server": N_("The server answers when a stroke ends: this browser cannot run the model."),
    "prediction": N_("Prediction: {name} ({percent}%)"),
    "empty": N_("Draw something: the canvas is empty."),  # preprocessing.prepare's messages
    "dot": N_("Draw something bigger: that is only a dot."),
    "canvas": N_("Drawing canvas"),
    "width": N_("Stroke width"),
    "undo": N_("Undo"),
    "clear": N_("Clear"),
}


def live_canvas(
    record, framing: str, class_names, file_name: str | None, key: str, png_request: int = 0, on_change=None
):
    """Mounts the canvas; returns the component's result (`.stroke`: the last stroke-end state,
    `.png`: the PNG trigger). `file_name` None: the browser does not run the model. `framing` is
    "digit" or "garment", `class_names` as the data set names them (both shown translated)."""
    component = _register()
    labels = {name: _(text) for name, text in LABELS.items()}
    labels["draw"] = _("Draw a {style} on the black canvas.").format(style=_(framing))
    model = None
    if file_name is not None:
        model = {"url": f"../{FILES}/{file_name}", "name": file_name}
    return component(
        data={
            "model": model,
            "style": framing,  # the bundle's name for it
            "class_names": list(shown_class_names(class_names)),
            "size": 280,
            "png_request": png_request,
            "labels": labels,
        },
        key=key,
        default={"stroke": None},
        on_stroke_change=on_change or (lambda: None),
        on_png_change=lambda: None,
    )
