"""The headless students (harness/students.py) against a real server: three of them draw, each gets
the answer to its own drawing, so the class bench (bench/live_class.py) measures real answers.

The replayed messages are harness/recorded/predict_session.json, recorded from Chromium: when the
Predict or Train page changes its widgets, a student says so (StaleRecording) and
`python -m harness.students record` records them again.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

from harness.students import NEAREST, SHOWN_ANSWER, Recording, Student, drawings

LABELS = [1, 0, 1]  # a "1" and a "0" answer differently: a replay that lost the drawing cannot pass


async def attend(url: str, recording: Recording, seed: int) -> tuple[Student, list]:
    async with Student(url, recording) as student:
        await student.open()
        answers = []
        for label, rgba in zip(LABELS, drawings(LABELS, seed), strict=True):
            answers.append((label, await student.stroke(rgba)))
            await asyncio.sleep(0.3)
        return student, answers


def test_three_students_each_get_the_answer_to_their_own_drawing(server):
    recording = Recording.load()

    async def lesson():
        return await asyncio.wait_for(
            asyncio.gather(*(attend(server.url, recording, seed) for seed in range(3))), timeout=120
        )

    # The session's sync Playwright owns this thread's event loop (when an earlier test used the
    # browser): the students run in a thread of their own, as test_classmates' browsers do.
    results, failure = [], []

    def run() -> None:
        try:
            results.extend(asyncio.run(lesson()))
        except BaseException as error:  # re-raised in the test's thread below
            failure.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=180)
    assert not worker.is_alive(), "the students did not finish within 180 s"
    if failure:
        raise failure[0]
    for student, answers in results:
        assert student.query_string == f"me={student.token}"  # the server kept the student's own identity
        for label, answer in answers:
            assert answer.status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY"  # the Draw fragment only, not the page
            assert not answer.errors and not answer.exceptions
            # The browser's answer, as the naive view shows it beside the server's naive one ...
            assert answer.find_all(SHOWN_ANSWER)[-1] == str(label)
            # ... and the server's own reading of the input: the test images nearest to it.
            nearest = Counter(answer.find_all(NEAREST))
            assert nearest.most_common(1)[0][0] == str(label), nearest
        one, zero = answers[0][1], answers[1][1]
        assert set(one.media()) != set(zero.media())  # the feature maps and neighbours are of this drawing
