"""Each page rendered by Streamlit's AppTest, with the real lenet_core behind it."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from lenet_core.base.settings import PROJECT_DIR
from lenet_core.data.datasets import load_dataset
from tests.app_tabs import rerun_until

APP = str(PROJECT_DIR / "streamlit_app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=60)  # over this test's own folders (conftest.py)
    at.run()
    assert not at.exception
    return at


def test_script_runs_leave_keras_state_and_garbage_collection_alone(app):
    # After every run Streamlit would call keras.backend.clear_session() and gc.collect(2): about
    # 0.5 s with the GIL held, and Keras's global state replaced under the training thread. With
    # the Train page refreshing every 2 s that halved a background job's speed.
    import tomllib

    import keras

    # Keras's per-name counters live in its global state, which clear_session() replaces.
    before = keras.backend.get_uid("lenet_probe")  # as a worker thread's Keras state
    app.switch_page("app_pages/explore.py").run()
    app.run()
    assert not app.exception
    assert keras.backend.get_uid("lenet_probe") == before + 1
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())
    assert config["runner"]["postScriptGC"] is False


def test_a_changed_source_file_never_reloads_the_running_apps_modules():
    # A reload would drop lenet_core from sys.modules mid-class: a second job manager would mark
    # the running jobs interrupted and start a second cluster.
    import tomllib

    from streamlit.watcher.path_watcher import get_path_watcher_class

    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())
    watcher = config["server"]["fileWatcherType"]
    assert get_path_watcher_class(watcher).__name__ == "NoOpPathWatcher"
    assert get_path_watcher_class("auto").__name__ != "NoOpPathWatcher"  # what it would be otherwise


@pytest.mark.parametrize("name", ["mnist", "fashion-mnist"])
def test_explore_page_shows_a_captioned_grid(app, name):
    app.session_state["dataset"] = name  # the sidebar's data set picker
    app.switch_page("app_pages/explore.py").run()
    assert app.title[0].value.startswith(f"Explore {'Fashion' if name == 'fashion-mnist' else 'MNIST'}")
    assert not app.exception
    dataset = load_dataset(name)
    captions = [image.proto.imgs[0].caption for image in app.get("image")][:25]
    assert len(captions) == 25
    for caption in captions:
        class_name, index = caption.split(" · #")
        assert dataset.class_names[dataset.train_labels[int(index)]] == class_name


def test_explore_class_filter_and_seed(app):
    app.switch_page("app_pages/explore.py").run()
    app.selectbox(key="explore_class").set_value(3).run()
    app.number_input(key="explore_seed").set_value(7).run()
    first = [image.proto.imgs[0].caption for image in app.get("image")][:25]
    assert all(caption.startswith("3 · #") for caption in first)
    app.run()
    assert [image.proto.imgs[0].caption for image in app.get("image")][:25] == first


def test_the_train_pages_subset_follows_the_recipe_until_the_student_changes_it(app):
    assert app.number_input(key="train_subset").value == 0  # the book's recipe: all 60,000
    app.radio(key="train_preset").set_value("fast").run()
    assert app.number_input(key="train_subset").value == 24_000  # the fast recipe's own subset
    app.number_input(key="train_subset").set_value(5_000).run()
    app.run()
    assert app.number_input(key="train_subset").value == 5_000  # a rerun keeps the student's choice
    app.radio(key="train_preset").set_value("book").run()
    assert app.number_input(key="train_subset").value == 0


def test_train_page_runs_a_tiny_job_and_shows_metrics_and_saved_model(app):
    app.number_input(key="train_epochs_book_mnist").set_value(1)
    app.number_input(key="train_subset").set_value(500)
    app.text_input(key="train_model_name_book_mnist").set_value("tiny **bold** [x](javascript:alert(1))")
    app.button(key="train_start").click().run()
    assert not app.exception
    seen = set()

    def finished(at) -> bool:
        seen.update(bar.proto.text for bar in at.get("progress"))
        return any(metric.label == "Test accuracy" for metric in at.metric)

    rerun_until(app, finished, "the job's result", 120)
    # Every progress line says something true: never "batch 0/…", "0 images/s" before the first batch.
    started = re.compile(r"^Epoch 1/1 · batch \d+/\d+ · [\d,]+ images/s · .+ left$")
    ready = "Getting ready: loading MNIST (handwritten digits) and building the model…"
    assert all(text == ready or started.match(text) for text in seen), seen
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Epochs run"] == "1" and metrics["Test accuracy"].endswith("%")
    [saved] = [success.value for success in app.success]
    assert "Saved to the model store" in saved
    assert "\\*\\*bold\\*\\*" in saved  # user text is escaped, never rendered as markdown
    from lenet_core.store.models import open_store

    [record] = open_store().list()
    assert record.name == "tiny **bold** [x](javascript:alert(1))"
    assert f"{record.test_accuracy * 100:.2f}%" == metrics["Test accuracy"]


@pytest.mark.parametrize("server", [False, True], ids=["browser", "server"])
@pytest.mark.parametrize("index", [0, 1, 2])  # test images of a 7, a 2 and a 1
def test_predict_page_shows_the_class_of_a_drawn_digit(default_models, monkeypatch, index, server):
    """In a browser that runs the model the answer is the canvas's own (the page preselects it as
    the donation's label); where it cannot, the server answers from the PNG as before."""
    from harness.drawings import draw_on_canvas, fake_live_canvas

    digit = load_dataset("mnist").test_images[index]
    fake_live_canvas(monkeypatch, draw_on_canvas(digit, scale=7.0, top=40, left=60, thickness=5), server=server)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    label = int(load_dataset("mnist").test_labels[index])
    [donate_label] = [box for box in at.selectbox if box.label.startswith("Label")]
    assert donate_label.value == label
    assert any(f"Prediction: **{label}**" in markdown.value for markdown in at.markdown) == server


def test_predict_page_blank_canvas_asks_for_a_drawing(default_models, monkeypatch):
    import numpy as np

    from harness.drawings import fake_live_canvas

    blank = np.zeros((280, 280, 4), np.uint8)
    blank[..., 3] = 255
    fake_live_canvas(monkeypatch, blank, server=True)  # the server prepares the PNG: nothing there
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/predict.py").run()
    assert not at.exception
    assert any("Draw something" in info.value for info in at.info)
    assert not any("Prediction:" in markdown.value for markdown in at.markdown)
    assert not [box for box in at.selectbox if box.label.startswith("Label")]


def test_train_page_default_model_name_follows_the_recipe(app):
    assert app.text_input(key="train_model_name_book_mnist").value == "mnist book"
    app.radio(key="train_preset").set_value("fast").run()
    assert not app.exception
    assert app.text_input(key="train_model_name_fast_mnist").value == "mnist fast"


# As `streamlit run` leaves it: the entry file installed as __main__. A process spawned then (a
# Dask worker) runs that file again as __mp_main__ before it does anything else.
SPAWNED_FROM_THE_SERVER = """
import multiprocessing, sys, types
main = types.ModuleType("__main__")
main.__file__ = sys.argv[1]
sys.modules["__main__"] = main
loaded = "sorted(name for name in __import__('sys').modules if name.split('.')[0] in ('streamlit', 'app_pages'))"
with multiprocessing.get_context("spawn").Pool(1) as pool:
    print(pool.apply(eval, (loaded,)))
"""


def test_a_worker_process_spawned_from_the_server_skips_the_app():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", SPAWNED_FROM_THE_SERVER, APP],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"  # neither Streamlit nor the pages were imported in the worker
