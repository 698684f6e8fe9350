"""The classmates' leaderboard rows, from model store records (no TensorFlow). The run comparison
chart is `lenet_core.charts.training.comparison_figure`."""

from __future__ import annotations

from lenet_core.base.i18n import N_, _
from lenet_core.store.records import ModelRecord

SHIPPED_BY = N_("LeNet Lab (shipped)")
COLUMNS = (  # the rows' keys, in English; `column_label` is what a table's header shows
    "name",
    "trained by",
    "test accuracy (%)",
    "class drawings (%)",
    "epochs",
    "batch size",
    "optimizer",
    "learning rate",
    "conv filters",
    "dense units",
    "parameters",
    "training time (s)",
    "created",
)
COLUMN_LABELS = {
    "name": N_("name"),
    "trained by": N_("trained by"),
    "test accuracy (%)": N_("test accuracy (%)"),
    "class drawings (%)": N_("class drawings (%)"),
    "epochs": N_("epochs"),
    "batch size": N_("batch size"),
    "optimizer": N_("optimizer"),
    "learning rate": N_("learning rate"),
    "conv filters": N_("conv filters"),
    "dense units": N_("dense units"),
    "parameters": N_("parameters"),
    "training time (s)": N_("training time (s)"),
    "created": N_("created"),
}


def column_label(column: str) -> str:
    """A leaderboard column's header in the current language."""
    return _(COLUMN_LABELS[column])


def trained_by(record: ModelRecord, names: dict[str, str] | None = None) -> str:
    """Who made a model: the student's current display name (from `names`, token -> name), else
    the name saved with the model; the shipped models say so."""
    if record.is_shipped:
        return _(SHIPPED_BY)
    return (names or {}).get(record.owner or "", "") or record.owner_name


def leaderboard_rows(
    records: list[ModelRecord],
    dataset: str,
    names: dict[str, str] | None = None,
    class_scores: dict[str, float | None] | None = None,
) -> list[dict]:
    """One row per usable model of `dataset`, best test accuracy first. `class_scores`: accuracy on
    the class's held-out drawings by model id (`lenet_core.classroom.drawing_scores`). Cells are plain text:
    show them with st.dataframe, never st.table (which renders Markdown)."""
    rows = []
    for record in records:
        if not record.usable or record.dataset != dataset:
            continue
        uploaded = record.metadata.get("source") == "uploaded"
        config = {} if uploaded else record.metadata.get("config") or {}  # no training recipe known
        architecture = record.architecture
        accuracy = record.test_accuracy
        seconds = record.metadata.get("training_seconds")
        rows.append(
            {
                "id": record.model_id,
                "name": record.name,
                "trained by": trained_by(record, names),
                "test accuracy (%)": _percent(accuracy),
                "class drawings (%)": _percent((class_scores or {}).get(record.model_id)),
                "epochs": len(record.history.get("loss", [])) or None,
                "batch size": config.get("batch_size"),
                "optimizer": config.get("optimizer"),
                "learning rate": config.get("learning_rate"),
                "conv filters": ", ".join(map(str, architecture.conv_filters)),
                "dense units": ", ".join(map(str, architecture.dense_units)),
                "parameters": architecture.parameter_count(),
                "training time (s)": round(seconds, 1) if seconds is not None else None,
                "created": record.created[:16].replace("T", " "),
            }
        )
    rows.sort(key=lambda row: -(row["test accuracy (%)"] or -1))
    return rows


def _percent(fraction: float | None) -> float | None:
    return round(fraction * 100, 2) if fraction is not None else None
