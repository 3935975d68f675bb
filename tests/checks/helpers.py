from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from spec_gate.checks import Check
from spec_gate.checks.base import Outcome
from tests.conftest import md


def run(check: Check, source: str, /, **options: Any) -> Outcome:
    validated = TypeAdapter(check.Options).validate_python(options)  # as the loader does
    return check.run(md(source), validated)


def misses(outcome: Outcome) -> list[tuple[int, str]]:
    return [(m.line, m.detail) for m in outcome.misses]
