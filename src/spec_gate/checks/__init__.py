"""Check primitives, one module each (see ``base.Check`` for the shape a module has).

The registry is the one list of them: the rule-set schema, its JSON Schema, ``explain``,
README's table of checks (``checkdocs``) and the engine all read it. A new check is a new
module here plus its place in ``BUILTIN``; a check from outside the package needs only
``register(module)`` before the policy loads.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spec_gate.checks import (
    answered,
    approval,
    blame,
    checkbox,
    counts,
    frontmatter,
    guilt,
    items,
    mentions,
    narrative,
    phrases,
    review,
    section,
)
from spec_gate.checks.base import Check, Miss, Outcome

COMBINATORS = ("any", "all", "not")
BUILTIN: tuple[Check, ...] = (
    section,
    checkbox,
    frontmatter,
    phrases,
    mentions,
    items,
    narrative,
    blame,
    review,
    approval,
    answered,
    counts,
    guilt,
)

_registry: dict[str, Check] = {}
REGISTRY: Mapping[str, Check] = MappingProxyType(_registry)  # name -> module, in order


def register(check: Check) -> Check:
    """Make ``check`` known to rule sets, the JSON Schema, ``explain`` and the engine."""
    if check.NAME in COMBINATORS or not check.NAME.isidentifier():
        raise ValueError(f"{check.NAME!r} cannot name a check")
    _registry[check.NAME] = check
    return check


for _check in BUILTIN:
    register(_check)

__all__ = ["BUILTIN", "COMBINATORS", "REGISTRY", "Check", "Miss", "Outcome", "register"]
