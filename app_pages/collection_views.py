"""The class's own handwriting on the pages: donate a drawing (Predict), review the class drawings,
export them, and the human vs model quiz (Explore). Widgets only; the logic is in
`lenet_core.classroom.drawings` and `lenet_core.classroom.quiz`."""

from __future__ import annotations

import collections

import numpy as np
import streamlit as st

from app_pages.common import current_student, is_teacher, percent, plain
from lenet_core.base.i18n import _, ngettext, shown_class_names
from lenet_core.charts.images import enlarge
from lenet_core.classroom.drawings import Collection, CollectionError, Entry
from lenet_core.classroom.quiz import PUBLISHED_HUMAN_ACCURACY, QuizLog, answer, new_question
from lenet_core.classroom.students import StudentRegistry
from lenet_core.data.datasets import CLASS_NAMES, Dataset, dataset_title
from lenet_core.store.models import open_store

GRID_COLUMNS = 8
GRID_PAGE = 48  # drawings per page of the grid: 6 rows of 8
EXPLORE_VIEWS = ("samples", "drawings", "quiz")


def _class_option(class_names, class_id: int) -> str:
    """An option of a class picker: "3" for a digit, "0: T-shirt/top" for a garment, in the current language."""
    name = shown_class_names(class_names)[class_id]
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
        st.markdown(_("**Add to the class collection**"))
        label = st.selectbox(
            _("Label: what you drew"),
            range(len(class_names)),
            index=predicted,
            format_func=lambda class_id: _class_option(class_names, class_id),
            key=f"predict_donate_label_{version}_{predicted}",  # follows the prediction as the drawing changes
            help=_("The model's answer is preselected; correct it if the model is wrong."),
        )
        submitted = st.form_submit_button(":material/add: " + _("Add to the class collection"))
    student = current_student()
    st.caption(
        _("Classmates and the teacher see it as yours ({name}).").format(name=plain(student.name))
        if student.name
        else _("Give your name in the sidebar so classmates know who drew it.")
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
    class_name = shown_class_names(CLASS_NAMES[entry.dataset])[entry.label]
    st.session_state["predict_donated"] = _(
        "Added to the class collection as {label}. Thank you! Draw the next one."
    ).format(label=plain(class_name))
    return True


# --- Explore: the class drawings ------------------------------------------------------------------


def explore_view(dataset_name: str) -> str:
    """The Explore page's choice: the data set's own images, the class drawings or the quiz."""
    titles = {
        "samples": dataset_title(dataset_name),
        "drawings": _("Class drawings"),
        "quiz": _("Human vs model quiz"),
    }
    return st.radio(_("Show"), EXPLORE_VIEWS, format_func=titles.__getitem__, horizontal=True, key="explore_view")


def _author_names(entries: list[Entry]) -> dict[str, str]:
    """token -> the name to show: today's name from the sidebar, else the one given when donating."""
    names = StudentRegistry().names()
    anonymous = _("a classmate")
    return {entry.author: names.get(entry.author) or entry.author_name or anonymous for entry in entries}


def _delete_entry(entry_id: str) -> None:
    try:
        Collection().delete(entry_id, current_student().token, teacher=is_teacher())
    except CollectionError as error:
        st.session_state["explore_drawings_error"] = str(error)


def class_drawings(dataset_name: str, dataset: Dataset) -> None:
    """The class drawings of this data set as a labelled grid, with filters, delete and export."""
    st.subheader(_("Class drawings"))
    collection = Collection()
    every = collection.entries(dataset_name)
    if not every:
        st.info(
            _(
                "No class drawings of {dataset} yet. On the Predict page, draw one and press "
                "**Add to the class collection**."
            ).format(dataset=dataset_title(dataset_name))
        )
        return
    class_names = shown_class_names(dataset.class_names)
    authors = _author_names(every)
    filters = st.columns([1, 1, 2])
    label = filters[0].selectbox(
        _("Label"),
        [None, *range(10)],
        format_func=lambda c: _("All labels") if c is None else _class_option(dataset.class_names, c),
        key="explore_drawings_label",
    )
    # Tokens stay on the server: the browser only gets the names format_func makes.
    by_name = sorted(authors, key=lambda token: (authors[token].casefold(), token))
    counts = collections.Counter(entry.author for entry in every)
    author = filters[1].selectbox(
        _("Author"),
        [None, *by_name],
        format_func=lambda token: _("Everyone") if token is None else f"{authors[token]} ({counts[token]})",
        key="explore_drawings_author",
    )
    filters[2].download_button(
        ":material/download: " + _("Download as IDX files (.zip)"),
        data=lambda: collection.idx_zip(dataset_name),  # built on click, from one listing
        file_name=f"class-drawings-{dataset_name}-idx.zip",
        mime="application/zip",
        key="explore_drawings_export",
        help=_(
            "Gzipped IDX images and labels, the format of the MNIST files. "
            "Also: python -m lenet_core.collection export OUT_DIR"
        ),
    )
    error = st.session_state.pop("explore_drawings_error", None)
    if error:
        st.error(error)
    shown = [entry for entry in every if label in (None, entry.label) and author in (None, entry.author)]
    me, teacher = current_student().token, is_teacher()
    listed = ngettext(
        "{shown} of {total} drawings by {count} student, newest first.",
        "{shown} of {total} drawings by {count} students, newest first.",
        len(authors),
    ).format(shown=len(shown), total=len(every), count=len(authors))
    allowed = _("As the teacher you can delete any of them.") if teacher else _("You can delete your own.")
    st.caption(listed + " " + allowed)
    shown.reverse()  # newest first
    pages = max(1, -(-len(shown) // GRID_PAGE))
    page = 1
    if pages > 1:
        page = int(
            st.number_input(_("Page (of {pages})").format(pages=pages), 1, pages, 1, key="explore_drawings_page")
        )
    for row_start in range((page - 1) * GRID_PAGE, min(page * GRID_PAGE, len(shown)), GRID_COLUMNS):
        for cell, entry in zip(st.columns(GRID_COLUMNS), shown[row_start : row_start + GRID_COLUMNS], strict=False):
            try:
                image = entry.image()
            except OSError:  # deleted by someone since the listing
                continue
            # Captions render Markdown: the label and the typed name are escaped to show literally.
            caption = _("{label} · by {author}").format(label=class_names[entry.label], author=authors[entry.author])
            cell.image(enlarge(image, 4), caption=plain(caption))
            if collection.may_delete(entry, me, teacher):
                cell.button(
                    ":material/delete: " + _("Delete"),
                    key=f"explore_drawings_delete_{entry.entry_id}",
                    on_click=_delete_entry,
                    args=(entry.entry_id,),
                )


# --- Explore: human vs model ----------------------------------------------------------------------


def quiz(dataset_name: str, dataset: Dataset) -> None:
    """A random test image: the student picks a class, then sees the truth and the shipped model's answer."""
    st.subheader(_("Human vs model"))
    shipped = open_store().shipped(dataset_name)
    key = f"explore_quiz_{dataset_name}"
    if f"{key}_question" not in st.session_state:
        st.session_state[f"{key}_question"] = new_question(dataset_name)
    question = st.session_state[f"{key}_question"]
    result = st.session_state.get(f"{key}_answer")  # set once answered: one answer per image
    student = current_student()
    class_names = shown_class_names(dataset.class_names)

    picture, choices = st.columns([1, 2])
    picture.image(enlarge(dataset.test_images[question.index], 8), caption=_("Which class is this?"))
    choices.caption(_("Pick a class. Then you see the answer and the model's guess."))
    buttons = choices.columns(5)
    for class_id, name in enumerate(class_names):
        if buttons[class_id % 5].button(
            name, key=f"{key}_pick_{class_id}", disabled=result is not None, width="stretch"
        ):
            try:
                with st.spinner(_("Asking the model…")):
                    st.session_state[f"{key}_answer"] = answer(question, class_id, student.token, shipped)
            except (ValueError, OSError) as error:  # WeightsError is a ValueError
                choices.error(_("Your answer was not counted: {error}").format(error=error))
            else:
                st.rerun()  # redraw the buttons as disabled
    if result is not None:
        said = plain(class_names[result.choice])
        if result.correct:
            choices.markdown(_("You said **{choice}**: right.").format(choice=said))
        else:
            truth = plain(class_names[result.truth])
            choices.markdown(_("You said **{choice}**: not quite: it is **{truth}**.").format(choice=said, truth=truth))
        if result.model_choice is None:
            choices.caption(_("No shipped model for this data set to compare with."))
        else:
            guess = plain(class_names[result.model_choice])
            model_name = plain(shipped.name if shipped else _("shipped"))
            said_by_model = (
                _("The model ({name}) said **{guess}**: right.")
                if result.model_correct
                else _("The model ({name}) said **{guess}**: wrong.")
            )
            choices.markdown(said_by_model.format(name=model_name, guess=guess))
        if choices.button(":material/skip_next: " + _("Next image"), key=f"{key}_next"):
            st.session_state[f"{key}_question"] = new_question(dataset_name)
            del st.session_state[f"{key}_answer"]
            st.rerun()

    tally = QuizLog().tally(dataset_name, student.token, shipped.model_id if shipped else None)
    figures = st.columns(4)
    figures[0].metric(
        _("The class"),
        percent(tally.human_accuracy),
        help=_("{count} answers, every student's").format(count=tally.answers),
    )
    if shipped is not None:
        figures[1].metric(
            _("The model"),
            percent(tally.model_accuracy),
            help=_("The shipped model, on the same {count} images the class answered").format(
                count=tally.model_answers
            ),
        )
    figures[2].metric(_("You"), percent(tally.my_accuracy), help=_("{count} answers").format(count=tally.my_answers))
    if dataset_name in PUBLISHED_HUMAN_ACCURACY:
        figures[3].metric(
            _("Published human accuracy"),
            percent(PUBLISHED_HUMAN_ACCURACY[dataset_name]),
            help=_("Fashion-MNIST's authors: crowd workers without fashion expertise, 1,000 test images"),
        )
    st.caption(
        _("The class: {right} of {answers} right; the model: {model_right} of the same {model_answers}.").format(
            right=tally.human_correct,
            answers=tally.answers,
            model_right=tally.model_correct,
            model_answers=tally.model_answers,
        )
    )
