"""``--format json``: the machine-readable report, version 1 (README, "Command line")."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from json.encoder import encode_basestring
from typing import Any

from spec_gate.findings import DocumentResult, Finding, Report, Severity


def chunks(report: Report, extra: Mapping[str, Any] | None = None) -> Iterator[str]:
    """The report as ``json.dumps(..., indent=2)`` would write it, one document or finding at
    a time, so a report on ten thousand documents is never held whole in memory. ``extra``:
    top-level keys after ``version`` (the action's ``paused``)."""
    summary = {
        "documents": len(report.documents),
        "errors": report.count(Severity.ERROR),
        "warnings": report.count(Severity.WARNING),
        "waived": report.waived,
    }
    yield '{\n  "version": 1,\n'
    for key, value in (extra or {}).items():
        yield f"  {json.dumps(key)}: {_nested(value, 2)},\n"
    yield f'  "summary": {_nested(summary, 2)},\n'
    yield from _laid_out("documents", map(_document_text, report.documents))
    yield ",\n"
    yield from _laid_out("findings", map(_finding_text, report.findings))
    yield ",\n"
    yield from _array("skipped", iter(report.skipped))
    yield "\n}\n"


def render(report: Report, color: bool = False, extra: Mapping[str, Any] | None = None) -> str:
    return "".join(chunks(report, extra))


def _array(key: str, items: Iterator[Any]) -> Iterator[str]:
    return _laid_out(key, (_nested(item, 4) for item in items))


def _laid_out(key: str, items: Iterator[str]) -> Iterator[str]:
    """The array ``key`` of ``items``, each already laid out 4 spaces deep."""
    separator = f'  "{key}": [\n    '
    empty = True
    for item in items:
        yield separator + item
        separator, empty = ",\n    ", False
    yield f'  "{key}": []' if empty else "\n  ]"


# The fast paths below write what ``_nested`` would: a ``str`` (or a subclass, a Kind) is
# encoded by encode_basestring either way, as json.dumps does; anything else takes ``_nested``.


def _document_text(document: DocumentResult) -> str:
    """``_nested(_document(document), 4)``, written out: the same text, a third of the time."""
    path, kind = document.path, document.kind
    if document.signoffs or not isinstance(path, str) or not isinstance(kind, str):
        return _nested(_document(document), 4)
    return (
        f'{{\n      "path": {encode_basestring(path)},\n      "kind": {encode_basestring(kind)},'
        f'\n      "errors": {document.count(Severity.ERROR)},'
        f'\n      "warnings": {document.count(Severity.WARNING)},\n      "signoffs": []\n    }}'
    )


def _finding_text(finding: Finding) -> str:
    """``_nested(_finding(finding), 4)``, written out (findings are most of a report)."""
    waived = finding.waived
    if finding.line.__class__ is not int:
        return _nested(_finding(finding), 4)
    try:
        rule, ruleset, severity, path, message, help_, detail = map(
            encode_basestring,
            (
                finding.rule,
                finding.ruleset,
                finding.severity.value,
                finding.path,
                finding.message,
                finding.help,
                finding.detail,
            ),
        )
        kept = "null" if waived is None else encode_basestring(waived)
    except TypeError:  # not a str
        return _nested(_finding(finding), 4)
    return (
        f'{{\n      "rule": {rule},\n      "ruleset": {ruleset},\n      "severity": {severity},'
        f'\n      "path": {path},\n      "line": {int.__repr__(finding.line)},'
        f'\n      "message": {message},\n      "help": {help_},\n      "detail": {detail},'
        f'\n      "waived": {kept}\n    }}'
    )


def _nested(value: Any, depth: int) -> str:
    """``value`` as it appears ``depth`` spaces deep in an indented document (a JSON string
    holds no raw newline, so every newline is the layout's)."""
    if value.__class__ is dict and value:
        # A document or a finding: laid out here, each value by the C encoder, since
        # json.dumps with an indent encodes in Python (a tenth of a warm run's time).
        inner = " " * (depth + 2)
        members = [
            f"{inner}{encode_basestring(key)}: {_scalar(item, depth + 2)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(members) + "\n" + " " * depth + "}"
    if value.__class__ is list and not value:
        return "[]"  # most documents' sign-offs: json.dumps builds an encoder for each
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + " " * depth)


def _scalar(value: Any, depth: int) -> str:
    if value.__class__ is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if value.__class__ is int:
        return int.__repr__(value)
    return _nested(value, depth)


def _document(document: DocumentResult) -> dict[str, Any]:
    return {
        "path": document.path,
        "kind": document.kind,
        "errors": document.count(Severity.ERROR),
        "warnings": document.count(Severity.WARNING),
        "signoffs": [
            {"rule": s.rule, "reviewer": s.reviewer, "line": s.line, "verified": s.verified}
            for s in document.signoffs
        ],
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "ruleset": finding.ruleset,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.line,
        "message": finding.message,
        "help": finding.help,
        "detail": finding.detail,
        "waived": finding.waived,
    }
