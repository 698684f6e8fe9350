"""A class sharing the training queue, in a real browser: my job after a reload, a classmate's view,
the one-job limit, and the teacher's Stop."""

import json
import re
import time

import pytest

from harness.browser import choose, configure_job, go_to, wait_until, wait_until_idle
from harness.server import Server, new_server_root

pytestmark = pytest.mark.e2e

PASSWORD = "chalk and cheese"
LIVE = re.compile(r"Epoch \d+/5 · batch")


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    running = Server(new_server_root(tmp_path_factory, "class-jobs"), {"LENET_TEACHER_PASSWORD": PASSWORD}).start()
    yield running
    running.stop()


def student(new_page, server: Server, name: str):
    """A new student: opens the Train page in a browser of their own and gives a name."""
    page = new_page(f"{server.url}/")
    page.get_by_role("heading", name=re.compile("Train LeNet")).wait_for()
    wait_until_idle(page)
    field = page.get_by_role("textbox", name="Your name")
    field.fill(name)
    field.press("Enter")
    wait_until_idle(page)
    return page


def stop_buttons(page):
    """The page's Stop buttons for jobs (not the header's, which stops a script run)."""
    return page.locator('[data-testid="stMain"]').get_by_role("button", name=re.compile("Stop$"))


def start_long_job(page, name: str) -> None:
    configure_job(page, name, images="20000", epochs="5")
    page.get_by_role("button", name=re.compile("Start training")).click()
    page.get_by_text(LIVE).first.wait_for(timeout=90_000)


def job_state(server: Server, name: str) -> str:
    records = [json.loads(path.read_text()) for path in server.jobs.glob("*.json")]
    return next(record["state"] for record in records if record["name"] == name)


def wait_for_state(server: Server, name: str, state: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while job_state(server, name) != state:
        assert time.monotonic() < deadline, f"job {name!r} still {job_state(server, name)} after {timeout} s"
        time.sleep(0.3)


def test_my_job_survives_a_reload_classmates_see_my_name_and_one_job_at_a_time(class_server, new_page):
    ann = student(new_page, class_server, "**Ann**")
    start_long_job(ann, "ann's run")

    ann.reload()  # (a) the job is still mine: live chart and Stop
    ann.get_by_text(LIVE).first.wait_for(timeout=30_000)
    ann.locator(".js-plotly-plot").first.wait_for()
    wait_until_idle(ann)
    assert stop_buttons(ann).count() == 1
    assert ann.get_by_text("Classmates' jobs on this server").count() == 0

    bob = student(new_page, class_server, "Bob")  # (b) a classmate sees it, with Ann's name, no Stop
    bob.get_by_text("Classmates' jobs on this server").wait_for(timeout=30_000)
    bob.get_by_text("Training “ann's run” by **Ann**").wait_for()  # literally, not bold
    wait_until_idle(bob)
    assert stop_buttons(bob).count() == 0
    assert bob.locator("strong", has_text="Ann").count() == 0

    start = ann.get_by_role("button", name=re.compile("Start training"))  # (c) a second job is refused
    start.click()
    ann.get_by_text(re.compile("You already have 1 job running or queued; the class limit is 1")).wait_for()
    assert len(list(class_server.jobs.glob("*.json"))) == 1

    stop_buttons(ann).click()  # Ann stops it; the model is hers
    ann.get_by_text(re.compile("Saved to the model store as “ann's run”")).wait_for(timeout=120_000)
    assert job_state(class_server, "ann's run") == "stopped"
    [model] = [path for path in class_server.models.iterdir() if path.name.startswith("ann-s-run")]
    go_to(ann, "Models")
    wait_until_idle(ann)
    choose(ann, "Model", "ann's run · by **Ann**")
    ann.get_by_role("button", name=re.compile(r"Delete this model$")).click()
    wait_until(lambda: not model.exists(), "Ann's delete")
    wait_until_idle(ann)
    assert ann.locator('[data-testid="stException"]').count() == 0


def test_the_teacher_stops_a_students_job(class_server, new_page):
    cem = student(new_page, class_server, "Cem")
    start_long_job(cem, "cem's run")

    teacher = new_page(f"{class_server.url}/")
    teacher.get_by_role("heading", name=re.compile("Train LeNet")).wait_for()
    teacher.get_by_text("Training “cem's run” by Cem").wait_for(timeout=30_000)
    wait_until_idle(teacher)
    assert stop_buttons(teacher).count() == 0  # not logged in yet
    teacher.get_by_text("Teacher", exact=True).click()
    teacher.get_by_label("Teacher password").fill(PASSWORD)
    teacher.get_by_role("button", name="Log in").click()
    teacher.get_by_text("Teacher controls are on").wait_for()
    stop_buttons(teacher).first.click()
    wait_for_state(class_server, "cem's run", "stopped")
    cem.get_by_text(re.compile("“cem's run”: stopped")).wait_for(timeout=30_000)  # Cem sees it ended
