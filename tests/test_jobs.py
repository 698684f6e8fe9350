"""Jobs on a real Dask LocalCluster: one worker process for the whole test session."""

import os
import signal
import tempfile
import time
from pathlib import Path

import pytest

from harness.server import free_port
from lenet_core.jobs.executor import WORKER_LOST, DaskExecutor
from lenet_core.jobs.manager import JobManager
from lenet_core.jobs.queue import FairQueue
from lenet_core.jobs.records import FAILED, FINISHED, INTERRUPTED, QUEUED, RUNNING, STOPPED, Job, JobRecords
from lenet_core.network.config import TrainingConfig
from lenet_core.store.models import ModelStore
from tests.conftest import JOB_DEADLINE as DEADLINE

TINY = TrainingConfig(epochs=1, limit=128, validation_limit=100, batch_size=64, optimizer="adam", learning_rate=0.002)
# Every job of this config is stopped or killed mid-way: a long first epoch (250 batches) keeps
# the stop inside it however fast the machine is (2,000 images once let a fast day finish it).
LONG = TrainingConfig(epochs=20, limit=8000, validation_limit=100, batch_size=32)


def wait_until(condition, what: str, timeout: float = DEADLINE):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {timeout} s waiting for {what}")
        time.sleep(0.1)


def test_students_are_served_in_turn_not_in_order_of_submission():
    queue = FairQueue()
    for job_id, owner in [("a1", "ann"), ("a2", "ann"), ("a3", "ann"), ("b1", "bob"), ("c1", "cem")]:
        queue.push(job_id, owner)
    assert queue.order() == ["a1", "b1", "c1", "a2", "a3"]
    assert [queue.pop() for _ in range(2)] == ["a1", "b1"]
    queue.push("b2", "bob")  # bob was served after ann's first job, so ann's second comes first
    assert queue.order() == ["c1", "a2", "b2", "a3"]
    assert queue.remove("a2") and not queue.remove("a2")
    assert [queue.pop() for _ in range(4)] == ["c1", "a3", "b2", None]  # ann was served longest ago


def test_a_job_trains_in_a_worker_process_and_the_server_stores_its_model(manager):
    job = manager.wait(manager.submit(TINY, "first", owner="ann", owner_name="Ann").job_id, timeout=DEADLINE)
    assert job.state == FINISHED, job.error
    assert job.worker_pid is not None and job.worker_pid != os.getpid()
    record = manager.store.get(job.model_id)
    assert record.usable and record.name == "first" and record.metadata["owner_name"] == "Ann"
    assert record.test_accuracy == job.test_accuracy and 0.1 < job.test_accuracy <= 1
    assert len(record.history["loss"]) == 1 and job.history == record.history
    assert record.snapshots() is not None  # the replay of how it learned came back from the worker


def test_jobs_wait_their_turn_and_report_their_position(manager):
    first = manager.submit(TINY, "first", owner="ann")
    second = manager.submit(TINY, "second", owner="bob")
    wait_until(lambda: manager.get(first.job_id).state != QUEUED, "the first job to start")
    assert manager.get(second.job_id).state == QUEUED and manager.get(second.job_id).queue_position == 1
    done = [manager.wait(job.job_id, timeout=DEADLINE) for job in (first, second)]
    assert [job.state for job in done] == [FINISHED, FINISHED]
    assert done[0].finished_at <= done[1].started_at


def test_stop_ends_a_running_job_and_keeps_its_model(manager):
    job = manager.submit(LONG, "stopped early", owner="ann")
    wait_until(lambda: manager.get(job.job_id).batch >= 10, "the job to train ten batches")
    with pytest.raises(PermissionError):
        manager.stop(job.job_id, owner="bob")
    assert manager.stop(job.job_id, owner="ann")
    finished = manager.wait(job.job_id, timeout=DEADLINE)
    assert finished.state == STOPPED
    assert len(finished.history["loss"]) == 1  # stopped inside the first of 20 epochs
    assert manager.store.get(finished.model_id).usable


def test_the_teacher_can_stop_a_students_queued_and_running_jobs(manager):
    running = manager.submit(LONG, "running", owner="ann")
    queued = manager.submit(TINY, "queued", owner="bob")
    wait_until(lambda: manager.get(running.job_id).state == RUNNING, "the first job to start")
    assert manager.stop(queued.job_id, owner="teacher", teacher=True)
    assert manager.get(queued.job_id).state == STOPPED
    assert manager.stop(running.job_id, owner="teacher", teacher=True)
    assert manager.wait(running.job_id, timeout=DEADLINE).state == STOPPED
    assert [record.name for record in manager.store.list()] == ["running"]


def test_a_job_that_fails_on_the_worker_is_reported_and_the_next_one_runs(manager):
    broken = TrainingConfig(dataset="fashion-mnist", epochs=1, limit=128, validation_limit=100)
    job = manager.wait(manager.submit(broken, "doomed").job_id, timeout=DEADLINE)
    assert job.state == FAILED
    assert "DatasetError" in job.error and "train-images-idx3-ubyte.gz" in job.error
    assert manager.store.list() == []
    assert manager.wait(manager.submit(TINY, "next").job_id, timeout=DEADLINE).state == FINISHED


def test_a_killed_worker_fails_its_job_and_the_next_job_runs_on_a_fresh_worker(manager):
    doomed = manager.submit(LONG, "killed", owner="ann")
    wait_until(lambda: manager.get(doomed.job_id).batch >= 5, "the job to train")
    pid = manager.get(doomed.job_id).worker_pid
    os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows has no SIGKILL: SIGTERM is TerminateProcess
    job = manager.wait(doomed.job_id, timeout=DEADLINE)
    assert job.state == FAILED and job.error == WORKER_LOST
    assert manager.store.list() == []
    after = manager.wait(manager.submit(TINY, "after", owner="ann").job_id, timeout=DEADLINE)
    assert after.state == FINISHED and after.worker_pid != pid


def test_an_unreachable_scheduler_fails_the_job_with_a_clear_message(tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    manager = JobManager(
        store=ModelStore(tmp_path / "models"),
        jobs_dir=tmp_path / "jobs",
        executor=DaskExecutor(address, connect_timeout=2),
    )
    try:
        job = manager.wait(manager.submit(TINY, "nowhere").job_id, timeout=60)
        assert job.state == FAILED
        assert f"Cannot reach the Dask scheduler at {address}" in job.error and "dask scheduler" in job.error
        assert manager.cluster_problem == job.error
    finally:
        manager.close()


def test_a_model_the_store_cannot_take_keeps_its_weights_and_says_where(tmp_path, executor, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the rescued weights go
    (tmp_path / "full").write_text("a file where the store's folder should be, like a full disk: saving fails")
    manager = JobManager(store=ModelStore(tmp_path / "full"), jobs_dir=tmp_path / "jobs", executor=executor)
    try:
        job = manager.wait(manager.submit(TINY, "homeless").job_id, timeout=DEADLINE)
    finally:
        manager.close()
    assert job.state == FAILED and "could not be stored" in job.error
    weights = manager.unsaved_weights(job.job_id)
    assert weights is not None and weights.startswith(b"\x89HDF")
    written = Path(next(word for word in job.error.split() if word.endswith(".weights.h5")))
    assert written.parent == tmp_path and written.read_bytes() == weights


def test_a_restarted_server_shows_unfinished_jobs_as_interrupted(tmp_path, platform_semantics):
    records = JobRecords(tmp_path / "jobs")
    for job_id, state in (("cut", RUNNING), ("waiting", QUEUED), ("done", FINISHED)):
        records.write(Job(job_id=job_id, config=TINY, name=job_id, owner="ann", state=state))
    restarted = JobManager(store=ModelStore(tmp_path / "models"), jobs_dir=tmp_path / "jobs")
    try:
        states = {job.job_id: job.state for job in restarted.list()}
        assert states == {"cut": INTERRUPTED, "waiting": INTERRUPTED, "done": FINISHED}
        assert "server stopped" in restarted.get("cut").error
    finally:
        restarted.close()


def test_a_student_with_an_active_job_is_refused_a_second_and_others_are_not(manager):
    from lenet_core.classroom.limits import LimitError

    first = manager.submit(LONG, "mine", owner="ann")
    with pytest.raises(LimitError, match="You already have 1 job running or queued; the class limit is 1"):
        manager.submit(TINY, "another", owner="ann")
    other = manager.submit(TINY, "bob's", owner="bob")
    manager.stop(first.job_id, owner="ann")
    assert manager.wait(first.job_id, timeout=DEADLINE).state == STOPPED
    assert manager.wait(other.job_id, timeout=DEADLINE).state == FINISHED
    assert manager.wait(manager.submit(TINY, "next", owner="ann").job_id, timeout=DEADLINE).state == FINISHED


def test_jobs_over_the_class_limits_are_refused_before_they_queue(manager, tmp_path, monkeypatch):
    from lenet_core.classroom.limits import LimitError, Limits, save_limits
    from lenet_core.network.architecture import Architecture

    huge = TrainingConfig(
        epochs=1, limit=128, architecture=Architecture(conv_filters=(1024, 1024), dense_units=(1024,))
    )
    with pytest.raises(LimitError, match="the class limit is 5,000,000"):
        manager.submit(huge, "huge", owner="ann")
    monkeypatch.setenv("LENET_CLASSROOM_DIR", str(tmp_path / "classroom"))
    save_limits(Limits(max_epochs=5))  # the teacher tightens a limit: the next submit obeys it
    with pytest.raises(LimitError, match="the class limit is 5"):
        manager.submit(TrainingConfig(epochs=6, limit=128), "long", owner="ann")
    assert manager.list() == []


def test_a_refused_connection_leaves_no_half_made_client_for_the_garbage_collector():
    """Its __del__ closes it; run by the collector inside the next Client's start, that close waited
    for ever on the IO loop's lock (the suite hung in tests/e2e/test_tls.py)."""
    import gc

    import distributed

    from lenet_core.jobs.executor import ClusterUnavailable

    executor = DaskExecutor(f"tcp://127.0.0.1:{free_port()}", connect_timeout=2)  # nobody listens there
    gc.disable()  # only the executor's own collection may run
    try:
        with pytest.raises(ClusterUnavailable, match="Cannot reach the Dask scheduler"):
            executor.client()
        left = [thing for thing in gc.get_objects() if isinstance(thing, distributed.Client)]
        stale = [client for client in left if client.status != "running"]
    finally:
        gc.enable()
    executor.close()
    assert not stale


def test_messages_travel_as_plain_data_and_a_misspelt_or_unknown_one_is_refused():
    import pickle

    from lenet_core.jobs.messages import BatchEnded, EpochEnded, Result, Started, progress_from_wire, to_wire

    messages = (
        Started("tcp://127.0.0.1:1", 42),
        EpochEnded(1, {"loss": 0.5}, 2.0),
        BatchEnded(1, 5, 10, 0.4, 0.9, 800.0, 3.0),
    )
    for message in messages:
        wire = to_wire(message)
        assert isinstance(wire, dict) and pickle.loads(pickle.dumps(wire)) == wire  # what Dask carries
        assert progress_from_wire(wire) == message
    result = Result(weights=b"h5", stopped=False, history={"loss": [0.5]}, evaluation={"accuracy": 0.9})
    assert Result.from_wire(result.to_wire()) == result
    with pytest.raises(ValueError, match="unknown type 'epochs'"):
        progress_from_wire({"type": "epochs", "epoch": 1})
    with pytest.raises(ValueError, match="cannot read"):
        progress_from_wire({"type": "epoch", "epoch": 1, "metric": {}, "seconds": 1.0})  # misspelt field
    with pytest.raises(ValueError, match="cannot read"):
        Result.from_wire({"weights": None})  # `stopped` missing


def test_every_job_kind_is_one_row_of_the_table():
    from lenet_core.jobs.kinds import KINDS, kind_of
    from lenet_core.jobs.messages import Result
    from lenet_core.jobs.records import FINE_TUNE, SCORE, TRAIN

    assert set(KINDS) == {TRAIN, SCORE, FINE_TUNE}
    result = Result(weights=b"", stopped=False, best_epoch=3, images_per_second=900.0, fine_tune={"drawings": 40})
    assert kind_of(SCORE).stored(result) == {"source": "uploaded"} and not kind_of(SCORE).trains
    assert kind_of(FINE_TUNE).stored(result)["fine_tune"] == {"drawings": 40} and kind_of(TRAIN).trains
    with pytest.raises(ValueError, match="Unknown job kind"):
        kind_of("distil")
