"""How often a test digit redrawn on the canvas (another size, position and stroke width) gets the
same answer from the default MNIST model as the test image itself. Run by hand:

python -m bench.sketch_agreement            # 2,000 drawings; --count for more or fewer
"""

from __future__ import annotations

import argparse

from harness.drawings import sketch_agreement
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.inside.predictor import predictor_for
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sketch_agreement")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    predictor = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    agreeing, count = sketch_agreement(predictor, load_dataset("mnist").test_images, args.count, args.seed)
    print(f"{agreeing} of {count} drawings agree with their test image: {agreeing / count:.2%}")


if __name__ == "__main__":
    main()
