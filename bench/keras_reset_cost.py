"""What Streamlit's post-run hooks would cost this server per script run, with TensorFlow loaded:

    python -m bench.keras_reset_cost

Streamlit calls `keras.backend.clear_session()` (`_clean_problem_modules`) and `gc.collect()`
(`runner.postScriptGC`) after every script run. The app switches both off
(`app_pages.common.keep_keras_state_between_runs`, `.streamlit/config.toml`); this measures why:
each call's time with the default model loaded for prediction, and the next prediction's time
right after the Keras reset versus without it.
"""

from __future__ import annotations

import gc
import statistics
import time

from streamlit.runtime.scriptrunner import script_runner

from lenet_core.base.settings import DATA_DIR
from lenet_core.data.datasets import load_dataset
from lenet_core.inside.predictor import predictor_for
from lenet_core.store.models import ModelStore
from lenet_core.store.records import default_model_id


def summary(seconds: list[float]) -> str:
    return f"p50 {statistics.median(seconds) * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms"


def main(rounds: int = 20) -> None:
    predictor = predictor_for(ModelStore(DATA_DIR / "models").get(default_model_id("mnist")))
    image = load_dataset("mnist").test_images[0].astype("float32") / 255

    def stroke() -> float:
        started = time.perf_counter()
        predictor.predict(image, with_feature_maps=True)
        return time.perf_counter() - started

    for _ in range(5):
        stroke()
    reset, after_reset = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        script_runner._clean_problem_modules()  # what Streamlit runs after each script run
        reset.append(time.perf_counter() - started)
        after_reset.append(stroke())
    plain = [stroke() for _ in range(rounds)]
    collections = []
    for _ in range(rounds // 2):
        started = time.perf_counter()
        gc.collect()
        collections.append(time.perf_counter() - started)
    print(f"keras.backend.clear_session() via Streamlit's hook: {summary(reset)}")
    print(f"a prediction right after it: {summary(after_reset)}; without it: {summary(plain)}")
    print(f"gc.collect(): {summary(collections)}")


if __name__ == "__main__":
    main()
