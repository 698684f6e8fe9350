"""End-to-end: the real server in a real browser, used as students use it."""

import re

import pytest
from playwright.sync_api import expect

from harness.browser import (
    DIGIT_STROKES,
    choose,
    clear_canvas,
    draw,
    go_to,
    open_options,
    read_prediction,
    wait_until_idle,
)
from lenet_core.data.datasets import CLASS_NAMES

pytestmark = pytest.mark.e2e


def test_drawn_digits_are_recognised_and_the_canvas_clears(server, new_page):
    page = new_page(f"{server.url}/predict")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    for digit in ("1", "7", "0"):
        draw(page, DIGIT_STROKES[digit])
        assert read_prediction(page) == digit
        clear_canvas(page)
    draw(page, DIGIT_STROKES["1"])  # and once more after clearing
    assert read_prediction(page) == "1"


@pytest.mark.parametrize("dataset, title", [("mnist", "MNIST"), ("fashion-mnist", "Fashion-MNIST")])
def test_explore_shows_25_captioned_images(server, new_page, dataset, title):
    page = new_page(f"{server.url}/explore")
    page.get_by_role("heading", name=re.compile("Explore")).wait_for()
    if dataset == "fashion-mnist":
        choose(page, "Data set", "Fashion-MNIST")
    page.get_by_role("heading", name=re.compile(f"Explore {title}")).wait_for()
    page.get_by_text("Mean image of each class").wait_for(timeout=60_000)
    captions = page.locator('[data-testid="stImageCaption"]')
    names = "|".join(re.escape(name) for name in CLASS_NAMES[dataset])  # this data set's, not the last one's
    grid = captions.filter(has_text=re.compile(rf"^({names}) · #\d+$"))
    expect(grid).to_have_count(25)


def test_train_a_tiny_job_watch_it_and_use_the_model(server, new_page):
    page = new_page(f"{server.url}/")  # Train is the default page
    for label, value in (("Epochs", "2"), ("Training images", "1000"), ("Model name", "e2e tiny run")):
        field = page.get_by_role("spinbutton" if label != "Model name" else "textbox", name=re.compile(label))
        field.fill(value)
        field.press("Enter")
        wait_until_idle(page)
    page.get_by_role("button", name=re.compile("Start training")).click()
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
    progress = page.get_by_text(re.compile(r"Epoch \d/2 · batch"))
    first = progress.first.inner_text()
    page.wait_for_function(
        "([text]) => !document.body.innerText.includes(text)", arg=[first], timeout=60_000
    )  # the progress line moves on while the job runs
    page.get_by_text("Test accuracy", exact=True).wait_for(timeout=120_000)
    page.get_by_text(re.compile("Saved to the model store")).wait_for()
    go_to(page, "Predict")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    options = open_options(page, "Model")
    assert any(option.startswith("e2e tiny run · by unknown · mnist") for option in options)
