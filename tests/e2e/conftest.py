"""A real `streamlit run` server and a real Chromium, for end-to-end tests.

The server runs on a free port with a model store of its own (the shipped default models copied
in) and is stopped afterwards, also when a test fails. A failing test leaves a screenshot of its
page in test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from lenet_core.datasets import DATA_DIR, PROJECT_DIR

CHROMIUM = os.environ.get("LENET_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = PROJECT_DIR / "test-artifacts"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `streamlit run streamlit_app.py` process over its own data folders."""

    def __init__(self, root: Path):
        self.root = root
        self.models = root / "models"
        self.jobs = root / "jobs"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = root / "server.log"

    def start(self, timeout: float = 90) -> Server:
        env = os.environ | {"LENET_MODELS_DIR": str(self.models), "LENET_JOBS_DIR": str(self.jobs)}
        command = [
            sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--server.fileWatcherType", "none",
        ]  # fmt: skip
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"streamlit did not become healthy in {timeout} s:\n{self.log.read_text()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """Kills the server the hard way, as a crash or a closed laptop lid would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()


def new_server_root(tmp_path_factory, name: str) -> Path:
    root = tmp_path_factory.mktemp(name)
    (root / "models").mkdir()
    for default in ("default-mnist", "default-fashion-mnist"):
        if (DATA_DIR / "models" / default).is_dir():
            shutil.copytree(DATA_DIR / "models" / default, root / "models" / default)
    return root


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    running = Server(new_server_root(tmp_path_factory, "server")).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it (apt-get install chromium) or set LENET_CHROMIUM.")
    from playwright.sync_api import sync_playwright

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

    def open_page(url: str):
        context = browser.new_context(viewport={"width": 1400, "height": 1100})
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
