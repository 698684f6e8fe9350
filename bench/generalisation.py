"""How well MNIST models read digits they were not trained to pass: per-set accuracy, with and
without test-time augmentation (TTA). Run by hand:

python -m bench.generalisation                          # the shipped default MNIST model
python -m bench.generalisation DIR [DIR ...]            # model folders (metadata.json + weights)
python -m bench.generalisation --loso --recipe old,new  # + leave-one-style-out trainings (minutes)

Sets, none of which the default is trained on:
- MNIST test: the 10,000 test digits;
- canvas: 2,000 test digits redrawn as on the Predict canvas (another size, position and stroke
  width, `harness.drawings.random_drawing`) and prepared as the canvas prepares them;
- writers: 1,797 digits by 13 writers outside MNIST (data/writers/, UCI optdigits), enlarged
  from their 8x8 grid and prepared like an upload;
- styles: the starter set of styles MNIST lacks (data/styles/), rendered with other renderer
  settings and another seed than the training digits, per style;
- class: the class's own MNIST drawings in the collection, when there are any.
`--loso` also trains, for each of the 4 styles, a model on MNIST plus the other 3 styles and reads
the held-out style, for each recipe named (a short recipe, 3 epochs, to keep it to minutes).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from PIL import Image

from harness.drawings import random_drawing
from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import IMAGE_MAGIC, LABEL_MAGIC, load_dataset, read_idx
from lenet_core.data.preprocessing import prepare
from lenet_core.data.strokes import STYLE_LABELS, STYLES, load_starter_set

WRITERS_DIR = DATA_DIR / "writers"


def writers_set() -> tuple[np.ndarray, np.ndarray]:
    """The 8x8 writers' digits enlarged (bicubic, as a scan would be) and prepared as an upload."""
    grids = read_idx(WRITERS_DIR / "writers-images-idx3-ubyte.gz", IMAGE_MAGIC)
    labels = read_idx(WRITERS_DIR / "writers-labels-idx1-ubyte.gz", LABEL_MAGIC)
    images = []
    for grid in grids:
        enlarged = Image.fromarray(grid.astype(np.float32) / 255.0).resize((64, 64), Image.Resampling.BICUBIC)
        images.append(prepare(np.clip(np.asarray(enlarged), 0.0, 1.0), "digit").image)
    return np.stack(images).astype(np.float32), labels.astype(np.int64)


def canvas_set(count: int = 2000, seed: int = 2024) -> tuple[np.ndarray, np.ndarray]:
    mnist = load_dataset("mnist")
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(mnist.test_images), size=count, replace=False)
    images = [prepare(random_drawing(mnist.test_images[i], rng), "digit").image for i in chosen]
    return np.stack(images).astype(np.float32), mnist.test_labels[chosen].astype(np.int64)


def class_set() -> tuple[np.ndarray, np.ndarray] | None:
    from lenet_core.classroom.drawings import Collection

    images, labels, _ = Collection().arrays("mnist")
    return (images.astype(np.float32) / 255.0, labels.astype(np.int64)) if len(labels) else None


def all_sets() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    mnist = load_dataset("mnist")
    sets = {"MNIST test": (mnist.test_images.astype(np.float32) / 255.0, mnist.test_labels.astype(np.int64))}
    sets["canvas (redrawn)"] = canvas_set()
    sets["writers (UCI)"] = writers_set()
    styled, styled_labels = load_starter_set()
    for style, label in zip(STYLES, STYLE_LABELS, strict=True):
        chosen = styled_labels == label
        sets[f"style: {style}"] = (styled[chosen].astype(np.float32) / 255.0, styled_labels[chosen].astype(np.int64))
    drawings = class_set()
    if drawings is not None:
        sets["class drawings"] = drawings
    return sets


def load_model(folder: Path):
    from lenet_core.network.architecture import Architecture
    from lenet_core.network.model import build_model, load_weights

    metadata = json.loads((folder / "metadata.json").read_text())
    model = build_model(Architecture.from_dict(metadata["architecture"]))
    load_weights(model, folder / "model.weights.h5")
    return model


def accuracy(model, images: np.ndarray, labels: np.ndarray, tta: bool) -> float:
    from lenet_core.inside.predictor import augmented_probabilities

    if tta:
        probabilities = augmented_probabilities(model, images)
    else:
        probabilities = np.concatenate([model(images[i : i + 1000, ..., None], training=False).numpy()
                                        for i in range(0, len(images), 1000)])  # fmt: skip
    return float((probabilities.argmax(axis=1) == labels).mean())


def tta_cost(model) -> tuple[float, float]:
    """Milliseconds for one drawing on the server: one image, and the TTA batch."""
    from lenet_core.inside.predictor import Predictor

    predictor, image = Predictor(model), load_dataset("mnist").test_images[0] / 255.0
    costs = []
    for tta in (False, True, False, True, False, True):
        started = time.perf_counter()
        for _ in range(50):
            predictor.predict(image, tta=tta)
        costs.append((tta, (time.perf_counter() - started) / 50 * 1000))
    return (min(c for t, c in costs if not t), min(c for t, c in costs if t))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generalisation", description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path, help="model folders (default: the shipped default)")
    parser.add_argument("--loso", action="store_true", help="also train the leave-one-style-out models")
    parser.add_argument("--recipe", default="old,new", help="recipes for --loso: old (before) and/or new")
    parser.add_argument("--epochs", type=int, default=3, help="epochs of each --loso training")
    args = parser.parse_args(argv)
    folders = args.models or [DATA_DIR / "models" / "default-mnist"]
    sets = all_sets()
    header = f"{'set':28} {'images':>6}" + "".join(f" | {f.name[:18]:>18} {'+TTA':>6}" for f in folders)
    print(header)
    models = [load_model(folder) for folder in folders]
    for name, (images, labels) in sets.items():
        row = f"{name:28} {len(labels):6}"
        for model in models:
            row += f" | {accuracy(model, images, labels, False):18.2%} {accuracy(model, images, labels, True):6.2%}"
        print(row, flush=True)
    for folder, model in zip(folders, models, strict=True):
        plain, tta = tta_cost(model)
        print(f"{folder.name}: {plain:.2f} ms per drawing, {tta:.2f} ms with TTA")
    if args.loso:
        leave_one_style_out(args.recipe.split(","), args.epochs, sets)
    return 0


RECIPES = {  # old: the shipped default's augmentation; new: + elastic distortions and more pens
    "old": {"augment": True},
    "new": {"augment": True, "elastic": True},
}


def leave_one_style_out(recipes: list[str], epochs: int, sets, per_style: int = 500) -> None:
    """For each style, trains on MNIST plus `per_style` digits of each of the other three styles
    (fast preset, all 60,000 images) and reads the starter set's digits of the held-out style."""
    from lenet_core.data.strokes import render_digit
    from lenet_core.network.config import preset_config
    from lenet_core.network.training import train

    mnist = load_dataset("mnist")
    test_images, test_labels = sets["MNIST test"]
    print(f"\nleave one style out ({epochs} epochs each): accuracy on the held-out style, and MNIST test")
    for recipe in recipes:
        for held_out in STYLES:
            rng = np.random.default_rng(7)
            kept = [(style, label) for style, label in zip(STYLES, STYLE_LABELS, strict=True) if style != held_out]
            styled = [render_digit(style, rng) for style, _ in kept for _ in range(per_style)]
            styled_labels = [label for _, label in kept for _ in range(per_style)]
            train_x = np.concatenate([mnist.train_images.astype(np.float32) / 255.0, np.stack(styled)])
            train_y = np.concatenate([mnist.train_labels, styled_labels]).astype("int32")
            config = preset_config(
                "fast", "mnist", epochs=epochs, limit=None, batch_size=256, label_smoothing=0.0, **RECIPES[recipe]
            )
            # Both already float32 in [0, 1]: as_model_input (for uint8) would divide them by 255 again.
            data = (train_x[..., None], train_y, test_images[:1000, ..., None], test_labels[:1000])
            started = time.perf_counter()
            model = train(config, data=data).model
            images, labels = sets[f"style: {held_out}"]
            seconds = time.perf_counter() - started
            print(
                f"{recipe:4} without {held_out:16}: {accuracy(model, images, labels, False):6.2%} "
                f"(+TTA {accuracy(model, images, labels, True):6.2%}); MNIST test "
                f"{accuracy(model, test_images, test_labels, False):6.2%}; {seconds:.0f} s",
                flush=True,
            )


if __name__ == "__main__":
    raise SystemExit(main())
