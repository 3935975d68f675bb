"""How many Japanese and Chinese characters, and Korean syllables, carry what one English
word does, on the same sentences (parallel.yml): the ratios behind spec-gate's word counts.

    python eval/languages/ratio.py
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from spec_gate.document import content

IDEOGRAPHIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")


def main() -> None:
    pairs = yaml.safe_load((Path(__file__).parent / "parallel.yml").read_text(encoding="utf-8"))
    english = sum(content.words(p["en"]) for p in pairs)
    for language, script in (("ja", IDEOGRAPHIC), ("zh", IDEOGRAPHIC), ("ko", HANGUL)):
        characters = sum(len(script.findall(p[language])) for p in pairs)
        counted = sum(content.words(p[language]) for p in pairs)
        print(
            f"{language}: {characters} characters for {english} English words: "
            f"{characters / english:.2f} a word; counted as {counted} words "
            f"({counted / english:.0%} of the English count)"
        )


if __name__ == "__main__":
    main()
