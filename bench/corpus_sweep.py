"""Run the built-in rule sets over ../shared/corpus and count what fires, per kind and rule.

    python bench/corpus_sweep.py [CORPUS]            # table of documents failing each rule
    python bench/corpus_sweep.py CORPUS --show RULE  # the documents one rule fires on
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from spec_gate.discover import read
from spec_gate.engine import Engine, Source
from spec_gate.ruleset import load_policy

TEMPLATES = ("0000-template.md", "NNNN-kep-template", "README.md")
LICENCES = ("license", "licence", "notice", "copying")


def corpus_documents(corpus: Path) -> dict[str, list[Path]]:
    def markdown(folder: Path) -> list[Path]:
        return sorted(
            p for p in folder.rglob("*.md")
            if not p.name.lower().startswith(LICENCES)
            and not any(t in p.parts or p.name == t for t in TEMPLATES[:2])
            and not (p.name == "README.md" and p.parent.name in ("keps", "oteps", "rfcs"))
        )
    return {
        "spec": markdown(corpus / "specs"),
        "postmortem": markdown(corpus / "postmortems"),
        "pr": markdown(corpus / "pr-bodies"),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="../shared/corpus")
    parser.add_argument("--show", metavar="RULE")
    args = parser.parse_args()
    engine = Engine(load_policy(None))
    for kind, files in corpus_documents(Path(args.corpus)).items():
        failing: collections.Counter[str] = collections.Counter()
        shown = []
        for file in files:
            result = engine.check(Source(str(file), read(file, str(file)), None, kind))
            assert result is not None
            rules = {f.rule for f in result.findings}
            failing.update(rules)
            if args.show in rules:
                shown.extend(f for f in result.findings if f.rule == args.show)
        print(f"{kind}: {len(files)} documents")
        for rule, count in sorted(failing.items()):
            print(f"  {rule:22} fires on {count:5} ({100 * count / len(files):.0f}%)")
        for finding in shown:
            print(f"    {finding.path}:{finding.line} {finding.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
