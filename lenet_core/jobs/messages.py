"""What a worker and the server tell each other about a job, typed on both sides.

Over Dask they travel as plain data (`to_wire`: a dict of numbers, strings, lists and bytes, the
progress messages tagged with their `type`), so the protocol check in `worker.PROTOCOL` is what
keeps the two sides in step; on either side they are these dataclasses, so a misspelt field fails
where it is written, not later on a server thread that reads it.
"""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass(frozen=True)
class Started:
    """The job's task began on a worker (sent once; twice means Dask retried it after a crash)."""

    worker: str  # the worker's Dask address
    pid: int


@dataclasses.dataclass(frozen=True)
class BatchEnded:
    """Every few batches: where training is, for the live chart and the time left."""

    epoch: int
    batch: int
    batches: int
    loss: float
    accuracy: float
    images_per_second: float
    elapsed: float  # seconds since training began


@dataclasses.dataclass(frozen=True)
class EpochEnded:
    epoch: int
    metrics: dict[str, float]  # Keras's logs: loss, accuracy, val_loss, val_accuracy
    seconds: float


Progress = Started | BatchEnded | EpochEnded
PROGRESS_TYPES: dict[str, type] = {"started": Started, "batch": BatchEnded, "epoch": EpochEnded}


@dataclasses.dataclass(frozen=True)
class Result:
    """What a finished job sends back; the server alone writes it to the model store."""

    weights: bytes | None  # the .weights.h5 file's bytes; None: a scoring job stopped before it scored
    stopped: bool  # the owner pressed Stop: the weights are those reached by then
    history: dict[str, list[float]] = dataclasses.field(default_factory=dict)
    evaluation: dict[str, Any] | None = None  # Evaluation.to_dict() on the test set
    seconds: float | None = None
    images_per_second: float | None = None
    best_epoch: int | None = None  # early stopping's kept epoch
    snapshots: list | None = None  # lenet_core.network.snapshots, for the replay
    fine_tune: dict[str, Any] | None = None  # lenet_core.finetune's summary (fine-tuning jobs)

    def to_wire(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_wire(cls, data: dict) -> Result:
        return _build(cls, data, "result")


def to_wire(message: Progress) -> dict:
    """A progress message as the worker sends it: its fields and its `type`."""
    kind = next(name for name, type_ in PROGRESS_TYPES.items() if isinstance(message, type_))
    return {"type": kind, **dataclasses.asdict(message)}


def progress_from_wire(data: dict) -> Progress:
    """The message a worker sent; ValueError for one this server cannot read (another version)."""
    fields = dict(data)
    type_ = PROGRESS_TYPES.get(fields.pop("type", None))
    if type_ is None:
        raise ValueError(f"A worker sent a progress message of unknown type {data.get('type')!r}.")
    return _build(type_, fields, "progress message")


def _build(type_, fields: dict, what: str):
    try:
        return type_(**fields)
    except TypeError as error:  # a missing or unknown field
        raise ValueError(f"A worker sent a {what} this server cannot read ({error}).") from None
