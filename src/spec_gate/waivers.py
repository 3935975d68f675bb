"""Waivers: ``<!-- spec-gate: waive RULE reason="..." until=YYYY-MM-DD -->``, visible and expiring.

A waiver needs a reason in the author's own words and an end date at most ``max_days`` ahead;
one that breaks these is itself an error, and an expired one stops waiving and says so.
Waived findings are kept, marked with the waiver's reason, so every report still shows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spec_gate import patterns
from spec_gate.findings import LANGUAGE_UNREAD, Finding, Severity

# Reading a waiver's reason needs the document model and the reading of prose; applying the
# waivers a cached result recorded, or a compiled policy's Limits, needs neither.
if TYPE_CHECKING:
    from spec_gate.document import Comment
    from spec_gate.reading import Lexicon

RULESET = "spec-gate"
# "spec-gate: waive", or without its colon as it is easily written: never silently ignored
OPENING = r"<!--\s*spec-gate(?::\s*|\s+)waive\b"
_WAIVER = patterns.LaterRe(rf"{OPENING}(.*?)-->", re.DOTALL | re.IGNORECASE)
_ARGUMENT = patterns.LaterRe(r"""(\w+)=(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)""")
_HELP = 'Write it as <!-- spec-gate: waive RULE reason="why it is safe now" until=2026-12-31 -->'


@dataclass(frozen=True, slots=True)
class Waiver:
    rules: tuple[str, ...]
    reason: str
    until: date | None
    line: int

    def covers(self, rule: str) -> bool:
        return rule in self.rules or "*" in self.rules


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    severity: Severity
    line: int
    message: str


# What each waiver rule means, for `spec-gate explain`: (severity, what it checks, why).
RULES: dict[str, tuple[Severity, str, str]] = {
    "waiver-reason": (
        Severity.ERROR,
        "every waiver gives a reason of at least 3 real words in the author's own words: not "
        "TBD, not our suggested wording, not words any waiver could say ('waiving per "
        "discussion with team')",
        "A waiver skips a practice. The reason tells the next reader why that was safe, "
        "and a reason that could stand on any waiver tells them nothing.",
    ),
    "waiver-invalid": (
        Severity.ERROR,
        "every waiver names its rules, has until=YYYY-MM-DD at most waivers.max_days ahead "
        "(default 90), no unknown fields, and waives * (or every rule of the document, by "
        "name) only where waivers.allow_all is true; a rule's waiver in one document is "
        "renewed at most waivers.max_renewals times (default 1, from git history)",
        "A waiver is an exception with an end. One without an end date, far in the future, "
        "covering the whole document or renewed each time it runs out quietly turns the "
        "practice off.",
    ),
    "waiver-unapproved": (
        Severity.WARNING,
        "a waiver in a pull request's or issue's description counts only once someone other "
        "than its author approves the pull request (the action checks; locally it is a note)",
        "The description is the author's own text: a waiver there would let the author excuse "
        "their own change from the practice.",
    ),
    "waiver-expired": (
        Severity.WARNING,
        "a waiver whose until= date has passed waives nothing",
        "When the exception ends, the findings it covered count again: do the review, or "
        "renew the waiver with a reason.",
    ),
    "waiver-unknown-rule": (
        Severity.WARNING,
        "a waiver names only rules that apply to the document",
        "A misspelt rule id waives nothing, which the author would not notice otherwise.",
    ),
}
EXAMPLE = (
    '<!-- spec-gate: waive a11y-signoff reason="hotfix for INC-42, review booked" '
    "until=2026-12-31 -->"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What ``.spec-gate.yml`` allows a waiver (``waivers:``)."""

    max_days: int = 90  # how far ahead until= may be
    allow_all: bool = False  # whether ``waive *`` is allowed
    max_renewals: int = 1  # how often a rule's waiver may be renewed in one document


MIN_REASON_WORDS = 3  # "hotfix for INC-42" says why; "x", "because" and "TBD" do not
MIN_OWN_WORDS = 2  # words of the author's own, beyond our wording and the words of any waiver
# ...where words are written without spaces, pairs of characters of the author's own: a word
# is two or three characters, and a run of them gives a pair at each character.
MIN_OWN_PAIRS = 6
# Our own suggestions, pasted back: the help's placeholder and the reasons of our examples.
_SUGGESTED = frozenset(
    {"why it is safe now", "hotfix for inc 42", "hotfix for inc 42 review booked"}
)


def parse(
    comments: Iterable[Comment],
    today: date,
    limits: Limits | None = None,
    languages: Sequence[str] = (),
) -> tuple[list[Waiver], list[Problem]]:
    """The waivers that are in force, and the problems with the rest; ``languages``: the
    document's, in which a reason may be written besides English."""
    limits = limits or Limits()
    waivers: list[Waiver] = []
    problems: list[Problem] = []
    for comment in comments:
        read = fields_of(comment.text)
        if read is None:
            continue
        rules, fields, unquoted = read
        waiver, problem = _judge(rules, fields, unquoted, comment.line, today, limits, languages)
        if problem is not None:
            problems.append(problem)
        if waiver is not None:
            waivers.append(waiver)
    return waivers, problems


def fields_of(text: str) -> tuple[list[str], dict[str, str], str] | None:
    """The rules a waiver comment names, its fields, and the field whose value was written
    without quotes with more words after it ("" if none); None when ``text`` is no waiver."""
    match = _WAIVER.match(text.strip())
    if match is None:
        return None
    rules: list[str] = []
    fields: dict[str, str] = {}
    bare = ""  # the field last given a value without quotes: what follows it is its own
    spilled = ""  # ...and one that had more words after it
    for arg in _ARGUMENT.finditer(match.group(1)):
        if arg.group(5) is not None and bare:
            # reason=launch demo on Friday: the rest of the reason, not rules to waive
            fields[bare] += f" {arg.group(5)}"
            spilled = bare
        elif arg.group(5) is not None:
            rules.extend(r for r in arg.group(5).split(",") if r)
        else:
            name = arg.group(1).lower()
            fields[name] = next(g for g in arg.groups()[1:4] if g is not None)
            bare = name if arg.group(4) is not None else ""
    return rules, fields, spilled


def mentioned(text: str) -> bool:
    """Whether ``text`` holds something written as a waiver (cheap; read before any request)."""
    return _WAIVER.search(text) is not None


def earlier_ends(
    waiver: Waiver, rule: str, history: Sequence[tuple[date, str]]
) -> list[tuple[date, date]]:
    """The earlier waivers of ``rule`` in a document, as (the day each appeared, its until=),
    one per end date before ``waiver``'s: each is a renewal before this one. ``history``
    holds each waiver comment added to the document, oldest first, with the day it was."""
    ends: dict[date, date] = {}
    for day, text in history:
        read = fields_of(text)
        if read is None or not (rule in read[0] or "*" in read[0]):
            continue
        try:
            until = date.fromisoformat(read[1].get("until", "").strip())
        except ValueError:
            continue
        if waiver.until is None or until < waiver.until:  # a shortened waiver renews nothing
            ends.setdefault(until, day)
    return sorted((day, until) for until, day in ends.items())


def _judge(
    rules: list[str],
    fields: dict[str, str],
    unquoted: str,
    line: int,
    today: date,
    limits: Limits,
    languages: Sequence[str] = (),
) -> tuple[Waiver | None, Problem | None]:
    """The waiver, or what is wrong with it; each problem names the part to fix."""
    from spec_gate.document import is_placeholder, real_words
    from spec_gate.reading.text import has_cjk

    def invalid(what: str, rule: str = "waiver-invalid") -> tuple[None, Problem]:
        return None, Problem(rule, Severity.ERROR, line, f"{what} {_HELP}")

    unknown = sorted(set(fields) - {"reason", "until"})
    if unknown:
        return invalid(f"The waiver has an unknown field {unknown[0]!r}.")
    if not rules:
        return invalid("The waiver names no rule.")
    if unquoted:
        return invalid(
            f"The waiver's {unquoted} has words after it that are not in quotes: write "
            f'{unquoted}="{fields[unquoted]}".'
        )
    named = ", ".join(rules)
    if "*" in rules and not limits.allow_all:
        return invalid(
            "The waiver waives every rule (*), which this repository does not allow "
            "(waivers.allow_all in .spec-gate.yml); name the rules it waives."
        )
    reason = fields.get("reason", "").strip()
    if is_placeholder(reason) or real_words([reason]) < MIN_REASON_WORDS:
        said = f" ({reason!r} is not one)" if reason else ""
        return invalid(
            f"The waiver of {named} gives no reason{said}, so it waives nothing. A reason of "
            f"at least {MIN_REASON_WORDS} words tells the next reader why skipping the practice "
            "was safe.",
            "waiver-reason",
        )
    if " ".join(re.findall(r"\w+", reason.lower())) in _SUGGESTED:
        return invalid(
            f"The waiver of {named} gives our suggested wording as its reason ({reason!r}), so "
            "it waives nothing. Say, in your own words, why skipping it is safe now.",
            "waiver-reason",
        )
    own = own_words(reason, languages)
    if len(own) < (MIN_OWN_PAIRS if any(has_cjk(word) for word in own) else MIN_OWN_WORDS):
        return invalid(
            f"The waiver of {named} gives a reason that could stand on any waiver ({reason!r}), "
            "so it waives nothing. Say, in your own words, why skipping it is safe for this "
            "document now (what is done instead, what is booked, what limits the risk).",
            "waiver-reason",
        )
    if "until" not in fields:
        return invalid(
            f"The waiver of {named} has no end date, so it waives nothing: add "
            f"until=YYYY-MM-DD, at most {limits.max_days} days ahead."
        )
    try:
        until = date.fromisoformat(fields["until"])
    except ValueError:
        return invalid(f"The waiver's until={fields['until']!r} is not a date (YYYY-MM-DD).")
    if until < today:
        return None, Problem(
            "waiver-expired",
            Severity.WARNING,
            line,
            f"The waiver of {named} expired on {until.isoformat()}, so the findings it covered "
            f"count again. Do the review, or renew the waiver with a reason.",
        )
    latest = today + timedelta(days=limits.max_days)
    if until > latest:
        return invalid(
            f"The waiver of {named} runs to {until.isoformat()}, more than {limits.max_days} "
            f"days ahead (waivers.max_days), so it waives nothing: set until= on or before "
            f"{latest.isoformat()}, and renew it then if it is still needed."
        )
    return Waiver(tuple(rules), reason, until, line), None


def own_words(reason: str, languages: Sequence[str] = ()) -> set[str]:
    """The words of a reason that are the author's: not stopwords or generic words, not roles,
    and not what any exception could say (the vocabulary's ``assent``, ``deferrals``,
    ``dismissals``, ``promises`` and ``hurry``: "agreed with the team", "low risk", "will
    revisit next sprint", "must go live quickly"), read in English and in each of
    ``languages`` (a word is the author's only when none of them says otherwise: "wie mit
    dem Team besprochen"). In a language without a
    vocabulary here, none of its words is one of those, so such a reason is taken at its
    word."""
    from spec_gate.reading import load
    from spec_gate.reading.language import detect

    own: set[str] | None = None
    # ...and in the language the reason itself is written in: a German reason in an English
    # spec ("vorübergehende Ausnahme, wie besprochen") is read with German's words for it.
    for language in dict.fromkeys(("en", *languages, detect(reason))):
        mine = _own_in(reason, load(language))
        own = mine if own is None else own & mine
    return own or set()


def _own_in(reason: str, lexicon: Lexicon) -> set[str]:
    from spec_gate.reading import Kind, sentences
    from spec_gate.reading.text import has_cjk

    not_words = frozenset({Kind.PUNCT, Kind.MARK})
    own: set[str] = set()
    hollow = [lexicon[name] for name in _HOLLOW_WORDS]
    # Read as the checks read prose: "we'll" is we + will, "leadership's" is leadership's.
    for sentence in sentences([(reason, 1)], lexicon):
        lemmas = sentence.lemmas
        said: set[int] = set()
        for name in _HOLLOW_PHRASES:
            for start, end in lexicon[name].spans(lemmas):
                said.update(range(start, end))
        # A script written without spaces is read a character at a time: the author's own are
        # the pairs of characters in a run that none of the words of any waiver covers ("法務",
        # "期限"), compared as pairs since each language cuts the runs at its own words.
        run = ""
        for index, token in enumerate(sentence.tokens):
            hollow_word = token.kind is Kind.WORD and any(
                token.lemma in group or token.lower in group for group in hollow
            )
            own_character = not (index in said or hollow_word)
            if len(token.lower) == 1 and has_cjk(token.lower) and own_character:
                run += token.lower
                continue
            own.update(_pairs(run))
            run = ""
            if index in said or token.kind in not_words:
                continue
            if token.kind is Kind.WORD and (len(token.lower) < 2 or hollow_word):
                continue
            own.add(token.lower)
        own.update(_pairs(run))
    return own


def _pairs(run: str) -> set[str]:
    return {run[index : index + 2] for index in range(len(run) - 1)}


# Classes of the vocabulary whose phrases, and whose words, any waiver could say.
_HOLLOW_PHRASES = ("assent", "deferrals", "dismissals", "weak_dismissals", "promises", "hurry")
_HOLLOW_WORDS = (
    *("assent", "stopwords", "generic", "roles", "staff", "vague_amounts"),
    *("speed", "weekdays", "months", "before"),  # a hurry: "ship before Friday"
)


def in_force(recorded: Iterable[tuple[str, str]]) -> list[Waiver]:
    """The waivers a result recorded as in force, as (rule id or "*", reason) pairs, to apply
    to findings made after the document was checked (copies across documents)."""
    return [Waiver((rule,), reason, None, 0) for rule, reason in recorded]


def apply(findings: Iterable[Finding], waivers: Sequence[Waiver]) -> list[Finding]:
    """Mark each finding covered by a waiver with that waiver's reason; keep every finding."""
    result = []
    for finding in findings:
        waiver = next((w for w in waivers if w.covers(finding.rule)), None)
        covered = waiver is not None and (
            finding.ruleset != RULESET or finding.rule == LANGUAGE_UNREAD
        )
        result.append(replace(finding, waived=waiver.reason) if covered and waiver else finding)
    return result
