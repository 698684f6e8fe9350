"""Time to 99% on MNIST's test set: one epoch of the book's recipe, the previous fast preset (one
full epoch, batch 256) and today's (24,000 images once, batch 128, label smoothing 0.1), side by
side in one run, the arms alternating. Run by hand:

python -m bench.time_to_99               # 3 rounds; --rounds N, --seeds 42,1,2 to vary the seed

Each arm is `lenet_core.network.training.train` as the Train page's jobs run it, validation included; the
times are wall seconds of training, and the accuracy is read on all 10,000 test images.
"""

from __future__ import annotations

import argparse
import statistics

from lenet_core.data.datasets import load_dataset
from lenet_core.network.config import TrainingConfig, preset_config
from lenet_core.network.evaluation import evaluate
from lenet_core.network.training import prepare_data, train

ARMS = {
    "book recipe, 1 epoch": lambda seed: TrainingConfig(epochs=1, seed=seed),
    "fast before (60,000 images, batch 256)": lambda seed: preset_config(
        "fast", "mnist", limit=60_000, batch_size=256, label_smoothing=0.0, seed=seed
    ),
    "fast now (24,000 images, batch 128, smoothing 0.1)": lambda seed: preset_config("fast", "mnist", seed=seed),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.time_to_99", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seeds", default="42", help="comma-separated seeds, one per round in turn")
    args = parser.parse_args(argv)
    seeds = [int(seed) for seed in args.seeds.split(",")]
    mnist = load_dataset("mnist")
    train(TrainingConfig(epochs=1, limit=512, validation_limit=500))  # warm TensorFlow up, not timed
    seconds: dict[str, list[float]] = {arm: [] for arm in ARMS}
    accuracies: dict[str, list[float]] = {arm: [] for arm in ARMS}
    for round_ in range(args.rounds):
        seed = seeds[round_ % len(seeds)]
        order = list(ARMS) if round_ % 2 == 0 else list(reversed(ARMS))  # alternate who goes first
        for arm in order:
            config = ARMS[arm](seed)
            data = prepare_data(config)  # read and subset outside the timing, as for every arm
            result = train(config, data=data)
            accuracy = evaluate(result.model, mnist.test_images, mnist.test_labels).accuracy
            seconds[arm].append(result.seconds)
            accuracies[arm].append(accuracy)
            print(f"round {round_ + 1}, seed {seed}: {arm}: {result.seconds:.1f} s, {accuracy:.2%}", flush=True)
    book = statistics.median(seconds["book recipe, 1 epoch"])
    print(f"\n{'arm':52} {'median s':>8} {'x book':>7} {'test accuracy (min-max)':>24}")
    for arm in ARMS:
        median = statistics.median(seconds[arm])
        low, high = min(accuracies[arm]), max(accuracies[arm])
        print(f"{arm:52} {median:8.1f} {median / book:7.2f} {low:11.2%} - {high:.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
