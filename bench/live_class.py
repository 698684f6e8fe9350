"""A class drawing on the Predict page while a job trains: what the server answers, what it costs the job.

    python -m bench.live_class --students 10 30
    python -m bench.live_class --students 3 --train-images 4000      # a quick look

One real server (its own store) for the whole run; the students are headless (harness/students.py:
Chromium's recorded messages replayed over Streamlit's websocket, each student with its own
identity and handwriting), so 30 of them fit on this machine beside the server. In order:
  page loads: a new student opens the Predict page on the fresh server (TensorFlow imported, the
          model loaded), then another on the idle server;
  alone:  one job, the book's recipe on --train-images images for --epochs, started the way the Train
          page starts it (a headless student on the Train page presses Start and watches the job,
          whose view reruns every 2 s), with nobody drawing (after a small job that warms the
          Dask worker);
  class:  for each N in --students, N students open the Predict page together, open its four
          look-inside views, and each draws a stroke every --pace s (a student waits for the answer
          before the next stroke) while the same job trains again, until it ends. Halfway through
          the job, one more student opens the page. Then the job alone again: each class is
          compared with the job alone just before and just after it (on this machine the same
          job ran at about 2,900 or about 5,000 images/s from one run to the next).
A stroke's time (p50, p95, max) is from its message sent until the Draw fragment's run has
finished and its images have arrived; KiB is what arrived for it (websocket and images). An error is
a stroke without that: a timeout, a disconnect, an exception or st.error in the answer, an answer
without the views' elements. The server's RSS is over its process tree (the server and the Dask
worker that trains), sampled every 0.1 s. Students and server share the same 2 cores: "bench CPU"
is what the students themselves cost (CPU seconds per second of this process).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

from bench.abuse_live import TreeMonitor, kill
from harness.server import Server, populate_root
from harness.students import MAX_STUDENTS, Recording, StaleRecording, Student, StudentError, drawings, widget_keys

MIB = 2**20
CAP_BYTES = 16 * 2**30  # the server tree is killed past this: the machine must survive a leak
DRAWINGS_PER_STUDENT = 6  # each student cycles through its own digits


def percentile(values: list[float], fraction: float) -> float:
    return float(np.percentile(values, fraction * 100)) if values else float("nan")


# ---------------------------------------------------------------------------------------------
# The job, started through the Train page


def job_records(server: Server) -> dict[str, dict]:
    records = {}
    for path in server.jobs.glob("*.json"):
        with contextlib.suppress(OSError, ValueError):  # caught mid-rename: the next look sees it
            records[path.stem] = json.loads(path.read_text())
    return records


async def wait_for(condition, what: str, deadline: float, every: float = 0.25):
    """Polls `condition()` until it returns something truthy; StudentError after `deadline` seconds."""
    end = time.monotonic() + deadline
    while not (found := condition()):
        if time.monotonic() > end:
            raise StudentError(f"gave up after {deadline:.0f} s waiting for {what}")
        await asyncio.sleep(every)
    return found


class Job:
    """One training job started by a headless student on the Train page, who watches it."""

    def __init__(self, server: Server, recording: Recording, images: int, epochs: int):
        self.server, self.recording = server, recording
        keys = widget_keys(recording.message("train_start"))
        epochs_key = next(key for key in keys if key.startswith("train_epochs_"))
        self.values = {"train_subset": images, epochs_key: epochs}
        self.trainer = Student(server.url, recording, page="train")
        self.job_id: str | None = None
        self.started = self.ended = 0.0  # time.perf_counter(): running, then finished

    async def start(self, deadline: float) -> None:
        before = set(job_records(self.server))
        await self.trainer.connect()
        started = await self.trainer.start_training(self.values)
        if started.errors:  # refused: a class limit, the queue
            raise StudentError(f"the Train page refused the job: {started.errors[0]}")
        # The Start button's run writes the record (50 ms on an idle server): a minute is a job refused.
        new = await wait_for(lambda: set(job_records(self.server)) - before, "the job's record", min(deadline, 60))
        self.job_id = new.pop()
        await wait_for(lambda: self.record()["state"] != "queued", "the job to leave the queue", deadline)
        self.started = time.perf_counter()

    def record(self) -> dict:
        return job_records(self.server).get(self.job_id, {"state": "queued"})

    async def finish(self, deadline: float) -> dict:
        """Waits for the job's end; returns its record, with "images_per_second" of the whole job."""
        record = await wait_for(
            lambda: (record := self.record())["state"] not in ("queued", "running") and record,
            "the job's end",
            deadline,
        )
        self.ended = time.perf_counter()
        await self.trainer.close()
        if record["state"] != "finished":
            raise StudentError(f"the job ended {record['state']}: {record.get('error')}")
        metadata = json.loads((self.server.models / record["model_id"] / "metadata.json").read_text())
        return record | {"images_per_second": metadata["images_per_second"]}


async def job_alone(server: Server, recording: Recording, args) -> float:
    job = Job(server, recording, args.train_images, args.epochs)
    await job.start(args.deadline)
    return (await job.finish(args.deadline))["images_per_second"]


# ---------------------------------------------------------------------------------------------
# Students


async def page_load(server: Server, recording: Recording) -> float:
    """Seconds for a new student's first Predict page: its files, the run, the canvas's files and
    model, and the look-inside views opened."""
    started = time.perf_counter()
    async with Student(server.url, recording) as student:
        await student.open()
        return time.perf_counter() - started


class Lesson:
    """N students drawing: every stroke's (sent at, seconds) and every error."""

    def __init__(self, server: Server, recording: Recording, count: int, pace: float):
        self.server, self.recording, self.pace = server, recording, pace
        self.students = [Student(server.url, recording) for _ in range(count)]
        self.strokes: list[tuple[float, float, int]] = []  # (sent at, seconds, bytes received)
        self.errors: list[str] = []
        self.stop = asyncio.Event()

    async def arrive(self) -> list[float]:
        """The class opens the page together; returns each student's load seconds."""

        async def one(student: Student) -> float:
            started = time.perf_counter()
            await student.connect()
            await student.open()
            return time.perf_counter() - started

        loads = await asyncio.gather(*map(one, self.students))
        self.values = {}  # each student's strokes, computed now: none of the class's CPU goes to it
        for number, student in enumerate(self.students):
            rng = np.random.default_rng(number)
            labels = [int(label) for label in rng.integers(0, 10, DRAWINGS_PER_STUDENT)]
            self.values[student.token] = [student.stroke_for(rgba) for rgba in drawings(labels, seed=number)]
        return loads

    async def draw(self, student: Student, offset: float) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.sleep(offset)  # a class does not draw in step
        values = self.values[student.token]
        number = 0
        while not self.stop.is_set():
            began = loop.time()
            try:
                answer = await student.stroke(values[number % len(values)])
            except StaleRecording:
                raise
            except StudentError as error:
                self.errors.append(str(error)[:120])
                if "disconnected" in str(error):
                    return
            else:
                self.strokes.append((answer.sent_at, answer.seconds, answer.received_bytes))
                self.errors += [f"st.error: {said[:100]}" for said in answer.errors]
            number += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), max(0.0, self.pace - (loop.time() - began)))

    async def close(self) -> None:
        await asyncio.gather(*(student.close() for student in self.students))


async def a_class(server: Server, recording: Recording, count: int, args, alone_seconds: float) -> dict:
    monitor = TreeMonitor(server.process.pid, CAP_BYTES).start()
    lesson = Lesson(server, recording, count, args.pace)
    me = psutil.Process()
    try:
        loads = await asyncio.wait_for(lesson.arrive(), args.deadline)
        rng = np.random.default_rng(count)
        drawing = [
            asyncio.create_task(lesson.draw(student, float(offset)))
            for student, offset in zip(lesson.students, rng.uniform(0, args.pace, count), strict=True)
        ]
        cpu_before, wall_before = sum(me.cpu_times()[:2]), time.perf_counter()
        job = Job(server, recording, args.train_images, args.epochs)
        await job.start(args.deadline)
        await asyncio.sleep(alone_seconds / 2)
        late = await page_load(server, recording)
        finished = asyncio.create_task(job.finish(args.deadline))
        done, _ = await asyncio.wait([finished, *drawing], return_when=asyncio.FIRST_COMPLETED)
        if finished not in done:  # a drawing task ended first: only a StaleRecording does that
            next(iter(done)).result()
        record = await finished
        lesson.stop.set()
        await asyncio.wait_for(asyncio.gather(*drawing), args.deadline)
        bench_cpu = (sum(me.cpu_times()[:2]) - cpu_before) / (time.perf_counter() - wall_before)
    finally:
        lesson.stop.set()
        await lesson.close()
        monitor.stop()
    during = [(seconds, size) for sent, seconds, size in lesson.strokes if job.started <= sent <= job.ended]
    return {
        "students": count,
        "loads": loads,
        "strokes": [seconds for seconds, _ in during],
        "kib": statistics.mean(size for _, size in during) / 1024 if during else float("nan"),
        "errors": lesson.errors,
        "images_per_second": record["images_per_second"],
        "peak_mib": monitor.peak / MIB,
        "idle_mib": monitor.idle / MIB,
        "late_load": late,
        "bench_cpu": bench_cpu,
        "capped": monitor.capped,
    }


# ---------------------------------------------------------------------------------------------


async def run(server: Server, args) -> None:
    recording = Recording.load()
    cold = await page_load(server, recording)
    warm = await page_load(server, recording)
    print(f"a new student's Predict page: {cold:.2f} s on the fresh server (TensorFlow, the model), {warm:.2f} s idle")
    # A fresh Dask worker's first job ran at 2,870-2,875 images/s in two runs, later ones at up to
    # 5,087: a small first job warms the worker, so the first measured one is not also its first.
    await job_alone(server, recording, argparse.Namespace(**vars(args) | {"train_images": 2_000}))
    alone = [await job_alone(server, recording, args)]
    alone_seconds = args.train_images * args.epochs / alone[0]
    print(f"the job alone: {alone[0]:,.0f} images/s ({alone_seconds:.0f} s)", flush=True)
    rows = []
    for count in args.students:
        row = await a_class(server, recording, count, args, alone_seconds)
        alone.append(await job_alone(server, recording, args))
        row["alone"] = statistics.mean(alone[-2:])  # the runs just before and just after: the same minutes
        rows.append(row)
        print(
            f"  {count} students: {len(row['strokes'])} strokes during the job, {len(row['errors'])} errors; "
            f"class arrived in p50 {statistics.median(row['loads']):.2f} s, max {max(row['loads']):.2f} s; "
            f"then the job alone: {alone[-1]:,.0f} images/s",
            flush=True,
        )
        for error in sorted(set(row["errors"]))[:5]:
            print(f"    error: {error} (x{row['errors'].count(error)})")
    print()
    print(
        f"{'students':>8} {'strokes':>7} {'p50 s':>6} {'p95 s':>6} {'max s':>6} {'errors':>6} {'KiB':>4} "
        f"{'job img/s':>9} {'alone':>6} {'vs alone':>8} {'RSS peak':>9} {'new page s':>10} {'bench CPU':>9}"
    )
    for row in rows:
        strokes, speed = row["strokes"], row["images_per_second"]
        print(
            f"{row['students']:>8} {len(strokes):>7} {percentile(strokes, 0.5):>6.2f} "
            f"{percentile(strokes, 0.95):>6.2f} {max(strokes, default=float('nan')):>6.2f} {len(row['errors']):>6} "
            f"{row['kib']:>4.0f} {speed:>9,.0f} {row['alone']:>6,.0f} {speed / row['alone'] - 1:>+8.0%} "
            f"{row['peak_mib']:>5,.0f} MiB {row['late_load']:>10.2f} {row['bench_cpu']:>7.2f}/s"
            + ("  (killed at the memory cap)" if row["capped"] else "")
        )
    print("alone: the mean of the job alone just before and just after that class")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, nargs="+", default=[10, 30], help=f"class sizes, 1 to {MAX_STUDENTS}")
    parser.add_argument("--pace", type=float, default=2.0, help="seconds between a student's strokes")
    parser.add_argument("--train-images", type=int, default=60_000, help="the job's training images (at most 60,000)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--deadline", type=float, default=600, help="seconds any one wait may take")
    args = parser.parse_args()
    if not all(1 <= count <= MAX_STUDENTS for count in args.students):
        parser.error(f"a class is 1 to {MAX_STUDENTS} students")
    with tempfile.TemporaryDirectory() as folder:
        server = Server(populate_root(Path(folder))).start()
        tree = TreeMonitor(server.process.pid, CAP_BYTES)  # for what the server's stop leaves behind
        try:
            asyncio.run(run(server, args))
        finally:
            leftovers = tree.processes()[1:]
            server.stop()
            kill(leftovers)  # a Dask worker the server's stop left behind


if __name__ == "__main__":
    sys.exit(main())
