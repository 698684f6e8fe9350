"""The server's resident memory with one and with ten browser sessions open on the Predict page,
and the time from a cold server start to the first rendered Explore grid. Run by hand:

    python -m bench.server_memory
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from harness.browser import DIGIT_STROKES, draw, read_prediction
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root


def resident_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        started = time.perf_counter()
        server = Server(populate_root(Path(folder))).start()
        try:
            page = browser.new_context().new_page()
            page.goto(f"{server.url}/explore")
            page.locator('[data-testid="stImageCaption"]').nth(24).wait_for(timeout=120_000)
            print(f"cold server start to first Explore grid: {time.perf_counter() - started:.1f} s")
            print(f"server resident memory, idle after Explore: {resident_mib(server.process.pid):.0f} MiB")
            pages = []
            for count in range(1, 11):
                page = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
                page.set_default_timeout(90_000)
                page.goto(f"{server.url}/predict")
                draw(page, DIGIT_STROKES["7"])
                read_prediction(page)
                pages.append(page)
                if count in (1, 10):
                    memory = resident_mib(server.process.pid)
                    print(f"server resident memory, {count:2d} Predict session(s): {memory:.0f} MiB")
        finally:
            server.stop()
            browser.close()


if __name__ == "__main__":
    main()
