"""The shape of a LeNet, as plain data: what `build_lenet` builds and the model store records.

No TensorFlow here, so pages can show an architecture and its parameter count cheaply.
"""

from __future__ import annotations

import dataclasses
import math

from lenet_core.base.i18n import _

MAX_CONV_BLOCKS = 4
MAX_DENSE_LAYERS = 3


@dataclasses.dataclass(frozen=True)
class Architecture:
    conv_filters: tuple[int, ...] = (20, 50)  # filters of each conv block (conv 5x5 + ReLU + pool)
    dense_units: tuple[int, ...] = (500,)  # units of each hidden dense layer (ReLU)
    kernel_size: int = 5  # square conv kernel, "same" padding
    width: int = 28
    height: int = 28
    depth: int = 1  # input channels
    classes: int = 10

    def __post_init__(self):
        object.__setattr__(self, "conv_filters", tuple(int(f) for f in self.conv_filters))
        object.__setattr__(self, "dense_units", tuple(int(u) for u in self.dense_units))
        if not 1 <= len(self.conv_filters) <= MAX_CONV_BLOCKS:
            raise ValueError(
                _("Expected 1 to {most} conv blocks, got {count}.").format(
                    most=MAX_CONV_BLOCKS, count=len(self.conv_filters)
                )
            )
        if len(self.dense_units) > MAX_DENSE_LAYERS:
            raise ValueError(
                _("Expected at most {most} hidden dense layers, got {count}.").format(
                    most=MAX_DENSE_LAYERS, count=len(self.dense_units)
                )
            )
        if any(not 1 <= n <= 1024 for n in self.conv_filters + self.dense_units):
            raise ValueError(_("Filters and units must each be between 1 and 1024."))
        if self.kernel_size not in (3, 5, 7):
            raise ValueError(_("Kernel size must be 3, 5 or 7, got {size}.").format(size=self.kernel_size))
        if min(self.width, self.height) >> len(self.conv_filters) < 1:
            raise ValueError(
                _("{count} pooling steps shrink a {width}x{height} input to nothing.").format(
                    count=len(self.conv_filters), width=self.width, height=self.height
                )
            )

    @property
    def is_book(self) -> bool:
        return self == Architecture(width=self.width, height=self.height, depth=self.depth, classes=self.classes)

    def weight_shapes(self) -> list[tuple[int, ...]]:
        """The shapes of the model's weight arrays (kernel, then bias, layer by layer), without building it."""
        shapes, channels = [], self.depth
        height, width = self.height, self.width
        for filters in self.conv_filters:
            shapes += [(self.kernel_size, self.kernel_size, channels, filters), (filters,)]
            channels = filters
            height, width = height // 2, width // 2  # 2x2 max pooling, stride 2
        features = height * width * channels
        for units in self.dense_units + (self.classes,):
            shapes += [(features, units), (units,)]
            features = units
        return shapes

    def activation_values(self) -> int:
        """Values one image's forward pass produces, layer by layer (conv with its ReLU, pooling,
        dense): what inference holds per image in a batch, and training keeps for the backward pass."""
        values, channels = 0, self.depth
        height, width = self.height, self.width
        for filters in self.conv_filters:
            values += height * width * filters  # conv + ReLU, "same" padding
            height, width, channels = height // 2, width // 2, filters
            values += height * width * channels  # 2x2 max pooling
        return values + sum(self.dense_units) + self.classes

    def hidden_width(self) -> int:
        """Units of the last hidden layer, the softmax's input: the last dense layer's, or without
        one the flattened output of the last conv block."""
        if self.dense_units:
            return self.dense_units[-1]
        side = (self.height >> len(self.conv_filters)) * (self.width >> len(self.conv_filters))
        return side * self.conv_filters[-1]

    def training_bytes(self, batch_size: int) -> int:
        """An estimate of a training step's memory: activations and their gradients for the batch
        (float32), plus weights, their gradients and two optimizer slots (Adam's)."""
        return 4 * (2 * self.activation_values() * batch_size + 4 * self.parameter_count())

    def parameter_count(self) -> int:
        """Trainable parameters, computed without building the model."""
        return sum(math.prod(shape) for shape in self.weight_shapes())

    def describe(self) -> str:
        """ "conv 20@5x5 + pool -> conv 50@5x5 + pool -> dense 500 -> softmax 10", as pages show it."""
        conv = _("conv {filters}@{size}x{size} + pool")
        convs = " -> ".join(conv.format(filters=f, size=self.kernel_size) for f in self.conv_filters)
        dense = "".join(" -> " + _("dense {units}").format(units=u) for u in self.dense_units)
        return f"{convs}{dense} -> softmax {self.classes}"

    def to_dict(self) -> dict:
        return dataclasses.asdict(self) | {
            "conv_filters": list(self.conv_filters),
            "dense_units": list(self.dense_units),
        }

    @classmethod
    def from_text(cls, conv_filters: str, dense_units: str) -> Architecture:
        """Parses what a student types, like "20, 50" and "500" (an empty dense list is allowed)."""

        def numbers(text: str, what: str) -> tuple[int, ...]:
            try:
                return tuple(int(part) for part in text.replace(" ", "").split(",") if part)
            except ValueError:
                raise ValueError(
                    _("{what}: write whole numbers separated by commas, like 20, 50.").format(what=what)
                ) from None

        return cls(
            conv_filters=numbers(conv_filters, _("Conv filters")), dense_units=numbers(dense_units, _("Dense units"))
        )

    @classmethod
    def from_dict(cls, data: dict) -> Architecture:
        fields = {field.name for field in dataclasses.fields(cls)}
        unknown = set(data) - fields
        if unknown:
            raise ValueError(_("Unknown architecture fields: {fields}.").format(fields=", ".join(sorted(unknown))))
        return cls(**data)
