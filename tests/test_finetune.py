"""Writing styles MNIST lacks (the stroke renderer, the starter set) and fine-tuning on class drawings."""

from __future__ import annotations

import numpy as np
import pytest

from harness.drawings import draw_on_canvas
from lenet_core.classroom.drawings import Collection, DonationLimiter
from lenet_core.classroom.students import new_token
from lenet_core.data.strokes import STARTER, STYLE_LABELS, STYLES, load_starter_set, render_styles
from lenet_core.jobs import requests
from lenet_core.jobs.records import FINE_TUNE, FINISHED
from lenet_core.network import finetune
from lenet_core.network.config import STYLE_KINDS, TrainingConfig
from lenet_core.network.evaluation import evaluate
from lenet_core.network.training import prepare_data
from lenet_core.store.models import ModelStore
from tests.conftest import JOB_DEADLINE


def test_the_renderer_draws_each_style_with_its_label_the_same_way_for_the_same_seed():
    images, labels = render_styles(3, seed=7)
    again, _ = render_styles(3, seed=7)
    other, _ = render_styles(3, seed=8)
    assert images.shape == (12, 28, 28) and images.dtype == np.uint8
    assert len(STYLES) == STYLE_KINDS  # what the class limits count without drawing anything
    assert labels.tolist() == [label for label in STYLE_LABELS for _ in range(3)]
    assert np.array_equal(images, again) and not np.array_equal(images, other)
    # Prepared like a canvas drawing: ink in a 20-pixel box, centred in the 28x28 frame.
    rows, columns = np.nonzero(images[0] > 64)
    assert rows.min() >= 2 and rows.max() <= 25 and 16 <= rows.max() - rows.min() <= 21


def test_the_committed_starter_set_holds_250_of_each_style_as_its_generator_makes_them():
    images, labels = load_starter_set()
    assert images.shape == (1000, 28, 28)
    assert {label: int((labels == label).sum()) for label in STYLE_LABELS} == dict.fromkeys(STYLE_LABELS, 250)
    # `python -m scripts.make_style_set` makes exactly this file (with the pinned Pillow's line drawing).
    remade, _ = render_styles(250, seed=2026, parameters=STARTER)
    assert np.array_equal(images, remade)


def test_styled_digits_join_mnist_training_images_only():
    train_x, train_y, _, _ = prepare_data(TrainingConfig(limit=100, validation_limit=10, styles=5))
    assert train_x.shape == (120, 28, 28, 1)
    assert sorted(np.bincount(train_y[100:], minlength=10).nonzero()[0].tolist()) == [1, 4, 7, 9]
    with pytest.raises(ValueError, match="MNIST only"):
        TrainingConfig(dataset="fashion-mnist", styles=5)
    with pytest.raises(ValueError, match="whole number"):
        TrainingConfig(styles=True)


def test_styled_digits_and_fine_tuning_drawings_count_against_the_class_work_limit():
    from lenet_core.classroom.limits import LimitError, Limits, check_training

    limits = Limits(max_work=20 * 60_000)
    check_training(TrainingConfig(epochs=20), limits)
    styled = "at most 18 epochs on 66,000 images, or at most 54,000 training images besides the 6,000 added"
    with pytest.raises(LimitError, match=styled):
        check_training(TrainingConfig(epochs=20, styles=1500), limits)
    with pytest.raises(LimitError, match="at most 52,000 training images besides the 8,000 added"):
        check_training(TrainingConfig(epochs=20, extra_images=8_000), limits)


@pytest.fixture
def store(tmp_path, tiny_model):
    store = ModelStore(tmp_path / "models")
    store.save(tiny_model.model, name="tiny", config=tiny_model.config, model_id="tiny")
    return store


def donate_styles(collection: Collection, per_style: int, seed: int) -> None:
    images, labels = render_styles(per_style, seed)
    author = new_token()
    for image, label in zip(images, labels, strict=True):
        collection.donate(draw_on_canvas(image, scale=8.0, top=20, left=20), int(label), "mnist", author, "Ada")


def test_a_request_carries_the_weights_and_both_parts_of_the_class_drawings(store, tmp_path):
    collection = Collection(tmp_path / "collection", limiter=DonationLimiter(per_student=1000))
    with pytest.raises(requests.FineTuneError, match="no MNIST .*drawings to learn from"):
        requests.fine_tune_request(store, "tiny", collection)
    donate_styles(collection, per_style=5, seed=1)
    config, payload = requests.fine_tune_request(store, "tiny", collection, epochs=2, images=300, repeats=7)
    drawings = payload["drawings"]
    assert config.extra_images == 7 * len(drawings.train_labels) and payload["repeats"] == 7
    assert len(drawings.train_labels) + len(drawings.test_labels) == 20
    assert len(drawings.test_labels) == len(collection.arrays("mnist", "test")[1])
    assert payload["weights"] == store.get("tiny").weights_path.read_bytes()
    assert payload["base"] == {"model_id": "tiny", "name": "tiny"}
    assert (config.epochs, config.limit, config.dataset) == (2, 300, "mnist")
    assert config.architecture == store.get("tiny").architecture
    with pytest.raises(requests.FineTuneError, match="1 to 100 times; got 101"):
        requests.fine_tune_request(store, "tiny", collection, repeats=101)
    # A big collection: 1,000 drawings x 100 would be 100,000 images an epoch, in the worker's memory.
    with pytest.raises(
        requests.FineTuneError, match="100,000 images per epoch; at most 60,000. Count each drawing at most 60 times"
    ):
        requests.config_for(store.get("tiny"), drawings=1000, repeats=100)


def test_a_model_deleted_after_it_was_picked_gets_a_clear_message(store, tmp_path):
    collection = Collection(tmp_path / "collection", limiter=DonationLimiter(per_student=1000))
    donate_styles(collection, per_style=2, seed=1)
    store.delete("tiny", owner=None, teacher=True)
    with pytest.raises(requests.FineTuneError, match="deleted or damaged a moment ago"):
        requests.fine_tune_request(store, "tiny", collection)


def styled_drawings(train_per_style: int, test_per_style: int) -> finetune.Drawings:
    """Class drawings made by the renderer: training ones with its training parameters, held-out
    ones with the starter set's (other slants, pens and proportions) and another seed."""
    train_images, train_labels = render_styles(train_per_style, seed=11)
    test_images, test_labels = render_styles(test_per_style, seed=12, parameters=STARTER)
    return finetune.Drawings(train_images, train_labels, test_images, test_labels)


def test_fine_tuning_on_a_tiny_mix_raises_accuracy_on_held_out_styled_drawings(tiny_model, store):
    drawings = styled_drawings(train_per_style=10, test_per_style=25)
    config = TrainingConfig(
        epochs=3, limit=600, validation_limit=200, batch_size=64, optimizer="adam", learning_rate=0.001, augment=True
    )
    payload = {"weights": store.get("tiny").weights_path.read_bytes(), "drawings": drawings, "repeats": 20,
               "base": {"model_id": "tiny", "name": "tiny"}}  # fmt: skip
    result, evaluation, summary = finetune.fine_tune(config, payload)
    before, after = summary["before"], summary["after"]
    # The scores the summary reports are the models' own, checked independently here.
    assert before["drawings"] == pytest.approx(
        evaluate(tiny_model.model, drawings.test_images, drawings.test_labels).accuracy
    )
    assert after["drawings"] == pytest.approx(
        evaluate(result.model, drawings.test_images, drawings.test_labels).accuracy
    )
    assert after["drawings"] >= before["drawings"] + 0.15, summary
    assert after["test"] >= before["test"] - 0.05, summary  # MNIST is not forgotten
    assert (summary["drawings_train"], summary["drawings_test"], summary["images"]) == (40, 100, 600)
    assert evaluation.accuracy == after["test"]


def test_a_fine_tuning_job_runs_on_a_worker_and_stores_a_new_model_with_before_and_after(manager, tiny_model, tmp_path):
    manager.store.save(tiny_model.model, name="tiny", config=tiny_model.config, model_id="tiny")
    collection = Collection(tmp_path / "collection", limiter=DonationLimiter(per_student=1000))
    donate_styles(collection, per_style=3, seed=3)
    config, payload = requests.fine_tune_request(manager.store, "tiny", collection, epochs=1, images=200)
    job = manager.submit(config, "tiny + class drawings", owner="ann", owner_name="Ann", fine_tune=payload)
    assert job.kind == FINE_TUNE
    job = manager.wait(job.job_id, timeout=JOB_DEADLINE)
    assert job.state == FINISHED, job.error
    record = manager.store.get(job.model_id)
    assert record.name == "tiny + class drawings" and record.owner == "ann"
    summary = record.metadata["fine_tune"]
    assert summary == job.fine_tune
    assert summary["base"] == {"model_id": "tiny", "name": "tiny"}
    assert summary["drawings_train"] + summary["drawings_test"] == 12
    assert summary["after"]["test"] == pytest.approx(record.test_accuracy)
    assert manager.store.get("tiny").weights_path.read_bytes() == payload["weights"]  # the base is untouched
