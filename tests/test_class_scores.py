"""Every model scored on the class's held-out drawings, in the background, per collection version."""

import numpy as np
import pytest

from harness.drawings import draw_on_canvas
from lenet_core.classroom.drawing_scores import ClassDrawingScores
from lenet_core.classroom.drawings import Collection, DonationLimiter
from lenet_core.classroom.leaderboard import leaderboard_rows
from lenet_core.classroom.students import new_token
from lenet_core.data.datasets import load_dataset
from lenet_core.store.models import ModelStore

DEADLINE = 120


@pytest.fixture
def drawings(tmp_path):
    """A collection with at least four held-out drawings (the held-out fifth is chosen by id)."""
    collection = Collection(tmp_path / "collection", limiter=DonationLimiter(per_student=1000, per_server=1000))
    test = load_dataset("mnist").test_images
    student, index = new_token(), 0
    while sum(entry.split == "test" for entry in collection.entries("mnist")) < 4:
        label = int(load_dataset("mnist").test_labels[index])
        collection.donate(draw_on_canvas(test[index], scale=7.0, top=40, left=60, thickness=5), label, "mnist", student)
        index += 1
        assert index < 200, "the held-out split never took a drawing"
    return collection


@pytest.fixture
def stored(tmp_path, tiny_model):
    store = ModelStore(tmp_path / "models")
    return store.save(tiny_model.model, "tiny", tiny_model.config, owner="ann")


def test_a_model_is_scored_on_the_held_out_drawings_in_the_background(drawings, stored):
    from lenet_core.inside.predictor import predictor_for

    scores = ClassDrawingScores(drawings)
    assert scores.scores([stored], "mnist") == {stored.model_id: None}  # queued, not waited for
    scores.wait(DEADLINE)
    [accuracy] = scores.scores([stored], "mnist").values()
    # Independently: each held-out drawing through the single-image predictor.
    held_out = [entry for entry in drawings.entries("mnist") if entry.split == "test"]
    predictor = predictor_for(stored)
    right = [predictor.predict(entry.image().astype(np.float32) / 255).predicted == entry.label for entry in held_out]
    assert accuracy == pytest.approx(np.mean(right))
    assert scores.held_out("mnist") == len(held_out) >= 4
    [row] = leaderboard_rows([stored], "mnist", class_scores={stored.model_id: accuracy})
    assert row["class drawings (%)"] == round(accuracy * 100, 2)


def test_a_new_drawing_makes_the_scores_stale_and_they_are_computed_again(drawings, stored):
    scores = ClassDrawingScores(drawings)
    scores.scores([stored], "mnist")
    scores.wait(DEADLINE)
    before = drawings.version("mnist")
    digit = load_dataset("mnist").test_images[0]
    drawings.donate(draw_on_canvas(digit, scale=7.0, top=40, left=60, thickness=5), 7, "mnist", new_token())
    assert drawings.version("mnist") != before
    assert scores.scores([stored], "mnist") == {stored.model_id: None}  # recomputed for the new version
    scores.wait(DEADLINE)
    assert scores.scores([stored], "mnist")[stored.model_id] is not None


def test_no_held_out_drawings_means_no_score(tmp_path, stored):
    scores = ClassDrawingScores(Collection(tmp_path / "empty"))
    scores.scores([stored], "mnist")
    scores.wait(DEADLINE)
    assert scores.scores([stored], "mnist") == {stored.model_id: None}
    assert scores.held_out("mnist") == 0


def test_scoring_leaves_the_predict_pages_models_in_memory_alone(drawings, stored):
    from lenet_core.inside.predictor import cached_predictor, predictor_for

    scores = ClassDrawingScores(drawings)
    scores.scores([stored], "mnist")
    scores.wait(DEADLINE)
    assert cached_predictor(stored) is None  # loaded for the score only: no Predict model pushed out
    scored_alone = scores.scores([stored], "mnist")[stored.model_id]

    predictor = predictor_for(stored)  # a student draws on it: the scorer uses that one
    again = ClassDrawingScores(drawings)
    again.scores([stored], "mnist")
    again.wait(DEADLINE)
    assert again.scores([stored], "mnist")[stored.model_id] == scored_alone
    assert cached_predictor(stored) is predictor


class HeldScores(ClassDrawingScores):
    """Holds its first score until released, and counts the scores it computes."""

    def __init__(self, collection):
        super().__init__(collection)
        import threading

        self.computed, self.started, self.release = [], threading.Event(), threading.Event()

    def _score(self, record, dataset, version):
        self.computed.append((record.model_id, version))
        self.started.set()
        assert self.release.wait(DEADLINE)
        return super()._score(record, dataset, version)


def test_scores_queued_for_drawings_that_changed_meanwhile_are_skipped(drawings, stored, tmp_path, tiny_model):
    store = ModelStore(tmp_path / "models")
    records = [stored] + [store.save(tiny_model.model, f"tiny {n}", tiny_model.config, owner="bob") for n in (2, 3)]
    scores = HeldScores(drawings)
    old = drawings.version("mnist")
    scores.scores(records, "mnist")  # three queued; the first is being computed, held
    assert scores.started.wait(DEADLINE)
    digit = load_dataset("mnist").test_images[1]
    drawings.donate(draw_on_canvas(digit, scale=7.0, top=40, left=60, thickness=5), 2, "mnist", new_token())
    new = drawings.version("mnist")
    scores.scores(records, "mnist")  # the page's next run: three more, for the new drawings
    scores.release.set()
    scores.wait(DEADLINE)
    # The one in progress finishes; the two others queued for the old drawings are never computed.
    assert [version for _, version in scores.computed] == [old] + [new] * 3
    assert all(value is not None for value in scores.scores(records, "mnist").values())
