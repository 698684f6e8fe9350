"""The class's own handwriting on the pages: donate a drawing (Predict), review the class drawings,
export them, and the human vs model quiz (Explore). Widgets only; the logic is in
`lenet_core.collection` and `lenet_core.quiz`."""

from __future__ import annotations

import collections

import numpy as np
import streamlit as st

from app_pages.common import current_student, is_teacher, percent, plain
from lenet_core.classroom import StudentRegistry
from lenet_core.collection import Collection, CollectionError, Entry
from lenet_core.datasets import DATASET_TITLES, Dataset
from lenet_core.explore import enlarge
from lenet_core.quiz import PUBLISHED_HUMAN_ACCURACY, QuizLog, answer, new_question
from lenet_core.store import open_store

GRID_COLUMNS = 8
GRID_PAGE = 48  # drawings per page of the grid: 6 rows of 8
EXPLORE_VIEWS = ("samples", "drawings", "quiz")


def _class_option(class_names, class_id: int) -> str:
    name = class_names[class_id]
    return name if name == str(class_id) else f"{class_id}: {name}"


# --- Predict: donate the drawing ------------------------------------------------------------------


def donate_form(dataset_name: str, class_names, predicted: int | None, version: int) -> int | None:
    """Under the canvas: confirm or correct the label for the class collection.

    Returns the label when the student just asked to add the drawing (the caller fetches the
    drawing and calls `donate`). `predicted` None: nothing to add now (blank canvas); only the
    last donation's message shows.
    """
    done = st.session_state.pop("predict_donated", None)
    if done:
        st.success(done, icon=":material/volunteer_activism:")
    if predicted is None:
        return None
    with st.form(f"predict_donate_{version}", border=True):
        st.markdown("**Add to the class collection**")
        label = st.selectbox(
            "Label: what you drew",
            range(len(class_names)),
            index=predicted,
            format_func=lambda class_id: _class_option(class_names, class_id),
            key=f"predict_donate_label_{version}_{predicted}",  # follows the prediction as the drawing changes
            help="The model's answer is preselected; correct it if the model is wrong.",
        )
        submitted = st.form_submit_button(":material/add: Add to the class collection")
    student = current_student()
    st.caption(
        f"Classmates and the teacher see it as yours ({plain(student.name)})."
        if student.name
        else "Give your name in the sidebar so classmates know who drew it."
    )
    return label if submitted else None


def donate(canvas: np.ndarray, label: int, dataset_name: str) -> bool:
    """Adds the drawing to the class collection; True when it was added (the caller then clears
    the canvas for the next one), else the refusal is shown."""
    student = current_student()
    try:
        entry = Collection().donate(canvas, label, dataset_name, student.token, student.name)
    except CollectionError as error:
        st.error(str(error))
        return False
    st.session_state["predict_donated"] = (
        f"Added to the class collection as {plain(entry.class_name)}. Thank you! Draw the next one."
    )
    return True


# --- Explore: the class drawings ------------------------------------------------------------------


def explore_view(dataset_name: str) -> str:
    """The Explore page's choice: the data set's own images, the class drawings or the quiz."""
    titles = {
        "samples": DATASET_TITLES[dataset_name],
        "drawings": "Class drawings",
        "quiz": "Human vs model quiz",
    }
    return st.radio("Show", EXPLORE_VIEWS, format_func=titles.__getitem__, horizontal=True, key="explore_view")


def _author_names(entries: list[Entry]) -> dict[str, str]:
    """token -> the name to show: today's name from the sidebar, else the one given when donating."""
    names = StudentRegistry().names()
    return {entry.author: names.get(entry.author) or entry.author_name or "a classmate" for entry in entries}


def _delete_entry(entry_id: str) -> None:
    try:
        Collection().delete(entry_id, current_student().token, teacher=is_teacher())
    except CollectionError as error:
        st.session_state["explore_drawings_error"] = str(error)


def class_drawings(dataset_name: str, dataset: Dataset) -> None:
    """The class drawings of this data set as a labelled grid, with filters, delete and export."""
    st.subheader("Class drawings")
    collection = Collection()
    every = collection.entries(dataset_name)
    if not every:
        st.info(
            f"No class drawings of {DATASET_TITLES[dataset_name]} yet. On the Predict page, draw one and press "
            "**Add to the class collection**."
        )
        return
    authors = _author_names(every)
    filters = st.columns([1, 1, 2])
    label = filters[0].selectbox(
        "Label",
        [None, *range(10)],
        format_func=lambda c: "All labels" if c is None else _class_option(dataset.class_names, c),
        key="explore_drawings_label",
    )
    # Tokens stay on the server: the browser only gets the names format_func makes.
    by_name = sorted(authors, key=lambda token: (authors[token].casefold(), token))
    counts = collections.Counter(entry.author for entry in every)
    author = filters[1].selectbox(
        "Author",
        [None, *by_name],
        format_func=lambda token: "Everyone" if token is None else f"{authors[token]} ({counts[token]})",
        key="explore_drawings_author",
    )
    filters[2].download_button(
        ":material/download: Download as IDX files (.zip)",
        data=lambda: collection.idx_zip(dataset_name),  # built on click, from one listing
        file_name=f"class-drawings-{dataset_name}-idx.zip",
        mime="application/zip",
        key="explore_drawings_export",
        help="Gzipped IDX images and labels, the format of the MNIST files. "
        "Also: python -m lenet_core.collection export OUT_DIR",
    )
    error = st.session_state.pop("explore_drawings_error", None)
    if error:
        st.error(error)
    shown = [entry for entry in every if label in (None, entry.label) and author in (None, entry.author)]
    me, teacher = current_student().token, is_teacher()
    st.caption(
        f"{len(shown)} of {len(every)} drawings by {len(authors)} student{'s' if len(authors) != 1 else ''}, "
        "newest first. " + ("As the teacher you can delete any of them." if teacher else "You can delete your own.")
    )
    shown.reverse()  # newest first
    pages = max(1, -(-len(shown) // GRID_PAGE))
    page = 1
    if pages > 1:
        page = int(st.number_input(f"Page (of {pages})", 1, pages, 1, key="explore_drawings_page"))
    for row_start in range((page - 1) * GRID_PAGE, min(page * GRID_PAGE, len(shown)), GRID_COLUMNS):
        for cell, entry in zip(st.columns(GRID_COLUMNS), shown[row_start : row_start + GRID_COLUMNS], strict=False):
            try:
                image = entry.image()
            except OSError:  # deleted by someone since the listing
                continue
            # Captions render Markdown: the label and the typed name are escaped to show literally.
            cell.image(enlarge(image, 4), caption=plain(f"{entry.class_name} · by {authors[entry.author]}"))
            if collection.may_delete(entry, me, teacher):
                cell.button(
                    ":material/delete: Delete",
                    key=f"explore_drawings_delete_{entry.entry_id}",
                    on_click=_delete_entry,
                    args=(entry.entry_id,),
                )


# --- Explore: human vs model ----------------------------------------------------------------------


def quiz(dataset_name: str, dataset: Dataset) -> None:
    """A random test image: the student picks a class, then sees the truth and the shipped model's answer."""
    st.subheader("Human vs model")
    shipped = next((record for record in open_store().list(dataset_name) if record.usable and record.is_shipped), None)
    key = f"explore_quiz_{dataset_name}"
    if f"{key}_question" not in st.session_state:
        st.session_state[f"{key}_question"] = new_question(dataset_name)
    question = st.session_state[f"{key}_question"]
    result = st.session_state.get(f"{key}_answer")  # set once answered: one answer per image
    student = current_student()

    picture, choices = st.columns([1, 2])
    picture.image(enlarge(dataset.test_images[question.index], 8), caption="Which class is this?")
    choices.caption("Pick a class. Then you see the answer and the model's guess.")
    buttons = choices.columns(5)
    for class_id, name in enumerate(dataset.class_names):
        if buttons[class_id % 5].button(
            name, key=f"{key}_pick_{class_id}", disabled=result is not None, width="stretch"
        ):
            try:
                with st.spinner("Asking the model…"):
                    st.session_state[f"{key}_answer"] = answer(question, class_id, student.token, shipped)
            except (ValueError, OSError) as error:  # WeightsError is a ValueError
                choices.error(f"Your answer was not counted: {error}")
            else:
                st.rerun()  # redraw the buttons as disabled
    if result is not None:
        verdict = "right" if result.correct else f"not quite: it is **{plain(dataset.class_names[result.truth])}**"
        choices.markdown(f"You said **{plain(dataset.class_names[result.choice])}**: {verdict}.")
        if result.model_choice is None:
            choices.caption("No shipped model for this data set to compare with.")
        else:
            guess, right = plain(dataset.class_names[result.model_choice]), "right" if result.model_correct else "wrong"
            choices.markdown(f"The model ({plain(shipped.name if shipped else 'shipped')}) said **{guess}**: {right}.")
        if choices.button(":material/skip_next: Next image", key=f"{key}_next"):
            st.session_state[f"{key}_question"] = new_question(dataset_name)
            del st.session_state[f"{key}_answer"]
            st.rerun()

    tally = QuizLog().tally(dataset_name, student.token, shipped.model_id if shipped else None)
    figures = st.columns(4)
    figures[0].metric("The class", percent(tally.human_accuracy), help=f"{tally.answers} answers, every student's")
    if shipped is not None:
        figures[1].metric(
            "The model",
            percent(tally.model_accuracy),
            help=f"The shipped model, on the same {tally.model_answers} images the class answered",
        )
    figures[2].metric("You", percent(tally.my_accuracy), help=f"{tally.my_answers} answers")
    if dataset_name in PUBLISHED_HUMAN_ACCURACY:
        figures[3].metric(
            "Published human accuracy",
            percent(PUBLISHED_HUMAN_ACCURACY[dataset_name]),
            help="Fashion-MNIST's authors: crowd workers without fashion expertise, 1,000 test images",
        )
    st.caption(
        f"The class: {tally.human_correct} of {tally.answers} right; "
        f"the model: {tally.model_correct} of the same {tally.model_answers}."
    )
