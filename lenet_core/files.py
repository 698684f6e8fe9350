"""Atomic, durable file writes: a temporary file next to the destination, fsynced, renamed into place."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Flushes a file's or a folder's contents to the disk (a folder: its list of names).

    A rename is durable only once the renamed data and the folder holding the new name both are;
    without this a power cut shortly after a save can leave an empty or truncated file in place.
    """
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if Path(path).is_dir() else 0)
    descriptor = os.open(path, flags)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yields a temporary path to write; on success it replaces `path`, on failure it vanishes.

    An interrupted write therefore never leaves a half-written file under the real name. The
    written file is fsynced before the rename and the folder after it, so the new content is on
    disk once this returns. `suffix` keeps the extension tools look at (Keras insists on ".weights.h5").
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{suffix}")
    try:
        yield temporary
        fsync_path(temporary)
        os.replace(temporary, path)
        fsync_path(path.parent)
    finally:
        temporary.unlink(missing_ok=True)


def write_json(path: Path, data: dict) -> None:
    """Writes JSON atomically and durably (on disk before the rename)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=1)


def write_bytes(path: Path, data: bytes) -> None:
    """Writes bytes atomically and durably (on disk before the rename)."""
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)


def read_json_object(path: Path, when_unusable: str) -> dict:
    """The JSON object stored at `path`; {} when the file is missing, and {} with a warning (the
    server's log says why, then `when_unusable`) when it is damaged or holds something else."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        warnings.warn(f"{path} is unusable ({error}); {when_unusable}.", stacklevel=3)
        return {}
    return data if isinstance(data, dict) else {}
