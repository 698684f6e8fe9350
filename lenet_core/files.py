"""Atomic file writes: a temporary file next to the destination, renamed into place."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: Path, suffix: str = ".tmp") -> Iterator[Path]:
    """Yields a temporary path to write; on success it replaces `path`, on failure it vanishes.

    An interrupted write therefore never leaves a half-written file under the real name.
    `suffix` keeps the extension tools look at (Keras insists on ".weights.h5").
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{suffix}")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_json(path: Path, data: dict) -> None:
    """Writes JSON atomically and durably (flushed to disk before the rename)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=1)
        stream.flush()
        os.fsync(stream.fileno())
