"""Case-insensitive patterns on RE2, a linear-time engine: no rule or document can hang the gate."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Annotated, Any, Protocol, cast

import re2

from spec_gate.errors import SpecGateError


class Match(Protocol):
    def start(self, group: int = 0) -> int: ...
    def end(self, group: int = 0) -> int: ...
    def group(self, group: int = 0) -> str: ...
    def groups(self) -> tuple[str | None, ...]: ...


class Pattern(Protocol):
    pattern: str

    def search(self, text: str) -> Match | None: ...
    def finditer(self, text: str) -> Iterator[Match]: ...


def _options() -> object:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return options


_OPTIONS = _options()


@lru_cache(maxsize=4096)
def _compile_cached(pattern: str) -> Pattern:
    return cast(Pattern, re2.compile(pattern, _OPTIONS))


def compile(pattern: str, where: str = "") -> Pattern:
    """Compile ``pattern`` case-insensitively; one RE2 rejects is a SpecGateError at ``where``."""
    try:
        return _compile_cached(pattern)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise SpecGateError(where, f"pattern {pattern!r} is not valid RE2: {reason}") from None


def _validate(value: str) -> str:
    try:
        compile(value)
    except SpecGateError as error:
        raise ValueError(error.what) from None
    return value


class _CompilesOnRe2:
    """Field metadata: pydantic runs the string through RE2 when a rule set loads.

    The hook is looked up by pydantic by name, so this module never imports pydantic and the
    compiled policy (which carries these fields as plain strings) loads without it.
    """

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_validate, handler(source))

    def __repr__(self) -> str:
        return "Regex"


Regex = Annotated[str, _CompilesOnRe2()]
"""A case-insensitive RE2 pattern in a rule set; one RE2 rejects fails validation, naming it."""
