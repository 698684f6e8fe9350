"""The book's LeNet in Keras 3, and loading/saving its weights safely."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import keras
from keras import layers

from lenet_core.base.files import atomic_path
from lenet_core.base.i18n import _
from lenet_core.network.architecture import Architecture
from lenet_core.network.weights_file import WeightsError, check_weights_file  # noqa: F401 (WeightsError: re-exported)


def build_model(architecture: Architecture) -> keras.Sequential:
    """The network described by `architecture`, uncompiled.

    Layers get explicit names: Keras's automatic names come from a per-thread counter, and a
    server that builds models in several threads (jobs, pages) once produced two "conv2d" layers.
    """
    model = keras.Sequential(name="lenet")
    model.add(keras.Input(shape=(architecture.height, architecture.width, architecture.depth)))
    for block, filters in enumerate(architecture.conv_filters, start=1):
        model.add(
            layers.Conv2D(filters, architecture.kernel_size, padding="same", activation="relu", name=f"conv_{block}")
        )
        model.add(layers.MaxPooling2D(pool_size=2, strides=2, name=f"pool_{block}"))
    model.add(layers.Flatten(name="flatten"))
    for number, units in enumerate(architecture.dense_units, start=1):
        model.add(layers.Dense(units, activation="relu", name=f"dense_{number}"))
    model.add(layers.Dense(architecture.classes, activation="softmax", name="softmax"))
    return model


def build_lenet(
    width: int = 28,
    height: int = 28,
    depth: int = 1,
    classes: int = 10,
    weights_path: str | os.PathLike | None = None,
    conv_filters: tuple[int, ...] = (20, 50),
    dense_units: tuple[int, ...] = (500,),
    kernel_size: int = 5,
) -> keras.Sequential:
    """The book's LeNet (1,256,080 parameters by default), optionally with weights loaded.

    `conv_filters` and `dense_units` change the number of filters or add conv blocks and dense
    layers: the book's "what next" experiments.
    """
    architecture = Architecture(
        conv_filters=conv_filters,
        dense_units=dense_units,
        kernel_size=kernel_size,
        width=width,
        height=height,
        depth=depth,
        classes=classes,
    )
    model = build_model(architecture)
    if weights_path is not None:
        load_weights(model, weights_path)
    return model


def load_weights(model: keras.Model, path: str | os.PathLike) -> None:
    """Loads a Keras 3 `.weights.h5` or a legacy HDF5 weights file into `model`.

    Only weight arrays are read, never pickled objects or code. Raises WeightsError when the file
    is missing, is not HDF5, or holds weights of another architecture.
    """
    path = Path(path)
    legacy = check_weights_file(path, [tuple(weight.shape) for weight in model.weights])
    try:
        # Keras picks the format from the file name: give it a name that matches the content. The
        # store's files already have one; others are copied (at most a few MB), not symlinked:
        # Windows lets a student's account make symlinks only in Developer Mode.
        if path.name.endswith(".hdf5" if legacy else ".weights.h5"):
            model.load_weights(path)
        else:
            with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:  # Windows: a file still open
                named = Path(folder) / ("weights.hdf5" if legacy else "weights.weights.h5")
                shutil.copyfile(path, named)
                model.load_weights(named)
    except (ValueError, OSError, KeyError) as error:
        raise WeightsError(
            _("{file} could not be loaded into this model: {error}").format(file=path.name, error=error)
        ) from error


def load_weights_bytes(model: keras.Model, data: bytes) -> None:
    """`load_weights` for a weights file's bytes (an upload, or weights sent with a job)."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:  # Windows: a file still open
        path = Path(folder) / "weights"
        path.write_bytes(data)
        load_weights(model, path)


def save_weights(model: keras.Model, path: str | os.PathLike) -> Path:
    """Saves the model's weights only (no optimizer state) to a `.weights.h5` file, atomically.

    The file is written next to its destination under a temporary name and renamed into place,
    so an interrupted save never replaces a good file with a broken one.
    """
    path = Path(path)
    if not path.name.endswith(".weights.h5"):
        raise ValueError(f"Weights files must end in .weights.h5, got {path.name!r}.")
    # A compiled model would also save its optimizer's state (three times the size with Adam).
    weights_only = model
    if getattr(model, "optimizer", None) is not None:
        weights_only = model.__class__.from_config(model.get_config())
        weights_only.set_weights(model.get_weights())
    with atomic_path(path, suffix=".weights.h5") as temporary:
        weights_only.save_weights(temporary)
    return path
