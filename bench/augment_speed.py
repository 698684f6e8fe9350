"""Throughput of training-time augmentation (`augment_images`) on 10,000 MNIST images. Run by hand:

python -m bench.augment_speed

Batches of 128 through a tf.data pipeline, as training uses it; the best of 3 passes.
"""

from __future__ import annotations

import time

import tensorflow as tf

from lenet_core.data.datasets import as_model_input, load_dataset
from lenet_core.network.training import augment_images


def main(images: int = 10_000, passes: int = 3) -> None:
    for dataset in ("mnist", "fashion-mnist"):
        data = as_model_input(load_dataset(dataset).train_images[:images])
        pipeline = (
            tf.data.Dataset.from_tensor_slices(data)
            .batch(128)
            .map(lambda batch, name=dataset: augment_images(batch, name), num_parallel_calls=tf.data.AUTOTUNE)
        )
        for _ in pipeline.take(2):  # trace the function first
            pass
        best = float("inf")
        for _ in range(passes):
            started = time.perf_counter()
            for _ in pipeline:
                pass
            best = min(best, time.perf_counter() - started)
        print(f"{dataset}: {images / best:,.0f} images/s ({best:.2f} s for {images:,} images)")


if __name__ == "__main__":
    main()
