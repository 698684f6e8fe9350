"""What Windows does differently to files, simulated (`harness/windows.py`): busy files, no symlinks."""

from __future__ import annotations

import json
import threading
import time

import numpy as np
import pytest

from harness.drawings import draw_on_canvas
from harness.windows import WindowsSemantics
from lenet_core.base import files
from lenet_core.classroom.drawings import Collection, CollectionError, DonationLimiter
from lenet_core.classroom.students import StudentRegistry, new_token
from lenet_core.data.datasets import load_dataset
from lenet_core.network.config import TrainingConfig
from lenet_core.store.models import ModelStore
from lenet_core.store.records import StoreError

CONFIG = TrainingConfig(epochs=1, limit=600)


@pytest.fixture
def windows(monkeypatch):
    return WindowsSemantics().install(monkeypatch)


def hold_open(path, seconds: float) -> threading.Thread:
    """A classmate's page (or a virus scanner) holding `path` open for `seconds`, from another thread."""
    opened = threading.Event()

    def reader():
        with open(path, "rb"):
            opened.set()
            time.sleep(seconds)

    thread = threading.Thread(target=reader)
    thread.start()
    assert opened.wait(10), "the reader never opened the file"
    return thread


def test_a_name_is_saved_while_a_classmates_page_holds_the_registry_open(windows, tmp_path):
    registry, ann, bob = StudentRegistry(tmp_path), new_token(), new_token()
    registry.set_name(ann, "Ann")
    reader = hold_open(registry.path, 0.3)
    refused_before = windows.refused
    registry.set_name(bob, "Bob")  # waits for the reader instead of failing
    reader.join()
    assert windows.refused > refused_before  # it really was refused, and retried
    assert registry.names() == {ann: "Ann", bob: "Bob"}


def test_a_file_held_open_too_long_fails_with_a_message_and_keeps_what_was_there(windows, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "RENAME_PATIENCE", 0.3)
    registry, ann = StudentRegistry(tmp_path), new_token()
    registry.set_name(ann, "Ann")
    reader = hold_open(registry.path, 2.0)
    try:
        with pytest.raises(files.FileBusyError, match="held open by another program.*Try again in a moment"):
            registry.set_name(ann, "Annabel")
    finally:
        reader.join()
    assert json.loads(registry.path.read_text(encoding="utf-8"))[ann]["name"] == "Ann"
    assert [path.name for path in tmp_path.iterdir()] == [registry.path.name]  # no temporary file left


def test_a_donation_a_scanner_keeps_busy_says_so_writes_nothing_and_is_not_counted(monkeypatch, tmp_path):
    monkeypatch.setattr(files, "RENAME_PATIENCE", 0.2)
    scanner = WindowsSemantics(scanner_refusals=10**9).install(monkeypatch)  # a scanner that never lets go
    limiter = DonationLimiter(per_student=1)
    collection, ann = Collection(tmp_path, limiter), new_token()
    canvas = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    with pytest.raises(CollectionError, match="could not be saved.*held open by another program"):
        collection.donate(canvas, 7, "mnist", ann, "Ann")
    assert collection.count() == 0
    assert not [path for path in tmp_path.rglob("*") if path.is_file()]
    scanner.scanner_refusals = 0  # it lets go: the refused drawing was not counted against Ann's 1 a minute
    assert collection.donate(canvas, 7, "mnist", ann, "Ann").label == 7


def test_a_model_whose_weights_are_open_is_deleted_once_they_are_closed_or_refused_with_a_message(
    windows, small_store_model, monkeypatch
):
    store, record = small_store_model
    monkeypatch.setattr(files, "RENAME_PATIENCE", 0.3)
    reader = hold_open(record.weights_path, 2.0)  # a classmate's Predict page loading it
    try:
        with pytest.raises(StoreError, match="could not be deleted now.*held open"):
            store.delete(record.model_id, owner="ann")
    finally:
        reader.join()
    assert [listed.model_id for listed in store.list()] == [record.model_id] and store.list()[0].usable
    monkeypatch.setattr(files, "RENAME_PATIENCE", 3.0)
    reader = hold_open(record.weights_path, 0.3)
    store.delete(record.model_id, owner="ann")
    reader.join()
    assert store.list() == []


def test_uploaded_weights_load_without_symlinks(windows, small_store_model):
    from lenet_core.network.model import build_model, load_weights, load_weights_bytes

    _, record = small_store_model
    original = build_model(record.architecture)
    load_weights(original, record.weights_path)
    uploaded = build_model(record.architecture)
    load_weights_bytes(uploaded, record.weights_path.read_bytes())  # saved as "weights": no Keras name
    for mine, theirs in zip(uploaded.weights, original.weights, strict=True):
        np.testing.assert_array_equal(mine.numpy(), theirs.numpy())


@pytest.mark.parametrize("model_id", ["con", "nul", "aux", "com1", "lpt9", "Default-MNIST", "a" * 81, "-x"])
def test_a_model_id_windows_or_a_case_insensitive_disk_cannot_hold_is_refused(model_id, small_store_model):
    store, record = small_store_model
    with pytest.raises(StoreError, match="cannot be used"):
        store.save(record.weights_path.read_bytes(), "any", CONFIG, model_id=model_id)
    assert len(store.list()) == 1


def test_the_ids_the_app_makes_are_valid_windows_names_however_a_model_is_named(small_store_model):
    store, record = small_store_model
    weights = record.weights_path.read_bytes()
    for hostile in ("CON", "nul.", "aux:1", "lpt1 ", "名字", "A" * 300):
        saved = store.save(weights, hostile, CONFIG)
        assert files.windows_name_problem(saved.model_id) is None, saved.model_id
        assert saved.model_id == saved.model_id.lower()


@pytest.fixture
def small_store_model(tmp_path):
    """A store holding one small, untrained model of Ann's (no training: weights are weights)."""
    from lenet_core.network.architecture import Architecture
    from lenet_core.network.model import build_model

    architecture = Architecture(conv_filters=(2, 2), dense_units=(8,))
    config = TrainingConfig(epochs=1, limit=600, architecture=architecture)
    store = ModelStore(tmp_path / "models")
    return store, store.save(build_model(architecture), "small", config, owner="ann")
