"""Check primitives, one module each (see ``base.Check`` for the shape a module has).

The registry is the one list of them: the rule-set schema, its JSON Schema, ``explain``,
README's table of checks (``checkdocs``) and the engine all read it. A new check is a new
module here plus its place in ``BUILTIN``; a check from outside the package needs only
``register(module)`` before the policy loads.

The built-in modules are imported when ``BUILTIN`` or ``REGISTRY`` is first read, not with
this package: a compiled policy's check imports its own module alone, so a document is
checked without importing the checks its rules do not use.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from spec_gate.checks.base import Check, Miss, Outcome

COMBINATORS = ("any", "all", "not")
_BUILTIN_MODULES = (  # BUILTIN, in order
    "section",
    "checkbox",
    "frontmatter",
    "phrases",
    "mentions",
    "items",
    "narrative",
    "blame",
    "review",
    "approval",
    "answered",
    "counts",
    "guilt",
)

_registry: dict[str, Check] = {}  # name -> module; the built-in ones first once loaded
_loaded: list[tuple[Check, ...]] = []  # BUILTIN, once imported

if TYPE_CHECKING:
    BUILTIN: tuple[Check, ...]
    REGISTRY: Mapping[str, Check]  # name -> module, in order


def register(check: Check) -> Check:
    """Make ``check`` known to rule sets, the JSON Schema, ``explain`` and the engine."""
    if check.NAME in COMBINATORS or not check.NAME.isidentifier():
        raise ValueError(f"{check.NAME!r} cannot name a check")
    _registry[check.NAME] = check
    return check


def _builtin() -> tuple[Check, ...]:
    if not _loaded:
        modules: tuple[Check, ...] = tuple(
            importlib.import_module(f"{__name__}.{name}") for name in _BUILTIN_MODULES
        )
        registered = {check.NAME: check for check in modules} | _registry
        _registry.clear()
        _registry.update(registered)
        _loaded.append(modules)
    return _loaded[0]


def registered_outside() -> dict[str, Check]:
    """The checks registered from outside the package (or in place of a built-in one)."""
    own = {f"{__name__}.{name}" for name in _BUILTIN_MODULES}
    return {n: c for n, c in _registry.items() if getattr(c, "__name__", "") not in own}


def __getattr__(name: str) -> object:
    if name == "BUILTIN":
        return _builtin()
    if name == "REGISTRY":
        _builtin()
        return MappingProxyType(_registry)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BUILTIN",
    "COMBINATORS",
    "REGISTRY",
    "Check",
    "Miss",
    "Outcome",
    "register",
    "registered_outside",
]
