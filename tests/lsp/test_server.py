"""``spec-gate lsp`` driven over stdio by pytest-lsp, as an editor would drive it."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPO = Path(__file__).resolve().parents[2]
GOOD = (REPO / "examples" / "docs" / "specs" / "offline-checkout.md").read_text()
CONFIG = "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md']\n"
BAD = """\
# Saved searches

## Accessibility and inclusion review

- [ ] Accessibility review signed off by @reviewer
"""
TIMEOUT = 30

# One server for the module (starting one costs more than most tests here; pytest's
# `--dist loadfile` keeps a module on one worker); the tests share its event loop, and each
# works in a project of its own (see `workspace` and `client`).
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh repository per test: the server finds its config from each document's folder, so
    no test sees another's config, documents or workspace results."""
    root = tmp_path / "project"
    (root / "docs" / "specs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(CONFIG)
    return root


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "spec_gate", "lsp"]),
)
async def server(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("lsp-workspace")
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="workspace")],
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def client(server: LanguageClient) -> Iterator[LanguageClient]:
    """The module's server, as a test's own: what it sent before is forgotten, and the documents
    a test opened are closed after it (a config saved later does not check them again)."""
    server.diagnostics.clear()
    server.messages.clear()
    yield server
    for uri in list(server.diagnostics):
        server.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
        )


async def published(
    client: LanguageClient, uri: str, send: Callable[[], object]
) -> list[types.Diagnostic]:
    """Send something, then wait for the diagnostics of ``uri`` it leads to."""
    (found,) = await published_all(client, [uri], [send])
    return found


async def published_all(
    client: LanguageClient, uris: list[str], sends: list[Callable[[], object]]
) -> list[list[types.Diagnostic]]:
    for uri in uris:
        client.diagnostics.pop(uri, None)
    for send in sends:
        send()
    async with asyncio.timeout(TIMEOUT):
        while not all(uri in client.diagnostics for uri in uris):
            await asyncio.sleep(0.01)
    return [list(client.diagnostics[uri]) for uri in uris]


def open_document(client: LanguageClient, path: Path, text: str) -> Callable[[], None]:
    path.write_text(text)
    return lambda: client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=path.as_uri(), language_id="markdown", version=1, text=text)
        )
    )


def change(client: LanguageClient, path: Path, text: str, version: int) -> Callable[[], None]:
    return lambda: client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def codes(diagnostics: list[types.Diagnostic]) -> set[str]:
    return {str(d.code) for d in diagnostics}


def blocking(diagnostics: list[types.Diagnostic]) -> list[types.Diagnostic]:
    return [
        d
        for d in diagnostics
        if d.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)
    ]


def apply(text: str, edit: types.TextEdit) -> str:
    lines = text.split("\n")
    start, end = edit.range.start, edit.range.end
    assert (start.line, start.character) == (end.line, end.character), "an insertion only"
    line = lines[start.line]
    lines[start.line] = line[: start.character] + edit.new_text + line[start.character :]
    return "\n".join(lines)


async def test_a_bad_spec_gets_diagnostics_with_codes_and_ranges(
    client: LanguageClient, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    found = await published(client, path.as_uri(), open_document(client, path, BAD))
    assert codes(found) >= {"why-section", "a11y-review", "a11y-signoff"}
    box = next(d for d in found if d.code == "a11y-signoff")
    assert box.severity == types.DiagnosticSeverity.Error
    assert box.source == "spec-gate"
    line = "- [ ] Accessibility review signed off by @reviewer"
    assert (box.range.start.line, box.range.start.character) == (4, 0)
    assert (box.range.end.line, box.range.end.character) == (4, len(line))
    explanation = box.code_description
    assert explanation is not None and explanation.href.startswith("file://")
    assert "a11y-signoff" in Path(explanation.href.removeprefix("file://")).read_text()


async def test_hover_on_a_diagnostic_says_what_explain_says(
    client: LanguageClient, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    await published(client, path.as_uri(), open_document(client, path, BAD))
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(path.as_uri()), types.Position(4, 3))
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "a11y-signoff: rule set accessibility-signoff, error" in hover.contents.value
    assert "Why it matters:" in hover.contents.value


async def test_a_code_action_inserts_the_skeleton_and_its_diagnostic_goes(
    client: LanguageClient, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, BAD))
    missing = next(d for d in found if d.code == "why-section")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=missing.range,
            context=types.CodeActionContext(diagnostics=[missing]),
        )
    )
    assert actions is not None
    action = next(a for a in actions if isinstance(a, types.CodeAction))
    assert action.title == "Add the “Why” section, to fill in"
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    fixed = apply(BAD, edit)
    assert fixed.startswith(BAD)  # the author's text is kept as it was
    assert "## Why\n<Who runs into what problem today" in fixed
    after = await published(client, uri, change(client, path, fixed, 2))
    assert missing.message not in [d.message for d in after]  # no "no Why section" any more
    why = [d for d in after if d.code == "why-section"]
    # What is left is the skeleton's own prompt, to answer where it was inserted.
    assert [d.range.start.line for d in why] == [fixed.split("\n").index("## Why")]


async def test_editing_to_fix_clears_the_diagnostics(
    client: LanguageClient, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "offline-checkout.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, BAD))
    assert blocking(found)
    after = await published(client, uri, change(client, path, GOOD, 2))
    assert after == []


async def test_a_broken_config_is_one_message_and_the_server_stays_up(
    client: LanguageClient, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "offline-checkout.md"
    uri = path.as_uri()
    await published(client, uri, open_document(client, path, GOOD))
    config = workspace / ".spec-gate.yml"
    config.write_text(CONFIG + "  - kind: spec\n    paths: [oops\n")
    message = asyncio.ensure_future(client.wait_for_notification(types.WINDOW_SHOW_MESSAGE))
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        types.TextDocumentIdentifier(config.as_uri())))  # fmt: skip
    await asyncio.wait_for(message, TIMEOUT)
    for version in (2, 3):  # more edits: the same error is not shown again
        change(client, path, GOOD + "\nMore.\n" * version, version)()
    await asyncio.sleep(1)
    errors = [m for m in client.messages if m.type == types.MessageType.Error]
    assert len(errors) == 1
    assert errors[0].message.startswith("spec-gate: ")
    assert f"{config}:6: not valid YAML" in errors[0].message  # the file and the line
    config.write_text(CONFIG)  # fixed: the server answers again, no restart
    after = await published(client, uri, change(client, path, BAD, 4))
    assert "a11y-signoff" in codes(after)


async def test_several_documents_at_once_and_copies_across_the_workspace(
    client: LanguageClient, workspace: Path
) -> None:
    specs = workspace / "docs" / "specs"
    (specs / "first.md").write_text(GOOD)  # on disk, not open: the workspace has it
    subprocess.run(["git", "add", "-A"], cwd=workspace, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "first"],
        cwd=workspace,
        check=True,
    )
    copy = GOOD.replace("# Offline checkout", "# Offline checkout, again")
    opened = {"bad.md": BAD, "copy.md": copy, "good.md": GOOD + "\n"}
    paths = [specs / name for name in opened]
    bad, copied, good = await published_all(
        client,
        [path.as_uri() for path in paths],
        [
            open_document(client, path, text)
            for path, text in zip(paths, opened.values(), strict=True)
        ],
    )
    assert {"why-section", "a11y-review"} <= codes(bad)
    assert any("is a copy of the one in docs/specs/first.md" in d.message for d in copied)
    assert any("is a copy of the one in docs/specs/first.md" in d.message for d in good)
