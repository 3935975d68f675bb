"""``review: true``: line comments on the changed documents, one review at a time."""

from __future__ import annotations

import pytest

from spec_gate.github.review import diff_lines
from tests.github.conftest import GOOD_BODY, Action

SPEC = "# Checkout\n\n## Why\nTBD\n\n## Who is affected\nRiders on trains.\n"
ADDED = "@@ -0,0 +1,7 @@\n" + "".join(f"+{line}\n" for line in SPEC.splitlines())
TOUCHED = "@@ -5,3 +5,3 @@\n \n-## Who\n+## Who is affected\n Riders on trains.\n"


@pytest.mark.parametrize(
    ("patch", "lines"),
    [
        (ADDED, set(range(1, 8))),
        (TOUCHED, {5, 6, 7}),
        (
            "@@ -1,2 +1,1 @@\n-a\n-b\n+c\n@@ -10 +9,2 @@\n x\n+y\n\\ No newline at end of file\n",
            {1, 9, 10},
        ),
        (None, set()),
    ],
)
def test_diff_lines(patch: str | None, lines: set[int]) -> None:
    assert diff_lines(patch) == lines


def reviews(action: Action) -> list[str]:
    return [r["body"].split("\n")[0] for r in action.fake.reviews.get(2, [])]


def test_line_comments_where_the_diff_shows_the_line_file_comments_elsewhere(
    action: Action,
) -> None:
    action.inputs["review"] = "true"
    action.pr_body(GOOD_BODY)
    action.fake.files[2] = ["docs/specs/new.md", "docs/specs/old.md"]
    action.fake.patches = {"docs/specs/new.md": ADDED, "docs/specs/old.md": TOUCHED}
    action.write("docs/specs/new.md", SPEC)
    action.write("docs/specs/old.md", SPEC)
    assert action.run().code == 1
    [review] = action.fake.reviews[2]
    assert review["body"].startswith("<!-- spec-gate:review context=spec-gate findings=")
    placed = sorted((c["path"], c["line"], c["body"].split("`")[1]) for c in review["comments"])
    assert placed == [
        ("docs/specs/new.md", 1, "a11y-review"),
        ("docs/specs/new.md", 1, "a11y-signoff"),
        ("docs/specs/new.md", 3, "why-section"),
    ]
    [file_comment] = action.fake.review_comments[2]
    assert (file_comment["path"], file_comment["subject_type"]) == ("docs/specs/old.md", "file")
    assert file_comment["body"].count("`why-section` line 3") == 1
    assert file_comment["body"].count("`a11y-review` line 1") == 1


def test_an_unchanged_rerun_posts_no_review_and_a_fix_supersedes_it(action: Action) -> None:
    action.inputs["review"] = "true"
    action.pr_body(GOOD_BODY)
    action.fake.files[2] = ["docs/specs/new.md"]
    action.fake.patches = {"docs/specs/new.md": ADDED}
    action.write("docs/specs/new.md", SPEC)
    action.run()
    writes = len(action.fake.writes())
    action.run()
    assert len(action.fake.writes()) == writes + 1  # only the status
    assert len(action.fake.reviews[2]) == 1
    action.write(
        "docs/specs/new.md",
        SPEC.replace("TBD", "Riders lose their basket in tunnels and some are charged twice.")
        + "\n## Accessibility review\n- Low digital literacy: one plain button, tested with "
        "first-time shoppers.\n- Screen readers announce the retry.\n- Works offline on "
        "2G.\n\n- [x] Accessibility review signed off by @maria\n",
    )
    action.fake.patches = {"docs/specs/new.md": "@@ -0,0 +1,20 @@\n" + "+x\n" * 20}
    maria = {"login": "maria", "id": 7, "type": "User"}
    approval = {"id": 9, "state": "APPROVED", "body": "", "user": maria, "url": "https://x"}
    action.fake.reviews[2].append(approval)  # the sign-off counts once @maria approves
    assert action.run().code == 0
    assert reviews(action) == ["<!-- spec-gate:review context=spec-gate superseded -->", ""]
