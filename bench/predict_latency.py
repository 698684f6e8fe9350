"""Latency of one sketch: preprocessing plus inference, p50 and p95. Run by hand:

python -m bench.predict_latency
"""

from __future__ import annotations

import time

import numpy as np

from harness.drawings import random_drawing
from lenet_core.datasets import DATA_DIR, load_dataset
from lenet_core.inference import predictor_for
from lenet_core.preprocessing import prepare
from lenet_core.store import ModelStore, default_model_id


def main(sketches: int = 300) -> None:
    predictor = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    images = load_dataset("mnist").test_images
    rng = np.random.default_rng(0)
    canvases = [random_drawing(images[i], rng) for i in rng.choice(len(images), sketches, replace=False)]
    for canvas in canvases[:20]:  # warm-up
        predictor.predict(prepare(canvas).image)
    timings = {"preprocess": [], "inference": [], "total": []}
    for canvas in canvases:
        started = time.perf_counter()
        prepared = prepare(canvas, "digit")
        middle = time.perf_counter()
        predictor.predict(prepared.image)
        ended = time.perf_counter()
        timings["preprocess"].append(middle - started)
        timings["inference"].append(ended - middle)
        timings["total"].append(ended - started)
    for name, values in timings.items():
        values = np.asarray(values) * 1000
        print(f"{name:10s}: p50 {np.percentile(values, 50):6.2f} ms   p95 {np.percentile(values, 95):6.2f} ms")
    with_maps = []
    for canvas in canvases[:100]:
        started = time.perf_counter()
        predictor.predict(prepare(canvas, "digit").image, with_feature_maps=True)
        with_maps.append(time.perf_counter() - started)
    print(
        f"with feature maps (as the page): p50 {np.percentile(with_maps, 50) * 1000:.2f} ms, "
        f"p95 {np.percentile(with_maps, 95) * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
