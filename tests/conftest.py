"""Shared fixtures: a private model store per test and a tiny trained model per session."""

from __future__ import annotations

import gzip
import shutil
import struct

import numpy as np
import pytest

from lenet_core.datasets import DATA_DIR


@pytest.fixture
def models_dir(tmp_path, monkeypatch):
    """An empty model store of this test's own."""
    folder = tmp_path / "models"
    monkeypatch.setenv("LENET_MODELS_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def tiny_model():
    """A LeNet trained for one epoch on 600 MNIST images: fast, and better than chance."""
    from lenet_core.config import TrainingConfig
    from lenet_core.training import train

    config = TrainingConfig(epochs=1, limit=600, validation_limit=500, optimizer="adam", learning_rate=0.002)
    return train(config)


def write_idx(path, array, magic):
    """Writes a gzipped IDX file, the way the real data set files are made."""
    array = np.asarray(array, dtype=np.uint8)
    header = struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape)
    with gzip.open(path, "wb") as stream:
        stream.write(header + array.tobytes())


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of the shipped data folders, to damage in a test."""
    for name in ("mnist", "fashion-mnist"):
        shutil.copytree(DATA_DIR / name, tmp_path / name)
    return tmp_path
