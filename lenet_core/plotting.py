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

__all__ = ["go"]
