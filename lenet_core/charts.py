"""Plotly figures shared by the pages and the CLI (no Streamlit, no TensorFlow)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

TRAIN_COLOUR, VAL_COLOUR = "#1f77b4", "#ff7f0e"


def overfitting_start(history: dict[str, list[float]], rising_epochs: int = 2) -> int | None:
    """1-based epoch after which val loss rose `rising_epochs` times running while training loss fell.

    That epoch (the last before the rise) is where the model generalised best: the book's advice.
    """
    val_loss, loss = history.get("val_loss", []), history.get("loss", [])
    for start in range(len(val_loss) - rising_epochs):
        window = range(start, start + rising_epochs)
        if all(val_loss[i + 1] > val_loss[i] and loss[i + 1] < loss[i] for i in window):
            return start + 1
    return None


def history_figure(
    history: dict[str, list[float]],
    live_batches: list[tuple[float, float, float]] | None = None,
    title: str = "Training history",
) -> go.Figure:
    """The book's chart as two panels, accuracy and loss, training and validation per epoch.

    `live_batches` holds (fractional epoch, loss, accuracy) points of the epoch in progress,
    drawn as a dotted running curve so the chart moves within long epochs.
    """
    figure = make_subplots(rows=1, cols=2, subplot_titles=("Accuracy", "Loss"))
    epochs = list(range(1, len(history.get("loss", [])) + 1))
    for column, metric in ((1, "accuracy"), (2, "loss")):
        for key, name, colour in ((metric, "training", TRAIN_COLOUR), (f"val_{metric}", "validation", VAL_COLOUR)):
            figure.add_trace(
                go.Scatter(
                    x=epochs,
                    y=history.get(key, []),
                    mode="lines+markers",
                    name=f"{name} {metric}",
                    line={"color": colour},
                    legendgroup=name,
                ),
                row=1,
                col=column,
            )
        if live_batches:
            points = np.asarray(live_batches)
            figure.add_trace(
                go.Scatter(
                    x=points[:, 0],
                    y=points[:, 2 if metric == "accuracy" else 1],
                    mode="lines",
                    name=f"training {metric} (this epoch)",
                    line={"color": TRAIN_COLOUR, "dash": "dot"},
                    opacity=0.6,
                ),
                row=1,
                col=column,
            )
    best = overfitting_start(history)
    if best is not None:
        for column in (1, 2):
            figure.add_vline(x=best, line_dash="dash", line_color="red", row=1, col=column)
        figure.add_annotation(
            x=best, y=1.0, yref="paper", text="overfitting starts", showarrow=False, font={"color": "red"}
        )
    figure.update_xaxes(title_text="epoch", rangemode="tozero")
    figure.update_layout(title=title, height=380, margin={"t": 60, "b": 40, "l": 40, "r": 20})
    return figure


def confusion_figure(confusion: np.ndarray, class_names: tuple[str, ...]) -> go.Figure:
    names = list(class_names)
    figure = go.Figure(
        go.Heatmap(
            z=confusion,
            x=names,
            y=names,
            colorscale="Blues",
            text=confusion,
            texttemplate="%{text}",
            hovertemplate="actual %{y}, predicted %{x}: %{z}<extra></extra>",
        )
    )
    figure.update_layout(
        title="Confusion matrix (test set)",
        xaxis_title="predicted",
        yaxis_title="actual",
        yaxis_autorange="reversed",
        xaxis_type="category",
        yaxis_type="category",
        height=460,
    )
    return figure


def per_class_figure(per_class_accuracy: np.ndarray, class_names: tuple[str, ...]) -> go.Figure:
    figure = go.Figure(go.Bar(x=list(class_names), y=np.asarray(per_class_accuracy) * 100))
    figure.update_layout(title="Accuracy per class (%)", yaxis_range=[0, 100], xaxis_type="category", height=320)
    return figure
