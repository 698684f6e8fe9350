"""Faults and bad input: a server restarted mid-job, damaged model folders, hostile uploads and names."""

import io
import json
import re

import numpy as np
import pytest
from PIL import Image

from harness.browser import DIGIT_STROKES, choose, configure_job, draw, go_to, read_prediction
from harness.server import Server, new_server_root

pytestmark = pytest.mark.e2e


@pytest.fixture
def own_server(tmp_path_factory):
    """A server of this test's own, to kill, restart or damage."""
    servers = []

    def start(root=None):
        server = Server(root or new_server_root(tmp_path_factory, "own")).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def test_server_restarted_during_a_job_shows_it_interrupted_and_keeps_the_store(own_server, new_page):
    server = own_server()
    page = new_page(f"{server.url}/")
    configure_job(page, "cut short", images="20000", epochs="5")
    page.get_by_role("button", name=re.compile("Start training")).click()
    page.get_by_text(re.compile(r"Epoch 1/5 · batch")).first.wait_for(timeout=60_000)
    before = sorted(p.name for p in server.models.iterdir())
    server.kill()

    restarted = own_server(server.root)
    page = new_page(f"{restarted.url}/")
    page.get_by_text(re.compile("Job “cut short” was interrupted")).wait_for()
    assert sorted(p.name for p in restarted.models.iterdir()) == before  # no partial model
    [record] = [json.loads(p.read_text()) for p in restarted.jobs.glob("*.json")]
    assert record["state"] == "interrupted"
    go_to(page, "Predict")
    draw(page, DIGIT_STROKES["7"])
    assert read_prediction(page) == "7"  # the store still works


def test_damaged_model_folders_are_explained_and_the_rest_still_works(own_server, new_page, tmp_path_factory):
    root = new_server_root(tmp_path_factory, "damaged")
    for name, damage in (("bad-weights", "weights"), ("bad-metadata", "metadata")):
        folder = root / "models" / name
        folder.mkdir()
        metadata = json.loads((root / "models" / "default-mnist" / "metadata.json").read_text())
        metadata["name"] = "Broken weights"
        (folder / "metadata.json").write_text("{ broken" if damage == "metadata" else json.dumps(metadata))
        (folder / "model.weights.h5").write_bytes(b"\x89HDF\r\n\x1a\n but then garbage" if damage == "weights" else b"")
    server = own_server(root)
    page = new_page(f"{server.url}/models")
    page.get_by_text(re.compile("bad-metadata is unusable: metadata.json is not valid JSON")).wait_for()
    page.get_by_role("heading", name="Leaderboard").wait_for()
    go_to(page, "Predict")
    choose(page, "Model", "Broken weights")
    page.get_by_text(re.compile("This model cannot be loaded: .*damaged HDF5 file")).wait_for()
    choose(page, "Model", "Default MNIST")
    page.get_by_text("Draw a digit on the black canvas").wait_for()
    draw(page, DIGIT_STROKES["1"])
    assert read_prediction(page) == "1"


def _upload(page, name: str, data: bytes, mime: str) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )


def _png(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def test_bad_uploads_get_clear_messages_not_tracebacks(server, new_page):
    noise = np.random.default_rng(0).integers(0, 256, size=(300, 300), dtype=np.uint8)  # incompressible
    whole = _png(noise)
    huge = io.BytesIO()
    Image.new("L", (4100, 4100)).save(huge, format="PNG")
    cases = [
        ("notes.png", b"these are my notes, not a picture", "not an image"),
        ("cut.png", whole[: len(whole) // 2], "truncated or damaged"),
        ("huge.png", huge.getvalue(), "the limit is 4000x4000"),
    ]
    for name, data, message in cases:
        page = new_page(f"{server.url}/predict")  # a fresh session per upload, as separate students
        page.get_by_role("tab", name=re.compile("Upload")).click()
        _upload(page, name, data, "image/png")
        page.get_by_text(re.compile(message)).wait_for(timeout=30_000)
        assert page.locator('[data-testid="stException"]').count() == 0


def test_weights_of_another_architecture_are_refused_and_good_ones_are_scored_as_a_job(server, new_page, tmp_path):
    from lenet_core.network.architecture import Architecture
    from lenet_core.network.model import build_model, save_weights

    path = save_weights(
        build_model(Architecture(conv_filters=(6, 16), dense_units=(120, 84))), tmp_path / "x.weights.h5"
    )
    page = new_page(f"{server.url}/models")
    _upload(page, "lenet5.weights.h5", path.read_bytes(), "application/x-hdf5")
    page.get_by_role("button", name="Check and score on the test set").click()
    page.get_by_text(re.compile("Not added: .*another architecture")).wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert not list(server.jobs.glob("*.json")) or all(
        json.loads(p.read_text())["kind"] != "score" for p in server.jobs.glob("*.json")
    )  # refused at once: never queued

    book = save_weights(build_model(Architecture()), tmp_path / "book.weights.h5")  # untrained: about 10%
    _upload(page, "book.weights.h5", book.read_bytes(), "application/x-hdf5")
    page.get_by_role("textbox", name="Name", exact=True).fill("my upload")
    page.get_by_role("button", name="Check and score on the test set").click()
    page.get_by_text(re.compile(r"Added “my upload”: \d+\.\d\d% test accuracy")).wait_for(timeout=120_000)
    [job] = [
        json.loads(p.read_text()) for p in server.jobs.glob("*.json") if json.loads(p.read_text())["kind"] == "score"
    ]
    assert job["state"] == "finished" and job["worker_pid"] != server.process.pid  # scored on a worker


def test_hostile_model_names_are_shown_as_text_and_stay_in_the_store(server, new_page):
    page = new_page(f"{server.url}/")
    name_field = page.get_by_role("textbox", name=re.compile("Model name"))
    name_field.fill("x" * 10_000)
    assert len(name_field.input_value()) <= 60
    hostile = '../../<img src=x onerror="window.pwned=1">/**b**'
    configure_job(page, hostile, images="300")
    page.get_by_role("button", name=re.compile("Start training")).click()
    saved = page.get_by_text(re.compile("Saved to the model store"))
    saved.wait_for(timeout=120_000)
    assert "<img src=x" in saved.inner_text()  # shown literally...
    assert page.evaluate("window.pwned") is None  # ...never run as HTML
    assert page.locator('[data-testid="stMain"] img[src="x"]').count() == 0
    # Nothing was written outside the server's own folders (other tests on this server add names).
    own = {"jobs", "models", "classroom", "collection", "exports", "server.log"}
    assert {p.name for p in server.root.iterdir()} <= own
    assert all(".." not in p.name and "<" not in p.name for p in server.models.iterdir())
