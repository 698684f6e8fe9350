"""Page sections for looking inside a model, shared by the Train, Models and Predict pages:
the clickable confusion matrix and its images, the training replay, and the Predict page's
"why this answer", map and preprocessing comparison. Widgets only; the work is in lenet_core."""

from __future__ import annotations

import numpy as np
import streamlit as st

from app_pages.common import plain
from app_pages.finetune_views import fine_tune_summary
from lenet_core.base import i18n
from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.charts.images import enlarge, feature_grid, filter_tiles
from lenet_core.charts.inside import (
    OCCLUSION_READING,
    confusion_grid_figure,
    epoch_marker_figure,
    map_figure,
    occlusion_figure,
    selected_cell,
)
from lenet_core.charts.training import history_figure, per_class_figure

CELL_PAGE = 12  # images per page of a confusion-matrix cell


def _explainer(record):
    from lenet_core.inside.predictor import explainer_for  # TensorFlow: only once a model is needed

    try:
        return explainer_for(record)
    except (OSError, ValueError):  # deleted or replaced by its owner since this run read the store
        st.warning(
            _("“{name}” was deleted or its weights replaced a moment ago. Choose it again, or another model.").format(
                name=plain(record.name)
            ),
            icon=":material/warning:",
        )
        st.stop()


def _test_set(record, dataset):
    explainer = _explainer(record)
    with st.spinner(_("Running the model on the test images (once per model)…")):
        return explainer, explainer.test_set(dataset)


def model_report(record, dataset, key: str, after_history=None) -> None:
    """A stored model's learning curves and their replay, its clickable confusion matrix with the
    images behind a cell, and its per-class accuracy: the Train result and the Models detail.
    A fine-tuned model's accuracy before and after comes first. `after_history(history)` adds a
    page's own notes under the curves."""
    if record.metadata.get("fine_tune"):
        fine_tune_summary(record.metadata["fine_tune"])
    if record.history.get("loss"):
        st.plotly_chart(history_figure(record.history), key=f"{key}_history")
        if after_history is not None:
            after_history(record.history)
        training_replay(record, key=f"{key}_replay")
    evaluation = record.metadata.get("evaluation")
    if evaluation:
        left, right = st.columns(2)
        cell = confusion_chart(left, record, dataset.class_names, key=f"{key}_confusion")
        right.plotly_chart(
            per_class_figure(evaluation["per_class_accuracy"], dataset.class_names), key=f"{key}_per_class"
        )
        cell_images(record, dataset, cell, key=f"{key}_cell")


def confusion_chart(container, record, class_names, key: str) -> tuple[int, int] | None:
    """The stored confusion matrix in `container`, clickable; returns the clicked (actual, predicted)."""
    confusion = (record.metadata.get("evaluation") or {}).get("confusion")
    if confusion is None:
        container.info(_("This model has no stored evaluation, so there is no confusion matrix."))
        return None
    event = container.plotly_chart(
        confusion_grid_figure(confusion, class_names),
        key=f"{key}_{record.model_id}",
        on_select="rerun",
        selection_mode="points",
    )
    return selected_cell(event)


def cell_images(record, dataset, cell: tuple[int, int] | None, key: str) -> None:
    """The test images behind one confusion-matrix cell, most confident first, a page at a time."""
    if cell is None:
        st.caption(_("Click a cell of the confusion matrix to see its test images, most confident first."))
        return
    actual, predicted = cell
    from lenet_core.inside.explainer import cell_indices

    view = _test_set(record, dataset)[1]
    indices = cell_indices(dataset.test_labels, view.predictions, view.confidences, actual, predicted)
    names = shown_class_names(dataset.class_names)
    if actual == predicted:
        heading = _("**Actual {actual}, predicted {predicted}**: {count} test images (correct answers)")
    else:
        heading = _("**Actual {actual}, predicted {predicted}**: {count} test images (mistakes)")
    st.markdown(heading.format(actual=names[actual], predicted=names[predicted], count=i18n.number(len(indices))))
    if not len(indices):
        st.info(_("No test image falls in this cell."))
        return
    pages = -(-len(indices) // CELL_PAGE)
    page = 1
    if pages > 1:
        page = st.number_input(
            _("Page (of {pages})").format(pages=pages),
            1,
            pages,
            1,
            key=f"{key}_page_{record.model_id}_{actual}_{predicted}",
        )
    shown = indices[(page - 1) * CELL_PAGE : page * CELL_PAGE]
    for column, index in zip(st.columns(6) + st.columns(6), shown, strict=False):
        column.image(
            enlarge(dataset.test_images[index], 3),
            caption=f"#{index} · {i18n.percent(view.confidences[index], 0)} {names[predicted]}",
        )


@st.fragment
def training_replay(record, key: str) -> None:
    """The conv-1 filters and the probe image's feature maps epoch by epoch, beside the accuracy."""
    snapshots = record.snapshots()
    st.markdown(_("**How it learned: replay the training epoch by epoch**"))
    if snapshots is None:
        st.caption(
            _(
                "No replay for this model: it was trained before LeNet Lab recorded per-epoch snapshots "
                "(or its weights were uploaded). Models trained now have one."
            )
        )
        return
    left, right = st.columns([3, 2])
    last = int(snapshots.epochs[-1])
    epoch = left.slider(
        _("Epoch (0 = before training)"), 0, last, last, key=f"{key}_epoch_{record.model_id}",
        help=_("Drag to watch the filters and feature maps form."),
    )  # fmt: skip
    position = int(np.searchsorted(snapshots.epochs, epoch))
    left.image(filter_tiles(snapshots.filters[position]), caption=_("Conv layer 1 filters (grey 0, white +, black −)"))
    left.image(
        enlarge(snapshots.probe_image, 2),
        caption=_("Probe: test image #{index}").format(index=snapshots.probe_index),
    )
    for layer, maps in enumerate(snapshots.feature_maps, start=1):
        frame = maps[position]
        left.image(
            feature_grid(frame, scale=3 if frame.shape[0] > 14 else 5),
            caption=_("Conv layer {layer}: the probe's {count} feature maps").format(layer=layer, count=frame.shape[2]),
        )
    right.plotly_chart(epoch_marker_figure(record.history, epoch), key=f"{key}_accuracy_{record.model_id}")


PREDICT_VIEWS = {  # key -> title: the Predict page's look-inside views, each computed only while open
    "maps": N_("What the model sees, and what each conv layer's filters respond to"),
    "why": N_("Why this answer"),
    "map": N_("Where it lies among the test images"),
    "naive": N_("Compare with a naive 280→28 resize"),
}
MAX_FEATURE_MAPS = 100  # per conv layer; the book's LeNet has 20 and 50


def predict_views(record, dataset, predictor, image, probabilities, naive, framing: str, key: str) -> None:
    """The Predict page's look inside, one expander each; a closed one costs the server nothing.

    `image`: the prepared (28, 28) input; `probabilities`: the model's answer for it (from the
    browser, or the server's where the browser cannot run the model); `naive`: the naive resize
    of the same drawing (None for uploads). `image` None (nothing drawn yet, or cleared): the
    expanders stay, so that a view a student opened stays open for the next drawing."""
    names = shown_class_names(dataset.class_names)
    for view, title in PREDICT_VIEWS.items():
        if view == "naive" and naive is None and image is not None:
            continue  # an upload: no naive resize to compare with
        expander = st.expander(_(title), key=f"{key}_view_{view}", on_change="rerun")
        if not expander.open:
            continue
        with expander:
            if image is None:
                st.caption(_("Draw a {style} to see this.").format(style=_(framing)))
            elif view == "maps":
                _feature_maps(predictor, image)
            elif view == "why":
                _why(_explainer(record), image, probabilities, names, key)
            elif view == "map":
                explainer = _explainer(record)
                if explainer.map_refusal:
                    st.info(explainer.map_refusal)
                else:
                    _map(record, dataset, explainer, image, names, key)
            else:
                _naive(naive, _explainer(record), image, probabilities, names, framing)


def _feature_maps(predictor, image) -> None:
    seen, maps_column = st.columns([1, 3])
    seen.image(enlarge((image * 255).astype(np.uint8), 6), caption=_("What the model sees (28x28)"))
    for layer, maps in enumerate(predictor.predict(image, with_feature_maps=True).feature_maps, start=1):
        shown = maps[:, :, :MAX_FEATURE_MAPS]  # a 1,024-filter layer would be a 12-megapixel image per stroke
        if maps.shape[2] > MAX_FEATURE_MAPS:
            caption = _("Conv layer {layer}: {count} feature maps of {height}x{width} (the first {shown} shown)")
        else:
            caption = _("Conv layer {layer}: {count} feature maps of {height}x{width}")
        maps_column.image(
            feature_grid(shown, scale=4 if maps.shape[0] > 14 else 8),
            caption=caption.format(
                layer=layer, count=maps.shape[2], height=maps.shape[0], width=maps.shape[1], shown=MAX_FEATURE_MAPS
            ),
        )


def _why(explainer, image, probabilities, names, key: str) -> None:
    if explainer.occlusion_refusal:  # a view over the server's budget is a sentence, never attempted
        st.info(explainer.occlusion_refusal)
        return
    top, runner_up = (int(i) for i in np.argsort(-probabilities)[:2])
    heatmaps = explainer.occlusion(image, [top, runner_up])
    titles = [
        _("for {name} ({percent})").format(name=names[top], percent=i18n.percent(probabilities[top], 0)),
        _("for the runner-up {name} ({percent})").format(
            name=names[runner_up], percent=i18n.percent(probabilities[runner_up], 0)
        ),
    ]
    st.plotly_chart(occlusion_figure(image, heatmaps, titles), key=f"{key}_why")
    st.caption(_(OCCLUSION_READING))


def _map(record, dataset, explainer, image, names, key: str) -> None:
    view = _test_set(record, dataset)[1]
    location = view.locate(explainer.hidden(image))
    labels = dataset.test_labels[view.map_indices]
    neighbour_points = view.project(view.hidden[np.searchsorted(view.map_indices, location.neighbours)])
    chart, nearest = st.columns([3, 1])
    chart.plotly_chart(
        map_figure(view.points, labels, dataset.class_names, location.point, neighbour_points),
        key=f"{key}_map",
    )
    chart.caption(
        _(
            "{count} test images placed by the model's last hidden layer "
            "({units} units), squeezed to 2-D by PCA; the star is your input."
        ).format(count=i18n.number(len(view.map_indices)), units=view.hidden.shape[1])
    )
    nearest.markdown(_("**Its 5 nearest test images**"))
    for index in location.neighbours:
        nearest.image(enlarge(dataset.test_images[index], 2), caption=f"#{index}: {names[dataset.test_labels[index]]}")


def _naive(naive, explainer, image, probabilities, names, framing: str) -> None:
    naive_probabilities = explainer.probabilities(naive[None, :, :, None])[0]
    left, right = st.columns(2)
    for column, shown, chances, title in (
        (left, naive, naive_probabilities, _("Naive: the whole image squeezed to 28x28")),
        (right, image, probabilities, _("Prepared like the data set ({style} framing)").format(style=_(framing))),
    ):
        answer = int(np.argmax(chances))
        column.image(enlarge((shown * 255).astype(np.uint8), 6), caption=title)
        column.markdown(
            _("The model's answer: **{name}** ({percent})").format(
                name=names[answer], percent=i18n.percent(chances[answer], 0)
            )
        )
    st.caption(
        _(
            "The data set's images were cropped to the ink, scaled to a 20-pixel box and centred by "
            "their centre of mass; a naive resize leaves a small, off-centre, thin drawing the model never saw."
        )
    )
