"""Bringing your own weights: checked at once in the server, then scored on the test set as a job.

`check_upload` needs no TensorFlow and builds nothing: class limits first, then the file's size,
format and array shapes against the architecture the student names. Only an upload that passes
joins the queue (`JobManager.submit(..., weights=data)`), where a worker loads it and measures its
test accuracy like any training job, and the server stores it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.classroom.limits import Limits, check_architecture, load_limits
from lenet_core.network.architecture import Architecture
from lenet_core.network.config import TrainingConfig
from lenet_core.network.weights_file import check_weights_file

MAX_WEIGHTS_BYTES = 20 * 1024 * 1024


def check_upload(data: bytes, architecture: Architecture, limits: Limits | None = None) -> None:
    """Raises LimitError (over the class limits), ValueError (too large) or WeightsError (not a
    self-contained Keras weights file of this architecture), each with a message for the student."""
    check_architecture(architecture, limits or load_limits())
    if len(data) > MAX_WEIGHTS_BYTES:
        raise ValueError(
            _("The file is {size} MB; weights files here are at most 20 MB.").format(
                size=i18n.number(len(data) / 1e6, 1)
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "uploaded"
        path.write_bytes(data)
        check_weights_file(path, architecture.weight_shapes())


def scoring_config(dataset: str, architecture: Architecture) -> TrainingConfig:
    """The job config of an upload: which network to build and which test set to score it on."""
    return TrainingConfig(dataset=dataset, architecture=architecture, epochs=1)
