"""Models: the classmates' leaderboard, run comparison, one model in detail, bring your own weights."""

import time

import streamlit as st

from app_pages import export_views, insight_views
from app_pages.common import (
    architecture_fields,
    current_dataset_name,
    current_student,
    download_weights_button,
    is_teacher,
    model_picker,
    plain,
    shared_dataset,
)
from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.charts.training import comparison_figure
from lenet_core.classroom.drawing_scores import CLASS_SCORES
from lenet_core.classroom.leaderboard import COLUMNS, column_label, leaderboard_rows
from lenet_core.classroom.students import StudentRegistry
from lenet_core.classroom.uploads import check_upload, scoring_config
from lenet_core.data.datasets import dataset_title
from lenet_core.jobs.manager import JobManager, get_manager
from lenet_core.jobs.records import FAILED, FINISHED, INTERRUPTED, QUEUED, SCORE, STOPPED
from lenet_core.network.architecture import Architecture
from lenet_core.store.models import open_store
from lenet_core.store.records import StoreError

RECENT_SECONDS = 600  # how long the outcome of one's last upload stays on the page

name = current_dataset_name()
store = open_store()
manager = get_manager()
student = current_student()
teacher = is_teacher()
st.title(_("Models: {dataset}").format(dataset=dataset_title(name)))

records = store.list()
usable = {record.model_id: record for record in records if record.usable and record.dataset == name}
shipped = [model_id for model_id, record in usable.items() if record.is_shipped]  # the only preselections
class_scores = CLASS_SCORES.scores(list(usable.values()), name)  # computed in the background
rows = leaderboard_rows(records, name, StudentRegistry().names(), class_scores)
st.subheader(_("Leaderboard"))
if rows:
    # The rows' keys stay English (the data); the headers are shown in the page's language.
    percent_columns = ("test accuracy (%)", "class drawings (%)")
    st.dataframe(
        rows,
        column_order=COLUMNS,
        hide_index=True,
        key="models_leaderboard",
        column_config={
            column: st.column_config.NumberColumn(column_label(column), format="%.2f")
            if column in percent_columns
            else st.column_config.Column(column_label(column))
            for column in COLUMNS
        },
    )
    held_out = CLASS_SCORES.held_out(name)
    if held_out:
        caption = _("Class drawings: accuracy on the {count} held-out drawings of the class collection.").format(
            count=held_out
        )
        if None in class_scores.values():
            caption += " " + _("Blank: still being computed, or no score; reload in a moment.")
        st.caption(caption)
    else:
        st.caption(_("Class drawings: no held-out drawings yet. Donate some under the Predict page's canvas."))
else:
    st.info(_("No models for this data set yet: train one on the Train page or upload weights below."))
broken = [record for record in records if not record.usable]
for record in broken:
    st.warning(
        _("Model folder {id} is unusable: {problem}").format(id=plain(record.model_id), problem=plain(record.problem)),
        icon=":material/warning:",
    )

st.subheader(_("Compare runs"))
chosen = st.multiselect(
    _("Models to compare"),
    list(usable),
    default=shipped[:1],
    format_func=lambda model_id: usable[model_id].label(),
    key=f"models_compare_{name}",
)
if chosen:
    st.plotly_chart(comparison_figure([usable[model_id] for model_id in chosen]), key="models_comparison")

st.subheader(_("One model in detail"))
detail_id = model_picker(usable, _("Model"), key=f"models_detail_{name}")
if detail_id is not None:
    record = usable[detail_id]
    dataset = shared_dataset(name)
    architecture = record.architecture
    st.markdown(
        _("**{name}** · {architecture} · {count} parameters").format(
            name=plain(record.name),
            architecture=plain(architecture.describe()),
            count=i18n.number(architecture.parameter_count()),
        )
    )
    if record.metadata.get("command"):
        st.code(record.metadata["command"], language="bash")
    insight_views.model_report(record, dataset, key="models")
    download_weights_button(record, key="models_download")
    export_views.take_home(record, key="models")
    if store.may_delete(record, student.token, teacher):
        own = record.owner == student.token
        delete_label = _("Delete this model") if own else _("Delete this model (teacher)")
        if st.button(":material/delete: " + delete_label, key="models_delete"):
            try:
                store.delete(record.model_id, owner=student.token, teacher=teacher)
            except StoreError as error:
                st.error(str(error))
            else:
                st.rerun()
    elif record.is_shipped:
        st.caption(_("A shipped model: only the server's owner can remove it, with the command line."))
    else:
        st.caption(_("Only the student who created a model, or the teacher, can delete it."))

st.subheader(_("Bring your own weights"))
with st.form("models_upload_form", clear_on_submit=False):
    upload = st.file_uploader(
        _("Weights file (.weights.h5, or the book's legacy .hdf5)"), type=["h5", "hdf5"], key="models_upload"
    )
    filters_text, units_text = architecture_fields("models")
    upload_name = st.text_input(_("Name"), _("my uploaded LeNet"), max_chars=60, key="models_upload_name")
    submitted = st.form_submit_button(_("Check and score on the test set"))
if submitted:
    if upload is None:
        st.error(_("Choose a weights file first."))
    else:
        try:
            architecture = Architecture.from_text(filters_text, units_text)
            data = upload.getvalue()
            check_upload(data, architecture)  # at once, before anything is built or queued
            manager.submit(
                scoring_config(name, architecture),
                upload_name,
                student.token,
                student.name,
                weights=data,
                device=student.device,
            )
        except (ValueError, StoreError) as error:  # WeightsError and LimitError are ValueErrors
            st.error(_("Not added: {error}").format(error=plain(str(error))))  # may quote names from inside the file


@st.fragment(run_every=2.0)
def upload_in_progress(manager: JobManager, me: str, job_id: str) -> None:
    job = manager.get(job_id)
    if job is None or not job.active:
        st.rerun(scope="app")  # the result, and the leaderboard with the new model
    if job.state == QUEUED:
        where = _("“{name}”: position {position} in the queue, on the 10,000 test images.")
    else:
        where = _("“{name}”: being scored now, on the 10,000 test images.")
    st.info(where.format(name=plain(job.name), position=job.queue_position), icon=":material/hourglass_top:")
    st.button(_("Cancel"), key="models_upload_stop", on_click=manager.stop, args=(job_id, me))


uploads = [job for job in manager.list() if job.owner == student.token and job.kind == SCORE]
if uploads and uploads[0].active:
    upload_in_progress(manager, student.token, uploads[0].job_id)
elif uploads and time.time() - (uploads[0].finished_at or 0) < RECENT_SECONDS:
    job = uploads[0]
    if job.state == FINISHED:
        st.success(
            _("Added “{name}”: {accuracy} test accuracy.").format(
                name=plain(job.name), accuracy=i18n.percent(job.test_accuracy, 2)
            )
        )
    elif job.state == FAILED:
        st.error(_("Not added: {error}").format(error=plain(job.error)))
    elif job.state == STOPPED:
        st.info(_("“{name}” was not added: stopped.").format(name=plain(job.name)))
    elif job.state == INTERRUPTED:
        st.info(_("“{name}” was not added: interrupted.").format(name=plain(job.name)))
    else:
        st.info(_("“{name}” was not added: {state}.").format(name=plain(job.name), state=job.state))
