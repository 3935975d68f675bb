"""Safe YAML: plain data only, with the line of every key, and one-line errors.

Aliases are refused (an alias bomb expands exponentially once validated), tags beyond plain
scalars are refused (nothing in YAML can run code), and dates stay strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from spec_gate.errors import SpecGateError

try:
    _LOADER: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = yaml.SafeLoader

_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str": None,
    "tag:yaml.org,2002:timestamp": None,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Loaded:
    data: Any
    lines: dict[Path, int]  # 1-based line of each key or list entry, by its path from the root

    def line_of(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def load(text: str, source: str, first_line: int = 1) -> Loaded:
    """Load one YAML document from ``text``; ``first_line`` shifts lines for embedded YAML."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else first_line
        problem = f"{error.problem}{_reserved(text, error.problem_mark)}"
        raise SpecGateError(f"{source}:{line}", f"not valid YAML: {problem}") from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + first_line
        raise SpecGateError(
            f"{source}:{line}", f"not valid YAML: character {chr(error.character)!r} is not allowed"
        ) from None
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SpecGateError(source, f"not valid YAML: {reason}") from None
    lines: dict[Path, int] = {}
    if node is None:
        return Loaded(None, lines)
    builder = _Builder(source, first_line, lines)
    return Loaded(builder.build(node, ()), lines)


def _reserved(text: str, mark: yaml.Mark | None) -> str:
    """How to write a value that opens with a character YAML keeps for itself ("authors:
    @joshblack", "reviewer: `@maria`"): in quotes. "" for any other problem."""
    if mark is None:
        return ""
    lines = text.splitlines()
    words = lines[mark.line][mark.column :].split() if mark.line < len(lines) else []
    if not words or words[0][0] not in "@`":
        return ""
    return f' (a value that starts with "{words[0][0]}" is written in quotes: "{words[0]}")'


class _Builder:
    def __init__(self, source: str, first_line: int, lines: dict[Path, int]) -> None:
        self.source = source
        self.first_line = first_line
        self.lines = lines
        self.seen: set[int] = set()

    def where(self, node: yaml.Node) -> str:
        return f"{self.source}:{node.start_mark.line + self.first_line}"

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.lines.setdefault(path, node.start_mark.line + self.first_line)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if id(node) in self.seen:
            raise SpecGateError(self.where(node), "YAML anchors and aliases are not supported")
        self.seen.add(id(node))
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ_TAG:
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP_TAG:
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise SpecGateError(
                        self.where(key_node), "YAML merge keys (<<) are not supported"
                    )
                key = self.build(key_node, path)
                if not isinstance(key, str | int | float | bool) and key is not None:
                    raise SpecGateError(self.where(key_node), "a mapping key must be a plain value")
                if key in result:
                    raise SpecGateError(self.where(key_node), f"duplicate key {key!r}")
                result[key] = self.build(value_node, (*path, str(key)))
                self.lines[(*path, str(key))] = key_node.start_mark.line + self.first_line
            return result
        raise SpecGateError(self.where(node), f"unsupported YAML tag {node.tag}")

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag not in _SCALAR_TAGS:
            raise SpecGateError(self.where(node), f"unsupported YAML tag {node.tag}")
        construct = _SCALAR_TAGS[node.tag]
        if construct is None:
            return node.value
        return construct(node)
