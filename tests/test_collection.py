"""The class collection: donations stored and listed, refusals that write nothing, deletes, IDX export."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import threading
import zipfile

import numpy as np
import pytest
from PIL import Image

from harness.drawings import draw_on_canvas
from lenet_core import collection as collection_cli
from lenet_core.classroom.drawings import Collection, CollectionError, DonationLimiter, split_of
from lenet_core.classroom.students import new_token
from lenet_core.data.datasets import IMAGE_MAGIC, LABEL_MAGIC, load_dataset, read_idx
from lenet_core.data.preprocessing import prepare

pytestmark = pytest.mark.usefixtures("platform_semantics")  # each test also under Windows' file semantics


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def drawing(index: int = 0, dataset: str = "mnist") -> np.ndarray:
    """A test image of the data set drawn on a 280x280 canvas, as the browser returns it."""
    return draw_on_canvas(load_dataset(dataset).test_images[index], scale=7.0, top=40, left=60, thickness=5)


def blank_canvas() -> np.ndarray:
    canvas = np.zeros((280, 280, 4), np.uint8)
    canvas[..., 3] = 255
    return canvas


@pytest.fixture
def collection(tmp_path):
    return Collection(tmp_path / "collection", limiter=DonationLimiter(clock=FakeClock()))


def files_under(folder) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")) if folder.exists() else []


def test_a_donated_drawing_is_stored_with_its_label_author_and_time_and_listed(collection):
    ada = new_token()
    canvas = drawing(0)  # a 7 in MNIST's test set, labelled 1 by its author (a correction is kept as given)
    entry = collection.donate(canvas, 1, "mnist", ada, "Ada **L**")
    [listed] = collection.entries()
    assert listed == entry
    assert (entry.dataset, entry.label, entry.class_name, entry.author, entry.author_name) == (
        "mnist", 1, "1", ada, "Ada **L**"
    )  # fmt: skip
    assert entry.created.endswith("Z") and entry.created[:4].isdigit()
    expected = np.round(prepare(canvas, "digit").image * 255).astype(np.uint8)
    np.testing.assert_array_equal(entry.image(), expected)  # what the model was shown
    with Image.open(io.BytesIO(entry.canvas_png())) as raw:
        np.testing.assert_array_equal(np.asarray(raw), canvas)  # the raw drawing, lossless
    metadata = json.loads((entry.folder / "entry.json").read_text())
    assert metadata["label"] == 1 and metadata["author"] == ada and metadata["dataset"] == "mnist"
    assert collection.get(entry.entry_id) == entry
    assert collection.entries("fashion-mnist") == [] and collection.entries(label=7) == []
    assert collection.entries(author=new_token()) == [] and collection.entries(author=ada) == [entry]
    assert [name for name in files_under(collection.root) if name.startswith("entries/.")] == []  # no leftovers


def test_a_garment_is_framed_as_fashion_mnist_and_listed_under_its_data_set(collection):
    entry = collection.donate(drawing(0, "fashion-mnist"), 9, "fashion-mnist", new_token())
    assert entry.class_name == "Ankle boot" and entry.author_name == ""
    assert [found.entry_id for found in collection.entries("fashion-mnist")] == [entry.entry_id]


@pytest.mark.parametrize(
    "canvas, label, dataset, token, message",
    [
        (blank_canvas(), 3, "mnist", "valid", "the canvas is empty"),
        (None, 3, "mnist", "valid", "draw on the canvas first"),
        (drawing(), None, "mnist", "valid", "Pick the label first"),
        (drawing(), 10, "mnist", "valid", "one of the 10 classes"),
        (drawing(), True, "mnist", "valid", "one of the 10 classes"),
        (drawing(), "7", "mnist", "valid", "one of the 10 classes"),
        (drawing(), 3, "mnist", "not a token", "token is malformed"),
        (drawing(), 3, "emnist", "valid", "Unknown data set"),
        (np.zeros((2000, 2000, 4), np.uint8), 3, "mnist", "valid", "at most 1024 a side"),
    ],
)
def test_bad_donations_are_refused_with_a_message_and_nothing_is_written(
    collection, canvas, label, dataset, token, message
):
    with pytest.raises(ValueError, match=message):
        collection.donate(canvas, label, dataset, new_token() if token == "valid" else token, "Ada")
    assert files_under(collection.root) == []


def test_more_than_ten_donations_a_minute_are_refused_and_allowed_again_later(collection):
    ada, bob = new_token(), new_token()
    for _ in range(10):
        collection.donate(drawing(), 7, "mnist", ada)
    with pytest.raises(CollectionError, match=r"the class limit is 10 a minute\. Wait 60 s"):
        collection.donate(drawing(), 7, "mnist", ada)
    assert collection.count() == 10  # the refused one left nothing behind
    collection.donate(drawing(), 7, "mnist", bob)  # a classmate is not held up
    collection.limiter.clock.now += 61
    collection.donate(drawing(), 7, "mnist", ada)
    assert collection.count() == 12


def test_the_server_wide_limit_stops_a_student_who_makes_up_new_identities():
    limiter = DonationLimiter(per_student=10, per_server=15, clock=FakeClock())
    for _ in range(15):
        limiter.reserve(new_token())
    with pytest.raises(CollectionError, match="the most the server takes"):
        limiter.reserve(new_token())


def test_the_rate_limit_holds_when_many_sessions_donate_at_once():
    limiter = DonationLimiter(per_student=10, clock=FakeClock())
    token, accepted, start = new_token(), [], threading.Barrier(8)

    def session():
        start.wait(timeout=10)
        for _ in range(5):
            with contextlib.suppress(CollectionError):  # refused: over the limit
                accepted.append(limiter.reserve(token))

    threads = [threading.Thread(target=session) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(accepted) == 10


def test_a_donation_that_cannot_be_saved_says_so_and_does_not_count_against_the_student(collection):
    collection.root.mkdir()
    collection.entries_dir.write_text("a file where the entries folder should be")
    ada = new_token()
    for _ in range(12):  # more than the limit: every failed save gave its slot back
        with pytest.raises(CollectionError, match="could not be saved"):
            collection.donate(drawing(), 7, "mnist", ada)


def test_the_listing_skips_entries_deleted_meanwhile_and_damaged_ones(collection, monkeypatch):
    ada = new_token()
    entries = [collection.donate(drawing(index), index, "mnist", ada) for index in range(3)]
    stale = collection._folders()  # listed just before another session deletes one
    collection.delete(entries[1].entry_id, ada)
    monkeypatch.setattr(collection, "_folders", lambda: stale)
    assert [entry.entry_id for entry in collection.entries()] == [entries[0].entry_id, entries[2].entry_id]
    images, labels, ids = collection.arrays("mnist")
    assert images.shape == (2, 28, 28) and list(labels) == [0, 2]
    (entries[2].folder / "entry.json").write_text("{ not json")
    with pytest.warns(UserWarning, match="unusable"):
        assert [entry.entry_id for entry in collection.entries()] == [entries[0].entry_id]


def test_the_author_and_the_teacher_may_delete_an_entry_and_a_classmate_may_not(collection):
    ada, bob = new_token(), new_token()
    adas, bobs = collection.donate(drawing(0), 7, "mnist", ada), collection.donate(drawing(1), 2, "mnist", bob)
    assert not collection.may_delete(adas, bob) and not collection.may_delete(adas, None)
    with pytest.raises(CollectionError, match="Only the student who added this drawing, or the teacher"):
        collection.delete(adas.entry_id, bob)
    assert collection.get(adas.entry_id) == adas
    collection.delete(adas.entry_id, ada)  # the author
    collection.delete(bobs.entry_id, ada, teacher=True)  # the teacher, whoever's it is
    assert collection.entries() == []
    with pytest.raises(CollectionError, match="no longer in the collection"):
        collection.delete(adas.entry_id, ada)
    with pytest.raises(CollectionError, match="no longer in the collection"):
        collection.delete("../../models", ada, teacher=True)  # never a path outside the collection


def book_loader(images_path, labels_path) -> tuple[np.ndarray, np.ndarray]:
    """How tutorials read MNIST's files: skip the 16- and 8-byte headers, no checks at all."""
    with gzip.open(images_path, "rb") as stream:
        images = np.frombuffer(stream.read(), np.uint8, offset=16).reshape(-1, 28, 28)
    with gzip.open(labels_path, "rb") as stream:
        labels = np.frombuffer(stream.read(), np.uint8, offset=8)
    return images, labels


def test_export_round_trips_through_read_idx_and_the_books_loader(collection, tmp_path, monkeypatch, capsys):
    ada, bob = new_token(), new_token()
    for index in range(5):
        collection.donate(drawing(index), int(load_dataset("mnist").test_labels[index]), "mnist", ada)
    collection.donate(drawing(0, "fashion-mnist"), 9, "fashion-mnist", bob)  # another data set: not exported
    images, labels, _ = collection.arrays("mnist")
    images_path, labels_path = collection.export_idx(tmp_path / "out", "mnist")
    np.testing.assert_array_equal(read_idx(images_path, IMAGE_MAGIC), images)
    np.testing.assert_array_equal(read_idx(labels_path, LABEL_MAGIC), labels)
    assert list(labels) == [7, 2, 1, 0, 4]
    book_images, book_labels = book_loader(images_path, labels_path)
    np.testing.assert_array_equal(book_images, images)
    np.testing.assert_array_equal(book_labels, labels)

    with zipfile.ZipFile(io.BytesIO(collection.idx_zip("mnist"))) as archive:
        assert archive.namelist() == [images_path.name, labels_path.name]
        assert archive.read(images_path.name) == images_path.read_bytes()  # same drawings, same bytes

    monkeypatch.setenv("LENET_COLLECTION_DIR", str(collection.root))
    assert collection_cli.main(["export", str(tmp_path / "cli"), "--dataset", "mnist"]) == 0
    assert "5 drawings of mnist" in capsys.readouterr().out
    np.testing.assert_array_equal(read_idx(tmp_path / "cli" / labels_path.name, LABEL_MAGIC), labels)
    held_out = collection_cli.main(["export", str(tmp_path / "test"), "--dataset", "mnist", "--split", "test"])
    assert held_out in (0, 2)  # 2 when none of five drawings happens to be held out: said, not crashed
    with pytest.raises(CollectionError, match="no class drawings of fashion-mnist|nothing to export"):
        Collection(tmp_path / "empty").export_idx(tmp_path / "nothing", "fashion-mnist")
    assert not (tmp_path / "nothing").exists()


def test_the_held_out_part_is_fixed_by_id_and_about_a_fifth(collection):
    ids = [f"20261129-120000-000001-{number:08x}" for number in range(4000)]
    held_out = [entry_id for entry_id in ids if split_of(entry_id) == "test"]
    assert 0.17 < len(held_out) / len(ids) < 0.23
    assert [split_of(entry_id) for entry_id in ids] == [split_of(entry_id) for entry_id in ids]
    ada = new_token()
    for index in range(6):
        collection.donate(drawing(index), index, "mnist", ada)
    train_ids, test_ids = collection.arrays("mnist", "train")[2], collection.arrays("mnist", "test")[2]
    assert sorted(train_ids + test_ids) == [entry.entry_id for entry in collection.entries()]
    assert all(split_of(entry_id) == "test" for entry_id in test_ids)


def test_the_version_changes_when_a_drawing_is_added_or_deleted(collection):
    ada = new_token()
    empty = collection.version("mnist")
    entry = collection.donate(drawing(), 7, "mnist", ada)
    added = collection.version("mnist")
    assert added != empty and collection.version("mnist") == added
    assert collection.version("fashion-mnist") == empty  # per data set
    collection.delete(entry.entry_id, ada)
    assert collection.version("mnist") == empty
