"""What one classmate's input may cost the class's server: each test replays an attack in small
(issue 26's table) and shows the bound or the refusal, with real files, models and pages."""

from __future__ import annotations

import base64
import dataclasses
import io

import h5py
import numpy as np
import pytest
from PIL import Image, ImageDraw
from streamlit.testing.v1 import AppTest

from harness.drawings import draw_on_canvas, fake_live_canvas
from lenet_core.base.settings import PROJECT_DIR
from lenet_core.classroom.limits import LimitError, Limits, check_training
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import MAX_CANVAS_SIDE, ImageInputError, read_canvas
from lenet_core.network.architecture import Architecture
from lenet_core.network.config import TrainingConfig
from lenet_core.network.weights_file import WeightsError, check_weights_file
from lenet_core.store.models import ModelStore

APP = str(PROJECT_DIR / "streamlit_app.py")
WIDE = Architecture(conv_filters=(1024,), dense_units=())  # inside every class limit: 2.0 M parameters


def one_line_png(side: int) -> bytes:
    """A side x side PNG of one line: tiny compressed, side^2 x 4 bytes once decoded."""
    image = Image.new("1", (side, side))
    ImageDraw.Draw(image).line((0, 0, side - 1, side - 1), fill=1, width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


# --- A canvas that sends a huge PNG -------------------------------------------------------------


def test_a_huge_canvas_png_is_refused_from_its_header_before_a_pixel_is_decoded(monkeypatch):
    data = one_line_png(12_000)  # 576 MB as RGBA, the devtools one-liner of the issue
    assert len(data) < 1_000_000

    def decoded(*args, **kwargs):
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(Image.Image, "convert", decoded)
    monkeypatch.setattr(Image.Image, "load", decoded)
    with pytest.raises(ImageInputError, match=f"12000x12000 image; a drawing is at most {MAX_CANVAS_SIDE}"):
        read_canvas(data)


def test_a_canvas_png_too_many_bytes_or_not_a_png_is_refused_with_a_message():
    with pytest.raises(ImageInputError, match="far more than a drawing"):
        read_canvas(b"\x89PNG" + bytes(3_000_000))
    with pytest.raises(ImageInputError, match="not a PNG"):
        read_canvas(b"GIF89a" + bytes(100))
    buffer = io.BytesIO()
    Image.new("RGB", (280, 280)).save(buffer, format="JPEG")
    with pytest.raises(ImageInputError, match="not a PNG"):
        read_canvas(buffer.getvalue())
    drawn = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    png = io.BytesIO()
    Image.fromarray(drawn).save(png, format="PNG")
    np.testing.assert_array_equal(read_canvas(png.getvalue()), drawn)  # a real drawing reads as it was


def test_the_predict_page_says_what_was_wrong_with_a_huge_canvas_and_predicts_nothing(default_models, monkeypatch):
    png = "data:image/png;base64," + base64.b64encode(one_line_png(12_000)).decode()
    fake_live_canvas(monkeypatch, None, stroke={"n": 1, "backend": "server", "png": png})
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert any("12000x12000 image" in error.value for error in at.error)
    assert not [markdown for markdown in at.markdown if "Prediction:" in markdown.value]


# --- A model whose "last hidden layer" is a 200,704-wide flatten --------------------------------


@pytest.fixture(scope="module")
def wide_explainer():
    from lenet_core.inside.explainer import Explainer
    from lenet_core.network.model import build_model

    return Explainer(build_model(WIDE))


def test_a_wide_models_map_and_heatmaps_are_sentences_and_its_test_set_view_keeps_no_hidden_layer(wide_explainer):
    assert wide_explainer.hidden_width == 200_704 == WIDE.hidden_width()
    assert "200,704 units" in wide_explainer.map_refusal and "dense layer" in wide_explainer.map_refusal
    assert "81 forward passes" in wide_explainer.occlusion_refusal
    with pytest.raises(ValueError, match="No heatmaps"):
        wide_explainer.occlusion(np.zeros((28, 28), np.float32), [0, 1])
    mnist = load_dataset("mnist")
    small = dataclasses.replace(mnist, test_images=mnist.test_images[:300], test_labels=mnist.test_labels[:300])
    view = wide_explainer.test_set(small, map_images=300)
    assert view.hidden.shape == (300, 0)  # was (3,000, 200,704): 2.4 GB, then an SVD of it
    assert view.nbytes < 100_000 and len(view.predictions) == 300  # the confusion cells still work
    assert wide_explainer._batch_size() < 250  # build batches shrink with the activations
    fashion = load_dataset("fashion-mnist")  # no "not a digit" check: 5,000 vectors would be 4 GB
    assert wide_explainer.detector(small, fashion) is None
    assert wide_explainer.unlike(np.zeros((28, 28), np.float32), small, fashion) is None


def test_the_books_lenet_keeps_its_map_and_heatmaps(default_models):
    from lenet_core.inside.predictor import explainer_for

    explainer = explainer_for(ModelStore(default_models).get("default-mnist"))
    assert explainer.map_refusal is None and explainer.occlusion_refusal is None and explainer.hidden_width == 500


def test_the_predict_page_shows_a_wide_model_without_building_its_map(default_models, monkeypatch):
    from lenet_core.network.model import build_model

    record = ModelStore(default_models).save(build_model(WIDE), "wide", TrainingConfig(architecture=WIDE))
    drawn = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    fake_live_canvas(monkeypatch, drawn)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    for view in ("maps", "why", "map"):
        at.session_state[f"predict_view_{view}"] = True  # the look-inside views, opened
    at.selectbox(key="predict_model_mnist").set_value(record.model_id).run()
    assert not at.exception
    infos = [info.value for info in at.info]
    assert any(info.startswith("No map for this model") for info in infos)
    assert any(info.startswith("No heatmaps for this model") for info in infos)
    assert any("(the first 100 shown)" in image.proto.imgs[0].caption for image in at.get("image"))


# --- Training that would take the worker's memory ----------------------------------------------


def test_training_a_wide_model_in_big_batches_is_refused_before_it_starts_with_what_to_change():
    config = TrainingConfig(architecture=WIDE, batch_size=1024, limit=2048)  # 9.2 GiB measured in the issue
    expected = r"needs about 7,871 MB of memory; the class limit is 2,048 MB\. Use a batch size of at most"
    with pytest.raises(LimitError, match=expected) as refusal:
        check_training(config, Limits())
    largest = int(str(refusal.value).split("at most ")[1].split()[0].rstrip(",").replace(",", ""))
    check_training(dataclasses.replace(config, batch_size=largest), Limits())  # the advice fits
    with pytest.raises(LimitError):
        check_training(dataclasses.replace(config, batch_size=largest + 1), Limits())
    check_training(TrainingConfig(batch_size=1024), Limits())  # the book's LeNet: 272 MB at batch 1,024


# --- Uploads whose lists, names and values are far from a LeNet's ------------------------------


def legacy_weights_file(path, layer_names: list[str], weight_names: list[str], dtype="float32") -> None:
    """A legacy (TF 2.x) HDF5 weights file with the given name lists, as an upload could be made."""
    with h5py.File(path, "w") as f:
        f.attrs["layer_names"] = np.array([name.encode() for name in layer_names])
        group = f.create_group(layer_names[0])
        group.attrs["weight_names"] = np.array([name.encode() for name in weight_names])
        group.create_dataset(weight_names[0], shape=(5, 5, 1, 20), dtype=dtype)


def test_an_upload_repeating_one_name_thousands_of_times_is_refused_at_once(tmp_path):
    path = tmp_path / "repeated.hdf5"
    legacy_weights_file(path, ["c"] * 20_000, ["kernel"])  # 20,000 x 20,000 steps in the issue
    with pytest.raises(WeightsError, match=r"lists \(20000,\) layer_names; a LeNet's weights file lists at most 256"):
        check_weights_file(path, WIDE.weight_shapes())
    legacy_weights_file(path, ["conv"], ["kernel"] * 300)
    with pytest.raises(WeightsError, match="at most 256"):
        check_weights_file(path, WIDE.weight_shapes())
    legacy_weights_file(path, ["conv", "conv"], ["kernel"])
    with pytest.raises(WeightsError, match="the same name twice"):
        check_weights_file(path, WIDE.weight_shapes())


def test_an_upload_with_the_right_shapes_but_other_values_than_floats_is_refused(tmp_path):
    from lenet_core.network.model import build_model, save_weights

    path = save_weights(build_model(Architecture(conv_filters=(2,), dense_units=())), tmp_path / "m.weights.h5")
    with h5py.File(path, "a") as f:
        name = next(name for name, item in _datasets(f) if item.ndim == 4)
        shape = f[name].shape
        del f[name]
        f.create_dataset(name, shape=shape, dtype="S4096", compression="gzip")  # 4 kB a value, compressed away
    with pytest.raises(WeightsError, match=r"holds \|S4096 values; weights are float16, float32 or float64"):
        check_weights_file(path, Architecture(conv_filters=(2,), dense_units=()).weight_shapes())


def test_an_upload_with_thousands_of_objects_is_refused_without_walking_them_all(tmp_path):
    path = tmp_path / "many.weights.h5"
    with h5py.File(path, "w") as f:
        layers = f.create_group("layers")
        for number in range(3_000):
            layers.create_group(f"g{number}")
    with pytest.raises(WeightsError, match="more than 2,000 objects"):
        check_weights_file(path, WIDE.weight_shapes())


def _datasets(file):
    found = []
    file.visititems(lambda name, item: found.append((name, item)) if isinstance(item, h5py.Dataset) else None)
    return found


# --- Donations made to be cheap to check and large to keep, and a full disk ---------------------


def noise_canvas(side: int = 1024) -> np.ndarray:
    """Opaque random colours with a digit's worth of ink in the middle: it passes every check a
    drawing gets, and its PNG hardly compresses (4 MB at 1,024 x 1,024)."""
    rng = np.random.default_rng(0)
    canvas = rng.integers(0, 64, (side, side, 4), dtype=np.uint8)
    canvas[..., 3] = 255
    canvas[side // 4 : 3 * side // 4, side // 2 - 20 : side // 2 + 20, :3] = 255
    return canvas


def test_a_noise_drawing_that_would_take_megabytes_is_refused_and_nothing_is_written(tmp_path):
    from lenet_core.classroom.drawings import Collection, CollectionError, DonationLimiter
    from lenet_core.classroom.students import new_token

    collection = Collection(tmp_path, DonationLimiter())
    with pytest.raises(CollectionError, match=r"would take [\d,]+ kB to keep, far more than strokes do"):
        collection.donate(noise_canvas(), 1, "mnist", new_token(), "Eve")
    assert collection.count() == 0 and not [path for path in tmp_path.rglob("*") if path.is_file()]
    drawn = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    entry = collection.donate(drawn, 7, "mnist", new_token(), "Ann")  # a real drawing: a few kB
    assert sum(path.stat().st_size for path in entry.folder.iterdir()) < 20_000


def test_a_nearly_full_disk_refuses_drawings_and_the_model_store_still_saves(tmp_path, monkeypatch):
    import shutil

    from lenet_core.classroom.drawings import Collection, CollectionError, DonationLimiter
    from lenet_core.classroom.students import new_token
    from lenet_core.network.model import build_model

    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda path: real(path)._replace(free=300_000_000))  # 300 MB left
    drawn = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    collection = Collection(tmp_path / "collection", DonationLimiter())
    with pytest.raises(CollectionError, match="only 300 MB free, so new drawings are refused"):
        collection.donate(drawn, 7, "mnist", new_token(), "Ann")
    assert collection.count() == 0
    small = Architecture(conv_filters=(2,), dense_units=())
    record = ModelStore(tmp_path / "models").save(build_model(small), "still saved", TrainingConfig(architecture=small))
    assert record.usable


# --- Quiz answers as fast as the buttons go -----------------------------------------------------


def test_quiz_answers_faster_than_a_student_thinks_are_refused_and_not_counted(tmp_path):
    from lenet_core.classroom.quiz import Question, QuizLog
    from lenet_core.classroom.ratelimit import RateLimiter, Wording
    from lenet_core.classroom.students import new_token

    class Clock:
        now = 0.0

        def __call__(self):
            return self.now

    clock = Clock()
    log = QuizLog(tmp_path, RateLimiter(12, 600, Wording("gave", "quiz answers", "answer this one"), clock=clock))
    eve, ann = new_token(), new_token()
    for index in range(12):
        log.record(Question("mnist", index), 0, eve, None, None)
    with pytest.raises(ValueError, match="You gave 12 quiz answers in the last minute; the class limit is 12 a minute"):
        log.record(Question("mnist", 12), 0, eve, None, None)
    assert log.tally("mnist").answers == 12  # the refused one was not counted
    log.record(Question("mnist", 12), 7, ann, None, None)  # a classmate is not held up
    clock.now += 61
    log.record(Question("mnist", 13), 0, eve, None, None)  # a minute later Eve may answer again
    assert log.tally("mnist").answers == 14


# --- A student's share of the model store -------------------------------------------------------


def test_a_student_with_the_class_limit_of_models_is_refused_another_job(tmp_path, monkeypatch):
    from lenet_core.classroom.limits import save_limits
    from lenet_core.jobs.manager import JobManager
    from lenet_core.network.model import build_model

    monkeypatch.setenv("LENET_CLASSROOM_DIR", str(tmp_path / "classroom"))
    save_limits(dataclasses.replace(Limits(), max_models_per_student=2), tmp_path / "classroom")
    store = ModelStore(tmp_path / "models")
    small = Architecture(conv_filters=(2,), dense_units=())
    for number in range(2):
        store.save(build_model(small), f"mine {number}", TrainingConfig(architecture=small), owner="eve")
    manager = JobManager(store=store, jobs_dir=tmp_path / "jobs")  # no executor: nothing may start
    try:
        with pytest.raises(LimitError, match="You have 2 models in the store; the class limit is 2 per student"):
            manager.submit(TrainingConfig(epochs=1, limit=128), "a third", owner="eve")
        assert manager.list() == []
    finally:
        manager.close()


# --- Names that pass for the shipped model or the teacher ---------------------------------------


@pytest.mark.parametrize("typed", ["LeNet Lab (shipped)", "Teacher Tom", "ｓｈｉｐｐｅｄ", "the TEACHER"])
def test_a_display_name_with_a_reserved_word_is_refused(typed):
    from lenet_core.classroom.students import sanitize_display_name

    with pytest.raises(ValueError, match="cannot contain"):
        sanitize_display_name(typed)


def test_a_students_model_cannot_take_a_shipped_models_name_or_the_pickers_separator(default_models):
    from lenet_core.store.records import StoreError

    store = ModelStore(default_models)
    shipped = store.get("default-mnist")
    with pytest.raises(StoreError, match="is a shipped model's name"):
        store.check_student_name(shipped.name.upper())
    forged = shipped.label()[:59]  # the 59 characters: the shipped label itself
    with pytest.raises(StoreError, match="cannot contain “shipped”"):
        store.check_student_name(forged)
    assert "·" not in store.check_student_name("mine · by Ann · 99.9%")


def test_a_job_named_like_the_shipped_model_is_refused_before_it_queues(default_models, tmp_path):
    from lenet_core.jobs.manager import JobManager
    from lenet_core.store.records import StoreError

    store = ModelStore(default_models)
    manager = JobManager(store=store, jobs_dir=tmp_path / "jobs")  # no executor: nothing may start
    try:
        with pytest.raises(StoreError, match="shipped model's name"):
            manager.submit(TrainingConfig(epochs=1, limit=128), store.get("default-mnist").name, owner="eve")
        assert manager.list() == []
    finally:
        manager.close()


def test_a_tower_of_combining_marks_is_folded_and_a_taken_name_gets_a_visible_suffix(tmp_path):
    import unicodedata

    from lenet_core.classroom.students import StudentRegistry, new_token, sanitize_display_name

    zalgo = "Z" + "\u0336\u0337\u0338" * 20 + "oe"
    folded = sanitize_display_name(zalgo)
    assert folded.startswith("Z") and sum(1 for mark in folded if unicodedata.combining(mark)) == 2
    assert sanitize_display_name("Zoë") == "Zoë"  # one mark: kept
    registry, ann, other = StudentRegistry(tmp_path), new_token(), new_token()
    assert registry.set_name(ann, "Ann") == "Ann"
    assert registry.set_name(other, "ann") == "ann (2)"  # the classmates can tell them apart
    assert registry.set_name(ann, "Ann") == "Ann"  # renaming oneself to one's own name is no clash


# --- Small JSON files that a crash or a hand edit damaged ---------------------------------------


def test_a_damaged_names_or_quiz_file_is_moved_aside_never_overwritten(tmp_path):
    from lenet_core.classroom.quiz import Question, QuizLog
    from lenet_core.classroom.students import StudentRegistry, new_token

    for path, damaged in ((tmp_path / "students.json", b'{"tok": {"name": "Ann"'), (tmp_path / "quiz.json", b"[1, 2")):
        path.write_bytes(damaged)
    ann = new_token()
    with pytest.warns(UserWarning, match=r"students.json is damaged .*moved to students\.json\.damaged-"):
        StudentRegistry(tmp_path).set_name(ann, "Bob")
    with pytest.warns(UserWarning, match=r"quiz.json is damaged .*moved to quiz\.json\.damaged-"):
        QuizLog(tmp_path).record(Question("mnist", 0), 7, ann, None, None)
    [names_aside] = tmp_path.glob("students.json.damaged-*")
    [quiz_aside] = tmp_path.glob("quiz.json.damaged-*")
    assert names_aside.read_bytes() == b'{"tok": {"name": "Ann"' and quiz_aside.read_bytes() == b"[1, 2"
    assert StudentRegistry(tmp_path).names() == {ann: "Bob"}  # the class carries on with a fresh file


def test_a_names_file_that_cannot_be_read_is_not_replaced_by_a_write(tmp_path, monkeypatch):
    import errno
    import pathlib

    from lenet_core.classroom.students import StudentRegistry, new_token

    registry, ann = StudentRegistry(tmp_path), new_token()
    registry.set_name(ann, "Ann")
    before = registry.path.read_bytes()
    real = pathlib.Path.read_text

    def flaky_disk(self, *args, **kwargs):  # what a failing USB stick or a network share does
        if self.name == "students.json":
            raise OSError(errno.EIO, "Input/output error")
        return real(self, *args, **kwargs)

    with monkeypatch.context() as patched, pytest.raises(OSError, match="Input/output error"):
        patched.setattr(pathlib.Path, "read_text", flaky_disk)
        registry.set_name(new_token(), "Bob")
    assert registry.path.read_bytes() == before  # Ann's name was not written over


# --- New tabs as new identities -----------------------------------------------------------------


def test_new_identities_do_not_jump_the_line_ahead_of_a_classmate_queued_earlier():
    from lenet_core.jobs.queue import FairQueue

    queue = FairQueue()
    queue.push("bob-1", "bob")
    assert queue.pop() == "bob-1"  # Bob has been served: on the old rule he went behind every newcomer
    queue.push("bob-2", "bob")
    for tab in range(5):  # Eve opens five new tabs, each a new identity, and queues a job in each
        queue.push(f"eve-{tab}", f"eve-tab-{tab}")
    assert queue.order()[0] == "bob-2"


def test_the_tabs_of_one_device_share_its_active_job_limit_and_its_turn(manager):
    from lenet_core.classroom.students import new_token
    from lenet_core.classroom.teacher import device_key
    from lenet_core.jobs.records import QUEUED, RUNNING

    laptop = device_key("192.168.1.66", "any")
    long = TrainingConfig(epochs=20, limit=2000, batch_size=32)
    first = manager.submit(long, "eve 1", owner=new_token(), device=laptop)
    try:
        with pytest.raises(LimitError, match="You already have 1 job running or queued"):
            manager.submit(TrainingConfig(epochs=1, limit=128), "eve 2", owner=new_token(), device=laptop)
        other = manager.submit(
            TrainingConfig(epochs=1, limit=128), "ann", owner=new_token(), device=device_key("192.168.1.10", "x")
        )
        assert manager.get(other.job_id).state in (QUEUED, RUNNING)  # a classmate on another laptop is not held up
    finally:
        for job in (first, other):
            manager.stop(job.job_id, owner=None, teacher=True)
        for job in (first, other):
            manager.wait(job.job_id, timeout=180)
