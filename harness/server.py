"""Starting and stopping a real `streamlit run streamlit_app.py`, for e2e tests and benchmarks."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from lenet_core.base.settings import DATA_DIR, PROJECT_DIR
from scripts.launcher import find_chromium, tls_arguments

CHROMIUM = find_chromium() or "/usr/bin/chromium"  # $LENET_CHROMIUM, else Chromium, Chrome or Edge where installed
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `streamlit run streamlit_app.py` process over its own data folders."""

    def __init__(self, root: Path, environment: dict[str, str] | None = None, app_dir: Path | None = None):
        self.root = root
        self.app_dir = app_dir or PROJECT_DIR  # another checkout, for a benchmark's "before"
        self.models = root / "models"
        self.jobs = root / "jobs"
        self.classroom = root / "classroom"
        self.collection = root / "collection"
        self.environment = environment or {}  # e.g. LENET_TEACHER_PASSWORD, LENET_TLS_CERT and _KEY
        self.port = free_port()
        # Over HTTPS (LENET_TLS_CERT) the health check trusts the class authority next to the certificate.
        certificate = self.environment.get("LENET_TLS_CERT")
        self.tls = ssl.create_default_context(cafile=Path(certificate).with_name("ca.crt")) if certificate else None
        self.url = f"{'https' if certificate else 'http'}://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log = root / "server.log"

    def start(self, timeout: float = 90) -> Server:
        env = (
            os.environ
            | self.environment
            | {
                "LENET_MODELS_DIR": str(self.models),
                "LENET_JOBS_DIR": str(self.jobs),
                "LENET_CLASSROOM_DIR": str(self.classroom),
                "LENET_COLLECTION_DIR": str(self.collection),
                "LENET_EXPORTS_DIR": str(self.root / "exports"),
            }
        )
        command = [
            sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
            "--server.port", str(self.port), "--server.address", "127.0.0.1",
            "--server.headless", "true", "--server.fileWatcherType", "none",
            *tls_arguments(env),
        ]  # fmt: skip
        # Windows: a process group of its own, so that stop() can send it Ctrl+Break (below).
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt" else {}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.app_dir, env=env, stdout=log, stderr=subprocess.STDOUT, **group
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {self.process.returncode}:\n{self.log_text()}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2, context=self.tls) as response:
                    if response.read() == b"ok":
                        return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"streamlit did not become healthy in {timeout} s:\n{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            if os.name == "nt":
                # terminate() is TerminateProcess on Windows: no shutdown, the Dask workers left
                # behind. Streamlit stops cleanly on Ctrl+Break (SIGBREAK), as on SIGTERM here.
                self.process.send_signal(signal.CTRL_BREAK_EVENT)
            else:
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
    return populate_root(tmp_path_factory.mktemp(name))


def populate_root(root: Path) -> Path:
    """A server folder whose store holds copies of the shipped default models."""
    (root / "models").mkdir()
    for default in ("default-mnist", "default-fashion-mnist"):
        if (DATA_DIR / "models" / default).is_dir():
            shutil.copytree(DATA_DIR / "models" / default, root / "models" / default)
    return root
