"""How a model learned: its conv-1 filters and one probe image's conv feature maps, epoch by epoch.

`SnapshotCallback` records them during `train()` (before the first epoch and after each one), and
`encode` packs them into the bytes of a compressed .npz that the model store keeps next to the
weights as `snapshots.npz`. Arrays are quantised to uint8 with one scale per epoch and layer, so
an epoch of the book's LeNet costs about 26 kB raw, a third of that compressed.
"""

from __future__ import annotations

import dataclasses
import io

import numpy as np

SNAPSHOTS_FILE = "snapshots.npz"


@dataclasses.dataclass(frozen=True)
class Snapshots:
    epochs: np.ndarray  # (E,) int: 0 is the untrained start, then each epoch's end
    filters: np.ndarray  # (E, kernel, kernel, filters) float32: conv-1's weights (first input channel)
    feature_maps: list[np.ndarray]  # per conv layer: (E, height, width, filters) float32 after ReLU
    probe_image: np.ndarray  # (28, 28) uint8: the test image whose feature maps were recorded
    probe_index: int  # its position in the test split

    def __len__(self) -> int:
        return len(self.epochs)


def _quantise_signed(values: np.ndarray) -> tuple[np.ndarray, float]:
    scale = float(np.abs(values).max()) or 1.0
    return np.round(values / scale * 127 + 128).clip(0, 255).astype(np.uint8), scale


def _quantise_positive(values: np.ndarray) -> tuple[np.ndarray, float]:
    scale = float(values.max()) if values.size and values.max() > 0 else 1.0
    return np.round(values / scale * 255).clip(0, 255).astype(np.uint8), scale


def encode(snapshots: Snapshots) -> bytes:
    """The snapshots as the bytes of a compressed .npz (uint8 arrays plus float32 scales)."""
    arrays = {"epochs": np.asarray(snapshots.epochs, np.int32), "probe_image": snapshots.probe_image}
    arrays["probe_index"] = np.asarray(snapshots.probe_index, np.int64)
    quantised = [_quantise_signed(epoch) for epoch in snapshots.filters]
    arrays["filters"] = np.stack([q for q, _ in quantised])
    arrays["filters_scale"] = np.asarray([s for _, s in quantised], np.float32)
    for layer, maps in enumerate(snapshots.feature_maps, start=1):
        quantised = [_quantise_positive(epoch) for epoch in maps]
        arrays[f"maps_{layer}"] = np.stack([q for q, _ in quantised])
        arrays[f"maps_{layer}_scale"] = np.asarray([s for _, s in quantised], np.float32)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def decode(data: bytes) -> Snapshots:
    """Snapshots back from `encode`'s bytes; ValueError when they are not such a file."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            arrays = {key: archive[key] for key in archive.files}
    except (OSError, ValueError, EOFError) as error:
        raise ValueError(f"not a snapshots file ({error})") from error
    try:
        filters = (arrays["filters"].astype(np.float32) - 128) / 127 * arrays["filters_scale"][:, None, None, None]
        maps = []
        layer = 1
        while f"maps_{layer}" in arrays:
            scale = arrays[f"maps_{layer}_scale"][:, None, None, None]
            maps.append(arrays[f"maps_{layer}"].astype(np.float32) / 255 * scale)
            layer += 1
        return Snapshots(
            epochs=arrays["epochs"],
            filters=filters,
            feature_maps=maps,
            probe_image=arrays["probe_image"],
            probe_index=int(arrays["probe_index"]),
        )
    except KeyError as error:
        raise ValueError(f"the snapshots file lacks {error}") from error


def make_callback(probe_image: np.ndarray, probe_index: int):
    """A Keras callback that records snapshots; `.snapshots()` returns them after training.

    `probe_image`: (28, 28) uint8. Imported lazily so that reading snapshots needs no TensorFlow.
    """
    import keras

    class SnapshotCallback(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.epochs: list[int] = []
            self.filters: list[np.ndarray] = []
            self.maps: list[list[np.ndarray]] = []
            self.seconds = 0.0  # time spent recording, to keep an eye on the cost
            self._probe_model = None

        def _record(self, epoch: int) -> None:
            import time

            started = time.perf_counter()
            convs = [layer for layer in self.model.layers if isinstance(layer, keras.layers.Conv2D)]
            if not convs:
                return
            if self._probe_model is None:
                self._probe_model = keras.Model(self.model.inputs[0], [layer.output for layer in convs])
            kernel = np.asarray(convs[0].kernel.numpy())  # (k, k, channels, filters)
            probe = (probe_image.astype(np.float32) / 255.0)[None, :, :, None]
            outputs = self._probe_model(probe, training=False)
            outputs = outputs if isinstance(outputs, list | tuple) else [outputs]
            self.epochs.append(epoch)
            self.filters.append(kernel[:, :, 0, :])
            self.maps.append([output.numpy()[0] for output in outputs])
            self.seconds += time.perf_counter() - started

        def on_train_begin(self, logs=None):
            self._record(0)

        def on_epoch_end(self, epoch, logs=None):
            self._record(epoch + 1)

        def snapshots(self) -> Snapshots | None:
            if not self.epochs:
                return None
            return Snapshots(
                epochs=np.asarray(self.epochs),
                filters=np.stack(self.filters),
                feature_maps=[np.stack(layer) for layer in zip(*self.maps, strict=True)],
                probe_image=np.asarray(probe_image, np.uint8),
                probe_index=probe_index,
            )

    return SnapshotCallback()
