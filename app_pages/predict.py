"""Predict: draw or upload a digit or garment, see what the model thinks, and look inside it."""

import numpy as np
import streamlit as st

from app_pages import collection_views, insight_views
from app_pages.common import current_dataset_name, plain, shared_dataset
from lenet_core.charts import probability_figure
from lenet_core.datasets import DATASET_TITLES
from lenet_core.explore import enlarge, feature_grid, labelled_sample
from lenet_core.preprocessing import ImageInputError, Prepared, prepare, prepare_upload, read_canvas
from lenet_core.store import open_store

CANVAS_SIZE = 280
MAX_FEATURE_MAPS = 100  # per conv layer; the book's LeNet has 20 and 50

name = current_dataset_name()
dataset = shared_dataset(name)
style = "digit" if name == "mnist" else "garment"
st.title(f"Predict: draw a {style}")

records = {record.model_id: record for record in open_store().list(name) if record.usable}
if not records:
    st.info(f"No {DATASET_TITLES[name]} model in the store yet. Train one on the Train page first.")
    st.stop()
shipped = [model_id for model_id, record in records.items() if record.is_shipped]
model_id = st.selectbox(
    "Model",
    list(records),
    index=list(records).index(shipped[0]) if shipped else None,  # never a student's model by default
    format_func=lambda model_id: records[model_id].label(),
    placeholder="Choose a model",
    key=f"predict_model_{name}",
)
if model_id is None:
    st.info("Choose a model above to draw for.")
    st.stop()
record = records[model_id]


try:
    from lenet_core.inference import predictor_for  # TensorFlow: only once a model is needed

    # predictor_for keeps one Predictor per model and weights version for the whole process.
    with st.spinner("Loading the model…"):
        predictor = predictor_for(record)
except (ValueError, OSError) as error:  # WeightsError is a ValueError
    st.error(f"This model cannot be loaded: {plain(str(error))} Pick another model; the rest of the store still works.")
    st.stop()


def show_prediction(prepared: Prepared, key: str, raw: np.ndarray | None = None) -> int | None:
    """Shows what the model makes of `prepared`; returns the predicted class (None: nothing to classify)."""
    if prepared.image is None:
        st.info(prepared.message)
        return None
    prediction = predictor.predict(prepared.image, with_feature_maps=True)
    seen, answer = st.columns([1, 2])
    seen.image(enlarge((prepared.image * 255).astype(np.uint8), 6), caption="What the model sees (28x28)")
    if prepared.inverted:
        seen.caption("Dark ink on a light background was inverted to match the data set.")
    top = prediction.top(3)
    answer.markdown(f"### Prediction: **{plain(dataset.class_names[top[0][0]])}** ({top[0][1]:.0%})")
    answer.caption("Next best: " + ", ".join(f"{dataset.class_names[i]} ({p:.0%})" for i, p in top[1:]))
    answer.plotly_chart(probability_figure(prediction.probabilities, dataset.class_names), key=f"{key}_chart")
    with st.expander("Look inside: what each conv layer's filters respond to"):
        for layer, maps in enumerate(prediction.feature_maps, start=1):
            shown = maps[:, :, :MAX_FEATURE_MAPS]  # a 1,024-filter layer would be a 12-megapixel image per stroke
            more = f" (the first {MAX_FEATURE_MAPS} shown)" if maps.shape[2] > MAX_FEATURE_MAPS else ""
            st.image(
                feature_grid(shown, scale=4 if maps.shape[0] > 14 else 8),
                caption=f"Conv layer {layer}: {maps.shape[2]} feature maps of {maps.shape[0]}x{maps.shape[1]}{more}",
            )
    insight_views.predict_insights(record, dataset, prepared, prediction.probabilities, raw, style, key)
    return prediction.predicted


draw_tab, upload_tab, samples_tab = st.tabs(
    [":material/draw: Draw", ":material/upload: Upload", ":material/casino: Random test samples"]
)

with draw_tab:
    from streamlit_drawable_canvas import st_canvas  # imported here: it registers a frontend component

    controls, canvas_column = st.columns([1, 2])
    stroke_width = controls.slider("Stroke width", 5, 40, 20, key="predict_stroke")
    if controls.button(":material/ink_eraser: Clear", key="predict_clear"):
        st.session_state["predict_canvas_version"] = st.session_state.get("predict_canvas_version", 0) + 1
    controls.caption("Undo and redo are in the canvas toolbar. The prediction updates when a stroke ends.")
    with canvas_column:
        canvas = st_canvas(
            stroke_width=stroke_width,
            stroke_color="#FFFFFF",
            background_color="#000000",  # opaque: strokes come back in the RGB channels
            height=CANVAS_SIZE,
            width=CANVAS_SIZE,
            drawing_mode="freedraw",
            return_image_data=True,
            key=f"predict_canvas_{st.session_state.get('predict_canvas_version', 0)}",
        )
        donate_slot = st.container()  # under the canvas, filled once the prediction is known
    predicted = None
    try:  # the PNG's size is checked before it is decoded: a page's script can send any PNG
        image_data = read_canvas(canvas.image_bytes if canvas is not None else None)
    except ImageInputError as error:
        image_data = None
        st.error(str(error))
    else:
        if image_data is None:
            st.info(f"Draw a {style} on the black canvas.")
        else:
            predicted = show_prediction(prepare(image_data, style), key="predict_drawn", raw=image_data)
    with donate_slot:
        version = st.session_state.get("predict_canvas_version", 0)
        if collection_views.donate_form(image_data, name, dataset.class_names, predicted, version):
            st.session_state["predict_canvas_version"] = version + 1  # a fresh canvas for the next drawing
            st.rerun()

with upload_tab:
    upload = st.file_uploader("A photo or scan (PNG or JPEG)", type=["png", "jpg", "jpeg"], key="predict_upload")
    if upload is not None:
        try:
            prepared = prepare_upload(upload.getvalue(), style)  # remembered: other widgets rerun the page
        except ImageInputError as error:
            st.error(str(error))
        else:
            show_prediction(prepared, key="predict_uploaded")  # the naive-resize switch is for drawings

with samples_tab:
    count = st.slider("Samples", 1, 12, 6, key="predict_sample_count")
    if st.button(":material/casino: New samples", key="predict_new_samples"):
        st.session_state["predict_sample_seed"] = int(np.random.default_rng().integers(1 << 31))
    rng = np.random.default_rng(st.session_state.get("predict_sample_seed", 0))
    indices = rng.choice(len(dataset.test_images), size=count, replace=False)
    columns = st.columns(3)
    for position, index in enumerate(indices):
        image, actual = dataset.test_images[index], dataset.class_names[dataset.test_labels[index]]
        predicted = dataset.class_names[predictor.predict(image / 255.0).predicted]
        columns[position % 3].image(
            labelled_sample(image, predicted, predicted == actual),
            caption=f"Predicted: {predicted}, Actual: {actual}",
        )
