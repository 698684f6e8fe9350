"""Looking inside a model: confusion cells, occlusion, the hidden-layer map, naive resizing, and the
per-epoch snapshots, each checked against an answer computed another way."""

from __future__ import annotations

import numpy as np
import pytest

from harness.drawings import draw_on_canvas
from lenet_core.base.settings import DATA_DIR
from lenet_core.charts.inside import confusion_grid_figure, selected_cell
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import prepare
from lenet_core.inside.explainer import (
    OCCLUSION_PATCH,
    cell_indices,
    naive_input,
    occlusion_offsets,
    occlusion_sensitivity,
    principal_axes,
)
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id


@pytest.fixture(scope="module")
def mnist():
    return load_dataset("mnist")


@pytest.fixture(scope="module")
def explainer():
    from lenet_core.inside.predictor import explainer_for

    return explainer_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))


def test_confusion_cell_selection_returns_exactly_its_images_most_confident_first():
    rng = np.random.default_rng(3)
    labels, predictions = rng.integers(0, 10, 2000), rng.integers(0, 10, 2000)
    confidences = rng.choice([0.5, 0.7, 0.9], 2000)  # many ties: order among them is by index
    for actual, predicted in ((4, 9), (3, 3), (0, 1)):
        expected = [i for i in range(2000) if labels[i] == actual and predictions[i] == predicted]
        expected.sort(key=lambda i: (-confidences[i], i))
        assert cell_indices(labels, predictions, confidences, actual, predicted).tolist() == expected


def test_each_clickable_confusion_cell_carries_its_actual_and_predicted_class():
    confusion = np.random.default_rng(0).integers(0, 50, (10, 10))
    figure = confusion_grid_figure(confusion, tuple("abcdefghij"))
    trace = figure.data[0]
    assert len(trace.x) == 100
    for x, y, text, (actual, predicted) in zip(trace.x, trace.y, trace.text, trace.customdata, strict=True):
        assert (y, x) == ("abcdefghij"[actual], "abcdefghij"[predicted])
        assert int(text) == confusion[actual, predicted]
    # What Streamlit returns when a point is clicked (its fields in snake case).
    clicked = {"selection": {"points": [{"x": "j", "y": "e", "customdata": [4, 9], "point_index": 49}]}}
    assert selected_cell(clicked) == (4, 9)
    assert selected_cell({"selection": {"points": []}}) is None


def bar_image() -> np.ndarray:
    """A synthetic '1': a vertical bar in the middle of a 28x28 frame."""
    image = np.zeros((28, 28), np.float32)
    image[5:23, 13:16] = 1.0
    return image


def test_occluding_the_ink_lowers_the_answer_more_than_occluding_the_background(explainer):
    image = bar_image()
    # Log-odds computed independently: the model cut before its softmax layer, the rest by hand.
    import keras

    model = explainer.model
    hidden = keras.Model(model.inputs[0], model.layers[-2].output)
    kernel, bias = model.layers[-1].get_weights()

    def score(picture, cls):
        """log(p / (1 - p)) of class `cls`, from the logits in float64."""
        logits = (hidden(picture[None, :, :, None]).numpy() @ kernel + bias)[0].astype(np.float64)
        others = np.exp(np.delete(logits, cls) - logits.max()).sum()
        return float(logits[cls] - logits.max() - np.log(others))

    answer = int(model(image[None, :, :, None]).numpy()[0].argmax())
    assert answer == 1
    original = score(image, answer)

    def erased(top, left):
        copy = image.copy()
        copy[top : top + OCCLUSION_PATCH, left : left + OCCLUSION_PATCH] = 0.0
        return score(copy, answer)

    # Directly, with the model: erasing ink costs the answer; erasing background costs nothing.
    assert original - erased(12, 12) > 0.5
    assert abs(original - erased(0, 0)) < 1e-4
    heatmap = explainer.occlusion(image, [answer])[0]
    ink = image > 0
    assert heatmap[ink].mean() > 10 * max(heatmap[~ink].mean(), 1e-4)
    # One pixel recomputed by brute force: the mean drop over every patch that covers it.
    row, column = 14, 14
    offsets = occlusion_offsets()
    assert offsets[0] == 0 and offsets[-1] == 28 - OCCLUSION_PATCH  # every pixel is covered
    drops = [
        original - erased(top, left)
        for top in offsets
        for left in offsets
        if top <= row < top + OCCLUSION_PATCH and left <= column < left + OCCLUSION_PATCH
    ]
    assert heatmap[row, column] == pytest.approx(np.mean(drops), abs=1e-3)


def test_occlusion_of_a_blank_image_is_zero_everywhere():
    def never_called_with_patches(batch):
        assert len(batch) == 1, "a blank image has no ink to erase"
        return np.full((1, 10), 0.1, np.float32)

    heatmaps = occlusion_sensitivity(never_called_with_patches, np.zeros((28, 28)), [0, 1])
    assert heatmaps.shape == (2, 28, 28) and not heatmaps.any()


def test_principal_axes_match_the_covariance_eigenvectors():
    vectors = np.random.default_rng(1).normal(size=(500, 6)) * [5, 3, 1, 1, 0.5, 0.2]
    mean, axes = principal_axes(vectors.astype(np.float32))
    eigenvalues, eigenvectors = np.linalg.eigh(np.cov(vectors, rowvar=False))
    for axis, expected in zip(axes, eigenvectors[:, ::-1].T, strict=False):
        assert abs(float(axis @ expected)) == pytest.approx(1.0, abs=1e-3)
    assert mean == pytest.approx(vectors.mean(axis=0), abs=1e-4)


def test_test_images_land_on_the_map_near_their_own_class(explainer, mnist):
    view = explainer.test_set(mnist)
    assert len(view.map_indices) == 3000 and view.points.shape == (3000, 2)
    assert (view.predictions == mnist.test_labels).mean() > 0.99  # the default model's accuracy
    on_map_labels = mnist.test_labels[view.map_indices]
    centres = np.stack([view.points[on_map_labels == label].mean(axis=0) for label in range(10)])
    held_out = np.setdiff1d(np.arange(len(mnist.test_images)), view.map_indices)[:200]
    nearest_centre = nearest_neighbours = 0
    for index in held_out:
        location = view.locate(explainer.hidden(mnist.test_images[index] / 255.0))
        nearest_centre += np.argmin(((centres - location.point) ** 2).sum(axis=1)) == mnist.test_labels[index]
        votes = np.bincount(mnist.test_labels[location.neighbours], minlength=10)
        nearest_neighbours += votes.argmax() == mnist.test_labels[index]
    # Two PCA axes cannot separate ten classes fully; chance would be 10%.
    assert nearest_centre / len(held_out) > 0.5
    assert nearest_neighbours / len(held_out) > 0.95
    # A test image that is on the map lands exactly on its own point, its own nearest neighbour.
    position = 123
    index = view.map_indices[position]
    location = view.locate(explainer.hidden(mnist.test_images[index] / 255.0))
    assert location.neighbours[0] == index and location.distances[0] < 1e-3
    assert location.point == pytest.approx(view.points[position], abs=1e-3)


def test_naive_and_prepared_inputs_are_both_28x28_and_differ_for_an_off_centre_drawing(explainer, mnist):
    canvas = draw_on_canvas(mnist.test_images[0], scale=4.0, top=10, left=150)  # small, top right
    naive, prepared = naive_input(canvas), prepare(canvas, "digit").image
    for image in (naive, prepared):
        assert image.shape == (28, 28) and image.dtype == np.float32
        assert image.min() >= 0.0 and image.max() <= 1.0

    def centre_of_mass(image):
        rows, columns = np.indices(image.shape)
        return (rows * image).sum() / image.sum(), (columns * image).sum() / image.sum()

    assert np.hypot(*(np.subtract(centre_of_mass(prepared), 13.5))) < 1.5
    assert np.hypot(*(np.subtract(centre_of_mass(naive), 13.5))) > 5
    assert explainer.probabilities(prepared[None, :, :, None])[0].argmax() == mnist.test_labels[0]


def test_training_records_a_snapshot_per_epoch_that_changes_and_the_store_keeps_it(tmp_path):
    from lenet_core.network.config import TrainingConfig
    from lenet_core.network.snapshots import SNAPSHOTS_FILE
    from lenet_core.network.training import train

    config = TrainingConfig(epochs=2, limit=300, validation_limit=100, optimizer="adam", learning_rate=0.002)
    result = train(config)
    assert result.snapshots is not None and len(result.snapshots) < 3 * 40_000  # kilobytes per epoch
    store = ModelStore(tmp_path)
    record = store.save(result.model, "with snapshots", config, result.history, snapshots=result.snapshots)
    assert (record.folder / SNAPSHOTS_FILE).is_file()
    snapshots = record.snapshots()
    assert snapshots.epochs.tolist() == [0, 1, 2]  # before training, then each epoch's end
    assert snapshots.filters.shape == (3, 5, 5, 20)
    assert [maps.shape for maps in snapshots.feature_maps] == [(3, 28, 28, 20), (3, 14, 14, 50)]
    for earlier, later in ((0, 1), (1, 2)):
        assert not np.allclose(snapshots.filters[earlier], snapshots.filters[later], atol=1e-3)
        assert not np.allclose(snapshots.feature_maps[0][earlier], snapshots.feature_maps[0][later], atol=1e-3)
    # The last snapshot is the trained model itself, up to the uint8 rounding.
    kernel = result.model.get_layer("conv_1").kernel.numpy()[:, :, 0, :]
    assert snapshots.filters[-1] == pytest.approx(kernel, abs=float(np.abs(kernel).max()) / 127)
    assert (snapshots.probe_image == load_dataset("mnist").test_images[0]).all()

    plain = store.save(result.model, "without", config, result.history)
    assert plain.snapshots() is None
    (record.folder / SNAPSHOTS_FILE).write_bytes(b"not an npz")
    assert record.snapshots() is None  # a damaged file hides the replay, nothing else
