"""A stored model's weights as one small file for the browser: what the Predict page's canvas
downloads once per model version to answer while a student draws (TensorFlow.js in the page).

Numpy only: no TensorFlow, no Streamlit. The file is
    b"LNLV" | uint32 header length | header JSON (UTF-8) | zero padding to 4 bytes | tensors
Kernels are int8 with one float32 scale per output unit (symmetric, per channel, as TFLite's int8
models are); biases stay float32. The book's LeNet is 1.26 M parameters: 1.26 MB this way, 5 MB as
float32. Each kernel of 5x5x20 or 2,450 inputs keeps its largest weight exact and the rest within
half a step of 1/127 of it: `tests/e2e/test_live_canvas.py` measures what that does to the answers.
"""

from __future__ import annotations

import json
import struct
import threading
from pathlib import Path

import numpy as np

from lenet_core.base.files import write_bytes
from lenet_core.network.architecture import Architecture

MAGIC = b"LNLV"
FORMAT = 1
# The class limit's largest network (5 M parameters by default) is 5 MB this way; a teacher's
# bigger ones are answered by the server, not sent to thirty phones.
MAX_BROWSER_PARAMETERS = 10_000_000
MAX_FILES = 64  # versions kept in the folder; older files go first (a model re-saved gets a new one)


def quantise(kernel: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`kernel` (..., out) as int8 values and one float32 scale per output unit."""
    flat = kernel.reshape(-1, kernel.shape[-1]).astype(np.float32)
    scales = np.abs(flat).max(axis=0) / 127.0
    scales[scales == 0] = 1.0  # an all-zero unit: any scale reproduces it
    values = np.clip(np.round(flat / scales), -127, 127).astype(np.int8)
    return values.reshape(kernel.shape), scales.astype(np.float32)


def dequantise(values: np.ndarray, scales: np.ndarray) -> np.ndarray:
    return (values.astype(np.float32) * scales).astype(np.float32)


def pack(weights: list[np.ndarray], architecture: Architecture, model_id: str, version: int) -> bytes:
    """The browser's file for a model: `weights` as Keras lists them (kernel, bias per layer)."""
    expected = architecture.weight_shapes()
    shapes = [tuple(weight.shape) for weight in weights]
    if shapes != [tuple(shape) for shape in expected]:
        raise ValueError(f"The weights do not fit the architecture: {shapes} vs {expected}.")
    tensors, chunks, offset = [], [], 0

    def add(data: bytes) -> int:
        nonlocal offset
        start = offset
        chunks.append(data + b"\0" * (-len(data) % 4))  # every section starts 4-byte aligned
        offset += len(chunks[-1])
        return start

    for weight in weights:
        if weight.ndim > 1:  # a kernel
            values, scales = quantise(weight)
            tensors.append(
                {"shape": list(weight.shape), "encoding": "int8", "offset": add(values.tobytes()),
                 "scales": add(scales.astype("<f4").tobytes())}
            )  # fmt: skip
        else:
            data = weight.astype("<f4").tobytes()
            tensors.append({"shape": list(weight.shape), "encoding": "float32", "offset": add(data)})
    header = json.dumps(
        {"format": FORMAT, "model_id": model_id, "version": str(version),
         "architecture": architecture.to_dict(), "tensors": tensors}
    ).encode()  # fmt: skip
    head = MAGIC + struct.pack("<I", len(header)) + header
    return head + b"\0" * (-len(head) % 4) + b"".join(chunks)


def unpack(data: bytes) -> tuple[dict, list[np.ndarray]]:
    """The header and the (dequantised) weights of a packed file: what the browser computes with."""
    if data[:4] != MAGIC:
        raise ValueError("Not a LeNet Lab browser model file.")
    (length,) = struct.unpack("<I", data[4:8])
    header = json.loads(data[8 : 8 + length])
    start = 8 + length + (-(8 + length) % 4)
    weights = []
    for tensor in header["tensors"]:
        shape, count = tuple(tensor["shape"]), int(np.prod(tensor["shape"]))
        if tensor["encoding"] == "int8":
            values = np.frombuffer(data, np.int8, count, start + tensor["offset"]).reshape(shape)
            scales = np.frombuffer(data, "<f4", shape[-1], start + tensor["scales"])
            weights.append(dequantise(values, scales))
        else:
            weights.append(np.frombuffer(data, "<f4", count, start + tensor["offset"]).reshape(shape).copy())
    return header, weights


def file_name(model_id: str, version: int) -> str:
    return f"{model_id}-{version}.bin"


_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:  # removed by another session's pruning meanwhile
        return 0


def ensure_file(folder: Path, model_id: str, version: int, architecture: Architecture, weights) -> Path:
    """The packed file of this model version in `folder`, written once (atomically; thirty
    sessions asking at once after a re-save pack it once); `weights()` is called only then.
    Keeps the newest MAX_FILES files."""
    path = Path(folder) / file_name(model_id, version)
    if path.is_file():
        return path
    with _locks_guard:
        lock = _locks.setdefault(path.name, threading.Lock())
    with lock:
        if path.is_file():
            return path
        write_bytes(path, pack(weights(), architecture, model_id, version))
    files = sorted(Path(folder).glob("*.bin"), key=_modified)
    for old in files[:-MAX_FILES]:
        old.unlink(missing_ok=True)
    return path
