"""The teacher: the password (the environment or the secrets file's value, passed in), the login
throttle against guessing, and the teacher's reset of every wait.

No Streamlit here: pages pass in the typed password and show the messages LoginError carries.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import math
import threading
import time
from collections.abc import Callable

from lenet_core.base import settings
from lenet_core.base.i18n import _
from lenet_core.classroom import drawings, quiz, students


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
        self._lock = threading.RLock()  # held across a whole attempt (`attempt`)
        self._failures: dict[str, tuple[int, float]] = {}  # device -> (failures, time of the last one)

    @contextlib.contextmanager
    def attempt(self):
        """One password attempt at a time, checked and counted as one step: many tabs cannot slip
        their guesses into one waiting window."""
        with self._lock:
            yield

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
    # Read through their modules, not imported by name: a test swaps them for fresh ones.
    for limiter in (THROTTLE, students.IDENTITIES, drawings.LIMITER, quiz.LIMITER):
        limiter.reset()


def check_teacher_password(
    typed: str, configured: str | None, identity: str, throttle: LoginThrottle | None = None
) -> None:
    """Returns when `typed` is the teacher password; otherwise raises LoginError with the reason.

    `identity` is the `device_key` of whoever tries; `throttle` defaults to the server's own."""
    throttle = throttle or THROTTLE
    if configured is None:
        raise LoginError(_("No teacher password is configured on this server, so there are no teacher controls."))
    with throttle.attempt():
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
