"""Latency of one sketch: preprocessing plus inference, p50 and p95, and then the whole Predict page's
work per stroke with every look-inside section shown. Run by hand:

python -m bench.predict_latency
"""

from __future__ import annotations

import time

import numpy as np

from harness.drawings import random_drawing
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.data.preprocessing import prepare
from lenet_core.inside.predictor import predictor_for
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id


def percentiles(seconds: list[float]) -> str:
    values = np.asarray(seconds) * 1000
    return f"p50 {np.percentile(values, 50):6.2f} ms   p95 {np.percentile(values, 95):6.2f} ms"


def resident_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


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
        print(f"{name:10s}: {percentiles(values)}")
    with_maps = []
    for canvas in canvases[:100]:
        started = time.perf_counter()
        predictor.predict(prepare(canvas, "digit").image, with_feature_maps=True)
        with_maps.append(time.perf_counter() - started)
    print(f"with feature maps (as the page before the look-inside sections): {percentiles(with_maps)}")
    everything_shown()
    naive_versus_prepared()


def naive_versus_prepared(sketches: int = 500) -> None:
    """How often the default MNIST model is right on synthetic sketches, naive resize vs prepared."""
    from lenet_core.inside.explainer import naive_input
    from lenet_core.inside.predictor import explainer_for

    explainer = explainer_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    dataset = load_dataset("mnist")
    rng = np.random.default_rng(0)
    picked = rng.choice(len(dataset.test_images), sketches, replace=False)
    canvases = [random_drawing(dataset.test_images[i], rng) for i in picked]
    for name, inputs in (
        ("naive 280->28 resize", [naive_input(canvas) for canvas in canvases]),
        ("MNIST-style preparation", [prepare(canvas, "digit").image for canvas in canvases]),
    ):
        predictions = explainer.probabilities(np.stack(inputs)[..., None]).argmax(axis=1)
        accuracy = (predictions == dataset.test_labels[picked]).mean()
        print(f"{sketches} synthetic sketches, {name}: {accuracy:.1%} right")


def everything_shown(sketches: int = 200) -> None:
    """Per stroke with every section of the Predict page shown, on both default models."""
    import plotly.io

    from lenet_core.charts.images import feature_grid
    from lenet_core.charts.inside import map_figure, occlusion_figure
    from lenet_core.inside.explainer import naive_input
    from lenet_core.inside.predictor import explainer_for

    for name, style in (("mnist", "digit"), ("fashion-mnist", "garment")):
        record = ModelStore(DATA_DIR / "models").get(default_model_id(name))
        dataset = load_dataset(name)
        before = resident_mib()
        started = time.perf_counter()
        explainer = explainer_for(record)
        loaded = time.perf_counter()
        view = explainer.test_set(dataset)
        built = time.perf_counter()
        print(
            f"\n{name}: explainer {loaded - started:.2f} s (model load and tracing), map and test-set predictions "
            f"{built - loaded:.2f} s; resident memory +{resident_mib() - before:.0f} MiB "
            f"(arrays kept: {view.nbytes / 2**20:.1f} MiB)"
        )
        predictor = predictor_for(record)
        rng = np.random.default_rng(1)
        picked = rng.choice(len(dataset.test_images), sketches, replace=False)
        canvases = [random_drawing(dataset.test_images[i], rng) for i in picked]
        labels = dataset.test_labels[view.map_indices]
        parts = {key: [] for key in ("prepare+predict+maps", "occlusion", "map locate", "naive", "computations")}
        parts |= {"figures+JSON": [], "everything": []}
        for number, canvas in enumerate(canvases):
            times = [time.perf_counter()]
            prepared = prepare(canvas, style)
            prediction = predictor.predict(prepared.image, with_feature_maps=True)
            [feature_grid(maps) for maps in prediction.feature_maps]  # the expander's images
            times.append(time.perf_counter())
            top, runner_up = np.argsort(-prediction.probabilities)[:2]
            heatmaps = explainer.occlusion(prepared.image, [int(top), int(runner_up)])
            times.append(time.perf_counter())
            location = view.locate(explainer.hidden(prepared.image))
            neighbours = view.project(view.hidden[np.searchsorted(view.map_indices, location.neighbours)])
            times.append(time.perf_counter())
            explainer.probabilities(naive_input(canvas)[None, :, :, None])
            times.append(time.perf_counter())
            figures = [
                occlusion_figure(prepared.image, heatmaps, ["top", "runner-up"]),
                map_figure(view.points, labels, dataset.class_names, location.point, neighbours),
            ]
            payload = [plotly.io.to_json(figure, validate=False) for figure in figures]  # as st.plotly_chart
            times.append(time.perf_counter())
            if number < 10:  # warm-up
                continue
            for key, (start, end) in zip(parts, zip(times, times[1:], strict=False), strict=False):
                parts[key].append(end - start)
            parts["computations"].append(times[4] - times[0])
            parts["figures+JSON"].append(times[5] - times[4])
            parts["everything"].append(times[5] - times[0])
        for key, values in parts.items():
            print(f"  {key:22s}: {percentiles(values)}")
        print(
            f"  map figure JSON per stroke: {len(payload[1]) / 1024:.0f} kB; heatmaps: {len(payload[0]) / 1024:.0f} kB"
        )
        gradient_cost(explainer, prepared.image)


def gradient_cost(explainer, image: np.ndarray, repeats: int = 50) -> None:
    """The alternative not chosen, for the record: gradient x input for two classes."""
    import tensorflow as tf

    batch = tf.constant(image.reshape(1, 28, 28, 1), tf.float32)

    @tf.function
    def gradient_times_input(x):
        with tf.GradientTape(persistent=True) as tape:
            tape.watch(x)
            scores = explainer._scores(x)
            first, second = scores[0, 0], scores[0, 1]
        return tape.gradient(first, x) * x, tape.gradient(second, x) * x

    gradient_times_input(batch)
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        [part.numpy() for part in gradient_times_input(batch)]
        seconds.append(time.perf_counter() - started)
    print(f"  (gradient x input, two classes, for comparison: {percentiles(seconds)})")


if __name__ == "__main__":
    main()
