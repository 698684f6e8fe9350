"""The model store: every trained model as `data/models/<id>/` with weights and JSON metadata.

Shared by every session of the server. Writes are atomic (a temporary folder renamed into
place), user-typed names never reach the file system, and a damaged folder is listed as
unusable with its reason while the others keep working. No TensorFlow at import time.
"""

from __future__ import annotations

import datetime
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from pathlib import Path

from lenet_core.base import settings
from lenet_core.base.files import (
    FileBusyError,
    fsync_path,
    rename,
    write_bytes,
    write_json,
)
from lenet_core.base.i18n import N_, _
from lenet_core.base.names import check_not_reserved
from lenet_core.store.records import (
    METADATA_FILE,
    MODEL_ID,
    WEIGHTS_FILE,
    ModelRecord,
    StoreError,
    check_model_id,
    read_record,
    sanitize_name,
)

TEMPORARY_PREFIX = ".tmp-"
STALE_TEMPORARY_SECONDS = 3600


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:32] or "model"
    # "default-..." is how the shipped models' ids read; a student's "Default" must not look like one.
    return f"user-{slug}" if slug.startswith("default") else slug


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
            record = read_record(folder)
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
        return read_record(folder) if folder.is_dir() else None

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
        model_id = model_id or f"{slug(name)}-{created:%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}"
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
                from lenet_core.network.model import save_weights  # deferred: TensorFlow

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
                from lenet_core.network.snapshots import SNAPSHOTS_FILE

                write_bytes(temporary / SNAPSHOTS_FILE, snapshots)
            # Both files were fsynced, with their folder, by their atomic writes: the model is on
            # disk before its name appears, and its name is once the root folder is synced too.
            rename(temporary, final)
            fsync_path(self.root)
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
        return read_record(final)

    def update_metadata(self, model_id: str, **fields) -> ModelRecord:
        record = self.get(model_id)
        if record is None or not record.metadata:
            raise StoreError(_("Model {id} not found or unreadable.").format(id=model_id))
        write_json(record.folder / METADATA_FILE, record.metadata | fields)
        return read_record(record.folder)

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
