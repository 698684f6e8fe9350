"""The app pointed at a lab's Dask cluster: `dask scheduler` and `dask worker` as separate processes."""

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.browser import configure_job
from harness.server import Server, free_port, new_server_root
from lenet_core.base.settings import PROJECT_DIR

pytestmark = pytest.mark.e2e
DASK = str(Path(sys.executable).with_name("dask.exe" if os.name == "nt" else "dask"))


def start(command: list[str], log: Path) -> subprocess.Popen:
    # The worker imports the project, as a lab machine with it checked out would (README).
    env = os.environ | {"PYTHONPATH": str(PROJECT_DIR), "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    with open(log, "ab") as stream:
        return subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=stream, stderr=subprocess.STDOUT)


def wait_for_line(log: Path, text: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while text not in (written := log.read_text(encoding="utf-8", errors="replace")):
        assert time.monotonic() < deadline, f"{log.name} did not say {text!r} in {timeout} s:\n{written}"
        time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def children_of(pid: int) -> set[int]:
    """The process ids `pid` started (psutil, a dependency of distributed: /proc exists on Linux only)."""
    import psutil

    return {child.pid for child in psutil.Process(pid).children()}


def test_a_job_trains_on_a_separately_started_scheduler_and_worker(tmp_path_factory, new_page):
    root = new_server_root(tmp_path_factory, "lab")
    address = f"tcp://127.0.0.1:{free_port()}"
    server = Server(root, environment={"LENET_DASK_SCHEDULER": address}).start()
    processes = []
    try:
        # Nothing listens at the address yet: the page says so, and nothing is lost.
        page = new_page(f"{server.url}/")
        configure_job(page, "lab run", images="600", epochs="1")
        page.get_by_role("button", name=re.compile("Start training")).click()
        page.get_by_text(re.compile(f"Cannot reach the Dask scheduler at {address}")).first.wait_for(timeout=60_000)

        port = address.rsplit(":", 1)[1]
        processes.append(start([DASK, "scheduler", "--port", port, "--no-dashboard"], root / "scheduler.log"))
        wait_for_line(root / "scheduler.log", "Scheduler at:")
        worker = start([DASK, "worker", address, "--nthreads", "1", "--no-dashboard"], root / "worker.log")
        processes.append(worker)
        wait_for_line(root / "worker.log", "Registered to:")

        page.get_by_role("button", name=re.compile("Start training")).click()
        page.get_by_text("Test accuracy", exact=True).wait_for(timeout=180_000)
        page.get_by_text(re.compile("Saved to the model store as “lab run”")).wait_for()
        records = [json.loads(path.read_text()) for path in server.jobs.glob("*.json")]
        [finished] = [record for record in records if record["state"] == "finished"]
        assert finished["worker_pid"] in children_of(worker.pid)  # trained by the lab's worker
        assert "Cannot reach" not in page.inner_text("body")  # the old problem is gone once a job ran
    finally:
        server.stop()
        for process in reversed(processes):
            stop(process)
