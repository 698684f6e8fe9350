"""Each page rendered by Streamlit's AppTest, with the real lenet_core behind it."""

import time

import pytest
from streamlit.testing.v1 import AppTest

from lenet_core.datasets import PROJECT_DIR, load_dataset

APP = str(PROJECT_DIR / "streamlit_app.py")


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("LENET_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("LENET_JOBS_DIR", str(tmp_path / "jobs"))
    import lenet_core.jobs

    monkeypatch.setattr(lenet_core.jobs, "_manager", None)  # a job manager of this test's own
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


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


def test_train_page_runs_a_tiny_job_and_shows_metrics_and_saved_model(app):
    app.number_input(key="train_epochs_book_mnist").set_value(1)
    app.number_input(key="train_subset").set_value(500)
    app.text_input(key="train_model_name").set_value("tiny **bold** [x](javascript:alert(1))")
    app.button(key="train_start").click().run()
    assert not app.exception
    deadline = time.monotonic() + 120
    while not any(metric.label == "Test accuracy" for metric in app.metric):
        assert time.monotonic() < deadline, "the job did not finish in time"
        time.sleep(0.5)
        app.run()
        assert not app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Epochs run"] == "1" and metrics["Test accuracy"].endswith("%")
    [saved] = [success.value for success in app.success]
    assert "Saved to the model store" in saved
    assert "\\*\\*bold\\*\\*" in saved  # user text is escaped, never rendered as markdown
    from lenet_core.store import open_store

    [record] = open_store().list()
    assert record.name == "tiny **bold** [x](javascript:alert(1))"
    assert f"{record.test_accuracy * 100:.2f}%" == metrics["Test accuracy"]
