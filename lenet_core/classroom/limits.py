"""The class limits every job and upload obeys, kept in `limits.json` of the classroom folder
(`LENET_CLASSROOM_DIR`, default `data/classroom/`), written atomically.

No Streamlit here: pages show the messages that LimitError carries.
"""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

from lenet_core.base import i18n, settings
from lenet_core.base.files import read_json_object, write_json
from lenet_core.base.i18n import N_, _, ngettext
from lenet_core.network.architecture import Architecture
from lenet_core.network.config import DEFAULT_STYLES, STYLE_KINDS

LIMITS_FILE = "limits.json"
TRAINING_IMAGES = 60_000  # both data sets have 60,000 training images


class LimitError(ValueError):
    """A job or upload exceeds a class limit; the message says which limit and what to change.

    A ValueError, like every other refusal of what a student asked for."""


@dataclasses.dataclass(frozen=True)
class Limits:
    """What one student may ask of the shared server. Defaults keep a 2-core laptop usable for 30."""

    max_active_jobs_per_student: int = 1  # running or queued, uploads being scored included
    max_parameters: int = 5_000_000  # the book's LeNet has 1,256,080
    max_multiply_adds: int = 50_000_000  # per image; the book's LeNet needs about 6.5 million
    max_epochs: int = 50  # each epoch also validates on 10,000 test images
    # Epochs x training images: the book's 20 epochs of MNIST, with the Train page's styled digits.
    max_work: int = 20 * (TRAINING_IMAGES + STYLE_KINDS * DEFAULT_STYLES)
    # A training step's memory at the chosen batch size (Architecture.training_bytes): the book's
    # LeNet at batch 128 needs 51 MB; one conv block of 1,024 filters at batch 1,024 would need 7.9 GB.
    max_training_memory_mb: int = 2_048
    max_models_per_student: int = 20  # in the store, with the jobs on their way to it
    # Identities a device may start in an hour (IdentityLimiter): ten new tabs are not ten students.
    max_new_identities_per_device: int = 10

    # (lowest, highest) a teacher may set; the highest keep one job from running for days.
    BOUNDS = {
        "max_active_jobs_per_student": (1, 10),
        "max_parameters": (10_000, 50_000_000),
        "max_multiply_adds": (100_000, 1_000_000_000),
        "max_epochs": (1, 500),
        "max_work": (1_000, 500 * TRAINING_IMAGES),
        "max_training_memory_mb": (64, 65_536),
        "max_models_per_student": (1, 1_000),
        "max_new_identities_per_device": (1, 1_000),
    }
    TITLES = {
        "max_active_jobs_per_student": N_("Active jobs per student"),
        "max_parameters": N_("Parameters per model"),
        "max_multiply_adds": N_("Multiply-adds per image"),
        "max_epochs": N_("Epochs per job"),
        "max_work": N_("Work per job (epochs x training images)"),
        "max_training_memory_mb": N_("Training memory per job (MB)"),
        "max_models_per_student": N_("Models per student"),
        "max_new_identities_per_device": N_("New identities per device per hour"),
    }  # shown with _(), like every N_ constant

    def __post_init__(self):
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            lowest, highest = self.BOUNDS[field.name]
            if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
                raise ValueError(
                    _("{title} must be a whole number from {lowest} to {highest}.").format(
                        title=_(self.TITLES[field.name]), lowest=i18n.number(lowest), highest=i18n.number(highest)
                    )
                )

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Limits:
        """Known fields from `data`, defaults for the rest; ValueError when a value is out of bounds."""
        known = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def load_limits(folder: Path | None = None) -> Limits:
    """The teacher's saved limits, or the defaults when none were saved or the file is damaged."""
    path = (folder or settings.classroom_dir()) / LIMITS_FILE
    data = read_json_object(path, "using the default class limits")  # a damaged file is moved aside
    try:
        return Limits.from_dict(data)
    except (ValueError, TypeError) as error:
        # The class keeps working under the defaults; the server's log says why.
        warnings.warn(f"{path} is unusable ({error}); using the default class limits.", stacklevel=2)
        return Limits()


def save_limits(limits: Limits, folder: Path | None = None) -> None:
    """Persists the teacher's limits atomically (they are validated when the Limits is built)."""
    write_json((folder or settings.classroom_dir()) / LIMITS_FILE, limits.to_dict())


def multiply_adds(architecture: Architecture) -> int:
    """Multiply-adds one image costs in a forward pass (conv with "same" padding, 2x2 pooling)."""
    total, channels = 0, architecture.depth
    height, width = architecture.height, architecture.width
    kernel = architecture.kernel_size * architecture.kernel_size
    for filters in architecture.conv_filters:
        total += height * width * kernel * channels * filters
        channels = filters
        height, width = height // 2, width // 2
    features = height * width * channels
    for units in architecture.dense_units + (architecture.classes,):
        total += features * units
        features = units
    return total


def check_architecture(architecture: Architecture, limits: Limits) -> None:
    """Raises LimitError when building or running this network would exceed the class limits."""
    parameters = architecture.parameter_count()
    if parameters > limits.max_parameters:
        raise LimitError(
            _(
                "This model has {parameters} parameters; the class limit is {limit}. "
                "Use fewer filters or dense units (the book's LeNet has 1,256,080)."
            ).format(parameters=i18n.number(parameters), limit=i18n.number(limits.max_parameters))
        )
    work = multiply_adds(architecture)
    if work > limits.max_multiply_adds:
        raise LimitError(
            _(
                "This model needs {work} multiply-adds per image; the class limit is {limit}. "
                "Use fewer filters, above all in the later conv blocks."
            ).format(work=i18n.number(work), limit=i18n.number(limits.max_multiply_adds))
        )


def check_training(config, limits: Limits) -> None:
    """Raises LimitError when a TrainingConfig exceeds the class limits (architecture included)."""
    check_architecture(config.architecture, limits)
    if config.epochs > limits.max_epochs:
        raise LimitError(
            _("{epochs} epochs asked; the class limit is {limit}. Use fewer epochs.").format(
                epochs=config.epochs, limit=limits.max_epochs
            )
        )
    memory = config.architecture.training_bytes(config.batch_size)
    if memory > limits.max_training_memory_mb * 2**20:
        per_image = config.architecture.training_bytes(2) - config.architecture.training_bytes(1)
        fixed = config.architecture.training_bytes(0)
        largest = (limits.max_training_memory_mb * 2**20 - fixed) // per_image
        if largest >= 1:
            advice = _("Use a batch size of at most {largest}").format(largest=i18n.number(largest))
        else:
            advice = _("Use fewer filters")
        raise LimitError(
            _(
                "Training this model in batches of {batch_size} needs about {memory} MB of memory; the class "
                "limit is {limit} MB. {advice}, or fewer filters in the first conv block (its outputs are the largest)."
            ).format(
                batch_size=i18n.number(config.batch_size),
                memory=i18n.number(memory / 2**20, 0),
                limit=i18n.number(limits.max_training_memory_mb),
                advice=advice,
            )
        )
    images = min(config.limit or TRAINING_IMAGES, TRAINING_IMAGES)
    # Styled digits and fine-tuning's class drawings are training images too.
    added = STYLE_KINDS * config.styles + config.extra_images
    work = config.epochs * (images + added)
    if work > limits.max_work:
        most_epochs = max(limits.max_work // (images + added), 0)
        most_images = max(limits.max_work // config.epochs - added, 0)
        besides = ""
        if added:
            besides = _(" besides the {added} added ones (styled digits or class drawings)").format(
                added=i18n.number(added)
            )
        raise LimitError(
            _(
                "{epochs} epochs x {images} training images = {work}; the class limit is {limit}. "
                "Use at most {most_epochs} epochs on {images} images, "
                "or at most {most_images} training images{besides} for {epochs} epochs."
            ).format(
                epochs=config.epochs,
                images=i18n.number(images + added),
                work=i18n.number(work),
                limit=i18n.number(limits.max_work),
                most_epochs=most_epochs,
                most_images=i18n.number(most_images),
                besides=besides,
            )
        )


def check_model_count(models: int, active_jobs: int, limits: Limits) -> None:
    """Raises LimitError when a student with `models` in the store and `active_jobs` on their way
    may not start another (each job ends as a model in the store)."""
    if models + active_jobs >= limits.max_models_per_student:
        waiting = _(" and {count} on the way").format(count=active_jobs) if active_jobs else ""
        raise LimitError(
            ngettext(
                "You have {count} model in the store{waiting}; the class limit is {limit} per student. "
                "Delete one on the Models page first.",
                "You have {count} models in the store{waiting}; the class limit is {limit} per student. "
                "Delete one on the Models page first.",
                models,
            ).format(count=models, waiting=waiting, limit=limits.max_models_per_student)
        )


def check_active_jobs(active_jobs: int, limits: Limits) -> None:
    """Raises LimitError when a student who already has `active_jobs` running or queued may not add one."""
    if active_jobs >= limits.max_active_jobs_per_student:
        allowed = limits.max_active_jobs_per_student
        raise LimitError(
            ngettext(
                "You already have {count} job running or queued; the class limit is {limit} at a time. "
                "Wait for it to finish, or stop it.",
                "You already have {count} jobs running or queued; the class limit is {limit} at a time. "
                "Wait for one to finish, or stop it.",
                active_jobs,
            ).format(count=active_jobs, limit=allowed)
        )
