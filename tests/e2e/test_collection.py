"""End-to-end: a student draws, corrects the model's label, adds the drawing to the class collection,
and finds it in Explore's class drawings, with their name shown literally."""

import re

import pytest
from playwright.sync_api import expect

from harness.browser import DIGIT_STROKES, draw, go_to, pick, read_prediction, wait_until_idle

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
    pick(page, "Label: what you drew", "7")  # the student's 7 with no crossbar read as a 1
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
