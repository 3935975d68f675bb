"""Run the built-in rule sets over ../shared/corpus and count what fires, per kind and rule.

    python -m tests.corpus [CORPUS]               # documents failing each rule
    python -m tests.corpus [CORPUS] --show RULE   # where one rule fires, with its detail

tests/test_corpus.py pins the counts, so a change in what fires on real documents is seen.
"""

from __future__ import annotations

import argparse
import collections
import sys
from datetime import date
from pathlib import Path

from spec_gate import copies
from spec_gate.discover import read
from spec_gate.engine import Engine, Source
from spec_gate.findings import Finding
from spec_gate.ruleset.load import load_policy
from spec_gate.vocabulary import Kind

TEMPLATES = ("0000-template.md", "NNNN-kep-template", "README.md")
LICENCES = ("license", "licence", "notice", "copying")


def corpus_documents(corpus: Path) -> dict[str, list[Path]]:
    def markdown(folder: Path) -> list[Path]:
        return sorted(
            p
            for p in folder.rglob("*.md")
            if not p.name.lower().startswith(LICENCES)
            and not any(t in p.parts or p.name == t for t in TEMPLATES[:2])
            and not (p.name == "README.md" and p.parent.name in ("keps", "oteps", "rfcs"))
        )

    return {
        "spec": markdown(corpus / "specs"),
        "postmortem": markdown(corpus / "postmortems"),
        "pr": markdown(corpus / "pr-bodies"),
    }


def sweep(
    corpus: Path, show: str | None = None
) -> tuple[dict[str, dict[str, int]], dict[str, int], list[Finding]]:
    """Per kind: how many documents each rule fires on; documents per kind; findings of ``show``."""
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    counts: dict[str, dict[str, int]] = {}
    sizes: dict[str, int] = {}
    shown: list[Finding] = []
    for kind, files in corpus_documents(corpus).items():
        failing: collections.Counter[str] = collections.Counter()
        results = []
        for file in files:
            result = engine.check(Source(str(file), read(file, str(file)), None, Kind(kind)))
            assert result is not None
            results.append(result)
        for result in copies.flag(results, lambda paths: {}):  # no history here: path order
            failing.update({f.rule for f in result.findings})
            shown.extend(f for f in result.findings if f.rule == show)
        counts[kind] = dict(sorted(failing.items()))
        sizes[kind] = len(files)
    return counts, sizes, shown


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="../shared/corpus")
    parser.add_argument("--show", metavar="RULE")
    args = parser.parse_args()
    counts, sizes, shown = sweep(Path(args.corpus), args.show)
    for kind, rules in counts.items():
        print(f"{kind}: {sizes[kind]} documents")
        for rule, count in rules.items():
            print(f"  {rule:22} fires on {count:5} ({100 * count / sizes[kind]:.0f}%)")
    for finding in shown:
        print(f"  {finding.path}:{finding.line} {finding.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
