"""The kinds of job in one table: what a worker runs, which class limits apply, what the model
store keeps of the result, and what the Train page calls it. A fourth kind is one more row (and
its task in `worker`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from lenet_core.base.i18n import N_
from lenet_core.jobs.messages import Result
from lenet_core.jobs.records import FINE_TUNE, SCORE, TRAIN
from lenet_core.jobs.worker import run_fine_tuning, run_scoring, run_training


@dataclasses.dataclass(frozen=True)
class Kind:
    title: str  # marked for the catalogue; shown with _()
    task: Callable[..., dict]  # the worker's function: (job_id, config, payload, protocol) -> Result as data
    trains: bool  # the whole training is checked against the class limits (else the architecture only)
    stored: Callable[[Result], dict]  # the store's extra metadata for the model it produces


def _training_metadata(result: Result) -> dict:
    return {"best_epoch": result.best_epoch, "images_per_second": result.images_per_second}


def _fine_tuning_metadata(result: Result) -> dict:
    return _training_metadata(result) | {"fine_tune": result.fine_tune}


KINDS = {
    TRAIN: Kind(N_("training"), run_training, True, _training_metadata),
    SCORE: Kind(N_("scoring"), run_scoring, False, lambda result: {"source": "uploaded"}),
    FINE_TUNE: Kind(N_("fine-tuning"), run_fine_tuning, True, _fine_tuning_metadata),
}


def kind_of(name: str) -> Kind:
    """The row of job kind `name`; ValueError for an unknown one."""
    if name not in KINDS:
        raise ValueError(f"Unknown job kind {name!r}.")
    return KINDS[name]
