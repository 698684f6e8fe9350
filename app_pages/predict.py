"""Predict: draw, upload or photograph a digit or garment, see what the model thinks, and look inside it."""

import dataclasses

import numpy as np
import streamlit as st
from streamlit.errors import StreamlitAPIException

from app_pages import collection_views, insight_views
from app_pages.common import current_dataset_name, model_picker, plain, shared_dataset
from app_pages.live_canvas import live_canvas, model_file, read_png, read_stroke
from lenet_core.base import i18n
from lenet_core.base.i18n import N_, _, shown_class_names
from lenet_core.charts.images import labelled_sample
from lenet_core.charts.training import probability_figure
from lenet_core.data.datasets import Dataset, dataset_title, other_dataset
from lenet_core.data.preprocessing import ImageInputError, framing_of, prepare, prepare_upload
from lenet_core.store.models import open_store
from lenet_core.store.records import ModelRecord

name = current_dataset_name()
dataset = shared_dataset(name)
framing = framing_of(name)  # a code for prepare() and the canvas; `_(framing)` to show
names = shown_class_names(dataset.class_names)  # the class names as this page shows them
st.title(_("Predict: draw a {style}").format(style=_(framing)))

records = {record.model_id: record for record in open_store().list(name) if record.usable}
if not records:
    st.info(
        _("No {dataset} model in the store yet. Train one on the Train page first.").format(dataset=dataset_title(name))
    )
    st.stop()
model_id = model_picker(records, _("Model"), key=f"predict_model_{name}")
if model_id is None:
    st.info(_("Choose a model above to draw for."))
    st.stop()
record = records[model_id]


try:
    from lenet_core.inside.predictor import Predictor, predictor_for  # TensorFlow: only once a model is needed

    # predictor_for keeps one Predictor per model and weights version for the whole process.
    with st.spinner(_("Loading the model…")):
        predictor = predictor_for(record)
except (ValueError, OSError) as error:  # WeightsError is a ValueError
    st.error(
        _("This model cannot be loaded: {error} Pick another model; the rest of the store still works.").format(
            error=plain(str(error))
        )
    )
    st.stop()


@dataclasses.dataclass(frozen=True)
class Shown:
    """What this page predicts with, handed to each part of it: the data set, the chosen model and
    its predictor, how drawings are framed, the class names as shown."""

    name: str
    dataset: Dataset
    record: ModelRecord
    predictor: Predictor
    framing: str
    names: tuple[str, ...]


shown = Shown(name, dataset, record, predictor, framing, names)

UNLIKE = {  # where the model's guess is shown -> the warning
    "below": N_(
        "**That does not look like a {style}.** It is unlike every {style} this model learned from (far "
        "from all of them in its last hidden layer), so its guess below means little. Yet see how sure "
        'the model is: a network never says "I don\'t know" by itself.'
    ),
    "on the canvas": N_(
        "**That does not look like a {style}.** It is unlike every {style} this model learned from (far "
        "from all of them in its last hidden layer), so its guess on the canvas means little. Yet see how sure "
        'the model is: a network never says "I don\'t know" by itself.'
    ),
}


def unlike_note(shown: Shown, image: np.ndarray, where: str) -> None:
    """Says so when `image` is unlike every class the model learned (`novelty.fit_detector`); the
    model's guess stays shown `where` ("below", "on the canvas"): seeing it sure and wrong is a lesson."""
    with st.spinner(_("Learning what this model's training images look like inside it (once per model)…")):
        other = shared_dataset(other_dataset(shown.name))
        unlike = shown.predictor.explainer().unlike(image, shown.dataset, other)
    if unlike:
        st.warning(_(UNLIKE[where]).format(style=_(shown.framing)), icon=":material/help:")


def show_answer(shown: Shown, probabilities, key: str) -> None:
    """The server's answer (uploads, and drawings where the browser cannot run the model)."""
    top = np.argsort(-probabilities)[:3]
    st.markdown(
        "### "
        + _("Prediction: **{name}** ({percent})").format(
            name=plain(shown.names[top[0]]), percent=i18n.percent(probabilities[top[0]], 0)
        )
    )
    others = ", ".join(f"{shown.names[i]} ({i18n.percent(probabilities[i], 0)})" for i in top[1:])
    st.caption(_("Next best: {answers}").format(answers=others))
    st.plotly_chart(probability_figure(probabilities, shown.dataset.class_names), key=f"{key}_chart")


def rerun_fragment() -> None:
    """Reruns the Draw tab's fragment only; a full run (the page's first) reruns the page."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:  # not in a fragment rerun
        st.rerun()


@st.fragment
def draw_section(shown: Shown) -> None:
    """The canvas answers in the browser while the student draws; this fragment reruns only when a
    stroke ends (or a look-inside view opens), never the page, and does only what the browser
    cannot: the look-inside views that are open, and the donation."""
    state = st.session_state
    name, dataset, record, predictor = shown.name, shown.dataset, shown.record, shown.predictor
    version = state.get("predict_canvas_version", 0)
    file_name = model_file(record)  # None: the server answers (a model too big for a phone)
    result = live_canvas(
        record, shown.framing, dataset.class_names, file_name, key=f"predict_live_{name}_{version}",
        png_request=state.get("predict_png_request", 0),
    )  # fmt: skip
    stroke = read_stroke(result.stroke if result is not None else None, len(dataset.class_names))
    if stroke.error:
        st.error(stroke.error)
    image, probabilities, naive = stroke.image, stroke.probabilities, stroke.naive
    if image is not None and stroke.model != file_name:  # answered by the model before a switch:
        image = probabilities = naive = None  # the canvas sends its drawing again once this one runs
    if stroke.backend == "server":
        if not state.get("predict_server_said"):  # said once; the canvas's status line keeps saying it
            state["predict_server_said"] = True
            st.toast(_("This browser cannot run the model, so the server answers when a stroke ends."))
        if stroke.canvas is not None:
            prepared = prepare(stroke.canvas, shown.framing)
            if prepared.image is None:
                st.info(prepared.message)
            else:
                from lenet_core.inside.explainer import naive_input

                image, naive = prepared.image, naive_input(stroke.canvas)
                probabilities = predictor.predict(image).probabilities
                unlike_note(shown, image, "below")
                show_answer(shown, probabilities, "predict_drawn")
    elif stroke.message:
        st.caption(stroke.message)
    if image is not None and stroke.backend != "server":
        unlike_note(shown, image, "on the canvas")
    predicted = None if image is None else int(np.argmax(probabilities))
    insight_views.predict_views(record, dataset, predictor, image, probabilities, naive, shown.framing, "predict")
    label = collection_views.donate_form(name, dataset.class_names, predicted, version)
    if label is not None:
        if stroke.canvas is not None:  # the server has the drawing already
            canvas = stroke.canvas
        else:  # ask the browser for the drawing's PNG: it is sent for a donation only
            state["predict_png_request"] = state.get("predict_png_request", 0) + 1
            state["predict_png_label"] = (label, stroke.number)  # this drawing, not a later one
            rerun_fragment()
    else:
        canvas, (label, labelled) = None, state.get("predict_png_label") or (None, None)
        request = state.get("predict_png_request", 0)
        if label is not None and result is not None:
            try:
                canvas = read_png(result.png, request, labelled)
            except ImageInputError as error:
                state.pop("predict_png_label", None)
                st.error(str(error))
    if canvas is not None and label is not None:
        state.pop("predict_png_label", None)
        if collection_views.donate(canvas, label, name):
            state["predict_canvas_version"] = version + 1  # a fresh canvas for the next drawing
            rerun_fragment()


def show_photo(shown: Shown, data: bytes, key: str) -> None:
    """The answer for an uploaded or photographed image: its preparation's message or error, or
    the answer and the look-inside views (`key` namespaces their widgets)."""
    try:
        prepared = prepare_upload(data, shown.framing)  # remembered: other widgets rerun the page
    except ImageInputError as error:
        st.error(str(error))
        return
    if prepared.image is None:
        st.info(prepared.message)
        return
    chances = shown.predictor.predict(prepared.image).probabilities
    if prepared.inverted:
        st.caption(_("Dark ink on a light background was inverted to match the data set."))
    unlike_note(shown, prepared.image, "below")
    show_answer(shown, chances, key)
    insight_views.predict_views(
        shown.record, shown.dataset, shown.predictor, prepared.image, chances, None, shown.framing, key
    )


draw_tab, upload_tab, camera_tab, samples_tab = st.tabs(
    [
        ":material/draw: " + _("Draw"),
        ":material/upload: " + _("Upload"),
        ":material/photo_camera: " + _("Camera"),
        ":material/casino: " + _("Random test samples"),
    ],
    key="predict_tab",
    on_change="rerun",  # only the open tab's content runs: a drawing student's page never touches the others
)

if draw_tab.open:
    with draw_tab:
        draw_section(shown)

if upload_tab.open:
    with upload_tab:
        upload = st.file_uploader(_("A photo or scan (PNG or JPEG)"), type=["png", "jpg", "jpeg"], key="predict_upload")
        if upload is not None:
            show_photo(shown, upload.getvalue(), "predict_uploaded")

if camera_tab.open:
    with camera_tab:
        photo = st.camera_input(
            _("Photograph a {style} drawn on paper").format(style=_(framing)),
            help=_(
                "Dark pen on paper, the drawing filling a good part of the frame; shadows, uneven light and "
                "blue pen are fine. Browsers allow the camera over HTTPS or on this computer only: on plain "
                "http:// take the photo with the phone's camera and use the Upload tab."
            ),
            key="predict_camera",
        )
        if photo is not None:
            show_photo(shown, photo.getvalue(), "predict_camera")

if samples_tab.open:
    with samples_tab:
        count = st.slider(_("Samples"), 1, 12, 6, key="predict_sample_count")
        if st.button(":material/casino: " + _("New samples"), key="predict_new_samples"):
            st.session_state["predict_sample_seed"] = int(np.random.default_rng().integers(1 << 31))
        rng = np.random.default_rng(st.session_state.get("predict_sample_seed", 0))
        indices = rng.choice(len(dataset.test_images), size=count, replace=False)
        columns = st.columns(3)
        for position, index in enumerate(indices):
            image, actual = dataset.test_images[index], int(dataset.test_labels[index])
            predicted = int(predictor.predict(image / 255.0).predicted)
            columns[position % 3].image(  # the English name where the server has no Chinese font
                labelled_sample(image, names[predicted], predicted == actual, fallback=dataset.class_names[predicted]),
                caption=_("Predicted: {predicted}, Actual: {actual}").format(
                    predicted=names[predicted], actual=names[actual]
                ),
            )
