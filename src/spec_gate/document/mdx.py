"""MDX read as the Markdown it holds (Docusaurus, Astro, Next.js and Storybook pages).

MDX 2 refuses HTML comments: its authors comment with JSX, ``{/* ... */}``, and templates
leave their prompts that way ("{/* _Primary use cases for this component._ */}"). A prompt read
as prose would count as the author's words, so each JSX comment becomes the HTML comment it
stands for: not prose, kept with the document's comments, and a waiver when it is one
(``{/* spec-gate: waive why-section reason="..." until=2026-12-31 */}``). Its ``import`` and
``export`` blocks are code, not prose. Code (fenced, or a code span) is left as written, and
every line stays where it was.
"""

from __future__ import annotations

from spec_gate.patterns import LaterRe

_OPEN, _CLOSE = "{/*", "*/}"
_FENCE = LaterRe(r" {0,3}(`{3,}|~{3,})")
_ESM = LaterRe(r"(?:import|export)[\s{*]")


def as_markdown(text: str) -> str:
    """``text`` (MDX) with its JSX comments as HTML comments and its import and export blocks
    blanked; the same lines, in the same places."""
    if _OPEN not in text and "import" not in text and "export" not in text:
        return text
    lines = text.split("\n")
    fence = ""  # the open fence's marker, while inside one
    in_comment = False
    in_esm = False
    for index, line in enumerate(lines):
        if fence:
            if line.lstrip(" ").startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if in_esm:
            if line.strip():
                lines[index] = ""
                continue
            in_esm = False
        if not in_comment:
            opened = _FENCE.match(line)
            if opened is not None:
                fence = opened.group(1)
                continue
            if _ESM.match(line) and (index == 0 or not lines[index - 1].strip()):
                lines[index] = ""
                in_esm = True
                continue
        lines[index], in_comment = _comments(line, in_comment)
    return "\n".join(lines)


def _comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """One line with its JSX comment marks as HTML's; whether a comment is still open after."""
    out: list[str] = []
    position = 0
    while True:
        if in_comment:
            end = line.find(_CLOSE, position)
            if end < 0:
                out.append(line[position:])
                return "".join(out), True
            out += [line[position:end], "-->"]
            position = end + len(_CLOSE)
            in_comment = False
        start = line.find(_OPEN, position)
        if start < 0 or line.count("`", 0, start) % 2:
            out.append(line[position:])  # none left, or inside a code span: shown, not said
            return "".join(out), False
        out += [line[position:start], "<!--"]
        position = start + len(_OPEN)
        in_comment = True
