"""The class's own drawings: donated from the Predict canvas, reviewed on Explore, exported as IDX.

No Streamlit here. Each entry is a folder `entries/<id>/` of the collection folder
(`LENET_COLLECTION_DIR`, default `data/collection/`) holding `entry.json` (label, author, data set,
time), `image.png` (the 28x28 image the model sees) and `canvas.png` (the raw drawing). An entry is
written in a hidden temporary folder and renamed into place, and a delete renames it away before
removing it, so a listing never sees half an entry.

The server owner's command line for it is `python -m lenet_core.collection`.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import io
import json
import re
import secrets
import shutil
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from lenet_core.base import i18n, settings
from lenet_core.base.files import MIN_FREE_BYTES, FileBusyError, free_bytes, fsync_path, rename, write_bytes, write_json
from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.base.names import MAX_DISPLAY_NAME_LENGTH, fold
from lenet_core.classroom.ratelimit import RateLimiter, Wording
from lenet_core.classroom.students import is_valid_token
from lenet_core.data.datasets import CLASS_NAMES, IMAGE_MAGIC, LABEL_MAGIC, check_name, idx_bytes
from lenet_core.data.preprocessing import MAX_CANVAS_SIDE, framing_of, prepare

ENTRIES = "entries"
ENTRY_FILE = "entry.json"
IMAGE_FILE = "image.png"  # 28x28 uint8, what the model sees
CANVAS_FILE = "canvas.png"  # the drawing as the browser sent it
ENTRY_ID = re.compile(r"\d{8}-\d{6}-\d{6}-[0-9a-f]{8}")  # UTC time to the microsecond, random: sorts by age
MAX_ENTRIES = 10_000  # about 230 MB: 23 kB an entry measured, mostly file-system blocks
# A drawing's canvas PNG: 5-15 kB for strokes on the 280 x 280 canvas. Noise made to be cheap to
# check and large to keep was 3 MB; this bounds the whole collection to about 1 GB at MAX_ENTRIES.
MAX_CANVAS_PNG_BYTES = 100_000
HELD_OUT_PERCENT = 20  # of the entries, chosen by id: a fixed test set that survives growth


class CollectionError(ValueError):
    """A donation, delete or export was refused; the message says why and what to do."""


def collection_dir() -> Path:
    return settings.collection_dir()


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def split_of(entry_id: str) -> str:
    """The part an entry belongs to: "test" for a fixed fifth of the entries, "train" for the rest.

    Decided by the id alone, so an entry never changes sides as the collection grows or others
    are deleted: a model scored on the "test" part keeps being scored on the same drawings.
    """
    bucket = int(hashlib.sha256(entry_id.encode()).hexdigest()[:8], 16) % 100
    return "test" if bucket < HELD_OUT_PERCENT else "train"


@dataclasses.dataclass(frozen=True)
class Entry:
    entry_id: str
    folder: Path
    dataset: str
    label: int  # 0..9
    author: str  # the student's token: who may delete it
    author_name: str  # the display name the student had when donating ("" if none)
    created: str  # UTC, ISO 8601

    @property
    def class_name(self) -> str:
        return CLASS_NAMES[self.dataset][self.label]

    @property
    def split(self) -> str:
        return split_of(self.entry_id)

    def image(self) -> np.ndarray:
        """(28, 28) uint8, white ink on black as in the data sets; OSError once deleted."""
        with Image.open(self.folder / IMAGE_FILE) as image:
            return np.asarray(image.convert("L"), dtype=np.uint8)

    def canvas_png(self) -> bytes:
        return (self.folder / CANVAS_FILE).read_bytes()


class DonationLimiter(RateLimiter):
    """At most `per_student` donations a minute from one student, and `per_server` from everyone
    (a student who opens new tabs to get new identities still cannot flood the disk)."""

    def __init__(
        self,
        per_student: int = 10,
        per_server: int = 300,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        wording = Wording(N_("added"), N_("drawings"), N_("add this one again"))
        super().__init__(per_student, per_server, wording, CollectionError, window_seconds, clock)


LIMITER = DonationLimiter()  # one per server process, shared by every session


def _png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def _check_canvas(canvas) -> np.ndarray:
    array = np.asarray(canvas) if canvas is not None else None
    if array is None or array.ndim != 3 or array.shape[2] not in (3, 4) or array.size == 0:
        raise CollectionError(_("Nothing to add: draw on the canvas first."))
    if max(array.shape[:2]) > MAX_CANVAS_SIDE:
        raise CollectionError(
            _("The drawing is {width}x{height}; at most {side} a side.").format(
                width=array.shape[1], height=array.shape[0], side=MAX_CANVAS_SIDE
            )
        )
    if array.dtype != np.uint8:
        array = np.clip(array, 0, 255).astype(np.uint8)
    return array


def _check_label(label, dataset: str) -> int:
    if label is None:
        raise CollectionError(_("Pick the label first: which class did you draw?"))
    if isinstance(label, bool) or not isinstance(label, int | np.integer) or not 0 <= int(label) < 10:
        raise CollectionError(
            _("The label must be one of the 10 classes: {classes}.").format(
                classes=", ".join(shown_class_names(CLASS_NAMES[dataset]))
            )
        )
    return int(label)


class Collection:
    """The class drawings under `root` (default: `collection_dir()`)."""

    def __init__(self, root: Path | None = None, limiter: DonationLimiter | None = None):
        self.root = Path(root) if root is not None else collection_dir()
        self.entries_dir = self.root / ENTRIES
        self.limiter = limiter or LIMITER

    # --- Adding -------------------------------------------------------------------------------

    def donate(self, canvas: np.ndarray, label, dataset: str, author_token: str, author_name: str = "") -> Entry:
        """Saves a drawing with its label; CollectionError (nothing written) when it is refused.

        `canvas`: the browser canvas as (H, W, 4) or (H, W, 3) uint8. It is prepared here as the
        Predict page prepares it, so the stored 28x28 image is what the model was shown.
        """
        check_name(dataset)
        if not is_valid_token(author_token):
            raise CollectionError(_("This browser's student token is malformed; reload the page without it."))
        label = _check_label(label, dataset)
        canvas = _check_canvas(canvas)
        prepared = prepare(canvas, framing_of(dataset))
        if prepared.image is None:
            raise CollectionError(_("Nothing to add. {reason}").format(reason=prepared.message))
        if self.count() >= MAX_ENTRIES:
            raise CollectionError(
                _("The class collection is full ({count} drawings). Ask the teacher to delete some.").format(
                    count=i18n.number(MAX_ENTRIES)
                )
            )
        image = np.round(prepared.image * 255).astype(np.uint8)  # (28, 28), as the data sets store it
        canvas_png = _png(canvas)
        if len(canvas_png) > MAX_CANVAS_PNG_BYTES:
            raise CollectionError(
                _(
                    "This drawing would take {size} kB to keep, far more than strokes do (at most {most} kB): "
                    "clear the canvas and draw again."
                ).format(size=i18n.number(len(canvas_png) / 1000, 0), most=MAX_CANVAS_PNG_BYTES // 1000)
            )
        free = free_bytes(self.root)
        if free < MIN_FREE_BYTES:
            raise CollectionError(
                _(
                    "The server's disk has only {free} MB free, so new drawings are refused and the models can "
                    "still be saved. Tell the teacher."
                ).format(free=i18n.number(free / 1e6, 0))
            )
        counted = self.limiter.reserve(author_token)
        try:
            return self._write(canvas_png, image, label, dataset, author_token, author_name)
        except OSError as error:
            self.limiter.release(author_token, counted)
            raise CollectionError(
                _("The drawing could not be saved ({error}). Tell the teacher.").format(error=error)
            ) from error

    def _write(self, canvas_png: bytes, image, label, dataset, author_token, author_name) -> Entry:
        now = time.time()
        stamp = f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime(now))}-{int(now % 1 * 1e6):06d}"
        entry_id = f"{stamp}-{secrets.token_hex(4)}"
        metadata = {
            "id": entry_id,
            "dataset": dataset,
            "label": label,
            "author": author_token,
            "author_name": fold(author_name)[:MAX_DISPLAY_NAME_LENGTH].rstrip(),  # as the registry cleans names
            "created": _now(),
        }
        self.entries_dir.mkdir(parents=True, exist_ok=True)
        temporary = self.entries_dir / f".tmp-{entry_id}"
        try:
            temporary.mkdir()
            write_bytes(temporary / IMAGE_FILE, _png(image))
            write_bytes(temporary / CANVAS_FILE, canvas_png)
            write_json(temporary / ENTRY_FILE, metadata)
            rename(temporary, self.entries_dir / entry_id)  # the entry appears whole, or not at all
            fsync_path(self.entries_dir)
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
        return self._entry(self.entries_dir / entry_id, metadata)

    # --- Reading ------------------------------------------------------------------------------

    def _entry(self, folder: Path, metadata: dict) -> Entry:
        dataset = check_name(metadata["dataset"])
        return Entry(
            entry_id=folder.name,
            folder=folder,
            dataset=dataset,
            label=_check_label(metadata["label"], dataset),
            author=str(metadata.get("author", "")),
            author_name=str(metadata.get("author_name", "")),
            created=str(metadata.get("created", "")),
        )

    def _folders(self) -> list[Path]:
        try:
            return sorted(path for path in self.entries_dir.iterdir() if ENTRY_ID.fullmatch(path.name))
        except FileNotFoundError:  # nothing donated yet
            return []
        except NotADirectoryError:  # something else took its place: donations then fail with a message
            return []

    def count(self) -> int:
        return len(self._folders())

    def get(self, entry_id: str) -> Entry | None:
        """The entry, or None when there is none by that id (deleted, or never was)."""
        if not isinstance(entry_id, str) or not ENTRY_ID.fullmatch(entry_id):
            return None
        return self._read(self.entries_dir / entry_id)

    def _read(self, folder: Path) -> Entry | None:
        try:
            metadata = json.loads((folder / ENTRY_FILE).read_text(encoding="utf-8"))
            return self._entry(folder, metadata)
        except (FileNotFoundError, NotADirectoryError):
            return None  # deleted while we listed: simply no longer there
        except (OSError, ValueError, KeyError, TypeError) as error:
            warnings.warn(f"{folder} is unusable ({error}); left out of the class drawings.", stacklevel=2)
            return None

    def entries(self, dataset: str | None = None, label: int | None = None, author: str | None = None) -> list[Entry]:
        """Entries, oldest first, optionally of one data set, label and author token."""
        found = []
        for folder in self._folders():
            entry = self._read(folder)
            if entry is None:
                continue
            if dataset is not None and entry.dataset != dataset:
                continue
            if label is not None and entry.label != label:
                continue
            if author is not None and entry.author != author:
                continue
            found.append(entry)
        return found

    def arrays(self, dataset: str, split: str | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """Images (N, 28, 28) uint8, labels (N,) uint8 and entry ids of a data set's drawings, oldest
        first; `split` "train" or "test" keeps only that part (see `split_of`)."""
        images, labels, ids = [], [], []
        for entry in self.entries(dataset):
            if split is not None and entry.split != split:
                continue
            try:
                images.append(entry.image())
            except OSError:  # deleted since it was listed
                continue
            labels.append(entry.label)
            ids.append(entry.entry_id)
        stacked = np.stack(images) if images else np.zeros((0, 28, 28), np.uint8)
        return stacked, np.asarray(labels, np.uint8), ids

    def version(self, dataset: str) -> str:
        """Changes whenever a drawing of `dataset` is added or deleted: a key for cached scores."""
        digest = hashlib.sha256()
        for entry in self.entries(dataset):
            digest.update(f"{entry.entry_id}:{entry.label};".encode())
        return digest.hexdigest()[:16]

    # --- Deleting -----------------------------------------------------------------------------

    @staticmethod
    def may_delete(entry: Entry, requester_token: str | None, teacher: bool = False) -> bool:
        """The teacher may delete any entry, a student only their own."""
        return teacher or (is_valid_token(requester_token) and entry.author == requester_token)

    def delete(self, entry_id: str, requester_token: str | None, teacher: bool = False) -> None:
        """Deletes an entry if `requester_token` is its author or `teacher`; else CollectionError."""
        entry = self.get(entry_id)
        if entry is None:
            raise CollectionError(_("That drawing is no longer in the collection: it may have been deleted already."))
        if not self.may_delete(entry, requester_token, teacher):
            raise CollectionError(_("Only the student who added this drawing, or the teacher, can delete it."))
        graveyard = self.entries_dir / f".deleted-{entry_id}-{secrets.token_hex(4)}"
        try:
            rename(entry.folder, graveyard)  # gone from listings at once
        except FileNotFoundError:
            raise CollectionError(_("That drawing was already deleted (a second click or another session).")) from None
        except FileBusyError as error:
            raise CollectionError(_("That drawing could not be deleted now: {error}.").format(error=error)) from None
        shutil.rmtree(graveyard, ignore_errors=True)

    # --- Exporting ----------------------------------------------------------------------------

    def idx_files(self, dataset: str, split: str | None = None) -> dict[str, bytes]:
        """The drawings as two gzipped IDX files (file name -> bytes), in the data sets' own format.

        Built from one listing, so the images and labels always agree. CollectionError when empty.
        """
        images, labels, _ids = self.arrays(check_name(dataset), split)
        if not len(images):
            raise CollectionError(
                _("There are no class drawings of {dataset} yet: nothing to export.").format(dataset=dataset)
            )
        prefix = f"class-drawings-{dataset}" + (f"-{split}" if split else "")
        return {
            f"{prefix}-images-idx3-ubyte.gz": idx_bytes(images, IMAGE_MAGIC),
            f"{prefix}-labels-idx1-ubyte.gz": idx_bytes(labels, LABEL_MAGIC),
        }

    def export_idx(self, folder: Path, dataset: str, split: str | None = None) -> list[Path]:
        """Writes the two IDX files into `folder` (created if needed); returns their paths."""
        files = self.idx_files(dataset, split)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, data in files.items():
            write_bytes(folder / name, data)
            paths.append(folder / name)
        return paths

    def idx_zip(self, dataset: str) -> bytes:
        """The two IDX files in one zip: one download, so images and labels come from one listing."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # already gzipped
            for name, data in self.idx_files(dataset).items():
                archive.writestr(name, data)
        return buffer.getvalue()
