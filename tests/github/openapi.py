"""Check request bodies against GitHub's published OpenAPI description (tests/fixtures/github)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator

SPEC = Path(__file__).resolve().parent.parent / "fixtures" / "github" / "openapi-slice.json"


@cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text())  # type: ignore[no-any-return]


@cache
def _routes() -> list[tuple[re.Pattern[str], str, dict[str, Any]]]:
    routes = []
    for template, operations in spec()["paths"].items():
        # {path} (a file in the contents API) spans folders; every other parameter is a segment.
        regex = re.sub(r"\{[^}]+\}", "[^/]+", template.replace("{path}", "\0"))
        pattern = re.compile("^" + regex.replace("\0", ".+") + "$")
        for method, operation in operations.items():
            if isinstance(operation, dict) and "operationId" in operation:
                routes.append((pattern, method.upper(), operation))
    return routes


def operation(method: str, path: str) -> dict[str, Any]:
    """The documented operation for a request, or an AssertionError naming the stray request."""
    for pattern, verb, found in _routes():
        if verb == method and pattern.match(path):
            return found
    raise AssertionError(f"{method} {path} is not an operation in GitHub's OpenAPI description")


def _resolve(node: Any, depth: int = 0) -> Any:
    if depth > 40:
        return {}
    if isinstance(node, dict):
        if "$ref" in node:
            target: Any = spec()
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return _resolve(target, depth + 1)
        return {k: _resolve(v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, depth + 1) for v in node]
    return node


def check_body(method: str, path: str, body: Any) -> None:
    """Validate a JSON request body; keys the schema does not define fail too."""
    found = operation(method, path)
    schema = (
        found.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    )
    if schema is None:
        assert body in (None, {}, b"", ""), f"{method} {path} takes no body, got {body!r}"
        return
    resolved = _resolve(schema)
    OAS30Validator(resolved).validate(body)
    known = set(resolved.get("properties", {}))
    if known and isinstance(body, dict):
        assert set(body) <= known, (
            f"{method} {path}: keys {set(body) - known} are not in the schema"
        )
