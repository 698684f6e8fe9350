from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lenet_core.base.settings import PROJECT_DIR
from lenet_core.charts.training import comparison_figure
from lenet_core.classroom.leaderboard import COLUMNS, leaderboard_rows
from lenet_core.classroom.uploads import check_upload, scoring_config
from lenet_core.network.architecture import Architecture
from lenet_core.network.config import TrainingConfig
from lenet_core.network.model import WeightsError, build_lenet, build_model, save_weights
from lenet_core.store.models import ModelStore


class FakeEvaluation:
    """Stands for an Evaluation in metadata: the leaderboard reads only what the store keeps."""

    def __init__(self, accuracy):
        self.accuracy = accuracy

    def to_dict(self):
        return {"accuracy": self.accuracy, "confusion": [[0] * 10] * 10, "per_class_accuracy": [0.0] * 10}


@pytest.fixture
def filled_store(tiny_model, tmp_path):
    store = ModelStore(tmp_path / "models")
    runs = [
        ("middle", TrainingConfig(epochs=1, batch_size=64), 0.95),
        ("best", TrainingConfig(epochs=1, optimizer="adam", learning_rate=0.001), 0.99),
        ("worst", TrainingConfig(epochs=1, batch_size=256), 0.90),
        ("fashion", TrainingConfig(dataset="fashion-mnist", epochs=1), 0.97),
    ]
    for name, config, accuracy in runs:
        store.save(tiny_model.model, name, config, tiny_model.history, FakeEvaluation(accuracy), seconds=12.5)
    return store


def test_leaderboard_orders_by_accuracy_and_shows_the_recipe(filled_store):
    rows = leaderboard_rows(filled_store.list(), "mnist")
    assert [row["name"] for row in rows] == ["best", "middle", "worst"]
    assert set(COLUMNS) <= set(rows[0])
    best = rows[0]
    assert (best["test accuracy (%)"], best["optimizer"], best["learning rate"]) == (99.0, "adam", 0.001)
    assert (best["conv filters"], best["dense units"], best["parameters"]) == ("20, 50", "500", 1_256_080)
    assert best["epochs"] == 1 and best["training time (s)"] == 12.5


def test_comparison_has_one_trace_per_run_and_metric(filled_store):
    records = [record for record in filled_store.list() if record.dataset == "mnist"]
    figure = comparison_figure(records)
    assert len(figure.data) == 3 * 4
    assert {trace.name for trace in figure.data} >= {"best: training accuracy", "best: validation loss"}


def test_legacy_weights_file_is_scored_on_a_worker_and_joins_the_store(tmp_path, executor):
    from lenet_core.data.datasets import load_dataset
    from lenet_core.jobs.manager import JobManager
    from lenet_core.jobs.records import FINISHED
    from lenet_core.network.evaluation import evaluate

    legacy = Path(__file__).parent / "fixtures" / "legacy_small.hdf5"  # the book's TF 2.x format
    architecture = Architecture(conv_filters=(2, 3), dense_units=(4,))
    check_upload(legacy.read_bytes(), architecture)
    manager = JobManager(store=ModelStore(tmp_path / "models"), jobs_dir=tmp_path / "jobs", executor=executor)
    try:
        job = manager.submit(
            scoring_config("mnist", architecture), "from the book", "ann", "Ann", weights=legacy.read_bytes()
        )
        job = manager.wait(job.job_id, timeout=180)
    finally:
        manager.close()
    assert job.state == FINISHED, job.error
    dataset = load_dataset("mnist")
    reference = build_lenet(conv_filters=(2, 3), dense_units=(4,), weights_path=legacy)
    expected = evaluate(reference, dataset.test_images, dataset.test_labels).accuracy
    [record] = manager.store.list()
    assert record.usable and record.test_accuracy == pytest.approx(expected) == job.test_accuracy
    assert record.owner_name == "Ann" and record.metadata["source"] == "uploaded"
    assert leaderboard_rows(manager.store.list(), "mnist")[0]["optimizer"] is None  # no recipe is claimed


def test_wrong_architecture_upload_is_refused_at_once(tmp_path):
    path = save_weights(build_model(Architecture(conv_filters=(6, 16))), tmp_path / "other.weights.h5")
    with pytest.raises(WeightsError, match="another architecture"):
        check_upload(path.read_bytes(), Architecture())


def test_models_page_renders_the_leaderboard(filled_store, monkeypatch):
    monkeypatch.setenv("LENET_MODELS_DIR", str(filled_store.root))
    at = AppTest.from_file(str(PROJECT_DIR / "streamlit_app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/models.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table["name"].tolist() == ["best", "middle", "worst"]
    # Nothing shipped in this store, so nothing is preselected: no student's model is pushed forward.
    assert at.multiselect(key="models_compare_mnist").value == []
    assert at.selectbox(key="models_detail_mnist").value is None
    ids = [record.model_id for record in filled_store.list("mnist")]
    at.multiselect(key="models_compare_mnist").set_value(ids[:2]).run()
    assert not at.exception
    assert len(at.get("plotly_chart")) >= 1


def test_student_names_reach_charts_as_text_not_html(tmp_path):
    from tests.store_copies import copy_model

    copy_model(tmp_path, "tagged", "<b>x</b> <a href='http://example.com'>y</a>", owner="someone")
    figure = comparison_figure(ModelStore(tmp_path).list())
    names = {trace.name for trace in figure.data}
    assert "&lt;b&gt;x&lt;/b&gt; &lt;a href=&#x27;http://example.com&#x27;&gt;y&lt;/a&gt;: training accuracy" in names
    assert not any("<b>" in name for name in names)


def test_an_upload_for_an_architecture_over_the_class_limits_is_refused_before_anything_is_built():
    from lenet_core.classroom.limits import LimitError, Limits

    huge = Architecture(conv_filters=(1024, 1024), dense_units=(1024,))  # 26 M parameters
    with pytest.raises(LimitError, match="the class limit is 5,000,000"):
        check_upload(b"\x89HDF\r\n\x1a\n" + b"\0" * 100, huge, limits=Limits())
