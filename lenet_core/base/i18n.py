"""中文 and English: every word the app shows, through gettext catalogues kept with Babel.

Code marks what it shows with `_("...")` (or `ngettext(singular, plural, n)` where a count changes
the words, `N_("...")` for a constant defined before any language is known, translated where it is
shown with `_(constant)`). Placeholders are named and filled after translation, so a translator can
move them: `_("{count} epochs asked").format(count=...)`; never an f-string inside `_()`.

Which language: the app tells this module where to look (`set_source`: the Streamlit session's
choice), so the core never imports Streamlit; anything else (the CLI, Dask workers, tests) gets
English, the book's lines. `using(language)` sets it for a block in this thread.

The catalogues live in `lenet_core/base/locale/<language>/LC_MESSAGES/lenet.po`, compiled to `.mo`
beside them and committed, so the app needs no build step. After changing any text:

    python -m lenet_core.base.i18n update    # extract the messages, update each .po, compile the .mo

then translate what the .po lists without a translation (tests/test_i18n.py fails until every
message has one) and run it again to compile.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gettext
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from lenet_core.base.settings import PROJECT_DIR

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "lenet"
LANGUAGES = {"en": "English", "zh_CN": "中文"}  # code -> its own name, as the switch shows it
DEFAULT = "en"

_source: Callable[[], str | None] = lambda: None  # noqa: E731 (replaced by set_source)
_local = threading.local()


def set_source(source: Callable[[], str | None]) -> None:
    """Where the current language comes from (the app: the session's choice); None -> English."""
    global _source
    _source = source


@contextlib.contextmanager
def using(language: str) -> Iterator[None]:
    """The messages of this thread in `language` for the block (tests, a page's sub-thread)."""
    previous = getattr(_local, "language", None)
    _local.language = check_language(language)
    try:
        yield
    finally:
        _local.language = previous


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}: expected one of {', '.join(LANGUAGES)}.")
    return language


def current() -> str:
    """The language of what is being shown now."""
    language = getattr(_local, "language", None)
    if language is None:
        try:
            language = _source()
        except Exception:  # noqa: BLE001 (a source asked outside a session: English, never a crash)
            language = None
    return language if language in LANGUAGES else DEFAULT


def language_for(browser_locale: str | None) -> str:
    """The language a browser asking for `browser_locale` ("zh-CN", "zh-TW", "en-US") gets by
    default: Chinese for any zh-*, English for everything else."""
    primary = (browser_locale or "").replace("_", "-").split("-")[0].strip().lower()
    return "zh_CN" if primary == "zh" else DEFAULT


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == DEFAULT:
        return gettext.NullTranslations()  # the messages are written in English
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language])  # a missing catalogue is a bug


def _(message: str) -> str:
    """`message` in the current language."""
    return _translations(current()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of `singular`/`plural` for `count` in the current language (Chinese has one)."""
    return _translations(current()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks `message` for the catalogue without translating it (a constant; `_()` it when shown)."""
    return message


# Numbers: Simplified Chinese writes them as English does (CLDR, through Babel, agrees: "12,345.6",
# "99.5%"; tests/test_i18n.py checks it), so both use Python's own formatting, which rounds the
# float itself; Babel rounds its decimal text (0.545 -> "54%" where Python and the pages said 55%).


def number(value: float, decimals: int | None = None) -> str:
    """12345 -> "12,345"; `decimals` fixes the digits after the point."""
    return f"{value:,}" if decimals is None else f"{value:,.{decimals}f}"


def percent(share: float, decimals: int = 1) -> str:
    """0.9952 -> "99.5%"."""
    return f"{share:.{decimals}%}"


def when(moment: datetime.datetime) -> str:
    """A date and time as the current language writes them ("Dec 3, 2026, 7:05 AM", "2026年12月3日 07:05")."""
    from babel.dates import format_datetime

    return format_datetime(moment, "medium", locale=current())


# --- python -m lenet_core.base.i18n update ---------------------------------------------------------

SOURCES = ("streamlit_app.py", "app_pages", "lenet_core")  # what the app shows comes from these


def extract():
    """The catalogue of every message marked in SOURCES (a babel Catalog), read from the source."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir, extract_from_file

    catalog = Catalog(project="LeNet Lab", domain=DOMAIN, charset="utf-8")
    method_map = [("**.py", "python")]
    for source in SOURCES:
        path = PROJECT_DIR / source
        if path.is_file():
            found = ((path.name, *entry) for entry in extract_from_file("python", path))
        else:
            found = (
                (filename, *entry)
                for filename, *entry in extract_from_dir(path, method_map)
                if "node_modules" not in filename
            )
        for filename, lineno, message, comments, context in found:
            catalog.add(message, None, [(f"{source}/{filename}" if path.is_dir() else filename, lineno)],
                        auto_comments=comments, context=context)  # fmt: skip
    return catalog


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update() -> dict[str, int]:
    """Extracts the messages, updates each language's .po (new ones untranslated, gone ones
    dropped) and compiles its .mo. Returns each language's count of untranslated messages."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    template = extract()
    missing = {}
    for language in LANGUAGES:
        if language == DEFAULT:
            continue
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            with path.open("rb") as stream:
                catalog = read_po(stream, locale=language)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=language, domain=DOMAIN, project="LeNet Lab")
        catalog.update(template, no_fuzzy_matching=True)  # a guessed translation is worse than none
        catalog.obsolete.clear()
        catalog.fuzzy = False  # a fuzzy header would be left out of the .mo, and its plural rule with it
        with path.open("wb") as stream:
            write_po(stream, catalog, omit_header=False, sort_output=True, include_previous=False, width=100)
        with path.with_suffix(".mo").open("wb") as stream:
            write_mo(stream, catalog)
        missing[language] = sum(1 for message in catalog if message.id and not _translated(message))
    return missing


def _translated(message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return all(strings) and not message.fuzzy


def main(argv: list[str] | None = None) -> int:
    import sys

    argv = sys.argv[1:] if argv is None else argv
    if argv != ["update"]:
        print("usage: python -m lenet_core.base.i18n update", file=sys.stderr)
        return 2
    for language, count in update().items():
        print(f"{po_path(language).relative_to(PROJECT_DIR)}: {count} messages without a translation")
    return 0


def shown_class_names(class_names) -> tuple[str, ...]:
    """Class names as a page shows them, in the current language (the Chinese edition's names for
    Fashion-MNIST: T恤/上衣, 裤子, ...); digits stay digits."""
    return tuple(_(name) for name in class_names)


if __name__ == "__main__":
    raise SystemExit(main())
