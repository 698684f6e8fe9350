"""What fine-tuning on a class's drawings does: accuracy on the style starter set and on MNIST's
test set before and after, with the Train page's defaults. Run by hand:

python -m bench.finetune_gain                       # the shipped default MNIST model
python -m bench.finetune_gain --model ID --per-style 10

The "class drawings" are rendered styled digits (`--per-style` of each style, the renderer's
training parameters); the held-out drawings are the committed starter set (other parameters).
"""

from __future__ import annotations

import argparse
import time

from lenet_core.data.strokes import load_starter_set, render_styles
from lenet_core.jobs import requests
from lenet_core.network import finetune
from lenet_core.store.models import open_store
from lenet_core.store.records import default_model_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.finetune_gain", description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=default_model_id("mnist"), help="MNIST model id in the store")
    parser.add_argument("--per-style", type=int, default=10, help="class drawings of each style (default 10)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    record = open_store().get(args.model)
    if record is None or not record.usable or record.dataset != "mnist":
        parser.error(f"No usable MNIST model {args.model!r} in the store.")
    train_images, train_labels = render_styles(args.per_style, args.seed)
    test_images, test_labels = load_starter_set()
    config = requests.config_for(record, drawings=len(train_labels))
    payload = {
        "weights": record.weights_path.read_bytes(),
        "drawings": finetune.Drawings(train_images, train_labels, test_images, test_labels),
        "repeats": requests.REPEATS,
        "base": {"model_id": record.model_id, "name": record.name},
    }
    started = time.perf_counter()
    _, _, summary = finetune.fine_tune(config, payload)
    seconds = time.perf_counter() - started
    before, after = summary["before"], summary["after"]
    print(f"model: {record.name} ({record.model_id}); {len(train_labels)} class drawings x {requests.REPEATS}")
    print(f"  + {config.limit:,} MNIST images, {config.epochs} epochs, Adam {config.learning_rate}: {seconds:.1f} s")
    print(f"style starter set: {before['drawings']:.2%} -> {after['drawings']:.2%}")
    print(f"MNIST test:        {before['test']:.2%} -> {after['test']:.2%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
