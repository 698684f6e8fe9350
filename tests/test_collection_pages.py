"""The class collection on the pages, rendered by AppTest: donate on Predict, the class drawings grid
with its delete rights, and the human vs model quiz on Explore."""

from __future__ import annotations

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

import lenet_core.classroom.students
import lenet_core.classroom.teacher
from app_pages.common import plain
from harness.drawings import draw_on_canvas, fake_live_canvas
from lenet_core.classroom import drawings
from lenet_core.classroom.drawings import Collection, DonationLimiter
from lenet_core.classroom.quiz import Question, QuizLog
from lenet_core.classroom.students import StudentRegistry, new_token
from lenet_core.classroom.teacher import LoginThrottle
from lenet_core.data.datasets import load_dataset
from tests.app_tabs import APP, open_app

PASSWORD = "correct horse"


@pytest.fixture(autouse=True)
def fresh_limits(monkeypatch):
    """A rate limiter and a login throttle of this test's own: no counts left by other tests."""
    monkeypatch.setattr(drawings, "LIMITER", DonationLimiter())
    monkeypatch.setattr(lenet_core.classroom.teacher, "THROTTLE", LoginThrottle())
    monkeypatch.delenv("LENET_TEACHER_PASSWORD", raising=False)


def drawing(index: int) -> np.ndarray:
    return draw_on_canvas(load_dataset("mnist").test_images[index], scale=7.0, top=40, left=60, thickness=5)


def fake_canvas(monkeypatch, image_data) -> None:
    """Stands in for the browser-side drawing component: returns `image_data` as if drawn."""
    fake_live_canvas(monkeypatch, image_data)


def add_button(at: AppTest):
    return [button for button in at.button if "Add to the class collection" in button.label]


def test_predict_page_adds_a_drawing_with_a_corrected_label(default_models, monkeypatch):
    fake_canvas(monkeypatch, drawing(0))  # a 7
    ada = new_token()
    StudentRegistry().set_name(ada, "Ada")
    at = open_app("app_pages/predict.py", ada)
    [label] = [box for box in at.selectbox if box.label.startswith("Label")]
    assert label.value == 7  # the prediction, preselected
    label.set_value(1)  # the student says it is a 1 (a continental 1 reads as 7)
    add_button(at)[0].click().run()
    assert not at.exception
    assert any("Added to the class collection as 1" in success.value for success in at.success)
    [entry] = Collection().entries()
    assert (entry.label, entry.dataset, entry.author, entry.author_name) == (1, "mnist", ada, "Ada")
    assert entry.image().shape == (28, 28) and entry.image().max() > 200


def test_predict_page_refuses_a_donation_over_the_rate_limit_and_writes_nothing(default_models, monkeypatch):
    fake_canvas(monkeypatch, drawing(1))
    token = new_token()
    for _ in range(10):  # ten donations in the last minute, from other tabs of the same student
        drawings.LIMITER.reserve(token)
    at = open_app("app_pages/predict.py", token)
    add_button(at)[0].click().run()
    assert not at.exception
    assert any("the class limit is 10 a minute" in error.value for error in at.error)
    assert Collection().entries() == []


def test_a_blank_canvas_offers_nothing_to_add(default_models, monkeypatch):
    blank = np.zeros((280, 280, 4), np.uint8)
    blank[..., 3] = 255
    fake_canvas(monkeypatch, blank)
    at = open_app("app_pages/predict.py")
    assert not add_button(at) and not [box for box in at.selectbox if box.label.startswith("Label")]


def captions(at: AppTest) -> list[str]:
    return [image.proto.imgs[0].caption for image in at.get("image")]


def delete_keys(at: AppTest) -> set[str]:
    return {button.key for button in at.button if (button.key or "").startswith("explore_drawings_delete_")}


def _log_in(at: AppTest) -> None:
    at.sidebar.text_input(key="teacher_password").set_value(PASSWORD)
    at.sidebar.button[-1].click().run()
    assert any("Teacher controls are on" in success.value for success in at.sidebar.success)


def test_class_drawings_grid_shows_labels_and_names_literally_and_deletes_by_right(monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    ada, bob = new_token(), new_token()
    hostile = "**Ada** [x](http://example.com)"
    StudentRegistry().set_name(ada, hostile)
    collection = Collection()
    adas = collection.donate(drawing(0), 7, "mnist", ada, "old name")
    bobs = [collection.donate(drawing(index), label, "mnist", bob, "Bob") for index, label in ((1, 2), (2, 1))]
    at = open_app("app_pages/explore.py", bob)
    at.radio(key="explore_view").set_value("drawings").run()
    assert not at.exception
    # Newest first; the name as the student typed it today, escaped so Markdown shows it literally.
    assert captions(at) == [plain("1 · by Bob"), plain("2 · by Bob"), plain(f"7 · by {hostile}")]
    assert len(at.get("download_button")) == 1
    assert delete_keys(at) == {f"explore_drawings_delete_{entry.entry_id}" for entry in bobs}  # his own only

    at.selectbox(key="explore_drawings_label").set_value(7).run()
    assert captions(at) == [plain(f"7 · by {hostile}")] and delete_keys(at) == set()
    at.selectbox(key="explore_drawings_label").set_value(None)
    at.selectbox(key="explore_drawings_author").set_value(bob).run()
    assert captions(at) == [plain("1 · by Bob"), plain("2 · by Bob")]

    at.button(key=f"explore_drawings_delete_{bobs[0].entry_id}").click().run()
    assert not at.exception
    assert [entry.entry_id for entry in Collection().entries()] == [adas.entry_id, bobs[1].entry_id]

    _log_in(at)  # the teacher, in Bob's tab: any drawing
    at.selectbox(key="explore_drawings_author").set_value(None).run()
    assert f"explore_drawings_delete_{adas.entry_id}" in delete_keys(at)
    at.button(key=f"explore_drawings_delete_{adas.entry_id}").click().run()
    assert [entry.entry_id for entry in Collection().entries()] == [bobs[1].entry_id]


def test_class_drawings_without_any_say_how_to_add_one():
    at = open_app("app_pages/explore.py")
    at.radio(key="explore_view").set_value("drawings").run()
    assert any("Add to the class collection" in info.value for info in at.info)


def test_quiz_counts_an_answer_and_shows_the_models_beside_it(default_models):
    at = open_app("app_pages/explore.py")
    at.session_state["explore_quiz_mnist_question"] = Question("mnist", 0)  # a 7
    at.radio(key="explore_view").set_value("quiz").run()
    assert not at.exception
    assert not at.button(key="explore_quiz_mnist_pick_3").disabled
    at.button(key="explore_quiz_mnist_pick_7").click().run()
    assert not at.exception
    shown = [markdown.value for markdown in at.markdown]
    assert "You said **7**: right." in shown
    assert any(text.startswith("The model (") and text.endswith("said **7**: right.") for text in shown)
    assert at.button(key="explore_quiz_mnist_pick_3").disabled  # one answer per image
    figures = {metric.label: metric.value for metric in at.metric}
    assert figures["The class"] == figures["The model"] == figures["You"] == "100.0%"
    assert "Published human accuracy" not in figures  # none for MNIST
    tally = QuizLog().tally("mnist")
    assert (tally.answers, tally.human_correct) == (1, 1)

    at.button(key="explore_quiz_mnist_next").click().run()
    assert not at.button(key="explore_quiz_mnist_pick_3").disabled  # a new image to answer


def test_fashion_quiz_shows_the_published_human_accuracy(default_models):
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["dataset"] = "fashion-mnist"
    at.session_state["explore_view"] = "quiz"
    at.switch_page("app_pages/explore.py").run()
    assert not at.exception
    figures = {metric.label: metric.value for metric in at.metric}
    assert figures["Published human accuracy"] == "83.5%" and figures["The class"] == "n/a"
