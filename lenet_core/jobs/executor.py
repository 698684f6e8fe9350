"""The executor: runs jobs on Dask distributed and reports back what happens to them.

By default it starts a `distributed.LocalCluster` of worker processes on this machine on first
use (`LENET_MAX_JOBS` workers, one thread each). With `LENET_DASK_SCHEDULER=tcp://host:8786`
it sends jobs to a cluster started with Dask's own commands instead. Either way the server only
submits tasks and listens: training never runs in the web server's process.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from lenet_core.base import settings
from lenet_core.base.i18n import N_, _, ngettext
from lenet_core.jobs.messages import Progress, Result, Started, progress_from_wire
from lenet_core.jobs.worker import PROTOCOL, progress_queue_name, stop_event_name

CONNECT_TIMEOUT_SECONDS = 10
POLL_SECONDS = 0.25
WORKER_LOST = N_(  # in English in the record, like every job error; the Train page shows it with _()
    "The worker process running this job stopped (killed, or out of memory). Nothing was saved; "
    "a smaller model or fewer training images needs less memory."
)


class _WorkerLost(Exception):
    """Dask started the job a second time: its first worker died."""


class ClusterUnavailable(RuntimeError):
    """The training workers cannot be reached or started; the message says what to do."""


class DaskExecutor:
    """Submits jobs to Dask and calls back with their progress messages and their outcome."""

    def __init__(
        self,
        scheduler_address: str | None = None,
        workers: int = 1,
        worker_env: dict | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
        tls_folder: str | None = None,
    ):
        self.scheduler_address = scheduler_address
        self.tls_folder = tls_folder  # scripts/make_certificates' folder: a tls:// lab cluster
        self.connect_timeout = connect_timeout
        self.workers = max(1, workers)
        self.worker_env = worker_env or {}
        self._client = None
        self._cluster = None
        self._lock = threading.Lock()

    @classmethod
    def from_environment(cls) -> DaskExecutor:
        return cls(settings.dask_scheduler(), settings.max_jobs(), tls_folder=settings.dask_tls_dir())

    def security(self):
        """Dask's Security for a lab cluster on tls:// (the app presents the class certificate and
        accepts only a scheduler signed by the class authority); None for tcp:// and local workers."""
        if not self.tls_folder:
            return None
        from distributed.security import Security

        folder = Path(self.tls_folder)
        return Security(
            tls_ca_file=str(folder / "ca.crt"),
            tls_client_cert=str(folder / "server.crt"),
            tls_client_key=str(folder / "server.key"),
            require_encryption=True,
        )

    @property
    def where(self) -> str:
        """Where jobs train, as the Train page's queue message (and the CLI, in English) says it."""
        if self.scheduler_address:
            return _("the Dask cluster at {address}").format(address=self.scheduler_address)
        return ngettext(
            "{count} worker process on this machine", "{count} worker processes on this machine", self.workers
        ).format(count=self.workers)

    def client(self):
        """The Dask client, connecting (or starting the local cluster) on first use, and again
        after the connection was lost (a restarted scheduler)."""
        with self._lock:
            if self._client is not None and self._client.status not in ("running", "connecting"):
                with contextlib.suppress(Exception):
                    self._client.close()
                self._client = None
            if self._client is None:
                self._client = self._connect()
            return self._client

    @property
    def connected(self) -> bool:
        return self._client is not None

    def _connect(self):
        import dask
        from distributed import Client, LocalCluster

        if self.scheduler_address:
            if self.tls_folder and not self.scheduler_address.startswith("tls://"):
                raise ClusterUnavailable(
                    f"LENET_DASK_TLS_DIR is set but LENET_DASK_SCHEDULER is {self.scheduler_address}: "
                    "write the scheduler's address as tls://HOST:8786."
                )
            # The comm's own connect (TLS and Dask's handshake) gets the same deadline as the Client:
            # once, in one of five fresh-clone runs, a stranger's connection to the TLS scheduler hung
            # the suite for over 15 minutes although Client's `timeout` was 5 s (not reproduced since).
            deadline = f"{self.connect_timeout}s"
            try:
                with dask.config.set({"distributed.comm.timeouts.connect": deadline}):
                    return Client(self.scheduler_address, timeout=deadline, security=self.security())
            except Exception as error:  # refused, timed out, or not an address at all
                problem = str(error)  # only the text: the traceback holds the half-made Client
            # That Client is closed by its __del__. Left to the garbage collector, it ran inside the
            # next Client's start, which holds the lock of the IO loop they share, and its close()
            # waited for that lock for ever: the test suite hung in test_tls (py-spy, 2026-12-03).
            gc.collect()
            raise ClusterUnavailable(
                f"Cannot reach the Dask scheduler at {self.scheduler_address} ({problem}). Start it with "
                "`dask scheduler` on that machine, or unset LENET_DASK_SCHEDULER to train on this one."
            )
        # A task whose worker dies (killed, out of memory) fails at once instead of killing a
        # second worker: the server tells the student and moves on to the next job.
        with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
            try:
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address="127.0.0.1:0",  # Dask's status pages: this machine only
                    silence_logs=logging.ERROR,
                    env=self.worker_env,
                )
            except Exception as error:
                raise ClusterUnavailable(f"Could not start the training workers on this machine: {error}") from error
        return Client(self._cluster)

    def slots(self) -> int:
        """How many jobs can run at once: one per worker thread (at least one, so a job waits in
        Dask for a lab worker to join rather than in our queue forever)."""
        if not self.scheduler_address:
            return self.workers
        return max(1, sum(self.client().nthreads().values()))

    def run(
        self,
        job_id: str,
        kind: str,
        config: dict,
        payload: dict | None,
        on_message: Callable[[Progress], None],
        on_done: Callable[[Result | None, str | None], None],
    ) -> None:
        """Starts a job of `kind` (TRAIN; SCORE with payload {"weights": bytes}; FINE_TUNE with
        lenet_core.finetune's payload). `on_message` hears each progress message, `on_done(result,
        error)` once at the end, both from a thread of the executor's."""
        from lenet_core.jobs.kinds import kind_of  # the table names the worker's tasks

        task = kind_of(kind).task
        future = self.client().submit(task, job_id, config, payload, PROTOCOL, key=f"lenet-{job_id}", pure=False)
        watcher = threading.Thread(
            target=self._watch, args=(job_id, future, on_message, on_done), name=f"watch-{job_id}", daemon=True
        )
        watcher.start()

    def stop(self, job_id: str) -> None:
        """Asks a started job to stop after its current batch (set even before its task runs: the
        worker then stops after the first batch). Raises ClusterUnavailable when not connected."""
        from distributed import Event

        Event(stop_event_name(job_id), client=self.client()).set()

    def _watch(self, job_id: str, future, on_message, on_done) -> None:
        from distributed import Queue
        from distributed.scheduler import KilledWorker

        result, error, starts, queue = None, None, 0, None
        try:
            queue = Queue(progress_queue_name(job_id), client=self.client())
            while True:
                finished = future.done()  # read before draining, so no message is left behind
                for messages in queue.get(batch=True):
                    for data in messages:
                        message = progress_from_wire(data)
                        starts += isinstance(message, Started)
                        if starts > 1:  # Dask retried the job after its worker died
                            raise _WorkerLost
                        on_message(message)
                if finished:
                    break
                time.sleep(POLL_SECONDS)
            result = Result.from_wire(future.result())
        except (KilledWorker, _WorkerLost):
            error = WORKER_LOST
        except Exception as failure:  # the job's own error raised again by Dask, or a lost connection
            error = f"{type(failure).__name__}: {failure}"
            if not isinstance(failure, ValueError | OSError):
                traceback.print_exc()
        finally:
            if error is not None:  # a retried or abandoned run must not train on unseen
                with contextlib.suppress(Exception):
                    self.stop(job_id)
            for release in (future.cancel, queue.close if queue is not None else None):
                with contextlib.suppress(Exception):  # frees the weights and the queue on the scheduler
                    if release is not None:
                        release()
            on_done(result, error)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
            if self._cluster is not None:
                self._cluster.close()
            self._client = self._cluster = None
