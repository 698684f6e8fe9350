"""The Predict page's live canvas, server side: the browser's model file, and what the server
accepts from the canvas (a page's script can send anything in its place)."""

from __future__ import annotations

import base64
import os

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from app_pages.live_canvas import INPUT_BYTES, NOT_A_PNG, UNREADABLE, model_file, read_png, read_stroke
from harness.drawings import data_url, draw_on_canvas, fake_live_canvas, stroke_state
from lenet_core.base.settings import PROJECT_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import ImageInputError
from lenet_core.network import live_model
from lenet_core.network.architecture import Architecture

APP = str(PROJECT_DIR / "streamlit_app.py")


def drawing(index: int = 0) -> np.ndarray:
    return draw_on_canvas(load_dataset("mnist").test_images[index], scale=7.0, top=40, left=60, thickness=5)


def test_the_model_file_is_int8_kernels_and_float32_biases_within_half_a_step_of_each_unit():
    architecture = Architecture()
    rng = np.random.default_rng(0)
    weights = [rng.normal(0, 0.1, shape).astype(np.float32) for shape in architecture.weight_shapes()]
    weights[2][..., 3] = 0.0  # an all-zero unit survives
    data = live_model.pack(weights, architecture, "m", 7)
    header, restored = live_model.unpack(data)
    assert header["architecture"] == architecture.to_dict() and header["version"] == "7"
    parameters = architecture.parameter_count()
    assert parameters < len(data) < parameters + 20_000  # about a byte per parameter (1.26 MB for the book's)
    for original, back in zip(weights, restored, strict=True):
        if original.ndim == 1:
            np.testing.assert_array_equal(back, original)  # biases exact
        else:
            step = np.abs(original.reshape(-1, original.shape[-1])).max(axis=0) / 127
            assert (np.abs(back - original).reshape(-1, original.shape[-1]) <= step / 2 + 1e-7).all()
    np.testing.assert_array_equal(restored[2][..., 3], 0.0)
    with pytest.raises(ValueError, match="do not fit"):
        live_model.pack(weights[:-1], architecture, "m", 7)


def test_a_model_file_is_written_once_per_version_and_old_versions_are_dropped(tmp_path, monkeypatch):
    monkeypatch.setattr(live_model, "MAX_FILES", 3)
    architecture = Architecture(conv_filters=(2,), dense_units=())
    weights = [np.ones(shape, np.float32) for shape in architecture.weight_shapes()]
    calls = []

    def give():
        calls.append(1)
        return weights

    first = live_model.ensure_file(tmp_path, "m", 1, architecture, give)
    assert live_model.ensure_file(tmp_path, "m", 1, architecture, give) == first and len(calls) == 1
    os.utime(first, ns=(10**9, 10**9))
    for version in range(2, 6):
        path = live_model.ensure_file(tmp_path, "m", version, architecture, give)
        os.utime(path, ns=(version * 10**9, version * 10**9))  # a later write is newer on every file system
    assert sorted(path.name for path in tmp_path.glob("*.bin")) == ["m-3.bin", "m-4.bin", "m-5.bin"]


def test_a_stroke_as_the_browser_sends_it_is_decoded_exactly():
    state = stroke_state(drawing(), probabilities=np.eye(10)[7])
    stroke = read_stroke(state)
    assert stroke.error is None and not stroke.empty and stroke.backend == "wasm"
    from lenet_core.data.preprocessing import prepare

    np.testing.assert_array_equal(stroke.image, prepare(drawing(), "digit").image)
    assert stroke.naive.shape == (28, 28) and int(stroke.probabilities.argmax()) == 7
    assert read_stroke({"n": 3, "empty": True}).empty and read_stroke(None).empty
    assert read_stroke({"n": 4, "message": "Draw something bigger: that is only a dot."}).message.startswith("Draw")


@pytest.mark.parametrize(
    "change",
    [
        {"input": "A" * 10_000_000},  # 10 MB of text: refused by its length, never decoded
        {"input": base64.b64encode(bytes(INPUT_BYTES - 4)).decode()},  # 783 values
        {"input": base64.b64encode(np.full(784, np.nan, "<f4").tobytes()).decode()},
        {"input": "not base64!"},
        {"input": 12},
        {"probabilities": [0.5] * 5000},
        {"probabilities": [0.001] * 999 + [0.9]},  # 1,000 classes for a 10-class model: no index 999
        {"probabilities": [0.5] * 9},
        {"probabilities": [[0.1, 0.9]]},
        {"probabilities": ["x", 1]},
        {"probabilities": [float("inf"), 0]},
    ],
)
def test_a_stroke_a_script_made_up_is_refused_with_a_sentence(change):
    stroke = read_stroke(stroke_state(drawing(), probabilities=np.eye(10)[7]) | change)
    assert stroke.error == UNREADABLE and stroke.image is None


def test_values_out_of_range_are_clipped_to_what_an_image_can_be():
    state = stroke_state(drawing(), probabilities=np.eye(10)[7])
    state["input"] = base64.b64encode(np.full(784, 1e30, "<f4").tobytes()).decode()
    assert read_stroke(state).image.max() == 1.0


def test_the_png_a_browser_without_the_model_sends_is_bounded_before_it_is_decoded():
    stroke = read_stroke({"n": 1, "backend": "server", "png": data_url(drawing())})
    assert stroke.canvas.shape == (280, 280, 4) and stroke.error is None
    from tests.test_budgets import one_line_png

    huge = "data:image/png;base64," + base64.b64encode(one_line_png(12_000)).decode()
    assert "12000x12000 image" in read_stroke({"n": 1, "png": huge}).error
    assert read_stroke({"n": 1, "png": "data:image/gif;base64,R0lG"}).error == NOT_A_PNG
    assert read_stroke({"n": 1, "png": "data:image/png;base64," + "A" * 3_000_000}).error == NOT_A_PNG  # too long
    assert read_png({"request": 2, "stroke": 5, "png": data_url(drawing())}, 1, 5) is None  # another request's
    assert read_png({"request": 1, "stroke": 5, "png": data_url(drawing())}, 1, 5).shape == (280, 280, 4)
    with pytest.raises(ImageInputError, match="changed while it was being added"):
        read_png({"request": 1, "stroke": 6, "png": data_url(drawing())}, 1, 5)  # drawn on after the label
    with pytest.raises(ImageInputError, match="changed while it was being added"):
        read_png({"request": 1, "stroke": 5, "png": None}, 1, 5)  # cleared meanwhile


def test_the_predict_page_says_what_was_wrong_with_a_made_up_stroke_and_offers_nothing(default_models, monkeypatch):
    state = stroke_state(drawing(), probabilities=np.eye(10)[7]) | {"input": "A" * 10_000_000}
    fake_live_canvas(monkeypatch, drawing(), stroke=state)
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert UNREADABLE in [error.value for error in at.error]
    assert not [box for box in at.selectbox if box.label.startswith("Label")]
    at.session_state["predict_view_why"] = True
    at.run()
    assert "Draw a digit to see this." in [caption.value for caption in at.caption]  # nothing computed


def test_the_draw_tab_does_no_work_for_the_other_tabs(default_models, monkeypatch):
    fake_live_canvas(monkeypatch, drawing())
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert not at.get("file_uploader") and not [s for s in at.slider if s.label == "Samples"]
    assert "Predicted:" not in " ".join(image.proto.imgs[0].caption for image in at.get("image"))


def test_a_model_too_big_for_a_phone_is_answered_by_the_server_and_a_deleted_one_too(default_models, monkeypatch):
    import types

    from lenet_core.store.models import ModelStore

    monkeypatch.setenv("LENET_EXPORTS_DIR", str(default_models.parent / "exports"))
    record = ModelStore(default_models).get("default-mnist")
    name = model_file(record)
    assert name == f"default-mnist-{record.weights_path.stat().st_mtime_ns}.bin"
    assert (default_models.parent / "exports" / "live" / name).stat().st_size < 1_300_000  # 1.26 M parameters
    big = Architecture(conv_filters=(64, 256), dense_units=(1024,))  # 12.8 M weights in the dense layer alone
    assert big.parameter_count() > live_model.MAX_BROWSER_PARAMETERS
    assert model_file(types.SimpleNamespace(architecture=big, model_id="big", weights_path=record.weights_path)) is None
    record.weights_path.unlink()
    assert model_file(record) is None


def test_a_stroke_answered_by_the_model_before_a_switch_is_not_shown_for_the_new_one(default_models, monkeypatch):
    fake_live_canvas(monkeypatch, drawing(), stroke=stroke_state(drawing()) | {"model": "another-model-1.bin"})
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert not [box for box in at.selectbox if box.label.startswith("Label")]  # waits for the canvas to resend
