import gzip
import subprocess
import sys

import numpy as np
import pytest

from lenet_core.base.settings import PROJECT_DIR
from lenet_core.data.datasets import FILES, IMAGE_MAGIC, DatasetError, as_model_input, load_dataset, read_folder
from tests.conftest import write_idx


@pytest.mark.parametrize(
    "name, first_train_labels, first_class, last_class",
    [("mnist", [5, 0, 4, 1, 9], "0", "9"), ("fashion-mnist", None, "T-shirt/top", "Ankle boot")],
)
def test_shipped_data_sets_load_with_shapes_labels_and_class_names(name, first_train_labels, first_class, last_class):
    dataset = load_dataset(name)
    assert dataset.train_images.shape == (60000, 28, 28)
    assert dataset.test_images.shape == (10000, 28, 28)
    assert dataset.train_images.dtype == np.uint8 and dataset.train_labels.dtype == np.uint8
    assert dataset.train_labels.shape == (60000,) and dataset.test_labels.shape == (10000,)
    assert set(np.unique(dataset.train_labels)) == set(range(10))
    assert dataset.class_names[0] == first_class and dataset.class_names[-1] == last_class
    assert len(dataset.class_names) == 10
    if first_train_labels:
        assert dataset.train_labels[:5].tolist() == first_train_labels
        assert dataset.test_labels[:5].tolist() == [7, 2, 1, 0, 4]


def test_data_set_is_loaded_once_per_process():
    assert load_dataset("mnist") is load_dataset("mnist")


def test_unknown_data_set_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="'mnist', 'fashion-mnist'"):
        load_dataset("cifar10")


def test_corrupt_magic_number_names_the_file(data_copy):
    path = data_copy / "mnist" / FILES["train_labels"]
    write_idx(path, np.zeros(60000), magic=IMAGE_MAGIC)  # an image magic in a label file
    with pytest.raises(DatasetError, match=r"train-labels-idx1-ubyte\.gz: IDX magic number"):
        read_folder(data_copy / "mnist", "mnist")


def test_truncated_file_names_the_file_and_the_missing_bytes(data_copy):
    path = data_copy / "mnist" / FILES["test_images"]
    with gzip.open(path, "rb") as stream:
        raw = stream.read()
    with gzip.open(path, "wb") as stream:
        stream.write(raw[: len(raw) // 2])
    with pytest.raises(DatasetError, match=r"t10k-images-idx3-ubyte\.gz: header promises .* truncated"):
        read_folder(data_copy / "mnist", "mnist")


def test_file_that_is_not_gzip_is_reported(data_copy):
    (data_copy / "mnist" / FILES["train_images"]).write_bytes(b"not a gzip file at all")
    with pytest.raises(DatasetError, match="not a readable gzip file"):
        read_folder(data_copy / "mnist", "mnist")


def test_missing_file_is_reported(data_copy):
    (data_copy / "fashion-mnist" / FILES["test_labels"]).unlink()
    with pytest.raises(DatasetError, match=r"t10k-labels-idx1-ubyte\.gz: file not found"):
        read_folder(data_copy / "fashion-mnist", "fashion-mnist")


def test_image_and_label_counts_must_agree(data_copy):
    write_idx(data_copy / "mnist" / FILES["test_labels"], np.zeros(9999), magic=0x801)
    with pytest.raises(DatasetError, match="10,000 images but .* 9,999 labels"):
        read_folder(data_copy / "mnist", "mnist")


def test_labels_outside_zero_to_nine_are_refused(data_copy):
    write_idx(data_copy / "mnist" / FILES["test_labels"], np.full(10000, 12), magic=0x801)
    with pytest.raises(DatasetError, match="label 12 is outside 0-9"):
        read_folder(data_copy / "mnist", "mnist")


def test_data_dir_environment_variable_is_searched_first(tmp_path):
    folder = tmp_path / "mnist"
    folder.mkdir()
    write_idx(folder / FILES["train_images"], np.full((3, 28, 28), 7), IMAGE_MAGIC)
    write_idx(folder / FILES["train_labels"], [1, 2, 3], 0x801)
    write_idx(folder / FILES["test_images"], np.zeros((2, 28, 28)), IMAGE_MAGIC)
    write_idx(folder / FILES["test_labels"], [4, 5], 0x801)
    code = (
        "from lenet_core.data.datasets import load_dataset; d = load_dataset('mnist');"
        "print(d.train_labels.tolist(), d.test_images.shape)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code],
        env={"LENET_DATA_DIR": str(tmp_path), "PATH": ""},
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    assert output.stdout.strip() == "[1, 2, 3] (2, 28, 28)"


def test_importing_datasets_does_not_import_tensorflow():
    modules = "lenet_core.data.datasets, lenet_core.store.models, lenet_core.network.config"
    code = f"import sys, {modules}; print('tensorflow' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_DIR)
    assert output.stdout.strip() == "False"


def test_model_input_is_scaled_to_unit_range_with_a_channel_axis():
    x = as_model_input(np.array([[[0, 255]]], dtype=np.uint8))
    assert x.shape == (1, 1, 2, 1) and x.dtype == np.float32
    assert x.ravel().tolist() == [0.0, 1.0]


def test_missing_data_set_says_how_to_restore_it_and_downloads_nothing(tmp_path, monkeypatch):
    import keras

    import lenet_core.data.datasets

    def download(*args, **kwargs):
        raise AssertionError("the app must never download a data set")

    monkeypatch.setattr(keras.datasets.mnist, "load_data", download)
    monkeypatch.setattr(lenet_core.data.datasets, "DATA_DIR", tmp_path / "data")  # a checkout without data/mnist
    monkeypatch.setenv("LENET_DATA_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(DatasetError, match=r"not found in .*git checkout -- data/mnist.*LENET_DATA_DIR"):
        load_dataset("mnist")
