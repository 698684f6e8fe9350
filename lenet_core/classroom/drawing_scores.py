"""Every model's accuracy on the class's own handwriting: the held-out fifth of the class drawings.

The Models page asks on every rerun; a score needs the model loaded and run on the drawings (about
a second for a model not yet in memory), so scores are computed by one background thread of the
server and the page shows a blank until then. A score is kept per model (its weights file's
version) and per collection version: a drawing added or deleted makes every score of that data set
stale, and it is computed again; work still queued for an older version is dropped, so a class
donating drawings while the leaderboard is open never builds a backlog. It runs in the server, not
on a Dask worker: the drawings live in the server's `data/collection/`, and a few hundred images
take milliseconds. A model not already in the Predict page's memory is loaded for its score only.
"""

from __future__ import annotations

import queue
import threading

import numpy as np

from lenet_core.classroom.drawings import Collection
from lenet_core.store.records import ModelRecord


class ClassDrawingScores:
    def __init__(self, collection: Collection | None = None):
        self._collection = collection
        self._done: dict[tuple, float | None] = {}  # (model id, weights version, data set, collection version)
        self._pending: set[tuple] = set()
        self._wanted: dict[str, str] = {}  # data set -> the collection version pages last asked about
        self._drawings: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}  # (data set, version) -> arrays
        self._lock = threading.Condition()
        self._work: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    @property
    def collection(self) -> Collection:
        return self._collection or Collection()  # the folder may change between tests: read it each time

    def scores(self, records: list[ModelRecord], dataset: str) -> dict[str, float | None]:
        """Accuracy (0 to 1) on the held-out class drawings of `dataset` per model id; None while it is
        computed or when there are no held-out drawings. Missing scores are queued, never waited for."""
        version = self.collection.version(dataset)
        result = {}
        with self._lock:
            self._wanted[dataset] = version
            for record in records:
                try:
                    key = (record.model_id, record.weights_path.stat().st_mtime_ns, dataset, version)
                except OSError:  # deleted meanwhile
                    continue
                if key in self._done:
                    result[record.model_id] = self._done[key]
                    continue
                result[record.model_id] = None
                if key not in self._pending:
                    self._pending.add(key)
                    self._work.put((key, record))
            if self._pending and self._thread is None:
                self._thread = threading.Thread(target=self._score_forever, name="class-drawing-scores", daemon=True)
                self._thread.start()
        return result

    def held_out(self, dataset: str) -> int:
        """How many held-out drawings of `dataset` the class collection has now."""
        return sum(entry.split == "test" for entry in self.collection.entries(dataset))

    def wait(self, timeout: float) -> None:
        """Blocks until nothing is pending (tests and benchmarks); TimeoutError after `timeout` s."""
        with self._lock:
            if not self._lock.wait_for(lambda: not self._pending, timeout):
                raise TimeoutError(f"{len(self._pending)} class-drawing scores still pending after {timeout} s.")

    def _score_forever(self) -> None:
        while True:
            key, record = self._work.get()
            with self._lock:
                stale = self._wanted.get(key[2]) != key[3]
            if stale:  # drawings were added or deleted since it was queued: nobody will ask for it
                self._finish(key, None)
                continue
            try:
                accuracy = self._score(record, dataset=key[2], version=key[3])
            except Exception:  # a damaged or deleted model: no score, the page shows a blank
                accuracy = None
            self._finish(key, accuracy)

    def _finish(self, key: tuple, accuracy: float | None) -> None:
        with self._lock:
            # Only scores against the drawings pages ask about now are kept: others are never asked for again.
            wanted = self._wanted.get(key[2])
            self._done = {done: value for done, value in self._done.items() if done[2] != key[2] or done[3] == wanted}
            if key[3] == wanted:
                self._done[key] = accuracy
            self._pending.discard(key)
            self._lock.notify_all()

    def _score(self, record: ModelRecord, dataset: str, version: str) -> float | None:
        from lenet_core.inside.predictor import cached_predictor
        from lenet_core.network.evaluation import predict_probabilities  # TensorFlow: only once there is work
        from lenet_core.network.model import build_model, load_weights

        with self._lock:
            drawings = self._drawings.get((dataset, version))
        if drawings is None:
            images, labels, _ = self.collection.arrays(dataset, split="test")
            drawings = (images, labels)
            with self._lock:
                self._drawings = {(dataset, version): drawings} | {
                    cached: arrays for cached, arrays in self._drawings.items() if cached[0] != dataset
                }
        images, labels = drawings
        if not len(labels):
            return None
        # A model the Predict page holds is used as it is; any other is loaded for this score only,
        # so scoring a leaderboard of thirty models never pushes the students' models out of memory.
        predictor = cached_predictor(record)
        if predictor is not None:
            model = predictor.model
        else:
            model = build_model(record.architecture)
            load_weights(model, record.weights_path)
        predictions = predict_probabilities(model, images).argmax(axis=1)
        return float(np.mean(predictions == labels))


CLASS_SCORES = ClassDrawingScores()  # one per server process, shared by every session
