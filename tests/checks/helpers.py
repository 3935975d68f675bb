from __future__ import annotations

from types import ModuleType
from typing import Any

from spec_gate.checks.base import Outcome
from tests.conftest import md


def run(module: ModuleType, source: str, /, **options: Any) -> Outcome:
    return module.run(md(source), module.Options.model_validate(options))  # type: ignore[no-any-return]


def misses(outcome: Outcome) -> list[tuple[int, str]]:
    return [(m.line, m.detail) for m in outcome.misses]
