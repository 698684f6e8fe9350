"""Screenshots of the look-inside views for the README, taken from a real server in Chromium.

python -m scripts.insight_screenshots            # writes docs/insight_*.png

Trains a small model with snapshots first (about half a minute), so that the replay has epochs
to show, then starts a server over a temporary store holding it and the shipped defaults.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from harness.browser import DIGIT_STROKES, choose, clear_canvas, draw, open_view, read_prediction, wait_until_idle
from harness.insight_steps import cell_captions, click_confusion_cell, predict_insights
from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root
from lenet_core.base.settings import PROJECT_DIR
from lenet_core.data.datasets import load_dataset

DOCS = PROJECT_DIR / "docs"
MODEL_NAME = "replay demo"


def train_demo_model(models: Path) -> None:
    from lenet_core.network.config import preset_config
    from lenet_core.network.evaluation import evaluate
    from lenet_core.network.training import train
    from lenet_core.store.models import ModelStore

    config = preset_config("fast", "mnist", epochs=5, limit=6000)
    result = train(config)
    dataset = load_dataset("mnist")
    evaluation = evaluate(result.model, dataset.test_images, dataset.test_labels)
    ModelStore(models).save(
        result.model, MODEL_NAME, config, result.history, evaluation, seconds=result.seconds, snapshots=result.snapshots
    )


def shoot(page, path: Path, *locators, padding: int = 8) -> None:
    """A screenshot of the smallest page region holding every locator's element."""
    # Streamlit scrolls its main column, not the window: the viewport is made tall enough that
    # nothing needs scrolling, and boxes are in viewport coordinates.
    boxes = [locator.bounding_box() for locator in locators]
    left = max(0, min(box["x"] for box in boxes) - padding)
    top = max(0, min(box["y"] for box in boxes) - padding)
    right = max(box["x"] + box["width"] for box in boxes) + padding
    bottom = max(box["y"] + box["height"] for box in boxes) + padding
    page.screenshot(path=path, clip={"x": left, "y": top, "width": right - left, "height": bottom - top})
    print(f"wrote {path.relative_to(PROJECT_DIR)}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = populate_root(Path(folder))
        train_demo_model(root / "models")
        shoot_all(root)


def shoot_all(root: Path) -> None:
    from playwright.sync_api import sync_playwright

    server = Server(root).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_context(viewport={"width": 1400, "height": 4000}).new_page()
            page.set_default_timeout(90_000)

            page.goto(f"{server.url}/models")
            page.get_by_role("heading", name="One model in detail").wait_for()
            choose(page, "Model", MODEL_NAME)
            wait_until_idle(page)
            slider = page.get_by_text("Epoch (0 = before training)")
            slider.wait_for()
            replay_top = page.get_by_text("How it learned: replay the training epoch by epoch")
            accuracy = page.locator(".js-plotly-plot").filter(has_text="Accuracy").last
            replay_images = page.locator('[data-testid="stImage"]').filter(has_text="Conv layer 2")
            shoot(page, DOCS / "insight_replay.png", replay_top, accuracy, replay_images.last)

            click_confusion_cell(page, 4, 9)
            cell_captions(page)
            wait_until_idle(page)
            page.mouse.move(5, 5)  # no hover label over the matrix
            page.wait_for_timeout(500)
            chart = page.locator(".js-plotly-plot").filter(has_text="click a cell to see its images").first
            heading = page.get_by_text(re.compile(r"^Actual 4, predicted 9"))
            images = page.locator('[data-testid="stImage"]').filter(has_text=re.compile(r"^#\d+ · "))
            shoot(page, DOCS / "insight_confusion.png", chart, heading, images.last)

            page.goto(f"{server.url}/predict")
            page.get_by_text("Draw a digit on the black canvas").wait_for()
            draw(page, DIGIT_STROKES["7"])
            read_prediction(page)
            heatmap, map_chart, _ = predict_insights(page)
            wait_until_idle(page)
            why = page.locator('[data-testid="stExpander"] summary').filter(has_text="Why this answer").first
            neighbours = page.locator('[data-testid="stImage"]').filter(has_text=re.compile(r"^#\d+: "))
            shoot(page, DOCS / "insight_why.png", why, heatmap)
            shoot(page, DOCS / "insight_map.png", map_chart, neighbours.last)

            # A small digit in a corner: what the naive resize gets wrong.
            clear_canvas(page)
            draw(page, [[(25, 35), (45, 20), (70, 30), (65, 60), (25, 100), (80, 100)]])  # a small 2
            read_prediction(page)
            predict_insights(page)
            open_view(page, "Compare with a naive 280→28 resize")
            answers = page.get_by_text(re.compile("^The model's answer"))
            answers.nth(1).wait_for()
            wait_until_idle(page)
            naive_images = page.locator('[data-testid="stImage"]').filter(has_text=re.compile("^(Naive|Prepared)"))
            shoot(page, DOCS / "insight_naive.png", naive_images.first, naive_images.last, answers.nth(1))
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
