"""Browser steps for the look-inside sections, shared by the e2e test and the screenshot script."""

from __future__ import annotations

import re

from harness.browser import open_view, wait_until_idle

CELL_HEADING = re.compile(r"Actual (.+), predicted (.+): ([\d,]+) test images")


def confusion_chart(page):
    """The clickable confusion matrix's plot element."""
    chart = page.locator(".js-plotly-plot").filter(has_text="click a cell to see its images").first
    chart.wait_for(timeout=90_000)
    return chart


def click_confusion_cell(page, actual: int, predicted: int, classes: int = 10) -> None:
    """Clicks the (actual, predicted) cell: its marker is point actual * classes + predicted.

    Plotly finds the clicked point from the mouse position (its markers take no pointer events),
    so the mouse clicks at the marker's centre rather than on the element.
    """
    chart = confusion_chart(page)
    wait_until_idle(page, timeout=90)  # nothing moves under the mouse: the page is drawn in full
    marker = chart.locator(".scatterlayer .points path.point").nth(actual * classes + predicted)
    marker.wait_for(state="attached")
    chart.scroll_into_view_if_needed()  # the mouse clicks in the viewport
    page.wait_for_timeout(300)
    box = marker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def cell_captions(page, timeout: float = 90) -> tuple[str, list[str]]:
    """The clicked cell's heading and its images' captions, once they are shown."""
    heading = page.get_by_text(CELL_HEADING).first
    heading.wait_for(timeout=timeout * 1000)
    captions = page.locator('[data-testid="stImageCaption"]').filter(has_text=re.compile(r"^#\d+ · \d+% "))
    captions.first.wait_for(timeout=timeout * 1000)
    wait_until_idle(page, timeout=timeout)  # all of them, not the first few
    return heading.inner_text(), captions.all_inner_texts()


def marked_point(chart) -> tuple[float, float] | None:
    """Map coordinates of the star ("your input"), read from plotly's own data; None while the
    plot is being redrawn."""
    point = chart.evaluate(
        "plot => (plot.data || []).filter(t => t.name === 'your input').map(t => [t.x[0], t.y[0]])[0] || null"
    )
    return tuple(point) if point else None


def predict_insights(page, timeout: float = 90):
    """Waits for the Predict page's heatmap and map; returns (heatmap plot, map plot, neighbour captions)."""
    for title in ("Why this answer", "Where it lies among the test images"):
        open_view(page, title)  # closed, a view costs the server nothing
    heatmap = page.locator(".js-plotly-plot").filter(has=page.locator(".heatmaplayer, .hm")).first
    heatmap.wait_for(timeout=timeout * 1000)
    chart = page.locator(".js-plotly-plot").filter(has_text="your input").first
    chart.wait_for(timeout=timeout * 1000)
    neighbours = page.locator('[data-testid="stImageCaption"]').filter(has_text=re.compile(r"^#\d+: "))
    neighbours.nth(4).wait_for(timeout=timeout * 1000)
    return heatmap, chart, neighbours.all_inner_texts()
