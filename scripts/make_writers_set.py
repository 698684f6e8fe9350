"""Makes the committed set of digits by writers outside MNIST: data/writers/.

python -m scripts.make_writers_set /path/to/digits.csv.gz

The source is the test half of the UCI "Optical Recognition of Handwritten Digits" set (E. Alpaydin,
C. Kaynak, 1998; CC BY 4.0): 1,797 digits written on NIST forms by 13 people, none of them MNIST's
writers, as scikit-learn ships it (`sklearn/datasets/data/digits.csv.gz` inside its wheel: `pip
download scikit-learn --no-deps` and unzip). Each digit is an 8x8 grid of counts 0-16 (the ink
pixels in a 4x4 block of the 32x32 bitmap); they are stored unchanged as 8x8 IDX images with the
counts scaled to 0-255, and `bench.generalisation` enlarges and prepares them like an upload.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

import numpy as np

from lenet_core.base.files import write_bytes
from lenet_core.data.datasets import IMAGE_MAGIC, LABEL_MAGIC, idx_bytes

WRITERS_DIR = Path(__file__).resolve().parent.parent / "data" / "writers"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.make_writers_set", description=__doc__.splitlines()[0])
    parser.add_argument("source", help="scikit-learn's digits.csv.gz")
    parser.add_argument("--out", default=str(WRITERS_DIR), help="folder for the two .gz files (default data/writers)")
    args = parser.parse_args(argv)
    with gzip.open(args.source, "rt") as rows:
        table = np.loadtxt(rows, delimiter=",", dtype=np.int64)
    if table.shape != (1797, 65) or table[:, :64].max() > 16 or table[:, 64].max() > 9:
        parser.error(f"{args.source} is not scikit-learn's digits table (1797 rows of 64 counts and a label).")
    images = np.round(table[:, :64] * (255 / 16)).astype(np.uint8).reshape(-1, 8, 8)
    labels = table[:, 64].astype(np.uint8)
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (("writers-images-idx3-ubyte.gz", idx_bytes(images, IMAGE_MAGIC)),
                       ("writers-labels-idx1-ubyte.gz", idx_bytes(labels, LABEL_MAGIC))):  # fmt: skip
        write_bytes(folder / name, data)
        print(f"wrote {folder / name} ({len(data):,} bytes)")
    print(f"{len(images)} digits, {np.bincount(labels).min()}-{np.bincount(labels).max()} of each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
