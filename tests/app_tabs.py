"""A browser tab as Streamlit's AppTest sees it, for the page tests: the app opened on one page,
with the student's `?me=` token in its URL when given."""

from __future__ import annotations

import time
from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from lenet_core.base.settings import PROJECT_DIR

APP = str(PROJECT_DIR / "streamlit_app.py")


def open_app(page: str = "app_pages/explore.py", token: str | None = None) -> AppTest:
    """Opens `page` (Explore by default: no job machinery needed) in a new tab; no exception allowed."""
    at = AppTest.from_file(APP, default_timeout=60)
    if token is not None:
        at.query_params["me"] = token
    at.switch_page(page).run()
    assert not at.exception
    return at


def rerun_until(at: AppTest, condition: Callable[[AppTest], bool], what: str, timeout: float) -> None:
    """Reruns the tab every half second, as its live fragment would, until `condition(at)` holds;
    fails after `timeout` seconds or at the first exception in the page."""
    deadline = time.monotonic() + timeout
    while not condition(at):
        assert time.monotonic() < deadline, f"gave up after {timeout} s waiting for {what}"
        time.sleep(0.5)
        at.run()
        assert not at.exception
