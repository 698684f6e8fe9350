"""Train: configure a LeNet, train it in the background, watch it learn, keep the result."""

import streamlit as st

from app_pages import export_views, insight_views
from app_pages.common import (
    architecture_fields,
    current_dataset_name,
    current_student,
    download_weights_button,
    is_teacher,
    plain,
    shared_dataset,
)
from app_pages.finetune_views import fine_tune_form
from lenet_core.base import i18n
from lenet_core.base.i18n import N_, _, ngettext, shown_class_names
from lenet_core.charts.images import enlarge
from lenet_core.charts.training import history_figure, overfitting_start
from lenet_core.classroom.drawings import Collection
from lenet_core.classroom.limits import check_training, load_limits
from lenet_core.classroom.students import Student
from lenet_core.data.datasets import dataset_title
from lenet_core.data.strokes import STYLES
from lenet_core.jobs import requests
from lenet_core.jobs.executor import WORKER_LOST
from lenet_core.jobs.kinds import KINDS
from lenet_core.jobs.manager import JobManager, get_manager
from lenet_core.jobs.records import (
    FAILED,
    FINE_TUNE,
    INTERRUPTED,
    INTERRUPTED_MESSAGE,
    QUEUED,
    RUNNING,
    STATE_TITLES,
    STOPPED,
    TRAIN,
    Job,
)
from lenet_core.network.config import (
    DEFAULT_STYLES,
    OPTIMIZERS,
    PRESETS,
    STYLE_KINDS,
    TrainingConfig,
    config_from_choices,
    preset_config,
)
from lenet_core.store.models import open_store
from lenet_core.store.records import StoreError

REFRESH_SECONDS = 2.0  # "every second or two"; each refresh costs the browser a chart redraw
MODES = {"new": N_("Train a new model"), "fine-tune": N_("Fine-tune a stored model on the class drawings")}
PRESET_TITLES = {"book": N_("The book's recipe (SGD 0.01, batch 128)"), "fast": N_("Fast (Adam one-cycle)")}

name = current_dataset_name()
manager = get_manager()
student = current_student()
me, teacher = student.token, is_teacher()
st.title(_("Train LeNet on {dataset}").format(dataset=dataset_title(name)))


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "…"
    minutes, seconds = divmod(int(seconds), 60)
    if minutes:
        return _("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{seconds:02d}")
    return _("{seconds} s").format(seconds=seconds)


def note(job: Job) -> str | None:
    """A job's error as the page shows it: the server's own constant messages translated, the
    rest (exceptions, paths) as written."""
    return _(job.error) if job.error in (INTERRUPTED_MESSAGE, WORKER_LOST) else job.error


def config_form(name: str) -> tuple[TrainingConfig | None, str]:
    preset = st.radio(
        _("Recipe"), tuple(PRESETS), format_func=lambda key: _(PRESET_TITLES[key]), horizontal=True, key="train_preset"
    )
    defaults = preset_config(preset, name)
    suffix = f"{preset}_{name}"  # new defaults when the recipe or data set changes
    left, middle, right = st.columns(3)
    epochs = left.number_input(_("Epochs"), 1, 500, defaults.epochs, key=f"train_epochs_{suffix}")
    batch_sizes = (32, 64, 128, 256, 512, 1024)
    batch_size = middle.selectbox(
        _("Batch size"), batch_sizes, batch_sizes.index(defaults.batch_size), key=f"train_batch_{suffix}"
    )
    optimizer = right.selectbox(
        _("Optimizer"), OPTIMIZERS, OPTIMIZERS.index(defaults.optimizer), key=f"train_optimizer_{suffix}"
    )
    learning_rate = left.number_input(
        _("Learning rate"), 0.00001, 1.0, defaults.learning_rate, format="%.5f", key=f"train_lr_{suffix}"
    )
    if st.session_state.get("train_subset_for") != suffix:  # the recipe's own subset when it changes
        st.session_state["train_subset_for"] = suffix
        st.session_state["train_subset"] = defaults.limit or 0
    subset = middle.number_input(
        _("Training images (0 = all 60,000)"), 0, 60000, step=500, key="train_subset",
        help=_("A few thousand images train in seconds: handy for a class demo. The fast recipe reads "
        "24,000 MNIST images once, with label smoothing 0.1: 99% in under half the book's epoch."),
    )  # fmt: skip
    augment = right.checkbox(_("Augment (shifts, scales, rotations, thickness)"), key="train_augment")
    early_stopping = right.checkbox(
        _("Stop early when overfitting; keep the best weights"), key="train_early_stopping",
        help=_("Stops once validation loss has risen for two epochs, and keeps the best epoch's weights."),
    )  # fmt: skip
    with_styles = False
    if name == "mnist":
        with_styles = right.checkbox(
            _("Add digits in the writing styles MNIST lacks"), key="train_styles",
            help=_("{count} rendered digits ({styles}), as much of the world writes them; the shipped default "
            "learned from them too.").format(
                count=i18n.number(len(STYLES) * DEFAULT_STYLES), styles=", ".join(_(style) for style in STYLES)
            ),
        )  # fmt: skip
    with st.expander(_("Architecture (the book's closing experiments)")):
        filters_text, units_text = architecture_fields("train")
    model_name = st.text_input(_("Model name"), f"{name} {preset}", max_chars=60, key=f"train_model_name_{suffix}")
    try:
        config = config_from_choices(
            preset, name, epochs=epochs, batch_size=batch_size, optimizer=optimizer, learning_rate=learning_rate,
            subset=subset, augment=augment, early_stopping=early_stopping, with_styles=with_styles,
            filters_text=filters_text, units_text=units_text,
        )  # fmt: skip
    except ValueError as error:
        st.error(str(error))
        return None, model_name
    architecture = config.architecture
    st.caption(
        _("{architecture} — **{count} parameters**").format(
            architecture=architecture.describe(), count=i18n.number(architecture.parameter_count())
        )
    )
    try:
        check_training(config, load_limits())
    except ValueError as error:  # a class limit: say which, and what to change, before Start
        st.error(str(error), icon=":material/block:")
        return None, model_name
    return config, model_name


def start_job(manager: JobManager, student: Student, config: TrainingConfig, model_name: str) -> None:
    try:
        manager.submit(config, model_name, owner=student.token, owner_name=student.name, device=student.device)
    except (StoreError, ValueError) as error:  # a bad name, or a class limit (LimitError)
        st.session_state["train_error"] = str(error)


def start_fine_tuning(manager: JobManager, student: Student, settings: dict, model_name: str) -> None:
    """Start's callback, with the model id and settings shown when the student pressed it."""
    try:  # reads the model's weights and the class drawings now
        config, payload = requests.fine_tune_request(open_store(), collection=Collection(), **settings)
        manager.submit(
            config, model_name, owner=student.token, owner_name=student.name, fine_tune=payload, device=student.device
        )
    except (StoreError, ValueError) as error:  # FineTuneError (e.g. the model was deleted), a class limit
        st.session_state["train_error"] = str(error)


def render_progress(manager: JobManager, job: Job) -> None:
    if job.state == QUEUED:
        slots = manager.slots()
        st.info(
            ngettext(
                "Waiting in the queue: position {position}. One job trains at a time on {where}; students take turns.",
                "Waiting in the queue: position {position}. {count} jobs train at a time on {where}; "
                "students take turns.",
                slots,
            ).format(position=job.queue_position, count=slots, where=manager.executor.where)
        )
        return
    if not job.batches:  # started, before its first batch
        st.progress(0.0, text=getting_ready(job))
        return
    label = _("Epoch {epoch}/{epochs} · batch {batch}/{batches} · {speed} images/s · {left} left").format(
        epoch=max(job.epoch, 1),
        epochs=job.config.epochs,
        batch=job.batch,
        batches=job.batches,
        speed=i18n.number(job.images_per_second, 0),
        left=format_seconds(job.eta_seconds),
    )
    st.progress(job.fraction_done, text=label)
    # A static plot redraws far cheaper than an interactive one while it changes every refresh.
    st.plotly_chart(history_figure(job.history, job.live_points), key="train_live_chart", config={"staticPlot": True})
    warn_overfitting(job.history)


def getting_ready(job: Job) -> str:
    """What a started job does before its first batch, which can take a while on a busy worker."""
    if job.kind == FINE_TUNE:
        return _("Getting ready: scoring the starting model on the test set and the held-out class drawings…")
    styles = ""
    if job.config.styles:
        styles = _(", rendering {count} styled digits").format(count=i18n.number(job.config.styles * STYLE_KINDS))
    return _("Getting ready: loading {dataset}{styles} and building the model…").format(
        dataset=dataset_title(job.config.dataset), styles=styles
    )


def warn_overfitting(history: dict) -> None:
    epoch = overfitting_start(history)
    if epoch is not None:
        st.warning(
            _(
                "Overfitting: after epoch {epoch} the validation loss rose for two epochs while the training "
                "loss kept falling. More epochs now fit the training images, not digits in general. "
                "Try fewer epochs, augmentation, or 'stop early'."
            ).format(epoch=epoch)
        )


@st.fragment(run_every=REFRESH_SECONDS)
def live_job(manager: JobManager, me: str, teacher: bool, job_id: str) -> None:
    """A running job's progress, redrawn every REFRESH_SECONDS; `me` is the student's token."""
    job = manager.get(job_id)
    if job is None or not job.active:
        st.rerun(scope="app")  # show the finished results and stop polling
    doing = _("Fine-tuning “{name}”{by}") if job.kind == FINE_TUNE else _("Training “{name}”{by}")
    st.subheader(doing.format(name=plain(job.name), by=by(job, me)))
    render_progress(manager, job)
    if job.owner == me or teacher:
        st.button(":material/stop: " + _("Stop"), key="train_stop", on_click=manager.stop, args=(job_id, me, teacher))


def by(job: Job, me: str) -> str:
    """ " by <name>" for a job that is not `me`'s, as inert Markdown."""
    if job.owner == me:
        return ""
    return _(" by {name}").format(name=plain(job.owner_name)) if job.owner_name else _(" by a classmate")


def render_result(manager: JobManager, job: Job) -> None:
    st.subheader(_("“{name}”: {state}").format(name=plain(job.name), state=_(STATE_TITLES.get(job.state, job.state))))
    if job.state == FAILED:
        st.error(_("Training failed: {error}").format(error=plain(note(job))))  # may quote paths and names
        weights = manager.unsaved_weights(job.job_id)
        if weights is not None:
            st.download_button(
                ":material/download: " + _("Download the unsaved weights (.weights.h5)"),
                data=weights,
                file_name=f"{job.job_id}.weights.h5",
                mime="application/x-hdf5",
                key="train_unsaved_download",
            )
        return
    if job.error:  # interrupted by a server restart
        st.warning(plain(note(job)))
    if job.model_id is None:
        st.info(_("This job ended before any model was saved."))
        return
    record = open_store().get(job.model_id)
    if record is None or not record.usable:
        st.error(_("The saved model is missing or damaged; see the Models page."))
        return
    dataset = shared_dataset(record.dataset)
    epochs_run = len(record.history.get("loss", []))
    stopped = _(" (stopped early)") if job.state == STOPPED else ""
    cols = st.columns(4)
    cols[0].metric(_("Test accuracy"), f"{record.test_accuracy * 100:.2f}%")
    cols[1].metric(_("Epochs run"), f"{epochs_run}{stopped}")
    cols[2].metric(_("Training time"), format_seconds(record.metadata.get("training_seconds")))
    cols[3].metric(_("Images per second"), f"{record.metadata.get('images_per_second', 0):,.0f}")
    if record.metadata.get("best_epoch"):
        st.info(_("Early stopping kept the weights of epoch {epoch}.").format(epoch=record.metadata["best_epoch"]))
    insight_views.model_report(record, dataset, key="train", after_history=warn_overfitting)
    mistakes = (record.metadata.get("evaluation") or {}).get("top_mistakes", [])[:12]
    if mistakes:
        st.markdown(_("**Most confident mistakes** (test images)"))
        class_names = shown_class_names(dataset.class_names)
        for cell, (index, predicted, confidence) in zip(st.columns(6) + st.columns(6), mistakes, strict=False):
            cell.image(
                enlarge(dataset.test_images[index], 3),
                caption=_("predicted {predicted} ({confidence}), actual {actual}").format(
                    predicted=class_names[predicted],
                    confidence=i18n.percent(confidence, 0),
                    actual=class_names[dataset.test_labels[index]],
                ),
            )
    st.success(_("Saved to the model store as “{name}”. Try it on the Predict page.").format(name=plain(record.name)))
    download_weights_button(record, key="train_download")
    export_views.take_home(record, key="train")


mode = st.radio(
    _("What to train"), tuple(MODES), format_func=lambda key: _(MODES[key]), horizontal=True, key="train_mode"
)
if mode == "new":
    config, model_name = config_form(name)
    if st.button(
        ":material/play_arrow: " + _("Start training"), type="primary", disabled=config is None, key="train_start"
    ):
        start_job(manager, student, config, model_name)
        st.rerun()
else:
    settings, model_name = fine_tune_form(name)
    st.button(
        ":material/tune: " + _("Start fine-tuning"),
        type="primary",
        disabled=settings is None,
        key="finetune_start",
        on_click=start_fine_tuning,
        args=(manager, student, settings, model_name),
    )
if st.session_state.get("train_error"):
    st.error(plain(st.session_state.pop("train_error")))

if manager.cluster_problem:
    st.error(
        _("Training is unavailable right now: {problem}").format(problem=plain(manager.cluster_problem)),
        icon=":material/cloud_off:",
    )
all_jobs = manager.list()
# Newest first; survives a reload.
mine = [job for job in all_jobs if job.owner == me and job.kind in (TRAIN, FINE_TUNE)]
my_job = next((job for job in mine if job.active), mine[0] if mine else None)
others = [job for job in all_jobs if job.active and job.owner != me]
if my_job is not None and my_job.active:
    live_job(manager, me, teacher, my_job.job_id)
elif my_job is not None:
    render_result(manager, my_job)
finished = [job for job in all_jobs if not job.active][:10]
for job in finished:
    if job.state == INTERRUPTED:
        st.warning(
            _("Job “{name}” was interrupted: {error}").format(name=plain(job.name), error=plain(note(job))),
            icon=":material/restart_alt:",
        )
if finished:
    with st.expander(_("Recent jobs on this server ({count})").format(count=len(finished))):
        st.dataframe(  # not st.table: its cells render Markdown, and names are typed by students
            [
                {
                    _("name"): job.name,
                    _("kind"): _(KINDS[job.kind].title) if job.kind in KINDS else job.kind,
                    _("by"): job.owner_name,
                    _("data set"): dataset_title(job.config.dataset),
                    _("state"): _(STATE_TITLES.get(job.state, job.state)),
                    _("test accuracy (%)"): round(job.test_accuracy * 100, 2) if job.test_accuracy else None,
                    _("note"): note(job) or "",
                }
                for job in finished
            ],
            hide_index=True,
        )
if others:
    st.divider()
    st.subheader(_("Classmates' jobs on this server"))
    if my_job is None or not my_job.active:
        live_job(manager, me, teacher, others[0].job_id)  # watch a running job even if it is not yours
    for job in others[1:] if my_job is None or not my_job.active else others:
        if job.state == RUNNING:
            where = _("training")
        else:
            where = _("queued, position {position}").format(position=job.queue_position)
        text, stop = st.columns([5, 1]) if teacher else (st.container(), None)
        text.text(
            _("{name} · by {owner} · {dataset} · {where}").format(
                name=job.name,
                owner=job.owner_name or _("a classmate"),
                dataset=job.config.dataset,
                where=where,
            )
        )
        if stop is not None:
            stop.button(_("Stop"), key=f"train_stop_{job.job_id}", on_click=manager.stop, args=(job.job_id, me, True))
