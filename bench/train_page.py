"""A job started from the Train page versus the same config trained directly through lenet_core,
and how often the page's live chart refreshes during an epoch. Run by hand:

    python -m bench.train_page             # one full epoch of the book's recipe, twice
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
import time
from pathlib import Path

from lenet_core.config import TrainingConfig
from lenet_core.training import train
from tests.e2e.helpers import wait_until_idle
from tests.e2e.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root

PROGRESS = re.compile(r"Epoch \d+/\d+ · batch \d+/\d+")


def through_the_page(epochs: int) -> tuple[float, list[float]]:
    """images/s of a job started from the page, and the intervals between visible chart updates."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        server = Server(populate_root(Path(folder))).start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
            page.goto(f"{server.url}/")
            field = page.get_by_role("spinbutton", name=re.compile("Epochs"))
            field.fill(str(epochs))
            field.press("Enter")
            wait_until_idle(page)
            page.get_by_role("button", name=re.compile("Start training")).click()
            page.get_by_text(PROGRESS).first.wait_for(timeout=60_000)
            changes, last = [], None
            while not page.get_by_text("Test accuracy", exact=True).count():
                texts = page.get_by_text(PROGRESS).all_inner_texts()
                if texts and texts[0] != last:
                    changes.append(time.perf_counter())
                    last = texts[0]
                page.wait_for_timeout(50)
            [record] = [json.loads(path.read_text()) for path in server.models.glob("*-*/metadata.json")
                        if not path.parent.name.startswith("default-")]  # fmt: skip
            return record["images_per_second"], [b - a for a, b in zip(changes, changes[1:], strict=False)]
        finally:
            browser.close()
            server.stop()


def main(epochs: int = 1) -> None:
    page_speed, intervals = through_the_page(epochs)
    direct = train(TrainingConfig(epochs=epochs), on_batch=lambda progress: None, batch_every=5)
    print(f"job from the Train page : {page_speed:7.0f} images/s")
    print(f"direct lenet_core train : {direct.images_per_second:7.0f} images/s")
    print(f"page cost               : {(1 - page_speed / direct.images_per_second) * 100:6.1f} %")
    if intervals:
        print(
            f"chart/progress refreshes: {len(intervals) + 1} during the run; interval median "
            f"{statistics.median(intervals):.2f} s, max {max(intervals):.2f} s"
        )


if __name__ == "__main__":
    main()
