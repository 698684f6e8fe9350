"""LeNet Lab: `streamlit run streamlit_app.py`. The entry file only routes; pages live in app_pages/.

Not `pages/`: Streamlit treats a folder of that name as old-style file pages, and a fresh server
runs a deep link such as /predict without this file (no sidebar, wrong navigation).

Streamlit installs this file as `__main__`, so each training worker process that Dask starts from
the server (by "spawn") runs it again, as `__mp_main__`: it must do nothing there.
"""

if __name__ != "__mp_main__":
    import streamlit as st

    from app_pages.common import choose_dataset, class_sidebar, keep_keras_state_between_runs

    st.set_page_config(page_title="LeNet Lab", page_icon=":material/neurology:", layout="wide")
    keep_keras_state_between_runs()
    # The pages are registered first: a question asked before a page runs (whose link is this?)
    # keeps the page the link asked for.
    page = st.navigation(
        [
            st.Page("app_pages/train.py", title="Train", icon=":material/model_training:", default=True),
            st.Page("app_pages/explore.py", title="Explore", icon=":material/grid_view:"),
            st.Page("app_pages/predict.py", title="Predict", icon=":material/draw:"),
            st.Page("app_pages/models.py", title="Models", icon=":material/leaderboard:"),
        ]
    )
    choose_dataset()
    class_sidebar()  # who this tab is (a token in the URL), the name, the teacher's login
    page.run()
