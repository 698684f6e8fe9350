"""What every page shares: the data set chosen in the sidebar and this session's identity."""

from __future__ import annotations

import uuid

import streamlit as st

from lenet_core.datasets import DATASET_NAMES, DATASET_TITLES, Dataset, load_dataset


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
