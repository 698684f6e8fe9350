"""A class on one server: the limits every job obeys, who is who, and the teacher's password.

No Streamlit here: pages pass in what they read (the URL token, a typed password, the secrets file's
value) and show the messages this module's exceptions carry. Everything persisted lives in the
classroom folder (`LENET_CLASSROOM_DIR`, default `data/classroom/`), written atomically.
"""

from __future__ import annotations

import dataclasses
import hmac
import ipaddress
import math
import re
import secrets
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from lenet_core import i18n, settings
from lenet_core.architecture import Architecture
from lenet_core.config import DEFAULT_STYLES, STYLE_KINDS
from lenet_core.files import read_json_object, write_json
from lenet_core.i18n import LANGUAGES, check_language
from lenet_core.names import MAX_DISPLAY_NAME_LENGTH, check_not_reserved, fold

LIMITS_FILE = "limits.json"
STUDENTS_FILE = "students.json"
TRAINING_IMAGES = 60_000  # both data sets have 60,000 training images
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,64}")  # secrets.token_urlsafe(16) gives 22 characters
_, N_, ngettext = i18n._, i18n.N_, i18n.ngettext  # what a page shows of this module's messages


def classroom_dir() -> Path:
    return settings.classroom_dir()


# --- Limits -------------------------------------------------------------------------------------


class LimitError(ValueError):
    """A job or upload exceeds a class limit; the message says which limit and what to change.

    A ValueError, like every other refusal of what a student asked for."""


@dataclasses.dataclass(frozen=True)
class Limits:
    """What one student may ask of the shared server. Defaults keep a 2-core laptop usable for 30."""

    max_active_jobs_per_student: int = 1  # running or queued, uploads being scored included
    max_parameters: int = 5_000_000  # the book's LeNet has 1,256,080
    max_multiply_adds: int = 50_000_000  # per image; the book's LeNet needs about 6.5 million
    max_epochs: int = 50  # each epoch also validates on 10,000 test images
    # Epochs x training images: the book's 20 epochs of MNIST, with the Train page's styled digits.
    max_work: int = 20 * (TRAINING_IMAGES + STYLE_KINDS * DEFAULT_STYLES)
    # A training step's memory at the chosen batch size (Architecture.training_bytes): the book's
    # LeNet at batch 128 needs 51 MB; one conv block of 1,024 filters at batch 1,024 would need 7.9 GB.
    max_training_memory_mb: int = 2_048
    max_models_per_student: int = 20  # in the store, with the jobs on their way to it
    # Identities a device may start in an hour (IdentityLimiter): ten new tabs are not ten students.
    max_new_identities_per_device: int = 10

    # (lowest, highest) a teacher may set; the highest keep one job from running for days.
    BOUNDS = {
        "max_active_jobs_per_student": (1, 10),
        "max_parameters": (10_000, 50_000_000),
        "max_multiply_adds": (100_000, 1_000_000_000),
        "max_epochs": (1, 500),
        "max_work": (1_000, 500 * TRAINING_IMAGES),
        "max_training_memory_mb": (64, 65_536),
        "max_models_per_student": (1, 1_000),
        "max_new_identities_per_device": (1, 1_000),
    }
    TITLES = {
        "max_active_jobs_per_student": N_("Active jobs per student"),
        "max_parameters": N_("Parameters per model"),
        "max_multiply_adds": N_("Multiply-adds per image"),
        "max_epochs": N_("Epochs per job"),
        "max_work": N_("Work per job (epochs x training images)"),
        "max_training_memory_mb": N_("Training memory per job (MB)"),
        "max_models_per_student": N_("Models per student"),
        "max_new_identities_per_device": N_("New identities per device per hour"),
    }  # shown with _(), like every N_ constant

    def __post_init__(self):
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            lowest, highest = self.BOUNDS[field.name]
            if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
                raise ValueError(
                    _("{title} must be a whole number from {lowest} to {highest}.").format(
                        title=_(self.TITLES[field.name]), lowest=i18n.number(lowest), highest=i18n.number(highest)
                    )
                )

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Limits:
        """Known fields from `data`, defaults for the rest; ValueError when a value is out of bounds."""
        known = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def load_limits(folder: Path | None = None) -> Limits:
    """The teacher's saved limits, or the defaults when none were saved or the file is damaged."""
    path = (folder or classroom_dir()) / LIMITS_FILE
    data = read_json_object(path, "using the default class limits")  # a damaged file is moved aside
    try:
        return Limits.from_dict(data)
    except (ValueError, TypeError) as error:
        # The class keeps working under the defaults; the server's log says why.
        warnings.warn(f"{path} is unusable ({error}); using the default class limits.", stacklevel=2)
        return Limits()


def save_limits(limits: Limits, folder: Path | None = None) -> None:
    """Persists the teacher's limits atomically (they are validated when the Limits is built)."""
    write_json((folder or classroom_dir()) / LIMITS_FILE, limits.to_dict())


def multiply_adds(architecture: Architecture) -> int:
    """Multiply-adds one image costs in a forward pass (conv with "same" padding, 2x2 pooling)."""
    total, channels = 0, architecture.depth
    height, width = architecture.height, architecture.width
    kernel = architecture.kernel_size * architecture.kernel_size
    for filters in architecture.conv_filters:
        total += height * width * kernel * channels * filters
        channels = filters
        height, width = height // 2, width // 2
    features = height * width * channels
    for units in architecture.dense_units + (architecture.classes,):
        total += features * units
        features = units
    return total


def check_architecture(architecture: Architecture, limits: Limits) -> None:
    """Raises LimitError when building or running this network would exceed the class limits."""
    parameters = architecture.parameter_count()
    if parameters > limits.max_parameters:
        raise LimitError(
            _(
                "This model has {parameters} parameters; the class limit is {limit}. "
                "Use fewer filters or dense units (the book's LeNet has 1,256,080)."
            ).format(parameters=i18n.number(parameters), limit=i18n.number(limits.max_parameters))
        )
    work = multiply_adds(architecture)
    if work > limits.max_multiply_adds:
        raise LimitError(
            _(
                "This model needs {work} multiply-adds per image; the class limit is {limit}. "
                "Use fewer filters, above all in the later conv blocks."
            ).format(work=i18n.number(work), limit=i18n.number(limits.max_multiply_adds))
        )


def check_training(config, limits: Limits) -> None:
    """Raises LimitError when a TrainingConfig exceeds the class limits (architecture included)."""
    check_architecture(config.architecture, limits)
    if config.epochs > limits.max_epochs:
        raise LimitError(
            _("{epochs} epochs asked; the class limit is {limit}. Use fewer epochs.").format(
                epochs=config.epochs, limit=limits.max_epochs
            )
        )
    memory = config.architecture.training_bytes(config.batch_size)
    if memory > limits.max_training_memory_mb * 2**20:
        per_image = config.architecture.training_bytes(2) - config.architecture.training_bytes(1)
        fixed = config.architecture.training_bytes(0)
        largest = (limits.max_training_memory_mb * 2**20 - fixed) // per_image
        if largest >= 1:
            advice = _("Use a batch size of at most {largest}").format(largest=i18n.number(largest))
        else:
            advice = _("Use fewer filters")
        raise LimitError(
            _(
                "Training this model in batches of {batch_size} needs about {memory} MB of memory; the class "
                "limit is {limit} MB. {advice}, or fewer filters in the first conv block (its outputs are the largest)."
            ).format(
                batch_size=i18n.number(config.batch_size),
                memory=i18n.number(memory / 2**20, 0),
                limit=i18n.number(limits.max_training_memory_mb),
                advice=advice,
            )
        )
    images = min(config.limit or TRAINING_IMAGES, TRAINING_IMAGES)
    # Styled digits and fine-tuning's class drawings are training images too.
    added = STYLE_KINDS * config.styles + config.extra_images
    work = config.epochs * (images + added)
    if work > limits.max_work:
        most_epochs = max(limits.max_work // (images + added), 0)
        most_images = max(limits.max_work // config.epochs - added, 0)
        besides = ""
        if added:
            besides = _(" besides the {added} added ones (styled digits or class drawings)").format(
                added=i18n.number(added)
            )
        raise LimitError(
            _(
                "{epochs} epochs x {images} training images = {work}; the class limit is {limit}. "
                "Use at most {most_epochs} epochs on {images} images, "
                "or at most {most_images} training images{besides} for {epochs} epochs."
            ).format(
                epochs=config.epochs,
                images=i18n.number(images + added),
                work=i18n.number(work),
                limit=i18n.number(limits.max_work),
                most_epochs=most_epochs,
                most_images=i18n.number(most_images),
                besides=besides,
            )
        )


def check_model_count(models: int, active_jobs: int, limits: Limits) -> None:
    """Raises LimitError when a student with `models` in the store and `active_jobs` on their way
    may not start another (each job ends as a model in the store)."""
    if models + active_jobs >= limits.max_models_per_student:
        waiting = _(" and {count} on the way").format(count=active_jobs) if active_jobs else ""
        raise LimitError(
            ngettext(
                "You have {count} model in the store{waiting}; the class limit is {limit} per student. "
                "Delete one on the Models page first.",
                "You have {count} models in the store{waiting}; the class limit is {limit} per student. "
                "Delete one on the Models page first.",
                models,
            ).format(count=models, waiting=waiting, limit=limits.max_models_per_student)
        )


def check_active_jobs(active_jobs: int, limits: Limits) -> None:
    """Raises LimitError when a student who already has `active_jobs` running or queued may not add one."""
    if active_jobs >= limits.max_active_jobs_per_student:
        allowed = limits.max_active_jobs_per_student
        raise LimitError(
            ngettext(
                "You already have {count} job running or queued; the class limit is {limit} at a time. "
                "Wait for it to finish, or stop it.",
                "You already have {count} jobs running or queued; the class limit is {limit} at a time. "
                "Wait for one to finish, or stop it.",
                active_jobs,
            ).format(count=active_jobs, limit=allowed)
        )


# --- Students -----------------------------------------------------------------------------------


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
        self.path = (folder or classroom_dir()) / STUDENTS_FILE

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


# --- The teacher --------------------------------------------------------------------------------


class LoginError(Exception):
    """A teacher login was refused; the message says why and, when throttled, how long to wait."""


def teacher_password(secrets_value: str | None = None) -> str | None:
    """The configured teacher password: `LENET_TEACHER_PASSWORD`, else the secrets file's value.

    None (no teacher controls at all) when neither is set or both are blank.
    """
    for candidate in (settings.teacher_password(), secrets_value):
        if isinstance(candidate, str) and candidate.strip():
            return candidate
    return None


def device_key(ip_address: str | None, token: str) -> str:
    """Who a login attempt is counted against: the client's address (every tab and identity of one
    laptop or phone together), or the student token where the address is unknown (a browser on
    the server machine itself, where Streamlit reports none). Behind a reverse proxy every client
    has the proxy's address: run the class server without one."""
    try:
        return f"address {ipaddress.ip_address(ip_address)}"
    except ValueError:  # None, or anything else than an address
        return f"token {token}"


class LoginThrottle:
    """Slows password guessing: after `free_attempts` failures each new try waits twice as long.

    Counted per device (`device_key`): a classmate who opens new tabs or makes up identities keeps
    her own count, and her failures never hold back the teacher's device. In memory: a restarted
    server starts afresh, and the teacher can `reset` it.
    """

    def __init__(
        self, free_attempts: int = 3, max_wait_seconds: float = 300, clock: Callable[[], float] = time.monotonic
    ):
        self.free_attempts = free_attempts
        self.max_wait_seconds = max_wait_seconds
        self.clock = clock
        self._lock = threading.RLock()  # check_teacher_password holds it across a whole attempt
        self._failures: dict[str, tuple[int, float]] = {}  # device -> (failures, time of the last one)

    def wait_seconds(self, device: str) -> float:
        """Seconds before `device` may try again (0: now)."""
        with self._lock:
            failures, last = self._failures.get(device, (0, 0.0))
            if failures < self.free_attempts:
                return 0.0
            delay = min(2.0 ** (failures - self.free_attempts + 1), self.max_wait_seconds)
            return max(0.0, last + delay - self.clock())

    def failed(self, device: str) -> None:
        with self._lock:
            failures, _ = self._failures.get(device, (0, 0.0))
            self._failures[device] = (failures + 1, self.clock())

    def succeeded(self, device: str) -> None:
        """The teacher got in from `device`: its count restarts."""
        with self._lock:
            self._failures.pop(device, None)

    def reset(self) -> None:
        """Forgets every device's failures (the teacher's "reset waiting times")."""
        with self._lock:
            self._failures.clear()


THROTTLE = LoginThrottle()  # one per server process, shared by every session


def reset_waits() -> None:
    """The teacher's reset: the login throttle, the new-identity counts, and the rate limits of
    drawings and quiz answers."""
    from lenet_core import collection, quiz  # they import this module

    for limiter in (THROTTLE, IDENTITIES, collection.LIMITER, quiz.LIMITER):
        limiter.reset()


def check_teacher_password(
    typed: str, configured: str | None, identity: str, throttle: LoginThrottle | None = None
) -> None:
    """Returns when `typed` is the teacher password; otherwise raises LoginError with the reason.

    `identity` is the `device_key` of whoever tries; `throttle` defaults to the server's own."""
    throttle = throttle or THROTTLE
    if configured is None:
        raise LoginError(_("No teacher password is configured on this server, so there are no teacher controls."))
    with throttle._lock:  # one attempt at a time: many tabs cannot guess inside one waiting window
        wait = throttle.wait_seconds(identity)
        if wait > 0:
            raise LoginError(_("Too many wrong passwords. Try again in {seconds} s.").format(seconds=math.ceil(wait)))
        # compare_digest: how long the comparison takes says nothing about how much of the guess was right.
        if not hmac.compare_digest(str(typed).encode(), configured.encode()):
            throttle.failed(identity)
            wait = throttle.wait_seconds(identity)
            later = _(" Wait {seconds} s before the next try.").format(seconds=math.ceil(wait)) if wait > 0 else ""
            raise LoginError(_("Wrong teacher password.{later}").format(later=later))
        throttle.succeeded(identity)
