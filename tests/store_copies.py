"""Students' models for page tests, made the quick way: a shipped model's folder copied and relabelled."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lenet_core.base.settings import DATA_DIR


def copy_model(store_root: Path, model_id: str, name: str, owner: str | None, owner_name: str = "") -> Path:
    """A copy of the shipped MNIST model as a student's model: new id, name and owner; not shipped."""
    folder = Path(store_root) / model_id
    shutil.copytree(DATA_DIR / "models" / "default-mnist", folder)
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata.pop("shipped", None)
    metadata |= {"name": name, "owner": owner, "owner_name": owner_name, "command": None}
    metadata["created"] = "2026-11-28T10:00:00+00:00"  # newer than the shipped model: listed before it
    (folder / "metadata.json").write_text(json.dumps(metadata))
    return folder
