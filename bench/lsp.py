"""The language server's latency: from a change to the published diagnostics.

    python bench/lsp.py SPEC [--rounds N] [--workspace FOLDER]

SPEC is a real spec (about 1,000 lines, say, from ../shared/corpus); it is opened in a
temporary workspace whose ``.spec-gate.yml`` maps it as a spec, and ``--workspace`` copies a
folder of other specs beside it, so the copies check compares against them too. Each round
changes one word of the open document after a quiet spell (the server checks the first edit
after one at once) and waits for its diagnostics. Printed against two baselines measured in
the same run: a request that needs no check (hover on a line with no finding: the protocol's
own round trip) and ``Engine.check`` of the same text in this process (the work itself).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from queue import Empty, Queue
from typing import Any

QUIET = 0.3  # seconds between rounds: more than the server's debounce


class Client:
    """Just enough of a language client: framed JSON-RPC over the server's stdio."""

    def __init__(self, command: list[str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self.messages: Queue[dict[str, Any]] = Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            self.messages.put(json.loads(stream.read(length)))

    def send(self, method: str, params: Any, request: bool = False) -> int | None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        ident = None
        if request:
            self.next_id += 1
            ident = message["id"] = self.next_id
        data = json.dumps(message).encode()
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        stdin.flush()
        return ident

    def wait(self, match: Any, timeout: float = 60) -> dict[str, Any]:
        end = time.perf_counter() + timeout
        while True:
            try:
                message = self.messages.get(timeout=max(0.0, end - time.perf_counter()))
            except Empty:
                sys.exit("bench: the server did not answer in time")
            if match(message):
                return message

    def close(self) -> None:
        ident = self.send("shutdown", None, request=True)
        self.wait(lambda m: m.get("id") == ident)
        self.send("exit", None)
        self.process.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--workspace", type=Path, help="a folder of specs to put beside it")
    args = parser.parse_args()
    found = shutil.which("spec-gate", path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit("bench: spec-gate is not installed; run `pip install '.[lsp]'` first")
    text = args.spec.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="spec-gate-lsp-bench-") as scratch:
        root = Path(scratch)
        (root / "docs" / "specs").mkdir(parents=True)
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        (root / ".spec-gate.yml").write_text(
            "documents:\n  - kind: spec\n    paths: ['docs/specs/**/*.md']\n"
        )
        others = 0
        if args.workspace is not None:
            shutil.copytree(args.workspace, root / "docs" / "specs" / "others")
            others = len(list((root / "docs" / "specs" / "others").rglob("*.md")))
        path = root / "docs" / "specs" / "spec.md"
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        latencies, round_trips, floors = measure(found, root, uri, text, args.rounds)
    lines = text.count("\n") + 1
    latency, trip, floor = (statistics.median(x) * 1000 for x in (latencies, round_trips, floors))
    print(
        f"lsp        {args.spec.name}: {lines} lines, {others} other documents in the workspace;"
        f" {args.rounds} rounds"
    )
    print(
        f"lsp        change -> diagnostics {latency:.1f} ms (median; max "
        f"{max(latencies) * 1000:.1f})   request round trip {trip:.1f} ms   "
        f"Engine.check in-process {floor:.1f} ms   ratio to the check {latency / floor:.2f}"
    )
    return 0


def measure(
    command: str, root: Path, uri: str, text: str, rounds: int
) -> tuple[list[float], list[float], list[float]]:
    from spec_gate.discover import policy_for
    from spec_gate.engine import Engine, Source

    client = Client([command, "lsp"], root)
    ident = client.send(
        "initialize",
        {"processId": None, "rootUri": root.as_uri(), "capabilities": {}},
        request=True,
    )
    client.wait(lambda m: m.get("id") == ident)
    client.send("initialized", {})

    def diagnostics(message: dict[str, Any]) -> bool:
        return (
            message.get("method") == "textDocument/publishDiagnostics"
            and message["params"]["uri"] == uri
        )

    client.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    client.wait(diagnostics)  # the first check also reads the workspace: not measured
    engine = Engine(policy_for(None, [], start=root), today=date.today())
    latencies, trips, floors = [], [], []
    middle = text.count("\n") // 2  # a line with no finding: hover answers without work
    for version in range(2, rounds + 2):
        time.sleep(QUIET)
        changed = text.replace("the", "teh", 1) if version % 2 else text
        start = time.perf_counter()
        client.send(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": changed}],
            },
        )
        client.wait(diagnostics)
        latencies.append(time.perf_counter() - start)
        time.sleep(QUIET)
        start = time.perf_counter()
        ident = client.send(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": middle, "character": 0}},
            request=True,
        )
        client.wait(lambda m, ident=ident: m.get("id") == ident)
        trips.append(time.perf_counter() - start)
        start = time.perf_counter()
        engine.check(Source("docs/specs/spec.md", changed, "docs/specs/spec.md", None))
        floors.append(time.perf_counter() - start)
    client.close()
    return latencies, trips, floors


if __name__ == "__main__":
    sys.exit(main())
