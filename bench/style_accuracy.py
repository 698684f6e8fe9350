"""A model's accuracy on MNIST's test set and on the starter set of writing styles MNIST lacks.

python -m bench.style_accuracy                   # the shipped default MNIST model
python -m bench.style_accuracy --model ID        # any model in the store (LENET_MODELS_DIR)

The starter set (data/styles/, made by `python -m scripts.make_style_set`): 250 each of a flagged
1, a crossed 7, a 9 with a straight tail and a closed 4, rendered with other parameters and
another seed than the renderer's training digits.
"""

from __future__ import annotations

import argparse

from lenet_core.data.datasets import load_dataset
from lenet_core.data.strokes import STYLE_LABELS, STYLES, load_starter_set
from lenet_core.network.evaluation import evaluate
from lenet_core.network.model import build_model, load_weights
from lenet_core.store.models import open_store
from lenet_core.store.records import default_model_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.style_accuracy", description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=default_model_id("mnist"), help="model id in the store")
    args = parser.parse_args(argv)
    record = open_store().get(args.model)
    if record is None or not record.usable or record.dataset != "mnist":
        parser.error(f"No usable MNIST model {args.model!r} in the store.")
    model = build_model(record.architecture)
    load_weights(model, record.weights_path)
    mnist = load_dataset("mnist")
    test = evaluate(model, mnist.test_images, mnist.test_labels)
    images, labels = load_starter_set()
    styled = evaluate(model, images, labels)
    print(f"model: {record.name} ({record.model_id})")
    right = round(test.accuracy * len(mnist.test_labels))
    print(f"MNIST test: {test.accuracy:.2%} ({right:,} of {len(mnist.test_labels):,})")
    print(f"style starter set: {styled.accuracy:.2%} ({round(styled.accuracy * len(labels))} of {len(labels)})")
    predictions = styled.predictions
    for style, label in zip(STYLES, STYLE_LABELS, strict=True):
        chosen = labels == label
        right = int((predictions[chosen] == label).sum())
        wrong = predictions[chosen][predictions[chosen] != label]
        confused = ", ".join(f"{int(digit)} x{int((wrong == digit).sum())}" for digit in sorted(set(wrong.tolist())))
        print(f"  {style}: {right} of {int(chosen.sum())}" + (f" (read as {confused})" if confused else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
