"""The browser's preparation of a drawing (prepare.ts, in the shipped bundle) against lenet_core's:
the same drawings give the same 28x28 inputs, the same messages and the same predictions.

The live canvas prepares the model's input in the page and sends it to the server, which shows it
("What the model sees") and scores it; a port that drifted from Python would show students one
input and classify another.
"""

from __future__ import annotations

import base64
import zlib

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from harness.browser import DIGIT_STROKES
from harness.drawings import CANVAS, draw_on_canvas, random_drawing
from lenet_core.base.settings import PROJECT_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import prepare
from lenet_core.inside.explainer import naive_input

pytestmark = pytest.mark.e2e

BUNDLE = PROJECT_DIR / "app_pages" / "live_canvas" / "build" / "index.js"
ORIGIN = "http://lenet-live.test"  # answered by page.route: nothing leaves the machine
# Measured over these drawings: Python and the port differ by one float32 rounding at most (worst
# 6e-8; Pillow's Lanczos weights call the C library's sin, the page V8's). 1e-3 is below one 1/255
# grey level (4e-3); a box edge or a framing one pixel off differs by 0.1 to 1 (a running sum in
# place of numpy's pairwise one moved the box of 7 of the 200 garments).
TOLERANCE = 1e-3
AGREEING = 0.995  # of the drawings, for the images and for the model's answers
DIGITS, GARMENTS = 500, 200
FRAMINGS = ("digit", "garment")

PREPARE_IN_PAGE = """async ({ url, drawings }) => {
  const live = await import(url);
  const bytes = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const inflate = async (text) => new Uint8ClampedArray(await new Response(
    new Blob([bytes(text)]).stream().pipeThrough(new DecompressionStream("deflate"))).arrayBuffer());
  const text = (floats) => {
    const raw = new Uint8Array(floats.buffer, floats.byteOffset, floats.byteLength);
    let binary = "";
    for (let i = 0; i < raw.length; i += 0x8000) binary += String.fromCharCode(...raw.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const results = [];
  for (const { rgba, width, height, style } of drawings) {
    const gray = live.toGrayscale(await inflate(rgba), width, height);
    const prepared = live.prepare(gray, width, height, style);
    results.push({
      image: prepared.image && text(prepared.image), message: prepared.message, inverted: prepared.inverted,
      naive: text(live.naiveInput(gray, width, height)),
    });
  }
  return results;
}"""


def strokes_canvas(strokes, width: int, ink=(255, 255, 255, 255), paper=(0, 0, 0, 255)) -> np.ndarray:
    """An RGBA canvas with `strokes` (lists of points) drawn `width` pixels wide, round-ended."""
    image = Image.new("RGBA", (CANVAS, CANVAS), paper)
    pen = ImageDraw.Draw(image)
    for stroke in strokes:
        pen.line(stroke, fill=ink, width=width, joint="curve")
        for x, y in (stroke[0], stroke[-1]):
            pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=ink)
    return np.asarray(image)


def real_strokes() -> dict[str, np.ndarray]:
    """Canvases as students and uploads make them, beyond the data sets' redrawn images."""
    seven, zero = DIGIT_STROKES["7"], DIGIT_STROKES["0"]
    rng = np.random.default_rng(5)
    pencil = strokes_canvas(zero, 9, ink=(40, 40, 60, 255), paper=(200, 200, 190, 255)).astype(np.int16)
    pencil[..., :3] += rng.integers(-12, 13, pencil.shape[:2])[..., None]  # paper grain, sensor noise
    transparent = Image.fromarray(strokes_canvas(seven, 14, ink=(200, 30, 30, 255), paper=(0, 0, 0, 0)))
    soft_alpha = np.asarray(transparent).copy()
    soft_alpha[..., 3] = np.asarray(transparent.getchannel("A").filter(ImageFilter.GaussianBlur(2)))
    half_lit = strokes_canvas(seven, 20, ink=(128, 128, 128, 255)).copy()
    half_lit[:, :140, :3] = 255 - half_lit[:, :140, :3]  # its border's median falls between black and white
    tall = np.zeros((360, 240, 4), np.uint8)
    tall[..., 3] = 255
    tall[40:320, :, :] = draw_on_canvas(load_dataset("mnist").test_images[1], 9.0, 10, 0, canvas=280)[:, 20:260]
    return {
        "thin 7": strokes_canvas(seven, 2),  # a 1-2 px pen: the thickness step widens it
        "fat 7": strokes_canvas(seven, 48),  # a brush: the thickness step thins it
        "thin 0": strokes_canvas(zero, 3),
        "fat 1": strokes_canvas(DIGIT_STROKES["1"], 60),
        # brush strokes off the canvas's edges: the thinning repeats the edge rows and columns outwards
        "fat bar through top and bottom": strokes_canvas([[(140, -40), (150, 320)]], 110),
        "fat bar through the sides": strokes_canvas([[(-40, 140), (320, 150)]], 110),
        "dot": strokes_canvas([[(140, 140), (141, 141)]], 9),  # 9 px: smaller ones count as "empty"
        "empty": strokes_canvas([], 1),
        "dark on light": strokes_canvas(seven, 16, ink=(0, 0, 0, 255), paper=(255, 255, 255, 255)),
        "pencil on grey paper": np.clip(pencil, 0, 255).astype(np.uint8),
        "transparent background": soft_alpha,
        "half white, half black": half_lit,
        "tall canvas": tall,
    }


def drawn_images(dataset: str, count: int, seed: int) -> list[np.ndarray]:
    """`count` test images redrawn by `random_drawing`, as harness.drawings.sketch_agreement does."""
    images = load_dataset(dataset).test_images
    rng = np.random.default_rng(seed)
    return [random_drawing(images[index], rng) for index in rng.choice(len(images), size=count, replace=False)]


def floats(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), "<f4").reshape(28, 28)


@pytest.fixture(scope="module")
def cases(browser):
    """Every drawing with Python's preparation and the page's: (name, framing, canvas, python, page)."""
    digits, garments = drawn_images("mnist", DIGITS, 2025), drawn_images("fashion-mnist", GARMENTS, 7)
    inputs = [(f"digit {n}", "digit", canvas) for n, canvas in enumerate(digits)]
    inputs += [(f"garment {n}", "garment", canvas) for n, canvas in enumerate(garments)]
    inputs += [
        (f"{name}, {framing}", framing, canvas) for name, canvas in real_strokes().items() for framing in FRAMINGS
    ]
    assert len({name for name, _, _ in inputs}) == len(inputs)  # the results are told apart by name
    drawings = [
        {
            "rgba": base64.b64encode(zlib.compress(np.ascontiguousarray(canvas).tobytes(), 1)).decode(),
            "width": canvas.shape[1], "height": canvas.shape[0], "style": style,
        }
        for _, style, canvas in inputs
    ]  # fmt: skip
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(120_000)  # 700 drawings take 5-10 s on 2 busy cores
        page.route(f"{ORIGIN}/", lambda route: route.fulfill(body="<!doctype html><title>prepare</title>"))
        page.route(
            f"{ORIGIN}/index.js",
            lambda route: route.fulfill(body=BUNDLE.read_bytes(), content_type="text/javascript"),
        )
        page.goto(f"{ORIGIN}/")
        in_page = page.evaluate(PREPARE_IN_PAGE, {"url": f"{ORIGIN}/index.js", "drawings": drawings})
    finally:
        context.close()
    return [
        (name, style, canvas, prepare(canvas, style), result)
        for (name, style, canvas), result in zip(inputs, in_page, strict=True)
    ]


def differences(cases) -> dict[str, float]:
    """The largest absolute difference of each drawing's 28x28 input; inf where only one side has one."""
    worst = {}
    for name, _, _, python, page in cases:
        if python.image is None or page["image"] is None:
            worst[name] = 0.0 if python.image is None and page["image"] is None else np.inf
        else:
            worst[name] = float(np.abs(python.image - floats(page["image"])).max())
    return worst


@pytest.mark.parametrize("kind, expected", [("digit", DIGITS), ("garment", GARMENTS)])
def test_the_page_prepares_redrawn_test_images_as_python_does(cases, kind, expected):
    chosen = [case for case in cases if case[0].startswith(f"{kind} ")]
    assert len(chosen) == expected
    worst = differences(chosen)
    within = sum(difference <= TOLERANCE for difference in worst.values())
    name = max(worst, key=worst.get)
    assert within / len(chosen) >= AGREEING, f"{within} of {len(chosen)} within {TOLERANCE}; {name}: {worst[name]}"
    assert [(p.message, p.inverted) for _, _, _, p, _ in chosen] == [(r["message"], r["inverted"]) for *_, r in chosen]


def test_the_page_prepares_pen_strokes_dots_and_photos_as_python_does(cases):
    chosen = [case for case in cases if not case[0].startswith(("digit ", "garment "))]
    outcomes = {name: (python.message, python.inverted) for name, _, _, python, _ in chosen}
    # The cases reach what they are for: every message, an inverted page, and images.
    assert outcomes["dot, digit"] == ("Draw something bigger: that is only a dot.", False)
    assert outcomes["empty, digit"] == ("Draw something: the canvas is empty.", False)
    assert outcomes["dark on light, digit"] == (None, True)
    assert outcomes["pencil on grey paper, digit"] == (None, True)
    assert outcomes["transparent background, garment"] == (None, False)
    for name, _, _, python, page in chosen:
        assert (page["message"], page["inverted"]) == (python.message, python.inverted), name
    beyond = {name: difference for name, difference in differences(chosen).items() if difference > TOLERANCE}
    assert not beyond, f"differences beyond {TOLERANCE}: {beyond}"


def test_the_page_squeezes_the_naive_input_as_python_does(cases):
    worst = max(float(np.abs(naive_input(canvas) - floats(page["naive"])).max()) for _, _, canvas, _, page in cases)
    assert worst <= TOLERANCE


def test_the_shipped_model_gives_the_same_answer_for_both_preparations(cases, default_models):
    from lenet_core.inside.predictor import predictor_for
    from lenet_core.store.models import open_store

    [record] = [record for record in open_store().list("mnist") if record.is_shipped]
    predictor = predictor_for(record)
    digits = [(python.image, page["image"]) for name, _, _, python, page in cases if name.startswith("digit ")]
    answers = [
        predictor.predict(ours).predicted == predictor.predict(floats(theirs)).predicted
        for ours, theirs in digits
        if ours is not None and theirs is not None
    ]  # a drawing that only one side prepares is no agreement
    assert sum(answers) / DIGITS >= AGREEING, f"the model's answers agree on {sum(answers)} of {DIGITS} drawings"
