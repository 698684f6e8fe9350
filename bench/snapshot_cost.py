"""What the per-epoch training snapshots cost: bytes per epoch stored with the model, and seconds
per epoch spent recording them. Run by hand:

python -m bench.snapshot_cost
"""

from __future__ import annotations

import time

import numpy as np

from lenet_core.network.config import TrainingConfig
from lenet_core.network.snapshots import decode, encode, make_callback
from lenet_core.network.training import train


def main(epochs: int = 3, images: int = 3000) -> None:
    config = TrainingConfig(epochs=epochs, limit=images, validation_limit=1000)
    result = train(config)
    snapshots = decode(result.snapshots)
    frames = len(snapshots)
    raw = snapshots.filters[0].size + sum(maps[0].size for maps in snapshots.feature_maps)
    print(
        f"book LeNet, {epochs} epochs: snapshots.npz {len(result.snapshots) / 1024:.1f} kB for {frames} frames "
        f"(start + each epoch): {len(result.snapshots) / frames / 1024:.1f} kB per epoch compressed, "
        f"{raw / 1024:.1f} kB raw uint8"
    )
    seconds_per_epoch = np.mean(result.history["seconds"])
    callback = make_callback(snapshots.probe_image, snapshots.probe_index)
    callback.set_model(result.model)
    callback._record(0)  # the first call builds the probe model
    timings = []
    for epoch in range(20):
        started = time.perf_counter()
        callback._record(epoch)
        timings.append(time.perf_counter() - started)
    started = time.perf_counter()
    encode(callback.snapshots())
    encoding = time.perf_counter() - started
    print(
        f"recording one snapshot: median {np.median(timings) * 1000:.1f} ms (max {max(timings) * 1000:.1f} ms), "
        f"once per epoch; this run's {images:,}-image epochs took {seconds_per_epoch:.2f} s each; "
        f"encoding {len(callback.epochs)} frames at the end: {encoding * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
