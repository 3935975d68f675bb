"""README's table of check types, written from the check registry so it cannot drift.

A row per registered check: its name, what it looks for (the first line of the check module's
docstring) and its options (each field of its ``Options``: name, type, default, and the
field's docstring, the string that follows it). The combinators close the table. README holds
the table between ``START`` and ``END``; a test fails when that copy differs, and
``python scripts/checks_table.py`` rewrites it.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import itertools
import re
import textwrap
import types
import typing
from collections.abc import Iterable
from typing import Any, Literal

from spec_gate import patterns
from spec_gate.checks import COMBINATORS, REGISTRY, Check

START = "<!-- checks-table:start: generated from the check registry by scripts/checks_table.py -->"
END = "<!-- checks-table:end -->"
COMMAND = "python scripts/checks_table.py"

# The combinators have no module: what each asks for, and what it takes.
_COMBINATORS = {
    "any": ("one of its checks passes", "a list of checks"),
    "all": ("every one of its checks passes", "a list of checks"),
    "not": ("its check fails", "one check"),
}
_SCALARS = {str: "text", int: "number", bool: "true/false"}
_LONG_DEFAULT = 30  # a longer default (a built-in pattern) is named, not quoted


def table(checks: Iterable[Check] | None = None) -> str:
    """The Markdown table of ``checks`` (default: every registered check) and the combinators."""
    rows = ["| check | looks for | options |", "| --- | --- | --- |"]
    for check in REGISTRY.values() if checks is None else checks:
        shown = "<br>".join(options(check.Options))
        rows.append(f"| `{check.NAME}` | {purpose(check)} | {shown} |")
    for name in COMBINATORS:
        looks_for, takes = _COMBINATORS[name]
        rows.append(f"| `{name}` | {looks_for} | {takes} |")
    return "\n".join(rows) + "\n"


def block(checks: Iterable[Check] | None = None) -> str:
    """The table between its markers, as README holds it."""
    return f"{START}\n\n{table(checks)}\n{END}"


def rewrite(readme: str, checks: Iterable[Check] | None = None) -> str:
    """``readme`` with the text between the markers (the markers included) generated anew."""
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"no table of check types between {START} and {END}")
    return readme[:start] + block(checks) + readme[end + len(END) :]


def current(readme: str) -> str:
    """The table between the markers in ``readme``, markers included ("" when there is none)."""
    start, end = readme.find(START), readme.find(END)
    return readme[start : end + len(END)] if 0 <= start < end else ""


def purpose(check: Check) -> str:
    """What the check looks for: the first line of its module's docstring, without the name."""
    first = (inspect.getdoc(check) or "").split("\n", 1)[0]
    return _cell(first.removeprefix(f"``{check.NAME}``:").strip().rstrip("."))


def options(model: type[Any]) -> list[str]:
    """Each option of a check: `name` (type, default or required): what it asks for."""
    hints = typing.get_type_hints(model, include_extras=True)
    notes = field_docs(model)
    shown = []
    for field in dataclasses.fields(model):
        kind = _type(hints[field.name], null=field.default is not None)
        default = _default(field, hints[field.name])
        text = f"`{field.name}` ({kind}{', ' + default if default else ''})"
        if field.name in notes:
            text += ": " + notes[field.name]
        shown.append(_cell(text))
    return shown


def field_docs(model: type[Any]) -> dict[str, str]:
    """The docstring of each field: the string right after its line in the class body."""
    try:
        source = textwrap.dedent(inspect.getsource(model))
    except (OSError, TypeError):  # no source to read (a class made at run time)
        return {}
    body = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)).body
    found = {}
    for node, after in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[node.target.id] = " ".join(after.value.value.split())
    return found


def _type(hint: Any, null: bool = False) -> str:
    """The type of an option in a rule author's words."""
    if hint == patterns.Regex:
        return "pattern"
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return _type(args[0])
    if origin in (types.UnionType, typing.Union):
        # a plain pattern before the mapping that also names it: "pattern or {pattern, name}"
        ordered = sorted((a for a in args if a is not type(None)), key=dataclasses.is_dataclass)
        alternatives = [_type(a) for a in ordered]
        if null and type(None) in args:
            alternatives.append("null")
        return " or ".join(alternatives)
    if origin is tuple:
        return "list of " + _type(args[0])
    if origin is Literal:
        *rest, last = (f"`{value}`" for value in args)
        return f"{', '.join(rest)} or {last}" if rest else last
    if dataclasses.is_dataclass(hint):
        return "`{" + ", ".join(f.name for f in dataclasses.fields(hint)) + "}`"
    return _SCALARS.get(hint, getattr(hint, "__name__", str(hint)))


def _default(field: dataclasses.Field[Any], hint: Any) -> str:
    """``required``, the default as a rule set writes it, or "" when unset asks nothing."""
    if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
        return "required"
    value = field.default
    if value is None or value in ("", ()):
        return ""
    if typing.get_origin(hint) is tuple and value == typing.get_args(typing.get_args(hint)[0]):
        return "default all"
    if isinstance(value, bool):
        return f"default {str(value).lower()}"
    if isinstance(value, str) and len(value) > _LONG_DEFAULT:
        return "default built in"
    if isinstance(value, tuple):
        return "default " + ", ".join(f"`{v}`" for v in value)
    return f"default `{value}`" if isinstance(value, str) else f"default {value}"


def _cell(text: str) -> str:
    """Text for a Markdown table cell: reST literals as code, pipes escaped."""
    return re.sub(r"``(.+?)``", r"`\1`", text).replace("|", "\\|")
