""" "That does not look like a digit": the scores on made-up clusters, the detector the Predict page
fits for each shipped model (it flags the other data set and scribbles, not drawn digits), and the
warning on the Draw and Upload tabs, which still show the model's guess."""

import numpy as np
import pytest

from harness.drawings import draw_on_canvas, fake_live_canvas, png_bytes, random_drawing
from harness.non_digits import scribble
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset, other_dataset
from lenet_core.data.preprocessing import prepare
from lenet_core.inside.novelty import CALIBRATION_IMAGES
from tests.app_tabs import APP

WARNING = "That does not look like a digit."
SCRIBBLE_SEED = 1  # harness.non_digits.scribble: the browser test draws the same scrawl


def test_novelty_scores_rank_far_inputs_above_the_training_clusters():
    from lenet_core.inside.novelty import NearestNeighbours, NoveltyDetector, energy_score, max_probability_score

    rng = np.random.default_rng(0)
    centres = rng.normal(0, 10, (3, 20))
    labels = rng.integers(0, 3, 600)
    hidden = centres[labels] + rng.normal(0, 1, (600, 20))
    calibration = centres[rng.integers(0, 3, 300)] + rng.normal(0, 1, (300, 20))
    detector = NoveltyDetector.fit(hidden, labels, 3, calibration, quantile=0.99)
    near = centres[rng.integers(0, 3, 200)] + rng.normal(0, 1, (200, 20))
    far = rng.normal(0, 10, (200, 20))  # random points: between and beyond the clusters
    assert detector.unlike(near).mean() < 0.05 and detector.unlike(far).mean() > 0.9
    neighbours = NearestNeighbours.fit(hidden, calibration, quantile=0.99)
    assert neighbours.unlike(near).mean() < 0.05 and neighbours.unlike(far).mean() > 0.9
    assert max_probability_score(np.array([[0.9, 0.1], [0.5, 0.5]])).tolist() == [-0.9, -0.5]
    assert energy_score(np.array([[0.0, 0.0]]))[0] == pytest.approx(-np.log(2))


def shipped_explainer(name: str):
    from lenet_core.inside.predictor import predictor_for
    from lenet_core.store.models import ModelStore
    from lenet_core.store.records import default_model_id

    return predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id(name))).explainer()


@pytest.mark.parametrize("name", ["mnist", "fashion-mnist"])
def test_each_shipped_model_keeps_the_distance_that_tells_the_other_data_set_apart(name):
    explainer, dataset, other = shipped_explainer(name), load_dataset(name), load_dataset(other_dataset(name))
    fitted = explainer.detector(dataset, other)
    assert explainer.detector(dataset, other) is fitted  # fitted once per model, then kept
    assert fitted.other_flagged[fitted.score] == max(fitted.other_flagged.values())
    # Judged on images it was neither fitted, calibrated nor chosen on: the other set's test images.
    assert fitted.unlike(*explainer.hidden_layers(other.test_images[:1000])).mean() >= 0.9
    own = dataset.test_images[CALIBRATION_IMAGES : CALIBRATION_IMAGES + 1000]
    assert fitted.unlike(*explainer.hidden_layers(own)).mean() <= 0.03


def test_scribbles_are_unlike_every_digit_and_drawn_digits_are_not():
    explainer, mnist, fashion = shipped_explainer("mnist"), load_dataset("mnist"), load_dataset("fashion-mnist")

    def unlike(canvas) -> bool:
        return explainer.unlike(prepare(canvas, "digit").image, mnist, fashion)

    scribbles = [unlike(scribble(np.random.default_rng(seed))) for seed in range(20)]
    assert sum(scribbles) >= 12  # bench.not_a_digit: 79% of 100
    rng = np.random.default_rng(3)
    digits = [unlike(random_drawing(mnist.test_images[index], rng)) for index in range(2000, 2050)]
    assert sum(digits) <= 2  # bench.not_a_digit: 1.5% of 2,000


SEVEN = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=40, thickness=5)


def open_predict(monkeypatch, canvas):
    from streamlit.testing.v1 import AppTest

    fake_live_canvas(monkeypatch, canvas)
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    return at


def warned(at) -> bool:
    return any(WARNING in warning.value for warning in at.warning)


@pytest.mark.parametrize("drawing", ["scribble", "seven"])
def test_the_draw_tab_says_when_a_drawing_is_not_a_digit(default_models, monkeypatch, drawing):
    canvas = scribble(np.random.default_rng(SCRIBBLE_SEED)) if drawing == "scribble" else SEVEN
    at = open_predict(monkeypatch, canvas)
    assert warned(at) == (drawing == "scribble")
    if drawing == "scribble":
        assert "on the canvas" in at.warning[0].value  # the browser's guess stays where it is


@pytest.mark.parametrize("drawing", ["scribble", "seven"])
def test_an_upload_that_is_not_a_digit_is_said_so_and_still_answered(default_models, monkeypatch, drawing):
    canvas = scribble(np.random.default_rng(SCRIBBLE_SEED)) if drawing == "scribble" else SEVEN
    at = open_predict(monkeypatch, None)
    at.session_state["predict_tab"] = ":material/upload: Upload"
    at.run()
    at.file_uploader(key="predict_upload").set_value(("drawing.png", png_bytes(canvas), "image/png"))
    at.run()
    assert not at.exception
    assert warned(at) == (drawing == "scribble")
    answers = [markdown.value for markdown in at.markdown if "Prediction:" in markdown.value]
    assert len(answers) == 1  # the guess is shown either way
    if drawing == "seven":
        assert "Prediction: **7**" in answers[0]
