import threading

import pytest

from lenet_core.config import TrainingConfig
from lenet_core.jobs import FAILED, FINISHED, INTERRUPTED, QUEUED, RUNNING, STOPPED, JobManager
from lenet_core.store import ModelStore

TINY = TrainingConfig(epochs=1, limit=128, validation_limit=100, batch_size=64, optimizer="adam", learning_rate=0.002)


@pytest.fixture
def manager(tmp_path):
    return JobManager(store=ModelStore(tmp_path / "models"), jobs_dir=tmp_path / "jobs")


def test_jobs_run_one_at_a_time_in_submission_order(manager):
    first = manager.submit(TINY, "first")
    second = manager.submit(TINY, "second")
    third = manager.submit(TINY, "third")
    assert manager.get(second.job_id).state == QUEUED
    assert [manager.get(j.job_id).queue_position for j in (second, third)] == [1, 2]
    done = [manager.wait(job.job_id, timeout=120) for job in (first, second, third)]
    assert [job.state for job in done] == [FINISHED] * 3
    assert done[0].finished_at <= done[1].started_at and done[1].finished_at <= done[2].started_at
    assert {record.name for record in manager.store.list()} == {"first", "second", "third"}
    assert all(job.test_accuracy is not None for job in done)


def test_stop_ends_a_running_job_and_keeps_its_model(manager):
    config = TrainingConfig(epochs=20, limit=2000, validation_limit=100, batch_size=32)
    job = manager.submit(config, "stopped early", owner="me")
    while manager.get(job.job_id).batch < 10:  # wait until it is really training
        pass
    with pytest.raises(PermissionError):
        manager.stop(job.job_id, owner="someone else")
    assert manager.stop(job.job_id, owner="me")
    finished = manager.wait(job.job_id, timeout=120)
    assert finished.state == STOPPED
    assert len(finished.history["loss"]) == 1  # stopped inside the first of 20 epochs
    assert manager.store.get(finished.model_id).usable


def test_stopping_a_queued_job_removes_it_from_the_queue(manager):
    running = manager.submit(TINY, "running")
    queued = manager.submit(TINY, "queued")
    manager.stop(queued.job_id, owner=None)
    assert manager.get(queued.job_id).state == STOPPED
    assert manager.wait(running.job_id, timeout=120).state == FINISHED
    assert [record.name for record in manager.store.list()] == ["running"]


def test_a_failing_job_is_marked_failed_and_leaves_no_model(manager, tmp_path, monkeypatch):
    broken = tmp_path / "broken-data"
    (broken / "mnist").mkdir(parents=True)
    (broken / "mnist" / "train-images-idx3-ubyte.gz").write_bytes(b"not gzip")
    monkeypatch.setenv("LENET_DATA_DIR", str(broken))
    job = manager.wait(manager.submit(TINY, "doomed").job_id, timeout=60)
    assert job.state == FAILED
    assert "DatasetError" in job.error and "train-images-idx3-ubyte.gz" in job.error
    assert manager.store.list() == []
    monkeypatch.delenv("LENET_DATA_DIR")
    assert manager.wait(manager.submit(TINY, "next").job_id, timeout=120).state == FINISHED


def test_two_submits_at_once_give_one_running_and_one_queued(manager):
    barrier = threading.Barrier(2)
    jobs = []

    def submit(name):
        barrier.wait()
        jobs.append(manager.submit(TINY, name))

    threads = [threading.Thread(target=submit, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    states = sorted(manager.get(job.job_id).state for job in jobs)
    assert states == [QUEUED, RUNNING] or FINISHED in states
    assert all(manager.wait(job.job_id, timeout=120).state == FINISHED for job in jobs)


def test_restarted_server_shows_unfinished_jobs_as_interrupted(tmp_path):
    store = ModelStore(tmp_path / "models")
    first = JobManager(store=store, jobs_dir=tmp_path / "jobs")
    config = TrainingConfig(epochs=50, limit=2000, validation_limit=100)
    running = first.submit(config, "cut off")
    queued = first.submit(config, "never ran")
    # A new manager over the same folder is what a restarted server builds.
    restarted = JobManager(store=store, jobs_dir=tmp_path / "jobs", max_running=0)
    assert {restarted.get(job.job_id).state for job in (running, queued)} == {INTERRUPTED}
    assert "server stopped" in restarted.get(running.job_id).error
    first.stop(running.job_id, owner=None)
    first.wait(running.job_id, timeout=120)
