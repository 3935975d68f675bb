"""Config and rule-set files: every mistake is one exit-2 line naming the file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import builtin_names, load_policy, load_ruleset, override_rulesets

Write = Callable[[str, str], Path]

RULE = """
name: team
rules:
  - id: owner
    message: Name an owner.
    check:
      frontmatter: {field: owner}
"""


def error_of(write: Write, config: str, **files: str) -> str:
    for name, text in files.items():
        write(name.replace("__", "/"), text)
    path = write(".spec-gate.yml", config)
    with pytest.raises(SpecGateError) as raised:
        load_policy(path, ".spec-gate.yml")
    message = str(raised.value)
    assert "\n" not in message
    return message


CONFIG_ERRORS = [
    (
        "a severity for a built-in rule whose rule set no kind uses",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    rulesets: [builtin:why]\n"
        "severity:\n  a11y-signoff: warning\n",
        {},
        ".spec-gate.yml:6: severity: no rule 'a11y-signoff': it is "
        "builtin:accessibility-signoff's, which no kind of document here uses; add that rule "
        "set to a kind, or remove this line",
    ),
    (
        "a misspelt rule id under waivers.labels, as under severity",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n"
        "waivers: {labels: {hotfix: [a11y-signof]}}\n",
        {},
        ".spec-gate.yml:4: waivers.labels.hotfix: no rule 'a11y-signof'; did you mean "
        "'a11y-signoff'?",
    ),
    (
        "a waiver label's rule whose rule set no kind uses, in a block list",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    rulesets: [builtin:why]\n"
        "waivers:\n  labels:\n    hotfix:\n      - why-section\n      - a11y-signoff\n",
        {},
        ".spec-gate.yml:9: waivers.labels.hotfix: no rule 'a11y-signoff': it is "
        "builtin:accessibility-signoff's, which no kind of document here uses; add that rule "
        "set to a kind, or remove this line",
    ),
    (
        "unknown top-level key",
        "documents: []\nfail_onn: error\n",
        {},
        ".spec-gate.yml:2: unknown key 'fail_onn'",
    ),
    (
        "unknown nested key",
        "documents:\n  - kind: spec\n    path: ['a/*.md']\n",
        {},
        ".spec-gate.yml:3: unknown key 'path'; did you mean 'paths'?",
    ),
    (
        "a config key under a documents entry: where it belongs, not itself as a suggestion",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    severity: {why-section: warning}\n",
        {},
        ".spec-gate.yml:4: 'severity' belongs at the top level of the config, not under a "
        "documents entry",
    ),
    (
        "a documents entry's key at the top level",
        "documents: []\nrulesets: [builtin:why]\n",
        {},
        ".spec-gate.yml:2: 'rulesets' belongs under pull_requests, under issues or under a "
        "documents entry, not at the top level of the config",
    ),
    (
        "a waivers key at the top level",
        "documents: []\nmax_days: 30\n",
        {},
        ".spec-gate.yml:2: 'max_days' belongs under waivers, not at the top level of the config",
    ),
    (
        "a rule's key in a config",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    check: {section: {heading: x}}\n",
        {},
        ".spec-gate.yml:4: 'check' belongs in a rule set (in a rule), not in a config",
    ),
    (
        "a rule set given as the config",
        "name: team\nrules: []\n",
        {},
        ".spec-gate.yml:1: this looks like a rule set (it has 'name'): name it under a documents "
        "entry's `rulesets:`, or pass it with --ruleset, not as the config",
    ),
    (
        "a config named as a rule set",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    rulesets: [./other.yml]\n",
        {"other.yml": "fail_on: warning\ndocuments: []\n"},
        "other.yml:1: this looks like a config (it has 'fail_on'): `rulesets:` and `extends:` "
        "name rule-set files, not configs",
    ),
    (
        "bad kind",
        "documents:\n  - kind: rfc\n    paths: ['a/*.md']\n",
        {},
        ".spec-gate.yml:2: kind: Input should be 'pr', 'ticket', 'spec', 'postmortem' or 'handoff'",
    ),
    (
        "bad fail_on",
        "fail_on: sometimes\n",
        {},
        ".spec-gate.yml:1: fail_on: Input should be 'error', 'warning' or 'never'",
    ),
    (
        "unclosed glob",
        "documents:\n  - kind: spec\n    paths: ['docs/*.md', 'docs/[a.md']\n",
        {},
        ".spec-gate.yml:3: glob 'docs/[a.md' has an unclosed [",
    ),
    (
        "absolute glob",
        "documents:\n  - kind: spec\n    paths: ['/etc/*.md']\n",
        {},
        ".spec-gate.yml:3: glob '/etc/*.md' must be relative to the repository root",
    ),
    (
        "missing rule-set file",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    rulesets:\n      - builtin:why\n"
        "      - ./rules/missing.yml\n",
        {},
        ".spec-gate.yml:6: rule set file './rules/missing.yml' not found",
    ),
    (
        "unknown built-in, with a suggestion",
        "pull_requests: {rulesets: [builtin:whyy]}\n",
        {},
        ".spec-gate.yml:1: no built-in rule set 'whyy'; did you mean builtin:why?",
    ),
    (
        "rule set for another kind",
        "pull_requests: {rulesets: [builtin:impact-narrative]}\n",
        {},
        "rule set 'impact-narrative' is for postmortem documents, not pr",
    ),
    (
        "same rule id twice",
        "pull_requests: {rulesets: [builtin:why, ./team.yml]}\n",
        {
            "team.yml": "name: team\nrules:\n  - id: why-section\n    message: m\n    check:\n"
            "      section: {heading: x}\n"
        },
        "rule id 'why-section' is in both rule set 'why' and 'team'",
    ),
    (
        "alias bomb",
        "a: &a [1, 1]\nb: &b [*a, *a]\n",
        {},
        "YAML anchors and aliases are not supported",
    ),
    (
        "python tag",
        "fail_on: !!python/object/apply:os.system ['echo hi']\n",
        {},
        ".spec-gate.yml:1: unsupported YAML tag tag:yaml.org,2002:python/object/apply:os.system",
    ),
    ("not a mapping", "- documents\n", {}, ".spec-gate.yml:1: expected a mapping of keys"),
    ("broken YAML", "documents: [\n", {}, ".spec-gate.yml:2: not valid YAML"),
    (
        "missing template",
        "documents:\n  - kind: spec\n    paths: ['a/*.md']\n    template: T.md\n",
        {},
        ".spec-gate.yml:4: template 'T.md' not found",
    ),
]


@pytest.mark.parametrize(
    ("name", "config", "files", "expected"), CONFIG_ERRORS, ids=[c[0] for c in CONFIG_ERRORS]
)
def test_config_errors(
    write: Write, name: str, config: str, files: dict[str, str], expected: str
) -> None:
    assert expected in error_of(write, config, **files)


RULESET_ERRORS = [
    (
        "pattern RE2 rejects, naming the rule",
        "name: t\nrules:\n  - id: bad-pattern\n    message: m\n    check:\n"
        "      section: {heading: '(?<=x)y'}\n",
        "t.yml:6: rule bad-pattern: heading: pattern '(?<=x)y' is not valid RE2",
    ),
    (
        "unknown check with a suggestion",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      sectoin: {heading: x}\n",
        "t.yml:6: rule r: unknown check 'sectoin'; did you mean 'section'?",
    ),
    (
        "unknown option",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      section: {heading: x, min_wrds: 3}\n",
        "t.yml:6: rule r: unknown key 'min_wrds'",
    ),
    (
        "missing message",
        "name: t\nrules:\n  - id: r\n    check:\n      section: {heading: x}\n",
        "t.yml:3: rule r: missing required key 'message'",
    ),
    (
        "nested in a combinator",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      any:\n        - checkbox: {text: ok}\n        - items: {section: x, min: many}\n",
        "t.yml:8: rule r: min: Input should be a valid integer",
    ),
    (
        "two keys in one check",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      section: {heading: x}\n      checkbox: {text: y}\n",
        "t.yml:5: rule r: a check is one of",
    ),
    (
        "`not` given a list",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      not: [{section: {heading: rollout}}]\n",
        "t.yml:6: rule r: `not` takes one check, not a list; for none of several, write "
        "`not: {any: [...]}`",
    ),
    (
        "`not` given a list inside any",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      any:\n"
        "        - checkbox: {text: ok}\n        - not:\n            - checkbox: {text: a}\n"
        "            - checkbox: {text: b}\n",
        "t.yml:8: rule r: `not` takes one check, not a list",
    ),
    (
        "a placeholder no vocabulary has",
        "name: t\nrules:\n  - id: r1\n    message: m\n    check:\n"
        "      section: {heading: '{{heading_rollout}}'}\n",
        "t.yml:6: rule r1: heading: {{heading_rollout}}: no vocabulary has this class; did you "
        "mean {{heading_follow_ups}}?",
    ),
    (
        "a placeholder no vocabulary has, in a list",
        "name: t\nrules:\n  - id: r1\n    message: m\n    check:\n      mentions:\n"
        "        any_of:\n          - x\n          - '{{words_pagez}}'\n",
        "t.yml:9: rule r1: any_of[1]: {{words_pagez}}: no vocabulary has this class; did you "
        "mean {{words_pages}}?",
    ),
    (
        "a negative word count",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      section: {heading: x, min_words: -5}\n",
        "t.yml:6: rule r: min_words: Input should be greater than or equal to 0",
    ),
    (
        "a negative count of items, nested",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      all:\n"
        "        - items: {section: x, min: -1}\n",
        "t.yml:7: rule r: min: Input should be greater than or equal to 0",
    ),
    (
        "an empty heading, which would match every heading",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      section: {heading: ''}\n",
        "t.yml:6: rule r: heading: an empty pattern matches everything; write what it must match",
    ),
    (
        "an empty pattern of a term",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      mentions:\n"
        "        any_of:\n          - {pattern: '', name: users}\n",
        "t.yml:8: rule r: pattern: an empty pattern matches everything",
    ),
    (
        "a mistake in a phrase of the phrases check, at its own line",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n      phrases:\n"
        "        phrases:\n          - {pattern: ok, message: m}\n"
        "          - {pattern: '(?<=x)', message: m}\n",
        "t.yml:9: rule r: pattern: pattern '(?<=x)' is not valid RE2",
    ),
    (
        "duplicate rule id",
        "name: t\nrules:\n  - id: r\n    message: m\n    check: {section: {heading: x}}\n"
        "  - id: r\n    message: m\n    check: {section: {heading: y}}\n",
        "t.yml:6: rule id 'r' is defined twice",
    ),
    (
        "bad glob in when",
        "name: t\nrules:\n  - id: r\n    message: m\n    when: {paths: ['a/{b']}\n"
        "    check: {section: {heading: x}}\n",
        "t.yml:5: glob 'a/{b' has an unclosed {",
    ),
    ("extends itself", "name: t\nextends: [./t.yml]\n", "extends itself"),
    (
        "a rule's key at the top level of the rule set",
        "name: t\nseverity: warning\nrules: []\n",
        "t.yml:2: 'severity' belongs in a rule, not at the top level of the rule set",
    ),
    (
        "a rule set's key in a rule",
        "name: t\nrules:\n  - id: r\n    message: m\n    kinds: [spec]\n"
        "    check: {section: {heading: x}}\n",
        "t.yml:5: rule r: 'kinds' belongs at the top level of the rule set or under a blame "
        "check, not in a rule",
    ),
    (
        "one check's option under another",
        "name: t\nrules:\n  - id: r\n    message: m\n    check:\n"
        "      section: {heading: x, fallback: y}\n",
        "t.yml:6: rule r: 'fallback' belongs under a narrative check, not under a section check",
    ),
    (
        "a config key in a rule set",
        "name: t\ndocuments: []\n",
        "t.yml:2: 'documents' belongs in a config, not in a rule set",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), RULESET_ERRORS, ids=[c[0] for c in RULESET_ERRORS]
)
def test_ruleset_errors(write: Write, name: str, text: str, expected: str) -> None:
    write("t.yml", text)
    with pytest.raises(SpecGateError) as raised:
        load_ruleset("t.yml", Path.cwd(), "config")
    assert expected in str(raised.value)


def test_a_config_passed_as_a_ruleset_says_to_pass_it_with_config(write: Write) -> None:
    config = write(".spec-gate.yml", "documents:\n  - kind: spec\n    paths: ['a/*.md']\n")
    with pytest.raises(SpecGateError) as raised:
        override_rulesets(load_policy(config), ["./.spec-gate.yml"], Path.cwd())
    assert str(raised.value) == (
        "./.spec-gate.yml:1: this looks like a config (it has 'documents'): pass it with "
        "--config, not --ruleset"
    )


def test_extends_inherits_and_overrides_by_id(write: Write) -> None:
    write(
        "t.yml",
        "name: t\nextends: [builtin:why]\nrules:\n  - id: who-affected\n"
        "    severity: error\n    message: Say who.\n    check: {section: {heading: who}}\n",
    )
    loaded = load_ruleset("t.yml", Path.cwd(), "config")
    assert [(r.id, r.severity.value) for r in loaded.rules] == [
        ("why-section", "error"),
        ("who-affected", "error"),
    ]


def test_builtins_ship_in_the_package_and_match_the_repository_copies() -> None:
    from importlib import resources

    repo_rules = Path(__file__).resolve().parents[2] / "rules"
    assert builtin_names() == [
        "accessibility-signoff",
        "impact-narrative",
        "oncall-handoff",
        "why",
    ]
    for name in builtin_names():
        packaged = resources.files("spec_gate.rules").joinpath(f"{name}.yml").read_text()
        assert packaged == (repo_rules / f"{name}.yml").read_text()


def test_no_config_means_the_builtins_of_each_kind() -> None:
    policy = load_policy(None, root=Path.cwd())
    assert {k: [a.rule.id for a in p.rules] for k, p in policy.defaults.items()} == {
        "pr": ["why-section", "who-affected"],
        "ticket": ["why-section", "who-affected"],
        "spec": ["why-section", "who-affected", "a11y-review", "a11y-perspectives", "a11y-signoff"],
        "postmortem": [
            "impact-narrative",
            "blameless-language",
            "action-items",
            "action-owners",
            "action-tracked",
        ],
        "handoff": ["handoff-open-work", "handoff-state-check", "handoff-load", "no-guilt-trip"],
    }


def test_waiver_labels_name_rules_of_the_policy_or_every_rule(write: Write) -> None:
    path = write(
        ".spec-gate.yml",
        "waivers:\n  allow_all: true\n  labels: {hotfix: [a11y-signoff, why-section], yolo: ['*']}\n",
    )
    assert load_policy(path).waiver_labels == {
        "hotfix": ("a11y-signoff", "why-section"),
        "yolo": ("*",),
    }


def test_first_documents_entry_that_claims_a_path_wins(write: Write) -> None:
    path = write(
        ".spec-gate.yml",
        """
        documents:
          - kind: postmortem
            paths: ["docs/incidents/**/*.md"]
          - kind: spec
            paths: ["docs/**/*.md"]
            exclude: ["docs/TEMPLATE.md"]
        """,
    )
    policy = load_policy(path)
    assert policy.profile_for("docs/incidents/2026/a.md", None).kind == "postmortem"  # type: ignore[union-attr]
    assert policy.profile_for("docs/b.md", None).kind == "spec"  # type: ignore[union-attr]
    assert policy.profile_for("docs/TEMPLATE.md", None) is None
    assert policy.profile_for("docs/b.md", "pr").kind == "pr"  # type: ignore[union-attr]
