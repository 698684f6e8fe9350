import subprocess
import sys

import numpy as np
import pytest

from lenet_core.base.settings import PROJECT_DIR
from lenet_core.charts.images import enlarge
from lenet_core.data.datasets import load_dataset
from lenet_core.data.samples import class_counts, class_means, sample_grid


@pytest.mark.parametrize("name", ["mnist", "fashion-mnist"])
@pytest.mark.parametrize("split", ["train", "test"])
def test_grid_captions_match_the_data_set_labels(name, split):
    dataset = load_dataset(name)
    _, labels = dataset.split(split)
    samples = sample_grid(name, split, 5, 5, seed=3)
    assert len(samples) == 25 and len({s.index for s in samples}) == 25
    for sample in samples:
        assert sample.label == labels[sample.index]
        assert sample.caption == f"{dataset.class_names[labels[sample.index]]} · #{sample.index}"


def test_class_filter_only_shows_that_class():
    samples = sample_grid("fashion-mnist", "train", 10, 10, class_index=8, seed=1)
    assert len(samples) == 100 and {s.class_name for s in samples} == {"Bag"}


def test_same_seed_same_grid_and_another_seed_another_grid():
    assert sample_grid("mnist", "test", seed=42) == sample_grid("mnist", "test", seed=42)
    assert sample_grid("mnist", "test", seed=42) != sample_grid("mnist", "test", seed=43)


def test_grid_size_is_bounded():
    with pytest.raises(ValueError, match="1x1 to 10x10"):
        sample_grid("mnist", "test", 11, 5)


def test_class_counts_and_means_agree_with_the_labels():
    dataset = load_dataset("mnist")
    assert class_counts("mnist", "test").tolist() == np.bincount(dataset.test_labels).tolist()
    means = class_means("mnist", "test")
    expected = dataset.test_images[dataset.test_labels == 1].mean(axis=0)
    assert np.abs(means[1].astype(float) - expected).max() <= 0.5
    # Cached for every session: read-only, so no page can change another student's view.
    assert not means.flags.writeable and not class_counts("mnist", "test").flags.writeable


def test_enlarge_keeps_pixels_square():
    assert enlarge(np.array([[1, 2]]), 2).tolist() == [[1, 1, 2, 2], [1, 1, 2, 2]]


def test_explore_page_modules_do_not_import_tensorflow():
    code = (
        "import sys, runpy; from streamlit.testing.v1 import AppTest;"
        "at = AppTest.from_file('streamlit_app.py'); at.run(); at.switch_page('app_pages/explore.py').run();"
        "assert not at.exception, at.exception; print(len(at.get('image')), 'tensorflow' in sys.modules)"
    )
    # Loading the Train page's modules must not pull TensorFlow in either: only a running job does.
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["36", "False"]
