"""A class over the classroom Wi-Fi: the app over HTTPS and a lab's Dask cluster on tls://, with the
certificates `python -m scripts.make_certificates` makes (README, "A class over the network")."""

import ssl
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from harness.server import Server, free_port, new_server_root
from lenet_core.base.settings import PROJECT_DIR
from lenet_core.jobs.executor import ClusterUnavailable, DaskExecutor
from tests.e2e.test_lab_cluster import DASK, start, stop, wait_for_line

pytestmark = pytest.mark.e2e


def make_certificates(folder) -> None:
    command = [sys.executable, "-m", "scripts.make_certificates", str(folder), "--host", "127.0.0.1"]
    finished = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0 and "fingerprint" in finished.stdout, finished.stdout + finished.stderr


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("certs")
    make_certificates(folder)
    return folder


def test_the_app_serves_over_https_with_the_documented_certificates(tmp_path_factory, certificates):
    environment = {
        "LENET_TLS_CERT": str(certificates / "server.crt"),
        "LENET_TLS_KEY": str(certificates / "server.key"),
    }
    server = Server(new_server_root(tmp_path_factory, "tls"), environment).start()  # healthy over HTTPS
    try:
        assert server.url.startswith("https://")
        trusting = ssl.create_default_context(cafile=str(certificates / "ca.crt"))
        with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=10, context=trusting) as response:
            assert response.read() == b"ok"
        with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):  # really this certificate
            urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=10)
        try:  # and no plain HTTP on that port: the password and the ?me= tokens never cross in clear
            with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/_stcore/health", timeout=10) as response:
                answered = response.read()
        except (OSError, ValueError) as error:  # the TLS server drops the connection
            answered = repr(error).encode()
        assert answered != b"ok"
    finally:
        server.stop()


def test_a_tls_lab_scheduler_serves_the_app_and_refuses_clients_without_the_class_certificate(certificates, tmp_path):
    port = free_port()
    address = f"tls://127.0.0.1:{port}"
    flags = [f"--tls-ca-file={certificates / 'ca.crt'}", f"--tls-cert={certificates / 'server.crt'}"]
    flags.append(f"--tls-key={certificates / 'server.key'}")
    log = tmp_path / "scheduler.log"
    command = [DASK, "scheduler", "--protocol", "tls", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]
    scheduler = start([*command, *flags], log)
    try:
        wait_for_line(log, "Scheduler at:")
        app = DaskExecutor(address, connect_timeout=20, tls_folder=str(certificates))
        try:
            assert app.client().scheduler_info()["address"] == address  # the app, with the class certificate
        finally:
            app.close()
        strangers = tmp_path / "other-class"
        make_certificates(strangers)  # a certificate of another authority
        for stranger in (
            DaskExecutor(address, connect_timeout=5),  # no certificate at all
            DaskExecutor(address, connect_timeout=5, tls_folder=str(strangers)),
            DaskExecutor(f"tcp://127.0.0.1:{port}", connect_timeout=5),  # plain tcp://
        ):
            with pytest.raises(ClusterUnavailable, match="Cannot reach the Dask scheduler"):
                stranger.client()
            stranger.close()
    finally:
        stop(scheduler)
