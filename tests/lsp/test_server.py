"""``spec-gate lsp`` driven over stdio by pytest-lsp, as an editor would drive it."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPO = Path(__file__).resolve().parents[2]
GOOD = (REPO / "examples" / "docs" / "specs" / "offline-checkout.md").read_text()
CONFIG = "documents:\n  - kind: spec\n    paths: ['docs/specs/*.md']\n"
# Postmortems too, with a rule set of the team's own that names a phrase to avoid.
POSTMORTEMS = """\
  - kind: postmortem
    paths: ['docs/postmortems/*.md']
    rulesets: [builtin:impact-narrative, ./wording.yml]
"""
WORDING = """\
name: wording
kinds: [postmortem]
rules:
  - id: no-human-error
    severity: warning
    message: Say what let the mistake through.
    check:
      phrases:
        phrases:
          - pattern: 'human\\s+error'
"""
BOX = "- [ ] Accessibility review signed off by @reviewer"
BAD = f"""\
# Saved searches

## Accessibility and inclusion review

{BOX}
"""
# Why, Proposal and a signed review, without "Who is affected" (the template has it after Why).
NO_WHO = """\
# Saved searches

## Why

Shoppers who search for the same shoes every week retype the filters each time, and 12% give up.

## Proposal

Save a search with its filters and show it on the home page.

## Accessibility and inclusion review

- Low digital literacy: one button labelled "Save this search", tested with five new shoppers.
- Disability and assistive technology: the button is announced to screen readers and works by keyboard.
- Slow or unreliable connection: saved searches load from the device first and sync later.

- [x] Accessibility review signed off by @maria-a11y
"""
BLAME = "The release went out on Friday. Dave deployed it without running it through staging, and nothing stopped it."
POSTMORTEM = f"""\
# 2024-05-02: card payments failed

## Contributing factors

{BLAME}

🔥 Blaming human error here would stop the search, so we looked at the deploy script.

## Action items

- [ ] Require a canary stage (owner: @sam, #12)
"""
TIMEOUT = 30


class Client(LanguageClient):
    """pytest-lsp's client, keeping every publishDiagnostics whole, its version with it (its own
    keeps the latest diagnostics of each document, without the version)."""

    def __init__(self) -> None:
        super().__init__(converter_factory=default_converter)
        self.published: list[types.PublishDiagnosticsParams] = []


def _received(client: Client, params: types.PublishDiagnosticsParams) -> None:
    client.published.append(params)
    client.diagnostics[params.uri] = params.diagnostics


def make_client() -> Client:
    client = Client()
    features = {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _received}
    register_lsp_features(client, features)
    return client


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
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "spec_gate", "lsp"], client_factory=make_client
    ),
)
async def server(lsp_client: Client, tmp_path_factory: pytest.TempPathFactory) -> Any:
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
def client(server: Client) -> Iterator[Client]:
    """The module's server, as a test's own: what it sent before is forgotten, and the documents
    a test opened are closed after it (a config saved later does not check them again). Every
    publishDiagnostics sent during the test carried the version of a document's text."""
    server.diagnostics.clear()
    server.messages.clear()
    server.published.clear()
    yield server
    assert [p for p in server.published if not isinstance(p.version, int)] == [], server.published
    for uri in list(server.diagnostics):
        server.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
        )


@dataclass(frozen=True)
class Send:
    """A notification that gives a document a text, and the version of that text."""

    send: Callable[[], None]
    version: int

    def __call__(self) -> None:
        self.send()


async def published(client: Client, uri: str, send: Send) -> list[types.Diagnostic]:
    """Send something, then wait for the diagnostics of ``uri`` it leads to."""
    (found,) = await published_all(client, [uri], [send])
    return found


async def published_all(
    client: Client, uris: list[str], sends: list[Send]
) -> list[list[types.Diagnostic]]:
    """Send, then wait for the next publication of each of ``uris``: it is for the version
    that was sent."""
    start = len(client.published)
    for send in sends:
        send()
    async with asyncio.timeout(TIMEOUT):
        while not all(any(p.uri == uri for p in client.published[start:]) for uri in uris):
            await asyncio.sleep(0.01)
    found = []
    for uri, send in zip(uris, sends, strict=True):
        first = next(p for p in client.published[start:] if p.uri == uri)
        assert first.version == send.version
        found.append(list(first.diagnostics))
    return found


def open_document(client: Client, path: Path, text: str) -> Send:
    path.write_text(text)
    return Send(
        lambda: client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(
                    uri=path.as_uri(), language_id="markdown", version=1, text=text
                )
            )
        ),
        1,
    )


def change(client: Client, path: Path, text: str, version: int) -> Send:
    return Send(
        lambda: client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=path.as_uri(), version=version
                ),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        ),
        version,
    )


async def quick_fix(client: Client, uri: str, shown: types.Diagnostic) -> types.CodeAction | None:
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=shown.range,
            context=types.CodeActionContext(diagnostics=[shown]),
        )
    )
    found = [a for a in actions or [] if isinstance(a, types.CodeAction)]
    assert len(found) <= 1
    return found[0] if found else None


def only_edit(action: types.CodeAction | None, uri: str) -> types.TextEdit:
    assert action is not None and action.edit is not None and action.edit.changes is not None
    (edit,) = action.edit.changes[uri]
    return edit


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
    client: Client, workspace: Path
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
    client: Client, workspace: Path
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
    client: Client, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, BAD))
    missing = next(d for d in found if d.code == "why-section")
    action = await quick_fix(client, uri, missing)
    assert action is not None and action.title == "Add the “Why” section, to fill in"
    edit = only_edit(action, uri)
    fixed = apply(BAD, edit)
    # Where the template has it: before the accessibility review (there is nothing before it).
    why = (
        "## Why\n<Who runs into what problem today, and what changes for them once this lands.>\n\n"
    )
    assert fixed == BAD.replace("## Accessibility", why + "## Accessibility")
    after = await published(client, uri, change(client, path, fixed, 2))
    assert missing.message not in [d.message for d in after]  # no "no Why section" any more
    why = [d for d in after if d.code == "why-section"]
    # What is left is the skeleton's own prompt, to answer where it was inserted.
    assert [d.range.start.line for d in why] == [fixed.split("\n").index("## Why")]


async def test_a_quick_fix_keeps_the_documents_line_endings(
    client: Client, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    crlf = BAD.replace("\n", "\r\n")
    found = await published(client, uri, open_document(client, path, crlf))
    missing = next(d for d in found if d.code == "why-section")
    edit = only_edit(await quick_fix(client, uri, missing), uri)
    assert "\r\n" in edit.new_text and "\n" not in edit.new_text.replace("\r\n", "")


async def test_an_untitled_buffer_is_checked_as_its_front_matter_says(
    client: Client, workspace: Path
) -> None:
    uri = "untitled:Untitled-1"
    text = "---\nkind: spec\n---\n# Saved searches\n\n## Why\nTBD\n"
    opened = Send(
        lambda: client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
            )
        ),
        1,
    )
    found = await published(client, uri, opened)
    assert "why-section" in codes(found)


async def test_a_code_action_for_a_document_closed_meanwhile_is_none(
    client: Client, workspace: Path
) -> None:
    """An editor may ask for the fixes of a document it has just closed: no error, no fix."""
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, BAD))
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
    )
    missing = next(d for d in found if d.code == "why-section")
    assert await quick_fix(client, uri, missing) is None
    gone = workspace / "docs" / "specs" / "never-written.md"
    assert await quick_fix(client, gone.as_uri(), missing) is None


async def test_a_quick_fix_puts_the_section_where_the_teams_template_has_it(
    client: Client, workspace: Path
) -> None:
    """The config's `template:` orders the sections, not the built-in template: this team's
    puts Why after the accessibility review."""
    (workspace / "docs" / "specs" / "TEMPLATE.md").write_text(
        "# <Title>\n\n## Accessibility and inclusion review\n\n<The three users.>\n\n"
        "## Why\n\n<The problem.>\n\n## Rollout\n\n<The plan.>\n"
    )
    (workspace / ".spec-gate.yml").write_text(
        CONFIG.rstrip("\n")
        + "\n    exclude: ['docs/specs/TEMPLATE.md']\n    template: docs/specs/TEMPLATE.md\n"
    )
    text = BAD + "\n## Rollout\n\nBehind a flag for a week.\n"
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, text))
    missing = next(d for d in found if d.code == "why-section")
    action = await quick_fix(client, uri, missing)
    assert action is not None
    fixed = apply(text, only_edit(action, uri))
    titles = [line for line in fixed.split("\n") if line.startswith("## ")]
    assert titles == ["## Accessibility and inclusion review", "## Why", "## Rollout"]


async def test_editing_to_fix_clears_the_diagnostics(client: Client, workspace: Path) -> None:
    path = workspace / "docs" / "specs" / "offline-checkout.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, BAD))
    assert blocking(found)
    after = await published(client, uri, change(client, path, GOOD, 2))
    assert after == []


async def test_a_broken_config_is_one_message_and_the_server_stays_up(
    client: Client, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "offline-checkout.md"
    uri = path.as_uri()
    await published(client, uri, open_document(client, path, GOOD))
    config = workspace / ".spec-gate.yml"
    config.write_text(CONFIG + "  - kind: spec\n    paths: [oops\n")
    message = asyncio.ensure_future(client.wait_for_notification(types.WINDOW_SHOW_MESSAGE))
    before = len(client.published)
    client.text_document_did_save(types.DidSaveTextDocumentParams(
        types.TextDocumentIdentifier(config.as_uri())))  # fmt: skip
    await asyncio.wait_for(message, TIMEOUT)
    async with asyncio.timeout(TIMEOUT):  # the open document, checked again: not checked
        while not any(p.uri == uri for p in client.published[before:]):
            await asyncio.sleep(0.01)
    for version in (2, 3):  # more edits: the same error is not shown again
        shown = await published(
            client, uri, change(client, path, GOOD + "\nMore.\n" * version, version)
        )
        # ...but each version says why it was not checked, no earlier result left on moved lines
        [unchecked] = shown
        assert unchecked.message.startswith(f"not checked: {config}:6: not valid YAML")
        assert unchecked.range.start.line == 0
    errors = [m for m in client.messages if m.type == types.MessageType.Error]
    assert len(errors) == 1
    assert errors[0].message.startswith("spec-gate: ")
    assert f"{config}:6: not valid YAML" in errors[0].message  # the file and the line
    config.write_text(CONFIG)  # fixed: the server answers again, no restart
    after = await published(client, uri, change(client, path, BAD, 4))
    assert "a11y-signoff" in codes(after)


async def test_several_documents_at_once_and_copies_across_the_workspace(
    client: Client, workspace: Path
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


async def test_every_publication_carries_the_version_of_the_text_it_was_computed_from(
    client: Client, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    texts = {1: BAD, 2: GOOD, 3: BAD, 4: GOOD, 5: BAD, 6: GOOD}
    start = len(client.published)
    open_document(client, path, BAD)()
    for version in (2, 3, 4, 5, 6):  # bursts of edits, checked at once and then debounced
        change(client, path, texts[version], version)()
        await asyncio.sleep(0.25 if version % 2 else 0)
    async with asyncio.timeout(TIMEOUT):
        while not any(p.uri == uri and p.version == 6 for p in client.published[start:]):
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.5)  # anything still on its way
    mine = [p for p in client.published[start:] if p.uri == uri]
    versions = [p.version for p in mine]
    assert len(mine) > 1
    assert versions == sorted(versions)  # no older text's result after a newer one
    assert versions[-1] == 6
    for publication in mine:  # each one is what its version's text gets
        assert publication.version is not None
        text = texts[publication.version]
        assert ("a11y-signoff" in codes(publication.diagnostics)) == (text is BAD)


@pytest.mark.parametrize(
    "box",
    [
        BOX,
        "- [x] Accessibility review signed off by @maria-a11y",
        "- [x] Signed off for accessibility by @maria-a11y",  # other words, the rule's box
    ],
    ids=["unticked", "ticked", "ticked-in-other-words"],
)
async def test_the_accessibility_quick_fix_adds_no_second_sign_off_box(
    client: Client, workspace: Path, box: str
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    text = BAD.replace(BOX, box)
    found = await published(client, uri, open_document(client, path, text))
    review = next(d for d in found if d.code == "a11y-review")
    action = await quick_fix(client, uri, review)
    assert action is not None
    assert action.title == "Insert what “Accessibility and inclusion review” asks for, to fill in"
    edit = only_edit(action, uri)
    assert (edit.range.start.line, edit.range.start.character) == (3, 0)  # under the heading
    assert edit.new_text == (
        "- Low digital literacy: <how someone new to the web finds and completes this task>\n"
        "- Disability and assistive technology: <screen readers, keyboard only, zoom, captions>\n"
        "- Slow or unreliable connection: <page weight, offline behaviour, what happens on 2G>\n"
    )
    fixed = apply(text, edit)
    assert [line for line in fixed.split("\n") if "- [" in line] == [box]


async def test_the_quick_fix_adds_no_line_for_a_person_the_review_has_a_line_for(
    client: Client, workspace: Path
) -> None:
    """ "Slow connection:" is the line "Slow or unreliable connection:" would add, in other
    words: the quick fix adds only the lines for the others."""
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    text = BAD.replace(BOX, "- Slow connection: not an issue, the wards have good wifi.\n\n" + BOX)
    found = await published(client, uri, open_document(client, path, text))
    review = next(d for d in found if d.code == "a11y-review")
    action = await quick_fix(client, uri, review)
    assert action is not None
    assert only_edit(action, uri).new_text == (
        "- Low digital literacy: <how someone new to the web finds and completes this task>\n"
        "- Disability and assistive technology: <screen readers, keyboard only, zoom, captions>\n"
    )


async def test_nothing_to_insert_is_no_quick_fix(client: Client, workspace: Path) -> None:
    """The template's review, unanswered: every line the skeleton has is there already."""
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    template = (REPO / "src" / "spec_gate" / "templates" / "spec.md").read_text()
    found = await published(client, uri, open_document(client, path, template))
    review = next(d for d in found if d.code == "a11y-review")
    assert await quick_fix(client, uri, review) is None


async def test_no_second_follow_up_section_under_a_label_that_has_one(
    client: Client, workspace: Path
) -> None:
    """ "Follow-ups:" holding only platitudes: the finding points at the label, to be written
    in; a quick fix appending a second "## Action items" would leave two parts."""
    (workspace / ".spec-gate.yml").write_text(CONFIG + POSTMORTEMS)
    (workspace / "wording.yml").write_text(WORDING)
    (workspace / "docs" / "postmortems").mkdir()
    path = workspace / "docs" / "postmortems" / "2024-05-03.md"
    text = (
        "# Postmortem: DB outage\n\nTL;DR: primary postgres ran out of connections, users "
        "were impacted, API returned 500s.\n\nFollow-ups:\n- improve monitoring\n"
        "- be more careful with deploys\n"
    )
    found = await published(client, path.as_uri(), open_document(client, path, text))
    items = next(d for d in found if d.code == "action-items")
    assert items.range.start.line == 4  # "Follow-ups:"
    assert await quick_fix(client, path.as_uri(), items) is None


async def test_who_is_affected_goes_right_after_the_why_section(
    client: Client, workspace: Path
) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    uri = path.as_uri()
    found = await published(client, uri, open_document(client, path, NO_WHO))
    (missing,) = found
    assert missing.code == "who-affected"
    action = await quick_fix(client, uri, missing)
    assert action is not None and action.title == "Add the “Who is affected” section, to fill in"
    edit = only_edit(action, uri)
    # Line 6 is "## Proposal": the new section goes between the Why section and it.
    assert NO_WHO.split("\n")[6] == "## Proposal"
    assert edit.range == types.Range(types.Position(6, 0), types.Position(6, 0))
    assert edit.new_text == (
        "## Who is affected\n<Which users or teams notice this change, and how.>\n\n"
    )
    fixed = apply(NO_WHO, edit)
    after = await published(client, uri, change(client, path, fixed, 2))
    # What is left is the skeleton's own prompt, to answer where it was inserted.
    assert [(str(d.code), d.range.start.line) for d in after] == [("who-affected", 6)]


async def test_a_waiver_renewed_too_often_is_refused_as_the_check_refuses_it(
    client: Client, workspace: Path
) -> None:
    """The editor counts renewals from the document's git history, as ``spec-gate check``
    and the action do: no waiver that passes in the editor and fails in CI."""
    from datetime import timedelta

    from tests.conftest import git

    relative = "docs/specs/saved-searches.md"
    waiver = '<!-- spec-gate: waive a11y-signoff reason="prototype behind a staff-only flag" until={} -->\n'
    for days, day in ((120, "2026-01-05"), (60, "2026-03-05")):
        (workspace / relative).write_text(GOOD + waiver.format(date.today() - timedelta(days=days)))
        git(workspace, "add", relative, day=day)
        git(workspace, "commit", "-q", "-m", "waive", day=day)
    path = workspace / relative
    renewed = GOOD + waiver.format(date.today() + timedelta(days=20))
    found = await published(client, path.as_uri(), open_document(client, path, renewed))
    refused = [d for d in found if d.code == "waiver-invalid"]
    assert refused and "renews it for the second time" in refused[0].message


async def test_a_phrase_finding_is_ranged_on_the_phrase(client: Client, workspace: Path) -> None:
    (workspace / ".spec-gate.yml").write_text(CONFIG + POSTMORTEMS)
    (workspace / "wording.yml").write_text(WORDING)
    (workspace / "docs" / "postmortems").mkdir()
    path = workspace / "docs" / "postmortems" / "2024-05-02.md"
    found = await published(client, path.as_uri(), open_document(client, path, POSTMORTEM))
    lines = POSTMORTEM.split("\n")

    blame = next(d for d in found if d.code == "blameless-language")
    assert lines[4] == BLAME
    assert (blame.range.start.line, blame.range.start.character) == (4, 32)
    assert (blame.range.end.line, blame.range.end.character) == (4, 64)
    assert BLAME[32:64] == "Dave deployed it without running"  # who, and what they did

    phrase = next(d for d in found if d.code == "no-human-error")
    # The line starts with an emoji: two UTF-16 code units, which is how editors count.
    assert lines[6].index("human error") == 10
    assert (phrase.range.start.line, phrase.range.start.character) == (6, 11)
    assert (phrase.range.end.line, phrase.range.end.character) == (6, 22)


async def test_hover_says_it_in_words_without_the_patterns(client: Client, workspace: Path) -> None:
    path = workspace / "docs" / "specs" / "saved-searches.md"
    await published(client, path.as_uri(), open_document(client, path, BAD))
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(path.as_uri()), types.Position(4, 3))
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    said = hover.contents.value
    for part in ("What it checks:", "Why it matters:", "How to fix a finding:"):
        assert part in said
    assert "a ticked task-list box matching the rule's pattern, naming a real reviewer" in said
    # The sign-off rule's patterns (rules/accessibility-signoff.yml), none of their syntax.
    for syntax in ("\\b", ".*", "(sign|review|approv)", "^@", "[\\w.-]+", "{{", "}}", "/^"):
        assert syntax not in said
    # They are a link away, with everything else `spec-gate explain` says.
    link = said.rsplit("](", 1)[1].rstrip(")")
    assert link.startswith("file://")
    assert "(sign|review|approv)" in Path(link.removeprefix("file://")).read_text()
