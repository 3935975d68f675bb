"""``spec-gate explain [RULE]``: what a rule checks, why the practice matters, and a passing
example; with no rule, the rules in force, one line each.

Works for the built-in rules and for the team's own, from the same compiled policy the check
uses, so the explanation cannot drift from the behaviour.
"""

from __future__ import annotations

import difflib
import re

from spec_gate import waivers
from spec_gate.checks import REGISTRY
from spec_gate.engine import UNREAD_HELP, UNREAD_RULE
from spec_gate.errors import SpecGateError
from spec_gate.findings import LANGUAGE_UNREAD
from spec_gate.reading import language, terms
from spec_gate.ruleset.compiled import ActiveRule, AnyOf, Node, Not, Policy, Primitive, When
from spec_gate.vocabulary import KINDS


def describe(node: Node) -> list[str]:
    """The check in words, one line per primitive, combinators as nested lists."""
    if isinstance(node, Primitive):
        return [terms.shown(REGISTRY[node.name].describe(node.options))]
    if isinstance(node, Not):
        return ["not:", *("  " + line for line in describe(node.child))]
    lines = ["any of:" if isinstance(node, AnyOf) else "all of:"]
    for child in node.children:
        first, *rest = describe(child)
        lines += ["  - " + first, *("    " + line for line in rest)]
    return lines


def _all_rules(policy: Policy) -> dict[str, tuple[ActiveRule, set[str]]]:
    found: dict[str, tuple[ActiveRule, set[str]]] = {}
    for profile, active in policy.active_rules():
        found.setdefault(active.rule.id, (active, set()))[1].add(profile.kind)
    return found


def in_force(policy: Policy) -> str:
    """The rules in force for ``policy``, one line each: id, severity, kinds, what it asks."""
    rules = _all_rules(policy)
    width = max((len(rule_id) for rule_id in rules), default=0)
    where = policy.source or "the built-in rule sets (no .spec-gate.yml found)"
    lines = [f"Rules in force ({where}):", ""]
    for rule_id, (active, kinds) in rules.items():
        rule = active.rule
        shown = ", ".join(k for k in KINDS if k in kinds)
        first = rule.message.split(". ")[0].rstrip(".")
        severity = (active.severity or rule.severity).value  # the config's, where it sets one
        lines.append(f"  {rule_id:<{width}}  {severity:<7}  {shown:<24}  {first}")
    lines += ["", "`spec-gate explain RULE` says what one of them checks and how to fix it."]
    return "\n".join(lines) + "\n"


def explain(rule_id: str, policy: Policy) -> str:
    rules = _all_rules(policy)
    if rule_id in waivers.RULES:
        return _explain_waiver_rule(rule_id, policy)
    if rule_id == LANGUAGE_UNREAD:
        return _explain_unread(policy)
    if rule_id not in rules:
        known = [*rules, *waivers.RULES, LANGUAGE_UNREAD]
        close = difflib.get_close_matches(rule_id, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise SpecGateError(
            "explain", f"no rule {rule_id!r}{hint} (rules here: {', '.join(sorted(rules))})"
        )
    active, kinds = rules[rule_id]
    rule = active.rule
    severity = (active.severity or rule.severity).value  # the config's, where it sets one
    header = (
        f"{rule.id}: rule set {active.ruleset}, {severity}, for "
        f"{', '.join(k for k in KINDS if k in kinds)} documents"
    )
    sections = [header, "", "What it checks:"]
    described = describe(rule.check)
    sections += ["  " + line for line in described]
    sections += ["  " + line for line in _classes(described, policy)]
    if rule.when is not None:
        sections.append("  only when: " + _when(rule.when))
    sections += ["", "Why it matters:", "  " + rule.message]
    if active.signoff:
        sections += ["", "Who may sign off: " + ", ".join(active.signoff)]
    if rule.example:
        sections += ["", "A passing example:", *_quoted(rule.example)]
    if rule.help:
        sections += ["", "How to fix a finding:", *_quoted(rule.help)]
    return "\n".join(line.rstrip() for line in sections) + "\n"


_CLASS = re.compile(r"\{\{([a-z_]+)\}\}")


def _classes(lines: list[str], policy: Policy) -> list[str]:
    """What each ``{{class}}`` a description names holds: its first word in each language
    read and how many in all, so that an author sees whether their heading counts."""
    from spec_gate.reading.lexicon import entries as entries_of

    read = policy.languages or language.built_in()
    said = []
    for name in dict.fromkeys(m for line in lines for m in _CLASS.findall(line)):
        firsts, count = [], 0
        for code in read:
            try:
                entries = entries_of(code, name)  # as written: no vocabulary built
            except FileNotFoundError:
                continue  # a team's own language, not registered here
            if entries:
                firsts.append(f"{code} “{entries[0]}”")
                count += len(entries)
        if firsts:
            said.append(f"{{{{{name}}}}}: {', '.join(firsts)}... ({count} in all)")
    return said


def _quoted(text: str) -> list[str]:
    return ["  | " + line for line in text.split("\n")]


def _when(when: When) -> str:
    parts = []
    if when.labels:
        parts.append(f"the PR or issue has a label {', '.join(when.labels)}")
    if when.paths:
        parts.append(f"the path matches {', '.join(when.paths)}")
    if when.frontmatter:
        parts += [f"front matter {k} matches /{v}/" for k, v in when.frontmatter.items()]
    return "; ".join(parts)


def _explain_unread(policy: Policy) -> str:
    severity, checks, why = UNREAD_RULE
    read = ", ".join(policy.languages or language.built_in())
    lines = [
        f"{LANGUAGE_UNREAD}: rule set {waivers.RULESET}, {severity.value}, for every document",
        "",
        "What it checks:",
        "  " + checks,
        f"  here: the languages read are {read}",
        "",
        "Why it matters:",
        "  " + why,
        "",
        "How to fix a finding:",
        *_quoted(UNREAD_HELP),
    ]
    return "\n".join(lines) + "\n"


def _explain_waiver_rule(rule_id: str, policy: Policy) -> str:
    severity, checks, why = waivers.RULES[rule_id]
    limits = policy.waiver_limits
    lines = [
        f"{rule_id}: rule set {waivers.RULESET}, {severity.value}, for every document",
        "",
        "What it checks:",
        "  " + checks,
        f"  here: until= at most {limits.max_days} days ahead; waive * "
        + ("allowed" if limits.allow_all else "not allowed")
        + f"; at most {limits.max_renewals} renewal(s) of a rule's waiver per document",
        "",
        "Why it matters:",
        "  " + why,
        "",
        "An example (its reason, pasted as it is, waives nothing: say why it is safe now in "
        "your own words):",
        *_quoted(waivers.EXAMPLE),
    ]
    return "\n".join(lines) + "\n"
