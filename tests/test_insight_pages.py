"""The look-inside sections as Streamlit renders them (AppTest, real models behind them)."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from app_pages.insight_views import PREDICT_VIEWS
from harness.drawings import draw_on_canvas, fake_live_canvas
from lenet_core.base.settings import DATA_DIR, PROJECT_DIR
from lenet_core.charts.inside import OCCLUSION_READING
from lenet_core.data.datasets import load_dataset

APP = str(PROJECT_DIR / "streamlit_app.py")


@pytest.fixture
def store_with_defaults(tmp_path, monkeypatch):
    """A store holding a copy of the shipped MNIST default."""
    shutil.copytree(DATA_DIR / "models" / "default-mnist", tmp_path / "models" / "default-mnist")
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("LENET_JOBS_DIR", str(tmp_path / "jobs"))
    return tmp_path / "models"


def test_predict_page_explains_the_drawing_places_it_on_the_map_and_compares_resizes(store_with_defaults, monkeypatch):
    drawn = draw_on_canvas(load_dataset("mnist").test_images[0], scale=7.0, top=40, left=60, thickness=5)
    fake_live_canvas(monkeypatch, drawn)
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert [expander.label for expander in at.expander] == list(PREDICT_VIEWS.values())
    assert OCCLUSION_READING not in [caption.value for caption in at.caption]  # closed views compute nothing
    for view in ("why", "map", "naive"):
        at.session_state[f"predict_view_{view}"] = True  # the student opens them
    at.run()
    assert not at.exception
    assert OCCLUSION_READING in [caption.value for caption in at.caption]
    neighbours = [image.proto.imgs[0].caption for image in at.get("image") if "#" in image.proto.imgs[0].caption]
    assert len(neighbours) == 5 and sum(caption.endswith(": 7") for caption in neighbours) >= 4
    answers = [markdown.value for markdown in at.markdown if markdown.value.startswith("The model's answer")]
    assert len(answers) == 2 and answers[1].startswith("The model's answer: **7**")


def test_models_detail_of_an_old_model_says_why_there_is_no_replay(store_with_defaults):
    (store_with_defaults / "default-mnist" / "snapshots.npz").unlink()  # as trained before snapshots existed
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/models.py").run()
    assert not at.exception
    captions = [caption.value for caption in at.caption]
    assert any(caption.startswith("No replay for this model") for caption in captions)
    assert any(caption.startswith("Click a cell of the confusion matrix") for caption in captions)


def test_models_detail_replays_a_model_trained_with_snapshots(store_with_defaults, tiny_model):
    from lenet_core.store.models import ModelStore

    record = ModelStore(store_with_defaults).save(
        tiny_model.model, "replayed", tiny_model.config, tiny_model.history, snapshots=tiny_model.snapshots
    )
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/models.py").run()
    at.selectbox(key="models_detail_mnist").set_value(record.model_id).run()
    assert not at.exception
    [slider] = [slider for slider in at.slider if slider.key.startswith("models_replay_epoch_")]
    assert slider.value == 1 and slider.max == 1  # one epoch trained: frames 0 and 1
    slider.set_value(0).run()
    assert not at.exception
    captions = [image.proto.imgs[0].caption for image in at.get("image")]
    assert "Conv layer 1 filters (grey 0, white +, black −)" in captions
    assert "Conv layer 2: the probe's 50 feature maps" in captions
    assert at.slider(key=slider.key).value == 0


def _report_of_a_model_deleted_meanwhile(models_dir: str) -> None:
    """A page run that read the store just before the model's owner deleted it: the student had
    clicked a cell of its confusion matrix, whose images need the model."""
    from app_pages import insight_views
    from lenet_core.data.datasets import load_dataset
    from lenet_core.store.models import ModelStore

    record = ModelStore(models_dir).get("default-mnist")
    record.weights_path.unlink()  # the owner's Delete, between reading the store and drawing
    insight_views.cell_images(record, load_dataset("mnist"), (4, 9), key="gone")


def test_a_model_deleted_while_its_report_is_drawn_gets_a_message_not_a_traceback(store_with_defaults):
    at = AppTest.from_function(_report_of_a_model_deleted_meanwhile, args=(str(store_with_defaults),))
    at.run(timeout=60)
    assert not at.exception
    [warning] = [warning.value for warning in at.warning]
    assert warning.startswith("“Default MNIST” was deleted or its weights replaced a moment ago")
