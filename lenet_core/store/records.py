"""One stored model: `data/models/<id>/` with its weights and JSON metadata, read into a
ModelRecord (a damaged folder becomes a record that says what is wrong), and the rules for ids
and names. No TensorFlow at import time.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from lenet_core.base import i18n
from lenet_core.base.files import (
    HDF5_SIGNATURE,
    windows_name_problem,
)
from lenet_core.base.i18n import _
from lenet_core.base.names import fold
from lenet_core.data.datasets import check_name
from lenet_core.network.architecture import Architecture

WEIGHTS_FILE = "model.weights.h5"
METADATA_FILE = "metadata.json"
MAX_NAME_LENGTH = 60


class StoreError(Exception):
    """A model cannot be saved, found or removed; the message says why."""


def default_model_id(dataset: str) -> str:
    """The id the server owner's CLI gave the shipped model of `dataset` (shipped-ness is in metadata)."""
    return f"default-{check_name(dataset)}"


def sanitize_name(name: str) -> str:
    """A display name made safe: printable, no path separators or '..', at most 60 characters."""
    text = fold(name).replace("/", " ").replace("\\", " ")
    while ".." in text:
        text = text.replace("..", ".")
    text = " ".join(text.split()).strip(" .")
    if not text:
        raise StoreError(_("Give the model a name with at least one letter or digit."))
    return text[:MAX_NAME_LENGTH].rstrip()


MODEL_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")  # lower case: ids never differ by case alone (Windows, macOS)


def check_model_id(model_id: str) -> None:
    """StoreError unless `model_id` can name a model's folder on Windows, macOS and Linux alike."""
    problem = None if MODEL_ID.fullmatch(model_id) else _("use 1-80 lower-case letters, digits and dashes")
    problem = problem or windows_name_problem(model_id)
    if problem:
        raise StoreError(_("The model id {id} cannot be used: {problem}.").format(id=repr(model_id), problem=problem))


@dataclasses.dataclass(frozen=True)
class ModelRecord:
    model_id: str
    folder: Path
    metadata: dict  # what metadata.json holds (empty when unreadable)
    problem: str | None = None  # why the model cannot be used; None when it can

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def weights_path(self) -> Path:
        return self.folder / WEIGHTS_FILE

    @property
    def name(self) -> str:
        return str(self.metadata.get("name", self.model_id))

    @property
    def dataset(self) -> str | None:
        return self.metadata.get("dataset")

    @property
    def test_accuracy(self) -> float | None:
        return self.metadata.get("test_accuracy")

    @property
    def created(self) -> str:
        return str(self.metadata.get("created", ""))

    @property
    def architecture(self) -> Architecture:
        return Architecture.from_dict(self.metadata.get("architecture", {}))

    @property
    def history(self) -> dict[str, list[float]]:
        return self.metadata.get("history") or {}

    @property
    def is_shipped(self) -> bool:
        """A model the server owner shipped (set only by `python -m lenet_core.store ship ID`).

        Never from the name or the id, which students choose."""
        return self.metadata.get("shipped") is True

    @property
    def owner(self) -> str | None:
        """The token of the student who trained or uploaded it (None: the server owner's CLI)."""
        return self.metadata.get("owner")

    @property
    def owner_name(self) -> str:
        """The display name its student had when saving it ("" when unknown)."""
        return str(self.metadata.get("owner_name") or "")

    def snapshots(self):
        """The per-epoch snapshots saved with the model (lenet_core.network.snapshots.Snapshots), or None
        for a model trained without them (before they existed, or imported) or with an unreadable file."""
        from lenet_core.network.snapshots import SNAPSHOTS_FILE, decode

        try:
            return decode((self.folder / SNAPSHOTS_FILE).read_bytes())
        except (OSError, ValueError):
            return None

    def label(self) -> str:
        """One line for pickers: name, data set, accuracy and date."""
        if not self.usable:
            return _("{name} (unusable: {problem})").format(name=self.name, problem=self.problem)
        accuracy = i18n.percent(self.test_accuracy, 2) if self.test_accuracy is not None else _("n/a")
        # Who made it, so a student's copy of a shipped model's name cannot pass for the real one.
        if self.is_shipped:
            by = _("shipped")
        else:
            by = _("by {name}").format(name=self.owner_name) if self.owner_name else _("by unknown")
        return f"{self.name} · {by} · {self.dataset} · {accuracy} · {self.created[:16].replace('T', ' ')}"


def read_record(folder: Path) -> ModelRecord:
    model_id = folder.name
    metadata_path = folder / METADATA_FILE
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ModelRecord(model_id, folder, {}, _("{file} is missing").format(file=METADATA_FILE))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problem = _("{file} is not valid JSON ({error})").format(file=METADATA_FILE, error=error)
        return ModelRecord(model_id, folder, {}, problem)
    if not isinstance(metadata, dict):
        return ModelRecord(model_id, folder, {}, _("{file} does not hold an object").format(file=METADATA_FILE))
    try:
        check_name(str(metadata.get("dataset")))
        Architecture.from_dict(metadata.get("architecture", {}))
    except (ValueError, TypeError) as error:
        return ModelRecord(model_id, folder, metadata, _("metadata is inconsistent: {error}").format(error=error))
    try:
        with open(folder / WEIGHTS_FILE, "rb") as stream:
            if stream.read(len(HDF5_SIGNATURE)) != HDF5_SIGNATURE:
                problem = _("{file} is not an HDF5 file").format(file=WEIGHTS_FILE)
                return ModelRecord(model_id, folder, metadata, problem)
    except (FileNotFoundError, IsADirectoryError):
        return ModelRecord(model_id, folder, metadata, _("{file} is missing").format(file=WEIGHTS_FILE))
    except OSError as error:
        problem = _("{file} cannot be read ({error})").format(file=WEIGHTS_FILE, error=error)
        return ModelRecord(model_id, folder, metadata, problem)
    return ModelRecord(model_id, folder, metadata)
