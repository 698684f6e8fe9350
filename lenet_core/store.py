"""The model store: every trained model as `data/models/<id>/` with weights and JSON metadata.

Shared by every session of the server. Writes are atomic (a temporary folder renamed into
place), user-typed names never reach the file system, and a damaged folder is listed as
unusable with its reason while the others keep working. No TensorFlow at import time.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from pathlib import Path

from lenet_core.architecture import Architecture
from lenet_core.datasets import DATA_DIR, check_name
from lenet_core.files import write_json

WEIGHTS_FILE = "model.weights.h5"
METADATA_FILE = "metadata.json"
MAX_NAME_LENGTH = 60
TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600


class StoreError(Exception):
    """A model cannot be saved, found or removed; the message says why."""


def default_model_id(dataset: str) -> str:
    return f"default-{check_name(dataset)}"


def sanitize_name(name: str) -> str:
    """A display name made safe: printable, no path separators or '..', at most 60 characters."""
    text = unicodedata.normalize("NFKC", str(name))
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = text.replace("/", " ").replace("\\", " ")
    while ".." in text:
        text = text.replace("..", ".")
    text = " ".join(text.split()).strip(" .")
    if not text:
        raise StoreError("Give the model a name with at least one letter or digit.")
    return text[:MAX_NAME_LENGTH].rstrip()


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:32] or "model"


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
    def is_default(self) -> bool:
        return self.model_id.startswith("default-")

    def snapshots(self):
        """The per-epoch snapshots saved with the model (lenet_core.snapshots.Snapshots), or None
        for a model trained without them (before they existed, or imported) or with an unreadable file."""
        from lenet_core.snapshots import SNAPSHOTS_FILE, decode

        try:
            return decode((self.folder / SNAPSHOTS_FILE).read_bytes())
        except (OSError, ValueError):
            return None

    def label(self) -> str:
        """One line for pickers: name, data set, accuracy and date."""
        if not self.usable:
            return f"{self.name} (unusable: {self.problem})"
        accuracy = f"{self.test_accuracy * 100:.2f}%" if self.test_accuracy is not None else "n/a"
        return f"{self.name} · {self.dataset} · {accuracy} · {self.created[:16].replace('T', ' ')}"


def _read_record(folder: Path) -> ModelRecord:
    model_id = folder.name
    metadata_path = folder / METADATA_FILE
    try:
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ModelRecord(model_id, folder, {}, f"{METADATA_FILE} is missing")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return ModelRecord(model_id, folder, {}, f"{METADATA_FILE} is not valid JSON ({error})")
    if not isinstance(metadata, dict):
        return ModelRecord(model_id, folder, {}, f"{METADATA_FILE} does not hold an object")
    try:
        check_name(str(metadata.get("dataset")))
        Architecture.from_dict(metadata.get("architecture", {}))
    except (ValueError, TypeError) as error:
        return ModelRecord(model_id, folder, metadata, f"metadata is inconsistent: {error}")
    weights = folder / WEIGHTS_FILE
    if not weights.is_file():
        return ModelRecord(model_id, folder, metadata, f"{WEIGHTS_FILE} is missing")
    with open(weights, "rb") as stream:
        if stream.read(8) != b"\x89HDF\r\n\x1a\n":
            return ModelRecord(model_id, folder, metadata, f"{WEIGHTS_FILE} is not an HDF5 file")
    return ModelRecord(model_id, folder, metadata)


class ModelStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def list(self, dataset: str | None = None) -> list[ModelRecord]:
        """Every model folder, defaults first, then newest first; unusable ones included."""
        if not self.root.is_dir():
            return []
        records = [
            _read_record(folder)
            for folder in self.root.iterdir()
            if folder.is_dir() and not folder.name.startswith(".")
        ]
        if dataset is not None:
            records = [record for record in records if record.dataset == dataset]
        records.sort(key=lambda record: record.created, reverse=True)
        records.sort(key=lambda record: not record.is_default)
        return records

    def get(self, model_id: str) -> ModelRecord | None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", model_id or ""):
            return None
        folder = self.root / model_id
        return _read_record(folder) if folder.is_dir() else None

    def save(
        self,
        model,
        name: str,
        config,
        history: dict | None = None,
        evaluation=None,
        seconds: float | None = None,
        owner: str | None = None,
        command: str | None = None,
        model_id: str | None = None,
        extra: dict | None = None,
        snapshots: bytes | None = None,
    ) -> ModelRecord:
        """Saves a Keras model's weights and metadata as a new folder, atomically.

        `snapshots`: TrainingResult.snapshots, kept as snapshots.npz for the Train/Models replay.
        """
        from lenet_core.model import save_weights  # deferred: TensorFlow

        name = sanitize_name(name)
        created = datetime.datetime.now(datetime.UTC)
        model_id = model_id or f"{_slug(name)}-{created:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}"
        final = self.root / model_id
        if final.exists():
            raise StoreError(f"A model with id {model_id} already exists.")
        self.root.mkdir(parents=True, exist_ok=True)
        self.remove_stale_temporaries()
        temporary = Path(tempfile.mkdtemp(dir=self.root, prefix=TEMPORARY_PREFIX))
        try:
            save_weights(model, temporary / WEIGHTS_FILE)
            metadata = {
                "name": name,
                "dataset": config.dataset,
                "architecture": config.architecture.to_dict(),
                "parameters": config.architecture.parameter_count(),
                "config": config.to_dict(),
                "history": history or {},
                "test_accuracy": evaluation.accuracy if evaluation is not None else None,
                "evaluation": evaluation.to_dict() if evaluation is not None else None,
                "training_seconds": seconds,
                "created": created.isoformat(timespec="seconds"),
                "owner": owner,
                "command": command,
            } | (extra or {})
            write_json(temporary / METADATA_FILE, metadata)
            if snapshots:
                from lenet_core.snapshots import SNAPSHOTS_FILE

                (temporary / SNAPSHOTS_FILE).write_bytes(snapshots)  # the folder's rename makes it atomic
            os.rename(temporary, final)
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
        return _read_record(final)

    def update_metadata(self, model_id: str, **fields) -> ModelRecord:
        record = self.get(model_id)
        if record is None or not record.metadata:
            raise StoreError(f"Model {model_id} not found or unreadable.")
        write_json(record.folder / METADATA_FILE, record.metadata | fields)
        return _read_record(record.folder)

    def delete(self, model_id: str, owner: str | None, force: bool = False) -> None:
        """Deletes a model; only its owner (the session that trained it) may, or `force` (the CLI)."""
        record = self.get(model_id)
        if record is None:
            raise StoreError(f"Model {model_id} not found.")
        if record.is_default and not force:
            raise StoreError("The shipped default models cannot be deleted.")
        if not force and (owner is None or record.metadata.get("owner") != owner):
            raise StoreError("Only the session that trained this model can delete it.")
        graveyard = self.root / f"{TEMPORARY_PREFIX}deleted-{model_id}"
        os.rename(record.folder, graveyard)  # atomic: the model vanishes from listings at once
        shutil.rmtree(graveyard, ignore_errors=True)

    def remove_stale_temporaries(self) -> None:
        """Removes folders left by saves that were killed midway (older than an hour)."""
        for folder in self.root.glob(f"{TEMPORARY_PREFIX}*"):
            try:
                if time.time() - folder.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                pass


def store_root() -> Path:
    return Path(os.environ.get("LENET_MODELS_DIR") or DATA_DIR / "models")


def open_store() -> ModelStore:
    """The store at `LENET_MODELS_DIR`, or `data/models/`."""
    return ModelStore(store_root())


def main(argv: list[str] | None = None) -> int:
    """`python -m lenet_core.store list` / `delete MODEL_ID`: the teacher's tools."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lenet_core.store")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list every model with its id")
    delete = commands.add_parser("delete", help="delete a model by id")
    delete.add_argument("model_id")
    args = parser.parse_args(argv)
    store = open_store()
    if args.command == "list":
        for record in store.list():
            print(f"{record.model_id}\t{record.label()}")
        return 0
    try:
        store.delete(args.model_id, owner=None, force=True)
    except StoreError as error:
        print(f"[ERROR] {error}")
        return 2
    print(f"[INFO] deleted {args.model_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
