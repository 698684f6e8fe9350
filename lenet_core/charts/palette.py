"""Plotly's graph objects, safe to use while another thread is importing pandas.

Plotly looks pandas up in `sys.modules` without importing it (`get_module("pandas",
should_load=False)`) whenever it checks a value. On a shared server one student's script run can be
importing pandas for the first time (Streamlit imports it lazily, for a table) while a classmate's
run builds a figure: plotly then finds the half-imported module and fails with "partially
initialized module 'pandas' has no attribute 'Series'". An `import pandas` statement, unlike that
lookup, waits for another thread's import to finish, so importing it here, before plotly, means a
module that draws with `go` can only run once pandas is whole. Plotly's JSON encoder looks
`PIL.Image` up the same way, so it is imported here too.
"""

import pandas  # noqa: F401  (imported for their side effect: see above)
import PIL.Image  # noqa: F401
import plotly.graph_objects as go

# Plotly's "D3" palette, the one place the charts take their colours from: ten distinguishable
# classes, training in blue and validation in orange everywhere, runs in the colours after them.
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
TRAIN_COLOUR, VAL_COLOUR = PALETTE[0], PALETTE[1]
RUN_COLOURS = tuple(colour for colour in PALETTE if colour not in ("#7f7f7f", "#bcbd22"))  # grey and olive fade

__all__ = ["PALETTE", "RUN_COLOURS", "TRAIN_COLOUR", "VAL_COLOUR", "go"]
