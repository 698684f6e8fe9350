"""The sidebar's identity and teacher controls, and the Models page's owners, rendered by AppTest."""

import shutil

import pytest
from streamlit.testing.v1 import AppTest

import lenet_core.classroom.students
import lenet_core.classroom.teacher
from lenet_core.base.settings import DATA_DIR
from lenet_core.classroom.limits import load_limits
from lenet_core.classroom.students import StudentRegistry, is_valid_token, new_token
from lenet_core.classroom.teacher import LoginThrottle
from lenet_core.store.models import ModelStore
from tests.app_tabs import APP, open_app
from tests.store_copies import copy_model

PASSWORD = "correct horse"


@pytest.fixture
def server_folders(tmp_path, monkeypatch):
    """A store with the shipped MNIST model and a classroom folder, both this test's own."""
    models = tmp_path / "models"
    models.mkdir()
    shutil.copytree(DATA_DIR / "models" / "default-mnist", models / "default-mnist")
    monkeypatch.setenv("LENET_MODELS_DIR", str(models))
    monkeypatch.setenv("LENET_JOBS_DIR", str(tmp_path / "jobs"))
    monkeypatch.setenv("LENET_CLASSROOM_DIR", str(tmp_path / "classroom"))
    monkeypatch.delenv("LENET_TEACHER_PASSWORD", raising=False)
    monkeypatch.setattr(lenet_core.classroom.teacher, "THROTTLE", LoginThrottle())  # no waits left by other tests
    return tmp_path


def test_a_new_tab_gets_a_token_in_its_url_that_survives_a_reload_and_page_switches(server_folders):
    first = open_app()
    token = first.query_params["me"]
    assert is_valid_token(token)
    first.sidebar.text_input(key="student_name").set_value("Ada **L**").run()
    assert StudentRegistry().names() == {token: "Ada **L**"}
    first.switch_page("app_pages/models.py").run()
    assert first.query_params["me"] == token
    reloaded = open_app("app_pages/models.py", token=token)  # a reload: a new session, the same URL
    assert reloaded.query_params["me"] == token
    assert reloaded.sidebar.text_input(key="student_name").value == "Ada **L**"
    assert open_app().query_params["me"] != token  # another browser without the URL is someone else


def test_a_malformed_token_in_the_url_is_replaced(server_folders):
    at = open_app(token="x")
    assert at.query_params["me"] != "x" and is_valid_token(at.query_params["me"])


def test_an_empty_name_is_refused_with_a_message(server_folders):
    at = open_app()
    at.sidebar.text_input(key="student_name").set_value(" / ").run()
    assert any("at least one letter or digit" in error.value for error in at.sidebar.error)
    assert StudentRegistry().names() == {}


def test_without_a_teacher_password_there_are_no_teacher_controls(server_folders):
    at = open_app()
    assert not [field for field in at.sidebar.text_input if field.key == "teacher_password"]


def _log_in(at: AppTest, typed: str) -> AppTest:
    at.sidebar.text_input(key="teacher_password").set_value(typed)
    at.sidebar.button[-1].click().run()  # the login form's submit button
    assert not at.exception
    return at


def test_wrong_password_says_so_and_the_right_one_shows_the_teacher_controls(server_folders, monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    at = _log_in(open_app(), "guess")
    assert [error.value for error in at.sidebar.error] == ["Wrong teacher password."]
    assert not any("Teacher controls are on" in success.value for success in at.sidebar.success)
    _log_in(at, PASSWORD)
    assert any("Teacher controls are on" in success.value for success in at.sidebar.success)
    at.switch_page("app_pages/predict.py").run()  # on every page
    assert any("Teacher controls are on" in success.value for success in at.sidebar.success)
    at.sidebar.button(key="teacher_logout").click().run()
    assert not any("Teacher controls are on" in success.value for success in at.sidebar.success)


def test_repeated_wrong_passwords_are_slowed_down(server_folders, monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    at = open_app()
    for _ in range(3):
        _log_in(at, "guess")
    assert any("Wait 2 s before the next try" in error.value for error in at.sidebar.error)
    _log_in(at, PASSWORD)  # at once: still refused
    assert any("Too many wrong passwords. Try again in" in error.value for error in at.sidebar.error)


def test_a_classmate_guessing_from_new_tabs_never_keeps_the_teacher_out(server_folders, monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    for _ in range(5):  # 15 wrong passwords from 5 new tabs (new identities)
        guesser = open_app()
        for _ in range(3):
            _log_in(guesser, "guess")
    assert any("Wait" in error.value for error in guesser.sidebar.error)  # she is slowed down
    teacher = _log_in(open_app(), PASSWORD)  # at once, first try
    assert any("Teacher controls are on" in success.value for success in teacher.sidebar.success)
    teacher.sidebar.button(key="teacher_reset_waits").click().run()
    assert any("Waiting times reset" in success.value for success in teacher.sidebar.success)
    _log_in(guesser, "guess")  # her count was forgotten: a plain refusal, no wait
    assert [error.value for error in guesser.sidebar.error] == ["Wrong teacher password."]


def test_the_password_can_come_from_the_secrets_file(server_folders):
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["teacher_password"] = PASSWORD
    at.switch_page("app_pages/explore.py").run()
    _log_in(at, PASSWORD)
    assert any("Teacher controls are on" in success.value for success in at.sidebar.success)


def test_the_teacher_changes_the_class_limits(server_folders, monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    at = _log_in(open_app(), PASSWORD)
    at.sidebar.number_input(key="limit_max_parameters").set_value(2_000_000)
    at.sidebar.button[0].click().run()  # "Save limits" (the form's only button above Log out)
    assert not at.exception
    assert any("Limits saved" in success.value for success in at.sidebar.success)
    assert load_limits().max_parameters == 2_000_000


def test_models_page_names_who_trained_what_and_offers_delete_to_the_owner_and_the_teacher(server_folders, monkeypatch):
    monkeypatch.setenv("LENET_TEACHER_PASSWORD", PASSWORD)
    ada, bob = new_token(), new_token()
    StudentRegistry().set_name(ada, "Ada")
    copy_model(server_folders / "models", "adas-model", "**Default**", owner=ada, owner_name="old name")
    copy_model(server_folders / "models", "bobs-model", "<b>x</b>", owner=bob, owner_name="Bob")
    at = open_app("app_pages/models.py", token=bob)
    table = at.dataframe[0].value
    by_name = dict(zip(table["name"], table["trained by"], strict=True))
    assert by_name == {
        "**Default**": "Ada",
        "<b>x</b>": "Bob",
        ModelStore(DATA_DIR / "models").get("default-mnist").name: "LeNet Lab (shipped)",
    }
    detail = at.selectbox(key="models_detail_mnist")
    assert detail.value == "default-mnist"  # the shipped model, never a student's "Default"
    assert at.multiselect(key="models_compare_mnist").value == ["default-mnist"]
    assert not [button for button in at.button if button.key == "models_delete"]  # not Bob's, no teacher
    detail.set_value("bobs-model").run()
    assert at.button(key="models_delete").label.endswith("Delete this model")
    at.selectbox(key="models_detail_mnist").set_value("adas-model").run()  # the current tree's widget, not the first
    assert not [button for button in at.button if button.key == "models_delete"]
    _log_in(at, PASSWORD)
    at.button(key="models_delete").click().run()
    assert not (server_folders / "models" / "adas-model").exists()
    assert (server_folders / "models" / "bobs-model").exists()


def test_a_device_that_keeps_starting_identities_is_sent_back_to_its_own(server_folders, monkeypatch):
    """Ten new tabs from one laptop are not ten students: past the class limit a new identity is
    refused with the way back; the device's own identities, and named ones, still get in."""
    import app_pages.common

    monkeypatch.setattr(lenet_core.classroom.students, "IDENTITIES", lenet_core.classroom.students.IdentityLimiter())
    monkeypatch.setattr(app_pages.common, "client_address", lambda: "192.168.1.66")  # the network's part
    lenet_core.classroom.limits.save_limits(lenet_core.classroom.limits.Limits(max_new_identities_per_device=2))
    named = new_token()
    StudentRegistry().set_name(named, "Ann")  # a classmate's bookmark from before a restart
    first = open_app()
    open_app()  # a second new tab
    refused = open_app()
    assert [title.value for title in refused.title] == ["Too many new identities from this device"]
    assert "the class limit is 2 an hour" in refused.error[0].value
    assert "student_token" not in refused.session_state  # nothing was done in the refused name
    assert not [field for field in refused.sidebar.text_input if field.key == "student_name"]
    again = open_app(token=first.query_params["me"])  # a reload of one of its own: no new identity
    assert not again.title or again.title[0].value != "Too many new identities from this device"
    assert again.sidebar.text_input(key="student_name") is not None
    assert not open_app(token=named).error  # the class already knows her name
    monkeypatch.setattr(app_pages.common, "client_address", lambda: "192.168.1.10")
    assert not open_app().error  # another laptop has its own count
    lenet_core.classroom.teacher.reset_waits()  # the teacher's button
    monkeypatch.setattr(app_pages.common, "client_address", lambda: "192.168.1.66")
    assert not open_app().error
