"""Screenshots of the four pages in 中文 for the README, from a real server in Chromium.

python -m scripts.language_screenshots      # writes docs/zh-CN/{train,explore,predict,models}.png

A browser asking for zh-CN, Fashion-MNIST chosen (its class names are the Chinese edition's), a
stroke drawn on Predict. Linux needs a Chinese font for Chromium (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from harness.browser import LIVE_CANVAS, SHIRT_STROKES, choose, draw, wait_for_canvas, wait_until_idle
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root
from lenet_core.base import i18n
from lenet_core.base.settings import PROJECT_DIR

DOCS = PROJECT_DIR / "docs" / "zh-CN"


def zh(message: str) -> str:
    with i18n.using("zh_CN"):
        return i18n._(message)


def main() -> None:
    from playwright.sync_api import sync_playwright

    DOCS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        server = Server(populate_root(Path(folder))).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_context(viewport={"width": 1400, "height": 2200}, locale="zh-CN").new_page()
                page.set_default_timeout(90_000)
                page.goto(f"{server.url}/explore")
                wait_until_idle(page)
                choose(page, zh("Data set"), "Fashion-MNIST")
                for title in ("Explore", "Train", "Models", "Predict"):
                    name = title.lower()
                    # through the sidebar's links: a new address would be a new session, without Fashion-MNIST
                    page.get_by_role("link", name=zh(title), exact=True).click()
                    wait_until_idle(page)
                    if name == "predict":
                        running = zh("The model runs in your browser ({backend})").split("{")[0]
                        wait_for_canvas(page, ready=re.compile(re.escape(running)))
                        draw(page, SHIRT_STROKES, canvas_selector=LIVE_CANVAS)  # by its place, not its name
                        wait_until_idle(page)
                    page.wait_for_timeout(1500)  # charts finish drawing
                    page.screenshot(path=DOCS / f"{name}.png")  # Streamlit scrolls its column: a tall window
                    print(f"wrote {(DOCS / f'{name}.png').relative_to(PROJECT_DIR)}")
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
