"""What runs on a Dask worker: one training, fine-tuning or scoring job, start to finish.

The server sends a job as plain data (a config dict; for scoring the uploaded weights' bytes, for
fine-tuning `lenet_core.finetune`'s payload of weights and drawing arrays); the worker trains,
evaluates on the test set and sends back plain data: the weights file's bytes, the history and the evaluation summary.
The server alone writes the model store. While the job runs, progress goes to the server through
a `distributed.Queue` named after the job, and the server's stop request arrives through a
`distributed.Event`; both travel over Dask's own connections, so the same code serves worker
processes on this laptop and workers on a lab's machines.

TensorFlow is imported on the first job a worker runs and stays imported for the next ones.
"""

from __future__ import annotations

import collections
import contextlib
import os
import tempfile
import threading
from pathlib import Path

from lenet_core.jobs.messages import BatchEnded, EpochEnded, Progress, Result, Started, to_wire

PROTOCOL = "lenet-lab-jobs-3"  # the server refuses workers that speak another version (3: typed messages)
FLUSH_SECONDS = 0.25  # how often the worker sends its buffered progress


def progress_queue_name(job_id: str) -> str:
    return f"lenet-progress-{job_id}"


def stop_event_name(job_id: str) -> str:
    return f"lenet-stop-{job_id}"


class _Link:
    """The worker's side of a job's channels: buffered progress out, the stop request in."""

    def __init__(self, job_id: str):
        from distributed import Event, Queue

        self.queue = Queue(progress_queue_name(job_id))
        self.remote_stop = Event(stop_event_name(job_id))
        self.stop = threading.Event()  # what training checks before every batch
        self.done = threading.Event()
        self.outbox: collections.deque[dict] = collections.deque()  # messages as plain data
        self.threads = [
            threading.Thread(target=self._send, name=f"progress-{job_id}", daemon=True),
            threading.Thread(target=self._listen, name=f"stop-{job_id}", daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def send(self, message: Progress) -> None:
        self.outbox.append(to_wire(message))  # called from Keras's callback thread: never blocks training

    def _flush(self) -> None:
        messages = []
        while self.outbox:
            messages.append(self.outbox.popleft())
        if messages:
            self.queue.put(messages)

    def _send(self) -> None:
        while not self.done.wait(FLUSH_SECONDS):
            self._flush()

    def _listen(self) -> None:
        while not self.done.is_set():
            if self.remote_stop.wait(timeout=1.0):  # long poll: a stop arrives within milliseconds
                self.stop.set()
                return

    def close(self) -> None:
        self.done.set()
        for thread in self.threads:
            thread.join(timeout=5)
        self._flush()


def _weights_bytes(model) -> bytes:
    from lenet_core.network.model import save_weights

    with tempfile.TemporaryDirectory() as folder:
        path = save_weights(model, Path(folder) / "model.weights.h5")
        return path.read_bytes()


def _check_protocol(protocol: str) -> None:
    if protocol != PROTOCOL:
        raise RuntimeError(
            f"This worker speaks LeNet Lab job protocol {PROTOCOL!r} and the server {protocol!r}: "
            "install the same project version on every machine."
        )


def _where() -> Started:
    from distributed import get_worker

    return Started(worker=get_worker().address, pid=os.getpid())


def _progress(link: _Link) -> dict:
    """`lenet_core.network.training.train`'s progress arguments, sending everything to the server."""
    return {
        "on_epoch": lambda progress: link.send(EpochEnded(progress.epoch, progress.metrics, progress.seconds)),
        "on_batch": lambda progress: link.send(
            BatchEnded(
                epoch=progress.epoch,
                batch=progress.batch,
                batches=progress.batches,
                loss=progress.loss,
                accuracy=progress.accuracy,
                images_per_second=progress.images_per_second,
                elapsed=progress.elapsed,
            )
        ),
        "batch_every": 5,
        "stop": link.stop,
    }


def _trained(result, dataset_name: str, evaluation=None, fine_tune: dict | None = None) -> dict:
    """What the server stores of a training result: weights, history, evaluation on the test set
    (`evaluation` when the caller has it already)."""
    if evaluation is None:
        from lenet_core.data.datasets import load_dataset
        from lenet_core.network.evaluation import evaluate

        dataset = load_dataset(dataset_name)
        evaluation = evaluate(result.model, dataset.test_images, dataset.test_labels)
    return Result(
        weights=_weights_bytes(result.model),
        stopped=result.stopped,
        history=result.history,
        evaluation=evaluation.to_dict(),
        seconds=result.seconds,
        images_per_second=result.images_per_second,
        best_epoch=result.best_epoch,
        snapshots=result.snapshots,
        fine_tune=fine_tune,
    ).to_wire()


@contextlib.contextmanager
def _job(job_id: str, config: dict, protocol: str):
    """A job's config and its link to the server, open for the job's duration."""
    _check_protocol(protocol)
    from lenet_core.network.config import TrainingConfig

    training_config = TrainingConfig.from_dict(config)
    link = _Link(job_id)
    try:
        link.send(_where())
        yield training_config, link
    finally:
        link.close()


# Every task takes (job_id, config, payload, protocol) and returns a `Result` as plain data; the
# payload is None, the uploaded weights {"weights": bytes}, or lenet_core.finetune's payload.


def run_training(job_id: str, config: dict, payload: None = None, protocol: str = PROTOCOL) -> dict:
    """Trains and evaluates one model; returns the weights and what the store keeps about them."""
    from lenet_core.network.training import train

    with _job(job_id, config, protocol) as (training_config, link):
        return _trained(train(training_config, **_progress(link)), training_config.dataset)


def run_fine_tuning(job_id: str, config: dict, payload: dict, protocol: str = PROTOCOL) -> dict:
    """Fine-tunes stored weights on the class drawings the payload carries (lenet_core.finetune)."""
    from lenet_core.network.finetune import fine_tune

    with _job(job_id, config, protocol) as (training_config, link):
        result, evaluation, summary = fine_tune(training_config, payload, **_progress(link))
        return _trained(result, training_config.dataset, evaluation, fine_tune=summary)


def run_scoring(job_id: str, config: dict, payload: dict, protocol: str = PROTOCOL) -> dict:
    """Loads uploaded weights into the config's architecture and evaluates them on the test set."""
    from lenet_core.data.datasets import load_dataset
    from lenet_core.network.evaluation import evaluate
    from lenet_core.network.model import build_model, load_weights_bytes

    with _job(job_id, config, protocol) as (training_config, link):
        model = build_model(training_config.architecture)
        load_weights_bytes(model, payload["weights"])
        if link.stop.is_set():
            return Result(weights=None, stopped=True).to_wire()
        dataset = load_dataset(training_config.dataset)
        evaluation = evaluate(model, dataset.test_images, dataset.test_labels)
        return Result(weights=_weights_bytes(model), stopped=False, evaluation=evaluation.to_dict()).to_wire()
