"""The labelled sets of eval/: every label one agreement can count, every real document traceable.

A set a helper writes by hand is easy to get subtly wrong: a label spelt "Pass" or "fails"
would silently drop out of eval/agreement.py's figures, and a document with no commit or no
line in eval/SOURCES.md could never be fetched again or credited.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
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


def _agreement_module() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location("agreement", EVAL / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("agreement", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_set_counts_in_exactly_one_column_of_the_pooled_table() -> None:
    """README's table pools sets by kind: a new set outside every pool would silently drop
    out of it, and one in two pools would be counted twice."""
    agreement = _agreement_module()
    names = [s.name for s in agreement.label_sets()]  # type: ignore[attr-defined]
    for name in names:
        pools = [heading for heading, member in agreement.POOLS if member(name)]  # type: ignore[attr-defined]
        assert len(pools) == 1, f"{name}: in {pools or 'no pool'}"
    assert {"dev", "heldout/theater-even", "heldout/handoffs"} <= set(names)


def test_the_pooled_table_adds_up_the_sets_of_a_kind() -> None:
    agreement = _agreement_module()
    tally = agreement.Tally  # type: ignore[attr-defined]
    figures = {
        "blind/specs-2": {"why-section": tally(3, ["a"], [])},
        "blind/specs-3": {"why-section": tally(1, [], ["b", "c"])},
        "heldout/heldout-specs-2": {"why-section": tally(2, [], [])},
        "dev": {"impact-narrative": tally(4, [], [])},
    }
    rows = agreement.pooled(figures).splitlines()  # type: ignore[attr-defined]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    why = [
        cell.strip() for cell in next(r for r in rows if "`why-section`" in r).strip("|").split("|")
    ]
    assert why[header.index("real specs, development")] == "57.1 (7: 1 / 2)"
    assert why[header.index("real specs, held out")] == "100.0 (2: 0 / 0)"
    assert why[header.index("real postmortems, development")] == ""
    assert not any("`action-items`" in r and "(" in r for r in rows)


def test_a_downloaded_copy_counts_only_as_the_version_labelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy restored from elsewhere (a later commit, a search index's text) may tell
    another story than the one its reader labelled: judged against that label, it would
    count a disagreement that is no one's. eval/checksums.json keeps each labelled version's
    SHA-256, and a copy that differs counts as absent."""
    agreement = _agreement_module()
    labelled = b"# Outage\n\nRiders could not pay for two hours.\n"
    (tmp_path / "documents").mkdir()
    copy = tmp_path / "documents" / "a.md"
    copy.write_bytes(labelled)
    sums = {"documents/a.md": hashlib.sha256(labelled).hexdigest()}
    (tmp_path / "checksums.json").write_text(json.dumps(sums), encoding="utf-8")
    monkeypatch.setattr(agreement, "HERE", tmp_path)
    agreement._checksums.cache_clear()  # type: ignore[attr-defined]
    try:
        assert agreement.as_labelled(copy)  # type: ignore[attr-defined]
        copy.write_bytes(labelled + b"\nA paragraph a later commit added.\n")
        assert not agreement.as_labelled(copy)  # type: ignore[attr-defined]
        unknown = tmp_path / "documents" / "b.md"  # no checksum kept: taken as it is
        unknown.write_bytes(labelled)
        assert agreement.as_labelled(unknown)  # type: ignore[attr-defined]
    finally:
        agreement._checksums.cache_clear()  # type: ignore[attr-defined]


def test_every_checksum_is_of_a_labelled_document() -> None:
    labelled = set()
    for folder, target in (("labels", "documents"), ("heldout", "heldout-documents")):
        for path in sorted((EVAL / folder).glob("*.json")):
            labelled |= {f"{target}/{key}" for key in json.loads(path.read_text("utf-8"))}
    sums = json.loads((EVAL / "checksums.json").read_text(encoding="utf-8"))
    assert set(sums) - labelled == set()
    assert all(re.fullmatch(r"[0-9a-f]{64}", value) for value in sums.values())
