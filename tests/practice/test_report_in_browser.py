"""The report as people see it: every Markdown chart drawn by Mermaid in Chromium, and the HTML
page audited by axe-core and looked at in a screenshot."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from spec_gate.practice import axis, svg
from spec_gate.practice.command import gather
from spec_gate.practice.measure import Measures
from spec_gate.practice.page import html
from spec_gate.practice.render import MERMAID_AXIS, markdown
from spec_gate.practice.tables import series
from tests.browser import Browser, mermaid_blocks, overlapping
from tests.practice.test_report import BAD, GOOD, commit, no_progress

pytestmark = pytest.mark.slow

TODAY = date(2026, 12, 20)
CONFIG = """\
documents:
  - kind: spec
    paths: ['specs/*.md']
    rulesets: [builtin:why]
  - kind: postmortem
    paths: ['postmortems/*.md']
    rulesets: [builtin:impact-narrative]
"""
POSTMORTEM = """\
# {day}: an outage

## User impact narrative

{impact}

## What happened

{cause}

## Action items

- [ ] Alert before this reaches people again (owner: @ana-ops, #12)
"""
# Four incidents, each told in its own words (the same story four times is a copy).
INCIDENTS = [
    (
        "From 09:10 to 09:55 UTC people searching the catalogue waited up to thirty seconds; "
        "about 2,000 gave up, and a dozen wrote to support asking whether the shop was closed.",
        "Dana pushed a bad index and it was her mistake.",
    ),
    (
        "For two hours on a Saturday, riders could not top up their travel cards in the app; "
        "around 600 were turned away at the gates and some paid a fine they did not owe.",
        "A certificate expired because nothing alerted on its date.",
    ),
    (
        "Screen reader users heard every price read twice and then the wrong total at checkout "
        "for three days; eleven of them phoned us, unsure what they would be charged.",
        "A template change shipped without an accessibility check in the release pipeline.",
    ),
    (
        "Parents on slow rural connections saw the school payments page time out after forty "
        "seconds; 140 lunch orders were lost and the school office took calls all morning.",
        "The page grew to 9 MB of scripts, and no budget stopped the build.",
    ),
]


@pytest.fixture(scope="module")
def years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight years of a team's repository: a spec each quarter (every third without a why),
    and a postmortem every other year (the first blaming a person)."""
    root = tmp_path_factory.mktemp("years") / "repo"
    (root / "specs").mkdir(parents=True)
    (root / "postmortems").mkdir()
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".spec-gate.yml").write_text(CONFIG)
    for number in range(32):
        day = f"{2019 + number // 4}-{3 * (number % 4) + 2:02d}-15"
        (root / "specs" / f"{number:02d}.md").write_text(BAD if number % 3 == 0 else GOOD)
        if number % 8 == 0:
            impact, cause = INCIDENTS[number // 8]
            (root / "postmortems" / f"{day}.md").write_text(
                POSTMORTEM.format(day=day, impact=impact, cause=cause)
            )
        commit(root, day, f"quarter {number}")
    return root


def measured(root: Path, every: str | None) -> Measures:
    since = date(2019, 1, 1) if every else None
    return gather(
        [], None, since, every or "month", 0, 0, 1, root, TODAY, no_progress, use_cache=False
    )


@pytest.mark.parametrize("every", ["quarter", "month", None])
def test_every_markdown_chart_draws_with_labels_that_fit(
    browser: Browser, years: Path, every: str | None
) -> None:
    measures = measured(years, every)
    blocks = mermaid_blocks(markdown(measures))
    assert len(blocks) == 2  # one chart per kind
    for kind, block in zip(("spec", "postmortem"), blocks, strict=True):
        drawn = browser.render_mermaid(block)
        assert drawn["error"] is None, block
        assert overlapping(drawn["labels"]) == []
        visible = [label["text"] for label in drawn["labels"] if label["width"] > 0]
        if every is None:  # one point: a bar per rule that had something to judge
            assert visible == [
                f"{rule}"
                for rule in measures.points[-1].kinds[kind].rules
                if measures.points[-1].kinds[kind].rule_share(rule) is not None
            ]
            continue
        points = series(measures, kind)
        assert len(drawn["bars"]) == len(points) == drawn["ticks"]  # a tick for every period
        assert len(drawn["lines"]) == 1
        expected = [label for label in axis.shown([p.label for p in points], MERMAID_AXIS) if label]
        assert visible == expected
        assert visible[-1] == "2026" and len(visible) >= 6  # years, not 32 or 96 crowded labels


@pytest.mark.parametrize("every", ["quarter", None])
def test_the_html_page_passes_the_audit_and_shows_its_charts(
    browser: Browser, years: Path, every: str | None, tmp_path: Path
) -> None:
    measures = measured(years, every)
    report = tmp_path / "report.html"
    report.write_text(html(measures))
    page = browser.page()
    page.goto(report.as_uri())
    assert browser.audit(page) == []
    # The first postmortem calls it "her mistake".
    assert "Postmortems without a blame finding: 3 of 4 (75%)." in page.inner_text("main")
    charts = page.locator("svg[role=img]")
    assert charts.count() == 2
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box is not None and box["width"] >= 400 and box["height"] >= 50
        picture = charts.nth(index).screenshot()
        assert browser.colour_pixels(page, picture, svg.BAR) > 500  # the bars are drawn
        if every:
            assert browser.colour_pixels(page, picture, svg.LINE) > 100  # and the line
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    names = page.evaluate(
        """() => Array.from(document.querySelectorAll('svg[role=img]')).map(svg =>
            svg.getAttribute('aria-labelledby').split(' ')
               .map(id => document.getElementById(id).textContent).join(' | '))"""
    )
    assert names[0].startswith("spec: share passing every error rule" if every else "spec: share")
    page.context.close()
    # Without JavaScript the page is the same page: nothing on it is drawn by a script.
    still = browser.page(javascript=False)
    still.goto(report.as_uri())
    assert still.locator("svg[role=img]").count() == 2
    assert still.locator("table caption").count() == page_tables(measures)
    still.context.close()


def page_tables(measures: Measures) -> int:
    kinds = len(measures.points[-1].kinds)
    over_time = len(measures.points) > 1
    return 1 + kinds * (2 if over_time else 1) + (1 if measures.worst else 0)
