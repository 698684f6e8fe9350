"""A mischievous classmate's heavy inputs sent to a running server: its peak memory and CPU, before vs after.

    git worktree add /tmp/lenet-before 638c43f     # the version before the class's budgets
    python -m bench.abuse_live --before /tmp/lenet-before
    python -m bench.abuse_live --before /tmp/lenet-before --rows canvas hdf5 --deadline 90 --cap-gb 8

Each row starts a real `streamlit run streamlit_app.py` from that checkout (a fresh server and
store per row and arm; the arms alternate row by row, before then after), lets a real Chromium do
what the classmate does, and samples the server's process tree (the server and the Dask workers it
starts) every 0.1 s: peak resident memory above the idle server, and CPU seconds used from the
first action until the page is idle again (or the deadline). A tree that grows past --cap-gb is
killed, so the machine survives the "before" arm. The rows (issue 26's table):
  wide:   a model inside every class limit (one conv block of 1,024 filters, no dense layer) is in
          the store; the classmate opens it on Predict and uploads a digit, which builds its
          look-inside views (the map, occlusion, the test-set view);
  canvas: she draws one stroke, and her browser sends the server a 12,000 x 12,000 PNG in the
          canvas's place (the websocket message is rewritten in flight: a page's script could);
  hdf5:   she uploads a weights file whose layer and weight name lists repeat one name 20,000 times;
  train:  she starts training the wide model in batches of 1,024.
Peaks include what the server imports for the row (TensorFlow, the data set): compare the arms,
not the rows, and figures from one run only.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from harness.browser import choose, configure_job, draw, go_to, wait_until_idle
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root
from lenet_core.base.settings import PROJECT_DIR

ROWS = ("wide", "canvas", "hdf5", "train")
WIDE_NAME = "Wide one"
MIB = 2**20


class TreeMonitor:
    """Samples the resident memory of a process and its descendants; kills them all past a cap."""

    def __init__(self, pid: int, cap_bytes: int):
        self.root = psutil.Process(pid)
        self.cap_bytes = cap_bytes
        self.peak = 0
        self.capped = False
        self._cpu: dict[int, float] = {}  # pid -> its CPU seconds when last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def processes(self) -> list[psutil.Process]:
        try:
            return [self.root, *self.root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def sample(self) -> int:
        total = 0
        for process in self.processes():
            try:
                total += process.memory_info().rss
                times = process.cpu_times()
                self._cpu[process.pid] = times.user + times.system
            except psutil.NoSuchProcess:
                pass
        return total

    def cpu_seconds(self) -> float:
        return sum(self._cpu.values())

    def start(self) -> TreeMonitor:
        self.idle = self.sample()
        self.cpu_at_start = self.cpu_seconds()
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            total = self.sample()
            self.peak = max(self.peak, total)
            if total > self.cap_bytes and not self.capped:
                self.capped = True
                kill(reversed(self.processes()))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def kill(processes) -> None:
    for process in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def make_inputs(folder: Path) -> dict[str, Path]:
    """The classmate's files, made once for both arms."""
    import h5py
    from PIL import Image, ImageDraw

    from harness.drawings import draw_on_canvas, png_bytes
    from lenet_core.data.datasets import load_dataset

    inputs = {"canvas": folder / "canvas.png", "hdf5": folder / "repeated.weights.h5", "digit": folder / "digit.png"}
    image = Image.new("RGBA", (12_000, 12_000), (0, 0, 0, 255))
    ImageDraw.Draw(image).line((0, 0, 11_999, 11_999), fill=(255, 255, 255, 255), width=20)
    image.save(inputs["canvas"], format="PNG", compress_level=9)
    del image
    with h5py.File(inputs["hdf5"], "w") as f:
        f.attrs["layer_names"] = np.array([b"c"] * 20_000)
        group = f.create_group("c")
        group.attrs["weight_names"] = np.array([b"k"] * 20_000)
        group.create_dataset("k", shape=(5, 5, 1, 20), dtype="float32")
    digit = load_dataset("mnist").test_images[0]
    inputs["digit"].write_bytes(png_bytes(draw_on_canvas(digit, 8.0, 28, 28)))
    return inputs


def add_wide_model(root: Path) -> None:
    """The wide model in this server's store, as a finished job would have left it (untrained weights)."""
    from lenet_core.network.architecture import Architecture
    from lenet_core.network.config import TrainingConfig
    from lenet_core.network.model import build_model
    from lenet_core.store.models import ModelStore

    wide = Architecture(conv_filters=(1024,), dense_units=())
    ModelStore(root / "models").save(build_model(wide), WIDE_NAME, TrainingConfig(architecture=wide))


def canvas_rewriter(data_url: str):
    """What the page's websocket sends, with every canvas image swapped for `data_url`."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    pattern = re.compile(rb"data:image/png;base64,[A-Za-z0-9+/=]+")
    replacement = data_url.encode()

    def rewrite(message: bytes | str) -> bytes | str:
        if isinstance(message, str) or b"data:image/png;base64," not in message:
            return message
        back = BackMsg()
        back.ParseFromString(message)
        for widget in back.rerun_script.widget_states.widgets:
            for field in ("json_value", "string_value"):
                if widget.HasField(field) and "data:image/png;base64," in getattr(widget, field):
                    value = pattern.sub(replacement, getattr(widget, field).encode()).decode()
                    setattr(widget, field, value)
        return back.SerializeToString()

    return rewrite


def act(page, row: str, server: Server, inputs: dict[str, Path], deadline: float) -> None:
    """What the classmate does for `row`, from the first action until the page is idle again."""
    if row in ("wide", "canvas"):
        go_to(page, "Predict")
        wait_until_idle(page, timeout=deadline)
    if row == "wide":
        choose(page, "Model", WIDE_NAME)
        page.get_by_role("tab", name=re.compile("Upload")).click()
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(inputs["digit"]))
        wait_until_idle(page, timeout=deadline)
        for summary in page.locator('[data-testid="stExpander"] summary').all():  # every look-inside view
            summary.click()
            wait_until_idle(page, timeout=deadline)
    elif row == "canvas":
        for _ in range(3):  # a stroke drawn while the component is still settling sends nothing: again
            draw(page, [[(140, 45), (140, 235)]])
            try:
                page.wait_for_selector('[data-test-script-state="running"]', timeout=5_000)
                break
            except PlaywrightTimeoutError:
                continue
        wait_until_idle(page, timeout=deadline)
    elif row == "hdf5":
        go_to(page, "Models")
        wait_until_idle(page, timeout=deadline)
        page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(inputs["hdf5"]))
        wait_until_idle(page, timeout=deadline)
        page.get_by_role("button", name="Check and score on the test set").click()
        wait_until_idle(page, timeout=deadline)
        page.wait_for_timeout(3_000)  # a scoring job, if one starts, reads the file on a worker
        wait_until_idle(page, timeout=deadline)
    elif row == "train":
        configure_job(page, images="2000", epochs="1")
        page.get_by_text("Architecture (the book").first.click()  # the expander with its fields
        for label, value in (("Conv filters per block", "1024"), ("Hidden dense units", "")):
            field = page.get_by_role("textbox", name=label)
            field.fill(value)
            field.press("Enter")
            wait_until_idle(page, timeout=deadline)
        page.get_by_role("combobox", name="Batch size").click()
        page.get_by_role("option", name="1024", exact=True).click()
        wait_until_idle(page, timeout=deadline)
        start = page.get_by_role("button", name=re.compile("Start training"))
        if not start.is_enabled():  # refused before it can start: the page says why
            return
        start.click()
        wait_until_idle(page, timeout=deadline)
        # The job runs on a Dask worker: wait for its first epoch's progress, a failure, or the deadline.
        end = time.monotonic() + deadline
        while time.monotonic() < end and not page.get_by_text(re.compile(r"images/s|failed|limit", re.I)).count():
            page.wait_for_timeout(500)


def outcome(page) -> str:
    """What the page says at the end: its first alert, else that it showed none."""
    texts = page.locator('[data-testid="stAlert"] [data-testid="stMarkdownContainer"]').all_inner_texts()
    alerts = [text.strip() for text in texts if text.strip()]  # the messages, without their icons
    said = next((text for text in alerts if re.search(r"limit|refus|too |at most|cannot|only", text, re.I)), None)
    return (said or (alerts[0] if alerts else "no message")).replace("\n", " ")[:90]


def measure(browser, arm: Path, row: str, inputs: dict[str, Path], deadline: float, cap: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = populate_root(Path(folder))
        if row == "wide":
            add_wide_model(root)
        server = Server(root, app_dir=arm).start()
        tree = TreeMonitor(server.process.pid, cap)  # for what the server's stop leaves behind
        context = browser.new_context(viewport={"width": 1400, "height": 1100})
        try:
            page = context.new_page()
            page.set_default_timeout(deadline * 1000)
            if row == "canvas":
                data_url = "data:image/png;base64," + base64.b64encode(inputs["canvas"].read_bytes()).decode()
                rewrite = canvas_rewriter(data_url)

                def route(socket):
                    upstream = socket.connect_to_server()
                    socket.on_message(lambda message: upstream.send(rewrite(message)))
                    upstream.on_message(lambda message: socket.send(message))

                page.route_web_socket(re.compile(r".*/_stcore/stream"), route)
            page.goto(server.url)
            wait_until_idle(page, timeout=deadline)
            page.wait_for_timeout(1_000)
            monitor = TreeMonitor(server.process.pid, cap).start()
            started = time.monotonic()
            error = ""
            try:
                act(page, row, server, inputs, deadline)
            except Exception as failure:  # the deadline, or a server killed at the cap
                error = f"{type(failure).__name__}"
            wall = time.monotonic() - started
            monitor.stop()
            if monitor.capped:
                said = f"killed at the {cap / 2**30:.0f} GB cap"
            elif error:
                said = f"still busy at the {deadline:.0f} s deadline ({error})"
            else:
                said = outcome(page)
            extra, cpu = (monitor.peak - monitor.idle) / MIB, monitor.cpu_seconds() - monitor.cpu_at_start
            return f"{monitor.idle / MIB:>7,.0f} MiB {extra:>+9,.0f} MiB {cpu:>7.1f} {wall:>7.1f}  {said}"
        finally:
            context.close()
            leftovers = tree.processes()[1:]
            server.stop()
            kill(leftovers)  # a Dask worker the server's stop left behind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the version to compare with")
    parser.add_argument("--rows", nargs="+", choices=ROWS, default=list(ROWS))
    parser.add_argument("--deadline", type=float, default=120, help="seconds before a row is given up")
    parser.add_argument("--cap-gb", type=float, default=10, help="the server tree is killed past this memory")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    arms = {"before": args.before.resolve(), "after": PROJECT_DIR}
    cap = int(args.cap_gb * 2**30)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        inputs = make_inputs(Path(folder))
        print(f"inputs: canvas PNG {inputs['canvas'].stat().st_size / 1e3:,.0f} kB, upload "
              f"{inputs['hdf5'].stat().st_size / 1e3:,.0f} kB", flush=True)  # fmt: skip
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        print(f"{'row':7} {'arm':7} {'idle RSS':>11} {'peak above':>13} {'CPU s':>7} {'wall s':>7}  outcome")
        for row in args.rows:
            for name, arm in arms.items():
                print(f"{row:7} {name:7} {measure(browser, arm, row, inputs, args.deadline, cap)}", flush=True)
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
