"""Figures for looking inside a model: a clickable confusion matrix, occlusion heatmaps, the map of
the last hidden layer, and snapshot tiles for the training replay (no Streamlit, no TensorFlow).

Figures are built from plain dicts: a fraction of the cost of plotly's graph objects, and the
Predict page rebuilds them on every stroke.
"""

from __future__ import annotations

import numpy as np

from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.charts.palette import PALETTE, TRAIN_COLOUR, VAL_COLOUR, go

CLASS_COLOURS = PALETTE  # ten distinguishable classes
DIVERGING = [[0.0, "#2166ac"], [0.5, "#f7f7f7"], [1.0, "#b2182b"]]  # blue, white at 0, red
OCCLUSION_READING = N_(
    "Each pixel shows what erasing the small patch around it does to the model's confidence in "
    "the class (measured in log-odds, which keep moving when the probability is stuck at 100%): "
    "red where erasing lowers it, so that ink pushed the model towards the class; blue where "
    "erasing raises it, so that ink held the class back."
)  # shown as _(OCCLUSION_READING)


def _figure(spec: dict) -> go.Figure:
    """A Figure from a plain spec without plotly's per-value validation: the map's 3,000 points
    take 20 ms to validate and 3 ms not to, on every stroke. The specs here are fixed by this
    module's code, so validation would only ever check this module."""
    try:
        return go.Figure(spec, _validate=False)  # a private flag of plotly's BaseFigure (4.x to 7.x)
    except TypeError:
        return go.Figure(spec)


def _blend(low: str, high: str, fraction: np.ndarray) -> list[str]:
    """Colours between two hex colours, one per fraction in [0, 1]."""
    low_rgb = np.array([int(low[i : i + 2], 16) for i in (1, 3, 5)], float)
    high_rgb = np.array([int(high[i : i + 2], 16) for i in (1, 3, 5)], float)
    mixed = low_rgb + np.clip(fraction, 0, 1)[:, None] * (high_rgb - low_rgb)
    return [f"rgb({r:.0f},{g:.0f},{b:.0f})" for r, g, b in mixed]


def confusion_grid_figure(confusion, class_names: tuple[str, ...], height: int = 460) -> go.Figure:
    """The confusion matrix drawn as square markers, so that clicking a cell selects it.

    Streamlit's chart selection events do not report heatmap cells (plotly.js cannot select
    them), but they do report scatter points. Each point's customdata is [actual, predicted].
    Correct answers (the diagonal) are blue, mistakes red, both darker with more images.
    `class_names` as the data set names them: the figure shows them in the current language.
    """
    confusion = np.asarray(confusion)
    classes = len(class_names)
    actual, predicted = np.divmod(np.arange(classes * classes), classes)
    counts = confusion[actual, predicted]
    diagonal = actual == predicted
    # Logarithmic shading: mistakes run from 1 to a few dozen, correct answers to about a thousand.
    shade = np.log1p(counts) / np.log1p(max(int(counts[~diagonal].max(initial=0)), 1))
    shade_diagonal = np.log1p(counts) / np.log1p(max(int(counts.max(initial=0)), 1))
    colours = np.where(
        diagonal,
        _blend("#e8f0fa", "#08306b", shade_diagonal),
        np.where(counts > 0, _blend("#fde0d2", "#a50f15", shade), "#f4f4f4"),
    )
    dark = np.where(diagonal, shade_diagonal, shade) > 0.55
    names = list(shown_class_names(class_names))
    cell = max(12, int((height - 120) / classes) - 2)
    trace = {
        "type": "scatter",
        "mode": "markers+text",
        "x": [names[i] for i in predicted],
        "y": [names[i] for i in actual],
        "text": [str(count) for count in counts],
        "textfont": {"color": ["white" if d else "#222" for d in dark], "size": 12},
        "customdata": np.stack([actual, predicted], axis=1).tolist(),
        "marker": {"symbol": "square", "size": cell, "color": colours.tolist(), "line": {"width": 0}},
        "selected": {"marker": {"opacity": 1.0}},
        "unselected": {"marker": {"opacity": 0.45}},
        "hovertemplate": _("actual %{y}, predicted %{x}: %{text} images<br>click to see them") + "<extra></extra>",
        "showlegend": False,
    }
    category = {"type": "category", "categoryorder": "array", "categoryarray": names, "showgrid": False}
    layout = {
        "title": {"text": _("Confusion matrix (test set): click a cell to see its images")},
        "height": height,
        "margin": {"t": 50, "b": 50, "l": 60, "r": 10},
        "xaxis": category | {"title": {"text": _("predicted")}, "side": "bottom", "fixedrange": True},
        "yaxis": category | {"title": {"text": _("actual")}, "autorange": "reversed", "fixedrange": True},
        "clickmode": "event+select",
        "dragmode": False,
        "plot_bgcolor": "white",
    }
    return _figure({"data": [trace], "layout": layout})


def selected_cell(selection) -> tuple[int, int] | None:
    """(actual, predicted) of the cell clicked in `confusion_grid_figure`, from Streamlit's
    selection state (a dict-like with "selection" -> "points"), or None when none is."""
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list | tuple) and len(data) == 2:
            return int(data[0]), int(data[1])
    return None


def occlusion_figure(image: np.ndarray, heatmaps: np.ndarray, titles: list[str], height: int = 330) -> go.Figure:
    """Occlusion heatmaps (one panel per class) on a shared red-blue scale, the ink outlined."""
    heatmaps = np.asarray(heatmaps)  # (panels, 28, 28) drops in log-odds
    limit = float(np.abs(heatmaps).max()) or 1.0
    panels = len(heatmaps)
    width = 1.0 / panels
    data, layout = [], {"height": height, "margin": {"t": 40, "b": 10, "l": 10, "r": 10}, "annotations": []}
    rows = np.arange(28)
    colorbar_title = _("log-odds<br>drop")
    hover = _("row %{y}, column %{x}: erasing lowers the log-odds by %{z:.2f}") + "<extra></extra>"
    for number, (heatmap, title) in enumerate(zip(heatmaps, titles, strict=True)):
        suffix = "" if number == 0 else str(number + 1)
        axes = {"xaxis": f"x{suffix}", "yaxis": f"y{suffix}"}
        data.append(
            {"type": "heatmap", "z": np.round(heatmap, 3).tolist(), "zmin": -limit, "zmax": limit,
             "colorscale": DIVERGING, "showscale": number == panels - 1,
             "colorbar": {"title": {"text": colorbar_title}, "len": 0.9}, "hovertemplate": hover} | axes
        )  # fmt: skip
        data.append(
            {"type": "contour", "z": np.asarray(image).tolist(), "x": rows.tolist(), "y": rows.tolist(),
             "showscale": False, "contours": {"start": 0.5, "end": 0.5, "coloring": "lines"},
             "line": {"color": "black", "width": 1.5}, "hoverinfo": "skip"} | axes
        )  # fmt: skip
        domain = [number * width + 0.02, (number + 1) * width - 0.06]
        layout[f"xaxis{suffix}"] = {"domain": domain, "visible": False, "constrain": "domain"}
        layout[f"yaxis{suffix}"] = {
            "visible": False, "autorange": "reversed", "scaleanchor": f"x{suffix}", "constrain": "domain",
        }  # fmt: skip
        layout["annotations"].append(
            {"text": title, "x": sum(domain) / 2, "y": 1.0, "xref": "paper", "yref": "paper", "xanchor": "center",
             "yanchor": "bottom", "showarrow": False, "font": {"size": 14}}
        )  # fmt: skip
    return _figure({"data": data, "layout": layout})


def map_figure(
    points: np.ndarray,
    labels: np.ndarray,
    class_names: tuple[str, ...],
    marked: np.ndarray | None = None,
    neighbours: np.ndarray | None = None,
    height: int = 460,
) -> go.Figure:
    """The map of the last hidden layer: test images coloured by class, the student's input as a
    black star, and its nearest test images ringed. `neighbours` holds (K, 2) map coordinates.
    `class_names` as the data set names them: the figure shows them in the current language.

    All traces are WebGL ones: plotly draws WebGL above SVG, so an SVG star would hide under the dots."""
    points, labels = np.asarray(points), np.asarray(labels)
    rounded = np.round(points, 2)
    data = []
    for number, name in enumerate(shown_class_names(class_names)):
        chosen = labels == number
        data.append(
            {"type": "scattergl", "mode": "markers", "name": str(name), "x": rounded[chosen, 0].tolist(),
             "y": rounded[chosen, 1].tolist(), "marker": {"size": 4, "color": CLASS_COLOURS[number % 10],
             "opacity": 0.55}, "hovertemplate": f"{name}<extra></extra>"}
        )  # fmt: skip
    if neighbours is not None and len(neighbours):
        neighbours = np.asarray(neighbours)
        data.append(
            {"type": "scattergl", "mode": "markers", "name": _("nearest test images"), "x": neighbours[:, 0].tolist(),
             "y": neighbours[:, 1].tolist(), "hoverinfo": "skip",
             "marker": {"size": 13, "color": "rgba(0,0,0,0)", "line": {"color": "black", "width": 2}}}
        )  # fmt: skip
    if marked is not None:
        data.append(
            {"type": "scattergl", "mode": "markers", "name": _("your input"), "x": [float(marked[0])],
             "y": [float(marked[1])], "hovertemplate": _("your input") + "<extra></extra>",
             "marker": {"symbol": "star", "size": 20, "color": "black", "line": {"color": "white", "width": 1.5}}}
        )  # fmt: skip
    layout = {
        "height": height,
        "margin": {"t": 30, "b": 40, "l": 40, "r": 10},
        "xaxis": {"title": {"text": _("first principal component")}, "zeroline": False},
        "yaxis": {"title": {"text": _("second principal component")}, "zeroline": False},
        "legend": {"itemsizing": "constant"},
        "uirevision": "map",  # keeps the student's zoom while the star moves
    }
    return _figure({"data": data, "layout": layout})


def epoch_marker_figure(history: dict, epoch: int, height: int = 300) -> go.Figure:
    """Accuracy per epoch, training and validation, with the replayed epoch marked."""
    epochs = list(range(1, len(history.get("accuracy", [])) + 1))
    curves = (("accuracy", _("training"), TRAIN_COLOUR), ("val_accuracy", _("validation"), VAL_COLOUR))
    data = [
        {"type": "scatter", "x": epochs, "y": list(history.get(key, [])), "mode": "lines+markers", "name": name,
         "line": {"color": colour}}
        for key, name, colour in curves
    ]  # fmt: skip
    marker = {"type": "line", "x0": epoch, "x1": epoch, "y0": 0, "y1": 1, "yref": "paper"}
    marker["line"] = {"color": "red", "dash": "dash"}
    layout = {
        "height": height,
        "margin": {"t": 30, "b": 40, "l": 40, "r": 10},
        "title": {"text": _("Accuracy")},
        "xaxis": {"title": {"text": _("epoch")}, "range": [-0.3, max(len(epochs), 1) + 0.3]},
        "yaxis": {"rangemode": "tozero"},
        "shapes": [marker],
        "legend": {"orientation": "h", "y": -0.25},
    }
    return _figure({"data": data, "layout": layout})
