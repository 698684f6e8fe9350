"""Sizes and build times of every export format for the shipped default models.

    python -m bench.export_sizes

Each file is built as the Models page's background exporter builds it (`lenet_core.inside.exporting.build`),
into a temporary folder; TensorFlow Lite's test accuracy is measured on the 10,000 test images.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from lenet_core.base.settings import DATA_DIR
from lenet_core.inside.exporting import FORMATS, build
from lenet_core.store.models import ModelStore


def main() -> None:
    store = ModelStore(DATA_DIR / "models")
    print(f"{'model':22} {'format':40} {'size':>9} {'build s':>8}  test accuracy")
    with tempfile.TemporaryDirectory() as folder:
        for model_id in ("default-mnist", "default-fashion-mnist"):
            record = store.get(model_id)
            build(record, "keras", Path(folder) / "warm-up.keras")  # TensorFlow's first graph, not a format's cost
            for kind, export in FORMATS.items():
                facts = build(record, kind, Path(folder) / export.file_name.format(id=model_id))
                accuracy = f"{facts['test_accuracy'] * 100:.2f}%" if "test_accuracy" in facts else ""
                size, seconds = facts["bytes"] / 1e6, facts["seconds"]
                print(f"{model_id:22} {export.title:40} {size:>6.2f} MB {seconds:>8.2f}  {accuracy}", flush=True)
            print(f"{model_id:22} {'(Keras test accuracy)':40} {'':>9} {'':>8}  {record.test_accuracy * 100:.2f}%")


if __name__ == "__main__":
    main()
