"""Who is who in the class: a secret token per student (in the student's URL), the name and
language they chose, kept in `students.json` of the classroom folder, and how many new identities
one device may make.

No Streamlit here: pages pass in the URL token and the typed name.
"""

from __future__ import annotations

import dataclasses
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from lenet_core.base import settings
from lenet_core.base.files import read_json_object, write_json
from lenet_core.base.i18n import LANGUAGES, _, check_language
from lenet_core.base.names import MAX_DISPLAY_NAME_LENGTH, check_not_reserved, fold
from lenet_core.classroom.limits import LimitError

STUDENTS_FILE = "students.json"
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,64}")  # secrets.token_urlsafe(16) gives 22 characters


@dataclasses.dataclass(frozen=True)
class Student:
    token: str  # the secret in the student's URL; whoever holds it is this student
    name: str  # display name; "" until the student gives one
    device: str = ""  # device_key: the laptop or phone this tab runs on (its tabs share limits)


def new_token() -> str:
    return secrets.token_urlsafe(16)


def is_valid_token(text: str | None) -> bool:
    return bool(text) and TOKEN_PATTERN.fullmatch(text) is not None


def sanitize_display_name(name: str) -> str:
    """A student's name made safe to store and show: printable, one line, at most 40 characters.

    Like the store's model names minus their file-system rules (a name never becomes a path, and
    "Ada L." keeps its dot). Markdown and HTML characters are kept: pages show them literally.
    """
    text = fold(name)
    if not any(ch.isalnum() for ch in text):
        raise ValueError(_("Type a name with at least one letter or digit."))
    check_not_reserved(text, _("Your name"))
    return text[:MAX_DISPLAY_NAME_LENGTH].rstrip()


def _distinct(name: str, others: list[str]) -> str:
    """`name`, or "name (2)", "name (3)", ... when a classmate already goes by it (any case)."""
    taken = {str(other).casefold() for other in others}
    if name.casefold() not in taken:
        return name
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = name[: MAX_DISPLAY_NAME_LENGTH - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1


_registry_lock = threading.Lock()  # every session of the server is a thread of one process


class StudentRegistry:
    """token -> display name, in `students.json` of the classroom folder."""

    def __init__(self, folder: Path | None = None):
        self.path = (folder or settings.classroom_dir()) / STUDENTS_FILE

    def _read(self, for_update: bool = False) -> dict[str, dict]:
        data = read_json_object(self.path, "starting an empty name list", for_update)
        return {token: entry for token, entry in data.items() if isinstance(entry, dict)}

    def names(self) -> dict[str, str]:
        """Every known token's display name."""
        return {token: str(entry.get("name", "")) for token, entry in self._read().items()}

    def name_of(self, token: str) -> str:
        return self.names().get(token, "")

    def set_name(self, token: str, name: str) -> str:
        """Stores the student's display name; returns it as stored. ValueError for a bad token or name."""
        if not is_valid_token(token):
            raise ValueError(_("This browser's student token is malformed; reload the page without it."))
        cleaned = sanitize_display_name(name)
        with _registry_lock:
            data = self._read(for_update=True)
            cleaned = _distinct(cleaned, [entry.get("name", "") for other, entry in data.items() if other != token])
            entry = data.get(token, {})  # the language the student chose stays
            data[token] = entry | {"name": cleaned, "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
            write_json(self.path, data)
        return cleaned

    def language_of(self, token: str) -> str | None:
        """The language this student chose with the sidebar's switch, or None (the browser's)."""
        language = self._read().get(token, {}).get("language")
        return language if language in LANGUAGES else None

    def set_language(self, token: str, language: str) -> None:
        """Remembers the student's language (a code of `i18n.LANGUAGES`) with their name."""
        if not is_valid_token(token):
            raise ValueError("This browser's student token is malformed; reload the page without it.")
        check_language(language)
        with _registry_lock:
            data = self._read(for_update=True)
            data[token] = data.get(token, {}) | {"language": language}
            write_json(self.path, data)


class IdentityLimiter:
    """At most `limit` new identities per device in an hour.

    A token is free to make (a new tab, a made-up ?me=), so a device that keeps starting new ones
    would get a new share of every per-student limit each time. A token counts against its device
    the first time that device uses it; using it again costs nothing, and a token with a display
    name in the registry is an identity the class already knows, so it is never counted (a
    bookmark after a server restart). Unknown addresses (`device_key` fell back to the token: the
    server's own machine) are not limited. In memory: a restarted server starts afresh.
    """

    def __init__(self, window_seconds: float = 3600.0, clock: Callable[[], float] = time.monotonic):
        self.window_seconds = window_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._seen: dict[str, dict[str, float]] = {}  # device -> {token: when the device first used it}

    def admit(self, device: str, token: str, limit: int, known: Callable[[str], bool] = lambda token: False) -> None:
        """Returns when `device` may act as `token`; LimitError says how long to wait otherwise.

        `known(token)` is asked only for a token the device has not used in the window."""
        if device.startswith("token "):
            return
        with self._lock:
            now = self.clock()
            tokens = self._seen.setdefault(device, {})
            for old, when in list(tokens.items()):
                if when <= now - self.window_seconds:
                    del tokens[old]
            if token in tokens:
                return
            if len(tokens) >= limit and not known(token):
                wait = math.ceil((min(tokens.values()) + self.window_seconds - now) / 60)
                raise LimitError(
                    _(
                        "This device started {count} new identities in the last hour; the class limit is {limit} "
                        "an hour. Go back to your own page (the address with ?me=… you bookmarked, or "
                        "“Continue as myself” below), or wait {wait} min."
                    ).format(count=len(tokens), limit=limit, wait=wait)
                )
            tokens[token] = now

    def reset(self) -> None:
        """Forgets every device's identities (the teacher's "reset waiting times")."""
        with self._lock:
            self._seen.clear()


IDENTITIES = IdentityLimiter()  # one per server process, shared by every session
