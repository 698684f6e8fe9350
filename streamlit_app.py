"""LeNet Lab: `streamlit run streamlit_app.py`. The entry file only routes; pages live in pages/."""

import streamlit as st

from pages.common import choose_dataset

st.set_page_config(page_title="LeNet Lab", page_icon="🔢", layout="wide")
choose_dataset()
st.navigation(
    [
        st.Page("pages/train.py", title="Train", icon="🏋️", default=True),
        st.Page("pages/explore.py", title="Explore", icon="🔍"),
        st.Page("pages/predict.py", title="Predict", icon="✏️"),
        st.Page("pages/models.py", title="Models", icon="🏆"),
    ]
).run()
