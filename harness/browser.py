"""What a student does in the browser: draw strokes, read the prediction, wait for the app."""

from __future__ import annotations

import math
import re
import time

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

PREDICTION = re.compile(r"Prediction: (.+) \((\d+)%\)")

# Strokes in canvas pixels (280x280), as a student would draw them.
DIGIT_STROKES = {
    "1": [[(140, 45), (140, 235)]],
    "7": [[(80, 55), (200, 55), (120, 240)]],
    "0": [[(140 + 60 * math.sin(t / 20 * 2 * math.pi), 140 - 90 * math.cos(t / 20 * 2 * math.pi)) for t in range(21)]],
}


SHIRT_STROKES = [
    [
        (90, 60),
        (190, 60),
        (240, 120),
        (210, 140),
        (190, 110),
        (190, 230),
        (90, 230),
        (90, 110),
        (70, 140),
        (40, 120),
        (90, 60),
    ]
]  # fmt: skip  (a T-shirt's outline, for the Fashion-MNIST canvas)


IDLE_APP = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_until_idle(page, timeout: float = 60) -> None:
    """Waits until Streamlit has finished running the script.

    The app's root says its script state (`data-test-script-state`, what Streamlit's own browser
    tests wait on); the "Running..." status widget is no use here, it appears only after a run has
    lasted 500 ms. The first 300 ms give a click's run time to begin."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout * 1000)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE_APP, timeout=timeout * 1000)


def wait_until(condition, what: str, timeout: float = 30) -> None:
    """Polls `condition()` (a file written or removed by the server, say) until it holds; fails
    after `timeout` seconds naming `what` it waited for."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up after {timeout} s waiting for {what}"
        time.sleep(0.2)


LIVE_CANVAS = "div.pad > canvas"  # the Predict page's (in its component's shadow root), in any language
LIVE_STATUS = '[data-testid="live-status"]'
LIVE_READY = re.compile(r"^(The model runs in your browser|The server answers)")


def wait_for_canvas(page, timeout: float = 120, ready: re.Pattern = LIVE_READY):
    """The Predict page's canvas once its model runs in the browser (or the page said the server
    answers; `ready` matches that status line, in English by default); a fresh server imports
    TensorFlow and loads the model first."""
    canvas = page.locator(LIVE_CANVAS).last
    canvas.wait_for(timeout=timeout * 1000)
    page.locator(LIVE_STATUS).filter(has_text=ready).last.wait_for(timeout=timeout * 1000)
    return canvas


def stroke_points(box, stroke, steps: int):
    """Page coordinates along a stroke given in canvas pixels (280x280), `steps` per segment."""
    scale = box["width"] / 280  # a phone shows the canvas smaller
    yield box["x"] + stroke[0][0] * scale, box["y"] + stroke[0][1] * scale
    for (x0, y0), (x1, y1) in zip(stroke, stroke[1:], strict=False):
        for step in range(1, steps + 1):
            x, y = x0 + (x1 - x0) * step / steps, y0 + (y1 - y0) * step / steps
            yield box["x"] + x * scale, box["y"] + y * scale


def draw(page, strokes, steps: int = 12, canvas_selector: str | None = None, during=None) -> None:
    """Draws strokes with the mouse on the Predict page's canvas (or the canvas `canvas_selector`
    finds). `during(page)`, if given, runs halfway through the last stroke, the button still down."""
    if canvas_selector is None:
        canvas = wait_for_canvas(page)
    else:
        canvas = page.locator(canvas_selector).last
        canvas.wait_for(timeout=120_000)
        page.wait_for_timeout(300)
    canvas.scroll_into_view_if_needed()  # an opened view below may have scrolled it away
    box = canvas.bounding_box()
    for number, stroke in enumerate(strokes, start=1):
        points = list(stroke_points(box, stroke, steps))
        page.mouse.move(*points[0])
        page.mouse.down()
        for index, point in enumerate(points[1:], start=1):
            page.mouse.move(*point)
            if during is not None and number == len(strokes) and index == len(points) // 2:
                during(page)
        page.mouse.up()
    # A page that answers once per animation frame (the offline page's pad) shows the last move's
    # answer a frame or two later: reading it at once read a half-drawn 1 as 0 (once in CI).
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def draw_touch(page, strokes, steps: int = 12) -> None:
    """Draws strokes with a finger (Chromium's touch events, as a phone's screen sends them); the
    page must come from a context with `has_touch` (Playwright's phone and tablet devices)."""
    canvas = wait_for_canvas(page)
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    touch = page.context.new_cdp_session(page)
    try:
        for stroke in strokes:
            points = list(stroke_points(box, stroke, steps))
            kinds = ["touchStart"] + ["touchMove"] * (len(points) - 1)
            for kind, (x, y) in zip(kinds, points, strict=True):
                touch.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x, "y": y}]})
            touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    finally:
        touch.detach()


def clear_canvas(page) -> None:
    """The canvas's own Clear button; waits until the answer is gone."""
    page.locator(LIVE_CANVAS).last.wait_for()
    page.get_by_role("button", name="Clear", exact=True).last.click()
    page.get_by_text(PREDICTION).first.wait_for(state="detached")


def open_view(page, title: str) -> None:
    """Opens the Predict page's look-inside expander `title` (no-op when it is open)."""
    summary = page.locator('[data-testid="stExpander"] summary').filter(has_text=title).first
    summary.wait_for(timeout=90_000)
    details = summary.locator("xpath=..")
    if details.get_attribute("open") is None:
        summary.click()


def read_prediction(page, previous: str | None = None, timeout: float = 30) -> str:
    """The predicted class shown on the page, waiting for it to differ from `previous`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        headings = page.get_by_text(PREDICTION).all_inner_texts()
        if headings:
            text = PREDICTION.search(headings[0]).group(1)
            if text != previous:
                return text
        page.wait_for_timeout(200)
    raise AssertionError(f"no new prediction appeared within {timeout} s")


def go_to(page, title: str) -> None:
    page.get_by_role("link", name=re.compile(title)).first.click()
    page.get_by_role("heading", name=re.compile(title)).first.wait_for()


def configure_job(page, name: str | None = None, images: str = "600", epochs: str = "1") -> None:
    """Fills the Train page's form: epochs, training images and (when given) the model's name."""
    fields = [("spinbutton", "Epochs", epochs), ("spinbutton", "Training images", images)]
    for role, label, value in fields + ([("textbox", "Model name", name)] if name is not None else []):
        field = page.get_by_role(role, name=re.compile(label))
        field.fill(value)
        field.press("Enter")
        wait_until_idle(page)


def open_list(page, label: str, attempts: int = 3):
    """Opens the option list of the select box labelled `label`; returns its options' locator.

    With the keyboard: a click on the box's middle can land on a chosen item's remove button.
    A script run that lands between the focus and the key press redraws the box, and the key
    press then opens nothing: wait for the run to finish and try again."""
    options = page.get_by_role("option")

    def open_it() -> None:
        field = page.get_by_role("combobox", name=label, exact=True)
        field.focus()
        field.press("ArrowDown")
        options.first.wait_for(state="attached", timeout=10_000)

    retrying(page, open_it, attempts)
    page.wait_for_timeout(300)  # all options, not only the first
    return options


def open_options(page, label: str) -> list[str]:
    """The option texts of the select box labelled `label` (closed again afterwards).

    Never an empty list: a run that closes the list before it is read makes this read it again."""
    for _ in range(3):
        options = open_list(page, label).all_inner_texts()
        page.keyboard.press("Escape")
        if options:
            return options
        wait_until_idle(page)
    raise AssertionError(f"the select box {label!r} showed no options")


def choose(page, label: str, starts_with: str, attempts: int = 3) -> None:
    """Picks the option starting with `starts_with`. A script run that lands while the list is open
    redraws the box and closes the list, so a click that finds no list tries again."""
    option = re.compile(f"^{re.escape(starts_with)}")
    retrying(page, lambda: open_list(page, label).filter(has_text=option).first.click(timeout=5_000), attempts)
    page.keyboard.press("Escape")
    wait_until_idle(page)


def retrying(page, action, attempts: int) -> None:
    """Runs a step on a select box's list; when it times out (a script run redrew the box and
    closed the list), closes what is open, waits for the run to end and tries again."""
    for attempt in range(attempts):
        try:
            action()
            return
        except PlaywrightTimeoutError:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
            wait_until_idle(page)
