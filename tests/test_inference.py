"""The process-wide predictor cache: bounded, follows deletes and replaced weights, locks per model."""

import os
import threading

import numpy as np
import pytest

import lenet_core.inside.predictor
from lenet_core.inside.predictor import PredictorCache
from lenet_core.network.config import TrainingConfig
from lenet_core.network.model import build_lenet, save_weights
from lenet_core.store.models import ModelStore

SMALL = {"conv_filters": (2, 3), "dense_units": (4,)}  # 847 parameters: quick to build and load
CONFIG = TrainingConfig(epochs=1, architecture=SMALL)


@pytest.fixture
def store(tmp_path):
    return ModelStore(tmp_path / "models")


def _saved(store, name, seed=0):
    import keras

    keras.utils.set_random_seed(seed)
    return store.save(build_lenet(**SMALL), name, CONFIG, owner="me")


def test_cache_keeps_at_most_its_capacity_and_evicts_the_least_recently_used(store):
    cache = PredictorCache(capacity=2)
    first, second, third = (_saved(store, name) for name in ("first", "second", "third"))
    kept = cache.get(first)
    cache.get(second)
    assert cache.get(first) is kept  # used again: now the most recent
    cache.get(third)  # evicts `second`, the least recently used
    assert len(cache) == 2
    assert cache.get(first) is kept
    assert cache.get(second) is not None and len(cache) == 2


def test_replaced_weights_load_afresh_and_the_old_version_leaves_the_cache(store):
    cache = PredictorCache()
    record = _saved(store, "replaced", seed=1)
    old = cache.get(record)
    save_weights(build_lenet(**SMALL), record.weights_path)  # a new version under the same id
    os.utime(record.weights_path, ns=(0, record.weights_path.stat().st_mtime_ns + 10**9))
    new = cache.get(record)
    assert new is not old and len(cache) == 1
    assert not np.array_equal(new.model.get_weights()[0], old.model.get_weights()[0])


def test_deleted_models_leave_the_cache(store):
    cache = PredictorCache()
    doomed, other = _saved(store, "doomed"), _saved(store, "other")
    cache.get(doomed)
    store.delete(doomed.model_id, owner="me")
    cache.get(other)
    assert len(cache) == 1
    with pytest.raises(OSError):  # the page says "This model cannot be loaded"
        cache.get(doomed)


def test_a_slow_load_blocks_only_sessions_waiting_for_that_model(store, monkeypatch):
    cache = PredictorCache()
    slow, quick = _saved(store, "slow"), _saved(store, "quick")
    release, loads = threading.Event(), []
    real_load = lenet_core.inside.predictor.load_weights

    def load_weights(model, path):  # the real load, held back for one model as a big file would be
        loads.append(path)
        if path == slow.weights_path:
            assert release.wait(timeout=30), "the test never released the slow load"
        real_load(model, path)

    monkeypatch.setattr(lenet_core.inside.predictor, "load_weights", load_weights)
    slow_results, quick_results = [], []
    waiting = [threading.Thread(target=lambda: slow_results.append(cache.get(slow))) for _ in range(2)]
    for thread in waiting:
        thread.start()
    try:
        other = threading.Thread(target=lambda: quick_results.append(cache.get(quick)))
        other.start()
        other.join(timeout=30)
        assert not other.is_alive(), "a second model waited for the first one's load"
    finally:
        release.set()
        for thread in waiting:
            thread.join(timeout=30)
    assert len(quick_results) == 1 and len(slow_results) == 2
    assert slow_results[0] is slow_results[1]
    assert loads.count(slow.weights_path) == 1  # two sessions asked at once; it loaded once


def test_test_time_augmentation_copies_are_the_image_moved_and_scaled_with_zeros_outside():
    from lenet_core.inside.predictor import TTA_MOVES, tta_copies

    image = np.random.default_rng(0).random((2, 28, 28)).astype(np.float32)
    copies = tta_copies(image)
    assert copies.shape == (2, len(TTA_MOVES), 28, 28)
    assert np.allclose(copies[:, 0], image)  # the first move is none
    right = TTA_MOVES.index((1.0, 0.0, 1.0))
    assert np.allclose(copies[:, right, :, 1:], image[:, :, :-1]) and not copies[:, right, :, 0].any()
    down = TTA_MOVES.index((0.0, 1.0, 1.0))
    assert np.allclose(copies[:, down, 1:], image[:, :-1]) and not copies[:, down, 0].any()
    smaller = TTA_MOVES.index((0.0, 0.0, 0.9))
    assert copies[:, smaller].sum() < image.sum()  # shrunk about the centre: the border falls to zero
