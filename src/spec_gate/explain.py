"""``spec-gate explain RULE``: what a rule checks, why the practice matters, and a passing example.

Works for the built-in rules and for the team's own, from the same compiled policy the check
uses, so the explanation cannot drift from the behaviour.
"""

from __future__ import annotations

import difflib
from typing import Any

from spec_gate.errors import SpecGateError
from spec_gate.ruleset.compiled import ActiveRule, AnyOf, Node, Not, Policy, Primitive

_CHECKED = {True: "ticked ", False: "unticked ", None: ""}


def _describe_options(name: str, options: Any) -> str:
    if name == "section":
        where = "a heading" + (" or labelled paragraph" if options.labels else "")
        amount = (
            f"at least {options.min_words} words of real content"
            if options.min_words
            else "any content"
        )
        return f"{where} matching /{options.heading}/ with {amount}"
    if name == "checkbox":
        inside = f" inside a section matching /{options.section}/" if options.section else ""
        return f"a {_CHECKED[options.checked]}task-list box matching /{options.text}/{inside}"
    if name == "frontmatter":
        parts = [f"the front-matter field `{options.field}`, set and not a placeholder"]
        if options.pattern:
            parts.append(f"matching /{options.pattern}/")
        if options.enum:
            parts.append(f"one of {', '.join(options.enum)}")
        if options.type:
            parts.append(f"of type {options.type}")
        return ", ".join(parts)
    if name == "phrases":
        listed = "; ".join(f"/{p.pattern}/" for p in options.phrases)
        inside = f" in sections matching /{options.section}/" if options.section else ""
        return f"none of these phrases in prose{inside} (each one found is a finding): {listed}"
    if name == "mentions":
        where = f"the section matching /{options.section}/" if options.section else "the document"
        terms = []
        if options.all_of:
            terms.append("each of: " + "; ".join(_term(t) for t in options.all_of))
        if options.any_of:
            terms.append("one of: " + "; ".join(_term(t) for t in options.any_of))
        return f"{where} mentions " + ", and ".join(terms)
    if name == "items":
        where = f"the section matching /{options.section}/"
        if not options.min:
            return f"every item of {where} matches /{options.each}/" if options.each else where
        text = f"{where} has at least {options.min} item(s)"
        return text + (f", each matching /{options.each}/" if options.each else "")
    return name


def _term(term: Any) -> str:
    return term if isinstance(term, str) else (term.name or f"/{term.pattern}/")


def describe(node: Node) -> list[str]:
    """The check in words, one line per primitive, combinators as nested lists."""
    if isinstance(node, Primitive):
        return [_describe_options(node.name, node.options)]
    if isinstance(node, Not):
        return ["not:", *("  " + line for line in describe(node.child))]
    lines = ["any of:" if isinstance(node, AnyOf) else "all of:"]
    for child in node.children:
        first, *rest = describe(child)
        lines += ["  - " + first, *("    " + line for line in rest)]
    return lines


def _all_rules(policy: Policy) -> dict[str, tuple[ActiveRule, set[str]]]:
    found: dict[str, tuple[ActiveRule, set[str]]] = {}
    for profile in (*policy.profiles, *policy.defaults.values()):
        for active in profile.rules:
            found.setdefault(active.rule.id, (active, set()))[1].add(profile.kind)
    return found


def explain(rule_id: str, policy: Policy) -> str:
    rules = _all_rules(policy)
    if rule_id not in rules:
        close = difflib.get_close_matches(rule_id, sorted(rules), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise SpecGateError(
            "explain", f"no rule {rule_id!r}{hint} (rules here: {', '.join(sorted(rules))})"
        )
    active, kinds = rules[rule_id]
    rule = active.rule
    order = ("pr", "ticket", "spec", "postmortem")
    header = (
        f"{rule.id}: rule set {active.ruleset}, {rule.severity.value}, for "
        f"{', '.join(k for k in order if k in kinds)} documents"
    )
    sections = [header, "", "What it checks:"]
    sections += ["  " + line for line in describe(rule.check)]
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


def _quoted(text: str) -> list[str]:
    return ["  | " + line for line in text.split("\n")]


def _when(when: Any) -> str:
    parts = []
    if when.labels:
        parts.append(f"the PR or issue has a label {', '.join(when.labels)}")
    if when.paths:
        parts.append(f"the path matches {', '.join(when.paths)}")
    if when.frontmatter:
        parts += [f"front matter {k} matches /{v}/" for k, v in when.frontmatter.items()]
    return "; ".join(parts)
