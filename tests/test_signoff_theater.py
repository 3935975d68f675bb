"""No empathy theater: what a hurried author tries instead of a review, under the `init` config.

Each case is a spec whose review is genuine; only the sign-off changes. The genuine ones pass,
every shortcut blocks with an error that counts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from spec_gate.commands.init import template
from spec_gate.reading import signoffs
from tests.conftest import Run

Cli = Callable[..., Run]
Write = Callable[[str, str], Path]

SPEC = """\
---
title: Offline checkout
{frontmatter}
---

# Offline checkout

## Why

Riders paying on a train lose their basket when the connection drops; 3% are charged twice.

## Who is affected

Riders on trains and in tunnels, and the support team who answer their tickets.

## Accessibility and inclusion review

- Low digital literacy: one plain "Try again" button, tested with five first-time shoppers.
- Disability and assistive technology: the retry is announced to screen readers; keyboard only works.
- Slow or unreliable connection: the page weighs 38 kB and keeps the basket offline.

{box}
"""
OWNER = 'owner: "@amara"'


def _shown(text: str, limit: int = 60) -> str:
    """A sign-off as a finding quotes it: at most ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def spec(box: str, frontmatter: str = OWNER) -> str:
    return SPEC.format(box=box, frontmatter=frontmatter)


CASES = [
    # (name, document, the a11y-signoff detail or None when it passes)
    (
        "a reviewer who is not the author",
        spec("- [x] Accessibility review signed off by @maria-a11y"),
        None,
    ),
    (
        "front matter names another reviewer",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@maria-a11y"}'),
        None,
    ),
    (
        "the author ticks it with their own handle",
        spec("- [x] Accessibility review signed off by @amara"),
        "@amara is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "an author in an authors list",
        spec("- [x] Accessibility review signed off by @lee", 'authors: ["@amara", "lee"]'),
        "@lee is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "our help snippet pasted as is",
        spec("- [x] Accessibility review signed off by @reviewer"),
        "@reviewer is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "no handle at all",
        spec("- [x] Accessibility review signed off"),
        "the sign-off names no reviewer: add the @handle of the person who reviewed it",
    ),
    (
        "signed off by nobody",
        spec("- [x] Accessibility review signed off by nobody, we skipped it"),
        "the sign-off says it did not happen (“Accessibility review signed off by nobody, we skipped it”)",
    ),
    (
        "NOT signed off",
        spec("- [x] Accessibility review NOT signed off by @maria-a11y"),
        "the sign-off says it did not happen (“Accessibility review NOT signed off by @maria-a11y”)",
    ),
    (
        "pending",
        spec("- [x] Accessibility review sign-off pending from @maria-a11y"),
        "the sign-off is still to come (“Accessibility review sign-off pending from @maria-a11y”): it counts once the review is done and says so",
    ),
    (
        "struck through",
        spec("- [x] ~~Accessibility review signed off by @maria-a11y~~"),
        "the sign-off is struck through",
    ),
    (
        "quoted from somewhere else",
        spec("> - [x] Accessibility review signed off by @maria-a11y"),
        "the sign-off is inside a quote, so it is someone else's box, not this one",
    ),
    (
        "front matter @your-handle",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@your-handle"}'),
        "@your-handle is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "front matter @TBD",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@TBD"}'),
        "@TBD is a placeholder, not a person: name the reviewer who did the review",
    ),
    (
        "front matter @-",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@-"}'),
        "the sign-off names no reviewer: add the @handle of the person who reviewed it",
    ),
    (
        "front matter: the author",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@Amara"}'),
        "@Amara is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "a sign-off still to come",
        spec("- [x] Accessibility review will be signed off by @maria-a11y once the copy is in"),
        "the sign-off is still to come (“Accessibility review will be signed off by @maria-a11y once…”): it counts once the review is done and says so",
    ),
    (
        # in the review itself, a ticked box that names no review needs no subject, and is
        # still no sign-off while it is to come
        "a sign-off to come, ticked inside the review",
        spec("- [x] Sign-off to come from @maria-a11y"),
        "the sign-off is still to come (“Sign-off to come from @maria-a11y”): it counts once the review is done and says so",
    ),
    (
        "a review requested",
        spec("- [x] Accessibility review requested from @maria-a11y"),
        "the sign-off is still to come (“Accessibility review requested from @maria-a11y”): it counts once the review is done and says so",
    ),
    (
        "someone to sign off",
        spec("- [x] Accessibility review: @maria-a11y to sign off"),
        "the sign-off is still to come (“Accessibility review: @maria-a11y to sign off”): it counts once the review is done and says so",
    ),
    (
        "signed on someone's behalf",
        spec("- [x] Accessibility review signed off by @maria-a11y on her behalf"),
        "the sign-off is made for someone else (“Accessibility review signed off by @maria-a11y on her behalf”): the reviewer signs their own",
    ),
    (
        "signed on someone's behalf, in Portuguese",
        spec("- [x] Revisão de acessibilidade aprovada por @livia-marques em nome da Camila"),
        "the sign-off is made for someone else (“Revisão de acessibilidade aprovada por @livia-marques em no…”): the reviewer signs their own",
    ),
    (
        "another review's, in Spanish",
        spec(
            "- [x] Revisión de accesibilidad aprobada por @tomas-acosta (reutilizada de la revisión del QR)"
        ),
        "the sign-off is for another review (“Revisión de accesibilidad aprobada por @tomas-acosta (reuti…”): this document needs its own",
    ),
    (
        "dated after today",
        spec("- [x] Accessibility review signed off by @maria-a11y on 2999-06-01"),
        "the sign-off is dated 2999-06-01, after today: it has not happened yet",
    ),
    *[
        (
            f"dated after today, written {form}",
            spec(f"- [x] Accessibility review signed off by @maria-a11y, {when}"),
            f"the sign-off is dated {when}, after today: it has not happened yet",
        )
        for form, when in [
            ("day first", "10 January 2999"),
            ("month first", "Jan 10, 2999"),
            ("with dots", "15.12.2999"),
            ("with slashes, either way round", "02/01/2999"),
            ("in German", "10. Januar 2999"),
            ("in Spanish", "10 de enero de 2999"),
        ]
    ],
    (
        "an approvals row dated after today, written out",
        spec(
            "| Review | Reviewer | State | Date |\n| --- | --- | --- | --- |\n"
            "| Accessibility | @maria-a11y | Approved | 2 Jan 2999 |"
        ),
        "the sign-off is dated 2 Jan 2999, after today: it has not happened yet",
    ),
    *[
        (
            f"still to come, said as {form}",
            spec(f"- [x] Accessibility review signed off by @maria-a11y {said}"),
            f"the sign-off is still to come (“{_shown(f'Accessibility review signed off by @maria-a11y {said}')}”): it counts once the review is done and says so",
        )
        for form, said in [
            ("a day", "tomorrow"),
            ("a weekday", "at the design review next Tuesday"),
            ("a booking", "(booked for the design review)"),
            ("a plan", "(planned for sprint 42)"),
            ("the next meeting", "at the next design review"),
            ("a queue", "who has it in her queue for Thursday"),
            ("a review under way", "— she is doing the walkthrough on Monday"),
        ]
    ],
    (
        "front matter: changes requested",
        spec(
            "",
            OWNER
            + '\naccessibility_signoff: {reviewer: "@maria-a11y", outcome: changes requested}',
        ),
        "the sign-off says it did not happen (“@maria-a11y outcome: changes requested”)",
    ),
    (
        "front matter: not approved",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@maria-a11y", approved: false}'),
        "the sign-off says it did not happen (“approved: false”)",
    ),
    (
        "front matter: signed off on a later day, under a key of its own",
        spec(
            "", OWNER + '\naccessibility_signoff: {reviewer: "@maria-a11y", signed_off: 2999-03-01}'
        ),
        "the sign-off is dated 2999-03-01, after today: it has not happened yet",
    ),
    (
        "front matter: requested",
        spec("", OWNER + '\naccessibility_signoff: {reviewer: "@maria-a11y", status: requested}'),
        "the sign-off is still to come (“@maria-a11y status: requested”): it counts once the review is done and says so",
    ),
    (
        "a bot",
        spec("- [x] Accessibility review signed off by @github-actions[bot]"),
        "@github-actions is a bot, not a person: name the person who reviewed it",
    ),
    (
        "dependabot",
        spec("- [x] Accessibility review signed off by @dependabot"),
        "@dependabot is a bot, not a person: name the person who reviewed it",
    ),
    (
        "a team as the signer",
        spec("- [x] Accessibility review signed off by @acme/everyone"),
        "@acme/everyone is a team, not a person: name the person who reviewed it",
    ),
    (
        "the author named in a byline",
        "By Omar Haddad\n\n" + spec("- [x] Accessibility review signed off by @omar-haddad"),
        "@omar-haddad is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    *[
        (
            f"the author in a byline written as {form}",
            byline + "\n\n" + spec("- [x] Accessibility review signed off by @ravi-menon"),
            "@ravi-menon is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
        )
        for form, byline in [
            ("italics", "*Author: Ravi Menon (@ravi-menon)*"),
            ("an italic label", "*Author:* Ravi Menon"),
            ("an underscored by", "_By Ravi Menon_"),
            ("a table of fields", "| Author | @ravi-menon |\n|---|---|\n| Status | Draft |"),
            ("a field in a table", "| Field | Value |\n|---|---|\n| Author | @ravi-menon |"),
            ("a column", "| Author | Reviewer |\n|---|---|\n| @ravi-menon | @anna-k |"),
            ("Spanish", "Autor: Ravi Menon"),
            ("German", "**Verfasst von:** Ravi Menon"),
            ("French", "Auteur : @ravi-menon"),
            ("Spanish, the handle alone", "Redactado por @ravi-menon"),
            ("German, a woman's title", "Verfasserin: **Ravi Menon**"),
        ]
    ],
    *[
        (
            f"the author's name written with {what}",
            f"{byline}\n\n" + spec(f"- [x] Accessibility review signed off by {handle}"),
            f"{handle} is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
        )
        for what, byline, handle in [
            ("an accent", "Por Lucía Ferreira", "@lucia-ferreira"),
            (
                "accents, in French",
                "*Rédigé par Amélie Rousseau — équipe Habitat*",
                "@amelie-rousseau",
            ),
            ("an umlaut and ß, spelt out", "Autor: Jürgen Weiß", "@juergen-weiss"),
            ("an umlaut and ß, dropped", "Autor: Jürgen Weiß", "@jurgen-weiss"),
            ("an aside after it", "Author: Tom Hart (mobility team)", "@tom-hart"),
            (
                "accents and an aside",
                "Rédigé par Hélène Lefèvre (équipe numérique)",
                "@helene-lefevre",
            ),
        ]
    ],
    (
        "the author under another casing",
        spec("- [x] Accessibility review signed off by @AMARA"),
        "@AMARA is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "a reused component's old review",
        spec(
            "- [x] Accessibility review signed off by @maria-a11y (reused from the date picker review)"
        ),
        "the sign-off is for another review (“Accessibility review signed off by @maria-a11y (reused from…”): this document needs its own",
    ),
    (
        "front matter: approved, dated",
        spec(
            "",
            OWNER
            + '\naccessibility_signoff: {reviewer: "@maria-a11y", status: approved, date: 2024-03-02}',
        ),
        None,
    ),
    (
        "signed off on a past date, written out",
        spec("- [x] Accessibility review signed off by @maria-a11y on 2 March 2024 (03/02/2024)"),
        None,
    ),
    (
        "signed off on a past date",
        spec("- [x] Accessibility review signed off by @maria-a11y on 2024-03-02"),
        None,
    ),
    (
        "an approvals table row",
        spec(
            "| Review | Reviewer | State | Date |\n| --- | --- | --- | --- |\n"
            "| Accessibility | @maria-a11y | Approved | 2024-11-20 |"
        ),
        None,
    ),
    (
        "an approvals table row still pending",
        spec(
            "| Review | Reviewer | State |\n| --- | --- | --- |\n"
            "| Accessibility | @maria-a11y | Pending |"
        ),
        "the row “Accessibility | @maria-a11y | Pending” is not approved",
    ),
    (
        "an approvals table row approved by the author",
        spec(
            "| Review | Reviewer | State |\n| --- | --- | --- |\n"
            "| Accessibility | @amara | Approved |"
        ),
        "@amara is an author of this document, and an author cannot sign off their own work: ask someone else to review it",
    ),
    (
        "a ticked box inside a line, with a handle",
        spec("**Accessibility sign-off:** [x] @maria-a11y — 2024-05-10"),
        None,
    ),
    (
        "a name without a handle, in a box",
        spec("- [x] Accessibility review — Joanne Kitching (accessibility lead), 2024-01-30"),
        "the sign-off names Joanne Kitching without a @handle: write the reviewer's GitHub handle, so that their approval of the pull request can be checked",
    ),
    (
        "a name without a handle, in prose",
        spec("Accessibility review approved by Oskar Nilsson (Digital accessibility), 7 August."),
        "the sign-off names Oskar Nilsson without a @handle: write the reviewer's GitHub handle, so that their approval of the pull request can be checked",
    ),
    (
        "an approvals table row approved in the team's language",
        spec(
            "| Revue | Relecteur | État |\n| --- | --- | --- |\n"
            "| Revue accessibilité | @ines-fabre | Approuvé |"
        ),
        None,
    ),
    (
        "an approvals table row approved in the team's language, by a name without a handle",
        spec(
            "| Revue | Relecteur | État |\n| --- | --- | --- |\n"
            "| Revue accessibilité | Inès Fabre (référente accessibilité) | Approuvé |"
        ),
        "the sign-off names Inès Fabre without a @handle: write the reviewer's GitHub handle, so that their approval of the pull request can be checked",
    ),
    (
        # A handle is who signs, not what is signed: "a11y" in it makes no review accessible.
        "another review's box ticked by a reviewer whose handle says a11y",
        spec("- [x] Security review signed off by @maria-a11y"),
        "",
    ),
    (
        "another review's row approved by a reviewer whose handle says a11y",
        spec(
            "| Review | Reviewer | State |\n| --- | --- | --- |\n| Budget | @a11y-lead | Approved |"
        ),
        "",
    ),
    (
        # Read by two ways of signing off (a box, and a sign-off in prose), said once.
        "a ticked box naming a reviewer by name, without a handle",
        spec(
            "- [x] Accessibility review signed off by Maria López (accessibility lead), 2026-11-27"
        ),
        "the sign-off names Maria López without a @handle: write the reviewer's GitHub handle, "
        "so that their approval of the pull request can be checked",
    ),
    (
        "a box shown in a code example",
        spec("```\n- [x] Accessibility review signed off by @maria-a11y\n```"),
        "the box “Accessibility review signed off by @maria-a11y” is inside a code block, "
        "where it is shown, not ticked: take it out of the fence",
    ),
]


@pytest.fixture
def initialised(cli: Cli, write: Write) -> None:
    assert cli("init").code == 0


@pytest.mark.usefixtures("initialised")
@pytest.mark.parametrize(("name", "text", "detail"), CASES, ids=[c[0] for c in CASES])
def test_signoff_shortcuts_block_and_real_signoffs_pass(
    cli: Cli, write: Write, name: str, text: str, detail: str | None
) -> None:
    write("docs/specs/offline-checkout.md", text)
    result = cli("check", "--format", "json")
    found = [f for f in result.json["findings"] if f["rule"] == "a11y-signoff"]
    if detail is None:
        assert result.code == 0, result.json["findings"]
        assert found == []
        return
    assert result.code == 1
    assert [(f["severity"], f["detail"]) for f in found] == [("error", detail)]


@pytest.mark.usefixtures("initialised")
def test_a_template_handle_is_a_placeholder(cli: Cli, write: Write) -> None:
    """A handle the team's own template carries is the template's, whoever it looks like."""
    write(
        "docs/specs/TEMPLATE.md",
        template("spec.md").replace("@<reviewer's handle>", "@a11y-lead-here"),
    )
    write("docs/specs/s.md", spec("- [x] Accessibility review signed off by @a11y-lead-here"))
    result = cli("check", "--format", "json")
    [found] = [f for f in result.json["findings"] if f["rule"] == "a11y-signoff"]
    assert found["detail"].startswith("@a11y-lead-here is a placeholder, not a person")


def test_every_help_snippet_and_template_uses_a_placeholder_handle() -> None:
    """Pasting our own example never passes: the handles in it are placeholders or visible
    slots (``@<reviewer's handle>``), and a pasted slot says what to put in its place."""
    from spec_gate.reading.signoffs import PLACEHOLDER_HANDLES, handles, login
    from spec_gate.ruleset.load import load_policy

    texts = [template(name) for name in ("spec.md", "postmortem.md", "pull_request_template.md")]
    policy = load_policy(None, root=Path.cwd())
    texts += [a.rule.help for p in policy.defaults.values() for a in p.rules]
    found = {login(h) for text in texts for h in handles(text)}
    assert found and found <= PLACEHOLDER_HANDLES


@pytest.mark.usefixtures("initialised")
def test_an_invisible_character_does_not_hide_a_placeholder(cli: Cli, write: Write) -> None:
    write("docs/specs/s.md", "## Why\n\nT\u200bB\u2060D\n")
    result = cli("check", "--format", "json")
    [why] = [f for f in result.json["findings"] if f["rule"] == "why-section"]
    assert why["detail"] == (
        "the “Why” section has no real content; it needs at least 8 words: “TBD” is a placeholder"
    )


SLOT_AND_CONTRADICTION = [
    # (the sign-off as written, the front matter, what the finding says)
    (
        "- [x] Accessibility review signed off by @<reviewer's handle>",
        "",
        "“@<reviewer's handle>” is the template's slot: replace it with the reviewer's @handle",
    ),
    (
        "- [ ] Accessibility review signed off by @<reviewer's handle>",
        "accessibility_signoff:\n  reviewer: maria\n",
        "accessibility_signoff.reviewer is “maria”, not a @handle: write “@maria”",
    ),
    (
        "- [ ] Accessibility review signed off by @maria-a11y",
        "accessibility_signoff:\n  reviewer: '@maria-a11y'\n",
        "accessibility_signoff.reviewer says @maria-a11y signed off, but the box “Accessibility "
        "review signed off by @maria-a11y” is not ticked",
    ),
]


@pytest.mark.parametrize(("box", "front", "said"), SLOT_AND_CONTRADICTION)
def test_every_rejected_signoff_says_what_was_read(
    cli: Cli, write: Write, box: str, front: str, said: str
) -> None:
    write("s.md", spec(box, f"{OWNER}\n{front}".rstrip("\n")))
    [found] = [
        f
        for f in cli("check", "--kind", "spec", "--format", "json", "s.md").json["findings"]
        if f["rule"] == "a11y-signoff"
    ]
    assert said in found["detail"]


@pytest.mark.parametrize(
    ("text", "written", "days"),
    [
        ("on 15 December", "15 December", [date(2026, 12, 15)]),  # this year's
        ("on Dec 15", "Dec 15", [date(2026, 12, 15)]),
        ("on the 5th of January, 2027", "5th of January, 2027", [date(2027, 1, 5)]),
        ("(2027.01.05)", "2027.01.05", [date(2027, 1, 5)]),
        ("signed 3 may", None, None),  # "may" without a year is no date
        ("on 2 March", "2 March", [date(2026, 3, 2)]),  # past this year
        ("02/01/2027", "02/01/2027", [date(2027, 1, 2), date(2027, 2, 1)]),
        # As Japanese, Chinese and Korean write them, the era year and yearless too
        ("（2026年12月20日）", "2026年12月20日", [date(2026, 12, 20)]),
        ("2026년 12월 20일 승인", "2026년 12월 20일", [date(2026, 12, 20)]),
        ("令和8年12月20日", "令和8年12月20日", [date(2026, 12, 20)]),
        ("12月20日に承認", "12月20日", [date(2026, 12, 20)]),
        ("2027 年 1 月 5 号", "2027 年 1 月 5 号", [date(2027, 1, 5)]),
    ],
)
def test_a_sign_offs_date_as_written(
    text: str, written: str | None, days: list[date] | None
) -> None:
    found = list(signoffs.dates_in(text, 2026))
    assert found == ([(written, days)] if written else [])


ZH_SPEC = """\
---
owner: "@zhang-min"
---

# 订单导出

## 为什么

财务同事每月手工复制 400 条订单到表格，要花两天，而且经常漏掉退款。

## 无障碍与包容性评审

- 数字素养较低的用户：导出只有一个按钮，五位财务同事第一次用就成功了。
- 残障用户：按钮可以用键盘操作，读屏软件能读出"导出订单"。
- 网络较慢：导出在后台生成，完成后发邮件，页面只有 20 KB。

{box}
"""


@pytest.mark.parametrize(
    ("box", "said"),
    [
        ("- [x] 无障碍评审：@zhao-qian 已批准（2025年11月20日）", None),
        (
            "- [x] 无障碍评审：@zhao-qian 已批准（2999年12月20日）",
            "the sign-off is dated 2999年12月20日, after today: it has not happened yet",
        ),
        (
            "- [x] Accessibility review: 待 @zhao-qian 审核",
            "the sign-off is still to come (“Accessibility review: 待 @zhao-qian 审核”): it "
            "counts once the review is done and says so",
        ),
    ],
)
def test_a_chinese_sign_off_to_come_or_done(
    cli: Cli, write: Write, box: str, said: str | None
) -> None:
    write("s.md", ZH_SPEC.format(box=box))
    run = cli("check", "--kind", "spec", "--format", "json", "s.md")
    found = [f["detail"] for f in run.json["findings"] if f["rule"] == "a11y-signoff"]
    assert found == ([said] if said else [])
