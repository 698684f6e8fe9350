"""The Predict page's live canvas in a real Chromium: the answer while the pen moves, mouse and
touch, the model downloaded once per version, the server's look-inside views on stroke end, the
server answering where the browser cannot run the model, and the browser's model agreeing with Keras."""

from __future__ import annotations

import base64
import re
import time

import numpy as np
import pytest

from harness.browser import (
    DIGIT_STROKES,
    LIVE_STATUS,
    PREDICTION,
    clear_canvas,
    draw,
    draw_touch,
    open_view,
    read_prediction,
    wait_for_canvas,
    wait_until_idle,
)
from harness.non_digits import scribble_strokes
from lenet_core.network import live_model
from tests.test_novelty import SCRIBBLE_SEED, WARNING

pytestmark = pytest.mark.e2e

SEES = "What the model sees (28x28)"
BUNDLE = "/_stcore/bidi-components/lenet_live.canvas/index.js"


def live_answer(page) -> str | None:
    text = page.locator('[data-testid="live-answer"]').last.inner_text()
    found = PREDICTION.search(text)
    return found.group(1) if found else None


def downloads(page) -> int:
    return page.evaluate("() => window.lenetLive.downloads()")


def test_the_answer_follows_the_mouse_during_the_stroke_and_the_views_follow_its_end(server, new_page):
    page = new_page(f"{server.url}/predict")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    wait_for_canvas(page)
    assert "The model runs in your browser (WebAssembly)" in page.locator(LIVE_STATUS).last.inner_text()
    seen_during = []

    def look(page) -> None:  # the answer within 5 s with the mouse button still down: no server involved
        deadline = time.monotonic() + 5
        while live_answer(page) is None and time.monotonic() < deadline:
            page.wait_for_timeout(20)
        seen_during.append(live_answer(page))

    draw(page, DIGIT_STROKES["1"], during=look)
    assert seen_during == ["1"]
    open_view(page, "What the model sees")
    page.get_by_text(SEES).wait_for(timeout=90_000)  # the server's view, from the stroke's input
    clear_canvas(page)
    page.get_by_text("Draw a digit to see this.").wait_for()  # the view stays open for the next drawing
    draw(page, DIGIT_STROKES["7"])
    assert read_prediction(page) == "7"
    page.get_by_text(SEES).wait_for()
    wait_until_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert downloads(page) == 1
    page.reload()  # the model comes from the browser's own store now
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    wait_for_canvas(page)
    assert "The model runs in your browser" in page.locator(LIVE_STATUS).last.inner_text()
    draw(page, DIGIT_STROKES["0"])
    assert read_prediction(page) == "0" and downloads(page) == 0
    clear_canvas(page)
    draw(page, DIGIT_STROKES["1"])
    assert read_prediction(page) == "1"
    draw(page, DIGIT_STROKES["0"])  # a circle around the 1
    changed = read_prediction(page, previous="1")
    page.get_by_role("button", name="Undo", exact=True).last.click()
    assert read_prediction(page, previous=changed) == "1"  # the circle undone


def test_a_scribble_is_called_not_a_digit_and_a_drawn_seven_is_not(server, new_page):
    page = new_page(f"{server.url}/predict")
    draw(page, scribble_strokes(SCRIBBLE_SEED), steps=2)
    page.get_by_text(WARNING).wait_for(timeout=60_000)  # said by the server once the stroke ends
    assert live_answer(page) is not None  # and the browser's guess stays on the canvas
    clear_canvas(page)
    draw(page, DIGIT_STROKES["7"])
    assert read_prediction(page) == "7"
    wait_until_idle(page)
    assert page.get_by_text(WARNING).count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


def test_strokes_drawn_on_the_canvas_are_prepared_as_the_server_prepares_them(server, new_page):
    """Real strokes (lines the canvas itself drew, antialiased) through the page's preparation and
    through lenet_core's: the 28x28 inputs agree within 1e-3 (tests/e2e/test_live_prepare.py has
    the synthetic drawings)."""
    from lenet_core.data.preprocessing import prepare

    page = new_page(f"{server.url}/predict")
    strokes = [DIGIT_STROKES["7"], [[(40, 200), (90, 120), (130, 210)]], [[(200, 30), (230, 40)]]]
    for number, stroke in enumerate(strokes):
        if number:
            clear_canvas(page)
        draw(page, stroke)
        wait_until_idle(page)
        rgba, browser = page.evaluate(
            """() => {
                const live = window.lenetLive.instances.at(-1);
                const pixels = live.context.getImageData(0, 0, 280, 280).data;
                const image = live.prepared().prepared.image;
                let text = "";
                for (let i = 0; i < pixels.length; i += 0x8000) {
                    text += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
                }
                return [btoa(text), image && Array.from(image)];
            }"""
        )
        canvas = np.frombuffer(base64.b64decode(rgba), np.uint8).reshape(280, 280, 4)
        expected = prepare(canvas, "digit")
        if expected.image is None:
            assert browser is None
        else:
            assert np.abs(np.array(browser).reshape(28, 28) - expected.image).max() < 1e-3


def test_a_phone_draws_with_a_finger(server, browser, tmp_path):
    from playwright.sync_api import sync_playwright  # noqa: F401 (the browser fixture's Playwright)

    phone = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=3, is_mobile=True, has_touch=True,
        user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    )  # fmt: skip
    try:
        page = phone.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{server.url}/predict")
        canvas = wait_for_canvas(page)
        assert canvas.bounding_box()["width"] <= 390
        draw_touch(page, DIGIT_STROKES["7"])
        assert read_prediction(page) == "7"
        open_view(page, "What the model sees")
        page.get_by_text(SEES).wait_for(timeout=90_000)
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        phone.close()


def test_where_the_browser_cannot_run_the_model_the_server_answers_and_says_so(server, new_page, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    try:
        context.route(re.compile(r".*/lenet_live_models\.files/.*"), lambda route: route.abort())  # a proxy's block
        page = context.new_page()
        page.set_default_timeout(90_000)
        page.goto(f"{server.url}/predict")
        page.locator(LIVE_STATUS).filter(has_text="The server answers when a stroke ends").last.wait_for()
        draw(page, DIGIT_STROKES["1"])
        heading = page.get_by_role("heading", name=re.compile(r"Prediction: 1 \(\d+%\)"))
        heading.wait_for(timeout=90_000)  # the server's own answer, from the PNG
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("dataset_name", ["mnist", "fashion-mnist"])
def test_the_browsers_model_agrees_with_keras_on_the_test_set(server, new_page, dataset_name):
    """TensorFlow.js with the int8 file vs Keras with the stored float32 weights, 1,000 test images.

    Tolerance: the class on >= 99.5% of them, and per image the largest probability difference
    under 0.03 for 99% of them (int8 kernels move an undecided image's answer by up to 0.16:
    `python` over the whole test set measured MNIST 100% / Fashion-MNIST 99.83% classes equal)."""
    from lenet_core.data.datasets import load_dataset
    from lenet_core.inside.predictor import predictor_for
    from lenet_core.store.models import ModelStore

    dataset = load_dataset(dataset_name)
    images = (dataset.test_images[:1000] / 255.0).astype(np.float32)
    record = ModelStore(server.models).get(f"default-{dataset_name}")
    model = predictor_for(record).model
    expected = model.predict(images[..., None], batch_size=500, verbose=0)
    page = new_page(f"{server.url}/predict")
    wait_for_canvas(page)
    version = record.weights_path.stat().st_mtime_ns
    folder = server.root / "exports" / "live"  # the page writes the MNIST file; the same call for both
    live_model.ensure_file(folder, record.model_id, version, record.architecture, model.get_weights)
    got = page.evaluate(
        """async ([bundle, file, data]) => {
            const live = await import(bundle);
            await live.chooseBackend();
            const response = await fetch(`/_stcore/bidi-components/lenet_live_models.files/${file}`);
            if (!response.ok) return `the file answered ${response.status}`;
            const model = live.build(await response.arrayBuffer());
            const pixels = Float32Array.from(atob(data), (c) => c.charCodeAt(0) / 255);
            const out = [];
            for (let i = 0; i < pixels.length / 784; i++) {
                out.push(...model.predict(pixels.subarray(784 * i, 784 * (i + 1))));
            }
            return out;
        }""",
        [
            BUNDLE,
            f"default-{dataset_name}-{version}.bin",
            base64.b64encode(dataset.test_images[:1000].tobytes()).decode(),
        ],
    )
    assert not isinstance(got, str), got
    got = np.array(got).reshape(1000, 10)
    agree = (got.argmax(axis=1) == expected.argmax(axis=1)).mean()
    largest = np.abs(got - expected).max(axis=1)
    assert agree >= 0.995, f"classes agree on {agree:.1%}"
    assert np.percentile(largest, 99) < 0.03, (
        f"99th percentile of the largest difference: {np.percentile(largest, 99):.4f}"
    )
