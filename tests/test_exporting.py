"""Each exported file loads in its own runtime and agrees with the Keras model; the background
builder builds each file once per model version, in its own thread, within its budgets."""

from __future__ import annotations

import os
import threading
import time
import zipfile

import numpy as np
import pytest

from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import as_model_input, load_dataset
from lenet_core.inside import exporting
from lenet_core.inside.exporting import FORMATS, Exporter, ExportError, build, tflite_predictions
from lenet_core.store.models import ModelStore
from tests.store_copies import copy_model


def student_model(root, model_id: str):
    """A student's copy of the shipped model in a store of the test's own."""
    copy_model(root, model_id, model_id, owner=None)
    return ModelStore(root).get(model_id)


IMAGES = 1_000


@pytest.fixture(scope="module")
def shipped():
    return ModelStore(DATA_DIR / "models").get("default-mnist")


@pytest.fixture(scope="module")
def keras_answers(shipped):
    from lenet_core.inside.predictor import predictor_for

    images = load_dataset("mnist").test_images[:IMAGES]
    return images, predictor_for(shipped).model.predict(as_model_input(images), verbose=0)


@pytest.fixture(scope="module")
def exported(shipped, tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    paths = {kind: folder / FORMATS[kind].file_name.format(id=shipped.model_id) for kind in FORMATS}
    return {kind: (path, build(shipped, kind, path)) for kind, path in paths.items()}


def test_the_keras_file_loads_as_the_whole_model_and_gives_the_same_probabilities(exported, keras_answers):
    import keras

    images, expected = keras_answers
    model = keras.models.load_model(exported["keras"][0])
    np.testing.assert_allclose(model.predict(as_model_input(images), verbose=0), expected, atol=1e-6)


def test_the_savedmodel_zip_loads_in_tensorflow_and_agrees(exported, keras_answers, tmp_path):
    import tensorflow as tf

    images, expected = keras_answers
    with zipfile.ZipFile(exported["savedmodel"][0]) as archive:
        archive.extractall(tmp_path)
    loaded = tf.saved_model.load(str(tmp_path / "default-mnist-savedmodel"))
    answers = loaded.serve(tf.constant(as_model_input(images))).numpy()
    assert (answers.argmax(axis=1) == expected.argmax(axis=1)).mean() >= 0.999
    np.testing.assert_allclose(answers, expected, atol=1e-5)


def test_tensorflow_lite_float32_agrees_and_int8_is_a_quarter_of_the_size(exported, keras_answers, shipped):
    images, expected = keras_answers
    float_path, float_facts = exported["tflite"]
    int8_path, int8_facts = exported["tflite-int8"]
    same = (tflite_predictions(float_path.read_bytes(), images) == expected.argmax(axis=1)).mean()
    assert same >= 0.999
    int8_same = (tflite_predictions(int8_path.read_bytes(), images) == expected.argmax(axis=1)).mean()
    assert int8_same >= 0.99  # measured: 1.000 of these 1,000 (README)
    assert int8_path.stat().st_size < 0.3 * float_path.stat().st_size
    assert float_facts["test_accuracy"] == pytest.approx(shipped.test_accuracy, abs=0.0005)
    assert int8_facts["test_accuracy"] >= shipped.test_accuracy - 0.005  # the size and accuracy the page shows
    assert int8_facts["bytes"] == int8_path.stat().st_size


def test_the_tfjs_zip_holds_the_layers_model_and_an_offline_page(exported):
    import json

    with zipfile.ZipFile(exported["tfjs"][0]) as archive:
        names = set(archive.namelist())
        document = json.loads(archive.read("default-mnist-tfjs/model.json"))
        weights = archive.read("default-mnist-tfjs/group1-shard1of1.bin")
    folder = "default-mnist-tfjs/"
    expected = {"model.json", "group1-shard1of1.bin", "model.js", "index.html", "tf.es2017.min.js", "README.txt"}
    assert names == {folder + name for name in expected}
    assert document["format"] == "layers-model"
    specs = document["weightsManifest"][0]["weights"]
    assert len(weights) == 4 * sum(int(np.prod(spec["shape"])) for spec in specs) == 4 * 1_256_080


class CountingBuilder:
    """The real `build`, counted, and held at a gate when a test needs a build to last."""

    def __init__(self):
        self.calls = []
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, record, kind, destination):
        self.calls.append((record.model_id, kind))
        assert threading.current_thread() is not threading.main_thread()  # never the caller's thread
        self.gate.wait(60)
        return build(record, kind, destination)


def test_a_file_is_built_once_per_model_version_in_the_background(tmp_path):
    record = student_model(tmp_path / "models", "mine")
    builder = CountingBuilder()
    exporter = Exporter(tmp_path / "exports", builder)
    builder.gate.clear()
    assert exporter.request(record, "keras").state in ("queued", "building")  # returns at once
    assert exporter.request(record, "keras").state in ("queued", "building")  # a classmate asks too
    builder.gate.set()
    exporter.wait(120)
    ready = exporter.status(record, "keras")
    assert ready.state == "ready" and ready.path.is_file() and ready.facts["bytes"] == ready.path.stat().st_size
    assert exporter.request(record, "keras").state == "ready"
    assert builder.calls == [("mine", "keras")]  # one build for both requests
    os.utime(record.weights_path, ns=(1, 1))  # new weights: a new version
    assert exporter.status(record, "keras").state == "none"


def test_the_line_of_builds_is_bounded_and_a_deleted_model_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(exporting, "MAX_PENDING", 2)
    store = ModelStore(tmp_path / "models")
    records = [student_model(tmp_path / "models", f"m{number}") for number in range(4)]
    builder = CountingBuilder()
    builder.gate.clear()
    exporter = Exporter(tmp_path / "exports", builder)
    try:
        exporter.request(records[0], "keras")
        deadline = time.monotonic() + 30  # its thread has taken it off the line (and waits at the gate)
        while exporter.status(records[0], "keras").state != "building":
            assert time.monotonic() < deadline, "the exporter thread never started the first build"
            time.sleep(0.02)
        for record in records[1:3]:  # one building, two waiting
            exporter.request(record, "keras")
        assert exporter.status(records[2], "keras").message.startswith("Waiting: 2 files")
        with pytest.raises(ExportError, match="2 downloads are waiting to be built"):
            exporter.request(records[3], "keras")
    finally:
        builder.gate.set()
        exporter.wait(180)
    store.delete(records[3].model_id, None, teacher=True)
    with pytest.raises(ExportError, match="deleted a moment ago"):
        exporter.request(records[3], "keras")


def test_a_failed_build_says_why_and_can_be_asked_again(tmp_path):
    record = student_model(tmp_path / "models", "broken")
    exporter = Exporter(tmp_path / "exports")
    record.weights_path.write_bytes(b"not hdf5")  # damaged after it was listed
    exporter.request(record, "tflite")
    exporter.wait(60)
    failed = exporter.status(record, "tflite")
    assert failed.state == "failed" and failed.message.startswith("Could not build this file:")
    assert exporter.request(record, "tflite").state in ("queued", "building", "failed")


def test_the_cache_drops_the_oldest_models_files_past_its_budget(tmp_path, monkeypatch):
    first, second = (student_model(tmp_path / "models", name) for name in ("first", "second"))
    exporter = Exporter(tmp_path / "exports")
    exporter.request(first, "keras")
    exporter.wait(60)
    size = exporter.status(first, "keras").path.stat().st_size
    monkeypatch.setattr(exporting, "MAX_CACHE_BYTES", int(size * 1.5))  # room for one model's file
    exporter.request(second, "keras")
    exporter.wait(60)
    assert exporter.status(second, "keras").state == "ready"
    assert exporter.status(first, "keras").state == "none"
