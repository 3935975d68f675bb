from __future__ import annotations

from types import ModuleType
from typing import Any

from pydantic import TypeAdapter

from spec_gate.checks.base import Outcome
from tests.conftest import md


def run(module: ModuleType, source: str, /, **options: Any) -> Outcome:
    validated = TypeAdapter(module.Options).validate_python(options)  # as the loader does
    return module.run(md(source), validated)  # type: ignore[no-any-return]


def misses(outcome: Outcome) -> list[tuple[int, str]]:
    return [(m.line, m.detail) for m in outcome.misses]
