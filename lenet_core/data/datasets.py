"""MNIST and Fashion-MNIST, read from the gzipped IDX files shipped in `data/`.

Nothing is downloaded: missing files are an error that says how to restore them. Importing this
module must stay cheap: it never imports TensorFlow or Keras, so the Explore page renders without
paying for them.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import struct
import threading
from pathlib import Path

import numpy as np

from lenet_core.base import i18n, settings
from lenet_core.base.i18n import N_, _
from lenet_core.base.settings import DATA_DIR, PROJECT_DIR  # noqa: F401 (PROJECT_DIR re-exported: many import it here)

CLASS_NAMES = {
    "mnist": tuple(str(digit) for digit in range(10)),
    "fashion-mnist": (
        N_("T-shirt/top"),
        N_("Trouser"),
        N_("Pullover"),
        N_("Dress"),
        N_("Coat"),
        N_("Sandal"),
        N_("Shirt"),
        N_("Sneaker"),
        N_("Bag"),
        N_("Ankle boot"),
    ),
}  # in English here (the CLI prints them, files keep them); `shown_class_names` for what a page shows
DATASET_NAMES = tuple(CLASS_NAMES)
DATASET_TITLES = {"mnist": N_("MNIST (handwritten digits)"), "fashion-mnist": N_("Fashion-MNIST (clothing)")}


def dataset_title(name: str) -> str:
    """ "MNIST (handwritten digits)" in the current language."""
    return _(DATASET_TITLES[name])


FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
IMAGE_MAGIC = 0x00000803  # uint8 data, 3 dimensions
LABEL_MAGIC = 0x00000801  # uint8 data, 1 dimension


class DatasetError(Exception):
    """A data set file is missing, truncated or not what it claims to be."""


@dataclasses.dataclass(frozen=True)
class Dataset:
    name: str
    train_images: np.ndarray  # (60000, 28, 28) uint8
    train_labels: np.ndarray  # (60000,) uint8 in 0..9
    test_images: np.ndarray  # (10000, 28, 28) uint8
    test_labels: np.ndarray  # (10000,) uint8 in 0..9
    class_names: tuple[str, ...]

    def split(self, split: str) -> tuple[np.ndarray, np.ndarray]:
        """Images and labels of "train" or "test"."""
        if split == "train":
            return self.train_images, self.train_labels
        if split == "test":
            return self.test_images, self.test_labels
        raise ValueError(_("Unknown split {split}: expected 'train' or 'test'.").format(split=repr(split)))


def as_model_input(images: np.ndarray) -> np.ndarray:
    """uint8 (N, 28, 28) images as the model receives them: (N, 28, 28, 1) float32 in [0, 1]."""
    return (np.asarray(images, dtype=np.float32) / 255.0)[..., np.newaxis]


def check_name(name: str) -> str:
    if name not in CLASS_NAMES:
        known = ", ".join(repr(known_name) for known_name in DATASET_NAMES)
        raise ValueError(_("Unknown data set {name}. Known data sets: {known}.").format(name=repr(name), known=known))
    return name


def other_dataset(name: str) -> str:
    """The data set a model of `name` was not trained on: what tells "not a digit" (or "not a
    garment") scores apart in `novelty.fit_detector`."""
    check_name(name)
    return next(other for other in DATASET_NAMES if other != name)


def idx_bytes(array: np.ndarray, magic: int) -> bytes:
    """A gzipped IDX file: big-endian magic and sizes, then the uint8 data, as MNIST's files are."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    header = struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape)
    return gzip.compress(header + array.tobytes(), mtime=0)  # mtime 0: the same arrays, the same bytes


def read_idx(path: Path, expected_magic: int) -> np.ndarray:
    """Reads one gzipped IDX file, checking its magic number and that its size matches its header."""
    if not path.is_file():
        raise DatasetError(_("{path}: file not found.").format(path=path))
    try:
        with gzip.open(path, "rb") as stream:
            raw = stream.read()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise DatasetError(_("{path}: not a readable gzip file ({error}).").format(path=path, error=error)) from error
    if len(raw) < 4:
        raise DatasetError(
            _("{path}: too short to hold an IDX header ({count} bytes).").format(path=path, count=len(raw))
        )
    (magic,) = struct.unpack(">I", raw[:4])
    if magic != expected_magic:
        raise DatasetError(
            _(
                "{path}: IDX magic number is {magic}, expected {expected}; "
                "the file is corrupt or is not the file its name says."
            ).format(path=path, magic=f"0x{magic:08x}", expected=f"0x{expected_magic:08x}")
        )
    dimensions = magic & 0xFF
    header_size = 4 + 4 * dimensions
    if len(raw) < header_size:
        raise DatasetError(_("{path}: truncated inside the IDX header.").format(path=path))
    shape = struct.unpack(f">{dimensions}I", raw[4:header_size])
    expected_bytes = int(np.prod(shape))
    actual_bytes = len(raw) - header_size
    if actual_bytes != expected_bytes:
        raise DatasetError(
            _(
                "{path}: header promises {expected} bytes of data for shape {shape}, "
                "found {actual}; the file is truncated or corrupt."
            ).format(path=path, expected=i18n.number(expected_bytes), shape=shape, actual=i18n.number(actual_bytes))
        )
    return np.frombuffer(raw, dtype=np.uint8, offset=header_size).reshape(shape)


def _check_pair(images: np.ndarray, labels: np.ndarray, images_path: Path, labels_path: Path):
    if images.shape[1:] != (28, 28):
        raise DatasetError(
            _("{path}: images are {shape}, expected 28x28.").format(path=images_path, shape=images.shape[1:])
        )
    if len(images) != len(labels):
        raise DatasetError(
            _("{images_path} holds {images} images but {labels_path} holds {labels} labels; they must agree.").format(
                images_path=images_path,
                images=i18n.number(len(images)),
                labels_path=labels_path,
                labels=i18n.number(len(labels)),
            )
        )
    if labels.size and labels.max() > 9:
        raise DatasetError(_("{path}: label {label} is outside 0-9.").format(path=labels_path, label=int(labels.max())))


def read_folder(folder: Path, name: str) -> Dataset:
    """Reads and validates the four IDX files of one data set from `folder`."""
    arrays = {}
    for key, filename in FILES.items():
        magic = IMAGE_MAGIC if key.endswith("images") else LABEL_MAGIC
        arrays[key] = read_idx(folder / filename, magic)
    for split in ("train", "test"):
        _check_pair(
            arrays[f"{split}_images"],
            arrays[f"{split}_labels"],
            folder / FILES[f"{split}_images"],
            folder / FILES[f"{split}_labels"],
        )
    return Dataset(name=name, class_names=CLASS_NAMES[name], **arrays)


def candidate_folders(name: str) -> list[Path]:
    """Where a data set's files are looked for, in order."""
    folders = []
    extra = settings.extra_data_dir()
    if extra is not None:
        folders.append(extra / name)
    folders.append(DATA_DIR / name)
    return folders


_load_lock = threading.Lock()


@functools.cache
def _load_cached(name: str, folders: tuple[Path, ...]) -> Dataset:
    for folder in folders:
        if folder.is_dir() and any((folder / filename).exists() for filename in FILES.values()):
            # A folder that holds the data set is used or fails loudly: silently skipping a
            # corrupt copy would hide the problem.
            return read_folder(folder, name)
    searched = " or ".join(str(folder) for folder in folders)
    raise DatasetError(
        _(
            "Data set {quoted} not found in {searched}. Its four IDX .gz files ship with the project in "
            "data/{name}/: restore them with `git checkout -- data/{name}` (see data/README.md), or set "
            "LENET_DATA_DIR to a folder holding {name}/."
        ).format(quoted=repr(name), searched=searched, name=name)
    )


def load_dataset(name: str) -> Dataset:
    """Train/test images and labels and class names of "mnist" or "fashion-mnist".

    Loaded once per process (per search path) and shared by every caller; arrays are read-only.
    """
    check_name(name)
    with _load_lock:  # two sessions asking at once read the files once
        return _load_cached(name, tuple(candidate_folders(name)))
