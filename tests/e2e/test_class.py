"""A class on one URL, in a real browser: who is who after a reload, names shown literally, the teacher."""

import re
import urllib.parse

import pytest

from harness.browser import choose, go_to, open_options, wait_until, wait_until_idle
from harness.server import Server, new_server_root
from lenet_core.base.settings import DATA_DIR
from lenet_core.classroom.students import new_token
from lenet_core.store.models import ModelStore
from tests.store_copies import copy_model

pytestmark = pytest.mark.e2e

PASSWORD = "chalk and cheese"
SHIPPED = ModelStore(DATA_DIR / "models").get("default-mnist").name
# What students typed as model names and as their own names; each must appear exactly as typed.
HOSTILE = {
    "default-copy": ("Default", "**Eve**"),
    "bold-model": ("**bold**", "<b>x</b>"),
    "link-model": ("[link](http://example.com)", "[me](http://example.com)"),
    "tag-model": ("<b>x</b>", "Mallory"),
}


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    """A server with a teacher password and four models by other students with hostile names."""
    root = new_server_root(tmp_path_factory, "class")
    for model_id, (name, owner_name) in HOSTILE.items():
        copy_model(root / "models", model_id, name, owner=new_token(), owner_name=owner_name)
    running = Server(root, {"LENET_TEACHER_PASSWORD": PASSWORD}).start()
    yield running
    running.stop()


def token_in(url: str) -> str | None:
    return urllib.parse.parse_qs(urllib.parse.urlparse(url).query).get("me", [None])[0]


def name_field(page):
    return page.get_by_role("textbox", name="Your name")


def wait_for_value(field, expected: str, timeout_ms: int = 20_000) -> None:
    """Waits until the text field shows `expected` (it is filled when the script run arrives)."""
    field.page.wait_for_function(
        "([element, expected]) => element.value === expected",
        arg=[field.element_handle(), expected],
        timeout=timeout_ms,
    )


def test_identity_survives_a_reload_a_page_switch_and_a_browser_restart(class_server, new_page):
    page = new_page(f"{class_server.url}/explore")
    page.get_by_role("heading", name=re.compile("Explore")).first.wait_for()
    wait_until_idle(page)
    token = token_in(page.url)
    assert token, f"no ?me= token in {page.url}"
    name_field(page).fill("Ada <i>L</i>")
    name_field(page).press("Enter")
    wait_until_idle(page)

    go_to(page, "Predict")
    wait_until_idle(page)
    assert token_in(page.url) == token
    wait_for_value(name_field(page), "Ada <i>L</i>")

    page.reload()
    page.get_by_role("heading", name=re.compile("Predict")).first.wait_for()
    assert token_in(page.url) == token
    wait_for_value(name_field(page), "Ada <i>L</i>")

    bookmark, cookies = page.url, page.context.storage_state()
    page.context.close()  # the browser is closed; the bookmark opens it again, with its cookies
    reopened = new_page(bookmark, storage_state=cookies)
    reopened.get_by_role("heading", name=re.compile("Predict")).first.wait_for()
    wait_for_value(name_field(reopened), "Ada <i>L</i>")
    assert token_in(reopened.url) == token

    stranger = new_page(f"{class_server.url}/predict")  # no token: a classmate, not Ada
    stranger.get_by_role("heading", name=re.compile("Predict")).first.wait_for()
    wait_until_idle(stranger)
    assert token_in(stranger.url) not in (None, token)
    assert name_field(stranger).input_value() == ""


def remembers(page) -> None:
    """Waits until the page's script has stored the tab's identity in the browser's cookie."""
    token = token_in(page.url)

    def stored() -> bool:
        return any(cookie["name"] == "lenet_me" and token in cookie["value"] for cookie in page.context.cookies())

    wait_until(stored, "the browser to remember its identity")


def test_a_link_with_a_classmates_identity_asks_before_acting_in_her_name(class_server, new_page):
    ann = new_page(f"{class_server.url}/explore")
    ann.get_by_role("heading", name=re.compile("Explore")).first.wait_for()
    wait_until_idle(ann)
    name_field(ann).fill("Ann")
    name_field(ann).press("Enter")
    wait_until_idle(ann)
    shared = ann.url  # "the app's link", with her own ?me= in it
    remembers(ann)

    bob = new_page(f"{class_server.url}/explore")  # Bob has been here before: his browser knows him
    bob.get_by_role("heading", name=re.compile("Explore")).first.wait_for()
    wait_until_idle(bob)
    mine = token_in(bob.url)
    remembers(bob)
    bob.goto(shared)
    bob.get_by_role("heading", name="Whose link is this?").wait_for()
    assert bob.get_by_text(re.compile("carries the identity of “Ann”")).count() == 1
    assert name_field(bob).count() == 0  # nothing shown or done in Ann's name yet
    bob.get_by_role("button", name="Start as myself").click()
    bob.get_by_role("heading", name=re.compile("Explore")).first.wait_for()
    wait_until_idle(bob)
    assert token_in(bob.url) == mine and name_field(bob).input_value() == ""

    bob.goto(shared)  # asked again: nothing was decided for him
    bob.get_by_role("heading", name="Whose link is this?").wait_for()
    bob.get_by_role("button", name="Continue as Ann").click()
    wait_for_value(name_field(bob), "Ann")
    assert token_in(bob.url) == token_in(shared)

    ann.reload()  # her own link, in her own browser: no question
    ann.get_by_role("heading", name=re.compile("Explore")).first.wait_for()
    wait_for_value(name_field(ann), "Ann")
    assert ann.get_by_role("heading", name="Whose link is this?").count() == 0


def assert_nothing_rendered(page) -> None:
    """No student text became a link, bold text or an HTML tag anywhere on the page."""
    assert page.locator('a[href="http://example.com"], a[href="http://example.com/"]').count() == 0
    assert page.locator("b, strong", has_text=re.compile(r"^(x|bold|Eve)$")).count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


def test_typed_names_appear_literally_and_never_preselect(class_server, new_page):
    page = new_page(f"{class_server.url}/models")
    page.get_by_role("heading", name="Leaderboard").wait_for()
    wait_until_idle(page)
    cells = page.locator('[data-testid="stDataFrame"] [role="gridcell"]')
    cells.first.wait_for(state="attached")
    texts = set(cells.evaluate_all("cells => cells.map(cell => cell.textContent)"))
    for name, owner_name in HOSTILE.values():
        assert name in texts and owner_name in texts, f"{name!r} or {owner_name!r} not shown literally"
    assert "LeNet Lab (shipped)" in texts

    # A selectbox shows its choice as an <input>'s value: plain text by construction.
    assert page.get_by_role("combobox", name="Model", exact=True).input_value().startswith(f"{SHIPPED} · shipped")
    label, *chips = [
        line for line in page.locator('[data-testid="stMultiSelect"]').first.inner_text().splitlines() if line
    ]
    assert label == "Models to compare" and len(chips) == 1 and chips[0].startswith(f"{SHIPPED} · shipped")
    options = open_options(page, "Model")
    for name, owner_name in HOSTILE.values():
        assert any(option.startswith(f"{name} · by {owner_name} · mnist") for option in options), options

    # The comparison chart's legend (Plotly renders HTML tags in trace names).
    choose(page, "Models to compare", "<b>x</b> · by Mallory")
    legend = page.locator(".legendtext").filter(has_text="training accuracy")
    legend.nth(1).wait_for()
    assert "<b>x</b>: training accuracy" in legend.all_text_contents()
    assert_nothing_rendered(page)

    go_to(page, "Predict")
    wait_until_idle(page)
    assert page.get_by_role("combobox", name="Model", exact=True).input_value().startswith(f"{SHIPPED} · shipped")
    options = open_options(page, "Model")
    assert options[0].startswith(f"{SHIPPED} · shipped")
    for name, owner_name in HOSTILE.values():
        assert any(option.startswith(f"{name} · by {owner_name}") for option in options), options
    assert_nothing_rendered(page)


def test_teacher_login_refuses_a_wrong_password_and_then_deletes_a_students_model(class_server, new_page):
    page = new_page(f"{class_server.url}/models")
    page.get_by_role("heading", name="Leaderboard").wait_for()
    wait_until_idle(page)
    choose(page, "Model", "Default · by **Eve**")
    page.get_by_text("Only the student who created a model, or the teacher, can delete it.").wait_for()
    assert page.get_by_role("button", name=re.compile("Delete this model")).count() == 0  # not hers to delete

    page.get_by_text("Teacher", exact=True).click()  # the sidebar's expander
    password = page.get_by_label("Teacher password")
    password.fill("not it")
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Wrong teacher password.").wait_for()
    assert page.get_by_text("Teacher controls are on").count() == 0

    page.get_by_label("Teacher password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Teacher controls are on").wait_for()
    wait_until_idle(page)
    page.get_by_role("button", name=re.compile(r"Delete this model \(teacher\)")).click()
    wait_until(lambda: not (class_server.models / "default-copy").exists(), "the teacher's delete")
    wait_until_idle(page)
    assert (class_server.models / "bold-model").exists()
    assert not any(option.startswith("Default · by") for option in open_options(page, "Model"))
    assert page.locator('[data-testid="stException"]').count() == 0
