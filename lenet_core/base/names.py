"""Names that students type and classmates read: one cleaner for model names and display names.

Whatever a student types is shown as plain text everywhere; this module makes sure it is also one
readable line that cannot pass for something else: no control characters, no towers of combining
marks, not the separator that model pickers put between a name and who made it, and not the
words that mark the shipped models and the teacher.
"""

from __future__ import annotations

import re
import unicodedata

from lenet_core.base.i18n import _

SEPARATOR = "·"  # between a model's name, its maker and its figures in every picker (ModelRecord.label)
MAX_DISPLAY_NAME_LENGTH = 40  # a student's name: the sidebar's field, the registry, the class drawings
RESERVED_WORDS = ("shipped", "teacher")  # what the pickers and the sidebar say of the server owner's models
RESERVED_CHINESE = ("内置", "老师", "教师")  # the same words on the pages in 中文 ("LeNet Lab（内置）")
MAX_MARKS = 2  # combining marks kept on one character: enough for any language, not for a "Zalgo" tower


def fold(text: str) -> str:
    """One printable line: NFKC, control characters and the picker separator as spaces, at most
    MAX_MARKS combining marks per character, runs of spaces as one, no spaces at either end."""
    text = unicodedata.normalize("NFKC", str(text))
    kept, marks = [], 0
    for character in text:
        if unicodedata.combining(character):
            marks += 1
            if marks > MAX_MARKS:
                continue
        else:
            marks = 0
        kept.append(character if character.isprintable() and character not in SEPARATOR + "|" else " ")
    return " ".join("".join(kept).split())


def reserved_word(text: str) -> str | None:
    """The reserved word `text` contains as a word (any case, any accents), or None."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    for word in RESERVED_WORDS:
        if re.search(rf"\b{word}\b", plain):
            return word
    folded = unicodedata.normalize("NFKC", text)  # Chinese has no word boundaries: any occurrence
    return next((word for word in RESERVED_CHINESE if word in folded), None)


def check_not_reserved(text: str, what: str) -> None:
    """ValueError when `text` uses a reserved word; `what` names it in the message ("Your name"):
    a message marked with N_ (translated here) or one already translated."""
    word = reserved_word(text)
    if word:
        raise ValueError(
            _("{what} cannot contain “{word}”: it marks the shipped models and the teacher. Pick another.").format(
                what=_(what), word=word
            )
        )


def terminal_safe(text: str) -> str:
    """Text for a terminal: control characters (escape sequences could recolour or move the cursor)
    shown as \\x.. instead of acted upon. Names are sanitised when saved, but folders can be copied in."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(text))
