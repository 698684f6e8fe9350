"""The figures the pages show, checked for what a student reads off them."""

import numpy as np

from lenet_core.charts.training import (
    OTHER_COLOUR,
    RUNNER_UP_COLOUR,
    TOP_COLOUR,
    class_count_figure,
    pixel_heatmap,
    probability_figure,
)
from lenet_core.data.datasets import CLASS_NAMES


def test_probability_figure_shows_every_class_in_percent_and_marks_the_top_three():
    probabilities = np.array([0.01, 0.02, 0.6, 0.05, 0.2, 0.02, 0.03, 0.04, 0.02, 0.01])
    [bars] = probability_figure(probabilities, CLASS_NAMES["mnist"]).data
    assert list(bars.x) == [str(digit) for digit in range(10)]
    np.testing.assert_allclose(bars.y, probabilities * 100)
    assert bars.marker.color[2] == TOP_COLOUR
    assert [bars.marker.color[i] for i in (4, 3)] == [RUNNER_UP_COLOUR] * 2
    assert {bars.marker.color[i] for i in (0, 1, 5, 6, 7, 8, 9)} == {OTHER_COLOUR}
    assert [text for text in bars.text if text] == ["60%", "5%", "20%"]  # the top three, in class order


def test_probability_figure_names_garments():
    [bars] = probability_figure(np.full(10, 0.1), CLASS_NAMES["fashion-mnist"]).data
    assert bars.x[0] == "T-shirt/top" and bars.x[-1] == "Ankle boot"


def test_pixel_heatmap_shows_the_values_the_model_receives_top_row_first():
    pixels = np.zeros((28, 28), np.float32)
    pixels[0, 27] = 1.0  # top right
    figure = pixel_heatmap(pixels)
    [heatmap] = figure.data
    np.testing.assert_array_equal(np.asarray(heatmap.z), pixels)
    assert (heatmap.zmin, heatmap.zmax) == (0, 1)
    assert figure.layout.yaxis.autorange == "reversed"  # row 0 at the top, as in the image


def test_class_count_figure_has_one_bar_per_class():
    counts = np.arange(100, 110)
    figure = class_count_figure(counts, CLASS_NAMES["fashion-mnist"])
    [bars] = figure.data
    assert list(bars.x) == list(CLASS_NAMES["fashion-mnist"]) and list(bars.y) == counts.tolist()
    assert figure.layout.xaxis.type == "category"


# Run in a fresh interpreter: pandas must not be imported yet. A finder slows pandas' import down
# so that the main thread builds its figures while another thread is halfway through importing it,
# as when one student's first table and a classmate's chart are drawn at the same moment.
HALF_IMPORTED_PANDAS = """
import importlib.abc, importlib.util, sys, threading, time

started = threading.Event()

class SlowPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "pandas":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def slowly(module):
            started.set()
            time.sleep(2)
            load(module)
        spec.loader.exec_module = slowly
        return spec

assert "pandas" not in sys.modules
sys.meta_path.insert(0, SlowPandas())
importer = threading.Thread(target=lambda: __import__("pandas"))
importer.start()
assert started.wait(60)
assert not hasattr(sys.modules["pandas"], "Series")  # another thread is importing it now

import numpy as np
from lenet_core.charts.training import history_figure, pixel_heatmap

history = {"loss": [1.0, 0.5], "accuracy": [0.6, 0.8], "val_loss": [0.9, 0.6], "val_accuracy": [0.7, 0.8]}
history_figure(history, [(0.5, 1.2, 0.5)]).to_json()
pixel_heatmap(np.eye(28, dtype=np.float32)).to_json()
print("figures built")
importer.join()
"""


def test_figures_are_built_while_another_thread_imports_pandas():
    import subprocess
    import sys

    from lenet_core.base.settings import PROJECT_DIR

    done = subprocess.run(
        [sys.executable, "-c", HALF_IMPORTED_PANDAS], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "figures built" in done.stdout, done.stderr[-3000:]
