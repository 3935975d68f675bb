"""Rule sets and ``.spec-gate.yml``: the schema, and loading with errors at file and line."""

from spec_gate.ruleset.load import (
    ActiveRule,
    Policy,
    Profile,
    builtin_names,
    find_config,
    load_policy,
    load_ruleset,
)

__all__ = [
    "ActiveRule",
    "Policy",
    "Profile",
    "builtin_names",
    "find_config",
    "load_policy",
    "load_ruleset",
]
