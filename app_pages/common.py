"""What every page shares: the data set chosen in the sidebar and this session's identity."""

from __future__ import annotations

import uuid

import streamlit as st
from streamlit.runtime.scriptrunner import script_runner

from lenet_core.datasets import DATASET_NAMES, DATASET_TITLES, Dataset, load_dataset


def keep_keras_state_between_runs() -> None:
    """Stops Streamlit from calling `keras.backend.clear_session()` after every script run.

    Streamlit does that for apps that build a model inside the script. Here models are built in
    the job manager's worker threads and in cached predictors, never in a script run, and the
    reset hurts them: it holds the GIL for about 0.25 s (a full garbage collection), empties
    TensorFlow's kernel cache and replaces Keras's global state for every thread, the training
    thread included. With the Train page open (a refresh every 2 s) an epoch took 50 s instead of
    25 s. `_clean_problem_modules` is Streamlit's private hook; tests/test_pages.py checks it.
    """
    if hasattr(script_runner, "_clean_problem_modules"):
        script_runner._clean_problem_modules = _no_cleanup


def _no_cleanup() -> None:
    """What Streamlit's post-run hook does for this app: nothing (it uses neither Keras in the
    script nor matplotlib)."""


def choose_dataset() -> str:
    """The sidebar's data set picker, shared by all pages (its key survives page switches)."""
    return st.sidebar.selectbox("Data set", DATASET_NAMES, format_func=DATASET_TITLES.__getitem__, key="dataset")


def current_dataset_name() -> str:
    return st.session_state.get("dataset", DATASET_NAMES[0])


@st.cache_resource(show_spinner="Loading the data set…")
def shared_dataset(name: str) -> Dataset:
    """One copy per server process, shared by every session (arrays are read-only)."""
    return load_dataset(name)


def session_id() -> str:
    """An id for this browser session: who may stop a job or delete a model it started."""
    if "session_id" not in st.session_state:
        st.session_state["session_id"] = uuid.uuid4().hex
    return st.session_state["session_id"]


def plain(text: str) -> str:
    """User-typed text made inert for st.markdown: every markdown/HTML character backslash-escaped."""
    return "".join(f"\\{ch}" if ch in "\\`*_{}[]()<>#+-.!|~$&:" else ch for ch in str(text))


def architecture_fields(key_prefix: str) -> tuple[str, str]:
    """Text fields for the conv filters and dense units of a LeNet (parse with Architecture.from_text)."""
    left, right = st.columns(2)
    filters = left.text_input("Conv filters per block", "20, 50", key=f"{key_prefix}_filters")
    units = right.text_input("Hidden dense units", "500", key=f"{key_prefix}_units")
    return filters, units


def download_weights_button(record, key: str) -> None:
    st.download_button(
        ":material/download: Download weights (.weights.h5)",
        data=record.weights_path.read_bytes,  # read on click, not on every rerun
        file_name=f"{record.model_id}.weights.h5",
        mime="application/x-hdf5",
        key=key,
    )
