"""The app driven from outside, shared by the tests and the benchmarks (never imported by the app).

- `server`: a real `streamlit run streamlit_app.py` process over its own data folders;
- `browser`: what a student does in Chromium (draw strokes, read the prediction, fill the Train form);
- `drawings`: synthetic canvas drawings made from data set images.

It lives outside `tests/` because `bench/` needs it too, and outside `lenet_core/` because it is
not app logic.
"""
