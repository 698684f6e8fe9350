"""The book's LeNet in Keras 3, and loading/saving its weights safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import h5py
import keras
from keras import layers

from lenet_core.architecture import Architecture
from lenet_core.files import atomic_path

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


class WeightsError(ValueError):
    """A weights file cannot be used: missing, not HDF5, or made for another architecture."""


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


def _refuse_outside_references(file: h5py.File) -> None:
    """Raises WeightsError if anything in the file would read data from another file.

    HDF5 can link to objects in other files (external links), keep a dataset's bytes in plain
    files (external storage) and assemble datasets from other files (virtual datasets). An upload
    using any of them could make the server read its own files, so they are refused here, before
    Keras opens the file, whatever Keras's version does.
    """

    # A visitor that returns a value stops the walk and hands the value back (raising inside
    # h5py's callback would surface as a SystemError instead).
    def check_link(name: str, link) -> str | None:  # every link once, never followed
        if isinstance(link, h5py.ExternalLink):
            return f"/{name} links to another file ({link.filename})"
        return None

    def check_object(name: str, item) -> str | None:  # every object once, through hard links only
        if isinstance(item, h5py.Dataset) and item.external:
            return f"dataset /{name} keeps its values in another file"
        if isinstance(item, h5py.Dataset) and item.is_virtual:
            return f"dataset /{name} is assembled from other files"
        return None

    problem = file.visititems_links(check_link) or file.visititems(check_object)
    if problem:
        raise WeightsError(f"{problem}; weights files must be self-contained.")


def _shapes_in_file(path: Path) -> tuple[list[tuple[int, ...]], bool]:
    """Shapes of the weight arrays a Keras 3 or legacy (TF 2.x) HDF5 weights file holds, and
    whether it is the legacy format."""
    shapes = []
    with h5py.File(path, "r") as f:
        try:
            _refuse_outside_references(f)
        except WeightsError as error:
            raise WeightsError(f"{path.name} is refused: {error}") from None
        group = f.get("model_weights", f)
        legacy = "layer_names" in group.attrs
        if legacy:  # legacy format: one group per layer, in layer order
            for layer_name in group.attrs["layer_names"]:
                layer_group = group[layer_name]
                for weight_name in layer_group.attrs.get("weight_names", []):
                    shapes.append(tuple(layer_group[weight_name].shape))
        elif "layers" in f:  # Keras 3 format
            f["layers"].visititems(
                lambda _, item: shapes.append(tuple(item.shape)) if isinstance(item, h5py.Dataset) else None
            )
        else:
            raise WeightsError(f"{path.name}: an HDF5 file, but not a Keras weights file.")
    return shapes, legacy


def load_weights(model: keras.Model, path: str | os.PathLike) -> None:
    """Loads a Keras 3 `.weights.h5` or a legacy HDF5 weights file into `model`.

    Only weight arrays are read, never pickled objects or code. Raises WeightsError when the file
    is missing, is not HDF5, or holds weights of another architecture.
    """
    path = Path(path)
    if not path.is_file():
        raise WeightsError(f"Weights file {path} not found.")
    with open(path, "rb") as stream:
        if stream.read(8) != HDF5_SIGNATURE:
            raise WeightsError(f"{path.name} is not an HDF5 weights file (.weights.h5 or .hdf5).")
    try:
        file_shapes, legacy = _shapes_in_file(path)
    except (OSError, KeyError) as error:
        raise WeightsError(f"{path.name} is a damaged HDF5 file ({error}).") from error
    model_shapes = [tuple(weight.shape) for weight in model.weights]
    if sorted(file_shapes) != sorted(model_shapes):
        raise WeightsError(
            f"{path.name} holds weights of another architecture: {len(file_shapes)} arrays "
            f"({sum(_size(s) for s in file_shapes):,} values) where this model has "
            f"{len(model_shapes)} ({model.count_params():,} parameters)."
        )
    try:
        # Keras picks the format from the file name: give it a name that matches the content.
        with tempfile.TemporaryDirectory() as folder:
            link = Path(folder) / ("weights.hdf5" if legacy else "weights.weights.h5")
            link.symlink_to(path.resolve())
            model.load_weights(link)
    except (ValueError, OSError, KeyError) as error:
        raise WeightsError(f"{path.name} could not be loaded into this model: {error}") from error


def _size(shape: tuple[int, ...]) -> int:
    size = 1
    for dimension in shape:
        size *= dimension
    return size


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
