"""Shared fixtures: private data folders for every test, and a tiny trained model per session."""

from __future__ import annotations

import gzip
import os
import shutil
import struct
import sys
from pathlib import Path

import numpy as np
import pytest

from lenet_core.base.settings import DATA_DIR

JOB_DEADLINE = 180  # seconds; a tiny job takes a few on this machine, the first one longer (TensorFlow import)


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="session", autouse=True)
def shipped_data_is_left_alone():
    """Fails the run if any test wrote into the project's own `data/` (a live server's store and jobs)."""
    before = _snapshot(DATA_DIR)
    yield
    after = _snapshot(DATA_DIR)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"tests changed the project's data/ folder: {changed[:10]}"


@pytest.fixture(autouse=True)
def main_module_restored():
    """AppTest installs the script it runs as `__main__`, as Streamlit does; a Dask worker spawned
    later in the session would run that script again. Each test leaves pytest's own in place."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def private_data_folders(tmp_path, monkeypatch):
    """Every test gets its own model store, job records, classroom and class drawings: none may touch `data/`.

    Loading the Train page builds a job manager whose recovery marks the records it finds as
    interrupted; over the real `data/jobs` that would rewrite a live server's jobs.
    """
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("LENET_JOBS_DIR", str(tmp_path / "jobs"))
    monkeypatch.setenv("LENET_CLASSROOM_DIR", str(tmp_path / "classroom"))
    monkeypatch.setenv("LENET_COLLECTION_DIR", str(tmp_path / "collection"))
    monkeypatch.setenv("LENET_EXPORTS_DIR", str(tmp_path / "exports"))
    jobs = sys.modules.get("lenet_core.jobs.manager")
    if jobs is not None:
        monkeypatch.setattr(jobs, "_manager", None)  # the next one is built over this test's folder
    yield
    jobs = sys.modules.get("lenet_core.jobs.manager")
    if jobs is not None and jobs._manager is not None:  # a page built one: stop its worker processes
        jobs._manager.close()


@pytest.fixture(autouse=True)
def fresh_quiz_limiter(monkeypatch):
    """The quiz's rate limiter of this test's own: no answers counted by other tests."""
    from lenet_core.classroom import quiz

    limiter = quiz.LIMITER
    monkeypatch.setattr(quiz, "LIMITER", type(limiter)(limiter.per_student, limiter.per_server, limiter.wording))


@pytest.fixture(params=["posix", "windows"])
def platform_semantics(request, monkeypatch):
    """Runs a test twice: as this machine behaves, and with Windows' file semantics simulated
    (`harness/windows.py` says what is simulated). Used by the tests of everything that writes
    files: the model store, job records, names, the class collection and the quiz."""
    if request.param == "posix" or os.name == "nt":  # on Windows itself: the real thing
        return None
    from harness.windows import WindowsSemantics

    return WindowsSemantics().install(monkeypatch)


@pytest.fixture
def models_dir():
    """This test's own model store, empty (the folder is created on the first save)."""
    return Path(os.environ["LENET_MODELS_DIR"])


@pytest.fixture
def default_models(models_dir):
    """This test's own store holding copies of the shipped default models, as a fresh server has."""
    for default in ("default-mnist", "default-fashion-mnist"):
        shutil.copytree(DATA_DIR / "models" / default, models_dir / default)
    return models_dir


@pytest.fixture(scope="session")
def tiny_model():
    """A LeNet trained for one epoch on 600 MNIST images: fast, and better than chance."""
    from lenet_core.network.config import TrainingConfig
    from lenet_core.network.training import train

    config = TrainingConfig(epochs=1, limit=600, validation_limit=500, optimizer="adam", learning_rate=0.002)
    return train(config)


def write_idx(path, array, magic):
    """Writes a gzipped IDX file, the way the real data set files are made."""
    array = np.asarray(array, dtype=np.uint8)
    header = struct.pack(">I", magic) + struct.pack(f">{array.ndim}I", *array.shape)
    with gzip.open(path, "wb") as stream:
        stream.write(header + array.tobytes())


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of the shipped data folders, to damage in a test."""
    for name in ("mnist", "fashion-mnist"):
        shutil.copytree(DATA_DIR / name, tmp_path / name)
    return tmp_path


@pytest.fixture(scope="session")
def executor(tmp_path_factory):
    """One worker process for every test. Its data folder has a damaged Fashion-MNIST, so a
    Fashion-MNIST job fails on the worker the way a lab machine without the data would."""
    data = tmp_path_factory.mktemp("worker-data")
    shutil.copytree(DATA_DIR / "mnist", data / "mnist")
    (data / "fashion-mnist").mkdir()
    (data / "fashion-mnist" / "train-images-idx3-ubyte.gz").write_bytes(b"not gzip")
    from lenet_core.jobs.executor import DaskExecutor

    running = DaskExecutor(workers=1, worker_env={"LENET_DATA_DIR": str(data)})
    yield running
    running.close()


@pytest.fixture
def manager(tmp_path, executor):
    """A job manager over this test's own store and job records, on the session's worker; fails a
    test that leaves a job running (after stopping it)."""
    from lenet_core.jobs.manager import JobManager
    from lenet_core.store.models import ModelStore

    manager = JobManager(store=ModelStore(tmp_path / "models"), jobs_dir=tmp_path / "jobs", executor=executor)
    yield manager
    left = [job for job in manager.list() if job.active]
    for job in left:
        manager.stop(job.job_id, owner=None, teacher=True)
    for job in left:
        manager.wait(job.job_id, timeout=JOB_DEADLINE)
    manager.close()
    assert not left, f"the test left jobs running: {[job.name for job in left]}"
