"""``spec-gate report`` on on-call handoffs: a throwaway git history of dated handoffs with known
pages, state checks asked or not, and one person on call in consecutive shifts.

The history, month by month (each handoff committed on its date):

- September: a (@sam, 7 pages, 3 at night, answered), b (@sam again: a repeat; 2 and none,
  answered), c (@li, numbers left as the template's ``<number>``, the question unanswered);
- October: d (@LI, after c: a repeat across the months; 4 and 1, answered), e (a placeholder
  handle: no person; 5 and 2 in front matter, answered), f (a placeholder again: no repeat;
  1 page, night pages not given, unanswered), and b changed (written again, not a new shift);
- November: g, h, i (@ana three times: two repeats; 0/0, 3/3, 6/1, all answered).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from spec_gate.practice.command import gather
from spec_gate.practice.page import html
from spec_gate.practice.render import as_json, markdown, text
from tests.browser import Browser, mermaid_blocks
from tests.conftest import Run
from tests.practice.test_follow_through import commit, git

TODAY = date(2026, 11, 20)
SINCE = date(2026, 9, 1)
PLACEHOLDER = "@<outgoing on-call's handle>"
ANSWERS = {
    "a": "Wiped out by the night pages, running on fumes.",
    "b": "Fine, a quiet week all told.",
    "d": "I'd rather not say.",
    "e": "Tired, though the weekend itself was calm.",
    "g": "Rested and glad the rota changed.",
    "h": "Anxious about the database migration still open.",
    "i": "Exhausted, three weeks in a row is too many.",
}
UNANSWERED = "<The outgoing person's answer>"


def handoff(who: str, load: str, answer: str, front: str = "") -> str:
    return (
        f'---\noutgoing: "{who}"\nincoming: "@kim"\n{front}---\n\n'
        "# On-call handoff: payments\n\n"
        "## Open work\n\n- Card retries still being watched after last night's timeout fix.\n\n"
        f"## Load\n\n{load}\n\n"
        f"## How are you?\n\n{answer}\n"
    )


def numbers(pages: str, at_night: str) -> str:
    return f"- Pages: {pages}\n- Out-of-hours pages: {at_night}"


HANDOFFS: list[tuple[str, str, str]] = [  # (date, name, text)
    ("2026-09-07", "a", handoff("@sam", numbers("7", "three"), ANSWERS["a"])),
    ("2026-09-14", "b", handoff("@sam", numbers("2", "none"), ANSWERS["b"])),
    ("2026-09-21", "c", handoff("@li", numbers("<number>", "<number>"), UNANSWERED)),
    ("2026-10-05", "d", handoff("@LI", numbers("4", "1"), ANSWERS["d"])),
    (
        "2026-10-12",
        "e",
        handoff(PLACEHOLDER, "A calm week.", ANSWERS["e"], "pages: 5\nout_of_hours_pages: 2\n"),
    ),
    ("2026-10-19", "f", handoff(PLACEHOLDER, numbers("1", "<number>"), "")),
    ("2026-11-02", "g", handoff("@ana", numbers("none", "0"), ANSWERS["g"])),
    ("2026-11-09", "h", handoff("@ana", numbers("3", "3"), ANSWERS["h"])),
    ("2026-11-16", "i", handoff("ana", numbers("6", "1"), ANSWERS["i"])),  # no @: still @ana
]
CONFIG = "documents:\n  - kind: handoff\n    paths: ['oncall/handoffs/*.md']\n"


@pytest.fixture
def rota(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "payments"
    folder = root / "oncall" / "handoffs"
    folder.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    monkeypatch.chdir(root)
    (root / ".spec-gate.yml").write_text(CONFIG)
    commit(root, "2026-08-01", "config")
    for when, name, body in HANDOFFS:
        (folder / f"{when}-{name}.md").write_text(body)
        commit(root, when, f"handoff {name}")
        if name == "f":  # b is changed in October: written again, the same shift
            changed = folder / "2026-09-14-b.md"
            changed.write_text(changed.read_text().replace("last night's", "Sunday's"))
            commit(root, "2026-10-26", "b: the fix was on Sunday")
    return root


def report(since: date | None = SINCE, names: bool = False) -> Any:
    return gather(
        [], None, since, "month", 0, 0, 1, Path.cwd(), TODAY, lambda done, total: None,
        use_cache=False, names=names,
    )  # fmt: skip


def load(total: int, median: float | None, given: int, not_given: int) -> dict[str, Any]:
    return {"total": total, "median_per_shift": median, "given": given, "not_given": not_given}


def test_every_figure_of_each_period(rota: Path) -> None:
    points = json.loads(as_json(report()))["points"]
    assert [p["label"] for p in points] == ["2026-09", "2026-10", "2026-11"]
    assert [p["handoffs"] for p in points] == [
        {
            "handoffs": 3,
            "written": 3,  # a, b, c
            "state_check": {"passing": 2, "share": 0.6667},  # c's question is unanswered
            "pages": load(9, 4.5, 2, 1),  # 7 and 2; c gives none: not given, not zero
            "out_of_hours_pages": load(3, 1.5, 2, 1),  # three and none
            "consecutive_shifts": 1,  # @sam, a then b
            "names": None,
        },
        {
            "handoffs": 4,
            "written": 4,  # d, e, f, and b changed
            "state_check": {"passing": 3, "share": 0.75},  # f unanswered
            # b's shift was in September: its change is no second shift
            "pages": load(10, 4.0, 3, 0),  # 4, 5 (front matter), 1
            "out_of_hours_pages": load(3, 1.5, 2, 1),  # 1, 2; f gives none
            "consecutive_shifts": 1,  # @li, c then d; e then f are no person; b is no new shift
            "names": None,
        },
        {
            "handoffs": 3,
            "written": 3,
            "state_check": {"passing": 3, "share": 1.0},
            "pages": load(9, 3.0, 3, 0),  # none (0), 3, 6
            "out_of_hours_pages": load(4, 1.0, 3, 0),  # 0, 3, 1
            "consecutive_shifts": 2,  # @ana, g then h then i
            "names": None,
        },
    ]
    # The same figures as the handoffs' rule shares, measured once.
    october = points[1]["written"]["handoff"]
    assert (october["documents"], october["rules"]["handoff-state-check"]["passing"]) == (4, 3)


def test_names_only_when_asked(rota: Path) -> None:
    points = json.loads(as_json(report(names=True)))["points"]
    assert [p["handoffs"]["names"] for p in points] == [
        [{"handle": "@sam", "consecutive_shifts": 1}],
        [{"handle": "@li", "consecutive_shifts": 1}],
        [{"handle": "@ana", "consecutive_shifts": 2}],
    ]
    assert [p["handoffs"]["consecutive_shifts"] for p in points] == [1, 1, 2]
    shown = text(report(names=True))
    assert "the same person on call in consecutive shifts: 2 times (@ana 2)" in shown
    # ...and each period's, in every format's table of periods, not only in JSON
    for rendered in (shown, markdown(report(names=True)), html(report(names=True))):
        assert "1 (@sam 1)" in rendered and "1 (@li 1)" in rendered, rendered
    for rendered in (text(report()), markdown(report()), html(report()), as_json(report())):
        assert not {"@sam", "@li", "@ana", "@LI"} & set(_handles(rendered))


def test_without_since_every_handoff_as_it_stands(rota: Path) -> None:
    [point] = json.loads(as_json(report(since=None, names=True)))["points"]
    assert point["handoffs"] == {
        "handoffs": 9,
        "written": None,  # no period: every handoff
        "state_check": {"passing": 7, "share": 0.7778},
        "pages": load(28, 3.5, 8, 1),
        "out_of_hours_pages": load(10, 1.0, 7, 2),
        "consecutive_shifts": 4,
        "names": [
            {"handle": "@ana", "consecutive_shifts": 2},
            {"handle": "@li", "consecutive_shifts": 1},
            {"handle": "@sam", "consecutive_shifts": 1},
        ],
    }


def test_text_markdown_and_html_sections(rota: Path) -> None:
    measures = report()
    shown = text(measures)
    assert (
        "  handoffs written in 2026-11 (added or changed): 3, 3 (100%) with the outgoing person "
        "asked how they are and answering" in shown
    )
    assert "  pages: 9 in all, median 3 per shift (3 of 3 shifts give a number)" in shown
    assert "  the same person on call in consecutive shifts: 2 times" in shown
    assert "On-call handoffs by period:" in shown
    rows = [line.split() for line in shown.splitlines()]
    assert ["2026-09", "3", "2/3", "(67%)", "4.5", "1.5", "1"] in rows
    assert ["2026-11", "3", "3/3", "(100%)", "3", "1", "2"] in rows
    page = markdown(measures)
    assert "- Pages: 9 in all, median 3 per shift (3 of 3 shifts give a number)" in page
    assert "| 2026-10 | 4 | 3/4 (75%) | 4 | 1.5 | 1 |" in page
    assert '<caption id="kind-0-handoffs">On-call handoffs by period</caption>' in html(measures)


def test_no_output_quotes_a_state_check_answer(rota: Path) -> None:
    for since in (SINCE, None):
        for names in (False, True):
            measures = report(since, names)
            for rendered in (text(measures), as_json(measures), markdown(measures), html(measures)):
                assert "consecutive" in rendered  # the handoffs are reported ...
                for answer in ANSWERS.values():  # ... and no answer, nor a part of one
                    for part in answer.rstrip(".").split(", "):
                        assert part not in rendered
                assert "rather not say" not in rendered


def test_the_cli_names_with_names(rota: Path, cli: Callable[..., Run]) -> None:
    plain = cli("report", "--since", "2026-09-01", "--format", "json", "--no-cache")
    named = cli("report", "--since", "2026-09-01", "--format", "json", "--no-cache", "--names")
    assert (plain.code, named.code) == (0, 0)
    november = [p for p in named.json["points"] if p["label"] == "2026-11"]
    assert november[0]["handoffs"]["names"] == [{"handle": "@ana", "consecutive_shifts": 2}]
    assert all(p["handoffs"]["names"] is None for p in plain.json["points"])
    assert "@ana" not in plain.out


def _handles(rendered: str) -> list[str]:
    return [word.strip(".,;:()\"'") for word in rendered.split() if word.startswith("@")]


@pytest.mark.slow
def test_the_handoffs_page_passes_the_audit(browser: Browser, rota: Path, tmp_path: Path) -> None:
    measures = report(names=True)
    for block in mermaid_blocks(markdown(measures)):
        assert browser.render_mermaid(block)["error"] is None, block
    page_file = tmp_path / "report.html"
    page_file.write_text(html(measures))
    page = browser.page()
    page.goto(page_file.as_uri())
    assert browser.audit(page) == []
    shown = page.inner_text("main")
    assert "The same person on call in consecutive shifts: 2 times (@ana 2)" in shown
    assert page.locator("caption", has_text="On-call handoffs by period").count() == 1  # folded
    page.context.close()
