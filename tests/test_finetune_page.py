"""The Train page's fine-tuning form, in Streamlit's AppTest, with a real job on real workers."""

from __future__ import annotations

from harness.drawings import draw_on_canvas
from lenet_core.classroom.drawings import Collection, DonationLimiter
from lenet_core.classroom.students import new_token
from lenet_core.data.strokes import render_styles
from lenet_core.store.models import open_store
from lenet_core.store.records import default_model_id
from tests.app_tabs import open_app, rerun_until


def test_a_student_fine_tunes_the_shipped_model_on_the_class_drawings_and_sees_before_and_after(default_models):
    token = new_token()
    at = open_app("app_pages/train.py", token)
    at.radio(key="train_mode").set_value("fine-tune").run()
    assert not at.exception
    assert any("Nothing to learn from yet" in info.value for info in at.info)
    assert at.button(key="finetune_start").disabled

    collection = Collection(limiter=DonationLimiter(per_student=1000))  # this test's own folder (conftest)
    images, labels = render_styles(10, seed=21)
    for image, label in zip(images, labels, strict=True):  # until both parts hold some (ids are random)
        collection.donate(draw_on_canvas(image, scale=8.0, top=20, left=20), int(label), "mnist", token, "Ada")
        held_out, donated = len(collection.arrays("mnist", "test")[1]), len(collection.entries("mnist"))
        if donated >= 12 and 0 < held_out < donated:
            break
    at.run()
    learn = donated - held_out
    assert any(f"{learn} to learn from, {held_out} held out" in caption.value for caption in at.caption)
    at.number_input(key="finetune_epochs").set_value(1)
    at.number_input(key="finetune_images").set_value(500)
    at.button(key="finetune_start").click().run()
    assert not at.exception
    rerun_until(at, lambda at: any(metric.label == "Test set" for metric in at.metric), "the fine-tuned model", 180)
    [saved] = [success.value for success in at.success]
    assert "Saved to the model store" in saved
    [record] = [record for record in open_store().list("mnist") if not record.is_shipped]
    summary = record.metadata["fine_tune"]
    assert summary["base"]["model_id"] == default_model_id("mnist") and record.owner == token
    assert record.name.endswith("+ class drawings")
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Test set"] == f"{summary['after']['test'] * 100:.2f}%"
    assert metrics[f"Held-out class drawings ({held_out})"] == f"{summary['after']['drawings'] * 100:.1f}%"
    assert (summary["drawings_train"], summary["drawings_test"]) == (learn, held_out)
