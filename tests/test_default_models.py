import json

import pytest

from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.network.evaluation import evaluate
from lenet_core.network.model import build_model, load_weights
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id

TARGETS = {"mnist": 0.995, "fashion-mnist": 0.925}  # issue 16: the retrained defaults


@pytest.mark.parametrize("dataset", ["mnist", "fashion-mnist"])
def test_default_model_ships_and_matches_its_recorded_accuracy(dataset):
    record = ModelStore(DATA_DIR / "models").get(default_model_id(dataset))
    assert record is not None and record.usable, f"the default {dataset} model must be committed"
    assert record.architecture.is_book
    assert record.test_accuracy >= TARGETS[dataset]
    assert record.metadata["command"].startswith("python -m lenet_core --train-model 1")
    assert "--seed" in record.metadata["command"]
    model = build_model(record.architecture)
    load_weights(model, record.weights_path)
    test = load_dataset(dataset)
    accuracy = evaluate(model, test.test_images[:2000], test.test_labels[:2000]).accuracy
    assert abs(accuracy - record.test_accuracy) <= 0.01


@pytest.mark.parametrize("dataset", ["mnist", "fashion-mnist"])
def test_default_weights_hold_no_optimizer_state(dataset):
    import h5py

    record = ModelStore(DATA_DIR / "models").get(default_model_id(dataset))
    with h5py.File(record.weights_path) as weights:
        assert set(weights) == {"layers", "vars"}
    assert record.weights_path.stat().st_size < 5.2e6
    metadata = json.loads((record.folder / "metadata.json").read_text())
    seed = metadata["command"].split("--seed ")[1].split()[0]
    assert metadata["config"]["seed"] == int(seed)  # the command that made it says how to make it again


def test_default_mnist_model_reads_the_writing_styles_mnist_lacks():
    """The starter set (data/styles/): flagged 1s, crossed 7s, straight-tailed 9s, closed 4s
    rendered with other parameters than the styled digits the default learned from."""
    from lenet_core.data.strokes import load_starter_set

    record = ModelStore(DATA_DIR / "models").get(default_model_id("mnist"))
    assert "--styles" in record.metadata["command"] and record.metadata["config"]["styles"] > 0
    model = build_model(record.architecture)
    load_weights(model, record.weights_path)
    images, labels = load_starter_set()
    assert evaluate(model, images, labels).accuracy >= 0.97
