"""The YAML formats users write: rule sets and ``.spec-gate.yml``. Validated once, at load time.

These pydantic models are the edge: they check what a user wrote and say where it is wrong.
Validation turns every ``check:`` straight into the plain nodes of ``compiled`` (``AnyOf``,
``Primitive``...), so the engine never sees a pydantic object.

The check nodes are not written out here: ``ruleset_model()`` builds them from the check
registry, one ``{NAME: Options}`` node per registered check, so a new check needs no edit here.
"""

from __future__ import annotations

import functools
import operator
import typing
from functools import cache
from typing import Annotated, Any, ForwardRef

from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, create_model

from spec_gate.checks import COMBINATORS, REGISTRY, Check
from spec_gate.findings import FailOn, Severity
from spec_gate.patterns import Regex
from spec_gate.ruleset import compiled
from spec_gate.vocabulary import KINDS, Kind

NAME = r"^[a-z0-9][a-z0-9-]*$"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class When(Model):
    """The rule applies only when every given condition holds."""

    labels: list[str] | None = None  # any of these PR or issue labels
    paths: list[str] | None = None  # the document's path matches any of these globs
    frontmatter: dict[str, Regex] | None = None  # each field's value matches its pattern


class Rule(Model):
    """One rule: what to check, how serious a miss is, and what to tell the author."""

    id: Annotated[str, Field(pattern=NAME)]
    severity: Severity = Severity.ERROR
    message: Annotated[str, Field(min_length=1)]
    help: str = ""
    example: str = ""  # a passing example, shown by `spec-gate explain`
    when: When | None = None
    # The real type is the registry's union of check nodes, set by ruleset_model(); whatever
    # validates there arrives here as a compiled.Node.
    check: Any


class Signoff(Model):
    """Who may sign off; in a PR the sign-off counts once that person approves it."""

    reviewers: list[Annotated[str, Field(pattern=r"^@[\w.-]+(/[\w.-]+)?$")]] = Field(min_length=1)


class RuleSet(Model):
    """A spec-gate rule set: see README, "Writing rule sets"."""

    name: Annotated[str, Field(pattern=NAME)]
    description: str = ""
    kinds: list[Kind] = list(KINDS)
    extends: list[str] = []
    signoff: Signoff | None = None
    rules: list[Rule] = []


class DocumentsEntry(Model):
    """Which files are documents of one kind, and the rule sets they must pass."""

    kind: Kind
    paths: list[str] = Field(min_length=1)
    exclude: list[str] = []
    rulesets: list[str] | None = None  # default: the kind's built-in rule sets
    template: str | None = None  # text left as this template had it counts as empty


class BodyEntry(Model):
    """The rule sets for pull-request or issue bodies."""

    rulesets: list[str] | None = None
    template: str | None = None


class Waivers(Model):
    """What a waiver may do, and waivers by label."""

    labels: dict[str, list[str]] = {}  # a PR or issue label -> the rule ids it waives ("*": all)
    max_days: Annotated[int, Field(ge=1, le=366)] = 90  # how far ahead until= may be
    allow_all: bool = False  # whether `waive *` (every rule) is allowed
    # How often a rule's waiver may be renewed in one document (read from git history).
    max_renewals: Annotated[int, Field(ge=0, le=12)] = 1


class Pause(Model):
    """A crisis pause: on a PR or issue with one of these labels the action does not block."""

    # The labels, compared case-insensitively (as waiver labels are).
    labels: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)


class Config(Model):
    """The repository's .spec-gate.yml."""

    documents: list[DocumentsEntry] = []
    pull_requests: BodyEntry = BodyEntry()
    issues: BodyEntry = BodyEntry()
    fail_on: FailOn = FailOn.ERROR
    waivers: Waivers = Waivers()
    # During an active security, legal or safety crisis: these labels pause the gate.
    pause: Pause | None = None
    # How serious a rule's findings are, where the built-in severity is not the team's.
    severity: dict[Annotated[str, Field(pattern=NAME)], Severity] = {}
    # The languages documents are read in: built-in codes (en, es, de, ja...) and the team's
    # own vocabulary files (a path ending .yml). Unset: every built-in language.
    languages: list[Annotated[str, Field(min_length=2)]] | None = None


# -- check nodes, from the registry ------------------------------------------------------------


def node_names() -> tuple[str, ...]:
    """Every key a check node can have: the combinators, then the registered checks."""
    return (*COMBINATORS, *REGISTRY)


def _node_name(value: Any) -> str | None:
    """Which union member a ``{key: ...}`` mapping is: its one key (the discriminator)."""
    if isinstance(value, dict) and len(value) == 1:
        return str(next(iter(value)))
    return None


def _node(key: str, doc: str, field: Any, compile_node: Any, attribute: str = "") -> Any:
    """A ``{key: ...}`` node model, validated into a compiled node, tagged for the union.

    ``attribute`` names the field when ``key`` cannot (``not`` is a keyword: ``not_``).
    """
    fields: dict[str, Any] = {attribute or key: field}
    model = create_model(f"{key.title()}Node", __base__=Model, __doc__=doc, **fields)
    return Annotated[model, AfterValidator(compile_node), Tag(key)]


def _primitive(check: Check) -> Any:
    """``{NAME: Options}``, validated into ``compiled.Primitive``."""
    name = check.NAME
    doc = (check.Options.__doc__ or name).strip().splitlines()[0]

    def compile_node(value: Any) -> compiled.Primitive:
        return compiled.Primitive(name, getattr(value, name), check.run)

    return _node(name, doc, (check.Options, ...), compile_node)


@cache
def _models(checks: tuple[tuple[str, Check], ...]) -> type[RuleSet]:
    """The rule-set model for one state of the registry (a registration makes a new one)."""
    names = node_names()
    # AnyNode and AllNode hold the union they are part of: a forward reference that
    # model_rebuild() resolves once the union exists.
    inner: Any = ForwardRef("CheckNode")
    combinators = [
        _node(
            "any",
            "Passes when any of its checks passes.",
            (list[inner], Field(min_length=1)),
            lambda node: compiled.AnyOf(tuple(node.any)),
        ),
        _node(
            "all",
            "Passes when all of its checks pass.",
            (list[inner], Field(min_length=1)),
            lambda node: compiled.AllOf(tuple(node.all)),
        ),
        _node(
            "not",
            "Passes when its check fails.",
            (inner, Field(alias="not")),
            lambda node: compiled.Not(node.not_),
            attribute="not_",
        ),
    ]
    members = [*combinators, *(_primitive(check) for _, check in checks)]
    union: Any = functools.reduce(operator.or_, members)
    check_node = Annotated[
        union,
        Discriminator(
            _node_name,
            custom_error_type="check_node",
            custom_error_message=f"a check is one of: {', '.join(names)} (exactly one key)",
        ),
    ]
    for member in combinators:
        typing.get_args(member)[0].model_rebuild(_types_namespace={"CheckNode": check_node})
    rule_fields: dict[str, Any] = {"check": (check_node, ...)}
    rule: Any = create_model("Rule", __base__=Rule, __doc__=Rule.__doc__, **rule_fields)
    ruleset_fields: dict[str, Any] = {"rules": (list[rule], [])}
    return create_model("RuleSet", __base__=RuleSet, __doc__=RuleSet.__doc__, **ruleset_fields)


def ruleset_model() -> type[RuleSet]:
    """The rule-set model that knows every check registered now."""
    return _models(tuple(REGISTRY.items()))
