"""Headless students: Streamlit's own websocket protocol, replayed from what a real Chromium sent.

A browser tab costs this 2-core machine a Chromium renderer (hundreds of MB, a core while it
draws), so a class of 30 cannot be simulated with browsers beside the server. A `Student` is one
websocket and a few coroutines: it sends the BackMsgs a real Chromium sent (recorded once by
`record`, kept in harness/recorded/) with its own identity and its own drawings in them, and reads
the server's ForwardMsgs as the browser would: it keeps the query string the server writes (that
is how `?me=` survives), the message cache the browser keeps, and fetches the images an answer
shows. What it measures is the server: from sending a stroke until the run it started has finished
and its images have arrived.

    python -m harness.students record      # re-record harness/recorded/predict_session.json
    python -m harness.students try 3       # 3 students, 3 strokes each, against a fresh server
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import dataclasses
import gzip
import json
import re
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import numpy as np

RECORDED = Path(__file__).with_name("recorded") / "predict_session.json"
RECORD_COMMAND = "python -m harness.students record"
MAX_STUDENTS = 40  # a class is ~30: more would be a load test of this machine, not of the class
MAX_OPEN = MAX_STUDENTS + 4  # websockets one process may hold: a class, a latecomer, a Train-page student
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
IDENTITY = "me"  # app_pages.common.IDENTITY_PARAMETER (not imported: that module imports Streamlit's runtime)
# What an answer must have arrived by (send -> the run finished and its images fetched). The
# slowest stroke measured, 30 students drawing while a job trains, took 3.9 s (bench/live_class.py);
# 60 s is a hang, not a slow answer.
ANSWER_DEADLINE = 60.0
# A browser fetches at most 6 resources per host at a time (HTTP/1.1).
MEDIA_CONNECTIONS = 6
# The browser forgets a cached message after it went unreferenced for this many script runs
# (Streamlit's `global.maxCachedMessageAge`, 2).
CACHE_AGE = 2


COMPONENTS = "_stcore/bidi-components"  # Streamlit's route for Components v2 files
MODEL_FILES = "lenet_live_models.files"  # app_pages.live_canvas.FILES: the packed model files
_MODELS: dict[str, list[np.ndarray]] = {}  # model file name -> its weights, parsed once per process


class StaleRecording(RuntimeError):
    """The page no longer has what the recorded messages address: record them again."""


class StudentError(RuntimeError):
    """A stroke or page load that got no complete answer: a disconnect, a timeout, an exception."""


# ---------------------------------------------------------------------------------------------
# What the server sent for one request


@dataclasses.dataclass
class Answer:
    """The server's answer to one BackMsg: the run(s) it started, until the last one finished."""

    what: str  # "open", "views", "stroke", "start", "auto" (a fragment's run_every)
    sent_at: float  # time.perf_counter()
    finished_at: float | None = None  # the run's script_finished, then its images fetched
    status: str = ""  # ScriptFinishedStatus name of the last run
    fragment_ids: tuple[str, ...] = ()  # what the run reran (empty: the whole page)
    elements: dict[tuple[int, ...], object] = dataclasses.field(default_factory=dict)  # delta path -> Element
    exceptions: list[str] = dataclasses.field(default_factory=list)  # st.exception / an uncaught error
    errors: list[str] = dataclasses.field(default_factory=list)  # st.error alerts
    received_bytes: int = 0
    messages: int = 0
    started: bool = False  # its run's new_session has arrived

    @property
    def seconds(self) -> float:
        return (self.finished_at or time.perf_counter()) - self.sent_at

    def kinds(self) -> list[str]:
        """The element types shown, e.g. ["heading", "imgs", "markdown", ...] (sorted, with repeats)."""
        return sorted(element.WhichOneof("type") for element in self.elements.values())

    def widget_ids(self) -> set[str]:
        ids = set()
        for element in self.elements.values():
            body = getattr(element, element.WhichOneof("type"))
            if "id" in type(body).DESCRIPTOR.fields_by_name and body.id:
                ids.add(body.id)
        return ids

    def texts(self) -> list[str]:
        """What the answer says: headings, markdown, captions, alerts, metrics, in page order."""
        said = []
        for _, element in sorted(self.elements.items()):
            kind = element.WhichOneof("type")
            body = getattr(element, kind)
            if kind in ("markdown", "heading", "alert", "text", "code"):
                said.append(body.body)
            elif kind == "metric":
                said.append(f"{body.label}: {body.body}")
        return said

    def captions(self) -> list[str]:
        """The captions under the images shown, in page order."""
        return [
            image.caption
            for _, element in sorted(self.elements.items())
            if element.WhichOneof("type") == "imgs"
            for image in element.imgs.imgs
        ]

    def media(self) -> list[str]:
        """The /media/ URLs of the images shown."""
        return [
            image.url
            for element in self.elements.values()
            if element.WhichOneof("type") == "imgs"
            for image in element.imgs.imgs
            if image.url.startswith("/media/")
        ]

    def find_all(self, pattern: str) -> list[str]:
        """The first group of `pattern` in each text and caption that has it, in page order."""
        return [found.group(1) for text in self.texts() + self.captions() if (found := re.search(pattern, text))]


# What the Predict page's look-inside views say about a drawing: the answer the naive view shows
# for it (the browser's), and the classes of its 5 nearest test images (the server's, from the input).
SHOWN_ANSWER = r"The model's answer: \*\*(.+?)\*\*"
NEAREST = r"^#\d+: (.+)$"


# ---------------------------------------------------------------------------------------------
# The recorded messages


@dataclasses.dataclass
class Recording:
    """The BackMsgs a real Chromium sent, by step, and what the server showed it (harness/recorded/).

    `messages` maps a step ("predict_open", "predict_views", "predict_stroke", "train_open",
    "train_start") to the serialized BackMsgs sent in it. `stroke_widget` is the widget whose state
    a stroke sets, `stroke_state` the key inside its JSON state (Components v2: one JSON object of
    named states per component). `expected` lists the element types Chromium's stroke answer had.
    """

    origin: str  # the recording server's http://127.0.0.1:PORT, replaced by the replaying one's
    token: str  # the ?me= identity the recording browser had, replaced by each student's
    train_token: str
    messages: dict[str, list[bytes]]
    stroke_widget: str
    stroke_state: str
    expected: list[str]
    streamlit: str
    recorded: str = ""
    notes: dict[str, object] = dataclasses.field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = RECORDED) -> Recording:
        data = json.loads(path.read_text())
        data["messages"] = {
            step: [base64.b64decode(item["base64"]) for item in items] for step, items in data["messages"].items()
        }
        return cls(**data)

    def save(self, path: Path = RECORDED) -> None:
        data = dataclasses.asdict(self)
        data["messages"] = {
            step: [{"base64": base64.b64encode(raw).decode(), "reads": describe(raw)} for raw in items]
            for step, items in self.messages.items()
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")

    def message(self, step: str, index: int = -1):
        from streamlit.proto.BackMsg_pb2 import BackMsg

        if not self.messages.get(step):
            raise StaleRecording(f"the recording has no {step!r} message: record again ({RECORD_COMMAND})")
        message = BackMsg()
        message.ParseFromString(self.messages[step][index])
        return message


def widget_keys(message) -> list[str]:
    """The user keys of the widget states in a rerun BackMsg."""
    return [widget_key(widget.id) for widget in message.rerun_script.widget_states.widgets]


def describe(raw: bytes) -> str:
    """A BackMsg as text for a reader of the recording, long values cut (the base64 is what replays)."""
    from google.protobuf import text_format
    from streamlit.proto.BackMsg_pb2 import BackMsg

    message = BackMsg()
    message.ParseFromString(raw)
    text = text_format.MessageToString(message, as_one_line=True)
    return re.sub(r'(_value: "[^"]{60})[^"]*"', r'\1…"', text)


def widget_key(widget_id: str) -> str:
    """The user key of a widget id "$$ID-<hash>-<key>" ("" when it has none)."""
    parts = widget_id.split("-", 2)
    return parts[2] if len(parts) == 3 and parts[0] == "$$ID" else ""


def set_widget(message, key: str, value) -> None:
    """Sets the state of the widget keyed `key` in a rerun BackMsg, in the field it was recorded in."""
    for widget in message.rerun_script.widget_states.widgets:
        if widget_key(widget.id) == key:
            field = widget.WhichOneof("value")
            if field in ("double_array_value", "int_array_value"):
                getattr(widget, field).data[:] = [value]
            else:
                setattr(widget, field, value)
            return
    raise StaleRecording(f"the recorded message has no widget keyed {key!r}: record again ({RECORD_COMMAND})")


# ---------------------------------------------------------------------------------------------
# Stroke values: what the browser's canvas sends when a stroke ends


def model_answer(weights: list[np.ndarray], image: np.ndarray) -> np.ndarray:
    """The class probabilities for a (28, 28) input, computed as the canvas's TensorFlow.js does
    (app_pages/live_canvas/frontend/src/model.ts) from the same dequantised weights: conv "same" +
    ReLU + 2x2 max-pool blocks, flatten, dense ReLU layers, softmax. Numpy, so a student needs no
    TensorFlow: 0.7 ms an answer; against the server's float32 Keras model, the same class for 50
    of 50 drawings and probabilities within 0.0025 (the int8 weights)."""
    x = image.reshape(1, 28, 28, 1).astype(np.float32)[0]
    convs = sum(1 for weight in weights if weight.ndim == 4)
    for block in range(convs):
        kernel, bias = weights[2 * block], weights[2 * block + 1]
        size = kernel.shape[0]
        padded = np.pad(x, ((size // 2, size // 2), (size // 2, size // 2), (0, 0)))
        windows = np.lib.stride_tricks.sliding_window_view(padded, (size, size), axis=(0, 1))  # (h, w, c, k, k)
        x = np.maximum(np.einsum("hwcij,ijcf->hwf", windows, kernel, optimize=True) + bias, 0.0)
        height, width = x.shape[0] // 2 * 2, x.shape[1] // 2 * 2
        x = x[:height, :width].reshape(height // 2, 2, width // 2, 2, -1).max(axis=(1, 3))
    x = x.reshape(-1)
    dense = weights[2 * convs :]
    for layer in range(0, len(dense), 2):
        x = x @ dense[layer] + dense[layer + 1]
        if layer < len(dense) - 2:
            x = np.maximum(x, 0.0)
    exponentials = np.exp(x - x.max())
    return exponentials / exponentials.sum()


def float32_base64(image: np.ndarray) -> str:
    """A (28, 28) image as the canvas sends it: 784 little-endian float32, row-major, base64."""
    return base64.b64encode(np.ascontiguousarray(image, dtype="<f4").tobytes()).decode()


# What the canvas computes from the drawing; the rest of its state (the backend, ...) is replayed
# as Chromium sent it.
COMPUTED = ("input", "naive", "probabilities", "message", "empty", "png")


def stroke_value(recorded: dict, rgba: np.ndarray, weights: list[np.ndarray], model_name: str) -> dict:
    """The canvas's "stroke" state for a drawing: Chromium's recorded state with what the canvas
    computes replaced, from Python's preparation of `rgba` (the canvas's TypeScript port of it is
    tested against it) and the probabilities of the model it downloaded."""
    from lenet_core.data.preprocessing import prepare
    from lenet_core.inside.explainer import naive_input

    value = {key: item for key, item in recorded.items() if key not in COMPUTED}
    if "model" in recorded:  # the model file the browser answered with
        value["model"] = model_name
    prepared = prepare(rgba, "digit")
    if prepared.image is None:
        value["message"] = prepared.message
    else:
        value["input"] = float32_base64(prepared.image)
        value["naive"] = float32_base64(naive_input(rgba))
        value["probabilities"] = model_answer(weights, prepared.image).tolist()
    return value


def recorded_stroke(recording: Recording) -> dict:
    """The stroke state Chromium's canvas sent."""
    for widget in recording.message("predict_stroke").rerun_script.widget_states.widgets:
        if widget.id == recording.stroke_widget:
            return json.loads(widget.json_value).get(recording.stroke_state) or {}
    raise StaleRecording(
        f"the recorded stroke has no widget {recording.stroke_widget!r}: record again ({RECORD_COMMAND})"
    )


def drawings(labels: list[int], seed: int) -> list[np.ndarray]:
    """Canvas drawings (RGBA, 280x280) of MNIST test images of these labels, each at its own size,
    place and thickness: a student's own handwriting."""
    from harness.drawings import random_drawing
    from lenet_core.data.datasets import load_dataset

    dataset = load_dataset("mnist")
    rng = np.random.default_rng(seed)
    made = []
    for label in labels:
        candidates = np.flatnonzero(dataset.test_labels == label)
        made.append(random_drawing(dataset.test_images[rng.choice(candidates)], rng))
    return made


# ---------------------------------------------------------------------------------------------
# HTTP, as little as the browser needs: the XSRF cookie and the answer's images


async def http_get(url: str, cookie: str = "", timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """One GET over its own connection (localhost: a handshake costs microseconds)."""
    parts = urlsplit(url)

    async def get() -> tuple[int, dict[str, str], bytes]:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            request = (
                f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n"
                "Accept-Encoding: gzip, deflate, br, zstd\r\n"  # Chromium's, so the server compresses as for it
            )
            writer.write((request + (f"Cookie: {cookie}\r\n" if cookie else "") + "\r\n").encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status_line, *lines = head.decode("latin-1").split("\r\n")
            headers: dict[str, str] = {}
            for line in lines:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers.setdefault(name.strip().lower(), value.strip())
            body = await reader.read()  # Connection: close, so the body ends with the connection
            if headers.get("content-encoding") == "gzip":  # the only coding Streamlit's middleware uses
                body = gzip.decompress(body)
            return int(status_line.split()[1]), headers, body
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    return await asyncio.wait_for(get(), timeout)


def check_local(url: str) -> None:
    if urlsplit(url).hostname not in LOCAL_HOSTS:
        raise ValueError(f"students only visit a server on this machine, not {url}")


# ---------------------------------------------------------------------------------------------
# A student


class Student:
    """One browser tab of one student, over its own websocket to `server_url`'s /_stcore/stream.

    Use it as `async with Student(url, recording) as student:`; `open()` loads the Predict page,
    `stroke(rgba)` sends one stroke. Each returns the `Answer` (raises StudentError on a
    disconnect, a timeout or an exception in the answer; the answer is in `self.answers` either way).
    """

    open_sockets = 0  # the students connected in this process: at most MAX_OPEN

    def __init__(
        self,
        server_url: str,
        recording: Recording,
        page: str = "predict",
        token: str | None = None,
        deadline: float = ANSWER_DEADLINE,
    ):
        check_local(server_url)
        self.url = server_url.rstrip("/")
        self.page = page  # "predict" or "train": the recorded page this tab opens
        self.recording = recording
        self.token = token or secrets.token_urlsafe(16)  # classroom.new_token's form: 22 URL-safe characters
        self.deadline = deadline
        self.query_string = ""  # as the browser's address bar: the server sets ?me= on the first run
        self.cookie = ""  # _streamlit_xsrf, from the health check
        self.strokes_sent = 0
        self.connect_bytes = 0  # the page's files fetched before the websocket
        self.weights: list[np.ndarray] = []  # the model the canvas runs, from the file it downloaded
        self.model_name = ""
        self._recorded_stroke = recorded_stroke(recording)
        self.answers: list[Answer] = []
        self.follow_auto_reruns = True  # rerun fragments with run_every as the browser does (the Train page's job view)
        self._socket = None
        self._counted = False
        self._reader: asyncio.Task | None = None
        self._auto: dict[str, asyncio.Task] = {}  # fragment id -> the task that reruns it
        self._last_sent = None  # the last rerun BackMsg: its widget states go with an auto rerun
        self._one_at_a_time = asyncio.Lock()
        self._pending: Answer | None = None
        self._done: asyncio.Event = asyncio.Event()
        self._closed: BaseException | None = None
        self._cache: dict[str, tuple[object, int]] = {}  # hash -> (ForwardMsg, the run it was last used in)
        self._runs = 0
        self._seen_media: set[str] = set()
        self._media = asyncio.Semaphore(MEDIA_CONNECTIONS)

    async def __aenter__(self) -> Student:
        try:
            await self.connect()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def connect(self, timeout: float = 30) -> None:
        """What a browser with an empty cache does before its first script run: the health check
        (which sets the XSRF cookie), the files Chromium fetched for `page` (the HTML, Streamlit's
        frontend), then the websocket, with the cookie and its token in the subprotocols."""
        from websockets.asyncio.client import connect

        if Student.open_sockets >= MAX_OPEN:
            raise ValueError(f"at most {MAX_OPEN} students' tabs at once in one process")
        Student.open_sockets += 1  # counted from here: close() gives it back, also after a failed connect
        self._counted = True
        _, headers, _ = await http_get(f"{self.url}/_stcore/health", timeout=timeout)
        xsrf = re.match(r"_streamlit_xsrf=([^;]+)", headers.get("set-cookie", ""))
        subprotocols = ["streamlit", xsrf.group(1)] if xsrf else ["streamlit"]
        self.cookie = f"_streamlit_xsrf={xsrf.group(1)}" if xsrf else ""
        files = [path for path in self._recorded_requests(self.page) if not path.startswith(f"/{COMPONENTS}/")]
        self.connect_bytes = sum(map(len, await asyncio.gather(*(self._get(path, False) for path in files))))
        self._socket = await connect(
            self.url.replace("http", "ws", 1) + "/_stcore/stream",
            origin=self.url,
            subprotocols=subprotocols,
            additional_headers={"Cookie": self.cookie} if self.cookie else None,
            compression=None,  # the server answered Chromium without permessage-deflate (recorded handshake)
            max_size=64 * 2**20,
            open_timeout=timeout,
            ping_interval=None,  # the browser sends no pings; the server keeps its own
            close_timeout=5,
        )
        self._reader = asyncio.create_task(self._read(), name=f"student {self.token[:6]} reader")

    async def close(self) -> None:
        if self._counted:
            Student.open_sockets -= 1
            self._counted = False
        for task in self._auto.values():
            task.cancel()
        if self._socket is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._socket.close(), 10)
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reader

    # What the student does -----------------------------------------------------------------

    async def open(self) -> Answer:
        """Loads a page as a browser at /<page>?me=<token> does: its first run; on the Predict page
        also what the browser then downloads (the canvas's files and the model file, which this
        student's answers are computed with) and the look-inside views opened, as recorded."""
        page = self.page
        self.query_string = urlencode({IDENTITY: self.token})
        answer = await self.send(self.recording.message(f"{page}_open", 0), "open")
        if page != "predict":
            return answer
        canvas = [
            element.bidi_component
            for element in answer.elements.values()
            if element.WhichOneof("type") == "bidi_component"
            and element.bidi_component.id == self.recording.stroke_widget
        ]
        if not canvas:
            raise StaleRecording(
                f"the Predict page showed no widget {self.recording.stroke_widget!r} (its widgets: "
                f"{sorted(widget_key(i) for i in answer.widget_ids())}): record again ({RECORD_COMMAND})"
            )
        model = json.loads(canvas[0].json).get("model") if canvas[0].WhichOneof("data") == "json" else None
        if model is None:
            raise StudentError("the canvas got no model file: the server would answer every stroke itself")
        await self._download_like_the_browser(answer, model)
        for index in range(len(self.recording.messages.get("predict_views", []))):
            await self.send(self.recording.message("predict_views", index), "views")
        # Streamlit's frontend chunks Chromium fetched once the views showed (Plotly's, above all).
        later = [
            path
            for step in ("predict_first_stroke", "predict_views", "predict_stroke")
            for path in self._recorded_requests(page, step)
            if path.startswith("/static/")
        ]
        answer.received_bytes += sum(map(len, await asyncio.gather(*(self._get(path, False) for path in later))))
        answer.finished_at = time.perf_counter()  # the page is open: its files, the model and the views in
        return answer

    def _recorded_requests(self, page: str, step: str = "") -> list[str]:
        """The paths Chromium fetched from the server in a recorded step (default: opening `page`)."""
        return list(dict.fromkeys(self.recording.notes.get("requests", {}).get(step or f"{page}_open", [])))

    async def _get(self, path: str, required: bool = True) -> bytes:
        """A file the browser fetches (at most 6 at a time); StudentError unless it is there, if
        `required` (Chromium gets a 404 for some: /predict/_stcore/health before /_stcore/health)."""
        async with self._media:
            status, _, body = await http_get(self.url + path, self.cookie, timeout=self.deadline)
        if required and status != 200:
            raise StudentError(f"GET {path}: HTTP {status}")
        return body

    async def _download_like_the_browser(self, answer: Answer, model: dict) -> None:
        """The component's files Chromium fetched when the page opened, and this server's model file."""
        assets = [
            path
            for path in self._recorded_requests("predict")
            if path.startswith(f"/{COMPONENTS}/") and not path.startswith(f"/{COMPONENTS}/{MODEL_FILES}/")
        ]
        *files, data = await asyncio.gather(
            *map(self._get, assets), self._get(f"/{COMPONENTS}/{MODEL_FILES}/{model['name']}")
        )
        answer.received_bytes += sum(map(len, files)) + len(data)
        if model["name"] not in _MODELS:
            from lenet_core.network.live_model import unpack

            _MODELS[model["name"]] = unpack(data)[1]
        self.weights, self.model_name = _MODELS[model["name"]], model["name"]

    def stroke_for(self, rgba: np.ndarray) -> dict:
        """What the canvas sends when a stroke ends with it showing `rgba`. Computed in advance, a
        bench's students spend no CPU on it while the class draws."""
        return stroke_value(self._recorded_stroke, rgba, self.weights, self.model_name)

    async def stroke(self, drawing: np.ndarray | dict) -> Answer:
        """Draws one stroke: the rerun the browser sends when it ends, with the canvas showing
        `drawing` (RGBA, or its `stroke_for` value)."""
        self.strokes_sent += 1
        value = dict(self.stroke_for(drawing) if isinstance(drawing, np.ndarray) else drawing, n=self.strokes_sent)
        message = self.recording.message("predict_stroke")
        for widget in message.rerun_script.widget_states.widgets:
            if widget.id == self.recording.stroke_widget:
                states = json.loads(widget.json_value)
                states[self.recording.stroke_state] = value
                widget.json_value = json.dumps(states, separators=(",", ":"))
                break
        else:
            raise StaleRecording(
                f"the recorded stroke has no widget {self.recording.stroke_widget!r}: record again ({RECORD_COMMAND})"
            )
        answer = await self.send(message, "stroke")
        missing = [kind for kind in set(self.recording.expected) if kind not in answer.kinds()]
        if missing:
            raise StudentError(f"the stroke's answer lacks {missing} (it showed {sorted(set(answer.kinds()))})")
        return answer

    async def start_training(self, values: dict[str, object] | None = None) -> Answer:
        """Opens the Train page and presses "Start training", with the recorded settings changed by
        widget key (e.g. {"train_subset": 2000}); the job view's refreshes then follow. A student of
        the Train page: Student(url, recording, page="train")."""
        shown = (await self.open()).widget_ids()
        message = self.recording.message("train_start")
        pressed = [
            widget.id
            for widget in message.rerun_script.widget_states.widgets
            if widget.WhichOneof("value") == "trigger_value"
        ]
        if not pressed or not set(pressed) <= shown:
            raise StaleRecording(f"the Train page has no button {pressed}: record again ({RECORD_COMMAND})")
        for key, value in (values or {}).items():
            set_widget(message, key, value)
        return await self.send(message, "start")

    async def send(self, message, what: str = "rerun") -> Answer:
        """Sends a recorded rerun BackMsg as this student's; waits for the run it starts to finish."""
        async with self._one_at_a_time:
            return await self._send(message, what)

    async def _send(self, message, what: str) -> Answer:
        if self._closed is not None:
            raise StudentError(f"disconnected: {self._closed!r}")
        self._localise(message)
        answer = Answer(what=what, sent_at=time.perf_counter())
        self.answers.append(answer)
        self._pending, self._done = answer, asyncio.Event()
        self._last_sent = message
        try:
            await self._socket.send(message.SerializeToString())
            try:
                await asyncio.wait_for(self._done.wait(), self.deadline)
            except TimeoutError:
                raise StudentError(f"no complete answer within {self.deadline:.0f} s") from None
            if self._closed is not None and not answer.status:
                raise StudentError(f"disconnected: {self._closed!r}")
            await self._fetch_media(answer)
            answer.finished_at = time.perf_counter()
        finally:
            self._pending = None
        if answer.exceptions:
            raise StudentError(f"the page raised: {answer.exceptions[0][:300]}")
        return answer

    async def _rerun_every(self, fragment_id: str, interval: float) -> None:
        """What the browser does for a fragment's run_every: a rerun of it, with the widget states of
        the last message (less its button presses), every `interval` seconds."""
        while True:
            await asyncio.sleep(interval)
            if self._last_sent is None or self._closed is not None:
                continue
            message = type(self._last_sent).FromString(self._last_sent.SerializeToString())
            rerun = message.rerun_script
            kept = [
                widget
                for widget in rerun.widget_states.widgets
                if not widget.WhichOneof("value").endswith("trigger_value")
            ]
            del rerun.widget_states.widgets[:]
            rerun.widget_states.widgets.extend(kept)
            rerun.fragment_id, rerun.is_auto_rerun = fragment_id, True
            with contextlib.suppress(StudentError):  # counted in self.answers; a stroke's own wait reports it
                await self.send(message, "auto")

    def _localise(self, message) -> None:
        """The recorded message as this student's browser would send it: its address bar (the
        identity the server set), this server's address, the messages its cache holds."""
        rerun = message.rerun_script
        rerun.query_string = self.query_string
        recorded = urlsplit(rerun.context_info.url)
        if recorded.netloc:  # Chromium sends its address without the query string
            rerun.context_info.url = self.url + recorded.path
        del rerun.cached_message_hashes[:]
        rerun.cached_message_hashes.extend(self._cache)

    async def _fetch_media(self, answer: Answer) -> None:
        """The answer's new images, as the browser fetches them (at most 6 at a time)."""
        new = [url for url in dict.fromkeys(answer.media()) if url not in self._seen_media]
        self._seen_media.update(new)

        async def fetch(url: str) -> None:
            async with self._media:
                status, _, body = await http_get(self.url + url, self.cookie, timeout=self.deadline)
            answer.received_bytes += len(body)
            if status != 200:
                answer.errors.append(f"GET {url}: HTTP {status}")

        await asyncio.gather(*(fetch(url) for url in new))

    # What the browser does with what arrives ------------------------------------------------

    async def _read(self) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        try:
            async for raw in self._socket:
                message = ForwardMsg()
                message.ParseFromString(raw)
                self._receive(message, len(raw))
        except Exception as error:  # a closed or broken connection: the pending request fails
            self._closed = error
        else:
            self._closed = ConnectionError("the server closed the connection")
        self._done.set()

    def _receive(self, message, size: int) -> None:
        kind = message.WhichOneof("type")
        if kind == "ref_hash":  # a message this browser said it has cached
            cached = self._cache.get(message.ref_hash)
            if cached is None:
                self._fail(f"the server referred to message {message.ref_hash}, which this student never received")
                return
            self._cache[message.ref_hash] = (cached[0], self._runs)
            delta_path = list(message.metadata.delta_path)
            message = type(message).FromString(cached[0].SerializeToString())
            message.metadata.delta_path[:] = delta_path
            kind = message.WhichOneof("type")
        elif message.metadata.cacheable:
            self._cache[message.hash] = (message, self._runs)
        answer = self._pending
        if answer is not None:
            answer.received_bytes += size
            answer.messages += 1
        if kind == "page_info_changed":  # st.query_params written: the browser's address bar follows
            self.query_string = message.page_info_changed.query_string
        elif kind == "auto_rerun" and self.follow_auto_reruns:
            fragment, interval = message.auto_rerun.fragment_id, message.auto_rerun.interval
            if fragment not in self._auto:
                self._auto[fragment] = asyncio.create_task(self._rerun_every(fragment, interval))
        elif kind == "stop_auto_rerun":
            for fragment in message.stop_auto_rerun.fragment_ids:
                if task := self._auto.pop(fragment, None):
                    task.cancel()
        elif kind == "new_session":
            if not message.metadata.run.fragment_ids:  # a whole-page run registers its fragments afresh
                for task in self._auto.values():
                    task.cancel()
                self._auto.clear()
            self._runs += 1
            self._cache = {key: value for key, value in self._cache.items() if self._runs - value[1] <= CACHE_AGE}
            if answer is not None and not answer.started:
                answer.started = True
                answer.fragment_ids = tuple(message.metadata.run.fragment_ids)
        elif kind == "delta" and answer is not None and answer.started:
            if message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                answer.elements[tuple(message.metadata.delta_path)] = element
                element_kind = element.WhichOneof("type")
                if element_kind == "exception":
                    answer.exceptions.append(f"{element.exception.type}: {element.exception.message}")
                elif element_kind == "alert" and element.alert.format == element.alert.ERROR:
                    answer.errors.append(element.alert.body)
        elif kind == "script_finished" and answer is not None and answer.started:
            status = message.script_finished
            answer.status = type(message).ScriptFinishedStatus.Name(status)
            if status == type(message).FINISHED_EARLY_FOR_RERUN:
                answer.started = False  # the rerun that interrupted it is part of this answer
            else:
                if status == type(message).FINISHED_WITH_COMPILE_ERROR:
                    answer.exceptions.append("the page's script did not compile")
                self._done.set()

    def _fail(self, reason: str) -> None:
        if self._pending is not None:
            self._pending.exceptions.append(reason)
        self._done.set()


# ---------------------------------------------------------------------------------------------
# Recording from a real Chromium


CANVAS = "div.pad > canvas"  # the live canvas's drawing surface (in its shadow root)
RUNNING = re.compile("runs in your browser")  # its status line once the model is loaded in the page


def record(
    path: Path = RECORDED, chromium: str | None = None, train_images: int = 600, train_epochs: int = 1
) -> Recording:
    """Records what a real Chromium sends on the Predict page (open it, draw a stroke, open the
    look-inside views, draw another) and on the Train page (start a job), against a fresh server;
    saves it to `path`."""
    import datetime
    import tempfile

    import streamlit
    from playwright.sync_api import sync_playwright
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from app_pages.insight_views import PREDICT_VIEWS
    from harness.browser import DIGIT_STROKES, configure_job, draw, wait_until_idle
    from harness.server import CHROMIUM, CHROMIUM_ARGS, Server, populate_root

    frames: list[tuple[str, str, bytes]] = []  # (step, "sent"/"received", payload)
    requests: list[tuple[str, str]] = []  # (step, path) of the page's HTTP requests
    step = ["predict_open"]

    def listen(page) -> None:
        def socket_opened(socket) -> None:
            socket.on("framesent", lambda payload: frames.append((step[0], "sent", payload)))
            socket.on("framereceived", lambda payload: frames.append((step[0], "received", payload)))

        page.on("websocket", socket_opened)
        page.on("request", lambda request: requests.append((step[0], request.url)))

    def sent(name: str) -> list[bytes]:
        return [
            payload
            for frame_step, direction, payload in frames
            if frame_step == name and direction == "sent" and isinstance(payload, bytes)
            if BackMsg.FromString(payload).WhichOneof("type") == "rerun_script"
        ]

    token, train_token = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        server = Server(populate_root(Path(folder))).start()
        browser = playwright.chromium.launch(executable_path=chromium or CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            page = context.new_page()
            page.set_default_timeout(120_000)
            listen(page)
            page.goto(f"{server.url}/predict?{IDENTITY}={token}")
            wait_until_idle(page, 120)
            page.get_by_text(RUNNING).wait_for()  # a stroke before that is answered by the server
            step[0] = "predict_first_stroke"
            draw(page, DIGIT_STROKES["1"], canvas_selector=CANVAS)
            wait_until_idle(page, 60)
            step[0] = "predict_views"
            for title in PREDICT_VIEWS.values():
                page.locator('[data-testid="stExpander"] summary').filter(has_text=title).first.click()
                wait_until_idle(page, 60)
            step[0] = "predict_stroke"
            draw(page, DIGIT_STROKES["7"], canvas_selector=CANVAS)
            wait_until_idle(page, 60)
            page.wait_for_timeout(500)
            context.close()

            step[0] = "train_open"
            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            page = context.new_page()
            page.set_default_timeout(120_000)
            listen(page)
            page.goto(f"{server.url}/?{IDENTITY}={train_token}")  # the default page: its path is /
            wait_until_idle(page, 120)
            step[0] = "train_configure"
            configure_job(page, images=str(train_images), epochs=str(train_epochs))
            step[0] = "train_start"
            page.get_by_role("button", name=re.compile("Start training")).click()
            wait_until_idle(page, 60)
            context.close()
        finally:
            browser.close()
            server.stop()

    strokes = sent("predict_stroke")
    if not strokes:
        raise RuntimeError("Chromium sent no rerun for its stroke: is the live canvas still on the Predict page?")
    stroke = BackMsg.FromString(strokes[-1])
    stroke_widget, stroke_state = find_stroke_widget(stroke)
    # What Chromium's stroke answer showed: the element types of the run after its last stroke.
    expected, said, collecting = set(), [], False
    for frame_step, direction, payload in frames:
        if frame_step != "predict_stroke":
            continue
        if direction == "sent":
            collecting, expected, said = True, set(), []
            continue
        message = ForwardMsg.FromString(payload)
        if collecting and message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            expected.add(element.WhichOneof("type"))
            if element.WhichOneof("type") in ("markdown", "heading"):
                said.append(getattr(element, element.WhichOneof("type")).body[:120])
    expected -= {"exception", "alert", "spinner", "empty", "skeleton", "toast"}  # none of them is the answer
    asked = {}  # what the page fetched from the server, by step (not the icons from Google's fonts)
    for request_step, request_url in requests:
        if urlsplit(request_url).netloc == urlsplit(server.url).netloc:
            asked.setdefault(request_step, []).append(urlsplit(request_url).path)
    recording = Recording(
        origin=server.url,
        token=token,
        train_token=train_token,
        messages={
            "predict_open": sent("predict_open")[:1],
            "predict_views": sent("predict_views"),
            "predict_stroke": strokes[-1:],
            "train_open": sent("train_open")[:1],
            "train_start": sent("train_start")[-1:],
        },
        stroke_widget=stroke_widget,
        stroke_state=stroke_state,
        expected=sorted(expected),
        streamlit=streamlit.__version__,
        recorded=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        notes={"stroke_fragment_id": stroke.rerun_script.fragment_id, "stroke_answer_said": said, "requests": asked},
    )
    recording.save(path)
    return recording


def find_stroke_widget(message) -> tuple[str, str]:
    """The widget whose state a stroke sets: the live canvas (key predict_live_<data set>_<n>)."""
    for widget in message.rerun_script.widget_states.widgets:
        if widget_key(widget.id).startswith("predict_live_") and widget.WhichOneof("value") == "json_value":
            return widget.id, "stroke"
    raise RuntimeError(f"no canvas widget in the recorded stroke: {describe(message.SerializeToString())[:500]}")


# ---------------------------------------------------------------------------------------------
# A quick look from the command line


async def try_class(
    url: str, count: int, strokes: int, recording: Recording, report: Callable[[str], None] = print
) -> None:
    students = [Student(url, recording) for _ in range(count)]
    try:
        await asyncio.gather(*(student.connect() for student in students))
        loads = await asyncio.gather(*(student.open() for student in students))
        report(f"page loads: {', '.join(f'{answer.seconds:.2f}' for answer in loads)} s")
        labels = [1, 0, 7, 3][:strokes]
        for label, rgba in zip(labels, drawings(labels, seed=1), strict=True):
            answers = await asyncio.gather(*(student.stroke(rgba) for student in students))
            report(
                f"a {label}: {', '.join(f'{answer.seconds:.2f}' for answer in answers)} s; the answers shown "
                f"{[answer.find_all(SHOWN_ANSWER) for answer in answers]}, nearest test images "
                f"{[answer.find_all(NEAREST) for answer in answers]}"
            )
    finally:
        await asyncio.gather(*(student.close() for student in students))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    record_command = commands.add_parser("record", help="record what Chromium sends, into harness/recorded/")
    record_command.add_argument("--out", type=Path, default=RECORDED)
    try_command = commands.add_parser("try", help="a few students against a fresh server")
    try_command.add_argument("students", type=int, nargs="?", default=3)
    try_command.add_argument("--strokes", type=int, default=3, choices=range(1, 5))
    try_command.add_argument("--recording", type=Path, default=RECORDED)
    args = parser.parse_args()
    if args.command == "record":
        recording = record(args.out)
        print(f"recorded {sum(map(len, recording.messages.values()))} messages into {args.out}")
        print(f"stroke widget {recording.stroke_widget} ({recording.stroke_state}); answer shows {recording.expected}")
        print(f"the stroke's answer said: {recording.notes['stroke_answer_said']}")
        return
    import tempfile

    from harness.server import Server, populate_root

    if not 1 <= args.students <= MAX_STUDENTS:
        raise SystemExit(f"1 to {MAX_STUDENTS} students")
    with tempfile.TemporaryDirectory() as folder:
        server = Server(populate_root(Path(folder))).start()
        try:
            asyncio.run(try_class(server.url, args.students, args.strokes, Recording.load(args.recording)))
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
