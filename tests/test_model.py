from pathlib import Path

import h5py
import keras
import numpy as np
import pytest

from lenet_core.network.architecture import Architecture
from lenet_core.network.model import WeightsError, build_lenet, load_weights, save_weights

LEGACY_FIXTURE = Path(__file__).parent / "fixtures" / "legacy_small.hdf5"  # tests/fixtures/make_legacy_weights.py


def test_default_network_is_the_books_lenet():
    model = build_lenet()
    summary = [(type(layer).__name__, layer.output.shape[1:]) for layer in model.layers]
    assert summary == [
        ("Conv2D", (28, 28, 20)),
        ("MaxPooling2D", (14, 14, 20)),
        ("Conv2D", (14, 14, 50)),
        ("MaxPooling2D", (7, 7, 50)),
        ("Flatten", (2450,)),
        ("Dense", (500,)),
        ("Dense", (10,)),
    ]
    assert model.layers[0].kernel_size == (5, 5) and model.layers[0].padding == "same"
    assert model.layers[0].activation.__name__ == "relu" and model.layers[-1].activation.__name__ == "softmax"
    assert model.count_params() == 1_256_080 == Architecture().parameter_count()


def test_architecture_options_add_blocks_and_layers_and_count_parameters():
    architecture = Architecture(conv_filters=(8, 16, 32), dense_units=(64, 32))
    model = build_lenet(conv_filters=(8, 16, 32), dense_units=(64, 32))
    assert model.count_params() == architecture.parameter_count()
    assert sum(isinstance(layer, keras.layers.Conv2D) for layer in model.layers) == 3
    assert sum(isinstance(layer, keras.layers.Dense) for layer in model.layers) == 3


def test_bad_architecture_options_raise_value_error():
    with pytest.raises(ValueError, match="conv blocks"):
        Architecture(conv_filters=())


def test_weights_round_trip_without_optimizer_state(tiny_model, tmp_path):
    path = save_weights(tiny_model.model, tmp_path / "lenet.weights.h5")
    with h5py.File(path) as f:
        assert "optimizer" not in f
    assert path.stat().st_size < 5_200_000  # weights only: 1,256,080 float32 values
    reloaded = build_lenet(weights_path=path)
    for saved, loaded in zip(tiny_model.model.get_weights(), reloaded.get_weights(), strict=True):
        np.testing.assert_array_equal(saved, loaded)


def test_legacy_hdf5_weights_file_loads():
    # The book's TF 2.x script wrote this format with model.save_weights("lenet_weights.hdf5").
    model = build_lenet(conv_filters=(2, 3), dense_units=(4,), weights_path=LEGACY_FIXTURE)
    with h5py.File(LEGACY_FIXTURE) as f:  # the arrays as the file holds them, layer by layer
        expected = [f[layer][name][()] for layer in f.attrs["layer_names"] for name in f[layer].attrs["weight_names"]]
    assert len(expected) == len(model.get_weights()) == 8
    for loaded, stored in zip(model.get_weights(), expected, strict=True):
        np.testing.assert_array_equal(loaded, stored)


def test_weights_of_another_architecture_are_refused_clearly(tmp_path):
    path = save_weights(build_lenet(conv_filters=(8, 16)), tmp_path / "small.weights.h5")
    with pytest.raises(WeightsError, match="another architecture"):
        build_lenet(weights_path=path)


def test_non_hdf5_file_is_refused_clearly(tmp_path):
    path = tmp_path / "weights.weights.h5"
    path.write_bytes(b"PK\x03\x04 a zip, not weights")
    with pytest.raises(WeightsError, match="not an HDF5 weights file"):
        load_weights(build_lenet(), path)


def test_interrupted_save_leaves_the_old_file_intact(tiny_model, tmp_path, monkeypatch):
    path = save_weights(tiny_model.model, tmp_path / "lenet.weights.h5")
    good_bytes = path.read_bytes()

    def crash_midway(self, filepath, *args, **kwargs):
        with open(filepath, "wb") as stream:
            stream.write(b"\x89HDF\r\n\x1a\n half a file")
        raise KeyboardInterrupt  # the student pressed Ctrl+C during the write

    monkeypatch.setattr(keras.Model, "save_weights", crash_midway)
    with pytest.raises(KeyboardInterrupt):
        save_weights(build_lenet(), path)
    assert path.read_bytes() == good_bytes
    assert [p.name for p in tmp_path.iterdir()] == ["lenet.weights.h5"]


def test_architecture_parses_what_a_student_types():
    assert Architecture.from_text("8, 16,32", "") == Architecture(conv_filters=(8, 16, 32), dense_units=())
    with pytest.raises(ValueError, match="Conv filters: write whole numbers"):
        Architecture.from_text("twenty", "500")


def _small_weights_with(tmp_path, replace_bias):
    """A valid small weights file whose first bias is swapped for what `replace_bias` makes."""
    path = save_weights(build_lenet(conv_filters=(2, 3), dense_units=(4,)), tmp_path / "upload.weights.h5")
    secret = tmp_path / "server-secret.bin"
    secret.write_bytes(np.arange(2, dtype=np.float32).tobytes())
    with h5py.File(secret.with_suffix(".h5"), "w") as other:
        other["bias"] = np.arange(2, dtype=np.float32)
    with h5py.File(path, "a") as f:
        del f["layers/conv2d/vars/1"]
        replace_bias(f["layers/conv2d/vars"], secret)
    return path


@pytest.mark.parametrize(
    "replace_bias, refusal",
    [
        (
            lambda group, secret: group.__setitem__("1", h5py.ExternalLink(str(secret.with_suffix(".h5")), "/bias")),
            "links to another file",
        ),
        (
            lambda group, secret: group.create_dataset("1", (2,), "float32", external=[(str(secret), 0, 8)]),
            "keeps its values in another file",
        ),
        (
            lambda group, secret: group.create_virtual_dataset(
                "1", _layout_from(h5py.VirtualSource(str(secret.with_suffix(".h5")), "bias", shape=(2,)))
            ),
            "is assembled from other files",
        ),
    ],
    ids=["external link", "external storage", "virtual dataset"],
)
def test_weights_reading_other_files_are_refused_before_keras_opens_them(tmp_path, monkeypatch, replace_bias, refusal):
    path = _small_weights_with(tmp_path, replace_bias)

    def keras_must_not_read(*args, **kwargs):
        raise AssertionError("Keras was asked to read a file that refers to other files")

    monkeypatch.setattr(keras.Model, "load_weights", keras_must_not_read)
    with pytest.raises(WeightsError, match=refusal):
        load_weights(build_lenet(conv_filters=(2, 3), dense_units=(4,)), path)


def _layout_from(source):
    layout = h5py.VirtualLayout(shape=(2,), dtype="float32")
    layout[:] = source
    return layout
