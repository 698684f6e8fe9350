import subprocess
import sys

from lenet_core.base.settings import PROJECT_DIR
from lenet_core.store.models import ModelStore


def run_cli(*args, env_dir):
    return subprocess.run(
        [sys.executable, "-m", "lenet_core", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR,
        env={"LENET_MODELS_DIR": str(env_dir), "PATH": "", "HOME": str(env_dir)},
        timeout=300,
    )


def test_cli_trains_saves_reloads_and_prints_predictions(tmp_path):
    weights = tmp_path / "lenet_weights.weights.h5"
    history = tmp_path / "history.html"
    trained = run_cli(
        "--train-model", "1", "--save-trained", "1", "--weights", str(weights),
        "--epochs", "1", "--limit", "300", "--samples", "3", "--history", str(history),
        env_dir=tmp_path,
    )  # fmt: skip
    assert trained.returncode == 0, trained.stderr
    assert "Epoch 1/1" in trained.stdout
    assert "[INFO] accuracy:" in trained.stdout
    assert weights.is_file() and "plotly" in history.read_text()

    evaluated = run_cli("--weights", str(weights), "--samples", "4", env_dir=tmp_path)
    assert evaluated.returncode == 0, evaluated.stderr
    lines = evaluated.stdout.splitlines()
    accuracy_line = next(line for line in lines if line.startswith("[INFO] accuracy:"))
    # Same weights, same test set: evaluation mode reports the accuracy training reported.
    assert accuracy_line in trained.stdout.splitlines()
    predictions = [line for line in lines if line.startswith("[INFO] Predicted: ")]
    assert len(predictions) == 4 and all(", Actual: " in line for line in predictions)


def test_cli_without_weights_says_how_to_train(tmp_path):
    result = run_cli("--weights", str(tmp_path / "missing.weights.h5"), env_dir=tmp_path)
    assert result.returncode == 2
    assert "--train-model 1 --save-trained 1" in result.stderr


def test_cli_fashion_mnist_prints_class_names(tmp_path):
    result = run_cli(
        "-t", "1", "--dataset", "fashion-mnist", "--epochs", "1", "--limit", "200", "--samples", "20",
        env_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    names = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}
    actual = [line.split("Actual: ")[1] for line in result.stdout.splitlines() if "Actual: " in line]
    assert len(actual) == 20 and set(actual) <= names


def test_cli_trains_on_dask_workers_with_cluster_and_stores_the_model(tmp_path):
    trained = run_cli(
        "--train-model", "1", "--cluster", "--epochs", "1", "--limit", "300", "--samples", "2",
        "--save-trained", "1", "--store-name", "from the cluster", env_dir=tmp_path,
    )  # fmt: skip
    assert trained.returncode == 0, trained.stderr
    assert "[INFO] sending the job to 1 worker process on this machine" in trained.stdout
    assert "Epoch 1/1" in trained.stdout and trained.stdout.count("Predicted:") == 2
    [record] = ModelStore(tmp_path).list()
    assert record.name == "from the cluster" and record.snapshots() is not None


def test_cli_says_clearly_when_the_dask_scheduler_cannot_be_reached(tmp_path):
    from harness.server import free_port

    address = f"tcp://127.0.0.1:{free_port()}"
    result = subprocess.run(
        [sys.executable, "-m", "lenet_core", "--train-model", "1", "--cluster", "--limit", "300"],
        capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120,
        env={"LENET_MODELS_DIR": str(tmp_path), "PATH": "", "HOME": str(tmp_path), "LENET_DASK_SCHEDULER": address},
    )  # fmt: skip
    assert result.returncode == 2
    assert f"[ERROR] Cannot reach the Dask scheduler at {address}" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_writes_the_code_of_the_run_and_the_export_files(tmp_path):
    import ast

    out = tmp_path / "take-home"
    weights = tmp_path / "quick.weights.h5"
    result = run_cli(
        "-t", "1", "-s", "1", "-w", str(weights), "--epochs", "1", "--limit", "300", "--samples", "1",
        "--code", "--export", "tflite-int8", "--export", "keras", "--output", str(out), env_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == [
        "quick-int8.tflite",
        "quick.ipynb",
        "quick.keras",
        "quick.py",
    ]
    assert "[INFO] exporting TensorFlow Lite, int8 weights (.tflite)..." in result.stdout
    assert "test accuracy" in result.stdout
    config = next(
        ast.literal_eval(node.value)
        for node in ast.parse((out / "quick.py").read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "CONFIG"
    )
    assert (config["epochs"], config["limit"], config["optimizer"]) == (1, 300, "sgd")  # the command's run


def test_cli_export_into_an_unwritable_place_says_so(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shipped = PROJECT_DIR / "data" / "models" / "default-mnist" / "model.weights.h5"
    result = run_cli(
        "-w", str(shipped), "--code", "--output", str(blocker / "inside"), "--samples", "1", env_dir=tmp_path
    )
    assert result.returncode == 2
    assert "[ERROR] Could not write the files to" in result.stderr
