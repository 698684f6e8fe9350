"""The waiting line: students are served in turn, not jobs in order of arrival.

With first-come-first-served, a student who queues five jobs makes everyone else wait for all
five. Here the next job goes to the waiting student who was served longest ago, and each
student's own jobs keep their order. A student never served counts as served when her job
arrived: otherwise every new identity (a new tab) would jump the line, and five tabs' jobs would
all run before a classmate's job queued earlier. "Student" is whatever key the manager passes:
the device, so that the tabs of one laptop share one turn.
"""

from __future__ import annotations


class FairQueue:
    def __init__(self):
        self._waiting: list[tuple[str, str]] = []  # (job_id, owner) in submission order
        self._arrived: dict[str, int] = {}  # job_id -> the number of starts when it was queued
        self._last_served: dict[str, int] = {}  # owner -> number of the last start they got
        self._starts = 0

    def __len__(self) -> int:
        return len(self._waiting)

    def push(self, job_id: str, owner: str | None) -> None:
        self._waiting.append((job_id, owner or f"anonymous-{job_id}"))
        self._arrived[job_id] = self._starts

    def remove(self, job_id: str) -> bool:
        before = len(self._waiting)
        self._waiting = [entry for entry in self._waiting if entry[0] != job_id]
        self._arrived.pop(job_id, None)
        return len(self._waiting) != before

    def order(self) -> list[str]:
        """Job ids in the order they would start if nothing else arrived."""
        waiting, last_served, starts = list(self._waiting), dict(self._last_served), self._starts
        ordered = []
        while waiting:
            job_id, owner = self._next(waiting, last_served, self._arrived)
            waiting.remove((job_id, owner))
            starts += 1
            last_served[owner] = starts
            ordered.append(job_id)
        return ordered

    def pop(self) -> str | None:
        """The next job to start, or None when nobody waits."""
        if not self._waiting:
            return None
        job_id, owner = self._next(self._waiting, self._last_served, self._arrived)
        self._waiting.remove((job_id, owner))
        self._arrived.pop(job_id, None)
        self._starts += 1
        self._last_served[owner] = self._starts
        return job_id

    @staticmethod
    def _next(waiting: list[tuple[str, str]], last_served: dict[str, int], arrived: dict[str, int]) -> tuple[str, str]:
        # min() keeps the first of equals, so ties go to the earliest submission.
        return min(waiting, key=lambda entry: last_served.get(entry[1], arrived.get(entry[0], 0)))
