"""Training on Dask worker processes: what it costs the server, the job, and the Predict page.

    python -m bench.dask_jobs                    # every part, 3 rounds
    python -m bench.dask_jobs 2 predict          # only part (c), 2 rounds of strokes
    python -m bench.dask_jobs 3 page predict --app-dir /tmp/old-checkout   # parts against another version

Parts:
  page:    (a) images/s of a book-recipe job (1 full MNIST epoch) watched in Chromium vs started
           with the tab closed, alternating; (b) CPU seconds of the server process and of the worker
           while each job trains; (e) resident memory (RSS) of both, idle and while training.
  predict: (c) stroke-to-prediction time on the Predict page while a job trains, p50 and p95.
  class:   (d) 8 students each submit the fast preset on 5,000 images: time until all finish,
           with 1 worker and with 2 workers.
The browser and the workers share this machine's cores; compare figures from one run only.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bench.train_page import job_record, start_job, wait_for_job_end
from harness.browser import DIGIT_STROKES, draw, read_prediction
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root

TICKS = 100  # os.sysconf("SC_CLK_TCK") on Linux


def cpu_seconds(pid: int) -> float:
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def resident_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:
            continue
        if any(line == f"PPid:\t{pid}" for line in lines):
            found.append(int(status.parent.name))
    return found


def quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (n={len(ordered)})"


def report_idle(server: Server, when: str) -> None:
    workers = children(server.process.pid)
    print(
        f"  (e) idle {when}: server RSS {resident_mib(server.process.pid):.0f} MiB; worker processes "
        f"{', '.join(f'{resident_mib(pid):.0f} MiB' for pid in workers) or 'none yet'}",
        flush=True,
    )


def page_part(browser, server: Server, rounds: int) -> None:
    report_idle(server, "before the first job")
    speeds = {"watched": [], "closed": []}
    previous = None
    for number in range(1, rounds + 1):
        for arm in ("watched", "closed"):
            context, page = start_job(browser, server, epochs=1)
            if arm == "closed":
                context.close()
            record = job_record(server)
            worker = record.get("worker_pid")
            while worker is None:
                time.sleep(0.2)
                worker = job_record(server).get("worker_pid")
            server_cpu, worker_cpu, started = cpu_seconds(server.process.pid), cpu_seconds(worker), time.monotonic()
            peak_server = peak_worker = 0.0
            while (current := job_record(server)) is None or current["state"] in ("queued", "running"):
                peak_server = max(peak_server, resident_mib(server.process.pid))
                peak_worker = max(peak_worker, resident_mib(worker))
                time.sleep(0.5)
            server_used, worker_used = cpu_seconds(server.process.pid) - server_cpu, cpu_seconds(worker) - worker_cpu
            record = wait_for_job_end(server, previous)
            previous = record["job_id"]
            if arm == "watched":
                context.close()
            model = json.loads((server.models / record["model_id"] / "metadata.json").read_text())
            speeds[arm].append(model["images_per_second"])
            print(
                f"  round {number} {arm:7s}: {model['images_per_second']:5.0f} images/s; CPU over "
                f"{time.monotonic() - started:.0f} s: server {server_used:.1f} s, worker {worker_used:.1f} s "
                f"({server_used / worker_used * 100:.1f} %); peak RSS server {peak_server:.0f} MiB, "
                f"worker {peak_worker:.0f} MiB",
                flush=True,
            )
    report_idle(server, "after the jobs")
    watched, closed = statistics.median(speeds["watched"]), statistics.median(speeds["closed"])
    change = (watched / closed - 1) * 100
    print(f"  (a) medians: watched {watched:.0f}, tab closed {closed:.0f} images/s: watching {change:+.1f} %")


def stroke_to_prediction(browser, server: Server, digit: str) -> float:
    """Seconds from releasing the mouse to the prediction shown, on a fresh Predict page."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{server.url}/predict")
    draw(page, DIGIT_STROKES[digit])
    released = time.perf_counter()
    read_prediction(page)
    seconds = time.perf_counter() - released
    context.close()
    return seconds


def predict_part(browser, server: Server, rounds: int) -> None:
    stroke_to_prediction(browser, server, "7")  # the model loads once per server: not a stroke's cost
    context, _ = start_job(browser, server, epochs=3)
    context.close()
    timings = []
    while len(timings) < rounds * 10 and (job_record(server) or {}).get("state") == "running":
        timings.append(stroke_to_prediction(browser, server, "71"[len(timings) % 2]))
    print(f"  (c) stroke to prediction while a job trains: {quantiles(timings)}", flush=True)
    wait_for_job_end(server)


def class_part() -> None:
    from lenet_core.jobs.executor import DaskExecutor
    from lenet_core.jobs.manager import JobManager
    from lenet_core.network.config import preset_config
    from lenet_core.store.models import ModelStore

    config = preset_config("fast", "mnist", limit=5000)
    for workers in (1, 2):
        with tempfile.TemporaryDirectory() as folder:
            executor = DaskExecutor(workers=workers)
            manager = JobManager(store=ModelStore(Path(folder) / "models"), jobs_dir=None, executor=executor)
            try:
                executor.client().run(
                    lambda: __import__("lenet_core.network.training")
                )  # TensorFlow loaded: a warm class
                started = time.monotonic()
                jobs = [manager.submit(config, f"student {n}", owner=f"student-{n}") for n in range(8)]
                done = [manager.wait(job.job_id, timeout=1800) for job in jobs]
                elapsed = time.monotonic() - started
                states = {job.state for job in done}
                print(f"  (d) 8 fast-preset jobs on 5,000 images, {workers} worker(s): {elapsed:.1f} s ({states})")
            finally:
                manager.close()
                executor.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rounds", nargs="?", type=int, default=3)
    parser.add_argument("parts", nargs="*", default=["page", "predict", "class"])
    parser.add_argument("--app-dir", type=Path, help="run the server from another checkout (a 'before')")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    if {"page", "predict"} & set(args.parts):
        with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
            server = Server(populate_root(Path(folder)), app_dir=args.app_dir).start()
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                if "page" in args.parts:
                    print("Parts (a), (b), (e): the book's recipe, 1 epoch, watched vs tab closed", flush=True)
                    page_part(browser, server, args.rounds)
                if "predict" in args.parts:
                    print("Part (c): drawing on the Predict page while a job trains", flush=True)
                    predict_part(browser, server, args.rounds)
            finally:
                browser.close()
                server.stop()
    if "class" in args.parts:
        print("Part (d): a class of 8 submitting at once", flush=True)
        class_part()


if __name__ == "__main__":
    main()
