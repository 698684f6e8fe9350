"""Job records: what a job is, its states, and its JSON file under `data/jobs/`.

A record is plain data (no TensorFlow, no Dask), kept in the server's memory and written to disk
on every change of state and every epoch, so a restarted server can show a job that was cut off
as interrupted instead of running forever.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import traceback
from pathlib import Path

from lenet_core.base.files import write_json
from lenet_core.base.i18n import N_
from lenet_core.jobs.messages import BatchEnded, EpochEnded
from lenet_core.network.config import TrainingConfig

QUEUED, RUNNING, FINISHED, STOPPED, FAILED, INTERRUPTED = (
    "queued",
    "running",
    "finished",
    "stopped",
    "failed",
    "interrupted",
)
ACTIVE_STATES = (QUEUED, RUNNING)
STATE_TITLES = {
    QUEUED: N_("queued"),
    RUNNING: N_("running"),
    FINISHED: N_("finished"),
    STOPPED: N_("stopped"),
    FAILED: N_("failed"),
    INTERRUPTED: N_("interrupted"),
}  # the states as the Train page shows them, with _()
# Train a new model; score uploaded weights on the test set; fine-tune a stored model on the
# class drawings (lenet_core.finetune).
TRAIN, SCORE, FINE_TUNE = "train", "score", "fine-tune"
MAX_LIVE_POINTS = 400  # within-epoch points kept for the running curve
# Kept in English in the record (every student sees it); a page shows it with _().
INTERRUPTED_MESSAGE = N_("The server stopped while this job was queued or training; start it again.")


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass
class Job:
    job_id: str
    config: TrainingConfig
    name: str  # the model's name in the store
    owner: str | None  # the student's identity token: who may stop it
    owner_name: str = ""  # the student's display name, shown to classmates
    device: str | None = None  # classroom.device_key of the student's laptop or phone: its tabs share a turn
    kind: str = TRAIN
    state: str = QUEUED
    error: str | None = None
    created: str = dataclasses.field(default_factory=_now)
    started_at: float | None = None  # time.time()
    finished_at: float | None = None
    queue_position: int | None = None  # 1 = next to run
    worker: str | None = None  # the Dask worker training it
    worker_pid: int | None = None
    epoch: int = 0  # epoch in progress, 1-based
    batch: int = 0
    batches: int = 0
    images_per_second: float = 0.0
    eta_seconds: float | None = None
    history: dict[str, list[float]] = dataclasses.field(default_factory=dict)
    live_points: list[tuple[float, float, float]] = dataclasses.field(default_factory=list)  # (epoch, loss, acc)
    updates: int = 0  # bumped on every change, so pages can tell new data from old
    model_id: str | None = None
    test_accuracy: float | None = None
    best_epoch: int | None = None
    fine_tune: dict | None = None  # a fine-tuning job's scores before and after (lenet_core.finetune)

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def fraction_done(self) -> float:
        if not self.batches:
            return 0.0
        done = (self.epoch - 1) * self.batches + self.batch
        return min(1.0, max(0.0, done / (self.config.epochs * self.batches)))

    def copy(self) -> Job:
        """A copy whose lists can be read while the original keeps changing."""
        return dataclasses.replace(
            self,
            history={key: list(values) for key, values in self.history.items()},
            live_points=list(self.live_points),
        )

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["config"] = self.config.to_dict()
        data.pop("live_points")
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Job:
        known = {field.name for field in dataclasses.fields(cls)}
        fields = {key: value for key, value in data.items() if key in known}
        return cls(**(fields | {"config": TrainingConfig.from_dict(data["config"])}))

    # Progress reported by the worker (see lenet_core.jobs.worker).

    def record_batch(self, message: BatchEnded) -> None:
        self.epoch, self.batch, self.batches = message.epoch, message.batch, message.batches
        self.images_per_second = message.images_per_second
        done = max(self.fraction_done, 1e-9)
        self.eta_seconds = message.elapsed * (1.0 - done) / done
        self.live_points.append((self.epoch - 1 + self.batch / self.batches, message.loss, message.accuracy))
        del self.live_points[:-MAX_LIVE_POINTS]

    def record_epoch(self, message: EpochEnded) -> None:
        for key, value in message.metrics.items():
            self.history.setdefault(key, []).append(value)
        self.history.setdefault("seconds", []).append(message.seconds)
        self.live_points = [point for point in self.live_points if point[0] > message.epoch]


class JobRecords:
    """Writes job records to a folder and reads them back after a restart (no folder: memory only)."""

    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None

    def write(self, job: Job) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_json(self.folder / f"{job.job_id}.json", job.to_dict())
        except OSError:
            traceback.print_exc()  # losing a job's record must not stop its training

    def recover(self) -> list[Job]:
        """Every readable record; jobs that were queued or running are now interrupted."""
        if self.folder is None or not self.folder.is_dir():
            return []
        jobs = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                job = Job.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, KeyError):
                continue
            if job.active:
                job.state, job.error, job.queue_position = INTERRUPTED, INTERRUPTED_MESSAGE, None
                self.write(job)
            jobs.append(job)
        return jobs
