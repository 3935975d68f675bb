"""The words spec-gate's interfaces share: document kinds and output formats, defined once.

Every other module, the tests included, imports these instead of spelling the strings again,
so a kind or a format cannot exist in one place and be missing in another.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a document is; a kind decides which rule sets it must pass."""

    PR = "pr"
    TICKET = "ticket"
    SPEC = "spec"
    POSTMORTEM = "postmortem"
    HANDOFF = "handoff"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NEVER = "never"

    def blocks(self, severity: Severity) -> bool:
        if self is FailOn.NEVER:
            return False
        threshold = Severity.ERROR if self is FailOn.ERROR else Severity.WARNING
        return severity.rank >= threshold.rank


class Format(StrEnum):
    """How ``spec-gate check`` and ``spec-gate report`` print what they found, with what
    ``--help`` says of each: a check format is the module of ``spec_gate.formats`` of the same
    name; ``html`` is the report's alone (``spec_gate.practice.page``)."""

    note: str

    def __new__(cls, value: str, note: str = "") -> Format:
        member = str.__new__(cls, value)
        member._value_ = value
        member.note = note
        return member

    TEXT = "text", "the default"
    JSON = "json"
    GITHUB = "github", "workflow commands"
    MARKDOWN = "markdown"
    SARIF = "sarif", "code scanning"
    CODEQUALITY = "codequality", "GitLab merge requests"
    HTML = "html", "one accessible page"


KINDS: tuple[Kind, ...] = tuple(Kind)
# How a PR or issue body read from GitHub is named in reports, where a file would show its path.
# An issue carrying this label is an on-call handoff (the issue form `init` writes puts it on).
HANDOFF_LABEL = "oncall-handoff"
BODY_PREFIXES = {Kind.PR: "pr#", Kind.TICKET: "issue#"}
CHECK_FORMATS: tuple[Format, ...] = tuple(f for f in Format if f is not Format.HTML)
REPORT_FORMATS: tuple[Format, ...] = (Format.TEXT, Format.JSON, Format.MARKDOWN, Format.HTML)


def body_path(kind: Kind, number: int) -> str:
    """``pr#12`` or ``issue#7``."""
    return f"{BODY_PREFIXES[kind]}{number}"


def is_file(path: str) -> bool:
    """Whether a report's path is a file: not standard input (``-``), not a body from GitHub."""
    return path != "-" and not path.startswith(tuple(BODY_PREFIXES.values()))
