"""The model store: every trained model as `data/models/<id>/` with weights and JSON metadata.

Shared by every session of the server. Writes are atomic (a temporary folder renamed into
place), user-typed names never reach the file system, and a damaged folder is listed as
unusable with its reason while the others keep working. No TensorFlow at import time.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from pathlib import Path

from lenet_core import i18n, settings
from lenet_core.architecture import Architecture
from lenet_core.datasets import check_name
from lenet_core.files import (
    HDF5_SIGNATURE,
    FileBusyError,
    fsync_path,
    rename,
    windows_name_problem,
    write_bytes,
    write_json,
)
from lenet_core.i18n import N_, _
from lenet_core.names import check_not_reserved, fold

WEIGHTS_FILE = "model.weights.h5"
METADATA_FILE = "metadata.json"
MAX_NAME_LENGTH = 60
TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600


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


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:32] or "model"
    # "default-..." is how the shipped models' ids read; a student's "Default" must not look like one.
    return f"user-{slug}" if slug.startswith("default") else slug


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
            return _("{name} (unusable: {problem})").format(name=self.name, problem=self.problem)
        accuracy = i18n.percent(self.test_accuracy, 2) if self.test_accuracy is not None else _("n/a")
        # Who made it, so a student's copy of a shipped model's name cannot pass for the real one.
        if self.is_shipped:
            by = _("shipped")
        else:
            by = _("by {name}").format(name=self.owner_name) if self.owner_name else _("by unknown")
        return f"{self.name} · {by} · {self.dataset} · {accuracy} · {self.created[:16].replace('T', ' ')}"


def _read_record(folder: Path) -> ModelRecord:
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


class ModelStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def list(self, dataset: str | None = None) -> list[ModelRecord]:
        """Every model folder, shipped ones first, then newest first; unusable ones included.

        A folder deleted while it is read (another session's delete) is left out, not reported.
        """
        if not self.root.is_dir():
            return []
        records = []
        for folder in self.root.iterdir():
            if folder.name.startswith(".") or not folder.is_dir():
                continue
            record = _read_record(folder)
            # A delete renames the folder away in one step: one gone by now may have looked
            # damaged halfway through the read, and is no longer there to use anyway.
            if folder.is_dir():
                records.append(record)
        if dataset is not None:
            records = [record for record in records if record.dataset == dataset]
        records.sort(key=lambda record: record.created, reverse=True)
        records.sort(key=lambda record: not record.is_shipped)
        return records

    def shipped(self, dataset: str) -> ModelRecord | None:
        """The usable model the server's owner shipped for `dataset` (metadata "shipped"), never
        one a student merely named so: what the pages and the CLI start from. None if there is none."""
        return next((record for record in self.list(dataset) if record.is_shipped and record.usable), None)

    def get(self, model_id: str) -> ModelRecord | None:
        if not MODEL_ID.fullmatch(model_id or ""):
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
        owner_name: str | None = None,
        snapshots: bytes | None = None,
    ) -> ModelRecord:
        """Saves a model's weights and metadata as a new folder, atomically.

        `model` is a Keras model, or the bytes of a `.weights.h5` file (what a Dask worker returns);
        `evaluation` an `Evaluation` or its `to_dict()` summary. `owner` is the student's token,
        `owner_name` their display name at the time. The model is never marked shipped here,
        whatever `extra` says: only `ship()` (the CLI) does that. `snapshots`:
        TrainingResult.snapshots, kept as snapshots.npz for the Train/Models replay.
        """

        name = sanitize_name(name)
        if model_id is not None:
            check_model_id(model_id)
        created = datetime.datetime.now(datetime.UTC)
        model_id = model_id or f"{_slug(name)}-{created:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}"
        final = self.root / model_id
        if final.exists():
            raise StoreError(_("A model with id {id} already exists.").format(id=model_id))
        self.root.mkdir(parents=True, exist_ok=True)
        self.remove_stale_temporaries()
        temporary = Path(tempfile.mkdtemp(dir=self.root, prefix=TEMPORARY_PREFIX))
        try:
            if isinstance(model, bytes):
                write_bytes(temporary / WEIGHTS_FILE, model)
            else:
                from lenet_core.model import save_weights  # deferred: TensorFlow

                save_weights(model, temporary / WEIGHTS_FILE)
            if evaluation is not None and not isinstance(evaluation, dict):
                evaluation = evaluation.to_dict()
            metadata = {
                "name": name,
                "dataset": config.dataset,
                "architecture": config.architecture.to_dict(),
                "parameters": config.architecture.parameter_count(),
                "config": config.to_dict(),
                "history": history or {},
                "test_accuracy": evaluation["accuracy"] if evaluation is not None else None,
                "evaluation": evaluation,
                "training_seconds": seconds,
                "created": created.isoformat(timespec="seconds"),
                "owner": owner,
                "owner_name": owner_name,
                "command": command,
            } | {key: value for key, value in (extra or {}).items() if key != "shipped"}
            write_json(temporary / METADATA_FILE, metadata)
            if snapshots:
                from lenet_core.snapshots import SNAPSHOTS_FILE

                write_bytes(temporary / SNAPSHOTS_FILE, snapshots)
            # Both files were fsynced, with their folder, by their atomic writes: the model is on
            # disk before its name appears, and its name is once the root folder is synced too.
            rename(temporary, final)
            fsync_path(self.root)
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
        return _read_record(final)

    def update_metadata(self, model_id: str, **fields) -> ModelRecord:
        record = self.get(model_id)
        if record is None or not record.metadata:
            raise StoreError(_("Model {id} not found or unreadable.").format(id=model_id))
        write_json(record.folder / METADATA_FILE, record.metadata | fields)
        return _read_record(record.folder)

    def ship(self, model_id: str, shipped: bool = True) -> ModelRecord:
        """Marks a model as shipped by the server owner (listed first, preselected); the CLI's tool."""
        return self.update_metadata(model_id, shipped=shipped)

    def check_student_name(self, name: str, records: list[ModelRecord] | None = None) -> str:
        """A student's model name, cleaned; StoreError when it could pass for a shipped model's
        (a reserved word, or a shipped model's own name in any case). `records`: the store's
        listing when the caller already has it."""
        name = sanitize_name(name)
        try:
            check_not_reserved(name, N_("A model's name"))
        except ValueError as error:
            raise StoreError(str(error)) from None
        listed = self.list() if records is None else records
        shipped = {record.name.casefold() for record in listed if record.is_shipped}
        if name.casefold() in shipped:
            raise StoreError(_("“{name}” is a shipped model's name: give yours a name of its own.").format(name=name))
        return name

    def may_delete(self, record: ModelRecord, owner: str | None, teacher: bool = False) -> bool:
        """Whether the app may offer to delete `record`: its owner's or the teacher's, never a shipped one."""
        if record.is_shipped:
            return False
        return teacher or (owner is not None and record.owner == owner)

    def delete(self, model_id: str, owner: str | None, teacher: bool = False, force: bool = False) -> None:
        """Deletes a model: its owner (student token) or the teacher may; `force` (the CLI) also shipped ones."""
        record = self.get(model_id)
        # Gone by now: another delete renamed it away, perhaps while `get` read it.
        if record is None or not record.folder.is_dir():
            raise StoreError(_("Model {id} not found: it may have been deleted already.").format(id=model_id))
        if record.is_shipped and not force:
            raise StoreError(_("The shipped default models can only be deleted with the command line."))
        if not force and not self.may_delete(record, owner, teacher):
            raise StoreError(_("Only the student who created this model, or the teacher, can delete it."))
        graveyard = self.root / f"{TEMPORARY_PREFIX}deleted-{model_id}-{uuid.uuid4().hex[:8]}"
        try:
            rename(record.folder, graveyard)  # atomic: the model vanishes from listings at once
        except FileNotFoundError:
            # Two clicks on Delete, or two sessions: the other one renamed it away first.
            raise StoreError(
                _("Model {id} was already deleted (a second click or another session).").format(id=model_id)
            ) from None
        except FileBusyError as error:
            raise StoreError(
                _("Model {id} could not be deleted now: {error}.").format(id=model_id, error=error)
            ) from None
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
    return settings.models_dir()


def open_store() -> ModelStore:
    """The store at `LENET_MODELS_DIR`, or `data/models/`."""
    return ModelStore(store_root())


def main(argv: list[str] | None = None) -> int:
    """`python -m lenet_core.store list` / `delete ID` / `ship ID` / `unship ID`: the server owner's tools."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m lenet_core.store")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="list every model with its id")
    for command, help_text in (
        ("delete", "delete a model by id"),
        ("ship", "mark a model as shipped: listed first and preselected for everyone"),
        ("unship", "take the shipped mark off a model"),
    ):
        commands.add_parser(command, help=help_text).add_argument("model_id")
    args = parser.parse_args(argv)
    store = open_store()
    if args.command == "list":
        for record in store.list():
            shipped = "shipped" if record.is_shipped else ""
            print(f"{record.model_id}\t{shipped}\t{terminal_safe(record.label())}\t{terminal_safe(record.owner_name)}")
        return 0
    try:
        if args.command == "delete":
            store.delete(args.model_id, owner=None, force=True)
        else:
            store.ship(args.model_id, shipped=args.command == "ship")
    except StoreError as error:
        print(f"[ERROR] {error}")
        return 2
    print(f"[INFO] {args.command} {args.model_id}: done")
    return 0


def terminal_safe(text: str) -> str:
    """Text for a terminal: control characters (escape sequences could recolour or move the cursor)
    shown as \\x.. instead of acted upon. Names are sanitised when saved, but folders can be copied in."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(text))


if __name__ == "__main__":
    raise SystemExit(main())
