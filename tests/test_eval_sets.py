"""The labelled sets of eval/: every label one agreement can count, every real document traceable.

A set a helper writes by hand is easy to get subtly wrong: a label spelt "Pass" or "fails"
would silently drop out of eval/agreement.py's figures, and a document with no commit or no
line in eval/SOURCES.md could never be fetched again or credited.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
LABEL_FILES = sorted(
    [
        *EVAL.glob("labels/*.json"),
        *EVAL.glob("heldout/*.json"),
        *EVAL.glob("theater/labels-*.json"),
        *EVAL.glob("*/labels.json"),
    ]
)
# The fields eval/agreement.py counts (FIELDS there), and what a reader may say of each.
FIELDS = {
    "impact_narrative",
    "action_items",
    "action_owners",
    "action_tracked",
    "blameless",
    "why_section",
    "who_affected",
    "a11y_review",
    "a11y_perspectives",
    "a11y_signoff",
    "handoff_open_work",
    "handoff_state_check",
    "handoff_load",
    "no_guilt_trip",
}
VERDICTS = {"pass", "fail", "borderline", "n/a"}
COMMIT = re.compile(r"[0-9a-f]{40}")


def _entries(path: Path) -> list[tuple[str, dict[str, object]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: a mapping of document -> labels"
    return list(data.items())


def test_every_set_is_found() -> None:
    assert len(LABEL_FILES) >= 20
    assert EVAL / "heldout" / "heldout-postmortems-4.json" in LABEL_FILES


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: str(p.relative_to(EVAL)))
def test_every_label_is_one_a_reader_can_give(path: Path) -> None:
    for key, entry in _entries(path):
        labels = {name: entry[name] for name in FIELDS if name in entry}
        assert labels, f"{key}: no label agreement could count"
        wrong = {name: value for name, value in labels.items() if value not in VERDICTS}
        assert not wrong, f"{key}: {wrong} (a label is one of {sorted(VERDICTS)})"
        assert entry.get("note") or entry.get("reason"), f"{key}: every label has its reason"


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: str(p.relative_to(EVAL)))
def test_every_real_document_can_be_fetched_and_credited(path: Path) -> None:
    sources = (EVAL / "SOURCES.md").read_text(encoding="utf-8").lower()
    for key, entry in _entries(path):
        if "repo" not in entry:
            continue  # written for the set, and kept in the repository
        repo = str(entry["repo"])
        commit = str(entry.get("commit", ""))
        # A commit may be unknown ("") only where no copy of the repository could be had.
        assert commit == "" or COMMIT.fullmatch(commit), f"{key}: commit {commit!r}"
        assert entry.get("path"), f"{key}: the document's path in {repo}"
        assert entry.get("licence"), f"{key}: a licence, or 'unknown'"
        assert f"github.com/{repo.lower()}" in sources, f"{key}: {repo} is not in SOURCES.md"
