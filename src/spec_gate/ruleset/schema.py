"""The YAML formats users write: rule sets and ``.spec-gate.yml``. Validated once, at load time."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

from spec_gate.checks import checkbox, frontmatter, items, mentions, phrases, section
from spec_gate.checks.base import Regex
from spec_gate.findings import FailOn, Severity

Kind = Literal["pr", "ticket", "spec", "postmortem"]
KINDS: tuple[Kind, ...] = ("pr", "ticket", "spec", "postmortem")
PRIMITIVE_NAMES = ("section", "checkbox", "frontmatter", "phrases", "mentions", "items")
NODE_NAMES = ("any", "all", "not", *PRIMITIVE_NAMES)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class AnyNode(Model):
    """Passes when any of its checks passes."""

    any: list[CheckNode] = Field(min_length=1)


class AllNode(Model):
    """Passes when all of its checks pass."""

    all: list[CheckNode] = Field(min_length=1)


class NotNode(Model):
    """Passes when its check fails."""

    not_: CheckNode = Field(alias="not")


class SectionNode(Model):
    """A heading or labelled paragraph with enough real content."""

    section: section.Options


class CheckboxNode(Model):
    """A task-list item, ticked or not."""

    checkbox: checkbox.Options


class FrontmatterNode(Model):
    """A front-matter field."""

    frontmatter: frontmatter.Options


class PhrasesNode(Model):
    """Wording to avoid in prose."""

    phrases: phrases.Options


class MentionsNode(Model):
    """Terms a section must mention."""

    mentions: mentions.Options


class ItemsNode(Model):
    """List items in a section."""

    items: items.Options


def _node_name(value: Any) -> str | None:
    if isinstance(value, dict) and len(value) == 1:
        return str(next(iter(value)))
    if isinstance(value, BaseModel):
        return next(iter(type(value).model_fields)).rstrip("_")
    return None


CheckNode = Annotated[
    Annotated[AnyNode, Tag("any")]
    | Annotated[AllNode, Tag("all")]
    | Annotated[NotNode, Tag("not")]
    | Annotated[SectionNode, Tag("section")]
    | Annotated[CheckboxNode, Tag("checkbox")]
    | Annotated[FrontmatterNode, Tag("frontmatter")]
    | Annotated[PhrasesNode, Tag("phrases")]
    | Annotated[MentionsNode, Tag("mentions")]
    | Annotated[ItemsNode, Tag("items")],
    Discriminator(
        _node_name,
        custom_error_type="check_node",
        custom_error_message="a check is one of: " + ", ".join(NODE_NAMES) + " (exactly one key)",
    ),
]


class When(Model):
    """The rule applies only when every given condition holds."""

    labels: list[str] | None = None  # any of these PR or issue labels
    paths: list[str] | None = None  # the document's path matches any of these globs
    frontmatter: dict[str, Regex] | None = None  # each field's value matches its pattern


class Rule(Model):
    """One rule: what to check, how serious a miss is, and what to tell the author."""

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    severity: Severity = Severity.ERROR
    message: Annotated[str, Field(min_length=1)]
    help: str = ""
    example: str = ""  # a passing example, shown by `spec-gate explain`
    when: When | None = None
    check: CheckNode


class Signoff(Model):
    """Who may sign off; in a PR the sign-off counts once that person approves it."""

    reviewers: list[Annotated[str, Field(pattern=r"^@[\w.-]+(/[\w.-]+)?$")]] = Field(min_length=1)


class RuleSet(Model):
    """A spec-gate rule set: see README, "Writing rule sets"."""

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
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
    """Waivers by label: a PR or issue label that waives the listed rule ids."""

    labels: dict[str, list[str]] = {}  # a PR or issue label -> the rule ids it waives ("*": all)


class Config(Model):
    """The repository's .spec-gate.yml."""

    documents: list[DocumentsEntry] = []
    pull_requests: BodyEntry = BodyEntry()
    issues: BodyEntry = BodyEntry()
    fail_on: FailOn = FailOn.ERROR
    waivers: Waivers = Waivers()


for _model in (AnyNode, AllNode, NotNode):
    _model.model_rebuild()
