"""The result types every layer passes on: checks produce them, reporters only read them."""

from __future__ import annotations

from dataclasses import dataclass, field

from spec_gate.vocabulary import FailOn, Severity

# The results pickle as their fields in order, rebuilt by ``__init__`` (``__reduce__``): half
# the time of a dataclass's own state, and a run's results come back from the cache, or from
# the processes that checked them, by the thousand.


# spec-gate's own finding for a document written in a language it has no vocabulary for
# (spec_gate.engine); unlike the waivers' own findings, a waiver can cover it for a while.
LANGUAGE_UNREAD = "language-unread"


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    ruleset: str
    severity: Severity
    path: str
    line: int
    message: str
    help: str = ""
    detail: str = ""
    waived: str | None = None  # the waiver's reason when a waiver covers this finding

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        return (
            Finding,
            (
                self.rule,
                self.ruleset,
                self.severity,
                self.path,
                self.line,
                self.message,
                self.help,
                self.detail,
                self.waived,
            ),
        )

    @property
    def counts(self) -> bool:
        """Whether the finding counts as an error or warning (a waived one is counted apart)."""
        return self.waived is None

    @property
    def said(self) -> str:
        """The detail as a sentence of its own: "The “Why” section restates the title."."""
        detail = self.detail[:1].upper() + self.detail[1:]
        return detail if not detail or detail.endswith((".", "”", "?", "!")) else detail + "."

    @property
    def told(self) -> str:
        """The detail as said after the message: "" where the message opens with it (a finding
        about a part that is there: "The “Why” section has 4 words of real content...")."""
        said = self.said
        return "" if said and self.message.startswith(said.rstrip(".")) else said


@dataclass(frozen=True, slots=True)
class Signoff:
    """A sign-off that counts so far; ``verified`` says whether the reviewer approved the PR."""

    rule: str
    reviewer: str
    line: int
    verified: bool | None = None  # None: not checked against GitHub reviews (a local run)
    team: str | None = None  # the listed team the reviewer must belong to
    listed: bool = False  # named on the rule set's reviewers list

    def __reduce__(self) -> tuple[type[Signoff], tuple[object, ...]]:
        return (
            Signoff,
            (self.rule, self.reviewer, self.line, self.verified, self.team, self.listed),
        )


@dataclass(frozen=True, slots=True)
class Passage:
    """The content that satisfied a section rule, as a fingerprint (hashed 3-word runs), to find
    the same section copied between documents. The check fills title, line and shingles; the
    engine stamps the rule, as on a finding."""

    title: str
    line: int
    shingles: bytes  # sorted 32-bit hashes of sampled 3-word runs (content.shingles)
    rule: str = ""
    ruleset: str = ""
    severity: Severity = Severity.ERROR

    def __reduce__(self) -> tuple[type[Passage], tuple[object, ...]]:
        return (
            Passage,
            (self.title, self.line, self.shingles, self.rule, self.ruleset, self.severity),
        )


@dataclass(frozen=True, slots=True)
class DocumentResult:
    path: str
    kind: str
    findings: tuple[Finding, ...] = ()
    signoffs: tuple[Signoff, ...] = ()
    passages: tuple[Passage, ...] = ()
    waivers: tuple[tuple[str, str], ...] = ()  # (rule id or "*", reason) of waivers in force
    # The rules that applied (their `when` held) and had something to judge: the report's
    # denominator per rule, so a rule with nothing to judge is n/a, never a pass.
    judged: tuple[str, ...] = ()

    def __reduce__(self) -> tuple[type[DocumentResult], tuple[object, ...]]:
        return (
            DocumentResult,
            (
                self.path,
                self.kind,
                self.findings,
                self.signoffs,
                self.passages,
                self.waivers,
                self.judged,
            ),
        )

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.counts and f.severity is severity)

    @property
    def waived(self) -> int:
        return sum(1 for f in self.findings if not f.counts)

    @property
    def clean(self) -> bool:
        """No error or warning, counted or waived: a waiver is an exception, not a pass."""
        return not any(f.severity is not Severity.INFO for f in self.findings)


@dataclass(frozen=True, slots=True)
class Report:
    documents: tuple[DocumentResult, ...] = ()
    skipped: tuple[str, ...] = field(default=())  # paths whose kind could not be told
    # Of those, the ones found in a folder named rather than named themselves (README.md in
    # docs/): said in one line, not one each.
    walked: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()  # of those, the ones the config leaves out on purpose

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.documents for f in d.findings)

    def count(self, severity: Severity) -> int:
        return sum(d.count(severity) for d in self.documents)

    @property
    def waived(self) -> int:
        return sum(d.waived for d in self.documents)

    def blocking(self, fail_on: FailOn) -> list[Finding]:
        return [f for f in self.findings if f.counts and fail_on.blocks(f.severity)]


__all__ = [
    "DocumentResult",
    "FailOn",
    "Finding",
    "Passage",
    "Report",
    "Severity",
    "Signoff",
]
