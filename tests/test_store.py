import json
from pathlib import Path

import pytest

from lenet_core.network.config import TrainingConfig
from lenet_core.store.models import ModelStore
from lenet_core.store.records import METADATA_FILE, WEIGHTS_FILE, StoreError, sanitize_name

pytestmark = pytest.mark.usefixtures("platform_semantics")  # each test also under Windows' file semantics

CONFIG = TrainingConfig(epochs=1, limit=600)


def test_saved_model_round_trips_with_its_metadata(tiny_model, tmp_path):
    from lenet_core.data.datasets import load_dataset
    from lenet_core.network.evaluation import evaluate
    from lenet_core.network.model import build_model, load_weights

    store = ModelStore(tmp_path)
    dataset = load_dataset("mnist")
    evaluation = evaluate(tiny_model.model, dataset.test_images[:500], dataset.test_labels[:500])
    record = store.save(tiny_model.model, "my first LeNet", CONFIG, tiny_model.history, evaluation, seconds=3.0)
    [listed] = store.list()
    assert listed.model_id == record.model_id and listed.usable
    assert listed.name == "my first LeNet" and listed.dataset == "mnist"
    assert listed.test_accuracy == evaluation.accuracy
    assert listed.history["loss"] == tiny_model.history["loss"]
    assert TrainingConfig.from_dict(listed.metadata["config"]) == CONFIG
    model = build_model(listed.architecture)
    load_weights(model, listed.weights_path)
    assert evaluate(model, dataset.test_images[:500], dataset.test_labels[:500]).accuracy == evaluation.accuracy


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("../../etc/passwd", "etc passwd"),
        ("a/b\\c", "a b c"),
        ("<script>alert(1)</script>", "<script>alert(1)< script>"),
        ("x" * 10_000, "x" * 60),
        ("  tab\tand\nnewline  ", "tab and newline"),
    ],
)
def test_names_are_sanitised(typed, shown):
    assert sanitize_name(typed) == shown


def test_empty_name_is_refused():
    with pytest.raises(StoreError, match="Give the model a name"):
        sanitize_name(" ../ ")


def test_hostile_name_never_reaches_the_file_system(tiny_model, tmp_path):
    store = ModelStore(tmp_path / "models")
    record = store.save(tiny_model.model, "../../" + "evil/" * 3000, CONFIG)
    assert record.folder.parent == tmp_path / "models"
    assert [p.name for p in tmp_path.iterdir()] == ["models"]
    assert len(record.model_id) < 60


def test_broken_folders_are_listed_with_their_reason_and_others_still_work(tiny_model, tmp_path):
    store = ModelStore(tmp_path)
    good = store.save(tiny_model.model, "good", CONFIG)
    no_weights = store.save(tiny_model.model, "no weights", CONFIG)
    (no_weights.folder / WEIGHTS_FILE).unlink()
    bad_json = store.save(tiny_model.model, "bad json", CONFIG)
    (bad_json.folder / METADATA_FILE).write_text("{not json")
    not_hdf5 = store.save(tiny_model.model, "not hdf5", CONFIG)
    (not_hdf5.folder / WEIGHTS_FILE).write_bytes(b"garbage")
    problems = {record.model_id: record.problem for record in store.list()}
    assert problems[good.model_id] is None
    assert problems[no_weights.model_id] == f"{WEIGHTS_FILE} is missing"
    assert problems[bad_json.model_id].startswith(f"{METADATA_FILE} is not valid JSON")
    assert problems[not_hdf5.model_id] == f"{WEIGHTS_FILE} is not an HDF5 file"


def test_interrupted_save_leaves_nothing_behind(tiny_model, tmp_path, monkeypatch):
    store = ModelStore(tmp_path)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(json, "dump", disk_full)
    with pytest.raises(OSError, match="No space left"):
        store.save(tiny_model.model, "doomed", CONFIG)
    assert list(tmp_path.iterdir()) == []
    assert store.list() == []


def test_only_the_owner_or_the_teacher_may_delete(tiny_model, tmp_path):
    store = ModelStore(tmp_path)
    record = store.save(tiny_model.model, "mine", CONFIG, owner="student-a", owner_name="Ada")
    assert (record.owner, record.owner_name) == ("student-a", "Ada")
    with pytest.raises(StoreError, match="Only the student who created this model, or the teacher"):
        store.delete(record.model_id, owner="student-b")
    with pytest.raises(StoreError, match="Only the student"):
        store.delete(record.model_id, owner=None)
    store.delete(record.model_id, owner="student-a")
    other = store.save(tiny_model.model, "theirs", CONFIG, owner="student-b")
    store.delete(other.model_id, owner="teacher-token", teacher=True)
    assert store.list() == []


@pytest.mark.parametrize("name", ["Default", "default-mnist", "DEFAULT MNIST (fast preset, augmented)"])
def test_a_model_named_default_is_not_shipped_nor_listed_first(tiny_model, tmp_path, name):
    store = ModelStore(tmp_path)
    shipped = store.save(tiny_model.model, "the real one", CONFIG, model_id="default-mnist")
    store.ship(shipped.model_id)
    impostor = store.save(tiny_model.model, name, CONFIG, owner="student-a", extra={"shipped": True})
    assert not impostor.model_id.startswith("default")
    assert not impostor.is_shipped and "shipped" not in impostor.metadata
    assert [record.model_id for record in store.list()] == [shipped.model_id, impostor.model_id]
    assert impostor.label().startswith(f"{name} · by unknown · mnist")  # pickers say who made it
    assert store.list()[0].label().startswith("the real one · shipped · mnist")
    assert store.shipped("mnist").model_id == shipped.model_id  # what the pages and the CLI start from
    assert store.shipped("fashion-mnist") is None  # none shipped there: never a student's instead


def test_shipped_comes_only_from_metadata_and_only_the_cli_deletes_it(tiny_model, tmp_path, monkeypatch, capsys):
    from lenet_core.store.__main__ import main

    store = ModelStore(tmp_path)
    record = store.save(tiny_model.model, "course model", CONFIG)
    store.update_metadata(record.model_id, created="2026-01-01T00:00:00+00:00")  # older, to the second
    newer = store.save(tiny_model.model, "newer", CONFIG, owner="student-a")
    assert [r.model_id for r in store.list()] == [newer.model_id, record.model_id]  # newest first
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path))
    assert main(["ship", record.model_id]) == 0
    assert store.get(record.model_id).is_shipped
    assert [r.model_id for r in store.list()] == [record.model_id, newer.model_id]
    with pytest.raises(StoreError, match="only be deleted with the command line"):
        store.delete(record.model_id, owner=None, teacher=True)
    assert not store.may_delete(store.get(record.model_id), owner=None, teacher=True)
    assert main(["list"]) == 0
    assert f"{record.model_id}\tshipped\tcourse model" in capsys.readouterr().out
    assert main(["unship", record.model_id]) == 0 and not store.get(record.model_id).is_shipped
    assert main(["delete", record.model_id]) == 0 and store.get(record.model_id) is None


def test_the_store_listing_shows_control_characters_instead_of_obeying_them(tiny_model, tmp_path, monkeypatch, capsys):
    from lenet_core.base.files import write_json
    from lenet_core.store.__main__ import main

    store = ModelStore(tmp_path)
    record = store.save(tiny_model.model, "plain", CONFIG)
    write_json(record.folder / METADATA_FILE, record.metadata | {"name": "red\x1b[31m text"})  # copied in
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path))
    main(["list"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "red\\x1b[31m text" in out


def test_the_shipped_default_models_are_marked_in_their_metadata():
    from lenet_core.base.settings import DATA_DIR
    from lenet_core.store.records import default_model_id

    for dataset in ("mnist", "fashion-mnist"):
        assert ModelStore(DATA_DIR / "models").get(default_model_id(dataset)).is_shipped


def test_unknown_or_path_like_ids_are_not_found(tmp_path):
    store = ModelStore(tmp_path)
    assert store.get("../etc") is None and store.get("") is None


@pytest.fixture
def small_model():
    from lenet_core.network.model import build_lenet

    return build_lenet(conv_filters=(2, 3), dense_units=(4,))  # 847 parameters: quick to save and copy


def _copies(store, model, count):
    """`count` usable models in `store`, made by copying one saved folder."""
    import shutil

    first = store.save(model, "copy", CONFIG, owner="me")
    ids = [first.model_id]
    for number in range(1, count):
        shutil.copytree(first.folder, store.root / f"copy-{number}")
        ids.append(f"copy-{number}")
    return ids


def test_listing_while_another_session_deletes_never_fails_or_shows_half_deleted_models(small_model, tmp_path):
    import threading

    store = ModelStore(tmp_path)
    ids = _copies(store, small_model, 60)
    deleting = threading.Thread(target=lambda: [store.delete(model_id, owner="me") for model_id in ids])
    deleting.start()
    listings = 0
    try:
        while deleting.is_alive() or listings < 5:
            listed = store.list()  # raised FileNotFoundError when a folder vanished mid-read
            assert all(record.usable for record in listed), [record.problem for record in listed]
            listings += 1
    finally:
        deleting.join(timeout=60)
    assert store.list() == []


def test_two_deletes_at_once_give_one_success_and_one_clear_refusal(small_model, tmp_path):
    import threading

    store = ModelStore(tmp_path)
    ids = _copies(store, small_model, 30)
    outcomes = []

    def delete(model_id, start):
        start.wait(timeout=10)
        try:
            store.delete(model_id, owner="me")
            outcomes.append("deleted")
        except StoreError as error:
            outcomes.append(str(error))
        except Exception as error:  # noqa: BLE001 - the page shows only StoreError cleanly
            outcomes.append(repr(error))

    for model_id in ids:  # a double click: both clicks pass the checks before either deletes
        start = threading.Barrier(2)
        clicks = [threading.Thread(target=delete, args=(model_id, start)) for _ in range(2)]
        for click in clicks:
            click.start()
        for click in clicks:
            click.join(timeout=10)
    assert outcomes.count("deleted") == len(ids)
    refusals = [outcome for outcome in outcomes if outcome != "deleted"]
    assert len(refusals) == len(ids)
    odd = [refusal for refusal in refusals if "already deleted" not in refusal and "deleted already" not in refusal]
    assert not odd, odd
    assert [path.name for path in tmp_path.iterdir()] == []


def test_save_puts_weights_metadata_and_folders_on_disk_before_the_model_appears(
    small_model, tmp_path, monkeypatch, platform_semantics
):
    import os

    events, opened = [], {}
    real_open, real_fsync, real_rename = os.open, os.fsync, os.rename

    def open_(path, flags, *args, **kwargs):
        descriptor = real_open(path, flags, *args, **kwargs)
        opened[descriptor] = str(path)
        return descriptor

    def fsync(descriptor):
        events.append(("fsync", opened[descriptor]))
        return real_fsync(descriptor)

    def rename(source, target):
        events.append(("rename", str(target)))
        return real_rename(source, target)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "rename", rename)
    record = ModelStore(tmp_path).save(small_model, "durable", CONFIG)
    appear = events.index(("rename", str(record.folder)))
    before = [path for kind, path in events[:appear] if kind == "fsync"]
    # The save's temporary folder, synced last (on Windows: the folder the last file synced is in).
    temporary = before[-1] if platform_semantics is None else str(Path(before[-1]).parent)
    # The files are fsynced under their temporary names, before their own renames.
    assert any(path.startswith(f"{temporary}/.{WEIGHTS_FILE}.") for path in before), before
    assert any(path.startswith(f"{temporary}/.{METADATA_FILE}.") for path in before), before
    if platform_semantics is None:
        assert temporary in before  # the folder's list of names
        assert ("fsync", str(tmp_path)) in events[appear:]  # the new name itself
    else:  # Windows cannot fsync a folder (NTFS journals names itself): only the files are
        assert not [path for kind, path in events if kind == "fsync" and Path(path).is_dir()], events


def test_disk_full_while_writing_the_weights_leaves_nothing_behind(small_model, tmp_path, monkeypatch):
    import keras

    def disk_full_midway(self, filepath, *args, **kwargs):
        with open(filepath, "wb") as stream:
            stream.write(b"\x89HDF\r\n\x1a\n half the weights")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keras.Model, "save_weights", disk_full_midway)
    store = ModelStore(tmp_path)
    with pytest.raises(OSError, match="No space left"):
        store.save(small_model, "doomed", CONFIG)
    assert list(tmp_path.iterdir()) == [] and store.list() == []


def test_the_cli_evaluates_the_shipped_model_not_a_newer_one_named_default(tmp_path, monkeypatch):
    import shutil

    from lenet_core.base.settings import DATA_DIR
    from lenet_core.cli import _default_weights
    from tests.store_copies import copy_model

    shutil.copytree(DATA_DIR / "models" / "default-mnist", tmp_path / "default-mnist")
    copy_model(tmp_path, "user-default-20261128", "Default", owner="student-a")
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path))
    assert _default_weights("mnist") == tmp_path / "default-mnist" / WEIGHTS_FILE
    assert _default_weights("fashion-mnist") is None
