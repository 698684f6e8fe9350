"""`JobManager`: the background jobs shared by every session of the server (see the package's
parts in `lenet_core/jobs/__init__.py`). It lives in the server process; no TensorFlow runs here.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from pathlib import Path

from lenet_core.base import settings
from lenet_core.base.i18n import _
from lenet_core.classroom.limits import (
    check_active_jobs,
    check_architecture,
    check_model_count,
    check_training,
    load_limits,
)
from lenet_core.jobs.executor import ClusterUnavailable, DaskExecutor
from lenet_core.jobs.kinds import kind_of
from lenet_core.jobs.messages import BatchEnded, EpochEnded, Progress, Result, Started
from lenet_core.jobs.queue import FairQueue
from lenet_core.jobs.records import (
    FAILED,
    FINE_TUNE,
    FINISHED,
    QUEUED,
    RUNNING,
    SCORE,
    STOPPED,
    TRAIN,
    Job,
    JobRecords,
)
from lenet_core.network.config import TrainingConfig
from lenet_core.store.models import ModelStore, open_store
from lenet_core.store.records import sanitize_name


class JobManager:
    """Queues jobs, hands them to the executor as workers free up, and stores their models.

    Every public method returns copies, so callers never see a record change under them.
    """

    def __init__(
        self,
        store: ModelStore | None = None,
        jobs_dir: Path | None = None,
        executor: DaskExecutor | None = None,
    ):
        self.store = store or open_store()
        self.records = JobRecords(jobs_dir)
        self._owns_executor = executor is None
        self.executor = executor or DaskExecutor.from_environment()
        self.cluster_problem: str | None = None  # why the last job could not reach the workers
        self._lock = threading.Condition()
        self._jobs: dict[str, Job] = {job.job_id: job for job in self.records.recover()}
        self._queue = FairQueue()
        self._payloads: dict[str, dict] = {}  # what queued scoring and fine-tuning jobs carry, by job id
        self._unsaved: dict[str, Result] = {}  # results whose model could not be stored, by job id
        self._stop_requested: set[str] = set()  # running jobs whose owner pressed Stop
        self._running = 0
        self._slots = 1 if self.executor.scheduler_address else self.executor.workers
        self._closed = False
        self._dispatcher = threading.Thread(target=self._dispatch_forever, name="job-dispatcher", daemon=True)
        self._dispatcher.start()

    # Public API.

    def submit(
        self,
        config: TrainingConfig,
        name: str,
        owner: str | None = None,
        owner_name: str = "",
        weights: bytes | None = None,
        fine_tune: dict | None = None,
        device: str | None = None,
    ) -> Job:
        """Queues a training job; a scoring job for uploaded `weights`; or a fine-tuning job for
        `fine_tune`, the payload of `lenet_core.jobs.requests.fine_tune_request`.

        Raises LimitError (a ValueError) when the job or the student's number of active jobs is
        over the class limits; the message says which limit and what to change. `device`
        (`classroom.device_key`): the tabs of one device share the active-job limit and one turn.
        """
        limits = load_limits()  # read at every submit, so the teacher's changes apply at once
        kind, payload = TRAIN, None
        if weights is not None:
            kind, payload = SCORE, {"weights": weights}
        elif fine_tune is not None:
            kind, payload = FINE_TUNE, fine_tune
        if kind_of(kind).trains:
            check_training(config, limits)
        else:
            check_architecture(config.architecture, limits)
        records = self.store.list() if owner is not None else []  # read once: the name check and the count
        job = Job(
            job_id=uuid.uuid4().hex[:12],
            config=config,
            name=self.store.check_student_name(name, records) if owner is not None else sanitize_name(name),
            owner=owner,
            owner_name=owner_name,
            device=device,
            kind=kind,
        )
        stored = sum(record.owner == owner for record in records)
        with self._lock:  # counted and added under one lock: two quick clicks cannot both pass
            if owner is not None:
                active = sum(other.active and other.owner == owner for other in self._jobs.values())
                jobs = self._jobs.values()
                on_device = sum(1 for other in jobs if device and other.active and other.device == device)
                check_active_jobs(max(active, on_device), limits)
                check_model_count(stored, active, limits)
            self._jobs[job.job_id] = job
            if payload is not None:
                self._payloads[job.job_id] = payload
            self._queue.push(job.job_id, device or owner)
            self._renumber_queue()
            self.records.write(job)
            self._lock.notify_all()
            return job.copy()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.copy() if job else None

    def list(self) -> list[Job]:
        """Every job this server knows, newest first."""
        with self._lock:
            return [job.copy() for job in sorted(self._jobs.values(), key=lambda j: j.created, reverse=True)]

    def slots(self) -> int:
        """How many jobs train at once (the workers' threads), as last seen; the queue message says it."""
        with self._lock:
            return self._slots

    def stop(self, job_id: str, owner: str | None, teacher: bool = False) -> bool:
        """Asks a job to stop after its current batch (or leave the queue): its owner or the teacher."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or not job.active:
                return False
            if not teacher and job.owner is not None and job.owner != owner:
                raise PermissionError(_("Only the student who started this job (or the teacher) can stop it."))
            if job.state == QUEUED:
                self._queue.remove(job_id)
                self._payloads.pop(job_id, None)
                self._finish(job, STOPPED)
                self._renumber_queue()
                return True
            self._stop_requested.add(job_id)  # honoured by _start if the task is not submitted yet
        try:
            if self.executor.connected:
                self.executor.stop(job_id)
        except Exception as error:  # the page must not break on a lost cluster; the job fails anyway
            with self._lock:
                self.cluster_problem = f"Could not send the stop request: {error}"
        return True

    def wait(self, job_id: str, timeout: float) -> Job:
        """Blocks until the job has ended; raises TimeoutError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while (job := self._jobs.get(job_id)) is not None and job.active:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"Job {job_id} still {job.state} after {timeout} s.")
                self._lock.wait(min(remaining, 1.0))
            return job.copy() if job else None

    def unsaved_weights(self, job_id: str) -> bytes | None:
        """The weights of a finished job whose model could not be stored (kept in memory)."""
        with self._lock:
            outcome = self._unsaved.get(job_id)
            return outcome.weights if outcome else None

    def close(self) -> None:
        """Stops the dispatcher and the workers (tests, and the CLI at exit)."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
        self._dispatcher.join(timeout=10)
        if self._owns_executor:
            self.executor.close()

    # The dispatcher: one thread that starts queued jobs as workers free up.

    def _dispatch_forever(self) -> None:
        while True:
            with self._lock:
                while not self._closed and not (self._queue and self._running < self._slots):
                    self._lock.wait()
                if self._closed:
                    return
                job = self._jobs[self._queue.pop()]
                job.state, job.queue_position, job.started_at = RUNNING, None, time.time()
                self._running += 1
                self._renumber_queue()
                self.records.write(job)
                payload = self._payloads.pop(job.job_id, None)
            self._start(job, payload)

    def _start(self, job: Job, payload: dict | None) -> None:
        try:
            self.executor.run(
                job.job_id,
                job.kind,
                job.config.to_dict(),
                payload,
                on_message=lambda message: self._on_message(job, message),
                on_done=lambda result, error: self._on_done(job, result, error),
            )
        except Exception as error:  # ClusterUnavailable above all; anything else must not stall the queue
            message = str(error) if isinstance(error, ClusterUnavailable) else f"{type(error).__name__}: {error}"
            with self._lock:
                self.cluster_problem = message
                self._running -= 1
                job.error = message
                self._finish(job, FAILED)
            return
        with self._lock:
            stop_now = job.job_id in self._stop_requested
        if stop_now:  # Stop was pressed while the job was being handed to the workers
            self.stop(job.job_id, owner=None, teacher=True)
        try:
            slots = self.executor.slots()
        except Exception:  # keep the last known number; the next job tries again
            slots = None
        with self._lock:
            self.cluster_problem = None
            self._slots = slots or self._slots
            self._lock.notify_all()

    def _on_message(self, job: Job, message: Progress) -> None:
        with self._lock:
            if isinstance(message, Started):
                job.worker, job.worker_pid = message.worker, message.pid
                self.records.write(job)  # which worker trains it, on disk for the curious and the bench
            elif isinstance(message, BatchEnded):
                job.record_batch(message)
            elif isinstance(message, EpochEnded):
                job.record_epoch(message)
                self.records.write(job)
            job.updates += 1

    def _on_done(self, job: Job, result: Result | None, error: str | None) -> None:
        state, model_id, accuracy = FAILED, None, None
        try:
            if result is not None and result.weights is None:  # a scoring job stopped before it scored
                state = STOPPED
            elif result is not None:
                with self._lock:
                    job.history = result.history or job.history
                    job.best_epoch = result.best_epoch
                    job.fine_tune = result.fine_tune
                try:
                    model_id, accuracy = self._save(job, result)
                    state = STOPPED if result.stopped else FINISHED
                except Exception as failure:  # a full disk (StoreError, OSError) above all
                    error = self._keep_unsaved(job, result, failure)
        finally:  # whatever happened, the job ends and its worker slot is free again
            with self._lock:
                job.error, job.model_id, job.test_accuracy = error, model_id, accuracy
                self._running -= 1
                self._stop_requested.discard(job.job_id)
                self._finish(job, state)

    def _save(self, job: Job, result: Result) -> tuple[str, float]:
        record = self.store.save(
            result.weights,
            name=job.name,
            config=job.config,
            history=result.history,
            evaluation=result.evaluation,
            seconds=result.seconds,
            owner=job.owner,
            owner_name=job.owner_name,
            extra=kind_of(job.kind).stored(result),
            snapshots=result.snapshots,
        )
        return record.model_id, result.evaluation["accuracy"]

    def _keep_unsaved(self, job: Job, result: Result, failure: Exception) -> str:
        """Keeps weights that the store could not take: in memory, and in a file if one can be written."""
        with self._lock:
            self._unsaved[job.job_id] = result
        where = "kept in the server's memory until it restarts (download them on the Train page)"
        try:
            path = Path(tempfile.gettempdir()) / f"lenet-unsaved-{job.job_id}.weights.h5"
            path.write_bytes(result.weights)
            where = f"written to {path} and kept in the server's memory (download them on the Train page)"
        except OSError:
            pass
        return f"Training finished but the model could not be stored ({failure}). Its weights are {where}."

    def _finish(self, job: Job, state: str) -> None:
        """Called with the lock held."""
        job.state, job.finished_at, job.eta_seconds = state, time.time(), None
        job.updates += 1
        self.records.write(job)
        self._lock.notify_all()

    def _renumber_queue(self) -> None:
        for position, job_id in enumerate(self._queue.order(), start=1):
            self._jobs[job_id].queue_position = position


_manager: JobManager | None = None
_manager_lock = threading.Lock()


def get_manager() -> JobManager:
    """The process-wide job manager (`LENET_JOBS_DIR`, `LENET_MAX_JOBS`, `LENET_DASK_SCHEDULER`)."""
    global _manager
    with _manager_lock:
        if _manager is None:
            _manager = JobManager(jobs_dir=settings.jobs_dir())
        return _manager
