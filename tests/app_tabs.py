"""A browser tab as Streamlit's AppTest sees it, for the page tests: the app opened on one page,
with the student's `?me=` token in its URL when given."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from lenet_core.datasets import PROJECT_DIR

APP = str(PROJECT_DIR / "streamlit_app.py")


def open_app(page: str = "app_pages/explore.py", token: str | None = None) -> AppTest:
    """Opens `page` (Explore by default: no job machinery needed) in a new tab; no exception allowed."""
    at = AppTest.from_file(APP, default_timeout=60)
    if token is not None:
        at.query_params["me"] = token
    at.switch_page(page).run()
    assert not at.exception
    return at
