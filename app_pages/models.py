"""Models: the classmates' leaderboard, run comparison, one model in detail, bring your own weights."""

import streamlit as st

from app_pages import insight_views
from app_pages.common import (
    architecture_fields,
    current_dataset_name,
    download_weights_button,
    plain,
    session_id,
    shared_dataset,
)
from lenet_core.architecture import Architecture
from lenet_core.charts import history_figure, per_class_figure
from lenet_core.datasets import DATASET_TITLES
from lenet_core.leaderboard import COLUMNS, comparison_figure, leaderboard_rows
from lenet_core.store import StoreError, open_store

name = current_dataset_name()
store = open_store()
me = session_id()
st.title(f"Models: {DATASET_TITLES[name]}")

records = store.list()
usable = {record.model_id: record for record in records if record.usable and record.dataset == name}
rows = leaderboard_rows(records, name)
st.subheader("Leaderboard")
if rows:
    st.dataframe(
        rows,
        column_order=COLUMNS,
        hide_index=True,
        key="models_leaderboard",
        column_config={"test accuracy (%)": st.column_config.NumberColumn(format="%.2f")},
    )
else:
    st.info("No models for this data set yet: train one on the Train page or upload weights below.")
broken = [record for record in records if not record.usable]
for record in broken:
    st.warning(f"Model folder {record.model_id} is unusable: {record.problem}", icon=":material/warning:")

st.subheader("Compare runs")
chosen = st.multiselect(
    "Models to compare",
    list(usable),
    default=list(usable)[:2],
    format_func=lambda model_id: usable[model_id].label(),
    key=f"models_compare_{name}",
)
if chosen:
    st.plotly_chart(comparison_figure([usable[model_id] for model_id in chosen]), key="models_comparison")

st.subheader("One model in detail")
detail_id = st.selectbox(
    "Model", list(usable), format_func=lambda model_id: usable[model_id].label(), key=f"models_detail_{name}"
)
if detail_id is not None:
    record = usable[detail_id]
    dataset = shared_dataset(name)
    architecture = record.architecture
    st.markdown(
        f"**{plain(record.name)}** · {plain(architecture.describe())} · {architecture.parameter_count():,} parameters"
    )
    if record.metadata.get("command"):
        st.code(record.metadata["command"], language="bash")
    if record.history.get("loss"):
        st.plotly_chart(history_figure(record.history), key="models_history")
        insight_views.training_replay(record, key="models_replay")
    evaluation = record.metadata.get("evaluation")
    if evaluation:
        left, right = st.columns(2)
        cell = insight_views.confusion_chart(left, record, dataset.class_names, key="models_confusion")
        right.plotly_chart(
            per_class_figure(evaluation["per_class_accuracy"], dataset.class_names), key="models_per_class"
        )
        insight_views.cell_images(record, dataset, cell, key="models_cell")
    download_weights_button(record, key="models_download")
    if record.metadata.get("owner") == me:
        if st.button(":material/delete: Delete this model", key="models_delete"):
            try:
                store.delete(record.model_id, owner=me)
            except StoreError as error:
                st.error(str(error))
            else:
                st.rerun()
    else:
        st.caption("Only the session that created a model can delete it here; otherwise use the command line.")

st.subheader("Bring your own weights")
with st.form("models_upload_form", clear_on_submit=False):
    upload = st.file_uploader(
        "Weights file (.weights.h5, or the book's legacy .hdf5)", type=["h5", "hdf5"], key="models_upload"
    )
    filters_text, units_text = architecture_fields("models")
    upload_name = st.text_input("Name", "my uploaded LeNet", max_chars=60, key="models_upload_name")
    submitted = st.form_submit_button("Validate and add to the store")
if submitted:
    if upload is None:
        st.error("Choose a weights file first.")
    else:
        try:
            architecture = Architecture.from_text(filters_text, units_text)
            from lenet_core.importing import import_weights  # TensorFlow: only when validating

            with st.spinner("Loading the weights and evaluating them on the 10,000 test images…"):
                added = import_weights(store, upload.getvalue(), name, architecture, upload_name, owner=me)
        except (ValueError, StoreError) as error:  # WeightsError is a ValueError
            st.error(f"Not added: {error}")
        else:
            st.success(f"Added “{plain(added.name)}”: {added.test_accuracy * 100:.2f}% test accuracy.")
