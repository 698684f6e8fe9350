"""End-to-end: a student draws, corrects the model's label, adds the drawing to the class collection,
and finds it in Explore's class drawings, with their name shown literally; a student fine-tunes
the shipped model on the class drawings and sees its accuracy before and after."""

import re

import pytest
from playwright.sync_api import expect

from harness.browser import DIGIT_STROKES, choose, draw, go_to, read_prediction, wait_until_idle
from harness.drawings import draw_on_canvas
from harness.server import Server, new_server_root
from lenet_core.classroom.drawings import Collection, DonationLimiter
from lenet_core.classroom.students import new_token
from lenet_core.data.strokes import render_styles

pytestmark = pytest.mark.e2e


def test_draw_donate_with_a_corrected_label_and_find_it_in_the_class_drawings(server, new_page):
    page = new_page(f"{server.url}/predict")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    wait_until_idle(page)
    name = page.get_by_role("textbox", name="Your name")
    name.fill("Ada *L*")
    name.press("Enter")
    wait_until_idle(page)

    draw(page, DIGIT_STROKES["1"])
    assert read_prediction(page) == "1"
    wait_until_idle(page)
    choose(page, "Label: what you drew", "7")  # the student's 7 with no crossbar read as a 1
    page.get_by_role("button", name=re.compile("Add to the class collection")).click()
    page.get_by_text("Added to the class collection as 7").wait_for()
    page.get_by_text("Draw a digit on the black canvas").wait_for()  # a fresh canvas for the next one

    go_to(page, "Explore")
    wait_until_idle(page)
    page.locator('[data-testid="stRadio"] label').filter(has_text="Class drawings").click()
    page.get_by_role("heading", name="Class drawings").wait_for()
    grid = page.locator('[data-testid="stImageCaption"]')
    expect(grid).to_have_count(1)
    expect(grid.first).to_have_text("7 · by Ada *L*")  # literally: no Markdown emphasis
    assert page.locator('[data-testid="stImageCaption"] em').count() == 0
    page.get_by_role("button", name=re.compile("Delete")).wait_for()  # the author may delete it
    assert page.locator('[data-testid="stException"]').count() == 0

    go_to(page, "Models")  # the leaderboard has a column for the class's own handwriting
    wait_until_idle(page)
    headers = page.locator('[data-testid="stDataFrame"] [role="columnheader"]')
    headers.first.wait_for(state="attached")
    assert "class drawings (%)" in headers.evaluate_all("cells => cells.map(cell => cell.textContent)")
    page.get_by_text(re.compile("Class drawings: (accuracy on the 1 held-out|no held-out drawings yet)")).wait_for()


def test_fine_tune_the_shipped_model_on_the_class_drawings_and_see_before_and_after(tmp_path_factory, new_page):
    """On a server of its own: its class collection holds rendered styled digits in both parts."""
    server = Server(new_server_root(tmp_path_factory, "finetune")).start()
    try:
        collection = Collection(server.collection, limiter=DonationLimiter(per_student=1000))
        images, labels = render_styles(10, seed=5)
        author = new_token()
        for image, label in zip(images, labels, strict=True):  # until both parts hold some (ids are random)
            canvas = draw_on_canvas(image, scale=8.0, top=20, left=20)
            collection.donate(canvas, int(label), "mnist", author, "Ada")
            held_out = len(collection.arrays("mnist", "test")[1])
            if len(collection.entries("mnist")) >= 10 and 0 < held_out < len(collection.entries("mnist")):
                break

        page = new_page(server.url)  # the Train page is the first page
        page.get_by_role("heading", name=re.compile("Train LeNet")).wait_for()
        wait_until_idle(page)
        page.locator('[data-testid="stRadio"] label').filter(has_text="Fine-tune a stored model").click()
        page.get_by_text(re.compile(f"to learn from, {held_out} held out")).wait_for()
        for label, value in (("Epochs", "1"), ("Data set images mixed in", "500")):
            field = page.get_by_role("spinbutton", name=label)
            field.fill(value)
            field.press("Enter")
            wait_until_idle(page)
        page.get_by_role("button", name=re.compile("Start fine-tuning")).click()
        page.get_by_text("Fine-tuned from “Default MNIST”").wait_for(timeout=240_000)
        page.locator('[data-testid="stMetricLabel"]').filter(has_text="Test set").wait_for()
        metrics = page.locator('[data-testid="stMetricLabel"]').all_text_contents()
        assert f"Held-out class drawings ({held_out})" in metrics and "Test set" in metrics
        page.get_by_text(re.compile("Saved to the model store as “Default MNIST \\+ class drawings”")).wait_for()
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        server.stop()
