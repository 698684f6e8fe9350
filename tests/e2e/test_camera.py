"""End-to-end: a student photographs a digit on paper in the Predict page's Camera tab.

Chromium's fake camera plays a synthetic paper photo (harness.photos: grey paper, blue pen, a
gradient and a shadow) as its video; the page's "Take Photo" sends a frame to the server, which
flattens and prepares it as an upload and answers.
"""

import re

import pytest

from harness.photos import PhotoConditions, mjpeg_bytes, paper_photo
from harness.server import CHROMIUM, CHROMIUM_ARGS
from lenet_core.data.datasets import load_dataset
from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

PREDICTION = re.compile(r"Prediction: (\d) \(\d+%\)")


@pytest.fixture
def camera_page(browser, tmp_path, request):
    """A page in a Chromium of its own whose camera films `photo` (the session's browser has no
    camera), launched by the session's Playwright: a second one would not start in this thread.

    Yields `open_page(url, photo)`; the browser is closed afterwards, screenshotted if the test failed."""
    opened = []

    def open_page(url: str, photo: bytes):
        video = tmp_path / "photo.mjpeg"  # Motion-JPEG: JPEG frames one after another
        video.write_bytes(mjpeg_bytes(photo))
        fake_camera = [
            "--use-fake-ui-for-media-stream",  # allow the camera without asking
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ]
        camera_browser = browser.browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + fake_camera)
        opened.append(camera_browser)
        context = camera_browser.new_context(viewport={"width": 1400, "height": 1100}, permissions=["camera"])
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        return page

    try:
        yield open_page
    finally:
        report = getattr(request.node, "report_call", None)
        for camera_browser in opened:
            if report is not None and report.failed:
                ARTIFACTS.mkdir(exist_ok=True)
                for number, page in enumerate(camera_browser.contexts[0].pages):
                    page.screenshot(path=ARTIFACTS / f"{request.node.name}-{number}.png", full_page=True)
            camera_browser.close()


def test_a_photographed_digit_on_paper_is_answered(server, camera_page):
    mnist = load_dataset("mnist")
    digit, label = mnist.test_images[0], int(mnist.test_labels[0])  # a 7
    photo = paper_photo(digit, 4, PhotoConditions(pen="blue", gradient=0.4, shadow=0.3, paper=(210, 206, 196)))
    page = camera_page(f"{server.url}/predict", photo)
    page.get_by_role("tab", name=re.compile("Camera")).click(timeout=120_000)  # a fresh server loads TensorFlow
    page.get_by_text("Photograph a digit drawn on paper").wait_for(timeout=60_000)
    take = page.get_by_role("button", name="Take Photo")
    take.wait_for(timeout=60_000)
    page.wait_for_function(  # the fake camera's video is playing: a frame to take
        "() => [...document.querySelectorAll('video')].some((video) => video.readyState >= 2)", timeout=30_000
    )
    take.click()
    answer = page.get_by_text(PREDICTION).first
    answer.wait_for(timeout=60_000)
    assert PREDICTION.search(answer.inner_text()).group(1) == str(label)
    page.get_by_text("Dark ink on a light background was inverted to match the data set.").wait_for(timeout=10_000)
