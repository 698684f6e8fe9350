"""Resident memory of the server's shared model cache as it fills: each model with its explainer
and its test-set view (map and predictions), as the Predict and Models pages keep them. Run by hand:

    python -m bench.model_cache_memory [--models 17]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from bench.server_memory import resident_mib
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.inside.predictor import MAX_CACHED_MODELS, predictor_for
from lenet_core.store.models import ModelStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=MAX_CACHED_MODELS + 1)
    count = parser.parse_args().models
    dataset = load_dataset("mnist")
    with tempfile.TemporaryDirectory() as folder:
        for n in range(count):  # copies of the shipped model: each is a model of its own to the cache
            shutil.copytree(DATA_DIR / "models" / "default-mnist", Path(folder) / f"model-{n}")
        store = ModelStore(Path(folder))
        resident = []
        for n in range(count):
            predictor_for(store.get(f"model-{n}")).explainer().test_set(dataset)
            resident.append(resident_mib("self"))
            print(f"{n + 1:3d} models loaded: {resident[-1]:6.0f} MiB resident")
    kept = min(count, MAX_CACHED_MODELS)
    if kept > 1:
        each = (resident[kept - 1] - resident[0]) / (kept - 1)
        print(f"per model after the first: {each:.1f} MiB (the cache keeps {kept})")


if __name__ == "__main__":
    main()
