"""A check the document changed under publishes nothing: in process, where a change can be made
to arrive while a check runs (over stdio, the server reads the change only after the check)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.workspace import Workspace

from spec_gate.engine import Engine, Source
from spec_gate.findings import DocumentResult
from spec_gate.lsp.server import SpecGateServer
from tests.lsp.test_server import BAD, CONFIG, GOOD


class Recording(SpecGateServer):
    """The server, with a workspace of its own and what it would publish kept, not sent."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.own_workspace = workspace
        self.sent: list[types.PublishDiagnosticsParams] = []

    @property
    def workspace(self) -> Workspace:
        return self.own_workspace

    def text_document_publish_diagnostics(self, params: types.PublishDiagnosticsParams) -> None:
        self.sent.append(params)


def test_a_check_the_document_changed_under_publishes_nothing_over_the_newer_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(CONFIG)
    path = root / "docs" / "specs" / "saved-searches.md"
    path.write_text(BAD)
    uri = path.as_uri()
    workspace = Workspace(root.as_uri())
    workspace.put_text_document(types.TextDocumentItem(uri, "markdown", 1, BAD))
    server = Recording(workspace)

    check = Engine.check

    def changed_meanwhile(engine: Engine, source: Source) -> DocumentResult | None:
        """Check version 1's text; the editor sends version 2 while it runs."""
        result = check(engine, source)
        if source.text == BAD:
            workspace.update_text_document(
                types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                types.TextDocumentContentChangeWholeDocument(text=GOOD),
            )
        return result

    monkeypatch.setattr(Engine, "check", changed_meanwhile)
    server.check(uri)
    assert server.sent == []  # version 1's findings are not shown on version 2's text

    server.check(uri)  # the check the change scheduled
    assert [(p.version, list(p.diagnostics)) for p in server.sent] == [(2, [])]
