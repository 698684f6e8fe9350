"""A stored model in the formats people deploy, built in the background and cached per model version.

Formats (FORMATS): Keras's whole-model `.keras`; a TensorFlow SavedModel (`model.export`), zipped;
TensorFlow Lite as float32 and with dynamic-range int8 weights (its size and test accuracy are
measured when it is built); TensorFlow.js, the layers-model format (`model.json` and one weights
file) zipped with an `index.html` that draws and predicts offline (TensorFlow.js itself included).

`Exporter` builds one file at a time on its own thread, never in a page's thread: thirty students
who ask for the same model's file get one build. Files live in the exports folder
(`LENET_EXPORTS_DIR`, default `data/exports/`) under the model's id and weights version, so a
changed model is built again; the folder is kept under MAX_CACHE_BYTES by dropping the least
recently built models, and nothing is built while the disk is nearly full.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import dataclasses
import io
import json
import shutil
import tempfile
import threading
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from lenet_core.base import settings
from lenet_core.base.files import MIN_FREE_BYTES, atomic_path, free_bytes, write_json
from lenet_core.base.i18n import N_, _, ngettext
from lenet_core.data.datasets import CLASS_NAMES, DATASET_TITLES, as_model_input, load_dataset
from lenet_core.data.preprocessing import framing_of

ASSETS = Path(__file__).resolve().parent / "assets"
TFJS_BUNDLE = "tf.es2017.min.js"  # @tensorflow/tfjs 4.22.0's dist bundle (Apache-2.0), for the offline page
MAX_CACHE_BYTES = 1 << 30  # every model's exports together
MAX_PENDING = 8  # builds waiting at once, all students together; more are refused with a message
ACCURACY_IMAGES = 10_000  # the test set, for the TensorFlow Lite files' accuracy


@dataclasses.dataclass(frozen=True)
class ExportFormat:
    title: str  # marked with N_: `_(title)` where it is shown
    file_name: str  # {id} is the model's id
    mime: str
    about: str  # marked with N_, as the title


FORMATS = {
    "keras": ExportFormat(
        N_("Keras (.keras)"), "{id}.keras", "application/octet-stream",
        N_("The whole model (network and weights): keras.models.load_model(path)."),
    ),
    "savedmodel": ExportFormat(
        N_("TensorFlow SavedModel (.zip)"), "{id}-savedmodel.zip", "application/zip",
        N_("For TensorFlow Serving and tf.saved_model.load; its serving function takes (N, 28, 28, 1) float32."),
    ),
    "tflite": ExportFormat(
        N_("TensorFlow Lite, float32 (.tflite)"), "{id}.tflite", "application/octet-stream",
        N_("For phones and microcontrollers (LiteRT); the same answers as the Keras model."),
    ),
    "tflite-int8": ExportFormat(
        N_("TensorFlow Lite, int8 weights (.tflite)"), "{id}-int8.tflite", "application/octet-stream",
        N_("Dynamic-range quantization: weights stored as 8-bit integers, about a quarter of the size."),
    ),
    "tfjs": ExportFormat(
        N_("TensorFlow.js (.zip)"), "{id}-tfjs.zip", "application/zip",
        N_("model.json and its weights for tf.loadLayersModel, and index.html: draw and predict offline."),
    ),
}  # fmt: skip


class ExportError(Exception):
    """An export that cannot be built or asked for now; the message says why and what to do."""


# --- Building one file -------------------------------------------------------------------------


def _zip_folder(folder: Path, root_name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{root_name}/{path.relative_to(folder).as_posix()}")
    return buffer.getvalue()


def tflite_bytes(model, int8: bool = False) -> bytes:
    import tensorflow as tf

    converter = tf.lite.TFLiteConverter.from_keras_model(model)
    if int8:
        converter.optimizations = [tf.lite.Optimize.DEFAULT]  # dynamic range: int8 weights, float activations
    with contextlib.redirect_stdout(io.StringIO()):  # it saves a SavedModel first and lists its tensors
        return converter.convert()


def tflite_predictions(model_bytes: bytes, images: np.ndarray) -> np.ndarray:
    """The class the TensorFlow Lite model gives each (N, 28, 28) uint8 image, in one batch."""
    import tensorflow as tf

    with warnings.catch_warnings():  # "use LiteRT's interpreter": this one is what TensorFlow 2.21 ships
        warnings.simplefilter("ignore", UserWarning)
        interpreter = tf.lite.Interpreter(model_content=model_bytes)
    given = interpreter.get_input_details()[0]
    interpreter.resize_tensor_input(given["index"], [len(images), 28, 28, 1])
    interpreter.allocate_tensors()
    interpreter.set_tensor(given["index"], as_model_input(images))
    interpreter.invoke()
    return interpreter.get_tensor(interpreter.get_output_details()[0]["index"]).argmax(axis=1)


# TensorFlow.js reads Keras 2's JSON: the layers written out for the networks build_model makes.
def tfjs_topology(model) -> dict:
    layers = []
    for layer in model.layers:
        kind = type(layer).__name__
        config = {"name": layer.name, "trainable": True, "dtype": "float32"}
        if not layers:
            config["batch_input_shape"] = [None, *model.input_shape[1:]]
        if kind == "Conv2D":
            config |= {
                "filters": layer.filters, "kernel_size": list(layer.kernel_size), "strides": list(layer.strides),
                "padding": layer.padding, "data_format": "channels_last", "dilation_rate": list(layer.dilation_rate),
                "activation": "relu", "use_bias": True,
            }  # fmt: skip
        elif kind == "MaxPooling2D":
            config |= {"pool_size": list(layer.pool_size), "strides": list(layer.strides), "padding": layer.padding,
                       "data_format": "channels_last"}  # fmt: skip
        elif kind == "Flatten":
            config |= {"data_format": "channels_last"}
        elif kind == "Dense":
            config |= {"units": layer.units, "activation": layer.activation.__name__, "use_bias": True}
        else:
            raise ExportError(_("TensorFlow.js export knows LeNet's layers, not {kind}.").format(kind=kind))
        layers.append({"class_name": kind, "config": config})
    return {
        "class_name": "Sequential",
        "config": {"name": model.name, "layers": layers},
        "keras_version": "2.15.0",  # the JSON dialect TensorFlow.js reads
        "backend": "tensorflow",
    }


def tfjs_files(model) -> dict[str, bytes]:
    """`model.json` (layers-model format) and its one weights file, float32."""
    specs, chunks = [], []
    for layer in model.layers:
        for variable, kind in zip(layer.weights, ("kernel", "bias"), strict=False):
            values = np.asarray(variable.numpy(), dtype="<f4")
            specs.append({"name": f"{layer.name}/{kind}", "shape": list(values.shape), "dtype": "float32"})
            chunks.append(values.tobytes())
    weights_name = "group1-shard1of1.bin"
    document = {
        "format": "layers-model",
        "generatedBy": "LeNet Lab",
        "convertedBy": "LeNet Lab (lenet_core.inside.exporting)",
        "modelTopology": tfjs_topology(model),
        "weightsManifest": [{"paths": [weights_name], "weights": specs}],
    }
    return {"model.json": json.dumps(document).encode(), weights_name: b"".join(chunks)}


def offline_page(title: str, class_names: list[str], framing: str) -> bytes:
    template = (ASSETS / "offline_page.html").read_text(encoding="utf-8")
    return (
        template.replace("__TITLE__", title)
        .replace("__FRAMING__", framing)
        .replace("__CLASS_NAMES__", json.dumps(class_names))
        .encode()
    )


def tfjs_zip(model, dataset: str, name: str, model_id: str) -> bytes:
    files = tfjs_files(model)
    manifest = json.loads(files["model.json"])
    # The page reads the model from a script, not with fetch: a page opened from a file may not fetch.
    embedded = {
        "modelTopology": manifest["modelTopology"],
        "weightSpecs": manifest["weightsManifest"][0]["weights"],
        "weightData": base64.b64encode(files["group1-shard1of1.bin"]).decode(),
    }
    framing = framing_of(dataset)
    title = f"{name}: LeNet on {DATASET_TITLES[dataset]}"
    folder = f"{model_id}-tfjs"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, data in files.items():
            archive.writestr(f"{folder}/{file_name}", data)
        archive.writestr(f"{folder}/model.js", "window.LENET_MODEL = " + json.dumps(embedded) + ";\n")
        archive.writestr(f"{folder}/index.html", offline_page(title, list(CLASS_NAMES[dataset]), framing))
        archive.write(ASSETS / TFJS_BUNDLE, f"{folder}/{TFJS_BUNDLE}")
        archive.writestr(
            f"{folder}/README.txt",
            f"{title}\n\nOpen index.html in a browser (no network needed): draw a {framing} and see the answer.\n"
            "In your own page: tf.loadLayersModel('model.json') from a web server; input (N, 28, 28, 1)\n"
            "float32 in [0, 1], white strokes on black, prepared as MNIST (20 px box, centred).\n"
            f"{TFJS_BUNDLE} is TensorFlow.js 4.22.0 (Apache License 2.0).\n",
        )
    return buffer.getvalue()


def build_file(model, kind: str, destination: Path, dataset: str, name: str, model_id: str) -> dict:
    """Writes the Keras `model` as `kind` to `destination` (atomically); returns what was measured:
    seconds, bytes, and for TensorFlow Lite the test accuracy."""
    if kind not in FORMATS:
        raise ExportError(f"Unknown export format {kind!r}: choose one of {', '.join(FORMATS)}.")
    started = time.perf_counter()
    facts: dict = {}
    destination.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(destination, suffix=destination.suffix) as temporary:
        if kind == "keras":
            model.save(temporary)
        elif kind == "savedmodel":
            with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
                with contextlib.redirect_stdout(io.StringIO()):  # it lists its tensors however verbose is set
                    model.export(Path(folder) / "savedmodel", verbose=False)
                Path(temporary).write_bytes(_zip_folder(Path(folder) / "savedmodel", f"{model_id}-savedmodel"))
        elif kind in ("tflite", "tflite-int8"):
            data = tflite_bytes(model, int8=kind == "tflite-int8")
            test = load_dataset(dataset)
            predicted = tflite_predictions(data, test.test_images[:ACCURACY_IMAGES])
            facts["test_accuracy"] = float((predicted == test.test_labels[:ACCURACY_IMAGES]).mean())
            Path(temporary).write_bytes(data)
        else:
            Path(temporary).write_bytes(tfjs_zip(model, dataset, name, model_id))
    return facts | {"seconds": time.perf_counter() - started, "bytes": destination.stat().st_size}


def build(record, kind: str, destination: Path) -> dict:
    """`build_file` for a stored model (a `lenet_core.store.records.ModelRecord`)."""
    from lenet_core.inside.predictor import predictor_for  # the server's cached model, loaded once for Predict too

    model = predictor_for(record).model
    return build_file(model, kind, destination, record.dataset, record.name, record.model_id)


# --- The background builder and its cache ------------------------------------------------------


def exports_dir() -> Path:
    return settings.exports_dir()


@dataclasses.dataclass(frozen=True)
class ExportStatus:
    state: str  # "ready", "queued", "building", "failed" or "none"
    path: Path | None = None
    facts: dict = dataclasses.field(default_factory=dict)  # seconds, bytes, test_accuracy
    message: str = ""  # why it failed, or where it is in the line (in the asking page's language)


class Exporter:
    """Builds exports one at a time on a background thread; `status` and `request` never wait for one."""

    def __init__(self, folder: Path | None = None, builder: Callable = build):
        self.folder = folder
        self.builder = builder
        self._lock = threading.Lock()
        self._queue: collections.deque[tuple[tuple, object, str]] = collections.deque()
        self._building: tuple | None = None
        self._failed: dict[tuple, str] = {}  # key -> the error (the builder's thread has no page's language)
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None

    @property
    def root(self) -> Path:
        return self.folder or exports_dir()

    def _key(self, record, kind: str) -> tuple:
        if kind not in FORMATS:
            raise ExportError(f"Unknown export format {kind!r}: choose one of {', '.join(FORMATS)}.")
        try:
            version = record.weights_path.stat().st_mtime_ns
        except OSError:
            raise ExportError(_("This model was deleted a moment ago; pick another one.")) from None
        return record.model_id, version, kind

    def _path(self, key: tuple) -> Path:
        model_id, version, kind = key
        return self.root / model_id / str(version) / FORMATS[kind].file_name.format(id=model_id)

    def status(self, record, kind: str) -> ExportStatus:
        key = self._key(record, kind)
        path = self._path(key)
        with self._lock:
            if key == self._building:
                return ExportStatus("building", message=_("Being built now…"))
            waiting = [queued for queued, *_rest in self._queue]
            if key in waiting:
                ahead = waiting.index(key) + (self._building is not None)
                message = ngettext(
                    "Waiting: {count} file to build first…", "Waiting: {count} files to build first…", ahead
                )
                return ExportStatus("queued", message=message.format(count=ahead))
            if key in self._failed:
                message = _("Could not build this file: {error}").format(error=self._failed[key])
                return ExportStatus("failed", message=message)
        if path.is_file():
            facts_path = path.with_name(path.name + ".json")
            try:
                facts = json.loads(facts_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                facts = {"bytes": path.stat().st_size}
            return ExportStatus("ready", path, facts)
        return ExportStatus("none")

    def request(self, record, kind: str) -> ExportStatus:
        """Queues a build of `record` as `kind` unless it is built or on its way; ExportError when
        the line is full or the disk nearly is."""
        key = self._key(record, kind)
        current = self.status(record, kind)
        if current.state in ("ready", "queued", "building"):
            return current
        if free_bytes(self.root.parent if not self.root.exists() else self.root) < MIN_FREE_BYTES:
            raise ExportError(_("The server's disk is nearly full: no new downloads are built. Tell the teacher."))
        with self._lock:
            if len(self._queue) >= MAX_PENDING:
                raise ExportError(
                    _(
                        "{count} downloads are waiting to be built, the most the server takes. Try again in a minute."
                    ).format(count=len(self._queue))
                )
            self._failed.pop(key, None)
            self._queue.append((key, record, kind))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="exporter", daemon=True)
                self._thread.start()
            self._wake.notify()
        return self.status(record, kind)

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._thread = None
                    return
                key, record, kind = self._queue.popleft()
                self._building = key
            path = self._path(key)
            try:
                facts = self.builder(record, kind, path)
                write_json(path.with_name(path.name + ".json"), facts)
                self._make_room(keep=path.parent)
            except Exception as error:  # a model deleted meanwhile, a full disk, a converter's refusal
                with self._lock:
                    self._failed[key] = str(error)
            finally:
                with self._lock:
                    self._building = None

    def _make_room(self, keep: Path) -> None:
        """Drops the least recently built model versions' exports, never `keep`'s, past MAX_CACHE_BYTES."""
        if not self.root.is_dir():
            return
        versions = [version for model in self.root.iterdir() if model.is_dir() for version in model.iterdir()]
        sizes = {folder: sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) for folder in versions}
        total = sum(sizes.values())
        for version in sorted(versions, key=lambda folder: folder.stat().st_mtime):
            if total <= MAX_CACHE_BYTES:
                break
            if version == keep:
                continue
            shutil.rmtree(version, ignore_errors=True)
            total -= sizes[version]

    def wait(self, timeout: float) -> None:
        """Blocks until nothing is queued or building (tests and the CLI)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if not self._queue and self._building is None:
                    return
            time.sleep(0.05)
        raise TimeoutError(f"exports still building after {timeout} s")


EXPORTER = Exporter()  # one per server process: one build at a time for the whole class
