from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from spec_gate.checks import Check
from spec_gate.checks.base import Outcome
from spec_gate.document import Context
from tests.conftest import md

PLAIN = Context()  # no template, no prompts, no day


def run(check: Check, source: str, /, context: Context = PLAIN, **options: Any) -> Outcome:
    """The check on ``source`` with ``options``, validated as the loader does, in ``context``
    (no template, no prompts, no day, unless given)."""
    validated = TypeAdapter(check.Options).validate_python(options)
    return check.run(md(source), validated, context)


def misses(outcome: Outcome) -> list[tuple[int, str]]:
    return [(m.line, m.detail) for m in outcome.misses]
