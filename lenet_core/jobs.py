"""Background training jobs shared by every session of the server.

A job trains in a worker thread, not in a page's script run, so reloading, switching pages or
closing the tab never kills it. At most `max_running` jobs train at once; the rest wait in a
queue. Job records are written to `data/jobs/` so a restarted server shows an interrupted job
as interrupted rather than running forever.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import threading
import time
import traceback
import uuid
from pathlib import Path

from lenet_core.config import TrainingConfig
from lenet_core.datasets import DATA_DIR
from lenet_core.files import write_json
from lenet_core.store import ModelStore, open_store, sanitize_name

QUEUED, RUNNING, FINISHED, STOPPED, FAILED, INTERRUPTED = (
    "queued",
    "running",
    "finished",
    "stopped",
    "failed",
    "interrupted",
)
ACTIVE_STATES = (QUEUED, RUNNING)
MAX_LIVE_POINTS = 400  # within-epoch points kept for the running curve


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


@dataclasses.dataclass
class Job:
    job_id: str
    config: TrainingConfig
    name: str  # the model's name in the store
    owner: str | None  # the session that may stop it
    state: str = QUEUED
    error: str | None = None
    created: str = dataclasses.field(default_factory=_now)
    started_at: float | None = None  # time.time()
    finished_at: float | None = None
    queue_position: int | None = None  # 1 = next to run
    epoch: int = 0  # epoch in progress, 1-based
    batch: int = 0
    batches: int = 0
    images_per_second: float = 0.0
    eta_seconds: float | None = None
    history: dict[str, list[float]] = dataclasses.field(default_factory=dict)
    live_points: list[tuple[float, float, float]] = dataclasses.field(default_factory=list)  # (epoch, loss, acc)
    updates: int = 0  # bumped on every progress report, so pages can tell new data from old
    model_id: str | None = None
    test_accuracy: float | None = None
    best_epoch: int | None = None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def fraction_done(self) -> float:
        if not self.batches:
            return 0.0
        done = (self.epoch - 1) * self.batches + self.batch
        return min(1.0, max(0.0, done / (self.config.epochs * self.batches)))

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["config"] = self.config.to_dict()
        data.pop("live_points")
        return data


class JobManager:
    """Runs training jobs in background threads, one (by default) at a time, in submission order."""

    def __init__(self, store: ModelStore | None = None, jobs_dir: Path | None = None, max_running: int = 1):
        self.store = store or open_store()
        self.jobs_dir = Path(jobs_dir) if jobs_dir else None
        self.max_running = max_running
        self._lock = threading.Lock()
        self._jobs: dict[str, Job] = {}
        self._queue: list[str] = []
        self._stops: dict[str, threading.Event] = {}
        self._running = 0
        self._recover_interrupted()

    # Public API: every method returns copies, so callers never see a record change under them.

    def submit(self, config: TrainingConfig, name: str, owner: str | None = None) -> Job:
        job = Job(job_id=uuid.uuid4().hex[:12], config=config, name=sanitize_name(name), owner=owner)
        with self._lock:
            self._jobs[job.job_id] = job
            self._queue.append(job.job_id)
            self._stops[job.job_id] = threading.Event()
            self._renumber_queue()
            self._persist(job)
            self._start_workers()
            return self.snapshot(job)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return self.snapshot(job) if job else None

    def list(self) -> list[Job]:
        """Every job this server knows, newest first."""
        with self._lock:
            return [self.snapshot(job) for job in sorted(self._jobs.values(), key=lambda j: j.created, reverse=True)]

    def stop(self, job_id: str, owner: str | None) -> bool:
        """Asks a job to stop after its current batch (or leave the queue); only its owner may."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or not job.active:
                return False
            if job.owner is not None and job.owner != owner:
                raise PermissionError("Only the session that started this job can stop it.")
            if job.state == QUEUED:
                self._queue.remove(job_id)
                job.state, job.finished_at = STOPPED, time.time()
                self._renumber_queue()
                self._persist(job)
            self._stops[job_id].set()
            return True

    def wait(self, job_id: str, timeout: float | None = None) -> Job:
        """Blocks until the job has ended (for tests and the CLI)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            job = self.get(job_id)
            if job is None or not job.active:
                return job
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"Job {job_id} still {job.state} after {timeout} s.")
            time.sleep(0.05)

    @staticmethod
    def snapshot(job: Job) -> Job:
        return dataclasses.replace(
            job,
            history={key: list(values) for key, values in job.history.items()},
            live_points=list(job.live_points),
        )

    # Internals.

    def _renumber_queue(self) -> None:
        for position, job_id in enumerate(self._queue, start=1):
            self._jobs[job_id].queue_position = position

    def _start_workers(self) -> None:
        while self._running < self.max_running and self._queue:
            job = self._jobs[self._queue.pop(0)]
            job.state, job.queue_position, job.started_at = RUNNING, None, time.time()
            self._running += 1
            self._renumber_queue()
            self._persist(job)
            thread = threading.Thread(target=self._run, args=(job,), name=f"train-{job.job_id}", daemon=True)
            thread.start()

    def _run(self, job: Job) -> None:
        try:
            result, evaluation = self._train(job)
            with self._lock:
                job.history = result.history
                job.best_epoch = result.best_epoch
            record = self.store.save(
                result.model,
                name=job.name,
                config=job.config,
                history=result.history,
                evaluation=evaluation,
                seconds=result.seconds,
                owner=job.owner,
                extra={"images_per_second": result.images_per_second, "best_epoch": result.best_epoch},
            )
            with self._lock:
                job.state = STOPPED if result.stopped else FINISHED
                job.model_id, job.test_accuracy = record.model_id, evaluation.accuracy
        except Exception as error:  # a failing job is reported, never crashes the server
            with self._lock:
                job.state = FAILED
                job.error = f"{type(error).__name__}: {error}"
                job.eta_seconds = None
            traceback.print_exc()
        finally:
            with self._lock:
                job.finished_at = time.time()
                job.updates += 1
                self._persist(job)
                self._running -= 1
                self._start_workers()

    def _train(self, job: Job):
        from lenet_core.datasets import load_dataset  # deferred: TensorFlow only when a job runs
        from lenet_core.evaluation import evaluate
        from lenet_core.training import train

        def on_batch(progress) -> None:
            with self._lock:
                job.epoch, job.batch, job.batches = progress.epoch, progress.batch, progress.batches
                job.images_per_second = progress.images_per_second
                remaining = 1.0 - job.fraction_done
                job.eta_seconds = progress.elapsed * remaining / max(job.fraction_done, 1e-9)
                job.live_points.append(
                    (progress.epoch - 1 + progress.batch / progress.batches, progress.loss, progress.accuracy)
                )
                del job.live_points[:-MAX_LIVE_POINTS]
                job.updates += 1

        def on_epoch(progress) -> None:
            with self._lock:
                for key, value in progress.metrics.items():
                    job.history.setdefault(key, []).append(value)
                job.history.setdefault("seconds", []).append(progress.seconds)
                job.live_points = [point for point in job.live_points if point[0] > progress.epoch]
                job.updates += 1
                self._persist(job)

        result = train(job.config, on_epoch=on_epoch, on_batch=on_batch, batch_every=5, stop=self._stops[job.job_id])
        dataset = load_dataset(job.config.dataset)
        return result, evaluate(result.model, dataset.test_images, dataset.test_labels)

    def _persist(self, job: Job) -> None:
        if self.jobs_dir is None:
            return
        try:
            self.jobs_dir.mkdir(parents=True, exist_ok=True)
            write_json(self.jobs_dir / f"{job.job_id}.json", job.to_dict())
        except OSError:
            traceback.print_exc()  # losing a job's record must not stop its training

    def _recover_interrupted(self) -> None:
        """Jobs that were queued or running when the server last stopped are marked interrupted."""
        if self.jobs_dir is None or not self.jobs_dir.is_dir():
            return
        for path in sorted(self.jobs_dir.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                job = Job(**(data | {"config": TrainingConfig.from_dict(data["config"])}))
            except (OSError, ValueError, TypeError, KeyError):
                continue
            if job.active:
                job.state = INTERRUPTED
                job.error = "The server stopped while this job was queued or training; start it again."
                job.queue_position = None
                self._persist(job)
            self._jobs[job.job_id] = job


_manager: JobManager | None = None
_manager_lock = threading.Lock()


def get_manager() -> JobManager:
    """The process-wide job manager (`LENET_MAX_JOBS` jobs train at once; default 1)."""
    global _manager
    with _manager_lock:
        if _manager is None:
            jobs_dir = Path(os.environ.get("LENET_JOBS_DIR") or DATA_DIR / "jobs")
            _manager = JobManager(jobs_dir=jobs_dir, max_running=int(os.environ.get("LENET_MAX_JOBS", "1")))
        return _manager
