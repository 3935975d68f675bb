"""Rewrite README's table of check types from the check registry: python scripts/checks_table.py

The table sits between its markers (``spec_gate.checkdocs.START`` and ``END``); the rest of
README is left as it is. Edit a check's docstrings, not the table: tests/test_readme_checks.py
fails while README's copy differs from the generated one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from spec_gate.checkdocs import rewrite

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    updated = rewrite(text)
    if updated == text:
        print(f"{README.name}: the table of check types is up to date")
        return 0
    README.write_text(updated, encoding="utf-8")
    print(f"{README.name}: the table of check types rewritten from the check registry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
