"""Which score tells "not a digit" (or "not a garment") apart, and how often each set is flagged
at the threshold it ships with. Run by hand:

python -m bench.not_a_digit                 # the shipped default models of both data sets
python -m bench.not_a_digit --count 20      # drawings of each letter and shape (default 10)

For each model: scores fitted on its own training images and calibrated on the first
`CALIBRATION_IMAGES` test images (99% of them pass), then the share flagged of
- its own data set: the remaining test images, and (MNIST) test digits redrawn on the canvas the
  way bench.sketch_agreement draws them; these should be flagged at most 2% of the time;
- things it was not trained on: the other data set's test images, letters, shapes and scribbles
  drawn on the canvas (harness.non_digits) and prepared as Predict prepares them; >= 90% is the goal.
Scores: maximum probability, energy (logits), k-th nearest training neighbour (cosine, hidden
layer), and the Mahalanobis distance to the nearest class mean (hidden layer).
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from harness.drawings import random_drawing
from harness.non_digits import non_digits
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import as_model_input, load_dataset, other_dataset
from lenet_core.data.preprocessing import framing_of, prepare
from lenet_core.inside.novelty import (
    CALIBRATION_IMAGES,
    FIT_IMAGES,
    QUANTILE,
    NearestNeighbours,
    NoveltyDetector,
    energy_score,
    fit_detector,
    fit_sample,
    max_probability_score,
)
from lenet_core.inside.predictor import predictor_for
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id


def outputs(explainer, images: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hidden, logits, probabilities) for (N, 28, 28) float32 images."""
    hidden, logits, probabilities = [], [], []
    for start in range(0, len(images), 1000):
        batch = (
            as_model_input(images[start : start + 1000])
            if images.dtype == np.uint8
            else images[start : start + 1000, ..., None]
        )
        h, p = explainer._both(np.asarray(batch, np.float32))
        hidden.append(h.numpy())
        probabilities.append(p.numpy())
        logits.append(explainer.scores(batch))
    return np.concatenate(hidden), np.concatenate(logits), np.concatenate(probabilities)


def prepared(drawings: list[np.ndarray], framing: str) -> np.ndarray:
    images = [prepare(drawing, framing).image for drawing in drawings]
    return np.stack([image for image in images if image is not None]).astype(np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.not_a_digit", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10, help="drawings of each letter and shape")
    parser.add_argument("--datasets", default="mnist,fashion-mnist")
    args = parser.parse_args(argv)
    drawings = non_digits(args.count, seed=11)
    for name in args.datasets.split(","):
        dataset, other = load_dataset(name), load_dataset(other_dataset(name))
        framing = framing_of(name)
        explainer = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id(name))).explainer()
        fitted = fit_detector(explainer.hidden_layers, dataset, other)
        fit = fit_sample(FIT_IMAGES, len(dataset.train_images))
        fit_hidden = explainer.hidden_layers(dataset.train_images[fit])[0]
        calibration = outputs(explainer, dataset.test_images[:CALIBRATION_IMAGES])
        mahalanobis = NoveltyDetector.fit(
            fit_hidden, dataset.train_labels[fit].astype(int), len(dataset.class_names), calibration[0]
        )
        neighbours = NearestNeighbours.fit(fit_hidden, calibration[0])
        rng = np.random.default_rng(2024)
        rest = dataset.test_images[CALIBRATION_IMAGES:]
        sets = {f"{name} test (not calibration)": rest.astype(np.float32) / 255.0}
        if name == "mnist":
            chosen = rng.choice(len(rest), 2000, replace=False)
            sets["canvas drawings (sketch_agreement)"] = prepared(
                [random_drawing(rest[i], rng) for i in chosen], framing
            )
        sets[f"{other_dataset(name)} test (2,000)"] = other.test_images[:2000].astype(np.float32) / 255.0
        for kind, items in drawings.items():
            sets[f"{kind} ({len(items)})"] = prepared(items, framing)
        scorers = {
            "max probability": lambda h, lg, p: max_probability_score(p),
            "energy": lambda h, lg, p: energy_score(lg),
            "nearest neighbour": lambda h, lg, p, d=neighbours: d.distances(h),
            "Mahalanobis": lambda h, lg, p, d=mahalanobis: d.distances(h),
            "shipped (or energy)": lambda h, lg, p, d=fitted: d.unlike(h, lg).astype(float),
        }
        thresholds = {score: float(np.quantile(f(*calibration), QUANTILE)) for score, f in scorers.items()}
        thresholds["shipped (or energy)"] = 0.5  # already a yes or no
        chosen = ", ".join(f"{score} {share:.1%}" for score, share in fitted.other_flagged.items())
        print(
            f"\n{name} default model: share flagged at the {QUANTILE:.1%} quantile of {CALIBRATION_IMAGES:,} "
            f"test images. Shipped: {fitted.score} (flags of {other_dataset(name)} train images: {chosen}; "
            f"fitted in {fitted.seconds:.1f} s, {fitted.detector.nbytes / 2**20:.1f} MiB kept)"
        )
        print(f"{'set':38} {'images':>6}" + "".join(f" {score:>19}" for score in scorers))
        for label, images in sets.items():
            results = outputs(explainer, images)
            row = f"{label:38} {len(images):6}"
            for score, f in scorers.items():
                row += f" {(f(*results) > thresholds[score]).mean():19.1%}"
            print(row, flush=True)
        one = sets[f"{name} test (not calibration)"][0]
        explainer.unlike(one, dataset, other)  # the detector is fitted and kept: this times a stroke's check
        started = time.perf_counter()
        for _ in range(100):
            explainer.unlike(one, dataset, other)
        print(f"The shipped check costs {(time.perf_counter() - started) * 10:.2f} ms per input", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
