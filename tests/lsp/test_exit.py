"""The end of a session, as LSP says it goes: ``shutdown``, then ``exit``."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

pytest.importorskip("pygls")

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"processId": None, "rootUri": None, "capabilities": {}},
}
INITIALIZED = {"jsonrpc": "2.0", "method": "initialized", "params": {}}
SHUTDOWN = {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}
HOVER = {
    "jsonrpc": "2.0",
    "id": 3,
    "method": "textDocument/hover",
    "params": {"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}},
}
EXIT = {"jsonrpc": "2.0", "method": "exit"}


def session(*messages: dict[str, Any]) -> tuple[int, list[dict[str, Any]]]:
    """Run the server over these messages, framed as a client frames them; its exit code and
    what it answered."""
    sent = b"".join(
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        for body in (json.dumps(m).encode() for m in messages)
    )
    done = subprocess.run(
        [sys.executable, "-m", "spec_gate", "lsp"],
        input=sent,
        capture_output=True,
        timeout=60,
        check=False,
    )
    answers = [
        json.loads(part.split(b"\r\n\r\n", 1)[1])
        for part in done.stdout.split(b"Content-Length: ")[1:]
    ]
    return done.returncode, answers


@pytest.mark.slow
def test_exit_without_shutdown_is_exit_code_1_and_a_request_after_shutdown_is_refused() -> None:
    code, _ = session(INITIALIZE, INITIALIZED, EXIT)
    assert code == 1
    code, answers = session(INITIALIZE, INITIALIZED, SHUTDOWN, HOVER, EXIT)
    assert code == 0
    [refused] = [a for a in answers if a.get("id") == 3]
    assert refused["error"]["code"] == -32600  # InvalidRequest
