"""Mutate real documents and check each one as every kind: any exception but SpecGateError is a
crash a user would meet as "internal error".

    python scripts/fuzz.py ../shared/corpus eval --seconds 600 --seed 7 --out /tmp/crashes

Each mutation is a few random edits of a real document (Markdown and list markers, headings,
tables, comments, stray scripts and control characters inserted; spans cut, duplicated or
shuffled line by line). One crash per distinct (exception, place) is saved to ``--out`` with
the document that raised it, for a test. It runs in this process against the installed
``spec_gate`` (an editable install: the source you are editing).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from datetime import date
from pathlib import Path

from spec_gate.engine import Engine, Source
from spec_gate.errors import SpecGateError
from spec_gate.ruleset.load import load_policy

KINDS = ("spec", "postmortem", "pr", "ticket", "handoff")
SNIPPETS = (
    *("\n", "**", "*", "_", "`", "```", "~~~", "#", "# ", "## Impact\n", "## Why\n", "- [x] "),
    *("- [ ] ", "|", "| a | b |\n|---|---|\n", "<!--", "-->", "[", "](", ")", "\t", "\r"),
    *("\r\n", "\u200b", "\ufeff", "ユーザー", "用户", "😀", "\x00", "1. ", "> ", "---\n", "@"),
    *("#12", "https://", ":", "—", "«", "»", "\u202e", "é", "İ", "ß", "\\", "<details>"),
    *("</details>", "$$", "[^1]", "[^1]: x\n", "    ", "Owner:", "**Why:**", "Action items\n"),
    *("2024-01-01 10:00 ", "300 users could not log in for 2 hours. ", "How are you? "),
)


def mutate(text: str, rnd: random.Random) -> str:
    for _ in range(rnd.randint(1, 12)):
        roll, at = rnd.random(), rnd.randint(0, len(text))
        if roll < 0.5:
            text = text[:at] + rnd.choice(SNIPPETS) + text[at:]
        elif roll < 0.7:
            text = text[:at] + text[at + rnd.randint(1, 200) :]
        elif roll < 0.8:
            text = text[:at]
        elif roll < 0.9:
            lines = text.split("\n")
            rnd.shuffle(lines)
            text = "\n".join(lines)
        else:
            start = rnd.randint(0, len(text))
            text = text[:at] + text[start : start + rnd.randint(1, 300)] + text[at:]
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of Markdown documents")
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"))
    args = parser.parse_args()
    files = sorted(p for folder in args.folders for p in folder.rglob("*.md"))
    if not files:
        print("fuzz: no Markdown documents in those folders", file=sys.stderr)
        return 2
    engine = Engine(load_policy(None, root=Path.cwd()), today=date.today())
    rnd = random.Random(args.seed)
    seen: set[tuple[str, str]] = set()
    checked = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        original = rnd.choice(files)
        text = mutate(original.read_text(encoding="utf-8", errors="replace"), rnd)
        kind = rnd.choice(KINDS)
        checked += 1
        try:
            engine.check(Source(original.name, text, None, kind))
        except SpecGateError:
            pass  # a user's error, said in one line: what should happen
        except Exception as error:  # every other exception is the finding
            stack = traceback.format_exc().strip().splitlines()
            place = stack[-3] if len(stack) > 3 else ""
            if (type(error).__name__, place) in seen:
                continue
            seen.add((type(error).__name__, place))
            args.out.mkdir(parents=True, exist_ok=True)
            saved = args.out / f"crash-{len(seen)}-{kind}.md"
            saved.write_text(text, encoding="utf-8")
            print(f"crash ({kind}, from {original}): saved {saved}", *stack[-6:], sep="\n  ")
    print(f"fuzz: {checked} mutated documents checked, {len(seen)} distinct crashes")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
