"""Reading a weights file's layout with h5py alone: no TensorFlow, so the server can refuse a bad
upload at once, before anything is built or queued."""

from __future__ import annotations

import math
from pathlib import Path

import h5py

from lenet_core.base import i18n
from lenet_core.base.files import HDF5_SIGNATURE
from lenet_core.base.i18n import _

# Bounds on what an upload may make the server walk, far above any LeNet the class limits allow
# (at most a few dozen layers of 2 weights each): a 45 kB file can list one name 20,000 times in
# each of two nested lists, and walking them would take 4 x 10^8 steps.
MAX_OBJECTS = 2_000  # groups, datasets and links in the whole file
MAX_NAMES = 256  # entries of one layer_names or weight_names list
MAX_NAME_LENGTH = 256  # characters of one name
WEIGHT_DTYPES = {"float16", "float32", "float64"}


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
            return _("/{name} links to another file ({file})").format(name=name, file=link.filename)
        return None

    def check_object(name: str, item) -> str | None:  # every object once, through hard links only
        if isinstance(item, h5py.Dataset) and item.external:
            return _("dataset /{name} keeps its values in another file").format(name=name)
        if isinstance(item, h5py.Dataset) and item.is_virtual:
            return _("dataset /{name} is assembled from other files").format(name=name)
        return None

    problem = file.visititems_links(_counted(check_link)) or file.visititems(_counted(check_object))
    if problem:
        raise WeightsError(_("{problem}; weights files must be self-contained.").format(problem=problem))


def _counted(visitor):
    """`visitor`, stopping the walk with a refusal once it has seen MAX_OBJECTS objects."""
    seen = 0

    def visit(name, item):
        nonlocal seen
        seen += 1
        if seen > MAX_OBJECTS:
            return _("it holds more than {limit} objects, far more than any LeNet's weights").format(
                limit=i18n.number(MAX_OBJECTS)
            )
        return visitor(name, item)

    return visit


def _names(attributes, key: str, where: str) -> list[str]:
    """A list-of-names attribute, its length checked before it is read."""
    if key not in attributes:
        return []
    shape = attributes.get_id(key).shape or (1,)
    if len(shape) != 1 or shape[0] > MAX_NAMES:
        raise WeightsError(
            _("{where} lists {shape} {key}; a LeNet's weights file lists at most {limit}.").format(
                where=where, shape=shape, key=key, limit=MAX_NAMES
            )
        )
    names = [name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name) for name in attributes[key]]
    if any(len(name) > MAX_NAME_LENGTH for name in names):
        raise WeightsError(
            _("{where} has a name in {key} longer than {limit} characters.").format(
                where=where, key=key, limit=MAX_NAME_LENGTH
            )
        )
    if len(set(names)) != len(names):
        raise WeightsError(_("{where} lists the same name twice in {key}.").format(where=where, key=key))
    return names


def _weight_shape(dataset, where: str) -> tuple[int, ...]:
    if not isinstance(dataset, h5py.Dataset):
        raise WeightsError(_("{where} is not an array of weights.").format(where=where))
    if dataset.dtype.name not in WEIGHT_DTYPES:
        raise WeightsError(
            _("{where} holds {dtype} values; weights are float16, float32 or float64.").format(
                where=where, dtype=dataset.dtype
            )
        )
    return tuple(dataset.shape)


def read_weight_shapes(path: Path) -> tuple[list[tuple[int, ...]], bool]:
    """Shapes of the weight arrays a Keras 3 or legacy (TF 2.x) HDF5 weights file holds, and
    whether it is the legacy format."""
    shapes = []
    with h5py.File(path, "r") as f:
        try:
            refuse_outside_references(f)
        except WeightsError as error:
            raise WeightsError(_("{file} is refused: {error}").format(file=path.name, error=error)) from None
        group = f.get("model_weights", f)
        legacy = "layer_names" in group.attrs
        if legacy:  # legacy format: one group per layer, in layer order
            for layer_name in _names(group.attrs, "layer_names", path.name):
                layer_group = group[layer_name]
                where = _("{file}: layer {layer}").format(file=path.name, layer=layer_name)
                for weight_name in _names(layer_group.attrs, "weight_names", where):
                    shapes.append(_weight_shape(layer_group[weight_name], f"{path.name}: {weight_name}"))
        elif "layers" in f:  # Keras 3 format (the walk above already bounded the file's objects)

            def collect(name, item) -> str | None:  # a returned message stops the walk (see above)
                if isinstance(item, h5py.Dataset):
                    try:
                        shapes.append(_weight_shape(item, f"{path.name}: {name}"))
                    except WeightsError as error:
                        return str(error)
                return None

            problem = f["layers"].visititems(collect)
            if problem:
                raise WeightsError(problem)
        else:
            raise WeightsError(_("{file}: an HDF5 file, but not a Keras weights file.").format(file=path.name))
    return shapes, legacy


def check_weights_file(path: Path, expected_shapes: list[tuple[int, ...]]) -> bool:
    """Checks that `path` is a self-contained Keras weights file holding exactly `expected_shapes`;
    returns whether it is the legacy (TF 2.x) format. Raises WeightsError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise WeightsError(_("Weights file {path} not found.").format(path=path))
    with open(path, "rb") as stream:
        if stream.read(8) != HDF5_SIGNATURE:
            raise WeightsError(_("{file} is not an HDF5 weights file (.weights.h5 or .hdf5).").format(file=path.name))
    try:
        file_shapes, legacy = read_weight_shapes(path)
    except (OSError, KeyError) as error:
        raise WeightsError(_("{file} is a damaged HDF5 file ({error}).").format(file=path.name, error=error)) from error
    if sorted(file_shapes) != sorted(expected_shapes):
        raise WeightsError(
            _(
                "{file} holds weights of another architecture: {arrays} arrays "
                "({values} values) where this model has {expected} ({parameters} parameters)."
            ).format(
                file=path.name,
                arrays=len(file_shapes),
                values=i18n.number(sum(math.prod(shape) for shape in file_shapes)),
                expected=len(expected_shapes),
                parameters=i18n.number(sum(math.prod(shape) for shape in expected_shapes)),
            )
        )
    return legacy
