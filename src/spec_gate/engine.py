"""Apply a policy to documents: pick the rules, honour ``when``, evaluate, stamp, waive."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spec_gate import patterns, texts, waivers
from spec_gate.errors import SpecGateError
from spec_gate.findings import (
    LANGUAGE_UNREAD,
    DocumentResult,
    Finding,
    Passage,
    Severity,
    Signoff,
)
from spec_gate.result_cache import ResultCache
from spec_gate.ruleset.compiled import (
    ActiveRule,
    AllOf,
    AnyOf,
    Node,
    Policy,
    Primitive,
    Profile,
    When,
    primitives,
)
from spec_gate.ruleset.globs import compile_glob
from spec_gate.vocabulary import Kind

# The checks, the document model and the reading of prose are imported where a document is
# checked: a run whose every result comes from the cache needs none of them.
if TYPE_CHECKING:
    from spec_gate.checks.base import Outcome
    from spec_gate.document import Context, Document


@dataclass(frozen=True, slots=True)
class Source:
    """A document to check: ``path`` as shown to the user, ``relative`` to the root for globs."""

    path: str
    text: str
    relative: str | None = None
    kind: Kind | None = None  # forced by --kind or by where the text came from (PR, issue)
    # The lines a pull request adds (None: all, or not known). A sign-off on any other line
    # was there, unchanged, at the base commit, and was verified when that merged.
    added_lines: frozenset[int] | None = None
    file: Path | None = None  # read the text from here, where it is checked (``text`` is "")
    walked: bool = False  # found in a folder named, not named itself
    title: str | None = None  # given apart from the text: a pull request's or issue's title
    unreadable: str = ""  # why the text could not be read (standard input): said where checked

    def read(self) -> str:
        if self.unreadable:
            raise SpecGateError(self.path, self.unreadable)
        return self.text if self.file is None else texts.read(self.file, self.path)


@dataclass(frozen=True, slots=True)
class Reviewed:
    """What a sign-off vouches for: the lines and text of the sections that hold the review
    and the sign-off (a section whose heading says review, accessibility, inclusion or sign-off,
    and the one the sign-off is in)."""

    lines: frozenset[int]
    text: str


def reviewed(doc: Document, line: int | None) -> Reviewed:
    kept = [
        section
        for section in doc.sections
        if _REVIEWED.search(section.title)
        or (line is not None and section.line <= line <= section.end_line)
    ]
    lines: set[int] = set()
    texts: list[str] = []
    for section in kept:
        lines.update(range(section.line, section.end_line + 1))
        texts += [section.title, *(b.full_text for b in doc.section_blocks(section))]
    if line is not None:
        lines.add(line)
    texts += [t.text for t in doc.tasks if t.line in lines or not kept]
    return Reviewed(frozenset(lines), "\n".join(" ".join(t.split()) for t in texts))


def _unjudged_where_private(
    findings: list[Finding], doc: Document, profile: Profile, context: Context
) -> list[Finding]:
    """How someone is stays theirs: no rule but the question's own judges or quotes the
    answer to a state check (a team's own wording rule, say), wherever the check finds it."""
    # A question's own rule judges only what is not personal (open work); a guilt trip's
    # quote is the words put to the person, not theirs. A finding about the document (no
    # number of pages given) quotes nothing, merely sits on a line, and stays.
    quoting = [f for f in findings if "“" in f.detail]
    if not quoting:
        return findings  # nothing could quote the answer: no need to find it
    from spec_gate.checks import answered, guilt

    exempt = {
        active.rule.id
        for active in profile.rules
        if any(c.name in (answered.NAME, guilt.NAME) for c in primitives(active.rule.check))
    }
    quoting = [f for f in quoting if f.rule not in exempt]
    if not quoting:
        return findings
    private: set[int] = set()
    for active in profile.rules:
        for check in primitives(active.rule.check):
            if check.name == answered.NAME:
                private |= answered.private_lines(doc, check.options, context)
    dropped = {id(f) for f in quoting if f.line in private}
    return [f for f in findings if id(f) not in dropped]


_DECLARED_KIND = patterns.LaterRe(
    r"^[ \t]*kind[ \t]*[:=][ \t]*[\"']?(?:pr|ticket|spec|postmortem|handoff)\b", re.I | re.M
)
_REVIEWED = patterns.Later(r"review|accessib|a11y|inclusi|sign.?off|approv")


def evaluate(node: Node, doc: Document, context: Context) -> Outcome:
    if isinstance(node, Primitive):
        return node.run(doc, node.options, context)
    from spec_gate.checks.base import Miss, Outcome, passed

    if isinstance(node, AnyOf):
        outcomes = []
        for child in node.children:
            outcome = evaluate(child, doc, context)
            if outcome.passed:
                return outcome
            outcomes.append(outcome)
        # All failed: tell the author about the ones they nearly satisfied (a box that names a
        # placeholder says more than "no front-matter field"), each with why it did not count.
        near = [o for o in outcomes if o.near]
        if len(near) < 2:
            return near[0] if near else outcomes[0]
        # (each said once: two ways of signing off may read the same line)
        details = "; ".join(dict.fromkeys(m.detail for o in near for m in o.misses[:1] if m.detail))
        first = near[0].misses[0]
        return Outcome((replace(first, detail=details),), near[0].line, near=True)
    if isinstance(node, AllOf):
        outcomes = [evaluate(child, doc, context) for child in node.children]
        misses = tuple(m for o in outcomes for m in o.misses)
        passage = next((o.passage for o in outcomes if o.passage is not None), None)
        judged = bool(misses) or any(o.judged for o in outcomes)
        return Outcome(misses, outcomes[0].line, passage=passage, judged=judged)
    inner = evaluate(node.child, doc, context)
    return passed() if not inner.passed else Outcome((Miss(inner.line or 1),))


def applies(when: When | None, doc: Document, relative: str | None, labels: frozenset[str]) -> bool:
    if when is None:
        return True
    if when.labels is not None and not labels.intersection(label.lower() for label in when.labels):
        return False
    if when.paths is not None and (
        relative is None or not any(compile_glob(g).match(relative) for g in when.paths)
    ):
        return False
    if when.frontmatter is not None:
        from spec_gate.checks.frontmatter import lookup

        for field, pattern in when.frontmatter.items():
            value = lookup(doc.frontmatter, field)
            if not isinstance(value, str | int | float | bool):
                return False
            if patterns.compile(pattern).search(str(value)) is None:
                return False
    return True


class Engine:
    def __init__(
        self,
        policy: Policy,
        labels: Iterable[str] = (),
        *,
        today: date,
        approvers: Mapping[str, str] | None = None,
        authors: Iterable[str] = (),
        memberships: Mapping[tuple[str, str], bool | str] | None = None,
        earlier: Callable[[str, str], str | None] | None = None,
        waiver_history: Callable[[str], Sequence[tuple[date, str]]] | None = None,
        waiver_approval: bool | None = None,
    ) -> None:
        """``approvers``: logins that approved the PR, when known, each with the commit they
        approved (""  when not known); a sign-off then needs one.
        ``authors``: logins who may not sign off (the PR's author), besides the document's.
        ``memberships``: (``@org/team``, login) -> whether GitHub confirmed the login is in the
        team, or why it could not tell; None where GitHub cannot be asked (a local run).
        ``earlier``: (path, commit) -> the document's text at that commit (None: not there),
        to tell whether its review changed after an approval given on an older commit.
        ``waiver_history``: relative path -> each waiver comment the document's history added,
        oldest first, with its day, to count renewals (None: no history here).
        ``waiver_approval``: whether someone other than the author approved the pull request,
        for a waiver in a PR's or issue's description (None: cannot be told here)."""
        self.policy = policy
        if policy.vocabularies:  # the team's own languages (a cached policy too)
            from spec_gate.reading import lexicon

            for where, data in policy.vocabularies:
                lexicon.register(lexicon.from_file(data, where))
        self.labels = frozenset(label.lower() for label in labels)
        self.today = today
        self.approvers = approvers
        self.authors = frozenset(a.lstrip("@").lower() for a in authors)
        self.memberships = memberships
        self.earlier = earlier
        self.waiver_history = waiver_history
        self.waiver_approval = waiver_approval

    def context(self) -> dict[str, object]:
        """Everything besides the policy and the document that can change a result."""
        return {
            "labels": sorted(self.labels),
            "approvers": None if self.approvers is None else sorted(self.approvers.items()),
            "authors": sorted(self.authors),
            "memberships": None if self.memberships is None else sorted(self.memberships.items()),
            "waiver_approval": self.waiver_approval,
        }

    def profile(self, source: Source, doc: Document | None) -> Profile | None:
        profile = self.policy.profile_for(source.relative, source.kind)
        if profile is not None or source.kind is not None or doc is None:
            return profile
        declared = str(doc.frontmatter.get("kind") or "") if doc.frontmatter else ""
        kind = next((k for k in Kind if k == declared.lower()), None)
        return self.policy.defaults.get(kind) if kind is not None else None

    def check(self, source: Source) -> DocumentResult | None:
        """Check one document; None when its kind cannot be told (the caller says it skipped it)."""
        from spec_gate.document import Context, content, parse
        from spec_gate.reading import language

        text = source.read()
        try:
            doc = parse(text, source.path)
        except SpecGateError:
            # Only front matter could give its kind: a README opening with a "---" rule, a
            # site page's "title: Notes: December" are no documents of ours, unless that
            # front matter names one.
            front = text[: text.find("\n---", 3) + 1 or None]
            unmapped = self.policy.profile_for(source.relative, None) is None
            if source.kind is None and unmapped and not _DECLARED_KIND.search(front):
                return None
            raise
        doc = language.read_in(doc, self.policy.languages or None)
        profile = self.profile(source, doc)
        if profile is None:
            return None
        unread = language.unread(doc, self.policy.languages or None)
        if unread is not None:
            return self.unread(source, doc, profile, unread)
        context = Context(profile.template_texts, profile.echoes, self.today, source.title)
        findings: list[Finding] = []
        signoffs: list[Signoff] = []
        passages: list[Passage] = []
        judged: list[str] = []
        for active in profile.rules:
            if applies(active.rule.when, doc, source.relative, self.labels):
                found, signed, passage, had = self.run_rule(active, doc, context, source)
                judged.extend([active.rule.id] if had else [])
                findings.extend(found)
                signoffs.extend(signed)
                passages.extend([passage] if passage is not None else [])
        findings = _unjudged_where_private(findings, doc, profile, context)
        waived, in_force = self.waive(findings, doc, profile, source)
        content.forget()
        return DocumentResult(
            source.path,
            profile.kind,
            waived,
            tuple(signoffs),
            tuple(passages),
            tuple((rule, w.reason) for w in in_force for rule in w.rules),
            tuple(judged),
        )

    def unread(
        self, source: Source, doc: Document, profile: Profile, found: tuple[str, str]
    ) -> DocumentResult:
        """A document written in a language none of the policy's are: one finding that says
        so, instead of the rules' findings on what it does not say in English."""
        from spec_gate.reading import language

        severity, _checks, why = UNREAD_RULE
        code, name = found
        built_in = language.built_in()
        languages = ", ".join(self.policy.languages or built_in)
        if code in built_in:
            unread_here = "is not among the languages this config reads,"
            help_ = f"Add it to the languages read, in .spec-gate.yml: languages: [..., {code}]"
        else:
            unread_here = "spec-gate has no vocabulary for,"
            help_ = UNREAD_HELP.replace("./lang/LANG.yml", f"./lang/{code or 'LANG'}.yml")
        finding = Finding(
            rule=LANGUAGE_UNREAD,
            ruleset=waivers.RULESET,
            severity=severity,
            path=source.path,
            line=1,
            message=f"This document reads as {name}, which {unread_here} so its rules cannot "
            f"judge it. {why}",
            help=help_,
            detail=f"It is written in none of the languages read here ({languages}).",
        )
        waived, in_force = self.waive([finding], doc, profile, source)
        return DocumentResult(
            source.path,
            profile.kind,
            waived,
            (),
            (),
            tuple((rule, w.reason) for w in in_force for rule in w.rules),
            (),
        )

    def run_rule(
        self, active: ActiveRule, doc: Document, context: Context, source: Source
    ) -> tuple[list[Finding], list[Signoff], Passage | None, bool]:
        """The rule's findings, its sign-off (if it is one), the passage that satisfied it, and
        whether it had anything to judge (a pass for want of a section is no pass to count)."""
        from spec_gate.checks.base import Miss

        rule = active.rule
        outcome = evaluate(rule.check, doc, context)
        misses = list(outcome.misses)
        signoffs: list[Signoff] = []
        passage = None
        if outcome.passed and outcome.passage is not None:
            passage = replace(  # the severity its copy is found at: the config's, if it sets one
                outcome.passage,
                rule=rule.id,
                ruleset=active.ruleset,
                severity=active.severity or rule.severity,
            )
        is_signoff = outcome.signoff or active.signoff is not None
        if outcome.passed and is_signoff and outcome.signers is not None:
            line = outcome.line or 1
            guarded = reviewed(doc, line)
            unchanged = source.added_lines is not None and not (source.added_lines & guarded.lines)
            signoff, why_not = self.verify(rule.id, outcome.signers, line, active, unchanged)
            if signoff is not None and signoff.verified and not unchanged:
                why_not = self.still_approved(source, signoff.reviewer, guarded)
                if why_not:
                    signoff = replace(signoff, verified=False)
            if signoff is not None:
                signoffs.append(signoff)
            if why_not:
                misses.append(Miss(line, why_not))
        findings = [
            Finding(
                rule=rule.id,
                ruleset=active.ruleset,
                severity=active.severity or miss.severity or rule.severity,
                path=source.path,
                line=miss.line,
                message=miss.message or _about_the_part(miss.detail, rule.message, found),
                help=_without_boxes_it_has(
                    miss.help or _for_the_part(rule.help, rule.example, miss.line, found), doc
                ),
                detail=miss.detail,
            )
            for miss in misses
            # (the part the rule asks for is there: what is wrong is what it holds)
            for found in [miss.present or outcome.near or outcome.passed]
        ]
        return findings, signoffs, passage, bool(findings) or outcome.judged

    def verify(
        self,
        rule: str,
        signers: tuple[str, ...],
        line: int,
        active: ActiveRule,
        unchanged: bool = False,
    ) -> tuple[Signoff | None, str]:
        """What the document cannot tell: the PR's author, the reviewers list, the approval.

        ``unchanged``: the sign-off stands as it did at the base commit, where it was verified
        when it merged; a typo fixed elsewhere in the spec does not need the reviewer again."""
        team = None
        if active.signoff is not None:
            signer, team, why_not = _listed(signers, active.signoff)
            if signer is None:
                return None, why_not
        else:
            signer = signers[0]
        who = signer.lstrip("@").lower()
        if who in self.authors:
            return None, (
                f"{signer} opened this pull request, and an author cannot sign off their own "
                "work: ask someone else to review it"
            )
        listed = active.signoff is not None and team is None
        if self.approvers is not None and unchanged:
            return Signoff(rule, signer, line, True, team, listed), ""
        if team is not None and self.memberships is not None:
            member = self.memberships.get((team.lower(), who), "GitHub was not asked")
            if member is not True:
                reason = f"{signer} is not a member of {team}" if member is False else member
                return None, f"{reason}, so the sign-off does not count"
            team, listed = None, True
        if self.approvers is None:
            return Signoff(rule, signer, line, None, team, listed), ""
        if who in self.approvers:
            return Signoff(rule, signer, line, True, team, listed), ""
        return Signoff(rule, signer, line, False, team, listed), (
            f"{signer} signed off but has not approved this pull request; the sign-off "
            f"counts once {signer} approves it in the pull request's review"
        )

    def still_approved(self, source: Source, signer: str, guarded: Reviewed) -> str:
        """Why an approval no longer covers the review, or "": it was given on an older
        commit, and the review or the sign-off read differently there."""
        commit = (self.approvers or {}).get(signer.lstrip("@").lower(), "")
        if not commit or self.earlier is None:
            return ""
        from spec_gate.document import parse

        then = self.earlier(source.relative or source.path, commit)
        if then is None or reviewed(parse(then, source.path), None).text != guarded.text:
            return (
                f"the review or its sign-off changed after {signer} approved (on {commit[:7]}): "
                f"ask {signer} to review it again and approve the pull request"
            )
        return ""

    def waive(
        self, findings: list[Finding], doc: Document, profile: Profile, source: Source
    ) -> tuple[tuple[Finding, ...], list[waivers.Waiver]]:
        from spec_gate.reading import language

        limits = self.policy.waiver_limits
        written_in = language.languages(doc) if doc.comments else ()  # a reason's languages
        in_force, problems = waivers.parse(doc.comments, self.today, limits, written_in)
        own = {a.rule.id for a in profile.rules}
        known = own | {LANGUAGE_UNREAD}
        for waiver in in_force:
            for rule in waiver.rules:
                if rule != "*" and rule not in known:
                    import difflib  # only to suggest a rule for a misspelt one

                    close = difflib.get_close_matches(rule, sorted(known), n=1)
                    meant = f"; did you mean {close[0]!r}?" if close else "."
                    problems.append(
                        waivers.Problem(
                            "waiver-unknown-rule",
                            Severity.WARNING,
                            waiver.line,
                            f"The waiver names {rule!r}, which is not a rule for {profile.kind} "
                            f"documents here (rules: {', '.join(sorted(known))}){meant}",
                        )
                    )
        in_force = self._whole(in_force, own, profile, problems)
        in_force = self._renewed(in_force, source, problems)
        in_force = self._approved(in_force, profile, problems)
        for label, rules in self.policy.waiver_labels.items():
            if label.lower() in self.labels:
                in_force.append(waivers.Waiver(rules, f"label “{label}”", None, 1))
        stamped = [
            Finding(
                rule=p.rule,
                ruleset=waivers.RULESET,
                severity=p.severity,
                path=source.path,
                line=p.line,
                message=p.message,
            )
            for p in problems
        ]
        ordered = sorted(waivers.apply(findings, in_force) + stamped, key=lambda f: f.line)
        return tuple(ordered), in_force

    def _whole(
        self,
        in_force: list[waivers.Waiver],
        known: set[str],
        profile: Profile,
        problems: list[waivers.Problem],
    ) -> list[waivers.Waiver]:
        """Waivers that name, between them, every rule of the document are ``waive *`` by
        another name: none of them counts where ``*`` is not allowed."""
        named = {rule for w in in_force for rule in w.rules}
        if self.policy.waiver_limits.allow_all or len(known) < 2 or not known <= named:
            return in_force
        problems.append(
            waivers.Problem(
                "waiver-invalid",
                Severity.ERROR,
                in_force[0].line,
                f"The waivers name every rule for {profile.kind} documents here "
                f"({', '.join(sorted(known))}), which waives the whole document like waive *, "
                "and this repository does not allow that (waivers.allow_all in "
                ".spec-gate.yml); none of them counts. Waive only the rules that cannot be "
                "met now.",
            )
        )
        return []

    def _renewed(
        self, in_force: list[waivers.Waiver], source: Source, problems: list[waivers.Problem]
    ) -> list[waivers.Waiver]:
        """Waivers renewed more often than ``waivers.max_renewals`` allows stop counting."""
        if self.waiver_history is None or source.relative is None or not in_force:
            return in_force
        history = self.waiver_history(source.relative)
        allowed = self.policy.waiver_limits.max_renewals
        kept = []
        for waiver in in_force:
            worst = max(
                ((rule, waivers.earlier_ends(waiver, rule, history)) for rule in waiver.rules),
                key=lambda pair: len(pair[1]),
            )
            rule, before = worst
            if len(before) <= allowed:
                kept.append(waiver)
                continue
            told = ", ".join(f"on {day} until {until}" for day, until in before)
            problems.append(
                waivers.Problem(
                    "waiver-invalid",
                    Severity.ERROR,
                    waiver.line,
                    f"The waiver of {rule} renews it for the {_ordinal(len(before))} time in "
                    f"this document (earlier waivers: {told}), and waivers.max_renewals allows "
                    f"{allowed}; it waives nothing. An exception renewed each time it runs out "
                    "has become the practice: do the work, or ask for the rule to change.",
                )
            )
        return kept

    def _approved(
        self, in_force: list[waivers.Waiver], profile: Profile, problems: list[waivers.Problem]
    ) -> list[waivers.Waiver]:
        """A waiver in a PR's or issue's own description counts once someone other than the
        author approved the pull request; where that cannot be told, it counts with a note."""
        if profile.kind not in (Kind.PR, Kind.TICKET) or not in_force or self.waiver_approval:
            return in_force
        lines = ", ".join(str(w.line) for w in in_force)
        if self.waiver_approval is None:
            problems.append(
                waivers.Problem(
                    "waiver-unapproved",
                    Severity.INFO,
                    in_force[0].line,
                    f"The waiver in this {profile.kind} description (line {lines}) counts here "
                    "unverified: in the action it counts only once someone other than the "
                    "author approves the pull request.",
                )
            )
            return in_force
        who = "someone other than its author approves the pull request"
        if profile.kind is Kind.TICKET:
            who = (
                "someone other than its author approves, and an issue has no approval: ask a "
                "maintainer for a waiver label (waivers.labels in .spec-gate.yml)"
            )
        problems.append(
            waivers.Problem(
                "waiver-unapproved",
                Severity.WARNING,
                in_force[0].line,
                f"The waiver in this {profile.kind} description (line {lines}) waives nothing "
                f"yet: the author's own description cannot excuse their change, so it counts "
                f"once {who}.",
            )
        )
        return []


def _ordinal(count: int) -> str:
    """The renewal this is, counting the first waiver as none: 2 earlier ends -> "second"."""
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
    return words.get(count, f"{count}th")


def _listed(
    signers: tuple[str, ...], reviewers: tuple[str, ...]
) -> tuple[str | None, str | None, str]:
    """The handle that signs off under a reviewers list, the team it signs for (None: listed
    by name), or None and why not.

    A handle that is not listed by name may belong to a team on the list (``@org/team``);
    only GitHub can say, so it is admitted here with the team named, and the action asks.
    """
    allowed = {r.lower() for r in reviewers}
    listed = [h for h in signers if h.lower() in allowed]
    if listed:
        return listed[0], None, ""
    teams = [r for r in reviewers if "/" in r]
    if signers and teams:
        return signers[0], teams[0], ""
    names = ", ".join(reviewers)
    if not signers:
        return None, None, f"the sign-off names no reviewer; it must name one of {names}"
    return None, None, f"{signers[0]} is not on the rule set's reviewers list ({names})"


MIN_DOCUMENTS_PER_JOB = 8  # below this a process pool costs more than it saves
_worker: Engine | None = None


def _about_the_part(detail: str, message: str, found: bool) -> str:
    """A finding's message. Where the part a rule asks for is there (a Why section of four
    words, an unticked box), what is wrong with it leads, then why the rule matters: the
    rule's own first sentence asks to add what the author already has ("add a Why
    section")."""
    if not found or not detail:
        return message
    lead = detail[:1].upper() + detail[1:].rstrip(" .")
    first, *rest = _FIRST_SENTENCE.split(message.strip(), maxsplit=1)
    if not rest:  # "Action items without an owner: an item everyone owns is an item nobody does"
        label, colon, said = first.partition(": ")
        rest = [said[:1].upper() + said[1:]] if colon and len(label.split()) <= _LABEL_WORDS else []
    reason = rest[0].strip() if rest else ""
    return f"{lead}." + (f" {reason}" if reason else "") + ("." * (reason[-1:].isalnum()))


_FIRST_SENTENCE = patterns.LaterRe(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[。！？])")
_LABEL_WORDS = 6  # "Action items not tracked anywhere:" names the rule; what follows says why


def _for_the_part(help_text: str, example: str, line: int, found: bool) -> str:
    """A rule's help; where the part is there, its fill-in snippet without the heading (which
    would add a second part), and the rule's example of what the part should say."""
    lead = _PASTE.match(help_text)
    if not found or lead is None:
        return help_text
    skeleton = _untitled(help_text[lead.end() :])
    shown = f"Under its title at line {line}, write:\n\n{skeleton}"
    return shown + (f"\n\nFor example:\n\n{_untitled(example)}" if example.strip() else "")


def _untitled(snippet: str) -> str:
    """A snippet without the heading or bold label it opens with: "## Why\n<...>" is "<...>",
    "**Who is affected:** shoppers on mobile data" is "shoppers on mobile data"."""
    first, _, rest = snippet.strip("\n").partition("\n")
    label = _SNIPPET_LABEL.match(first)
    if first.startswith("#"):
        first = ""
    elif label is not None:
        first = first[label.end() :].strip()
    return "\n".join(part for part in (first, rest.strip("\n")) if part)


_SNIPPET_LABEL = re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*:?")


# A rule's help that opens "Paste and fill in:" (or "Paste and ask:") ends in a skeleton.
_PASTE = re.compile(r"\s*Paste and [\w ]{2,20}:")


def _without_boxes_it_has(help_text: str, doc: Document) -> str:
    """The help's snippet without a box the document already has ("- [ ] Accessibility review
    signed off by @<reviewer's handle>" under a spec already signed off): pasted as it is, it
    would add a second, unticked box."""
    if not doc.tasks or "[ ]" not in help_text:
        return help_text
    had = {_box_subject(task.text) for task in doc.tasks}
    kept = [
        line
        for line in help_text.split("\n")
        if not ((box := _HELP_BOX.match(line)) and _box_subject(box.group(1)) in had)
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).rstrip()


def _box_subject(text: str) -> str:
    """What a box is for, before who ticks it: "accessibility review signed off"."""
    subject: str = _WHO_TICKS.split(text.lower(), maxsplit=1)[0]
    return subject.strip()


_HELP_BOX = re.compile(r"^\s*[-*] \[ \] (.+)$")  # a ticked one shows how to fix the box: kept
_WHO_TICKS = patterns.LaterRe(r"\s+(?:by|von|par|por|da|door|av)\s+|\s*[—–:]\s*")


# spec-gate's own finding for a document in a language it has no vocabulary for: (severity,
# what it checks, why it matters), as `spec-gate explain language-unread` says it.
UNREAD_RULE = (
    Severity.ERROR,
    "every document is written in a language spec-gate reads: a built-in one or one the "
    "config adds by a vocabulary file; a text that reads as another (its everyday words or "
    "its script) is said to be unread, not judged in English",
    "Judged in English, an honest document in another language would be blocked for what it "
    "does not say in English, and its blame, its story and its follow-ups would go unread.",
)
UNREAD_HELP = (
    "Add the language: a vocabulary file written like rules/vocabulary/en.yml (README,\n"
    '"Languages"), named in .spec-gate.yml: languages: [en, ./lang/LANG.yml].\n'
    "If it is written in a language spec-gate reads, say which in its front matter: lang: en"
)


def _start_worker(engine: Engine) -> None:
    global _worker  # noqa: PLW0603 - one engine per worker process, set once
    _worker = engine
    from multiprocessing.util import Finalize

    from spec_gate.reading import lexicon

    # A worker exits without running atexit: the lemmas it found are kept by a finalizer.
    Finalize(None, lexicon.keep_learnt, exitpriority=10)


def _check_in_worker(source: Source) -> DocumentResult | SpecGateError | None:
    assert _worker is not None
    return _checked_or_error(_worker, source)


def _checked_or_error(engine: Engine, source: Source) -> DocumentResult | SpecGateError | None:
    """A broken document is an answer, not an exception: the others are still checked."""
    try:
        return engine.check(source)
    except SpecGateError as error:
        return error


def _check(
    engine: Engine, sources: Sequence[Source], jobs: int
) -> Iterator[DocumentResult | SpecGateError | None]:
    """The outcome of each source in order, as each comes back."""
    jobs = min(jobs, len(sources) // MIN_DOCUMENTS_PER_JOB)
    if jobs <= 1:
        yield from (_checked_or_error(engine, source) for source in sources)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when there is work to share

    from spec_gate.reading import lexicon

    # Read the vocabulary (and the lemma dictionaries behind it) once, here: forked workers
    # start with it instead of each reading it again.
    lexicon.warm()
    chunk = max(1, len(sources) // (jobs * 8))
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(engine,)) as pool:
        yield from pool.map(_check_in_worker, sources, chunksize=chunk)


@dataclass(frozen=True, slots=True)
class Checked:
    results: list[DocumentResult]  # the documents whose kind is known, in the sources' order
    skipped: list[str]  # paths whose kind could not be told
    broken: list[SpecGateError]  # documents that could not be read (bad front matter...)
    outcomes: list[DocumentResult | SpecGateError | None]  # one per source, in their order


def check_all(
    engine: Engine, sources: Sequence[Source], jobs: int = 1, cache: ResultCache | None = None
) -> Checked:
    """Check every source; with ``jobs`` > 1 and enough documents, in that many processes.

    The results, and the errors of broken documents, come back in the sources' order, the
    same whatever ``jobs`` is. With a ``cache``, a document checked before with everything
    else the same is not checked again.
    """
    outcomes: list[DocumentResult | SpecGateError | None] = [None] * len(sources)
    seen: dict[object, Any] = {}  # texts shared between results, held once
    keys: list[str] = []
    todo = list(range(len(sources)))
    if cache is not None:
        files = [(s.path, s.relative, s.kind, s.file) for s in sources]
        recall = cache.recall(files, engine.today.isoformat())
        keys = [""] * len(sources)
        todo = []
        for index, source in enumerate(sources):
            try:  # read here for the key, and let go: a miss is read again where it is checked
                keys[index] = recall.key(*files[index], source.read)
            except SpecGateError as error:
                outcomes[index] = error
                continue
            known, kept = recall.kept_result(keys[index])
            if known:
                outcomes[index] = kept  # its texts shared already
                continue
            found = cache.get(keys[index])
            if found is None:
                todo.append(index)
            else:
                outcomes[index] = _shared(found, seen)
    fresh = _check(engine, [sources[index] for index in todo], jobs)
    for index, outcome in zip(todo, fresh, strict=True):
        if isinstance(outcome, DocumentResult):
            outcomes[index] = _shared(outcome, seen)
            if cache is not None:
                cache.put(keys[index], outcome)
        else:
            outcomes[index] = outcome
    if cache is not None:
        if todo:
            cache.prune(written=len(todo))
        recall.keep(
            {
                key: outcome
                for key, outcome in zip(keys, outcomes, strict=True)
                if key and not isinstance(outcome, SpecGateError)
            }
        )
    checked = Checked([], [], [], outcomes)
    for source, outcome in zip(sources, outcomes, strict=True):
        if outcome is None:
            checked.skipped.append(source.path)
        elif isinstance(outcome, SpecGateError):
            checked.broken.append(outcome)
        else:
            checked.results.append(outcome)
    return checked


def _shared(result: DocumentResult, seen: dict[object, Any]) -> DocumentResult:
    """``result`` holding one copy of each text it shares with the results before it: each
    came from another process or the cache with its own copy of the same messages, and a
    corpus of near-copies would otherwise hold every message once per document."""
    findings = tuple(
        replace(
            finding,
            message=seen.setdefault(finding.message, finding.message),
            help=seen.setdefault(finding.help, finding.help),
            detail=seen.setdefault(finding.detail, finding.detail),
        )
        for finding in result.findings
    )
    passages = tuple(
        replace(
            passage,
            title=seen.setdefault(passage.title, passage.title),
            shingles=seen.setdefault(passage.shingles, passage.shingles),
        )
        for passage in result.passages
    )
    return replace(result, findings=findings, passages=passages)


__all__ = ["Checked", "Engine", "Source", "check_all", "evaluate"]
