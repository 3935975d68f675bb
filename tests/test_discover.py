"""The documents a folder holds, found as Paths would find them: their order and their names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from spec_gate import discover
from spec_gate.discover import policy_for
from spec_gate.vocabulary import Kind
from tests.conftest import Run


def test_a_folders_files_come_in_the_order_of_their_paths_parts(tmp_path: Path) -> None:
    # As strings "docs/a-c.md" sorts before "docs/a/b.md" ("-" < "/"); as paths, after.
    for name in ("docs/a/b.md", "docs/a-c.md", "docs/A.md", "docs/a/b/c.md", "docs/ab.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# x\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    policy = policy_for(None, [], tmp_path)
    expected = sorted((tmp_path / "docs").rglob("*.md"))
    for named, shown in (("docs", "docs/"), ("./docs/", "docs/"), (str(tmp_path / "docs"), "")):
        found = discover.sources([named], policy, None, tmp_path)
        assert [s.file for s in found] == expected
        prefix = shown or f"{tmp_path}/docs/"
        assert [s.path for s in found] == [
            prefix + str(p.relative_to(tmp_path / "docs")) for p in expected
        ]
        assert [s.relative for s in found] == [p.relative_to(tmp_path).as_posix() for p in expected]
    inside = discover.sources(["."], policy, None, tmp_path / "docs")
    assert [s.path for s in inside] == [str(p.relative_to(tmp_path / "docs")) for p in expected]


def test_a_symlink_loop_is_no_crash_and_only_its_own_file_fails(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    write(".spec-gate.yml", 'documents:\n  - kind: postmortem\n    paths: ["**/*.md"]\n')
    write("postmortems/good.md", "# Outage\n")
    folder = write("vendor/.keep", "").parent
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    for named in ((), ("postmortems",), ("postmortems/good.md",)):
        checked = cli("check", "--no-cache", "--format", "json", *named)
        assert checked.code in (1, 2), checked.err
        assert "internal error" not in checked.err
        assert "postmortems/good.md" in [d["path"] for d in checked.json["documents"]]
    whole = cli("check", "--no-cache", "--format", "json")
    assert whole.err.count("vendor/") == 2  # each looping file said, in one line
    assert whole.code == 2


def test_a_hidden_folder_the_configs_globs_name_is_walked_and_no_other(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    write(
        ".spec-gate.yml",
        'documents:\n  - kind: spec\n    paths: [".rfcs/*.md", "docs/**/*.md"]\n',
    )
    for name in (
        ".rfcs/0001-dark-mode.md",
        "docs/a.md",
        "docs/.drafts/b.md",  # docs/**/*.md names no hidden folder
        ".github/pull_request_template.md",
        ".git/c.md",
    ):
        write(name, "# Dark mode\n\nWe should do dark mode.\n")
    policy = policy_for(None, [], Path.cwd())
    found = [s.path for s in discover.sources([], policy, None, Path.cwd())]
    assert found == [".rfcs/0001-dark-mode.md", "docs/a.md"]
    # A folder named as a path walks it too: `check .` finds what `check` finds.
    walked = [s.path for s in discover.sources(["."], policy, None, Path.cwd())]
    assert walked == [".rfcs/0001-dark-mode.md", "docs/a.md"]
    # ...and so do `check` and `report` with no path, as with the file named alone.
    checked = cli("check", "--format", "json")
    assert [d["path"] for d in checked.json["documents"]] == found
    assert cli("check", "--format", "json", ".rfcs/0001-dark-mode.md").code == checked.code == 1
    report = cli("report", "--format", "json").json
    assert report["points"][0]["kinds"]["spec"]["documents"] == 2


def test_git_s_own_folder_is_never_walked_even_when_a_glob_names_it(
    write: Callable[[str, str], Path],
) -> None:
    write(".spec-gate.yml", 'documents:\n  - kind: spec\n    paths: [".git/**/*.md"]\n')
    write(".git/description.md", "# Dark mode\n")
    policy = policy_for(None, [], Path.cwd())
    assert discover.sources([], policy, None, Path.cwd()) == []


def test_a_template_one_entry_excludes_is_not_taken_by_a_later_wider_glob(
    write: Callable[[str, str], Path],
) -> None:
    """A team with a second language's folder: its template, left out by its own entry, is
    not checked as a spec by the wider entry after it, whether the folder is named or not."""
    write(
        ".spec-gate.yml",
        "documents:\n"
        "  - kind: spec\n"
        '    paths: ["docs/specs/es/**/*.md"]\n'
        '    exclude: ["docs/specs/es/TEMPLATE.md"]\n'
        "  - kind: spec\n"
        '    paths: ["docs/specs/**/*.md"]\n',
    )
    write("docs/specs/es/TEMPLATE.md", "# <Título>\n")
    write("docs/specs/es/pagos.md", "# Pagos\n")
    write("docs/specs/modo-escuro.md", "# Modo escuro\n")
    policy = policy_for(None, [], Path.cwd())
    walked = [s.relative for s in discover.sources([], policy, None, Path.cwd())]
    named = [s.relative for s in discover.sources(["docs"], policy, None, Path.cwd())]
    assert walked == named == ["docs/specs/es/pagos.md", "docs/specs/modo-escuro.md"]
    # a kind forced on the folder does not bring the template back: it is left out on purpose
    forced = [s.relative for s in discover.sources(["docs"], policy, Kind.SPEC, Path.cwd())]
    assert forced == walked
    # named on its own, it is checked as the kind forced
    alone = discover.sources(["docs/specs/es/TEMPLATE.md"], policy, Kind.SPEC, Path.cwd())
    assert [s.relative for s in alone] == ["docs/specs/es/TEMPLATE.md"]


UNMATCHED = [
    (
        "a misspelt folder",
        'documents:\n  - kind: spec\n    paths: ["doc/specs/**/*.md"]\n',
        ["docs/specs/a.md"],
        [".spec-gate.yml:3: glob 'doc/specs/**/*.md'"],
    ),
    (
        "one glob of a list, at its own line",
        "documents:\n  - kind: spec\n    paths:\n      - docs/specs/*.md\n      - docs/rfc/*.md\n"
        "  - kind: postmortem\n    paths: [postmortems/*.md]\n",
        ["docs/specs/a.md", "postmortems/p.md"],
        [".spec-gate.yml:5: glob 'docs/rfc/*.md'"],
    ),
    (
        "a new repository: only the template, which the entry excludes",
        'documents:\n  - kind: spec\n    paths: ["docs/specs/*.md"]\n'
        '    exclude: ["docs/specs/TEMPLATE.md"]\n',
        ["docs/specs/TEMPLATE.md"],
        [],
    ),
    (
        "files only in a hidden folder no glob names",
        'documents:\n  - kind: spec\n    paths: ["docs/**/*.md"]\n',
        ["docs/.drafts/a.md"],
        [".spec-gate.yml:3: glob 'docs/**/*.md'"],
    ),
    (
        "a file of a kind an earlier entry takes: the glob still found it",
        'documents:\n  - kind: spec\n    paths: ["docs/**/*.md"]\n'
        '  - kind: postmortem\n    paths: ["docs/incidents/*.md"]\n',
        ["docs/incidents/i.md"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "config", "files", "said"), UNMATCHED, ids=[c[0] for c in UNMATCHED]
)
def test_a_glob_that_matches_no_file_is_said_with_its_line(
    write: Callable[[str, str], Path], name: str, config: str, files: list[str], said: list[str]
) -> None:
    write(".spec-gate.yml", config)
    for file in files:
        write(file, "# Spec\n")
    policy = policy_for(None, [], Path.cwd())
    unmatched = discover.configured(policy, None, Path.cwd()).unmatched
    assert [f"{where}: {what}" for where, what in unmatched] == [
        f"{start} matches no .md, .markdown, .mdx or .rst file: nothing under it is checked "
        "(a typo?)"
        for start in said
    ]


def test_a_run_of_the_whole_policy_warns_of_a_glob_that_found_nothing_and_still_passes(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    """A new repository with no specs yet passes; a run that names its files is not told
    of globs it did not ask about (a pre-commit hook's)."""
    write(".spec-gate.yml", 'documents:\n  - kind: spec\n    paths: ["docs/specs/*.md"]\n')
    warning = (
        "spec-gate: warning: .spec-gate.yml:3: glob 'docs/specs/*.md' matches no .md, "
        ".markdown, .mdx or .rst file: nothing under it is checked (a typo?)\n"
    )
    checked = cli("check")
    assert (checked.code, checked.err) == (0, warning)
    assert "0 documents checked" in checked.out
    assert cli("report").err == warning
    write("notes/a.md", "# Spec\n\n## Why\nRiders lose their basket in every tunnel on the line.\n")
    named = cli("check", "--kind", "spec", "notes/a.md")
    assert "warning" not in named.err
    assert "glob" not in cli("check", "--kind", "spec", "notes").err
    assert "glob" not in cli("report", "notes").err


MDX_SPEC = """
# Toggle switch

## Motivation

{/* _Why is this needed? Who hits the problem?_ */}
"""


def test_mdx_pages_are_checked_where_the_configs_globs_name_them(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    write(".spec-gate.yml", 'documents:\n  - kind: spec\n    paths: ["docs/**/*.mdx"]\n')
    write("docs/switch.mdx", MDX_SPEC)
    write("docs/notes.md", "# Notes\n")  # not named by the globs: not a document
    checked = cli("check", "--format", "json")
    assert [d["path"] for d in checked.json["documents"]] == ["docs/switch.mdx"]
    why = [f for f in checked.json["findings"] if f["rule"] == "why-section"]
    assert why, "the template's prompt, a JSX comment, is no Why"
    assert checked.code == 1
    # A folder given as a path holds its Markdown files, as DESIGN says: "every *.md below it".
    folder = cli("check", "--kind", "spec", "--format", "json", "docs").json
    assert [d["path"] for d in folder["documents"]] == ["docs/notes.md"]


RST_SPEC = """\
Ride passes on the phone
========================

Motivation
----------

.. Why is this needed? Who hits the problem?
"""


def test_rst_proposals_are_checked_where_the_configs_globs_name_them(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    write(".spec-gate.yml", 'documents:\n  - kind: spec\n    paths: ["oeps/**/*.rst"]\n')
    write("oeps/oep-0064.rst", RST_SPEC)
    checked = cli("check", "--format", "json")
    assert [d["path"] for d in checked.json["documents"]] == ["oeps/oep-0064.rst"]
    why = [f for f in checked.json["findings"] if f["rule"] == "why-section"]
    assert [f["line"] for f in why] == [4], "the prompt, an RST comment, is no Why"
    until = (date.today() + timedelta(days=30)).isoformat()
    waiver = f'.. spec-gate: waive why-section reason="proposal in progress" until={until}'
    write("oeps/oep-0064.rst", RST_SPEC + "\n" + waiver + "\n")
    waived = cli("check", "--format", "json").json["findings"]
    assert [f.get("waived") is not None for f in waived if f["rule"] == "why-section"] == [True]


def test_a_waiver_in_an_mdx_page_is_written_as_a_jsx_comment(
    write: Callable[[str, str], Path], cli: Callable[..., Run]
) -> None:
    until = (date.today() + timedelta(days=30)).isoformat()
    waiver = f'{{/* spec-gate: waive why-section reason="explainer in progress" until={until} */}}'
    write("docs/switch.mdx", MDX_SPEC + "\n" + waiver + "\n")
    checked = cli("check", "--kind", "spec", "--format", "json", "docs/switch.mdx")
    why = [f for f in checked.json["findings"] if f["rule"] == "why-section"]
    assert why and all(f.get("waived") for f in why)
