"""A real `streamlit run` server and a real Chromium, for end-to-end tests.

The server runs on a free port with a model store of its own (the shipped default models copied
in) and is stopped afterwards, also when a test fails. A failing test leaves a screenshot of its
page in test-artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, new_server_root
from lenet_core.base.settings import PROJECT_DIR

ARTIFACTS = PROJECT_DIR / "test-artifacts"


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    running = Server(new_server_root(tmp_path_factory, "server")).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it (apt-get install chromium) or set LENET_CHROMIUM.")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=30_000)  # as the pages' own default; 5 s is short on 2 busy cores

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def new_page(browser, request):
    """Opens pages in fresh browser contexts (separate sessions); screenshots them if the test fails."""
    contexts = []

    def open_page(url: str, storage_state: dict | None = None, locale: str | None = None):
        """`storage_state`: the cookies of an earlier context, as a restarted browser keeps them;
        `locale`: the browser's language ("zh-CN"; Chromium's own default here is en-US)."""
        context = browser.new_context(
            viewport={"width": 1400, "height": 1100}, storage_state=storage_state, locale=locale
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        return page

    yield open_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for number, context in enumerate(contexts):
            for page_number, page in enumerate(context.pages):
                page.screenshot(path=ARTIFACTS / f"{request.node.name}-{number}-{page_number}.png", full_page=True)
    for context in contexts:
        context.close()
