"""JSON Schemas of ``.spec-gate.yml`` and of rule-set files, for editors and CI validators.

Generated from the same pydantic models that validate the files (the rule-set one from the
check registry), so they cannot drift; the copies in ``schemas/`` are kept equal by a test.
"""

from __future__ import annotations

import json
from typing import Any

from spec_gate.ruleset.schema import Config, ruleset_model

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE = "https://spec-gate.dev/schemas/"


def schema(name: str) -> dict[str, Any]:
    generated = (Config if name == "config" else ruleset_model()).model_json_schema()
    title = {"config": "spec-gate configuration (.spec-gate.yml)", "ruleset": "spec-gate rule set"}
    return {
        "$schema": DIALECT,
        "$id": f"{BASE}{name}.schema.json",
        **generated,
        "title": title[name],
    }


def text(name: str) -> str:
    return json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"
