"""What one browser tab may send the server in one websocket message is bounded before it is read.

A canvas drawing arrives as a base64 data URL inside a widget's state: Streamlit's default limit
(200 MB) let a page's script send a 200 MB string that the server parsed and base64-decoded before
the canvas's own 2 MB check. `.streamlit/config.toml` sets 16 MB (a 2 MB PNG is 2.7 MB as base64)."""

from __future__ import annotations

import tomllib

import pytest

from lenet_core.base.settings import PROJECT_DIR


def rerun_message(widget_text: str) -> bytes:
    """A BackMsg as the browser sends it to run the script, carrying one widget value of that text."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    message = BackMsg()
    message.rerun_script.query_string = ""
    widget = message.rerun_script.widget_states.widgets.add()
    widget.id = "$$ID-0000-predict_canvas_0"
    widget.string_value = widget_text
    return message.SerializeToString()


def test_the_message_limit_is_configured():
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text())
    assert 4 <= config["server"]["maxMessageSize"] <= 16  # MB


def test_a_message_over_the_limit_closes_the_connection_before_it_is_read(server):
    from websockets.exceptions import ConnectionClosed
    from websockets.sync.client import connect

    url = server.url.replace("http", "ws", 1) + "/_stcore/stream"
    with connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=20) as socket:
        socket.send(rerun_message("a" * 1_000_000))  # a large drawing: taken, and the script runs
        assert socket.recv(timeout=30)
    dropped = (ConnectionClosed, ConnectionResetError, BrokenPipeError)
    with connect(url, subprotocols=["streamlit"], max_size=None, open_timeout=20) as socket, pytest.raises(dropped):
        socket.send(rerun_message("a" * 17_000_000))  # the server may drop it while it is still sent
        while True:  # or after: whatever the server sent before, the connection ends
            socket.recv(timeout=30)
