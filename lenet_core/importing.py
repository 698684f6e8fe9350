"""Bringing your own weights: validated against an architecture and the test set before storing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from lenet_core.architecture import Architecture
from lenet_core.classroom import Limits, check_architecture, load_limits
from lenet_core.config import TrainingConfig
from lenet_core.datasets import load_dataset
from lenet_core.evaluation import evaluate
from lenet_core.model import build_model, load_weights
from lenet_core.store import ModelRecord, ModelStore

MAX_WEIGHTS_BYTES = 20 * 1024 * 1024


def import_weights(
    store: ModelStore,
    data: bytes,
    dataset: str,
    architecture: Architecture,
    name: str,
    owner: str | None = None,
    owner_name: str | None = None,
    limits: Limits | None = None,
) -> ModelRecord:
    """Loads uploaded weights into `architecture`, measures test accuracy, and stores the model.

    Raises LimitError (the architecture exceeds the class limits: checked before anything is
    built), WeightsError (wrong architecture, not HDF5) or ValueError (too large) with a message
    for the student; nothing is stored unless the weights load.
    """
    check_architecture(architecture, limits or load_limits())
    if len(data) > MAX_WEIGHTS_BYTES:
        raise ValueError(f"The file is {len(data) / 1e6:.1f} MB; weights files here are at most 20 MB.")
    model = build_model(architecture)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "uploaded"
        path.write_bytes(data)
        load_weights(model, path)
    test = load_dataset(dataset)
    evaluation = evaluate(model, test.test_images, test.test_labels)
    config = TrainingConfig(dataset=dataset, architecture=architecture, epochs=1)
    return store.save(
        model, name, config, evaluation=evaluation, owner=owner, owner_name=owner_name, extra={"source": "uploaded"}
    )
