"""The classmates' leaderboard and run comparison, from model store records (no TensorFlow)."""

from __future__ import annotations

import plotly.graph_objects as go

from lenet_core.charts import two_panels
from lenet_core.store import ModelRecord

COLUMNS = (
    "name",
    "test accuracy (%)",
    "epochs",
    "batch size",
    "optimizer",
    "learning rate",
    "conv filters",
    "dense units",
    "parameters",
    "training time (s)",
    "created",
)
METRICS = (("accuracy", "training"), ("val_accuracy", "validation"), ("loss", "training"), ("val_loss", "validation"))


def leaderboard_rows(records: list[ModelRecord], dataset: str) -> list[dict]:
    """One row per usable model of `dataset`, best test accuracy first."""
    rows = []
    for record in records:
        if not record.usable or record.dataset != dataset:
            continue
        uploaded = record.metadata.get("source") == "uploaded"
        config = {} if uploaded else record.metadata.get("config") or {}  # no training recipe known
        architecture = record.architecture
        accuracy = record.test_accuracy
        seconds = record.metadata.get("training_seconds")
        rows.append(
            {
                "id": record.model_id,
                "name": record.name,
                "test accuracy (%)": round(accuracy * 100, 2) if accuracy is not None else None,
                "epochs": len(record.history.get("loss", [])) or None,
                "batch size": config.get("batch_size"),
                "optimizer": config.get("optimizer"),
                "learning rate": config.get("learning_rate"),
                "conv filters": ", ".join(map(str, architecture.conv_filters)),
                "dense units": ", ".join(map(str, architecture.dense_units)),
                "parameters": architecture.parameter_count(),
                "training time (s)": round(seconds, 1) if seconds is not None else None,
                "created": record.created[:16].replace("T", " "),
            }
        )
    rows.sort(key=lambda row: -(row["test accuracy (%)"] or -1))
    return rows


def comparison_figure(records: list[ModelRecord]) -> go.Figure:
    """Training histories of several runs overlaid: one trace per run and metric, like TensorBoard."""
    palette = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")
    panels = {"accuracy": [], "loss": []}
    for number, record in enumerate(records):
        colour = palette[number % len(palette)]
        for key, split in METRICS:
            values = record.history.get(key, [])
            metric = key.removeprefix("val_")
            panels[metric].append(
                {"x": list(range(1, len(values) + 1)), "y": list(values), "mode": "lines+markers",
                 "name": f"{record.name}: {split} {metric}", "legendgroup": record.model_id,
                 "line": {"color": colour, "dash": "solid" if split == "training" else "dash"}}
            )  # fmt: skip
    return two_panels(
        panels["accuracy"], panels["loss"], "Run comparison (solid: training, dashed: validation)", height=420
    )
