"""How the shipped MNIST model reads photos of digits on paper (harness.photos), with and without
`lenet_core.data.photo.flatten_photo`, by condition, and what the flattening costs. Run by hand:

python -m bench.photo_prep            # 100 MNIST test digits per condition; --count for more or fewer

Each condition changes one thing from a plain photo (black pen, off-white paper, even light, a
tenth of the photo); "mixed" draws everything at random as `mixed_conditions` does. "without" is
`prepare(read_upload(photo))`, what uploads got before; "with" is `prepare_upload`'s path.

One run on 2026-12-03 (2 vCPUs, another job running), 100 photos each, with / without: black pen
100 / 100%, blue pen 99 / 99%, gradient 100 / 17%, shadow 98 / 11%, grey paper dim 100 / 99%,
rotated 100 / 99%, small digit 100 / 98%, mixed 100 / 29%; flattening 42-47 ms a photo, the whole
upload path (decode, flatten, prepare) 46-52 ms.
"""

from __future__ import annotations

import argparse
import dataclasses
import time

import numpy as np

from harness.photos import PhotoConditions, mixed_conditions, paper_photo
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.data.photo import for_prepare
from lenet_core.data.preprocessing import prepare, read_upload
from lenet_core.inside.predictor import predictor_for
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id

PLAIN = PhotoConditions()
CONDITIONS = {
    "black pen": PLAIN,
    "blue pen": dataclasses.replace(PLAIN, pen="blue"),
    "gradient": dataclasses.replace(PLAIN, gradient=0.5),
    "shadow": dataclasses.replace(PLAIN, shadow=0.4),
    "grey paper, dim": dataclasses.replace(PLAIN, paper=(190, 188, 180), gradient=0.3),
    "rotated (EXIF)": dataclasses.replace(PLAIN, rotated=True, gradient=0.3),
    "small digit (4%)": dataclasses.replace(PLAIN, area=0.04, gradient=0.3),
    "mixed": None,
}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.photo_prep")
    parser.add_argument("--count", type=int, default=100, help="photos per condition")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    predictor = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    mnist = load_dataset("mnist")
    rng = np.random.default_rng(args.seed)
    print(f"{'condition':<18} {'with':>7} {'without':>8}  ms per photo (p50): flatten, decode + flatten + prepare")
    for name, conditions in CONDITIONS.items():
        read = {"with": 0, "without": 0}
        flatten_ms, total_ms = [], []
        for number in range(args.count):
            index = int(rng.integers(len(mnist.test_images)))
            photo_conditions = conditions or mixed_conditions(rng)
            photo = paper_photo(mnist.test_images[index], args.seed + number, photo_conditions)
            start = time.perf_counter()
            rgba = read_upload(photo)
            decoded = time.perf_counter()
            flattened = for_prepare(rgba)
            flatten_ms.append((time.perf_counter() - decoded) * 1000)
            for arm, image in (("with", flattened), ("without", rgba)):
                prepared = prepare(image, "digit")
                if arm == "with":
                    total_ms.append((time.perf_counter() - start) * 1000)
                if prepared.image is not None:
                    read[arm] += predictor.predict(prepared.image).predicted == mnist.test_labels[index]
        print(
            f"{name:<18} {read['with'] / args.count:>7.1%} {read['without'] / args.count:>8.1%}"
            f"  {np.median(flatten_ms):.1f}, {np.median(total_ms):.1f}"
        )


if __name__ == "__main__":
    main()
