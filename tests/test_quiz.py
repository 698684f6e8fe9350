"""Human vs model: answers counted per answer and per student, beside the model's on the same images."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from lenet_core.classroom.quiz import PUBLISHED_HUMAN_ACCURACY, Question, QuizLog, answer, new_question
from lenet_core.classroom.students import new_token
from lenet_core.data.datasets import load_dataset
from lenet_core.store.models import open_store

pytestmark = pytest.mark.usefixtures("platform_semantics")  # each test also under Windows' file semantics

SEVEN = Question("mnist", 0)  # MNIST's first test image is a 7


def test_the_quiz_records_answers_and_the_accuracy_figures(tmp_path):
    log = QuizLog(tmp_path)
    ada, bob = new_token(), new_token()
    first = log.record(SEVEN, 7, ada, "default-mnist", 7)
    assert first.truth == 7 and first.correct and first.model_correct
    log.record(Question("mnist", 1), 3, ada, "default-mnist", 2)  # a 2: Ada wrong, the model right
    last = log.record(SEVEN, 1, bob, "default-mnist", 9)  # the same image again, by Bob: both wrong
    assert not last.correct and last.model_correct is False
    assert (last.tally.answers, last.tally.human_correct) == (3, 1)
    assert (last.tally.model_answers, last.tally.model_correct) == (3, 2)
    assert (last.tally.my_answers, last.tally.my_correct) == (1, 0)  # Bob's own
    again = QuizLog(tmp_path).tally("mnist", ada, "default-mnist")  # persisted: what a reload reads
    assert again.human_accuracy == pytest.approx(1 / 3) and again.model_accuracy == pytest.approx(2 / 3)
    assert (again.my_answers, again.my_correct) == (2, 1)
    assert QuizLog(tmp_path).tally("fashion-mnist") == QuizLog(tmp_path).tally("fashion-mnist", ada)
    assert QuizLog(tmp_path).tally("fashion-mnist").answers == 0  # per data set
    assert QuizLog(tmp_path).tally("mnist", ada, "another-model").model_answers == 0  # per model
    stored = json.loads((tmp_path / "quiz.json").read_text())
    assert stored["mnist"]["answers"] == 3


def test_an_answer_without_a_model_counts_the_class_only(tmp_path):
    result = QuizLog(tmp_path).record(SEVEN, 7, new_token(), None, None)
    assert result.model_choice is None and result.model_correct is None
    assert result.tally.answers == 1 and result.tally.model_answers == 0 and result.tally.model_accuracy is None


@pytest.mark.parametrize(
    "question, choice, token, message",
    [
        (SEVEN, 10, "valid", "one of the 10 classes"),
        (SEVEN, None, "valid", "one of the 10 classes"),
        (SEVEN, 3, "bad", "token is malformed"),
        (Question("mnist", 10_000), 3, "valid", "does not exist"),
        (Question("emnist", 0), 3, "valid", "Unknown data set"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_counted(tmp_path, question, choice, token, message):
    with pytest.raises(ValueError, match=message):
        QuizLog(tmp_path).record(question, choice, new_token() if token == "valid" else token, None, None)
    assert not (tmp_path / "quiz.json").exists()


def test_answers_from_many_sessions_at_once_are_all_counted(tmp_path):
    log, start = QuizLog(tmp_path), threading.Barrier(4)

    def session():
        start.wait(timeout=10)
        token = new_token()
        for _ in range(10):
            log.record(SEVEN, 7, token, "m", 7)

    threads = [threading.Thread(target=session) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    tally = log.tally("mnist", model_id="m")
    assert (tally.answers, tally.human_correct, tally.model_answers) == (40, 40, 40)


def test_answer_asks_the_shipped_model_about_the_same_image(default_models, tmp_path):
    [shipped] = [record for record in open_store().list("mnist") if record.is_shipped]
    labels = load_dataset("mnist").test_labels
    for index in range(5):
        result = answer(Question("mnist", index), 0, new_token(), shipped, QuizLog(tmp_path))
        assert result.truth == labels[index]
        assert result.model_choice == labels[index]  # the shipped model gets MNIST's first test images right
    tally = QuizLog(tmp_path).tally("mnist", model_id=shipped.model_id)
    assert tally.model_accuracy == 1.0 and tally.answers == 5
    assert tally.human_correct == int(np.sum(labels[:5] == 0))


def test_questions_are_random_test_images_and_fashions_human_figure_is_published():
    questions = {new_question("fashion-mnist", np.random.default_rng(seed)).index for seed in range(20)}
    assert len(questions) > 15 and all(0 <= index < 10_000 for index in questions)
    assert PUBLISHED_HUMAN_ACCURACY["fashion-mnist"] == 0.835
