"""``spec-gate lsp``: the same checks as ``spec-gate check``, in the editor, as the spec is written.

Diagnostics on open, change and save for Markdown files whose kind the nearest
``.spec-gate.yml`` or the front matter gives, each publication with the version of the text it
was computed from; a code action that inserts a rule's fill-in skeleton where the kind's
template puts it; hover with what ``spec-gate explain`` says, in words. The policy is looked
up on every check (its compiled form is cached while its files are unchanged), so an edited
config or rule set applies at once; a broken one is one message, and the server keeps running.
Copies are found against the documents of the workspace, read once and then kept up to date on
save.

Edits are debounced: the first edit after a quiet spell is checked at once (the author sees
the answer as soon as it exists), and while edits keep coming, at most one check runs every
``DEBOUNCE`` seconds, on the latest text. A result whose text is no longer the document's
(it changed while the check ran) is not published: the check of the newer text, scheduled by
that change, publishes instead.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import re
from array import array
from collections.abc import Iterator
from datetime import date
from functools import cache as once
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidRequest
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.workspace import TextDocument

from spec_gate import __version__, copies, discover, git, patterns
from spec_gate.checks import frontmatter
from spec_gate.commands.explain import explain
from spec_gate.discover import policy_for
from spec_gate.document import parse
from spec_gate.engine import Engine, Source, check_all
from spec_gate.errors import SpecGateError
from spec_gate.findings import DocumentResult, Finding
from spec_gate.lsp.edits import (
    SOURCE,
    Layout,
    Phrase,
    diagnostic,
    hover_text,
    insertion,
    plain,
    snippet,
)
from spec_gate.reading import terms
from spec_gate.renewals import GitWaivers
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset import cache
from spec_gate.ruleset.compiled import Policy, Rule, primitives
from spec_gate.vocabulary import Kind

MARKDOWN = (".md", ".markdown", ".mdown", ".mkd", ".mdx", ".rst")
_MARKDOWN_IDS = frozenset({"markdown", "mdx", "restructuredtext"})  # LSP language ids
DEBOUNCE = 0.2  # seconds between two checks of a document while it is being edited
_LINE = re.compile(r":(\d+)$")
# The checks whose findings are about wording in a line: their range is that wording.
_WORDING = frozenset({"blame", "guilt_trip", "phrases"})
# The built-in template of each kind: the order its sections go in.
_TEMPLATES = {
    Kind.SPEC: "spec.md",
    Kind.POSTMORTEM: "postmortem.md",
    Kind.HANDOFF: "handoff.md",
    Kind.PR: "pull_request_template.md",
}


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, but a request after ``shutdown`` is refused, as LSP says, rather
    than left unanswered (an editor would wait on it)."""

    def handle_message(self, message: Any) -> None:
        if (
            self._shutdown
            and getattr(message, "method", types.EXIT) != types.EXIT
            and getattr(message, "id", None) is not None
        ):
            refused = JsonRpcInvalidRequest(message="the server is shutting down")
            self._send_response(message.id, error=refused.to_response_error())
            return
        super().handle_message(message)


class SpecGateServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("spec-gate", __version__, protocol_cls=_Protocol)
        self.scheduled: set[str] = set()
        self.checked_at: dict[str, float] = {}  # uri -> when its last check ended (loop time)
        self.findings: dict[str, list[Finding]] = {}  # uri -> what was last published
        self.versions: dict[str, int | None] = {}  # uri -> the version it was published for
        self.kinds: dict[str, str] = {}  # uri -> the kind it was last checked as
        self.workspace_results: dict[tuple[str, str], dict[str, DocumentResult]] = {}
        self.sampled_runs: dict[int, set[str]] = {}  # sampled 3-word run -> workspace paths
        self.last_error = ""
        self.explanations: dict[tuple[str, str], str | None] = {}  # (policy, rule) -> file URI
        self.histories: dict[Path, tuple[str | None, GitWaivers]] = {}  # root -> HEAD, history

    # -- checking --------------------------------------------------------------------------

    def _history(self, root: Path) -> GitWaivers:
        """Each document's waivers as its git history added them, to count renewals as
        ``spec-gate check`` does; read once per document and commit, not at every keystroke."""
        top = git.top_above(root)
        head = git.head_state(top) if top is not None else "no repository"
        kept = self.histories.get(root)
        if kept is None or kept[0] != head or head is None:
            kept = self.histories[root] = (head, GitWaivers(root))
        return kept[1]

    def schedule(self, uri: str) -> None:
        """Check ``uri`` now after a quiet spell, else ``DEBOUNCE`` after its last check; edits
        that arrive before a scheduled check are checked by it, together."""
        if uri in self.scheduled or not self.is_markdown(uri):
            return
        self.scheduled.add(uri)
        loop = asyncio.get_running_loop()
        since = loop.time() - self.checked_at.get(uri, -math.inf)
        loop.call_later(max(0.0, DEBOUNCE - since), self._run_scheduled, uri)

    def _run_scheduled(self, uri: str) -> None:
        self.scheduled.discard(uri)
        if self.opened(uri) is not None:
            self.check(uri)
            self.checked_at[uri] = asyncio.get_running_loop().time()

    def check(self, uri: str, saved: bool = False) -> None:
        document = self.workspace.get_text_document(uri)
        version, source = document.version, document.source  # what this check answers for
        path = Path(document.path)
        if not uri.startswith("file:"):  # an untitled buffer: no folder, the workspace's
            path = Path(self.workspace.root_path or ".") / path.name
        try:
            policy = policy_for(None, [], start=path.parent)
        except SpecGateError as error:
            self._config_error(str(error))
            # The last result would stay on lines that have since moved: say why there is none.
            lines = source.split("\n")
            self._publish(uri, version, lines, [], [_unchecked(error, lines)])
            return
        self.last_error = ""
        relative = discover.relative_to(path, policy.root)
        shown = relative or str(path)
        # A server runs for days: the day is asked each time, the history at each new commit.
        engine = Engine(policy, today=date.today(), waiver_history=self._history(policy.root))
        lines = source.split("\n")
        try:
            result = engine.check(Source(shown, source, relative, None))
        except SpecGateError as error:  # this document's front matter, say
            self._publish(uri, version, lines, [], [_broken(error, lines)])
            return
        if result is None:  # not a kind spec-gate checks here
            self.kinds.pop(uri, None)
            self._publish(uri, version, lines, [], [])
            return
        result = self._with_copies(policy, engine, result, saved)
        self.kinds[uri] = result.kind
        self._publish(
            uri,
            version,
            lines,
            list(result.findings),
            [
                diagnostic(
                    f,
                    lines,
                    self._explanation(policy, f.rule),
                    _wording(policy, f.rule),
                    _about_front_matter(policy, f.rule),
                )
                for f in result.findings
            ],
        )

    def _publish(
        self,
        uri: str,
        version: int | None,
        lines: list[str],
        findings: list[Finding],
        shown: list[types.Diagnostic],
    ) -> None:
        """Publish what the check of ``version`` found, unless the document is not at that
        version any more. Clients that compare versions (Helix, eglot) drop a stale result
        anyway, and clients that do not (VS Code, Neovim) would show it at the old text's
        lines; the change that made it stale has scheduled the check of the newer text."""
        document = self.opened(uri)
        if document is None or document.version != version:
            return
        codec = document.position_codec
        for shown_one in shown:  # characters, as the editor counts them (UTF-16 by default)
            shown_one.range = codec.range_to_client_units(lines, shown_one.range)
        self.findings[uri] = findings
        self.versions[uri] = version
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=shown, version=version)
        )

    def is_markdown(self, uri: str) -> bool:
        """A Markdown file, or a buffer the editor says is Markdown (an untitled one, whose
        front matter may give its kind)."""
        if uri_is_markdown(uri):
            return True
        document = self.opened(uri)
        return document is not None and (document.language_id or "").lower() in _MARKDOWN_IDS

    def opened(self, uri: str) -> TextDocument | None:
        """The document as the editor has it open; None when it is not (closed)."""
        document: TextDocument | None = self.workspace.text_documents.get(unquote(uri))
        return document

    def clear(self, uri: str) -> None:
        """A closed document's diagnostics go, with the version they were published for
        (nothing to send when none were)."""
        self.findings.pop(uri, None)
        self.kinds.pop(uri, None)
        if uri in self.versions:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=uri, diagnostics=[], version=self.versions.pop(uri)
                )
            )

    def _config_error(self, message: str) -> None:
        if message != self.last_error:  # once, not on every keystroke
            self.last_error = message
            self.window_show_message(
                types.ShowMessageParams(types.MessageType.Error, f"spec-gate: {message}")
            )

    def _with_copies(
        self, policy: Policy, engine: Engine, result: DocumentResult, saved: bool
    ) -> DocumentResult:
        """``result`` with a finding for each section copied from another workspace document;
        a saved document's result replaces its entry in the workspace."""
        others = self._workspace(policy, engine)
        if not others:
            return result
        if saved:
            others[result.path] = result
            self._index(result)
        # Only the documents that share a sampled run with this one can hold a copy of it: the
        # comparison is then as small as the candidates, not the workspace.
        near = {path for run in _sampled(result) for path in self.sampled_runs.get(run, ())}
        pool = [others[path] for path in sorted(near) if path != result.path and path in others]
        pool.append(result)
        flagged = copies.flag(
            pool, copies.git_order(policy.root, base=policy.root), frozenset({result.path})
        )
        return flagged[-1]

    def _workspace(self, policy: Policy, engine: Engine) -> dict[str, DocumentResult]:
        """The results of the documents the config maps, by path from the repository's top;
        read once per policy (through the result cache) and then updated on save."""
        key = (str(policy.root), policy.digest)
        if key not in self.workspace_results:
            found: dict[str, DocumentResult] = {}
            if policy.profiles:
                sources = [
                    dataclasses.replace(s, path=s.relative)
                    for s in discover.sources([], policy, None, policy.root)
                    if s.relative is not None
                ]
                results = ResultCache.open(cache.folder(), policy.digest, engine.context())
                found = {r.path: r for r in check_all(engine, sources, 1, results).results}
            self.workspace_results = {key: found}  # one workspace's at a time
            self.sampled_runs = {}
            for result in found.values():
                self._index(result)
        return self.workspace_results[key]

    def _index(self, result: DocumentResult) -> None:
        for run in _sampled(result):
            self.sampled_runs.setdefault(run, set()).add(result.path)

    def _explanation(self, policy: Policy, rule_id: str) -> str | None:
        """A file URI of what ``spec-gate explain`` says about the rule, written once per
        policy into the cache folder (the editor opens it from the diagnostic's code)."""
        key = (policy.digest, rule_id)
        if key not in self.explanations:  # once per rule and policy, not on every keystroke
            self.explanations[key] = _write_explanation(policy, rule_id)
        return self.explanations[key]

    # -- code actions and hover ------------------------------------------------------------

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        document = self.opened(uri)
        if document is None:  # closed while the editor asked: nothing to fix
            return []
        try:
            policy = policy_for(None, [], start=Path(document.path).parent)
        except SpecGateError:
            return []
        relative = discover.relative_to(Path(document.path), policy.root)
        layout = _layout(policy, self.kinds.get(uri), relative)
        lines = document.source.split("\n")
        codec = document.position_codec
        actions = []
        for shown in params.context.diagnostics:
            rule = _rule(policy, str(shown.code)) if shown.source == SOURCE else None
            skeleton = snippet(rule.help) if rule is not None else None
            if skeleton is None:
                continue
            found = insertion(document.source, shown.range.start.line + 1, skeleton, layout)
            if found is None:  # all it would insert is there already
                continue
            found.edit.range = codec.range_to_client_units(lines, found.edit.range)
            if "\r\n" in document.source:  # the document's own line endings, not a mix
                found.edit.new_text = found.edit.new_text.replace("\n", "\r\n")
            actions.append(
                types.CodeAction(
                    title=found.title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[shown],
                    edit=types.WorkspaceEdit(changes={uri: [found.edit]}),
                )
            )
        return actions

    def hover(self, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        line = params.position.line + 1
        here = [f for f in self.findings.get(uri, []) if f.line == line]
        if not here:
            return None
        document = self.opened(uri)
        if document is None:
            return None
        try:
            policy = policy_for(None, [], start=Path(document.path).parent)
            texts = []
            for rule_id in dict.fromkeys(f.rule for f in here):
                said = plain(explain(rule_id, policy), _patterns(_rule(policy, rule_id)))
                texts.append((said, self._explanation(policy, rule_id)))
        except SpecGateError:
            return None
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=hover_text(texts))
        )


def _write_explanation(policy: Policy, rule_id: str) -> str | None:
    folder = cache.folder()
    if folder is None or not policy.digest:
        return None
    target = folder / "explain" / policy.digest[:16] / f"{rule_id}.txt"
    try:
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(explain(rule_id, policy), encoding="utf-8")
    except (SpecGateError, OSError):
        return None
    return target.as_uri()


def _sampled(result: DocumentResult) -> set[int]:
    """The runs of the result's passages that the copies check indexes."""
    return {
        run
        for passage in result.passages
        for run in array("I", passage.shingles)
        if run % copies.CANDIDATE_SAMPLE == 0
    }


def uri_is_markdown(uri: str) -> bool:
    return uri.lower().endswith(MARKDOWN)


def _rule(policy: Policy, rule_id: str) -> Rule | None:
    return next((a.rule for _, a in policy.active_rules() if a.rule.id == rule_id), None)


def _about_front_matter(policy: Policy, rule_id: str) -> bool:
    rule = _rule(policy, rule_id)
    return rule is not None and any(p.name == frontmatter.NAME for p in primitives(rule.check))


def _wording(policy: Policy, rule_id: str) -> list[Phrase] | None:
    """A rule whose findings are about wording in a line: its phrase patterns (none for blame
    or a guilt trip, which quote what they found); None for any other rule."""
    rule = _rule(policy, rule_id)
    checks = list(primitives(rule.check)) if rule is not None else []
    if not any(p.name in _WORDING for p in checks):
        return None
    return [
        (
            patterns.compile(phrase.pattern),
            patterns.compile(phrase.unless) if phrase.unless else None,
        )
        for p in checks
        if p.name == "phrases"
        for phrase in p.options.phrases
    ]


def _patterns(rule: Rule | None) -> list[str]:
    """Every pattern of the rule's checks and conditions, as ``explain`` shows them."""
    if rule is None:
        return []
    found = [
        *(s for p in primitives(rule.check) for s in _strings(p.options)),
        *_strings(rule.when),
    ]
    return [*found, *(terms.shown(s) for s in found)]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _layout(policy: Policy, kind: str | None, relative: str | None = None) -> Layout:
    """The order of the team's template for the document (the config's ``template:``), else
    of the kind's built-in one, and the headings and boxes the policy's rules find."""
    headings: dict[str, None] = {}
    boxes: dict[str, None] = {}
    for _, active in policy.active_rules():
        for check in primitives(active.rule.check):
            heading = getattr(check.options, "heading", None)
            if isinstance(heading, str) and heading:
                headings[heading] = None
            if check.name == "checkbox":
                boxes[check.options.text] = None
    known = Kind(kind) if kind in set(Kind) else None
    profile = policy.profile_for(relative, known) if relative is not None else None
    if profile is not None and profile.template_titles:
        order = profile.template_titles
    else:
        order = _template_order(known) if known is not None else ()
    return Layout(
        order,
        tuple(map(patterns.compile, headings)),
        tuple(map(patterns.compile, boxes)),
    )


@once
def _template_order(kind: Kind) -> tuple[str, ...]:
    """The section titles of the kind's built-in template (``spec-gate init`` writes it)."""
    name = _TEMPLATES.get(kind)
    if name is None:
        return ()
    text = resources.files("spec_gate").joinpath("templates", name).read_text(encoding="utf-8")
    return tuple(s.title for s in parse(text).sections if s.level > 1)


def _broken(error: SpecGateError, lines: list[str]) -> types.Diagnostic:
    found = _LINE.search(error.where)
    line = int(found.group(1)) if found else 1
    index = max(0, min(line - 1, max(len(lines) - 1, 0)))
    width = len(lines[index]) if lines else 0
    return types.Diagnostic(
        range=types.Range(types.Position(index, 0), types.Position(index, width)),
        message=error.what,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def _unchecked(error: SpecGateError, lines: list[str]) -> types.Diagnostic:
    """Why a document cannot be checked: the config or a rule set it names is broken."""
    width = len(lines[0]) if lines else 0
    return types.Diagnostic(
        range=types.Range(types.Position(0, 0), types.Position(0, width)),
        message=f"not checked: {error}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def build() -> SpecGateServer:
    server = SpecGateServer()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: SpecGateServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: SpecGateServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: SpecGateServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if ls.is_markdown(uri) and ls.opened(uri) is not None:
            ls.check(uri, saved=True)
        elif uri.endswith((".yml", ".yaml")):  # a config or rule set: check everything again
            for other in list(ls.workspace.text_documents):
                ls.schedule(other)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: SpecGateServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.clear(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def files_changed(ls: SpecGateServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(change.uri.endswith((".yml", ".yaml")) for change in params.changes):
            for other in list(ls.workspace.text_documents):
                ls.schedule(other)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: SpecGateServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: SpecGateServer, params: types.HoverParams) -> types.Hover | None:
        return ls.hover(params)

    return server


def serve() -> int:
    """Serve on standard input and output; the exit code LSP asks for: 0 after a
    ``shutdown``, 1 when the client left without one."""
    server = build()
    server.start_io()
    return 0 if server.protocol._shutdown else 1
