"""Training configuration: the book's recipe, the fast preset, and their validation.

Plain data with no TensorFlow, so pages can build and show a config before anything trains.
"""

from __future__ import annotations

import dataclasses

from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.data.datasets import check_name
from lenet_core.network.architecture import Architecture

OPTIMIZERS = ("sgd", "adam", "rmsprop")
SCHEDULES = ("constant", "one-cycle")
BOOK_EPOCHS = {"mnist": 20, "fashion-mnist": 50}
STYLE_KINDS = 4  # lenet_core.data.strokes.STYLES: flagged 1, crossed 7, straight-tailed 9, closed 4
MAX_STYLES = 2000  # of each style: 8,000 digits, rendered on the worker before training (about 1.5 ms each)
DEFAULT_STYLES = 500  # of each style: what the shipped MNIST model and the Train page's checkbox use
MAX_EXTRA_IMAGES = 60_000


@dataclasses.dataclass(frozen=True)
class TrainingConfig:
    dataset: str = "mnist"  # "mnist" or "fashion-mnist"
    epochs: int | None = None  # None: the book's 20 for MNIST, 50 for Fashion-MNIST
    batch_size: int = 128  # images per SGD step
    optimizer: str = "sgd"  # one of OPTIMIZERS
    learning_rate: float = 0.01  # constant rate, or the peak of the one-cycle schedule
    schedule: str = "constant"  # "one-cycle": 20% linear warm-up, then cosine decay to zero
    adam_betas: tuple[float, float] = (0.9, 0.999)  # Adam's moment decay rates
    weight_decay: float = 0.0  # decoupled: each step shrinks every weight by learning rate x this (AdamW's way)
    limit: int | None = None  # train on this many images (a seeded random subset) for quick runs
    validation_limit: int | None = None  # validate on the first N test images (None: all 10,000)
    seed: int = 42  # weights, shuffling and subsets repeat for the same seed
    architecture: Architecture = Architecture()
    augment: bool = False  # random shifts, scales, rotations and stroke thickness
    elastic: bool = False  # with augment, MNIST: elastic distortions and more pen widths (the default's)
    early_stopping: bool = False  # stop once val loss rose 2 epochs running; keep the best weights
    jit_compile: bool = False  # XLA for the training step; off: it was not faster on the 2-core dev CPU
    # MNIST only: this many digits of each writing style MNIST lacks (flagged 1, crossed 7,
    # straight-tailed 9, closed 4; lenet_core.data.strokes) join the training images, drawn from `seed`
    styles: int = 0
    # Each label's target spreads this much of its probability evenly over all classes (Szegedy et
    # al., 2016): the fast preset's short run reaches 99% on MNIST on fewer images with 0.1
    label_smoothing: float = 0.0
    # Images added to every epoch besides the data set's (fine-tuning: class drawings x repeats),
    # recorded so that the class limits and the stored config count them
    extra_images: int = 0

    def __post_init__(self):
        check_name(self.dataset)
        if self.epochs is None:
            object.__setattr__(self, "epochs", BOOK_EPOCHS[self.dataset])
        if isinstance(self.architecture, dict):
            object.__setattr__(self, "architecture", Architecture.from_dict(self.architecture))
        object.__setattr__(self, "adam_betas", tuple(self.adam_betas))
        if not 1 <= self.epochs <= 500:
            raise ValueError(_("Epochs must be between 1 and 500, got {epochs}.").format(epochs=self.epochs))
        if not 1 <= self.batch_size <= 8192:
            raise ValueError(
                _("Batch size must be between 1 and 8192, got {batch_size}.").format(batch_size=self.batch_size)
            )
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(
                _("Unknown optimizer {optimizer}: choose one of {choices}.").format(
                    optimizer=repr(self.optimizer), choices=", ".join(OPTIMIZERS)
                )
            )
        if self.schedule not in SCHEDULES:
            raise ValueError(
                _("Unknown schedule {schedule}: choose one of {choices}.").format(
                    schedule=repr(self.schedule), choices=", ".join(SCHEDULES)
                )
            )
        if not 0 < self.learning_rate <= 10:
            raise ValueError(
                _("Learning rate must be above 0 and at most 10, got {learning_rate}.").format(
                    learning_rate=self.learning_rate
                )
            )
        for name in ("styles", "extra_images"):
            if isinstance(getattr(self, name), bool) or not isinstance(getattr(self, name), int):
                raise ValueError(
                    _("{name} must be a whole number, got {value}.").format(name=name, value=repr(getattr(self, name)))
                )
        if not 0 <= self.extra_images <= MAX_EXTRA_IMAGES:
            raise ValueError(
                _("At most {most} extra images per epoch, got {count}.").format(
                    most=i18n.number(MAX_EXTRA_IMAGES), count=i18n.number(self.extra_images)
                )
            )
        if not 0 <= self.styles <= MAX_STYLES:
            raise ValueError(
                _("Styled digits must be between 0 and {most} per style, got {styles}.").format(
                    most=i18n.number(MAX_STYLES), styles=self.styles
                )
            )
        if self.elastic and not (self.augment and self.dataset == "mnist"):
            raise ValueError(_("Elastic distortions are a kind of augmentation for digits: MNIST with augment only."))
        if self.styles and self.dataset != "mnist":
            raise ValueError(_("Styled digits are handwriting: they go with MNIST only."))
        if not 0 <= self.label_smoothing <= 0.5:
            raise ValueError(
                _("Label smoothing must be between 0 and 0.5, got {value}.").format(value=self.label_smoothing)
            )
        if not 0 <= self.weight_decay <= 0.1:
            raise ValueError(_("Weight decay must be between 0 and 0.1, got {value}.").format(value=self.weight_decay))
        for name in ("limit", "validation_limit"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(
                    _("{name} must be a positive number of images, got {value}.").format(name=name, value=value)
                )

    def to_dict(self) -> dict:
        return dataclasses.asdict(self) | {
            "architecture": self.architecture.to_dict(),
            "adam_betas": list(self.adam_betas),
        }

    @classmethod
    def from_dict(cls, data: dict) -> TrainingConfig:
        known = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


# The book's recipe, unchanged; and the same network trained as fast as this CPU allows.
PRESETS = {
    "book": {"optimizer": "sgd", "learning_rate": 0.01, "batch_size": 128, "schedule": "constant"},
    "fast": {
        "optimizer": "adam",
        "learning_rate": 0.01,
        "batch_size": 256,
        "schedule": "one-cycle",
        "adam_betas": (0.7, 0.9),
    },
}
# Per data set. MNIST's fast run: 24,000 images once, batch 128, label smoothing 0.1, 99.05-99.11%
# over 4 seeds in 0.42 of one epoch of the book's recipe; the whole epoch at batch 256 without
# smoothing took as long as the book's epoch for 99.10% (`python -m bench.time_to_99`).
PRESET_DATASET = {
    "book": {"mnist": {"epochs": BOOK_EPOCHS["mnist"]}, "fashion-mnist": {"epochs": BOOK_EPOCHS["fashion-mnist"]}},
    "fast": {
        "mnist": {"epochs": 1, "limit": 24_000, "batch_size": 128, "label_smoothing": 0.1},
        "fashion-mnist": {"epochs": 10},
    },
}


def preset_config(preset: str, dataset: str = "mnist", **overrides) -> TrainingConfig:
    """A TrainingConfig for a named preset ("book" or "fast"), with any field overridden."""
    if preset not in PRESETS:
        raise ValueError(
            _("Unknown preset {preset}: choose one of {choices}.").format(
                preset=repr(preset), choices=", ".join(PRESETS)
            )
        )
    fields = PRESETS[preset] | {"dataset": dataset} | PRESET_DATASET[preset][check_name(dataset)]
    return TrainingConfig(**(fields | {key: value for key, value in overrides.items() if value is not None}))


def config_from_choices(
    preset: str,
    dataset: str,
    *,
    epochs: int,
    batch_size: int,
    optimizer: str,
    learning_rate: float,
    subset: int,
    augment: bool,
    early_stopping: bool,
    with_styles: bool,
    filters_text: str,
    units_text: str,
) -> TrainingConfig:
    """What the Train page's widgets say, as a TrainingConfig: the recipe's defaults with the
    student's choices on top. `subset` 0 means every training image; the styled digits are for
    MNIST only. ValueError (its message for the student) when a choice is not a valid one."""
    defaults = preset_config(preset, dataset)
    return TrainingConfig.from_dict(
        defaults.to_dict()
        | {
            "dataset": dataset,
            "epochs": int(epochs),
            "batch_size": int(batch_size),
            "optimizer": optimizer,
            "learning_rate": float(learning_rate),
            "limit": int(subset) or None,
            "augment": bool(augment),
            "early_stopping": bool(early_stopping),
            "architecture": Architecture.from_text(filters_text, units_text),
            "styles": DEFAULT_STYLES if with_styles and dataset == "mnist" else 0,
        }
    )
