"""The schema check itself must be able to fail, or the action tests prove nothing."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError

from tests.github.openapi import check_body

SHA = "a" * 40


def test_a_valid_status_passes() -> None:
    check_body(
        "POST",
        f"/repos/o/r/statuses/{SHA}",
        {"state": "failure", "context": "spec-gate", "description": "1 error"},
    )


@pytest.mark.parametrize(
    ("method", "path", "body", "error"),
    [
        ("POST", f"/repos/o/r/statuses/{SHA}", {"state": "red"}, ValidationError),
        (
            "POST",
            f"/repos/o/r/statuses/{SHA}",
            {"state": "success", "colour": "green"},
            AssertionError,
        ),
        ("POST", "/repos/o/r/issues/2/comments", {"text": "hi"}, ValidationError),
        ("PATCH", "/repos/o/r/issues/comments/7", {"body": 7}, ValidationError),
        ("POST", "/repos/o/r/issues/2/reactions", {"content": "+1"}, AssertionError),
    ],
)
def test_off_schema_requests_fail(
    method: str, path: str, body: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        check_body(method, path, body)
