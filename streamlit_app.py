"""LeNet Lab: `streamlit run streamlit_app.py`. The entry file only routes; pages live in app_pages/.

Not `pages/`: Streamlit treats a folder of that name as old-style file pages, and a fresh server
runs a deep link such as /predict without this file (no sidebar, wrong navigation).

Streamlit installs this file as `__main__`, so each training worker process that Dask starts from
the server (by "spawn") runs it again, as `__mp_main__`: it must do nothing there.
"""

if __name__ != "__mp_main__":
    import streamlit as st

    from app_pages.common import (
        choose_dataset,
        choose_language,
        class_sidebar,
        keep_keras_state_between_runs,
        language_switch,
    )
    from lenet_core.base.i18n import _

    st.set_page_config(page_title="LeNet Lab", page_icon=":material/neurology:", layout="wide")
    keep_keras_state_between_runs()
    choose_language()  # before the first word: the page titles are in it
    # The pages are registered first: a question asked before a page runs (whose link is this?)
    # keeps the page the link asked for. `page=` by name: a path, not text (tests/test_i18n.py).
    page = st.navigation(
        [
            st.Page(page="app_pages/train.py", title=_("Train"), icon=":material/model_training:", default=True),
            st.Page(page="app_pages/explore.py", title=_("Explore"), icon=":material/grid_view:"),
            st.Page(page="app_pages/predict.py", title=_("Predict"), icon=":material/draw:"),
            st.Page(page="app_pages/models.py", title=_("Models"), icon=":material/leaderboard:"),
        ]
    )
    language_switch()
    choose_dataset()
    class_sidebar()  # who this tab is (a token in the URL), the name, the teacher's login
    page.run()
