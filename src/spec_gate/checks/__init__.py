"""Check primitives: one module each, an ``Options`` model and ``run(doc, options) -> Outcome``."""

from types import ModuleType

from spec_gate.checks import checkbox, frontmatter, items, mentions, phrases, section
from spec_gate.checks.base import Miss, Outcome

PRIMITIVES: dict[str, ModuleType] = {
    "section": section,
    "checkbox": checkbox,
    "frontmatter": frontmatter,
    "phrases": phrases,
    "mentions": mentions,
    "items": items,
}

__all__ = ["PRIMITIVES", "Miss", "Outcome"]
