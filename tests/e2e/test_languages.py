"""中文 and English in a real Chromium: a browser asking for zh-CN gets the pages in Chinese (titles,
widget labels, the Chinese edition's Fashion-MNIST class names on the charts and the canvas) while
a second browser on the same server asking for en-US gets English; the sidebar's switch overrides
the browser's language and survives a reload."""

from __future__ import annotations

import re

import pytest

from harness.browser import LIVE_CANVAS, LIVE_STATUS, SHIRT_STROKES, choose, draw, wait_for_canvas, wait_until_idle
from lenet_core.base import i18n

pytestmark = pytest.mark.e2e
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def zh(message: str) -> str:
    with i18n.using("zh_CN"):
        return i18n._(message)


def heading(page) -> str:
    page.locator("h1").first.wait_for()
    return page.locator("h1").first.inner_text()


def chart_with(page, text: str):
    """The first Plotly chart showing `text` (a class name on an axis), once drawn."""
    chart = page.locator(".js-plotly-plot").filter(has_text=text).first
    chart.wait_for(timeout=60_000)
    return chart


def open_in_sidebar(page, title: str) -> None:
    page.get_by_role("link", name=title, exact=True).click()  # a page switch keeps the session
    wait_until_idle(page)


def test_a_chinese_browser_sees_chinese_while_an_english_one_sees_english(server, new_page):
    chinese = new_page(f"{server.url}/explore", locale="zh-CN")
    english = new_page(f"{server.url}/explore", locale="en-US")
    fashion = zh("Fashion-MNIST (clothing)")
    for page in (chinese, english):
        wait_until_idle(page)
    choose(chinese, zh("Data set"), "Fashion-MNIST")
    choose(english, "Data set", "Fashion-MNIST")

    assert heading(chinese) == zh("Explore {dataset}").format(dataset=fashion)
    chinese.get_by_text(zh("Rows"), exact=True).first.wait_for()
    chart_with(chinese, "短靴")  # the book's name for "Ankle boot", on the class count chart
    assert heading(english) == "Explore Fashion-MNIST (clothing)"
    chart_with(english, "Ankle boot")
    assert english.locator(".js-plotly-plot").filter(has_text="短靴").count() == 0

    open_in_sidebar(chinese, zh("Train"))
    assert heading(chinese) == zh("Train LeNet on {dataset}").format(dataset=fashion)
    chinese.get_by_text(zh("Epochs"), exact=True).first.wait_for()

    open_in_sidebar(chinese, zh("Models"))
    assert heading(chinese) == zh("Models: {dataset}").format(dataset=fashion)
    chinese.get_by_text(zh("Leaderboard"), exact=True).first.wait_for()
    chart_with(chinese, "运动鞋")  # Sneaker, on the shipped model's confusion matrix and per-class chart

    open_in_sidebar(chinese, zh("Predict"))
    assert heading(chinese) == zh("Predict: draw a {style}").format(style=zh("garment"))
    running = zh("The model runs in your browser ({backend})").split("{")[0]
    wait_for_canvas(chinese, ready=re.compile(re.escape(running)))
    draw(chinese, SHIRT_STROKES, canvas_selector=LIVE_CANVAS)
    answer = chinese.locator('[data-testid="live-answer"]').last
    answer.filter(has_text="T恤/上衣").wait_for()  # the canvas's own bars, in the browser
    assert CHINESE.search(chinese.locator(LIVE_STATUS).last.inner_text())
    chinese.get_by_role("button", name=zh("Undo"), exact=True).wait_for()

    open_in_sidebar(english, "Predict")  # the English student, on the same server meanwhile
    assert heading(english) == "Predict: draw a garment"
    wait_for_canvas(english)
    english.get_by_role("button", name="Undo", exact=True).wait_for()
    for page in (chinese, english):
        assert page.locator('[data-testid="stException"]').count() == 0


def test_the_switch_overrides_the_browsers_language_and_survives_a_reload(server, new_page):
    page = new_page(f"{server.url}/explore", locale="en-US")
    wait_until_idle(page)
    assert heading(page) == "Explore MNIST (handwritten digits)"
    page.locator('[data-testid="stSidebar"]').get_by_text("中文", exact=True).click()
    wait_until_idle(page)
    assert heading(page) == zh("Explore {dataset}").format(dataset=zh("MNIST (handwritten digits)"))
    page.reload()  # the ?me= link stays in the address: the choice is kept with the student
    wait_until_idle(page)
    assert heading(page) == zh("Explore {dataset}").format(dataset=zh("MNIST (handwritten digits)"))
    page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()  # and back
    wait_until_idle(page)
    assert heading(page) == "Explore MNIST (handwritten digits)"
    chinese = new_page(f"{server.url}/explore", locale="zh-CN")  # a classmate's browser is not affected
    wait_until_idle(chinese)
    assert CHINESE.search(heading(chinese))
