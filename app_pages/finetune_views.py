"""Fine-tuning on the class drawings: the Train page's form, and the before/after of a fine-tuned model."""

from __future__ import annotations

import streamlit as st

from app_pages.common import model_picker, percent, plain
from lenet_core.base import i18n
from lenet_core.base.i18n import _
from lenet_core.classroom.drawings import Collection
from lenet_core.classroom.limits import check_training, load_limits
from lenet_core.data.datasets import dataset_title
from lenet_core.jobs import requests
from lenet_core.store.models import open_store
from lenet_core.store.records import ModelRecord


def fine_tune_form(name: str) -> tuple[dict | None, str]:
    """The form; returns (the settings of `lenet_core.jobs.requests.fine_tune_request`, or None when it cannot
    start, and the new model's name). The payload is built only on Start, from the model id
    picked here: it reads the model's weights and every class drawing."""
    records = {record.model_id: record for record in open_store().list(name) if record.usable}
    if not records:
        st.info(
            _("No {dataset} model in the store yet. Train one first, then fine-tune it here.").format(
                dataset=dataset_title(name)
            )
        )
        return None, ""
    model_id = model_picker(
        records,
        _("Start from"),
        key=f"finetune_model_{name}",
        help=_("The shipped model is listed first. Its weights are copied: the model itself stays as it is."),
    )
    if model_id is None:  # no shipped model on this server, and none chosen yet
        st.info(_("Choose a model above to fine-tune."))
        return None, ""
    record: ModelRecord = records[model_id]
    collection = Collection()
    entries = collection.entries(name)
    held_out = sum(entry.split == "test" for entry in entries)
    to_learn = len(entries) - held_out
    st.caption(
        _(
            "The class has donated {count} {dataset} drawings: {to_learn} to learn from, "
            "{held_out} held out (a fixed fifth) to score the model on before and after."
        ).format(count=len(entries), dataset=dataset_title(name), to_learn=to_learn, held_out=held_out)
    )
    left, middle, right = st.columns(3)
    epochs = left.number_input(_("Epochs"), 1, 20, requests.EPOCHS, key="finetune_epochs")
    images = middle.number_input(
        _("Data set images mixed in"), 500, 60000, requests.IMAGES, step=1000, key="finetune_images",
        help=_("A random part of the training set, so the model keeps what it knew."),
    )  # fmt: skip
    repeats = right.number_input(
        _("Each class drawing counts as"), 1, requests.MAX_REPEATS, requests.REPEATS, key="finetune_repeats",
        help=_("Images per epoch: weights the few class drawings up against the many data set images."),
    )  # fmt: skip
    learning_rate = left.number_input(
        _("Learning rate (Adam)"), 0.00001, 0.01, requests.LEARNING_RATE, format="%.5f", key="finetune_lr"
    )
    model_name = st.text_input(
        _("New model's name"),
        _("{name} + class drawings").format(name=record.name[:40]),
        max_chars=60,
        key=f"finetune_name_{model_id}",
    )
    if not to_learn:
        st.info(
            _(
                "Nothing to learn from yet: draw on the Predict page and press “Add to the class collection”. "
                "Drawings land in the learning part four times in five."
            )
        )
        return None, model_name
    settings = {
        "epochs": int(epochs),
        "images": int(images),
        "repeats": int(repeats),
        "learning_rate": float(learning_rate),
    }
    try:
        check_training(requests.config_for(record, to_learn, **settings), load_limits())
    except ValueError as error:  # a class limit, or a value out of range (FineTuneError)
        st.error(str(error), icon=":material/block:")
        return None, model_name
    return {"model_id": model_id} | settings, model_name


def fine_tune_summary(summary: dict) -> None:
    """What fine-tuning changed: accuracy on the held-out class drawings and on the test set."""
    try:
        _summary(summary)
    except (KeyError, TypeError, ValueError):  # a model folder copied in by hand, with other metadata
        st.caption(_("This model's fine-tuning summary is unreadable."))


def _summary(summary: dict) -> None:
    base = summary.get("base") or {}
    st.markdown(
        _(
            "**Fine-tuned from “{name}”** on {drawings} class drawings (each counted {repeats} times) "
            "mixed with {images} data set images."
        ).format(
            name=plain(base.get("name", "?")),
            drawings=summary["drawings_train"],
            repeats=summary["repeats"],
            images=i18n.number(summary["images"]),
        )
    )
    before, after = summary["before"], summary["after"]
    drawings, test = st.columns(2)
    if summary["drawings_test"]:
        label = _("Held-out class drawings ({count})").format(count=summary["drawings_test"])
        _change(drawings, label, before["drawings"], after["drawings"], 1)
    else:
        drawings.info(_("No held-out class drawings yet: the class's score appears once some are donated."))
    _change(test, _("Test set"), before["test"], after["test"], 2)


def _change(container, label: str, before: float, after: float, digits: int) -> None:
    """A metric of an accuracy after fine-tuning, with its change in points (no arrow when none)."""
    points = round((after - before) * 100, digits)
    was = percent(before, digits)
    if points:  # the sign leads in every language: the metric's arrow follows it
        delta = _("{points} points (was {before})").format(points=f"{points:+.{digits}f}", before=was)
    else:
        delta = _("unchanged (was {before})").format(before=was)
    container.metric(label, percent(after, digits), delta, delta_color="normal" if points else "off")
