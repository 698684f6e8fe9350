"""How often one student, and the whole class, may do something that writes to the server's disk.

In memory and thread-safe: every session of the server is a thread of one process. A student who
opens new tabs to get new identities is still held by the class-wide limit.
"""

from __future__ import annotations

import collections
import dataclasses
import threading
import time
from collections.abc import Callable

from lenet_core.base.i18n import _


@dataclasses.dataclass(frozen=True)
class Wording:
    """How a refusal reads: "You {done} 10 {things} in the last minute; ... then {retry}.".

    Each part is marked with N_() where it is written and translated (`_()`) in the refusal."""

    done: str  # "added"
    things: str  # "drawings"
    retry: str  # "add this one again"


class RateLimiter:
    """At most `per_student` actions in `window_seconds` from one student, and `per_server` from everyone."""

    def __init__(
        self,
        per_student: int,
        per_server: int,
        wording: Wording,
        error: type[Exception] = ValueError,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.per_student = per_student
        self.per_server = per_server
        self.wording = wording
        self.error = error
        self.window_seconds = window_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._times: dict[str, collections.deque[float]] = {}  # key ("*": everyone) -> recent times

    def _recent(self, key: str, now: float) -> collections.deque[float]:
        times = self._times.setdefault(key, collections.deque())
        while times and times[0] <= now - self.window_seconds:
            times.popleft()
        return times

    def reserve(self, token: str) -> float:
        """Counts one action by `token` now, or raises `error` when over a limit.

        Returns the time counted, for `release` if the action then fails after all."""
        done, things, retry = (_(part) for part in dataclasses.astuple(self.wording))
        with self._lock:
            now = self.clock()
            mine, everyone = self._recent(token, now), self._recent("*", now)
            if len(mine) >= self.per_student:
                wait = max(1, int(mine[0] + self.window_seconds - now + 0.999))
                raise self.error(
                    _(
                        "You {done} {count} {things} in the last minute; the class limit is {limit} a minute. "
                        "Wait {wait} s, then {retry}."
                    ).format(done=done, count=len(mine), things=things, limit=self.per_student, wait=wait, retry=retry)
                )
            if len(everyone) >= self.per_server:
                raise self.error(
                    _(
                        "The class {done} {count} {things} in the last minute, the most the server takes. "
                        "Try again in a minute."
                    ).format(done=done, count=len(everyone), things=things)
                )
            mine.append(now)
            everyone.append(now)
            return now

    def release(self, token: str, counted: float) -> None:
        """Uncounts an action that did not happen after all."""
        with self._lock:
            for key in (token, "*"):
                times = self._times.get(key)
                if times is not None and counted in times:
                    times.remove(counted)

    def reset(self) -> None:
        """Forgets every count (the teacher's "reset waiting times")."""
        with self._lock:
            self._times.clear()
