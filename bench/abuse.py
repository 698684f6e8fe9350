"""What a mischievous classmate's heavy inputs cost the server: peak memory and CPU, before vs after.

    python -m bench.abuse --before /tmp/lenet-before          # e.g. `git worktree add /tmp/lenet-before 638c43f`
    python -m bench.abuse --before /tmp/lenet-before --rows wide canvas --deadline 120

Each row replays, in a fresh Python process per arm, the code a server thread (or a Dask worker,
for training) runs for that input in that version of the project, and reports the process's peak
resident memory and CPU seconds (from wait4's rusage: Linux and macOS), or that it was stopped at
the deadline. The arms alternate row by row (before, after). The rows (issue 26's table):
  wide:    a model inside every class limit (conv 1024, no dense layer) opened on Predict: its
           map, occlusion and test-set view;
  canvas:  the canvas sends a 12,000 x 12,000 PNG of one line;
  hdf5:    an upload whose layer and weight name lists repeat one name 20,000 times;
  train:   one training step of the wide model in batches of 1,024 (what the job would do).
The same rows through a running server and a real browser: `python -m bench.abuse_live`.
Compare figures from one run only.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

SETUP = """
import sys, time
sys.path.insert(0, ".")
import numpy as np
from lenet_core.network.architecture import Architecture
WIDE = Architecture(conv_filters=(1024,), dense_units=())
"""

ROWS = {
    "wide": """
from lenet_core.data.datasets import load_dataset
from lenet_core.inside.explainer import Explainer
from lenet_core.network.model import build_model
explainer = Explainer(build_model(WIDE))
image = np.zeros((28, 28), np.float32); image[6:22, 12:16] = 1
if getattr(explainer, "occlusion_refusal", None):
    print("occlusion: refused with a sentence")
else:
    explainer.occlusion(image, [0, 1]); print("occlusion: computed")
if getattr(explainer, "map_refusal", None):
    print("map: refused with a sentence")
else:
    view = explainer.test_set(load_dataset("mnist")); print(f"map: built, {view.nbytes / 2**20:,.0f} MiB kept")
""",
    "canvas": """
import io, os
from PIL import Image
data = open(os.environ["BENCH_INPUT"], "rb").read()
from lenet_core.data import preprocessing
if hasattr(preprocessing, "read_canvas"):
    try:
        preprocessing.read_canvas(data)
    except preprocessing.ImageInputError as error:
        print("refused:", str(error)[:80])
else:  # what streamlit_drawable_canvas's image_data and the Predict page did
    array = np.asarray(Image.open(io.BytesIO(data)))
    prepared = preprocessing.prepare(array, "digit")
    print("decoded and prepared:", array.shape)
""",
    "hdf5": """
import os
from pathlib import Path
from lenet_core.network.weights_file import WeightsError, check_weights_file
try:
    check_weights_file(Path(os.environ["BENCH_INPUT"]), WIDE.weight_shapes())
except WeightsError as error:
    print("refused:", str(error)[:80])
""",
    "train": """
from lenet_core.classroom.limits import LimitError, Limits, check_training
from lenet_core.network.config import TrainingConfig
config = TrainingConfig(architecture=WIDE, batch_size=1024, limit=2048)
try:
    check_training(config, Limits())
except LimitError as error:
    print("refused before it starts:", str(error)[:80])
else:
    import keras
    from lenet_core.network.model import build_model
    model = build_model(WIDE)
    model.compile(optimizer=keras.optimizers.Adam(), loss="sparse_categorical_crossentropy")
    images = np.random.default_rng(0).random((1024, 28, 28, 1), np.float32)
    model.train_on_batch(images, np.zeros(1024, np.int64))
    print("one training step done")
""",
}


MAKE_INPUTS = """
import sys
import h5py
import numpy as np
from PIL import Image, ImageDraw
canvas, upload = sys.argv[1:]
image = Image.new("RGBA", (12_000, 12_000), (0, 0, 0, 255))
ImageDraw.Draw(image).line((0, 0, 11_999, 11_999), fill=(255, 255, 255, 255), width=20)
image.save(canvas, format="PNG", compress_level=9)
with h5py.File(upload, "w") as f:
    f.attrs["layer_names"] = np.array([b"c"] * 20_000)
    group = f.create_group("c")
    group.attrs["weight_names"] = np.array([b"k"] * 20_000)
    group.create_dataset("k", shape=(5, 5, 1, 20), dtype="float32")
"""


def make_inputs(folder: Path) -> dict[str, Path]:
    """The classmate's files, made once for both arms: the canvas PNG and the upload. In a child
    process: Linux keeps a process's peak RSS across exec, so this process must stay small."""
    inputs = {"canvas": folder / "canvas.png", "hdf5": folder / "repeated.hdf5"}
    subprocess.run([sys.executable, "-c", MAKE_INPUTS, str(inputs["canvas"]), str(inputs["hdf5"])], check=True)
    return inputs


def measure(arm: Path, row: str, deadline: float, given: Path | None) -> tuple[float, float, float, str]:
    """Peak RSS (MiB), CPU seconds, wall seconds and the last line printed, for `row` in `arm`."""
    code = textwrap.dedent(SETUP) + textwrap.dedent(ROWS[row])
    environment = os.environ | {"TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}
    if given is not None:
        environment["BENCH_INPUT"] = str(given)
    with tempfile.TemporaryFile() as output:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-c", code], cwd=arm, stdout=output, stderr=subprocess.STDOUT, env=environment
        )
        stopped = ""
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > deadline:
                os.kill(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                stopped = f"stopped at the {deadline:.0f} s deadline, still busy"
                break
            time.sleep(0.05)
        process.returncode = status  # reaped here, not by Popen
        wall = time.monotonic() - started
        output.seek(0)
        lines = [line for line in output.read().decode(errors="replace").splitlines() if line.strip()]
    said = stopped or (lines[-1] if lines else "")
    if not stopped and not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
        said = f"failed: {lines[-1] if lines else status}"
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, wall, said  # ru_maxrss: KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the version to compare with")
    parser.add_argument("--rows", nargs="+", choices=list(ROWS), default=list(ROWS))
    parser.add_argument("--deadline", type=float, default=180, help="seconds before a replay is stopped")
    args = parser.parse_args()
    arms = {"before": args.before.resolve(), "after": PROJECT_DIR}
    with tempfile.TemporaryDirectory() as folder:
        inputs = make_inputs(Path(folder))
        print(f"inputs: canvas PNG {inputs['canvas'].stat().st_size / 1e3:,.0f} kB, upload "
              f"{inputs['hdf5'].stat().st_size / 1e3:,.0f} kB")  # fmt: skip
        print(f"{'row':8} {'arm':7} {'peak RSS':>10} {'CPU s':>8} {'wall s':>8}  outcome")
        for row in args.rows:
            for name, arm in arms.items():
                peak, cpu, wall, said = measure(arm, row, args.deadline, inputs.get(row))
                print(f"{row:8} {name:7} {peak:>7,.0f} MiB {cpu:>8.1f} {wall:>8.1f}  {said}", flush=True)


if __name__ == "__main__":
    main()
