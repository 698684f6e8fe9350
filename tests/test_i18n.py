"""中文 and English: every message in the catalogue has a Chinese translation and the compiled
catalogue is current; no page hands a widget an untranslated literal; the language follows the
browser, the switch and the student; numbers and plurals follow the language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from lenet_core.base import i18n
from lenet_core.base.settings import PROJECT_DIR

# Streamlit calls whose text arguments a student reads; any receiver (st, st.sidebar, a column, a tab).
WIDGETS = {
    "title", "header", "subheader", "markdown", "caption", "write", "text", "info", "warning", "error",
    "success", "toast", "exception", "button", "download_button", "link_button", "page_link", "form_submit_button",
    "selectbox", "multiselect", "radio", "slider", "select_slider", "number_input", "text_input", "text_area",
    "checkbox", "toggle", "file_uploader", "camera_input", "color_picker", "date_input", "time_input",
    "segmented_control", "pills", "expander", "popover", "tabs", "spinner", "status", "metric", "progress",
    "Page", "NumberColumn", "TextColumn", "ProgressColumn", "Column", "LinkColumn", "ImageColumn",
}  # fmt: skip
TEXT_KEYWORDS = {"label", "help", "placeholder", "caption", "body", "text", "title", "value", "delta"}
ICON = re.compile(r":material/[a-z_]+:")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _is_text(node: ast.AST) -> bool:
    """A literal a student would read: a string (or f-string) with a letter outside icon names."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]", ICON.sub("", node.value)))
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):  # "a" + "b"
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):  # st.tabs([...]), st.radio(options=[...])
        return any(_is_text(element) for element in node.elts)
    return False


def untranslated_literals(path: Path, root: Path = PROJECT_DIR) -> list[str]:
    """ "file:line: call" for each widget call in `path` given text that does not pass through `_()`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WIDGETS):
            continue
        arguments = node.args[:1] + [keyword.value for keyword in node.keywords if keyword.arg in TEXT_KEYWORDS]
        if node.func.attr == "tabs":
            arguments = node.args[:1]
        for argument in arguments:
            if _is_text(argument):
                found.append(f"{path.relative_to(root)}:{argument.lineno}: {node.func.attr}(...)")
    return found


def page_files() -> list[Path]:
    return sorted([PROJECT_DIR / "streamlit_app.py", *(PROJECT_DIR / "app_pages").rglob("*.py")])


def test_no_page_passes_an_untranslated_literal_to_a_widget():
    found = [line for path in page_files() for line in untranslated_literals(path)]
    assert not found, "Wrap these in _() (lenet_core.base.i18n):\n" + "\n".join(found)


def test_the_literal_check_catches_a_bare_label(tmp_path):
    page = tmp_path / "page.py"
    page.write_text(
        "import streamlit as st\n"
        "from lenet_core.base.i18n import _\n"
        'st.button("Start")\n'
        'st.caption(f"Seed {seed}")\n'
        'st.sidebar.selectbox(_("Model"), [], help="Pick one")\n'
        'st.title(_("Train"))\n'
        'st.button(":material/undo:")\n'
    )
    assert [line.split(":")[1] for line in untranslated_literals(page, tmp_path)] == ["3", "4", "5"]


def _catalog(language: str):
    from babel.messages.pofile import read_po

    with i18n.po_path(language).open("rb") as stream:
        return read_po(stream, locale=language)


def test_every_message_has_a_chinese_translation_and_the_catalogue_is_current():
    template = i18n.extract()
    catalog = _catalog("zh_CN")
    extracted = {message.id for message in template if message.id}
    in_po = {message.id for message in catalog if message.id}
    assert extracted - in_po == set(), "New messages: run `python -m lenet_core.base.i18n update` and translate them"
    untranslated = [message.id for message in catalog if message.id in extracted and not i18n._translated(message)]
    assert not untranslated, f"{len(untranslated)} messages without a Chinese translation: {untranslated[:10]}"
    assert len(extracted) > 0


def _entries(catalog) -> dict:
    def plain(value):
        return tuple(value) if isinstance(value, (list, tuple)) else value

    return {plain(message.id): plain(message.string) for message in catalog if message.id and not message.fuzzy}


def test_the_compiled_catalogue_matches_the_po():
    from babel.messages.mofile import read_mo

    with i18n.po_path("zh_CN").with_suffix(".mo").open("rb") as stream:
        compiled = read_mo(stream)
    assert _entries(compiled) == _entries(_catalog("zh_CN")), (
        "The .mo is older than the .po: run `python -m lenet_core.base.i18n update`"
    )


@pytest.mark.parametrize(
    "browser, language",
    [("zh-CN", "zh_CN"), ("zh-TW", "zh_CN"), ("zh", "zh_CN"), ("en-US", "en"), ("de", "en"), (None, "en"), ("", "en")],
)
def test_the_browsers_language_picks_chinese_for_any_zh(browser, language):
    assert i18n.language_for(browser) == language


def test_numbers_and_plurals_follow_the_language():
    with i18n.using("en"):
        assert i18n.number(12345) == "12,345" and i18n.percent(0.9952) == "99.5%"
        assert i18n.ngettext("{count} image", "{count} images", 1) == "{count} image"
        assert i18n.ngettext("{count} image", "{count} images", 2) == "{count} images"
    from babel.numbers import format_decimal, format_percent

    for value in (12345, 1234567.25, 0.5, 3):  # Chinese writes numbers as English does, CLDR says
        assert i18n.number(value) == format_decimal(value, locale="zh_CN") == format_decimal(value, locale="en")
    assert i18n.percent(0.9952) == format_percent(0.9952, "#,##0.0%", locale="zh_CN") == "99.5%"
    moment = __import__("datetime").datetime(2026, 12, 3, 7, 5)
    with i18n.using("zh_CN"):
        assert i18n.when(moment).startswith("2026年12月3日")
    with i18n.using("en"):
        assert i18n.when(moment).startswith("Dec 3, 2026")
    assert i18n.current() == "en"  # outside a session and a `using` block: the book's English
    with pytest.raises(ValueError, match="Unknown language"):
        i18n.check_language("fr")


def test_chinese_has_one_plural_form_and_english_two():
    singular = "{shown} of {total} drawings by {count} student, newest first."
    plural = "{shown} of {total} drawings by {count} students, newest first."

    def caption(count: int) -> str:
        return i18n.ngettext(singular, plural, count).format(shown=3, total=5, count=count)

    with i18n.using("en"):
        assert caption(1) == "3 of 5 drawings by 1 student, newest first."
        assert caption(2) == "3 of 5 drawings by 2 students, newest first."
    with i18n.using("zh_CN"):
        one, two = caption(1), caption(2)
    assert CHINESE.search(one) and one.replace("1", "2") == two  # one form, the count filled in


def test_a_students_language_is_kept_with_their_name(tmp_path):
    from lenet_core.classroom.students import StudentRegistry, new_token

    registry, token, other = StudentRegistry(tmp_path), new_token(), new_token()
    assert registry.language_of(token) is None  # nobody chose: the browser's language
    registry.set_language(token, "zh_CN")
    registry.set_name(token, "Li Wei")  # naming oneself later keeps the choice
    assert registry.language_of(token) == "zh_CN" and registry.name_of(token) == "Li Wei"
    registry.set_language(token, "en")
    assert registry.language_of(token) == "en" and registry.language_of(other) is None
    assert not registry.name_of(other)
    with pytest.raises(ValueError, match="Unknown language"):
        registry.set_language(token, "xx")


PAGES = {"train": "训练", "explore": "探索", "predict": "预测", "models": "模型"}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_in_both_languages(default_models, monkeypatch, page, language):
    from streamlit.testing.v1 import AppTest

    from harness.drawings import fake_live_canvas
    from tests.app_tabs import APP

    fake_live_canvas(monkeypatch, None)
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["language_choice"] = language
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception
    title = at.title[0].value
    assert bool(CHINESE.search(title)) == (language == "zh_CN"), title
    labels = [widget.label for widget in (*at.selectbox, *at.button, *at.number_input) if widget.label]
    chinese = [label for label in labels if CHINESE.search(label)]
    if language == "zh_CN":
        assert chinese, labels
    else:
        assert not chinese, chinese


def test_the_switch_is_saved_for_the_student_and_a_reload_keeps_it(default_models):
    from streamlit.testing.v1 import AppTest

    from lenet_core.classroom.students import StudentRegistry
    from tests.app_tabs import APP

    at = AppTest.from_file(APP, default_timeout=90)
    at.switch_page("app_pages/explore.py").run()
    assert not at.exception and not CHINESE.search(at.title[0].value)  # AppTest has no browser language: English
    token = at.session_state["student_token"]
    at.segmented_control(key="language_choice").set_value("zh_CN").run()
    assert not at.exception and CHINESE.search(at.title[0].value)
    assert StudentRegistry().language_of(token) == "zh_CN"
    reloaded = AppTest.from_file(APP, default_timeout=90)  # a reload: a new session, the same ?me= link
    reloaded.query_params["me"] = token
    reloaded.switch_page("app_pages/explore.py").run()
    assert not reloaded.exception and CHINESE.search(reloaded.title[0].value)
    stranger = AppTest.from_file(APP, default_timeout=90)  # another student, same server: still English
    stranger.switch_page("app_pages/explore.py").run()
    assert not stranger.exception and not CHINESE.search(stranger.title[0].value)


def test_a_chinese_class_name_on_a_sample_image_gets_a_chinese_font_or_the_english_name(monkeypatch):
    import numpy as np

    from lenet_core.charts import images

    blank = np.zeros((28, 28), np.uint8)
    english = images.labelled_sample(blank, "Ankle boot", True)
    chinese = images.labelled_sample(blank, "短靴", True, fallback="Ankle boot")
    assert chinese[:40].any() and not np.array_equal(chinese, english)  # drawn, and not as the English
    images._font.cache_clear()
    monkeypatch.setattr(images, "CJK_FONTS", ())  # a machine without a Chinese font
    try:
        assert np.array_equal(images.labelled_sample(blank, "短靴", True, fallback="Ankle boot"), english)
    finally:
        images._font.cache_clear()


@pytest.mark.parametrize("name", ["王老师", "LeNet Lab（内置）", "教师 Li", "Teacher Li"])
def test_a_name_cannot_pose_as_the_teacher_or_the_shipped_models_in_either_language(name):
    from lenet_core.base.names import check_not_reserved

    with pytest.raises(ValueError, match="cannot contain"):
        check_not_reserved(name, "Your name")
    check_not_reserved("王小明", "Your name")  # an ordinary Chinese name is fine


def test_what_students_type_is_never_translated(tiny_model, tmp_path, monkeypatch):
    """A model named like a message ("Models", "Train") keeps its name on the pages in Chinese."""
    from streamlit.testing.v1 import AppTest

    from lenet_core.network.config import TrainingConfig
    from lenet_core.store.models import ModelStore
    from tests.app_tabs import APP

    store = ModelStore(tmp_path / "models")
    for name in ("Models", "Train"):
        store.save(tiny_model.model, name, TrainingConfig(epochs=1), tiny_model.history, None, seconds=1.0)
    monkeypatch.setenv("LENET_MODELS_DIR", str(store.root))
    at = AppTest.from_file(APP, default_timeout=90)
    at.session_state["language_choice"] = "zh_CN"
    at.switch_page("app_pages/models.py").run()
    assert not at.exception and CHINESE.search(at.title[0].value)
    picker = at.selectbox(key="models_detail_mnist")
    labels = picker.options  # as the student sees them (AppTest keeps the formatted labels)
    assert any(label.startswith("Models ·") for label in labels), labels
    assert any(label.startswith("Train ·") for label in labels), labels
    assert not any(label.startswith(("模型", "训练")) for label in labels), labels
