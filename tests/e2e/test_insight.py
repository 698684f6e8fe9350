"""End-to-end: clicking a confusion-matrix cell shows its images; a drawing gets its heatmap and map point."""

import re
import time

import pytest
from playwright.sync_api import expect

from harness.browser import DIGIT_STROKES, draw, read_prediction
from harness.insight_steps import cell_captions, click_confusion_cell, marked_point, predict_insights
from lenet_core.base.settings import DATA_DIR

pytestmark = pytest.mark.e2e


def test_clicking_a_confusion_cell_shows_its_test_images(server, new_page):
    import json

    import numpy as np

    metadata = json.loads((DATA_DIR / "models" / "default-mnist" / "metadata.json").read_text())
    confusion = np.array(metadata["evaluation"]["confusion"])
    np.fill_diagonal(confusion, 0)
    actual, predicted = divmod(int(confusion.argmax()), 10)  # the default model's commonest mistake
    page = new_page(f"{server.url}/models")
    click_confusion_cell(page, actual, predicted)
    heading, captions = cell_captions(page)
    assert heading.startswith(f"Actual {actual}, predicted {predicted}: {confusion[actual, predicted]} test images")
    assert len(captions) == confusion[actual, predicted]
    confidences = [int(re.search(r"· (\d+)% ", caption).group(1)) for caption in captions]
    assert confidences == sorted(confidences, reverse=True)
    assert all(caption.endswith(f"% {predicted}") for caption in captions)


def test_a_drawing_gets_a_heatmap_and_a_marked_point_on_the_map(server, new_page):
    page = new_page(f"{server.url}/predict")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    draw(page, DIGIT_STROKES["7"])
    assert read_prediction(page) == "7"
    heatmap, chart, neighbours = predict_insights(page)
    expect(heatmap.get_by_text(re.compile(r"^for 7 \(\d+%\)$"))).to_have_count(1)  # drawn after the heatmap
    assert len(neighbours) == 5
    assert sum(caption.endswith(": 7") for caption in neighbours) >= 3
    star = marked_point(chart)
    assert star is not None
    draw(page, [[(95, 140), (185, 140)]])  # a cross-bar: the star moves as the student draws
    deadline = time.monotonic() + 60
    while marked_point(page.locator(".js-plotly-plot").filter(has_text="your input").first) in (star, None):
        assert time.monotonic() < deadline, "the star did not move after another stroke"
        page.wait_for_timeout(200)
    assert page.locator('[data-testid="stException"]').count() == 0
