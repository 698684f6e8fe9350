"""The code of a run: one self-contained Python file in the book's layout, and the same as a notebook.

`script_for(config, ...)` writes what `lenet_mnist_tf_keras.py` does (its `-t/-s/-w` flags, a
`build_lenet`, the data, `compile`, `fit` with the test split as validation, `evaluate`, the
history plot, the weights, the "Predicted: X, Actual: Y" loop) with this run's settings: its
architecture, optimizer, learning rate and schedule, batch size, epochs, augmentation, weight decay,
early stopping, subset and seed. It needs TensorFlow (Keras 3) and numpy, and matplotlib for the
plot. It reads the data set's gzipped IDX files (`--data`, this project's `data/<set>` by default)
or, when they are not there, downloads them as the book does (`keras.datasets`).
`notebook_for` splits the same code into cells at its `# %%` lines (nbformat 4).

What a run did that a standalone file cannot redo is said in the file and printed when it runs:
LeNet Lab's rendered styled digits (made by its stroke renderer), and a fine-tuning run's class
drawings unless they are given (`--drawings`). No TensorFlow is imported here.
"""

from __future__ import annotations

import ast
import json
import pprint
import re
import textwrap
from pathlib import Path

from lenet_core.data.datasets import CLASS_NAMES, DATASET_TITLES
from lenet_core.network.config import TrainingConfig

CELL = "# %%"


def _augmentation_source() -> str:
    """The app's augmentation function, verbatim: the script moves images exactly as the app did.
    Read from training.py's text, so that writing a script never imports TensorFlow."""
    source = Path(__file__).with_name("training.py").read_text(encoding="utf-8")
    node = next(
        node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef) and node.name == "augment_images"
    )
    return ast.get_source_segment(source, node)


def _literal(value) -> str:
    return pprint.pformat(value, width=100, sort_dicts=False)


def script_for(
    config: TrainingConfig,
    model_id: str = "lenet",
    name: str = "",
    test_accuracy: float | None = None,
    base: dict | None = None,
    repeats: int = 1,
) -> str:
    """The run as one Python file. `base` ({"model_id", "name"}): a fine-tuning run, which starts
    from the base model's downloaded weights; `repeats`: how often each class drawing counted."""
    settings = config.to_dict()
    filename = f"{model_id}.py"
    accuracy = f", test accuracy {test_accuracy * 100:.2f}%" if test_accuracy is not None else ""
    title = f"LeNet on {DATASET_TITLES[config.dataset]}: {name or model_id}{accuracy}"
    fine_tuning = base is not None
    usage = (
        f"    python {filename} --base-weights {base['model_id']}.weights.h5 --drawings "
        f"class-drawings-{config.dataset}-idx.zip\n"
        if fine_tuning
        else f"    python {filename} --train-model 1 --save-trained 1 --weights {model_id}.weights.h5\n"
    )
    parts = [
        f'''"""{title}

The code of one LeNet Lab run, in the layout of the book's lenet_mnist_tf_keras.py. It needs
TensorFlow (Keras 3) and numpy, and matplotlib for the training plot.

USAGE
{usage}    python {filename} --train-model 0 --weights {model_id}.weights.h5   # the app's weights: evaluate
    python {filename} --limit 500 --epochs 1                           # a quick try
"""''',
        f"""{CELL} import the necessary packages
import argparse
import gzip
import struct
import sys
from pathlib import Path

import keras
import numpy as np
import tensorflow as tf
from keras import layers""",
        f"""{CELL} construct the argument parser and parse the arguments
ap = argparse.ArgumentParser()
ap.add_argument("-t", "--train-model", type=int, default=1, help="1: train the model; 0: load --weights")
ap.add_argument("-s", "--save-trained", type=int, default=1, help="1: save the trained weights to --weights")
ap.add_argument("-w", "--weights", default="{model_id}.weights.h5", help="weights file (.weights.h5)")
ap.add_argument("-d", "--data", default="data/{config.dataset}", help="folder of the data set's IDX files")
ap.add_argument("--limit", type=int, default={config.limit!r}, help="train on a random subset of this many images")
ap.add_argument("--epochs", type=int, default={config.epochs}, help="epochs to train")
ap.add_argument("--validation-limit", type=int, default={config.validation_limit!r}, help="the first N test images")
ap.add_argument("--plot", default="{model_id}_history.png", help="where to save the training history plot")"""
        + (
            f"""
ap.add_argument("--base-weights", default="{base["model_id"]}.weights.h5", help="the base model's weights")
ap.add_argument("--drawings", help="the class drawings: the IDX .zip from the Explore page's Class drawings")"""
            if fine_tuning
            else ""
        )
        + """
# In a notebook the kernel's own arguments are not ours: the defaults are used there.
args = vars(ap.parse_args([] if "ipykernel" in sys.modules else None))""",
        f"""{CELL} the settings of this run, as LeNet Lab recorded them
CONFIG = {_literal(settings)}
CLASS_NAMES = {_literal(list(CLASS_NAMES[config.dataset]))}"""
        + (f"\nBASE = {_literal(base)}  # the model this run fine-tuned\nREPEATS = {repeats}" if fine_tuning else ""),
        f'''{CELL} the data: the IDX files (or the book's download), scaled to [0, 1]
def read_idx(path):
    """One gzipped IDX file as a numpy array (big-endian header: magic, then the dimension sizes)."""
    with gzip.open(path, "rb") as stream:
        raw = stream.read()
    dimensions = raw[3]
    shape = struct.unpack(f">{{dimensions}}I", raw[4 : 4 + 4 * dimensions])
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * dimensions).reshape(shape)


def load_data(folder):
    """((train images, labels), (test images, labels)) as uint8 arrays."""
    folder = Path(folder)
    names = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")
    if all((folder / name).is_file() for name in names):
        train_x, train_y, test_x, test_y = (read_idx(folder / name) for name in names)
        return (train_x, train_y), (test_x, test_y)
    print(f"[INFO] no IDX files in {{folder}}: downloading the data set as the book does...")
    source = keras.datasets.{"mnist" if config.dataset == "mnist" else "fashion_mnist"}
    return source.load_data()


print("[INFO] loading {config.dataset}...")
(trainData, trainLabels), (testData, testLabels) = load_data(args["data"])
if args["limit"] is not None and args["limit"] < len(trainData):
    chosen = np.random.default_rng(CONFIG["seed"]).choice(len(trainData), args["limit"], replace=False)
    trainData, trainLabels = trainData[chosen], trainLabels[chosen]
if args["validation_limit"] is not None:
    testData, testLabels = testData[: args["validation_limit"]], testLabels[: args["validation_limit"]]
if CONFIG["styles"]:
    print(f"[WARN] the app's run also trained on {{CONFIG['styles']}} rendered digits of each writing style "
          "MNIST lacks (LeNet Lab's stroke renderer); this script trains without them.")'''
        + (
            """
if args["drawings"]:
    # The app held a part of the drawings out to score on; this trains on all those given.
    import tempfile
    import zipfile

    with zipfile.ZipFile(args["drawings"]) as archive, tempfile.TemporaryDirectory() as folder:
        names = archive.namelist()
        archive.extractall(folder, [name for name in names if name.endswith("-ubyte.gz") and "/" not in name])
        drawnImages = read_idx(Path(folder) / next(name for name in names if name.endswith("images-idx3-ubyte.gz")))
        drawnLabels = read_idx(Path(folder) / next(name for name in names if name.endswith("labels-idx1-ubyte.gz")))
    trainData = np.concatenate([trainData] + [drawnImages] * REPEATS)
    trainLabels = np.concatenate([trainLabels] + [drawnLabels] * REPEATS)
    print(f"[INFO] {len(drawnLabels)} class drawings, each counted {REPEATS} times")
else:
    print("[WARN] no --drawings given: fine-tuning on the data set's images only, not on the class drawings.")"""
            if fine_tuning
            else ""
        )
        + """
# (N, 28, 28) uint8 -> (N, 28, 28, 1) float32 in [0, 1]
trainData = (trainData.astype("float32") / 255.0)[..., np.newaxis]
testData = (testData.astype("float32") / 255.0)[..., np.newaxis]
trainLabels, testLabels = trainLabels.astype("int32"), testLabels.astype("int32")""",
        f'''{CELL} the network
def build_lenet(width, height, depth, classes, conv_filters, dense_units, kernel_size, weights_path=None):
    """LeNet: per block a conv + ReLU + 2x2 max pooling, then dense ReLU layers and a softmax."""
    model = keras.Sequential(name="lenet")
    model.add(keras.Input(shape=(height, width, depth)))
    for block, filters in enumerate(conv_filters, start=1):
        model.add(layers.Conv2D(filters, kernel_size, padding="same", activation="relu", name=f"conv_{{block}}"))
        model.add(layers.MaxPooling2D(pool_size=2, strides=2, name=f"pool_{{block}}"))
    model.add(layers.Flatten(name="flatten"))
    for number, units in enumerate(dense_units, start=1):
        model.add(layers.Dense(units, activation="relu", name=f"dense_{{number}}"))
    model.add(layers.Dense(classes, activation="softmax", name="softmax"))
    if weights_path is not None:
        model.load_weights(weights_path)
    return model


def lenet(weights_path=None):
    return build_lenet(**CONFIG["architecture"], weights_path=weights_path)''',
    ]
    if config.augment:
        parts.append(
            f"{CELL} augmentation: random shifts, scales, rotations and stroke thickness (the app's own function)\n"
            + _augmentation_source().rstrip()
        )
    parts += [
        f"""{CELL} the optimizer, as in the run
def make_optimizer(steps_per_epoch, epochs):
    learning_rate = CONFIG["learning_rate"]
    if CONFIG["schedule"] == "one-cycle":  # 20% linear warm-up from a 25th of the rate, then cosine decay to zero
        total_steps = max(1, epochs * steps_per_epoch)
        warmup_steps = max(1, total_steps // 5)
        learning_rate = keras.optimizers.schedules.CosineDecay(
            initial_learning_rate=CONFIG["learning_rate"] / 25,
            decay_steps=max(1, total_steps - warmup_steps),
            warmup_target=CONFIG["learning_rate"],
            warmup_steps=warmup_steps,
        )
    decay = {{"weight_decay": CONFIG["weight_decay"]}} if CONFIG["weight_decay"] else {{}}  # decoupled (AdamW's)
    if CONFIG["optimizer"] == "sgd":
        return keras.optimizers.SGD(learning_rate, **decay)
    if CONFIG["optimizer"] == "adam":
        beta_1, beta_2 = CONFIG["adam_betas"]
        return keras.optimizers.Adam(learning_rate, beta_1=beta_1, beta_2=beta_2, **decay)
    return keras.optimizers.RMSprop(learning_rate, **decay)


print("[INFO] compiling model...")
keras.utils.set_random_seed(CONFIG["seed"])  # the same seed: the same first weights and shuffles
model = lenet()"""
        + (
            """
print(f"[INFO] starting from {BASE['name']}: {args['base_weights']}")
model.load_weights(args["base_weights"])"""
            if fine_tuning
            else ""
        )
        + """
steps_per_epoch = -(-len(trainData) // CONFIG["batch_size"])
loss = "sparse_categorical_crossentropy"
if CONFIG.get("label_smoothing"):  # targets keep 1 - s of their probability; the rest is shared evenly
    def loss(labels, probabilities):
        classes = CONFIG["architecture"]["classes"]
        targets = keras.ops.one_hot(keras.ops.cast(keras.ops.reshape(labels, (-1,)), "int32"), classes)
        return keras.losses.categorical_crossentropy(targets, probabilities, label_smoothing=CONFIG["label_smoothing"])
model.compile(optimizer=make_optimizer(steps_per_epoch, args["epochs"]), loss=loss, metrics=["accuracy"])""",
        f"""{CELL} train (the test split validates each epoch, as in the book), or load the weights
history = None
if args["train_model"] > 0:
    print("[INFO] training...")
    if CONFIG["augment"]:
        data = (tf.data.Dataset.from_tensor_slices((trainData, trainLabels))
                .shuffle(len(trainData), seed=CONFIG["seed"], reshuffle_each_iteration=True)
                .batch(CONFIG["batch_size"])
                .map(lambda x, y: (augment_images(x, CONFIG["dataset"], CONFIG.get("elastic", False)), y),
                     num_parallel_calls=tf.data.AUTOTUNE)
                .prefetch(tf.data.AUTOTUNE))
        training = {{"x": data, "shuffle": False}}  # the data set shuffles itself
    else:
        training = {{"x": trainData, "y": trainLabels, "batch_size": CONFIG["batch_size"], "shuffle": True}}
    callbacks = []
    if CONFIG["early_stopping"]:  # stop once validation loss rose two epochs running; keep the best weights
        callbacks.append(keras.callbacks.EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True))
    history = model.fit(**training, epochs=args["epochs"], validation_data=(testData, testLabels),
                        validation_batch_size=max(CONFIG["batch_size"], 500), callbacks=callbacks, verbose=2)
else:
    print(f"[INFO] loading weights from {{args['weights']}}...")
    model.load_weights(args["weights"])""",
        f"""{CELL} evaluate on the test set
print("[INFO] evaluating...")
(loss, accuracy) = model.evaluate(testData, testLabels, batch_size=500, verbose=0)
print(f"[INFO] accuracy: {{accuracy * 100:.2f}}%")""",
        f"""{CELL} the training history plot
if history is not None:
    try:
        import matplotlib

        matplotlib.use("Agg")  # a file, also without a display
        import matplotlib.pyplot as plt
    except ImportError:
        print("[WARN] matplotlib is not installed (pip install matplotlib): no training plot.")
    else:
        epochs = np.arange(1, len(history.history["loss"]) + 1)
        plt.style.use("ggplot")
        plt.figure()
        for key in ("loss", "val_loss", "accuracy", "val_accuracy"):
            plt.plot(epochs, history.history[key], label=key)
        plt.title("Training loss and accuracy")
        plt.xlabel("Epoch #")
        plt.ylabel("Loss/Accuracy")
        plt.legend()
        plt.savefig(args["plot"])
        print(f"[INFO] training history plot saved to {{args['plot']}}")""",
        f"""{CELL} save the weights (weights only: a fresh copy of the network, without the optimizer's state)
if history is not None and args["save_trained"] > 0:
    print("[INFO] dumping weights to file...")
    weights_only = lenet()
    weights_only.set_weights(model.get_weights())
    weights_only.save_weights(args["weights"])""",
        f"""{CELL} randomly select a few test images and classify them
for i in np.random.choice(np.arange(0, len(testLabels)), size=(min(10, len(testLabels)),), replace=False):
    probabilities = model.predict(testData[np.newaxis, i], verbose=0)
    prediction = probabilities.argmax(axis=1)[0]
    print(f"[INFO] Predicted: {{CLASS_NAMES[prediction]}}, Actual: {{CLASS_NAMES[testLabels[i]]}}")""",
    ]
    return "\n\n\n".join(parts) + "\n"


def cells_of(script: str) -> list[tuple[str, str]]:
    """(kind, source) cells of a script: its docstring as markdown, then a code cell per `# %%` line."""
    cells = []
    docstring = re.match(r'"""(.*?)"""\n', script, re.S)
    if docstring:
        text = docstring.group(1).strip().splitlines()
        cells.append(("markdown", f"# {text[0]}\n\n" + textwrap.dedent("\n".join(text[1:])).strip()))
        script = script[docstring.end() :]
    for chunk in script.split(f"\n{CELL} "):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith(f"{CELL} "):
            chunk = chunk[len(CELL) + 1 :]
        heading, _, code = chunk.partition("\n")
        cells.append(("markdown", f"### {heading[0].upper()}{heading[1:]}"))
        cells.append(("code", code.strip("\n")))
    return cells


def notebook_for(script: str) -> str:
    """The script as a Jupyter notebook (nbformat 4, JSON text), with the same code in its cells."""
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    notebook.metadata["language_info"] = {"name": "python"}
    for kind, source in cells_of(script):
        make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
        notebook.cells.append(make(source))
    nbformat.validate(notebook)
    return nbformat.writes(notebook)


def notebook_code(notebook_text: str) -> str:
    """The code cells of a notebook as one script, in order: what running its cells runs."""
    cells = json.loads(notebook_text)["cells"]
    # nbformat writes a cell's source as a list of lines; a plain string is valid too.
    sources = ["".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"] for cell in cells
               if cell["cell_type"] == "code"]  # fmt: skip
    return "\n\n".join(sources)


def script_for_record(record) -> str:
    """The code of a stored model's run (a `lenet_core.store.records.ModelRecord`)."""
    config = TrainingConfig.from_dict(record.metadata.get("config") or {"dataset": record.dataset or "mnist"})
    fine_tune = record.metadata.get("fine_tune") or {}
    base = fine_tune.get("base") if isinstance(fine_tune, dict) else None
    repeats = int(fine_tune.get("repeats", 1)) if isinstance(fine_tune, dict) else 1
    return script_for(config, record.model_id, record.name, record.test_accuracy, base=base, repeats=repeats)
