"""The code of a run: generated scripts and notebooks run for real, in a subprocess, on a few hundred images."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys

import pytest

from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.network.architecture import Architecture
from lenet_core.network.codegen import cells_of, notebook_code, notebook_for, script_for, script_for_record
from lenet_core.network.config import TrainingConfig, preset_config
from lenet_core.store.models import ModelStore

CONFIGS = {
    "book": preset_config("book", "mnist"),
    "fast": preset_config("fast", "mnist", weight_decay=0.004, early_stopping=True),
    "architecture": TrainingConfig(architecture=Architecture(conv_filters=(6, 16), dense_units=(120, 84)), epochs=3),
    "augmented": preset_config("fast", "fashion-mnist", augment=True, limit=5_000),
    "elastic": preset_config("fast", "mnist", augment=True, elastic=True),
}
QUICK = ["--limit", "300", "--epochs", "1", "--validation-limit", "300"]


def script_config(script: str) -> dict:
    """The CONFIG the script assigns, read without running it."""
    for node in ast.parse(script).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "CONFIG":
            return ast.literal_eval(node.value)
    raise AssertionError("the script assigns no CONFIG")


def run(path, *arguments, cwd, timeout=240) -> str:
    done = subprocess.run(
        [sys.executable, str(path), *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def assert_book_run(output: str, tmp_path, config: TrainingConfig) -> None:
    """It trained, printed the book's lines, plotted, and saved weights lenet_core loads."""
    from lenet_core.network.model import build_model, load_weights

    for line in ("[INFO] loading", "[INFO] compiling model...", "[INFO] training...", "[INFO] evaluating..."):
        assert line in output
    assert re.search(r"\[INFO\] accuracy: \d+\.\d\d%", output)
    assert len(re.findall(r"\[INFO\] Predicted: .+, Actual: .+", output)) == 10
    assert (tmp_path / "history.png").stat().st_size > 1_000
    model = build_model(config.architecture)
    load_weights(model, tmp_path / "run.weights.h5")
    assert model.count_params() == config.architecture.parameter_count()


@pytest.mark.parametrize("kind", list(CONFIGS))
def test_the_code_of_a_run_trains_prints_the_books_lines_and_saves_weights_the_app_loads(kind, tmp_path):
    config = CONFIGS[kind]
    script = script_for(config, "run", f"{kind} run", 0.9876)
    assert script_config(script) == config.to_dict()  # every field of the run, by name and value
    assert "lenet_core" not in script and "streamlit" not in script  # self-contained
    assert ("def augment_images" in script) == config.augment
    assert "label_smoothing=CONFIG" in script  # smoothing is in every script, used when the config has it
    path = tmp_path / "run.py"
    path.write_text(script, encoding="utf-8")
    data = DATA_DIR / config.dataset
    output = run(path, "-t", "1", "-s", "1", "-w", "run.weights.h5", "--plot", "history.png", "--data", str(data),
                 *QUICK, cwd=tmp_path)  # fmt: skip
    assert_book_run(output, tmp_path, config)


def test_the_notebook_has_the_scripts_cells_and_runs_the_same_way(tmp_path):
    import nbformat

    config = CONFIGS["architecture"]
    script = script_for(config, "run", "a notebook")
    text = notebook_for(script)
    notebook = nbformat.reads(text, as_version=4)
    nbformat.validate(notebook)
    kinds = [cell.cell_type for cell in notebook.cells]
    assert kinds[0] == "markdown" and kinds.count("code") == sum(kind == "code" for kind, _ in cells_of(script))
    code = notebook_code(text)
    assert script_config(code) == config.to_dict()
    path = tmp_path / "cells.py"  # its code cells, run in order as one script
    path.write_text(code, encoding="utf-8")
    output = run(path, "-w", "run.weights.h5", "--plot", "history.png", "--data", str(DATA_DIR / "mnist"), *QUICK,
                 cwd=tmp_path)  # fmt: skip
    assert_book_run(output, tmp_path, config)


def test_the_code_of_the_shipped_model_evaluates_its_downloaded_weights_to_the_stored_accuracy(tmp_path):
    record = ModelStore(DATA_DIR / "models").get("default-mnist")
    script = script_for_record(record)
    path = tmp_path / "default.py"
    path.write_text(script, encoding="utf-8")
    output = run(path, "-t", "0", "-w", str(record.weights_path), "--data", str(DATA_DIR / "mnist"), cwd=tmp_path)
    assert f"[INFO] accuracy: {record.test_accuracy * 100:.2f}%" in output  # the same 10,000 test images
    assert "[WARN] the app's run also trained on 500 rendered digits" in output  # what it cannot redo, said
    assert "[INFO] training..." not in output and not (tmp_path / "default-mnist.weights.h5").exists()


def test_a_fine_tuning_run_starts_from_the_base_weights_and_adds_the_given_drawings(tmp_path):
    from harness.drawings import draw_on_canvas
    from lenet_core.classroom.drawings import Collection
    from lenet_core.classroom.students import new_token
    from lenet_core.jobs.requests import config_for

    base = ModelStore(DATA_DIR / "models").get("default-mnist")
    config = config_for(base, drawings=4, repeats=5)
    script = script_for(config, "tuned", "tuned", base={"model_id": base.model_id, "name": base.name}, repeats=5)
    assert script_config(script) == config.to_dict()
    collection = Collection(tmp_path / "collection")  # the class's drawings, downloaded as the app offers them
    test_images = load_dataset("mnist").test_images
    for index in range(4):
        canvas = draw_on_canvas(test_images[index], scale=7.0, top=40, left=60, thickness=5)
        collection.donate(canvas, index + 1, "mnist", new_token())
    drawings = tmp_path / "class-drawings-mnist-idx.zip"
    drawings.write_bytes(collection.idx_zip("mnist"))
    path = tmp_path / "tuned.py"
    path.write_text(script, encoding="utf-8")
    output = run(path, "--base-weights", str(base.weights_path), "--drawings", str(drawings), "-w", "run.weights.h5",
                 "--plot", "history.png", "--data", str(DATA_DIR / "mnist"), *QUICK, cwd=tmp_path)  # fmt: skip
    assert "[INFO] starting from Default MNIST" in output
    assert "[INFO] 4 class drawings, each counted 5 times" in output
    accuracy = float(re.search(r"\[INFO\] accuracy: (\d+\.\d\d)%", output).group(1))
    assert accuracy > 90  # it went on from the base model's weights (a fresh network after one epoch of 300: ~20%)
    assert_book_run(output, tmp_path, config)


def test_a_notebook_is_plain_json_that_names_its_kernel():
    notebook = json.loads(notebook_for(script_for(CONFIGS["book"])))
    assert notebook["nbformat"] == 4 and notebook["metadata"]["kernelspec"]["name"] == "python3"


def test_the_code_of_a_run_reproduces_the_apps_training_of_it(tmp_path):
    """The same config trained by the app (lenet_core.network.training) and by its generated script ends
    at the same accuracy: same seed, same subset, same optimizer and schedule."""
    from lenet_core.network.training import train

    config = preset_config("fast", "mnist", limit=600, epochs=2, validation_limit=1_000)
    by_the_app = train(config).history["val_accuracy"][-1]
    path = tmp_path / "run.py"
    path.write_text(script_for(config, "run"), encoding="utf-8")
    output = run(path, "-s", "0", "--plot", "history.png", "--data", str(DATA_DIR / "mnist"), cwd=tmp_path)
    by_the_script = float(re.search(r"\[INFO\] accuracy: (\d+\.\d\d)%", output).group(1)) / 100
    assert by_the_script == pytest.approx(by_the_app, abs=0.01)  # CPU threads may sum in another order
