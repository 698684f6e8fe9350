"""Reading a weights file's layout with h5py alone: no TensorFlow, so the server can refuse a bad
upload at once, before anything is built or queued."""

from __future__ import annotations

import math
from pathlib import Path

import h5py

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


class WeightsError(ValueError):
    """A weights file cannot be used: missing, not HDF5, or made for another architecture."""


def refuse_outside_references(file: h5py.File) -> None:
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


def read_weight_shapes(path: Path) -> tuple[list[tuple[int, ...]], bool]:
    """Shapes of the weight arrays a Keras 3 or legacy (TF 2.x) HDF5 weights file holds, and
    whether it is the legacy format."""
    shapes = []
    with h5py.File(path, "r") as f:
        try:
            refuse_outside_references(f)
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


def check_weights_file(path: Path, expected_shapes: list[tuple[int, ...]]) -> bool:
    """Checks that `path` is a self-contained Keras weights file holding exactly `expected_shapes`;
    returns whether it is the legacy (TF 2.x) format. Raises WeightsError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise WeightsError(f"Weights file {path} not found.")
    with open(path, "rb") as stream:
        if stream.read(8) != HDF5_SIGNATURE:
            raise WeightsError(f"{path.name} is not an HDF5 weights file (.weights.h5 or .hdf5).")
    try:
        file_shapes, legacy = read_weight_shapes(path)
    except (OSError, KeyError) as error:
        raise WeightsError(f"{path.name} is a damaged HDF5 file ({error}).") from error
    if sorted(file_shapes) != sorted(expected_shapes):
        raise WeightsError(
            f"{path.name} holds weights of another architecture: {len(file_shapes)} arrays "
            f"({sum(math.prod(shape) for shape in file_shapes):,} values) where this model has "
            f"{len(expected_shapes)} ({sum(math.prod(shape) for shape in expected_shapes):,} parameters)."
        )
    return legacy
