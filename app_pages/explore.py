"""Explore: labelled sample grids, the class distribution and mean images, one image's pixels."""

import streamlit as st

from app_pages import collection_views
from app_pages.common import current_dataset_name, shared_dataset
from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.charts.images import enlarge
from lenet_core.charts.training import class_count_figure, pixel_heatmap
from lenet_core.data.datasets import as_model_input, dataset_title
from lenet_core.data.samples import class_counts, class_means, sample_grid

SPLIT_NAMES = {"train": N_("train"), "test": N_("test")}  # the options stay the codes

name = current_dataset_name()
dataset = shared_dataset(name)
class_names = shown_class_names(dataset.class_names)
st.title(_("Explore {dataset}").format(dataset=dataset_title(name)))
view = collection_views.explore_view(name)  # the data set's images, the class drawings, or the quiz
if view == "drawings":
    collection_views.class_drawings(name, dataset)
    st.stop()
if view == "quiz":
    collection_views.quiz(name, dataset)
    st.stop()

controls = st.columns([1, 1, 1, 2, 1])
split = controls[0].radio(
    _("Split"), tuple(SPLIT_NAMES), format_func=lambda s: _(SPLIT_NAMES[s]), horizontal=True, key="explore_split"
)
rows = controls[1].slider(_("Rows"), 1, 10, 5, key="explore_rows")
columns = controls[2].slider(_("Columns"), 1, 10, 5, key="explore_columns")
class_options = [None, *range(10)]
class_index = controls[3].selectbox(
    _("Class"),
    class_options,
    format_func=lambda c: _("All classes") if c is None else f"{c}: {class_names[c]}",
    key="explore_class",
)
if controls[4].button(":material/shuffle: " + _("Shuffle"), key="explore_shuffle"):
    st.session_state["explore_seed"] = int(st.session_state.get("explore_seed", 0)) + 1
seed = controls[4].number_input(_("Seed"), 0, 10**6, step=1, key="explore_seed")

samples = sample_grid(name, split, rows, columns, class_index, int(seed))
images, _labels = dataset.split(split)
st.caption(_("Seed {seed}: a classmate who picks the same seed, split and class sees the same grid.").format(seed=seed))
for row in range(rows):
    cells = st.columns(columns)
    for cell, sample in zip(cells, samples[row * columns : (row + 1) * columns], strict=False):
        cell.image(enlarge(images[sample.index], 4), caption=sample.caption)

st.subheader(_("Look closer"))
picked = st.selectbox(
    _("Image"), samples, format_func=lambda s: s.caption, key="explore_pick", help=_("Any image of the grid above")
)
if picked is not None:
    left, right = st.columns([1, 2])
    left.image(enlarge(images[picked.index], 10), caption=_("{caption} (280x280)").format(caption=picked.caption))
    pixels = as_model_input(images[picked.index : picked.index + 1])[0, :, :, 0]
    right.plotly_chart(pixel_heatmap(pixels), key="explore_heatmap")

st.subheader(_("Classes in the {split} split").format(split=_(SPLIT_NAMES[split])))
counts = class_counts(name, split)
st.plotly_chart(class_count_figure(counts, class_names), key="explore_counts")
st.caption(_("Mean image of each class"))
means = class_means(name, split)
for cell, class_id in zip(st.columns(10), range(10), strict=True):
    cell.image(enlarge(means[class_id], 3), caption=class_names[class_id])
