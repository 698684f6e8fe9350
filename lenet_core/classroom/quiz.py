"""Human vs model: a random test image, a student's answer, the shipped model's, and the class's tally.

No Streamlit here. The tally lives in `quiz.json` of the collection folder, written atomically:
per data set, every answer the class gave and how many were right, per student, and per model how
many of the same images it got right.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import numpy as np

from lenet_core.base.files import read_json_object, write_json
from lenet_core.base.i18n import N_, _
from lenet_core.classroom.drawings import collection_dir
from lenet_core.classroom.ratelimit import RateLimiter, Wording
from lenet_core.classroom.students import is_valid_token
from lenet_core.data.datasets import as_model_input, check_name, load_dataset

QUIZ_FILE = "quiz.json"
# Fashion-MNIST's README: crowd-sourced, 1,000 random test images, 3 people each, majority vote.
PUBLISHED_HUMAN_ACCURACY = {"fashion-mnist": 0.835}


@dataclasses.dataclass(frozen=True)
class Question:
    dataset: str
    index: int  # into the data set's test split


def new_question(dataset: str, rng: np.random.Generator | None = None) -> Question:
    """A random test image of `dataset`."""
    labels = load_dataset(check_name(dataset)).test_labels
    return Question(dataset, int((rng or np.random.default_rng()).integers(len(labels))))


@dataclasses.dataclass(frozen=True)
class Tally:
    answers: int = 0  # every answer of the class, a student answering many counted each time
    human_correct: int = 0
    model_answers: int = 0  # of those answers, the ones the model was asked about too
    model_correct: int = 0
    my_answers: int = 0  # the asking student's own
    my_correct: int = 0

    @staticmethod
    def _share(correct: int, total: int) -> float | None:
        return correct / total if total else None

    @property
    def human_accuracy(self) -> float | None:
        return self._share(self.human_correct, self.answers)

    @property
    def model_accuracy(self) -> float | None:
        return self._share(self.model_correct, self.model_answers)

    @property
    def my_accuracy(self) -> float | None:
        return self._share(self.my_correct, self.my_answers)


@dataclasses.dataclass(frozen=True)
class Answer:
    question: Question
    truth: int
    choice: int
    model_choice: int | None  # None: no model was asked
    tally: Tally  # after this answer

    @property
    def correct(self) -> bool:
        return self.choice == self.truth

    @property
    def model_correct(self) -> bool | None:
        return None if self.model_choice is None else self.model_choice == self.truth


_lock = threading.Lock()  # every session of the server is a thread of one process
# One answer every 5 s is a student thinking; "0" to every image as fast as the buttons go is 102
# answers in 90 s and pulls the class's figure from 92% to 71%. Everyone: 30 students at that pace.
LIMITER = RateLimiter(12, 600, Wording(N_("gave"), N_("quiz answers"), N_("answer this one")))


class QuizLog:
    """The class's quiz answers, in `quiz.json` of the collection folder."""

    def __init__(self, folder: Path | None = None, limiter: RateLimiter | None = None):
        self.path = (folder or collection_dir()) / QUIZ_FILE
        self.limiter = limiter or LIMITER

    def _read(self, for_update: bool = False) -> dict:
        return read_json_object(self.path, "the quiz tally starts afresh", for_update)

    @staticmethod
    def _tally(data: dict, dataset: str, student: str | None, model_id: str | None) -> Tally:
        part = data.get(dataset) or {}
        model = (part.get("models") or {}).get(model_id or "", [0, 0])
        mine = (part.get("students") or {}).get(student or "", [0, 0])
        return Tally(
            answers=int(part.get("answers", 0)),
            human_correct=int(part.get("human_correct", 0)),
            model_answers=int(model[0]),
            model_correct=int(model[1]),
            my_answers=int(mine[0]),
            my_correct=int(mine[1]),
        )

    def tally(self, dataset: str, student: str | None = None, model_id: str | None = None) -> Tally:
        """The class's figures for `dataset`, the model `model_id`'s on the same images, `student`'s own."""
        try:
            return self._tally(self._read(), check_name(dataset), student, model_id)
        except (TypeError, ValueError, IndexError):  # a hand-edited file: show nothing rather than fail
            return Tally()

    def record(
        self, question: Question, choice: int, student: str, model_id: str | None, model_choice: int | None
    ) -> Answer:
        """Counts one answer (and the model's on the same image, when given); returns the new tally."""
        dataset = check_name(question.dataset)
        labels = load_dataset(dataset).test_labels
        if not 0 <= question.index < len(labels):
            raise ValueError(_("That quiz image does not exist; take a new one."))
        truth = int(labels[question.index])
        if isinstance(choice, bool) or not isinstance(choice, int | np.integer) or not 0 <= choice < 10:
            raise ValueError(_("Pick one of the 10 classes."))
        if not is_valid_token(student):
            raise ValueError(_("This browser's student token is malformed; reload the page without it."))
        choice = int(choice)
        counted = self.limiter.reserve(student)  # ValueError with the wait, before anything is counted
        try:
            return self._count(question, dataset, truth, choice, student, model_id, model_choice)
        except OSError:
            self.limiter.release(student, counted)
            raise

    def _count(self, question, dataset, truth, choice, student, model_id, model_choice) -> Answer:
        with _lock:
            data = self._read(for_update=True)
            part = data.setdefault(dataset, {})
            part["answers"] = int(part.get("answers", 0)) + 1
            part["human_correct"] = int(part.get("human_correct", 0)) + (choice == truth)
            students = part.setdefault("students", {})
            mine = students.get(student, [0, 0])
            students[student] = [mine[0] + 1, mine[1] + (choice == truth)]
            if model_id is not None and model_choice is not None:
                models = part.setdefault("models", {})
                model = models.get(model_id, [0, 0])
                models[model_id] = [model[0] + 1, model[1] + (int(model_choice) == truth)]
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_json(self.path, data)
            tally = self._tally(data, dataset, student, model_id)
        return Answer(question, truth, choice, None if model_choice is None else int(model_choice), tally)


def model_choice(record, question: Question) -> int:
    """What the stored model `record` answers for the question's image (loads TensorFlow)."""
    from lenet_core.inside.predictor import predictor_for

    image = load_dataset(question.dataset).test_images[question.index]
    return predictor_for(record).predict(as_model_input(image[np.newaxis])[0]).predicted


def answer(question: Question, choice: int, student: str, model=None, log: QuizLog | None = None) -> Answer:
    """Records the student's `choice` and, when `model` (a store record) is given, the model's."""
    predicted = model_choice(model, question) if model is not None else None
    return (log or QuizLog()).record(question, choice, student, model.model_id if model else None, predicted)
