"""Several classmates at once: five drawing and predicting while a sixth trains; two pressing Start."""

import asyncio
import re
import threading
import time

import pytest

from harness.browser import DIGIT_STROKES, LIVE_CANVAS, LIVE_READY, LIVE_STATUS, PREDICTION, configure_job
from harness.server import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.e2e


async def _draw_and_predict(browser, url: str, digit: str) -> tuple[str, float, int]:
    """One classmate: opens Predict, draws `digit`, returns (prediction, seconds it took, exceptions)."""
    context = await browser.new_context(viewport={"width": 1400, "height": 1100})
    page = await context.new_page()
    page.set_default_timeout(90_000)
    await page.goto(f"{url}/predict")
    await page.get_by_text("Draw a digit on the black canvas").wait_for()
    canvas = page.locator(LIVE_CANVAS).last
    await page.locator(LIVE_STATUS).filter(has_text=LIVE_READY).last.wait_for()
    box = await canvas.bounding_box()
    for stroke in DIGIT_STROKES[digit]:
        await page.mouse.move(box["x"] + stroke[0][0], box["y"] + stroke[0][1])
        await page.mouse.down()
        for (x0, y0), (x1, y1) in zip(stroke, stroke[1:], strict=False):
            for step in range(1, 13):
                await page.mouse.move(box["x"] + x0 + (x1 - x0) * step / 12, box["y"] + y0 + (y1 - y0) * step / 12)
        await page.mouse.up()
    released = time.perf_counter()
    heading = page.get_by_text(PREDICTION).first
    await heading.wait_for(timeout=90_000)
    seconds = time.perf_counter() - released
    predicted = PREDICTION.search(await heading.inner_text()).group(1)
    exceptions = await page.locator('[data-testid="stException"]').count()
    await context.close()
    return predicted, seconds, exceptions


def five_classmates(url: str, digits: list[str]) -> list[tuple[str, float, int]]:
    """Runs the five drawing sessions at the same time, in a thread of their own."""
    results = []

    async def run_all():
        from playwright.async_api import async_playwright

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            results.extend(await asyncio.gather(*(_draw_and_predict(browser, url, d) for d in digits)))
            await browser.close()

    # The sync Playwright of the other tests owns this thread's event loop; use a thread of our own.
    worker = threading.Thread(target=lambda: asyncio.run(run_all()))
    worker.start()
    worker.join(timeout=300)
    return results


def test_five_classmates_predict_while_a_sixth_trains(server, new_page, record_property):
    trainer = new_page(f"{server.url}/")
    configure_job(trainer, "sixth classmate", images="3000", epochs="2")
    trainer.get_by_role("button", name=re.compile("Start training")).click()
    trainer.get_by_text(re.compile(r"Epoch \d/2 · batch")).first.wait_for(timeout=60_000)

    digits = ["1", "7", "0", "1", "7"]
    results = five_classmates(server.url, digits)
    assert [predicted for predicted, _, _ in results] == digits
    assert all(exceptions == 0 for _, _, exceptions in results)
    slowest = max(seconds for _, seconds, _ in results)
    record_property("slowest_prediction_seconds", round(slowest, 2))
    print(f"slowest prediction under five-context load: {slowest:.2f} s")

    trainer.get_by_text("Test accuracy", exact=True).wait_for(timeout=180_000)
    assert trainer.locator('[data-testid="stException"]').count() == 0


def test_two_classmates_press_start_together_one_runs_one_queues(server, new_page):
    first, second = new_page(f"{server.url}/"), new_page(f"{server.url}/")
    configure_job(first, "together A", images="4000", epochs="2")
    configure_job(second, "together B", images="4000", epochs="2")
    # Both clicks are dispatched at once, without waiting for either page to react.
    for page in (first, second):
        page.get_by_role("button", name=re.compile("Start training")).dispatch_event("click")
    queued = re.compile("Waiting in the queue: position 1")
    deadline = time.monotonic() + 60
    while not (first.get_by_text(queued).count() or second.get_by_text(queued).count()):
        assert time.monotonic() < deadline, "neither job was shown waiting in the queue"
        first.wait_for_timeout(200)
    for page in (first, second):
        page.get_by_text("Test accuracy", exact=True).wait_for(timeout=240_000)
        assert page.locator('[data-testid="stException"]').count() == 0
