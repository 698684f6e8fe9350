"""Take it home: the code of a run (.py, .ipynb) and the model in the formats people deploy.

Built only when the student opens the section (a lazy expander), and the model files on the
server's background exporter, never in this page's thread: a small fragment polls while one is
on its way, so the page itself does not rerun.
"""

from __future__ import annotations

import streamlit as st

from lenet_core.base import i18n
from lenet_core.base.i18n import _, ngettext
from lenet_core.inside.exporting import EXPORTER, FORMATS, ExportError
from lenet_core.network.codegen import notebook_for, script_for_record


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.0f} kB"


def take_home(record, key: str) -> None:
    """The section under a model (Train result, Models detail)."""
    section = st.expander(
        _("Take it home: the code of this run and the model files"),
        icon=":material/download:",
        key=f"{key}_take_home",
        on_change="rerun",
    )
    if not section.open:
        return
    with section:
        code, files = st.tabs(
            [":material/code: " + _("The code of this run"), ":material/deployed_code: " + _("Model files")]
        )
        with code:
            _code(record, key)
        with files:
            _files(record, key)


@st.cache_data(max_entries=64, show_spinner=False)
def _script(model_id: str, version: int) -> tuple[str, str]:
    """(script, notebook) of a stored model; cached per model version (the arguments are its key)."""
    from lenet_core.store.models import open_store

    record = open_store().get(model_id)
    script = script_for_record(record)
    return script, notebook_for(script)


def _code(record, key: str) -> None:
    try:
        version = record.weights_path.stat().st_mtime_ns
    except OSError:
        st.error(_("This model was deleted a moment ago; pick another one."))
        return
    script, notebook = _script(record.model_id, version)
    if record.metadata.get("source") == "uploaded":
        st.info(_("These weights were uploaded: the code trains this network with the app's default recipe."))
    st.caption(
        _(
            "One Python file in the book's layout (its -t/-s/-w flags): it trains this network with this run's "
            "settings, or evaluates the weights downloaded above (-t 0 -w FILE). Needs TensorFlow, numpy and "
            "matplotlib."
        )
    )
    left, right = st.columns(2)
    left.download_button(
        ":material/code: " + _("Download the code (.py)"), script, f"{record.model_id}.py", "text/x-python",
        key=f"{key}_py",
    )  # fmt: skip
    right.download_button(
        ":material/book: " + _("Download as a notebook (.ipynb)"), notebook, f"{record.model_id}.ipynb",
        "application/x-ipynb+json", key=f"{key}_ipynb",
    )  # fmt: skip
    st.code(script, language="python", line_numbers=True, height=420)


def _files(record, key: str) -> None:
    pending = False
    for kind, export in FORMATS.items():
        try:
            status = EXPORTER.status(record, kind)
        except ExportError as error:
            st.error(str(error))
            return
        label, action = st.columns([3, 2], vertical_alignment="center")
        label.markdown(f"**{_(export.title)}**  \n{_(export.about)}")
        if status.state == "ready":
            facts = status.facts
            measured = _size(facts.get("bytes", 0))
            if "test_accuracy" in facts:
                measured += " · " + _("test accuracy {accuracy}").format(
                    accuracy=i18n.percent(facts["test_accuracy"], 2)
                )
            action.download_button(
                ":material/download: " + _("Download ({size})").format(size=measured),
                data=status.path.read_bytes,  # read on click
                file_name=export.file_name.format(id=record.model_id),
                mime=export.mime,
                key=f"{key}_export_{kind}",
                # No rerun of the page for a download: a click that landed while a rerun was drawing
                # the page lost its file (the button spun for ever in one CI run on 2 busy cores).
                on_click="ignore",
            )
        elif status.state in ("queued", "building"):
            pending = True
            action.caption(f":material/hourglass_top: {status.message}")
        else:
            if status.state == "failed":
                action.caption(status.message)
            if action.button(":material/build: " + _("Prepare"), key=f"{key}_prepare_{kind}"):
                try:
                    EXPORTER.request(record, kind)
                except ExportError as error:
                    st.error(str(error))
                else:
                    st.rerun(scope="app")
    if pending:
        _wait(record, key)


@st.fragment(run_every=1.0)
def _wait(record, key: str) -> None:
    """Reruns only itself each second while a file is on its way; the page once it is ready."""
    waiting = [kind for kind in FORMATS if EXPORTER.status(record, kind).state in ("queued", "building")]
    if not waiting:
        st.rerun(scope="app")
    st.caption(
        ngettext(
            "Preparing {count} file on the server…", "Preparing {count} files on the server…", len(waiting)
        ).format(count=len(waiting))
    )
