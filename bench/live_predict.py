"""Drawing on Predict in a real Chromium: how fast the answer follows the pen, and what each stroke
costs the server, before (the server predicts each stroke) vs after (the browser does).

    git worktree add /tmp/lenet-before 7d98def     # the last version with the server-side canvas
    python -m bench.live_predict --before /tmp/lenet-before
    python -m bench.live_predict --before /tmp/lenet-before --strokes 30 --rounds 3

Both servers run at once (a fresh store each, the shipped models copied in) and the arms
alternate round by round. Each round draws --strokes strokes (a 1, a 7, a 0 in turn, each
followed by Clear, as a student tries again), first with the look-inside views closed and then
with all of them open, and reads:
  - pointer move -> answer shown (after only; the canvas records event.timeStamp to the answer's
    DOM update, for the moves during a stroke), and stroke end -> the page's answer or views shown;
  - server CPU seconds per stroke (its process tree, Clear included), and websocket bytes per stroke.
The "before" arm has no closed views: it computed all of them on every stroke.
Compare the arms within one run only.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

from harness.browser import DIGIT_STROKES, LIVE_CANVAS, draw, open_view, wait_for_canvas, wait_until_idle
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root
from lenet_core.base.settings import PROJECT_DIR

VIEWS = (
    "What the model sees",
    "Why this answer",
    "Where it lies among the test images",
    "Compare with a naive 280→28 resize",
)


SHOWN = {
    "server": """() => [...document.querySelectorAll("h3")].some((h) => h.textContent.startsWith("Prediction:"))
        && performance.now()""",
    "live": """() => document.querySelector('[data-testid="stForm"]') && performance.now()""",
    "live_open": """() => [...document.querySelectorAll('[data-testid="stImageCaption"]')]
        .some((c) => c.textContent.startsWith("What the model sees")) && performance.now()""",
}
DOWNLOADS = """() => Object.fromEntries(performance.getEntriesByType("resource")
    .filter((entry) => entry.name.includes("/_stcore/bidi-components/"))
    .map((entry) => [entry.name.split("/").pop(), [entry.transferSize, entry.decodedBodySize]]))"""


def cpu_seconds(pid: int) -> float:
    total = 0.0
    root = psutil.Process(pid)
    for process in [root, *root.children(recursive=True)]:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def percentiles(values) -> str:
    if not len(values):
        return "-"
    return f"{np.percentile(values, 50):.0f} / {np.percentile(values, 95):.0f}"


class Arm:
    def __init__(self, name: str, app_dir: Path, browser):
        self.name = name
        self.live = (app_dir / "app_pages" / "live_canvas").is_dir()
        self.server = Server(populate_root(Path(tempfile.mkdtemp(prefix=f"live-{name}-"))), app_dir=app_dir).start()
        self.context = browser.new_context(viewport={"width": 1400, "height": 1100})
        self.page = self.context.new_page()
        self.page.set_default_timeout(120_000)
        self.sent = self.received = 0
        self.page.on("websocket", self._watch)
        opened = time.perf_counter()
        self.page.goto(f"{self.server.url}/predict")
        self.opened = False
        self.idle = 0.0  # CPU seconds per second of the idle server
        self.rows: dict[str, dict[str, list]] = {}
        self.downloads = {}
        if self.live:
            wait_for_canvas(self.page)
            self.ready = time.perf_counter() - opened
            # What a first visit fetched for the canvas, as sent (gzip where the server applies it).
            self.downloads = self.page.evaluate(DOWNLOADS)
        else:
            self.page.locator("canvas.upper-canvas").last.wait_for()
        wait_until_idle(self.page)

    def _watch(self, socket) -> None:
        def count(frame, field: str) -> None:
            payload = frame if isinstance(frame, (bytes, str)) else frame.get("payload", b"")
            setattr(self, field, getattr(self, field) + len(payload))

        socket.on("framesent", lambda frame: count(frame, "sent"))
        socket.on("framereceived", lambda frame: count(frame, "received"))

    def open_views(self) -> None:
        if not self.live or self.opened:
            return
        for title in VIEWS:  # they stay open through Clear and the next drawings
            open_view(self.page, title)
            wait_until_idle(self.page)
        self.opened = True

    def stroke(self, digit: str) -> tuple[float, float]:
        """One stroke and its Clear; returns (stroke end -> page done, seconds)."""
        page = self.page
        if self.live:
            before = page.evaluate("() => window.lenetLive.latencies.length")
            draw(page, DIGIT_STROKES[digit])
        else:
            draw(page, DIGIT_STROKES[digit], canvas_selector="canvas.upper-canvas")
            before = 0
        ended = page.evaluate("() => window.lenetLive ? window.lenetLive.strokeEnds.at(-1) : performance.now()")
        # When the server's part is on screen, checked every animation frame: the answer (before),
        # the feature-map view (after, views open), the donation form (after, views closed).
        shown = page.wait_for_function(
            SHOWN[("live" if self.live else "server") + ("_open" if self.opened else "")], polling="raf"
        )
        answered = (shown.json_value() - ended) / 1000
        wait_until_idle(page)
        moves = []
        if self.live:
            moves = page.evaluate(f"() => window.lenetLive.latencies.slice({before})")
            page.locator(LIVE_CANVAS).last.wait_for()
            page.get_by_role("button", name="Clear", exact=True).last.click()
        else:
            page.get_by_role("button", name=re.compile("Clear")).click()
        wait_until_idle(page)
        return answered, moves

    def round(self, label: str, strokes: int) -> None:
        row = self.rows.setdefault(label, {"end": [], "moves": [], "cpu": [], "bytes": []})
        cpu, sent, received = cpu_seconds(self.server.process.pid), self.sent, self.received
        started = time.perf_counter()
        for number in range(strokes):
            answered, moves = self.stroke("170"[number % 3])
            row["end"].append(answered * 1000)
            row["moves"].extend(moves)
        used = cpu_seconds(self.server.process.pid) - cpu - self.idle * (time.perf_counter() - started)
        row["cpu"].append(used / strokes * 1000)
        row["bytes"].append((self.sent - sent + self.received - received) / strokes / 1024)

    def close(self) -> None:
        self.context.close()
        self.server.stop()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the version to compare with")
    parser.add_argument("--strokes", type=int, default=15, help="strokes per round and setting (each then cleared)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        arms = [Arm("before", args.before.resolve(), browser), Arm("after", PROJECT_DIR, browser)]
        try:
            for arm in arms:  # warm: the models, the test-set views, TensorFlow's first calls
                arm.stroke("7")
                arm.open_views()
                arm.stroke("7")
                arm.opened = False
            for arm in arms:
                arm.page.reload()
                wait_until_idle(arm.page)
                started, cpu = time.perf_counter(), cpu_seconds(arm.server.process.pid)
                time.sleep(5)  # the idle server's own CPU (Dask's heartbeats), taken off the strokes' figures
                arm.idle = (cpu_seconds(arm.server.process.pid) - cpu) / (time.perf_counter() - started)
            for setting in ("closed", "open"):
                for number in range(args.rounds):
                    for arm in arms if number % 2 == 0 else arms[::-1]:
                        if setting == "open":
                            arm.open_views()
                        arm.round(setting, args.strokes)
                        print(f"{arm.name} {setting} round {number + 1} done", file=sys.stderr)
        finally:
            for arm in arms:
                arm.close()
            browser.close()
    print(f"\n{args.rounds} rounds x {args.strokes} strokes per arm and setting (each stroke then cleared)")
    print("idle server CPU, taken off: " + ", ".join(f"{arm.name} {arm.idle * 1000:.0f} ms/s" for arm in arms) + "\n")
    for arm in arms:
        if arm.downloads:
            files = ", ".join(
                f"{name} {sent / 1e3:,.0f} kB ({size / 1e3:,.0f} kB unpacked)"
                for name, (sent, size) in arm.downloads.items()
            )
            total = sum(sent for sent, _ in arm.downloads.values())
            print(f"{arm.name}: a first visit's canvas downloads {total / 1e6:.2f} MB: {files}")
            print(f"{arm.name}: first Predict page load to a canvas that answers: {arm.ready:.1f} s (fresh server)\n")
    print("| arm | views | pointer move -> answer, ms p50 / p95 | stroke end -> server's part shown, ms p50 / p95 "
          "| server CPU per stroke, ms | websocket per stroke, KiB |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for arm in arms:
        for setting, row in arm.rows.items():
            shown = f"{setting} (all computed)" if not arm.live else setting
            print(
                f"| {arm.name} | {shown} | {percentiles(row['moves']) if arm.live else 'after the stroke only'} "
                f"| {percentiles(row['end'])} | {np.mean(row['cpu']):.0f} | {np.mean(row['bytes']):.0f} |"
            )


if __name__ == "__main__":
    main()
