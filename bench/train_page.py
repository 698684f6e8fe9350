"""What watching a job on the Train page costs the job, and how often its live view refreshes.

    python -m bench.train_page               # 4 rounds of 1 epoch, then 21 alternating epochs
    python -m bench.train_page 2 1 0         # 2 rounds of 1 epoch, no alternating part

Part 1, the issue's comparison: the book's recipe started from the page, once watched in Chromium
for the whole job and once with the tab closed after Start, versus the same config trained
directly through lenet_core; the three alternate, round after round.
Part 2 isolates the page: one job on 10,000 images an epoch whose page is watched in even epochs
and paused in odd ones (the page's JavaScript stopped in the debugger: no timer, no rerun, no
redraw, like a closed tab), each watched epoch compared with the paused ones either side of it.
This machine's speed drifts by tens of percent from one minute to the next, hence medians (and
best runs, the least disturbed). The browser runs on this same machine, so its drawing competes
with TensorFlow for the same two cores.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from harness.browser import configure_job
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root
from lenet_core.network.config import TrainingConfig
from lenet_core.network.training import train

PROGRESS = re.compile(r"Epoch \d+/\d+ · batch \d+/\d+")
# Runs in the page: notes each time the progress text changes, without a round trip per check.
WATCH_PROGRESS = """() => {
    window.progressChanges = [];
    let last = null;
    setInterval(() => {
        const bar = document.querySelector('[data-testid="stProgress"]');
        const text = bar ? bar.innerText : null;
        if (text && text !== last) { window.progressChanges.push(performance.now() / 1000); last = text; }
    }, 100);
}"""


def cpu_seconds(name: str) -> float:
    """User + system CPU seconds of every process whose command name contains `name`."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if name in text[text.index("(") + 1 : text.rindex(")")]:
            fields = text[text.rindex(")") + 2 :].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def job_record(server: Server) -> dict | None:
    """The newest job's record (written at every epoch end) as the server keeps it on disk."""
    paths = sorted(server.jobs.glob("*.json"), key=lambda path: path.stat().st_mtime)
    try:
        return json.loads(paths[-1].read_text()) if paths else None
    except (OSError, ValueError):
        return None  # caught mid-rename; the next look sees it


def start_job(browser, server: Server, epochs: int, images: int = 0):
    """Opens the Train page in a fresh session, starts a book-recipe job and waits until it shows."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.goto(f"{server.url}/")
    configure_job(page, images=str(images), epochs=str(epochs))
    page.get_by_role("button", name=re.compile("Start training")).click()
    page.get_by_text(PROGRESS).first.wait_for(timeout=60_000)
    return context, page


def wait_for_job_end(server: Server, job_id: str | None = None) -> dict:
    while True:
        record = job_record(server)
        if record and record["state"] not in ("queued", "running") and record["job_id"] != job_id:
            return record
        time.sleep(0.5)


def job_from_the_page(browser, server: Server, epochs: int, watched: bool, previous: str | None):
    """Runs one job started from the page; returns its record, update intervals and Chromium CPU-s/s."""
    context, page = start_job(browser, server, epochs)
    page.evaluate(WATCH_PROGRESS)
    if not watched:
        context.close()  # the student starts the job and closes the tab
    browser_cpu, started = cpu_seconds("chrom"), time.perf_counter()
    record = wait_for_job_end(server, previous)
    load = (cpu_seconds("chrom") - browser_cpu) / (time.perf_counter() - started)
    intervals = []
    if watched:
        changes = page.evaluate("window.progressChanges")
        intervals = [b - a for a, b in zip(changes, changes[1:], strict=False)]
        context.close()
    model = json.loads((server.models / record["model_id"] / "metadata.json").read_text())
    return record["job_id"], model["images_per_second"], intervals, load


def started_from_the_page_versus_direct(browser, server: Server, rounds: int, epochs: int) -> None:
    speeds = {"watched": [], "closed": [], "direct": []}
    intervals, previous = [], None
    for round_number in range(1, rounds + 1):
        loads = {}
        for arm in ("watched", "closed"):
            previous, speed, gaps, loads[arm] = job_from_the_page(browser, server, epochs, arm == "watched", previous)
            speeds[arm].append(speed)
            intervals += gaps
        direct = train(TrainingConfig(epochs=epochs), on_batch=lambda progress: None, batch_every=5)
        speeds["direct"].append(direct.images_per_second)
        print(
            f"  round {round_number}: images/s of a job from the page, watched {speeds['watched'][-1]:5.0f}, tab "
            f"closed {speeds['closed'][-1]:5.0f}; direct {speeds['direct'][-1]:5.0f}. Chromium used "
            f"{loads['watched']:.2f} CPU-s per second while watching",
            flush=True,
        )
    for summary, pick in (("median", statistics.median), ("best", max)):
        direct = pick(speeds["direct"])
        costs = ", ".join(
            f"{arm} {(1 - pick(speeds[arm]) / direct) * 100:5.1f} % ({pick(speeds[arm]):.0f} images/s)"
            for arm in ("watched", "closed")
        )
        print(f"{summary} of {rounds}: direct {direct:.0f} images/s; cost of the page: {costs}")
    print(
        f"progress and chart updates: every {statistics.median(intervals):.2f} s (median), "
        f"max {max(intervals):.2f} s, {len(intervals) + rounds} in {rounds * epochs} watched epoch(s)"
    )


def watched_versus_paused(browser, server: Server, epochs: int) -> None:
    context, page = start_job(browser, server, epochs, images=10_000)
    cdp = context.new_cdp_session(page)
    cdp.send("Debugger.enable")
    seen, paused = -1, False
    while (record := job_record(server)) is None or record["state"] == "running":
        done = len(record["history"].get("seconds", [])) if record else 0
        if done != seen:  # epoch `done + 1` starts: watched when it is even
            seen = done
            if done % 2 and paused:
                cdp.send("Debugger.resume")
            elif not done % 2 and not paused:
                cdp.send("Debugger.pause")
            paused = not done % 2
        time.sleep(0.1)
    context.close()
    seconds = record["history"]["seconds"]
    # Each watched epoch against the mean of the paused epochs either side: same minute, same drift.
    ratios = [
        seconds[i] / ((seconds[i - 1] + seconds[i + 1]) / 2) for i in range(3, len(seconds) - 1, 2)
    ]  # 0-based index 3 is epoch 4; epochs 1 and 2 warm up
    marked = " ".join(f"{value:.1f}{'pw'[index % 2]}" for index, value in enumerate(seconds))
    print(f"epoch seconds (w = watched, p = paused): {marked}")
    print(
        f"watched epoch / mean of its paused neighbours: median {statistics.median(ratios):.3f} over "
        f"{len(ratios)} epochs: watching costs {(statistics.median(ratios) - 1) * 100:.1f} %"
    )


def main(rounds: int = 4, epochs: int = 1, alternating_epochs: int = 21) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        server = Server(populate_root(Path(folder))).start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            if rounds:
                print(f"Part 1: the book's recipe, {epochs} epoch(s): from the page (watched, tab closed) and direct")
                started_from_the_page_versus_direct(browser, server, rounds, epochs)
            if alternating_epochs:
                print(f"Part 2: one job of {alternating_epochs} epochs on 10,000 images, watched in even epochs")
                watched_versus_paused(browser, server, alternating_epochs)
        finally:
            browser.close()
            server.stop()


if __name__ == "__main__":
    main(*(int(argument) for argument in sys.argv[1:]))
