"""What every page shares: the data set chosen in the sidebar, who the student is, the teacher."""

from __future__ import annotations

import hashlib
import hmac

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx, script_runner

from lenet_core.base import i18n, settings
from lenet_core.base.i18n import _
from lenet_core.base.names import MAX_DISPLAY_NAME_LENGTH
from lenet_core.classroom import students
from lenet_core.classroom.limits import LimitError, Limits, load_limits, save_limits
from lenet_core.classroom.students import Student, StudentRegistry, is_valid_token, new_token
from lenet_core.classroom.teacher import LoginError, check_teacher_password, device_key, reset_waits, teacher_password
from lenet_core.data.datasets import DATASET_NAMES, Dataset, dataset_title, load_dataset

IDENTITY_PARAMETER = "me"  # ?me=<token> in the URL: who this browser tab is
BROWSER_COOKIE, BROWSER_TOKENS = "lenet_me", 8  # the tokens this browser has been, newest last


def keep_keras_state_between_runs() -> None:
    """Stops Streamlit from calling `keras.backend.clear_session()` after every script run.

    Streamlit does that for apps that build a model inside the script. Here no script run builds
    one: models train on Dask workers and predictors are cached per process. In this server the
    reset only costs: it holds the GIL for about 0.2 s (a full garbage collection; 189 ms median
    measured with the default model loaded) and empties TensorFlow's caches, so the next
    prediction took 22 ms instead of 2 ms. That is every stroke on the Predict page, for everyone.
    `_clean_problem_modules` is Streamlit's private hook; tests/test_pages.py checks it is replaced.
    """
    if hasattr(script_runner, "_clean_problem_modules"):
        script_runner._clean_problem_modules = _no_cleanup


def _no_cleanup() -> None:
    """What Streamlit's post-run hook does for this app: nothing (it uses neither Keras in the
    script nor matplotlib)."""


def _session_language() -> str | None:
    """The language of the session whose script is running (None outside one: English)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return None
    return st.session_state.get("language")


i18n.set_source(_session_language)


def choose_language() -> str:
    """This session's language, settled before anything is shown; called by the entry file on
    every run. The student's saved choice (with their name, by the ?me= token), else the browser's
    language (`st.context.locale`: zh-* gets Chinese). The sidebar's switch changes it."""
    state = st.session_state
    if "language_choice" not in state:
        token = state.get("student_token") or st.query_params.get(IDENTITY_PARAMETER)
        saved = StudentRegistry().language_of(token) if is_valid_token(token) else None
        state["language_choice"] = saved or i18n.language_for(st.context.locale)
    state["language"] = state["language_choice"]
    return state["language"]


def language_switch() -> None:
    """The sidebar's language switch; the choice is kept with the student's name (it survives a reload)."""
    st.sidebar.segmented_control(
        _("Language / 语言"),  # in both: whoever cannot read this one finds their own
        list(i18n.LANGUAGES),
        format_func=i18n.LANGUAGES.__getitem__,
        key="language_choice",
        on_change=_save_language,
        label_visibility="collapsed",
    )


def _save_language() -> None:
    state = st.session_state
    if state.get("language_choice") is None:  # a segmented control can be clicked off: keep the language
        state["language_choice"] = state.get("language", i18n.DEFAULT)
    token = state.get("student_token")
    if is_valid_token(token):
        StudentRegistry().set_language(token, state["language_choice"])


def choose_dataset() -> str:
    """The sidebar's data set picker, shared by all pages (its key survives page switches)."""
    return st.sidebar.selectbox(_("Data set"), DATASET_NAMES, format_func=dataset_title, key="dataset")


def current_dataset_name() -> str:
    return st.session_state.get("dataset", DATASET_NAMES[0])


_shown_loaded: set[str] = set()  # the data sets this process has loaded: no spinner for them


def shared_dataset(name: str) -> Dataset:
    """One copy per server process, shared by every session (arrays are read-only).

    The spinner is shown here, not by `st.cache_resource(show_spinner=...)`: its text is fixed when
    the module is imported, before any session's language is known."""
    if name in _shown_loaded:
        return _cached_dataset(name)
    with st.spinner(_("Loading the data set…")):
        dataset = _cached_dataset(name)
    _shown_loaded.add(name)
    return dataset


@st.cache_resource(show_spinner=False)
def _cached_dataset(name: str) -> Dataset:
    return load_dataset(name)


def identify() -> str:
    """This student's token, kept in the URL's query parameters; called by the entry file on every run.

    Why the URL and not a cookie: Streamlit can read cookies but not set them without a custom
    component, while `st.query_params` is both. The token survives a reload, and a bookmark or the
    browser's restored tabs bring it back after a restart. Page switches drop the query string, so
    the token is also kept in the session and written back into the URL on the next run.
    """
    in_url = st.query_params.get(IDENTITY_PARAMETER)
    if "student_token" not in st.session_state and is_valid_token(in_url):
        _ask_when_the_link_is_someone_elses(in_url)  # stops the run until answered
    token = in_url if is_valid_token(in_url) else st.session_state.get("student_token")
    if not is_valid_token(token):
        token = new_token()
    _admit(token)  # stops the run when this device has started too many identities
    st.session_state["student_token"] = token
    if in_url != token:
        st.query_params[IDENTITY_PARAMETER] = token
    _remember_in_this_browser(token)
    return token


def client_address() -> str | None:
    """The address of this tab's browser, as the server's socket sees it (None on the server machine)."""
    return st.context.ip_address


def _admit(token: str) -> None:
    """Counts `token` against this device's new identities once per session; over the class limit,
    says so (with the way back to the browser's own identity) and stops the run."""
    if st.session_state.get("identity_admitted") == token:
        return
    try:
        students.IDENTITIES.admit(  # through the module: a test can give it a fresh limiter
            device_key(client_address(), token),
            token,
            load_limits().max_new_identities_per_device,
            known=lambda candidate: bool(StudentRegistry().name_of(candidate)),
        )
    except LimitError as error:
        st.title(_("Too many new identities from this device"))
        st.error(str(error), icon=":material/person_off:")
        known = [other for other in browser_tokens() if other != token]
        if known and st.button(_("Continue as myself"), type="primary", key="identity_continue_as_myself"):
            st.session_state["student_token"] = known[-1]
            st.query_params[IDENTITY_PARAMETER] = known[-1]
            st.rerun()
        st.stop()
    st.session_state["identity_admitted"] = token


def browser_tokens() -> list[str]:
    """The tokens this browser has been, from its cookie (sent with the page's first request)."""
    text = st.context.cookies.get(BROWSER_COOKIE)
    text = text if isinstance(text, str) else ""
    return [token for token in text.split(".") if is_valid_token(token)][-BROWSER_TOKENS:]


def _remember_in_this_browser(token: str) -> None:
    """Adds `token` to this browser's cookie, so that its own links are recognised after a reload
    or a restart. Streamlit reads cookies but cannot set them: a line of script does, once."""
    known = browser_tokens()
    if token in known:  # the cookie this session started with already holds it
        return
    # Rendered on every run of this session (the same element: its script runs once), so a first
    # run cut short by a rerun still delivers it.
    value = ".".join([*[other for other in known if other != token], token][-BROWSER_TOKENS:])  # [A-Za-z0-9_-.]
    st.sidebar.html(  # the sidebar: an empty element there leaves no gap above the page's title
        f"<script>document.cookie = '{BROWSER_COOKIE}={value}; path=/; max-age=31536000; samesite=strict';</script>",
        unsafe_allow_javascript=True,
    )


def _ask_when_the_link_is_someone_elses(in_url: str) -> None:
    """A link that carries an identity this browser has never been (a classmate shared "the app's
    link" with her own ?me= in it) is asked about before anything is done in that name.

    A browser that has no identity of its own yet (no cookie: its first visit) is not asked: it
    cannot be told apart from the owner's own bookmark in a fresh browser."""
    known = browser_tokens()
    if in_url in known or not known:
        return
    owner = StudentRegistry().name_of(in_url)
    whose = f"“{owner}”" if owner else _("another student")
    st.title(_("Whose link is this?"))
    st.warning(
        _(
            "This link carries the identity of {whose}: whoever opens it acts in that name (their models, "
            "drawings and name). Someone probably shared their own address instead of the class's. "
            "Share the address without ?me=… with classmates."
        ).format(whose=whose),
        icon=":material/person_alert:",
    )
    mine, theirs = st.columns(2)
    if mine.button(_("Start as myself"), type="primary", key="adopt_start_as_myself"):
        st.session_state["student_token"] = known[-1] if known else new_token()
        st.query_params[IDENTITY_PARAMETER] = st.session_state["student_token"]
        st.rerun()
    again = _("Continue as {name}").format(name=owner) if owner else _("Continue with this link")
    if theirs.button(again, key="adopt_continue"):
        st.session_state["student_token"] = in_url
        st.rerun()
    st.stop()


def session_id() -> str:
    """The student's token from this session (or the URL): who may stop a job or delete a model."""
    token = st.session_state.get("student_token")
    return token if is_valid_token(token) else identify()


def current_student() -> Student:
    """Who is using this tab: the token from the URL and the display name they gave ("" if none yet)."""
    token = session_id()
    return Student(token=token, name=StudentRegistry().name_of(token), device=device_key(client_address(), token))


def configured_teacher_password() -> str | None:
    """`LENET_TEACHER_PASSWORD`, else `teacher_password` in .streamlit/secrets.toml; None: no teacher."""
    if settings.teacher_password():
        return teacher_password()
    try:
        secret = st.secrets.get("teacher_password")
    except (FileNotFoundError, KeyError):  # no secrets file at all is the usual case
        secret = None
    return teacher_password(secret if isinstance(secret, str) else None)


def _password_digest(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()


def is_teacher() -> bool:
    """Whether this tab logged in as the teacher, with the password still configured now.

    Kept in the session, not with the URL's token: the teacher's screen is often projected, and
    a copied URL must not carry the teacher's rights. After a reload the teacher logs in again.
    """
    configured = configured_teacher_password()
    granted = st.session_state.get("teacher_digest")
    return configured is not None and granted is not None and hmac.compare_digest(granted, _password_digest(configured))


def _save_name() -> None:
    try:
        st.session_state["student_name"] = StudentRegistry().set_name(session_id(), st.session_state["student_name"])
    except (ValueError, OSError) as error:
        st.session_state["student_name_error"] = str(error)


def class_sidebar() -> Student:
    """The sidebar's "Your name" and, when a teacher password is configured, the teacher's login."""
    identify()
    student = current_student()
    if "student_name" not in st.session_state:
        st.session_state["student_name"] = student.name
    st.sidebar.text_input(
        _("Your name"),
        key="student_name",
        max_chars=MAX_DISPLAY_NAME_LENGTH,
        placeholder=_("Type your name once"),
        on_change=_save_name,
        help=_(
            "Classmates see it next to your models and jobs. This page's address (with ?me=...) is "
            "who you are: bookmark it to come back, and do not share it."
        ),
    )
    if st.session_state.get("student_name_error"):
        st.sidebar.error(st.session_state.pop("student_name_error"))
    elif not student.name:
        st.sidebar.caption(_("Give your name so classmates know who trained what."))
    teacher_sidebar(student)
    return student


def teacher_sidebar(student: Student) -> None:
    configured = configured_teacher_password()
    if configured is None:
        return  # no password, no teacher controls: the CLI stays the server owner's tool
    if is_teacher():
        st.sidebar.success(_("Teacher controls are on"), icon=":material/school:")
        limits_editor()
        if st.sidebar.button(
            ":material/timer_off: " + _("Reset waiting times"),
            key="teacher_reset_waits",
            help=_("Forgets every device's wrong passwords and every student's recent drawings and quiz answers."),
        ):
            reset_waits()
            st.sidebar.success(_("Waiting times reset for everyone."))
        if st.sidebar.button(":material/logout: " + _("Log out as teacher"), key="teacher_logout"):
            st.session_state.pop("teacher_digest", None)
            st.rerun()
        return
    with st.sidebar.expander(_("Teacher")), st.form("teacher_login", clear_on_submit=True, border=False):
        typed = st.text_input(_("Teacher password"), type="password", key="teacher_password")
        submitted = st.form_submit_button(_("Log in"))
    if submitted:
        try:
            check_teacher_password(typed, configured, identity=student.device)
        except LoginError as error:
            st.sidebar.error(str(error))  # outside the expander: seen even when it folds
        else:
            st.session_state["teacher_digest"] = _password_digest(configured)
            st.rerun()


def limits_editor() -> None:
    """The teacher's class limits, saved for the whole server."""
    limits = load_limits()
    with st.sidebar.expander(_("Class limits")), st.form("teacher_limits", border=False):
        values = {
            field: st.number_input(
                _(Limits.TITLES[field]), lowest, highest, getattr(limits, field), key=f"limit_{field}"
            )
            for field, (lowest, highest) in Limits.BOUNDS.items()
        }
        submitted = st.form_submit_button(_("Save limits"))
    if submitted:
        try:
            save_limits(Limits(**{field: int(value) for field, value in values.items()}))
        except (ValueError, OSError) as error:
            st.sidebar.error(_("Limits not saved: {error}").format(error=error))
        else:
            st.sidebar.success(_("Limits saved; they apply to every new job."))


def percent(value: float | None, digits: int = 1) -> str:
    """A fraction as a percentage for a metric, or "n/a" (in the current language)."""
    # Not i18n.percent: babel rounds the decimal text (0.545 -> "54%"), this the float (0.545 -> "55%").
    # Both languages write a percentage the same way.
    return _("n/a") if value is None else f"{value * 100:.{digits}f}%"


def plain(text: str) -> str:
    """User-typed text made inert for st.markdown: every markdown/HTML character backslash-escaped."""
    return "".join(f"\\{ch}" if ch in "\\`*_{}[]()<>#+-.!|~$&:" else ch for ch in str(text))


def architecture_fields(key_prefix: str) -> tuple[str, str]:
    """Text fields for the conv filters and dense units of a LeNet (parse with Architecture.from_text)."""
    left, right = st.columns(2)
    filters = left.text_input(_("Conv filters per block"), "20, 50", key=f"{key_prefix}_filters")
    units = right.text_input(_("Hidden dense units"), "500", key=f"{key_prefix}_units")
    return filters, units


def download_weights_button(record, key: str) -> None:
    st.download_button(
        ":material/download: " + _("Download weights (.weights.h5)"),
        data=record.weights_path.read_bytes,  # read on click, not on every rerun
        file_name=f"{record.model_id}.weights.h5",
        mime="application/x-hdf5",
        key=key,
    )


def model_picker(records: dict, label: str, key: str, preselect_shipped: bool = True, help: str | None = None):
    """The model select box of the Predict, Models and fine-tuning views: `records` (model id ->
    usable ModelRecord) labelled as the store labels them. The shipped model is preselected, never
    a student's (nothing is, where none is shipped). Returns the chosen id, or None."""
    ids = list(records)
    shipped = [model_id for model_id in ids if records[model_id].is_shipped]
    return st.selectbox(
        label,
        ids,
        index=ids.index(shipped[0]) if shipped and preselect_shipped else None,
        format_func=lambda model_id: records[model_id].label(),
        placeholder=_("Choose a model"),
        key=key,
        help=help,
    )
