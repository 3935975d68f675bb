from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind

Write = Callable[[str, str], Path]

RULES = """
name: team
kinds: [spec, pr]
rules:
  - id: has-summary
    message: Add a summary.
    check: {section: {heading: "^summary", min_words: 2}}
  - id: summary-or-owner
    severity: warning
    message: Add a summary or an owner.
    check:
      any:
        - section: {heading: "^summary", min_words: 2}
        - frontmatter: {field: owner}
  - id: both
    message: Both.
    check:
      all:
        - section: {heading: "^summary"}
        - section: {heading: "^risks"}
  - id: no-wip
    message: Remove the WIP section.
    check:
      not: {section: {heading: "^wip", min_words: 0}}
  - id: ui-only
    message: UI changes need screenshots.
    when: {labels: [ui]}
    check: {section: {heading: screenshots}}
  - id: public-only
    message: Public specs need a rollout plan.
    when: {paths: ["public/**"], frontmatter: {status: "^(implementable|implemented)$"}}
    check: {section: {heading: rollout}}
"""


@pytest.fixture
def engine_for(write: Write) -> Callable[..., Engine]:
    write("team.yml", RULES)
    config = write(
        ".spec-gate.yml",
        "documents:\n  - kind: spec\n    paths: ['**/*.md']\n"
        "    rulesets: [./team.yml]\n"
        "waivers: {labels: {hotfix: [has-summary]}}\n",
    )

    def make(labels: tuple[str, ...] = (), today: date = date(2026, 11, 23)) -> Engine:
        return Engine(load_policy(config), labels, today=today)

    return make


def rules_fired(engine: Engine, text: str, relative: str = "docs/a.md") -> list[tuple[str, int]]:
    result = engine.check(Source(relative, text, relative))
    assert result is not None
    return [(f.rule, f.line) for f in result.findings if f.waived is None]


CASES = [
    ("all pass", "## Summary\nTwo words.\n## Risks\nLow.\n", []),
    (
        "any: second alternative passes",
        "---\nowner: '@a'\n---\n## Risks\nx\n",
        [("has-summary", 1), ("both", 1)],
    ),
    (
        "not: the forbidden section is found at its line",
        "## Summary\nTwo words.\n## Risks\nx\n## WIP\n",
        [("no-wip", 5)],
    ),
    (
        "all: each missing part is a finding",
        "# T\n",
        [("has-summary", 1), ("summary-or-owner", 1), ("both", 1), ("both", 1)],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_combinators(
    engine_for: Callable[..., Engine], name: str, text: str, expected: list[tuple[str, int]]
) -> None:
    assert rules_fired(engine_for(), text) == expected


def test_when_labels(engine_for: Callable[..., Engine]) -> None:
    text = "## Summary\nTwo words.\n## Risks\nx\n"
    assert rules_fired(engine_for(), text) == []
    assert rules_fired(engine_for(labels=("UI",)), text) == [("ui-only", 1)]


def test_when_paths_and_frontmatter(engine_for: Callable[..., Engine]) -> None:
    base = "## Summary\nTwo words.\n## Risks\nx\n"
    ready = "---\nstatus: implementable\n---\n" + base
    assert rules_fired(engine_for(), ready, "docs/a.md") == []
    assert rules_fired(engine_for(), base, "public/a.md") == []
    assert rules_fired(engine_for(), ready, "public/a.md") == [("public-only", 1)]


def test_a_configured_label_waives_and_keeps_the_finding(engine_for: Callable[..., Engine]) -> None:
    result = engine_for(labels=("hotfix",)).check(Source("a.md", "## Risks\nx\n", "a.md"))
    assert result is not None
    waived = [(f.rule, f.waived) for f in result.findings if f.waived]
    assert waived == [("has-summary", "label “hotfix”")]
    assert result.waived == 1


def test_kind_from_front_matter_when_no_glob_claims_the_file(write: Write) -> None:
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    result = engine.check(Source("x.md", "---\nkind: postmortem\n---\n# Outage\n", None))
    assert result is not None and result.kind == "postmortem"
    assert engine.check(Source("y.md", "# No kind\n", None)) is None


@pytest.mark.parametrize(
    ("text", "checked"),
    [
        # A README opening with a thematic break, a site page's unquoted colon: no kind, so
        # no document of ours (the pre-commit hook passes them through).
        ("---\n\n**Note:** this project moved.\n\n---\n\n# Old README\n", False),
        ("---\ntitle: Release notes: December\n---\n# Notes\n", False),
        # Front matter that names a kind is a document: its mistake is said, not skipped.
        ("---\nkind: spec\ntitle: Dark mode: phase 2\n---\n# Dark mode\n", True),
        ("+++\nkind = 'postmortem'\ntitle = \n+++\n# Outage\n", True),
    ],
)
def test_front_matter_that_cannot_be_read_and_gives_no_kind_is_no_document(
    text: str, checked: bool
) -> None:
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    source = Source("notes.md", text, "notes.md", None)
    if checked:
        with pytest.raises(SpecGateError, match="front matter"):
            engine.check(source)
    else:
        assert engine.check(source) is None


def test_template_text_left_unchanged_counts_as_empty(write: Write) -> None:
    write(
        "TEMPLATE.md",
        "## Why\nDescribe the problem this feature solves for the people who use it.\n",
    )
    config = write(
        ".spec-gate.yml",
        "documents:\n  - kind: pr\n    paths: ['prs/*.md']\n"
        "    template: TEMPLATE.md\n    rulesets: [builtin:why]\n",
    )
    engine = Engine(load_policy(config), today=date.today())
    untouched = "## Why\nDescribe the problem this feature solves for the people who use it.\n"
    filled = "## Why\nRiders lose their basket when the train enters a tunnel, every day.\n"
    assert rules_fired(engine, untouched, "prs/a.md")[0] == ("why-section", 1)
    assert ("why-section", 1) not in rules_fired(engine, filled, "prs/a.md")


def test_a_templates_own_heading_is_read_though_its_prompt_repeats_it(write: Write) -> None:
    """The team's template heads its impact part "Cómo lo vivieron los pacientes" and asks,
    in a comment, to "describe el corte como lo vivieron los pacientes": kept, the heading
    still tells whom the part is about; only the text under it may be the template's."""
    write(
        "TEMPLATE.md",
        "# <Fecha>\n\n## Resumen\n\nTBD\n\n## Cómo lo vivieron los pacientes\n\n"
        "<!-- Describe el corte como lo vivieron los pacientes: quiénes, qué vieron, "
        "cuánto tiempo, cuántos. -->\nTBD\n",
    )
    config = write(
        ".spec-gate.yml",
        "documents:\n  - kind: postmortem\n    paths: ['pm/*.md']\n"
        "    template: TEMPLATE.md\n    rulesets: [builtin:impact-narrative]\n",
    )
    engine = Engine(load_policy(config), today=date.today())
    head = "# 2026-09-05: Los SMS no salieron\n\n## Resumen\n\nEl proveedor cambió su API.\n\n"
    told = (
        "## Cómo lo vivieron los pacientes\n\nEntre el jueves a las 15:00 y el viernes a las "
        "11:20, 2.300 pacientes sacaron turno y no recibieron el SMS de confirmación. Muchos "
        "volvieron a pedirlo, por lo que 410 personas quedaron con turnos duplicados; otros "
        "llamaron a recepción y esperaron hasta 20 minutos.\n"
    )
    untouched = "## Cómo lo vivieron los pacientes\n\nTBD\n"
    fired = {rule for rule, _ in rules_fired(engine, head + told, "pm/a.md")}
    assert "impact-narrative" not in fired
    assert "impact-narrative" in {
        rule for rule, _ in rules_fired(engine, head + untouched, "pm/a.md")
    }


def test_a_count_for_people_of_an_earlier_sentence_is_read_without_error() -> None:
    """Found by fuzzing the corpus: "all 312 managed databases" counted for people named in
    an earlier sentence, and "we" named in this one, once sent the reader looking for the
    earlier sentence's person among this sentence's words (an IndexError)."""
    text = (
        "Maintenance on the eu-and their managed databases were failed over to eu-west-1, and "
        "DNS for tenant endpoints was repointed. The drain completed at 01:38; the traffic "
        "dashboard shows eu-west-2 tenant request rate at zero from 01:41, and the "
        "load-balancer access logs for eu-west-2 contain no tenant requests between 01:41 and "
        "05:20, when we moved tenants back. The cluster that lost quorum at 02:47 was our "
        "internal control-plane metadata store, which only the maintenance tooling talks to "
        "during a drain. Tenant database replicas in eu-west-1 ran from their own storage "
        "throughout; we compared WAL positions before and after failback for all 312 managed "
        "databases and none had a gap. We also checked the support queue and status page "
        "subscriptions for that night: no tickets mentioned eu-west-2.\n"
        "Postmortem: eu-west-2 database clusterdata store, which only the maintenance tooling "
        "talks to during a drain. Tenant database replicas in eu-west-1 ran from their own "
        "storage throughout; we compared WAL positions before and after failback for all 312 "
        "managed databa lost quorum during planned maintenance\n"
    )
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    result = engine.check(Source("x.md", text, None, "postmortem"))
    assert result is not None  # every rule read it: no follow-up part, nothing else missing
    assert {f.rule for f in result.findings} == {"action-items"}


@pytest.mark.parametrize(
    ("box", "offered"),
    [
        ("- [x] Accessibility review signed off by @maria-a11y\n", False),
        ("- [ ] Accessibility review signed off by @maria-a11y\n", False),
        ("", True),
    ],
)
def test_the_help_never_offers_a_box_the_document_has(box: str, offered: bool) -> None:
    """Pasted as it is, the snippet would add a second, unticked sign-off box."""
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    text = (
        "# Saved searches\n\n## Why\n\nShoppers retype the same search and filters every week, "
        f"and 40% give up.\n\n## Accessibility review\n\nTBD\n\n{box}"
    )
    result = engine.check(Source("spec.md", text, None, Kind.SPEC))
    assert result is not None
    [review] = [f for f in result.findings if f.rule == "a11y-review"]
    assert ("- [ ] Accessibility review signed off by" in review.help) is offered
    assert "\n\n\n" not in review.help


BUILT_IN = Engine(load_policy(None, root=Path.cwd()), today=date(2026, 12, 6))

# (kind, document, rule, how the message opens, what the help holds, what it must not hold)
PART_THERE_OR_NOT = [
    (  # the section is there, too short: what is wrong with it leads; no second heading
        Kind.PR,
        "## Why\n\nBecause it is good.\n",
        "why-section",
        "The “Why” section has 4 words of real content; it needs at least 8 words. A reviewer",
        "Under its title at line 1, write:\n\n<Who runs into what problem today",
        "## Why",
    ),
    (  # missing: the rule asks for it, and the help gives the skeleton to paste
        Kind.PR,
        "Fixes the export.\n",
        "why-section",
        "Say why this work is needed: add a Why section",
        "Paste and fill in:\n\n## Why",
        "Under its title",
    ),
    (  # a label: its example is shown without the label the author already wrote
        Kind.PR,
        "**Why:** Riders on trains lose their basket when the connection drops.\n\n"
        "**Who is affected:** Everyone.\n",
        "who-affected",
        "“Who is affected” names no one in particular (“Everyone.”)",
        "For example:\n\npatients who book by phone",
        "**Who is affected:**",
    ),
    (  # an item there without an owner: the item leads, then why an owner matters
        Kind.POSTMORTEM,
        "## Action items\n\n- Alert when checkout errors pass 1% for five minutes #41\n",
        "action-owners",
        "The item “Alert when checkout errors pass 1% for five minutes #41” names no owner. An "
        "item everyone owns is an item nobody does.",
        "Add the owner",
        "Under its title",
    ),
    (  # a box there, unticked
        Kind.SPEC,
        "## Accessibility review\n\nThe retry button is announced to screen readers and "
        "was tested with keyboard only and on a 2G profile by five shoppers.\n\n"
        "- [ ] Accessibility review signed off by @maria-a11y\n",
        "a11y-signoff",
        "The box “Accessibility review signed off by @maria-a11y” is not ticked. A named",
        "Tick the box at line 5 once @maria-a11y has reviewed it: “- [x] Accessibility review "
        "signed off by @maria-a11y”.",
        "Add the sign-off line",  # the box is there: no second one to paste
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "rule", "opens", "helped", "not_helped"),
    PART_THERE_OR_NOT,
    ids=[f"{c[2]}-{n}" for n, c in enumerate(PART_THERE_OR_NOT)],
)
def test_a_finding_about_a_part_that_is_there_says_what_is_wrong_with_it_first(
    kind: Kind, text: str, rule: str, opens: str, helped: str, not_helped: str
) -> None:
    result = BUILT_IN.check(Source("doc.md", text, None, kind))
    assert result is not None
    [finding] = [f for f in result.findings if f.rule == rule]
    assert finding.message.startswith(opens)
    assert helped in finding.help
    assert not_helped not in finding.help
    # the detail stays in the JSON report, but is not said twice after a message opening with it
    if not opens.startswith("Say why"):
        assert finding.detail
        assert finding.told == ""
