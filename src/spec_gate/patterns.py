"""Case-insensitive patterns on RE2, a linear-time engine: no rule or document can hang the gate."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
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
        # the pattern as written in the YAML (its reason quotes it so too)
        raise SpecGateError(where, f"pattern '{pattern}' is not valid RE2: {reason}") from None


def found(pattern: Pattern, text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text``: ``pattern.search(text) is not None``
    without building the match (RE2's Python wrapper maps every offset back to characters,
    which costs more than the search when all a caller asks is whether it matched)."""
    compiled = compile(pattern.pattern) if isinstance(pattern, Later) else pattern
    engine = getattr(compiled, "_regexp", None)
    if engine is None:  # not RE2's own object
        return compiled.search(text) is not None
    encoded = text.encode()
    return bool(engine.Match(_UNANCHORED, encoded, 0, len(encoded))[0] != _NO_SPAN)


# The wrapper's own arguments to the engine's Match (tests/test_patterns.py holds found() to
# search() at the version the lock file pins).
_UNANCHORED = re2._Anchor.UNANCHORED
_NO_SPAN = (-1, -1)


class Later:
    """An RE2 pattern (as ``compile``) compiled when first searched, not when its module is
    imported: one a run never uses costs it nothing (a name pattern with ``\\p{Lu}`` takes
    milliseconds to compile). Once compiled, its methods are the compiled pattern's own."""

    __slots__ = ("finditer", "pattern", "search")
    search: Callable[[str], Match | None]
    finditer: Callable[[str], Iterator[Match]]

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.search = partial(self._first, "search")
        self.finditer = partial(self._first, "finditer")

    def _first(self, method: str, text: str) -> Any:
        compiled = compile(self.pattern)
        self.search, self.finditer = compiled.search, compiled.finditer
        return getattr(compiled, method)(text)


class LaterRe:
    """A pattern of Python's ``re``, compiled when first used (as ``Later``): a character
    class of the CJK ranges takes milliseconds to compile, and English text never needs it."""

    __slots__ = (
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "match",
        "pattern",
        "search",
        "split",
        "sub",
    )
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[Any]]
    sub: Callable[..., str]

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        for method in self._METHODS:
            setattr(self, method, partial(self._first, method))

    def _first(self, method: str, *args: Any, **kwargs: Any) -> Any:
        compiled = re.compile(self.pattern, self.flags)
        for name in self._METHODS:
            setattr(self, name, getattr(compiled, name))
        return getattr(compiled, method)(*args, **kwargs)


def _validate(value: str) -> str:
    if not value:
        # ("heading: ''" would take every heading for the one looked for)
        raise ValueError("an empty pattern matches everything; write what it must match")
    try:
        compile(value)
    except SpecGateError as error:
        raise ValueError(error.what) from None
    return value


class _CompilesOnRe2:
    """Field metadata: pydantic runs the string through RE2 when a rule set loads, and
    refuses an empty one.

    The hook is looked up by pydantic by name, so this module never imports pydantic and the
    compiled policy (which carries these fields as plain strings) loads without it.
    """

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(_validate, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        described = handler(schema)
        described["minLength"] = 1
        return described

    def __repr__(self) -> str:
        return "Regex"


Regex = Annotated[str, _CompilesOnRe2()]
"""A case-insensitive RE2 pattern in a rule set; one RE2 rejects fails validation, naming it."""
