"""The one walk of a policy and of a check tree, which explain, report, the language server
and the follow-through measure all use."""

from __future__ import annotations

from pathlib import Path

from spec_gate.ruleset.compiled import primitives
from spec_gate.ruleset.load import load_policy

CONFIG = """\
documents:
  - kind: spec
    paths: ["docs/specs/*.md"]
    rulesets: [builtin:why, builtin:accessibility-signoff]
"""


def test_every_rule_comes_once_per_profile_documents_first(tmp_path: Path) -> None:
    (tmp_path / ".spec-gate.yml").write_text(CONFIG)
    policy = load_policy(tmp_path / ".spec-gate.yml")
    walked = [(profile.kind, active.rule.id) for profile, active in policy.active_rules()]
    documents = [(p.kind, a.rule.id) for p in policy.profiles for a in p.rules]
    defaults = [(p.kind, a.rule.id) for p in policy.defaults.values() for a in p.rules]
    assert walked == documents + defaults
    assert ("spec", "a11y-signoff") in walked[: len(documents)]


def test_a_check_tree_is_walked_through_any_all_and_not() -> None:
    policy = load_policy(None, root=Path.cwd())
    names = {
        check.name for _, active in policy.active_rules() for check in primitives(active.rule.check)
    }
    # the built-in rules combine checks (any of a box, front matter, a table row...)
    assert {"checkbox", "frontmatter", "approval", "section", "items"} <= names
