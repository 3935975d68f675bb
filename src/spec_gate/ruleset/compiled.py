"""The policy as the engine uses it: plain frozen dataclasses, no pydantic on the hot path.

The loader validates YAML with the pydantic models of ``schema`` and compiles them into these;
a compiled policy can be cached and loaded again without importing pydantic at all.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spec_gate.findings import FailOn, Severity
from spec_gate.ruleset.globs import compile_glob, hidden_folders
from spec_gate.vocabulary import Kind
from spec_gate.waivers import Limits

if TYPE_CHECKING:
    from spec_gate.checks.base import Outcome
    from spec_gate.document import Context, Document


@dataclass(frozen=True, slots=True)
class AnyOf:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


class Primitive:
    """One check of a rule: the check's NAME, its Options and its own run().

    It pickles with its options and run() packed apart, unpickled at first use: a run whose
    results all come from the cache loads the policy without importing a single check
    (run() pickles as a reference to its module, the options as instances of its classes)."""

    __slots__ = ("_options", "_packed", "_run", "name")

    def __init__(
        self, name: str, options: Any, run: Callable[[Document, Any, Context], Outcome]
    ) -> None:
        self.name = name
        self._options = options
        self._run = run
        self._packed: bytes | None = None

    @classmethod
    def _unpickled(cls, name: str, packed: bytes) -> Primitive:
        primitive = cls.__new__(cls)
        primitive.name = name
        primitive._packed = packed
        return primitive

    def _unpack(self) -> None:
        self._options, self._run = pickle.loads(self._packed or b"")
        self._packed = None

    @property
    def options(self) -> Any:
        if self._packed is not None:
            self._unpack()
        return self._options

    @property
    def run(self) -> Callable[[Document, Any, Context], Outcome]:
        if self._packed is not None:
            self._unpack()
        return self._run

    def __reduce__(self) -> tuple[Callable[[str, bytes], Primitive], tuple[str, bytes]]:
        packed = self._packed
        if packed is None:
            packed = pickle.dumps((self._options, self._run), protocol=pickle.HIGHEST_PROTOCOL)
        return Primitive._unpickled, (self.name, packed)

    def _fields(self) -> tuple[str, Any, Callable[[Document, Any, Context], Outcome]]:
        return self.name, self.options, self.run

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Primitive):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Primitive(name={self.name!r}, options={self.options!r}, run={self.run!r})"


Node = AnyOf | AllOf | Not | Primitive


def primitives(node: Node) -> Iterator[Primitive]:
    """The checks a rule's tree is made of, in order: the one walk of a check tree."""
    if isinstance(node, Primitive):
        yield node
    elif isinstance(node, Not):
        yield from primitives(node.child)
    else:
        for child in node.children:
            yield from primitives(child)


@dataclass(frozen=True, slots=True)
class When:
    """The rule applies only when every given condition holds."""

    labels: tuple[str, ...] | None = None  # any of these PR or issue labels
    paths: tuple[str, ...] | None = None  # the document's path matches any of these globs
    frontmatter: dict[str, str] | None = None  # each field's value matches its pattern


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    message: str
    help: str
    when: When | None
    check: Node
    example: str = ""


@dataclass(frozen=True, slots=True)
class ActiveRule:
    ruleset: str
    rule: Rule
    signoff: tuple[str, ...] | None  # the rule set's reviewers list, when it names one
    severity: Severity | None = None  # the config's ``severity:``, over the rule's and its misses'


@dataclass(frozen=True, slots=True)
class Profile:
    """How one group of documents is checked: its kind, which files, which rules, which template."""

    kind: Kind
    rules: tuple[ActiveRule, ...]
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    template_texts: frozenset[str] = frozenset()  # paragraphs of the template, normalized
    echoes: tuple[tuple[str, ...], ...] = ()  # prompts (template, help, init): their words
    template_titles: tuple[str, ...] = ()  # the template's section titles, in its order
    paths_where: tuple[str, ...] = ()  # where each of ``paths`` is written: "file:line"

    def claims(self, relative: str) -> bool:
        return any(compile_glob(g).match(relative) for g in self.paths) and not self.excludes(
            relative
        )

    def excludes(self, relative: str) -> bool:
        """Whether the config leaves ``relative`` out on purpose (``exclude:``: a template)."""
        return any(compile_glob(g).match(relative) for g in self.exclude)


@dataclass(frozen=True, slots=True)
class Policy:
    root: Path
    source: str  # the config file as named to the user, or "" for the built-in defaults
    fail_on: FailOn
    profiles: tuple[Profile, ...]  # from `documents:`, in order: the first that claims a path wins
    defaults: dict[Kind, Profile] = field(default_factory=dict)  # per kind, for bodies and --kind
    waiver_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    waiver_limits: Limits = field(default_factory=Limits)
    # The config's ``pause.labels``, as written: a PR or issue carrying one (compared
    # case-insensitively) is not blocked by the action during a crisis.
    pause_labels: tuple[str, ...] = ()
    # The languages documents are read in (empty: every built-in one), and the team's own
    # vocabulary files among them, as (where, bytes): registered by each engine.
    languages: tuple[str, ...] = ()
    vocabularies: tuple[tuple[str, bytes], ...] = ()
    # What the policy was built from (its files' bytes, spec-gate's code, the registered
    # checks), for keying cached results; "" when unknown, and then nothing is cached.
    digest: str = ""
    # Those files, as (resolved path, bytes or None when absent): what a replayed run checks.
    inputs: tuple[tuple[str, bytes | None], ...] = ()

    def profile_for(self, relative: str | None, kind: Kind | None) -> Profile | None:
        """The profile of a path (by globs), narrowed to ``kind`` when the kind is forced."""
        if relative is not None:
            for profile in self.profiles:
                if (kind is None or profile.kind == kind) and profile.claims(relative):
                    return profile
        return self.defaults.get(kind) if kind is not None else None

    def leaves_out(self, relative: str) -> bool:
        """Whether a `documents:` entry would take ``relative`` but excludes it on purpose."""
        return any(
            any(compile_glob(g).match(relative) for g in p.paths) and p.excludes(relative)
            for p in self.profiles
        )

    def hidden_folders(self) -> tuple[str, ...]:
        """The hidden folders the ``documents:`` globs name (``.rfcs/*.md``), as globs of
        folders from the root: walked where other hidden folders are skipped."""
        named = (folder for p in self.profiles for g in p.paths for folder in hidden_folders(g))
        return tuple(dict.fromkeys(named))

    def pause_label(self, labels: Iterable[str]) -> str | None:
        """The first of ``labels`` (as written there) that pauses the gate, if any."""
        pausing = {label.lower() for label in self.pause_labels}
        return next((label for label in labels if label.lower() in pausing), None)

    def active_rules(self) -> Iterator[tuple[Profile, ActiveRule]]:
        """Every rule with the profile it is in: the ``documents:`` profiles in order, then the
        per-kind defaults. The one walk of the policy; a rule in several profiles comes once
        per profile."""
        for profile in (*self.profiles, *self.defaults.values()):
            for active in profile.rules:
                yield profile, active
