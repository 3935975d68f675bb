"""reStructuredText read as the Markdown it would be (PEPs, Open edX proposals, Sphinx sites).

Only what the checks read is translated; every line stays where it was, so a finding's line
is the file's:

- a section title, underlined (and perhaps overlined) with a repeated punctuation character,
  becomes a heading; its level is the order in which its adornment style first appears, as
  reStructuredText decides it;
- a comment (``.. text``, and the indented lines under it) becomes an HTML comment: not
  prose, and a waiver when it is one (``.. spec-gate: waive why-section reason="..."``);
- a literal block (after ``::``) and a ``code-block`` directive are fenced code;
- any other directive's own line and options are markup, its content prose (dedented, so an
  indentation is not read as code); link targets and substitutions are markup, a footnote's
  text prose;
- ``::`` closing a paragraph is the colon it shows.

Inline markup is left as it is: ````code```` is a code span in Markdown too.
"""

from __future__ import annotations

import unicodedata

from spec_gate.patterns import LaterRe

_ADORNMENT = LaterRe(r"([!-/:-@\[-`{-~])\1{2,}\s*")  # "=====", "-----", "~~~~~"
_EXPLICIT = LaterRe(r"\.\.(?:\s|$)")
_DIRECTIVE = LaterRe(r"\.\.\s+([\w:.+-]+)::")
_MARKUP = LaterRe(r"\.\.\s+(?:_[^:]*:|\|[^|]+\||\[[^\]]+\])")  # targets, substitutions, notes
_CODE_DIRECTIVES = frozenset({"code", "code-block", "sourcecode", "literalinclude", "math"})
_FENCE = "````"  # four: a three-backtick fence written inside the code still reads as code


def as_markdown(text: str) -> str:
    """``text`` (reStructuredText) as Markdown: the same lines, in the same places."""
    lines = text.split("\n")
    _titles(lines)
    _explicit_blocks(lines)
    return "\n".join(lines)


def _titles(lines: list[str]) -> None:
    """Each section title as an ATX heading, its adornment lines blanked."""
    styles: list[tuple[str, bool]] = []  # (character, overlined), in order of first use
    index = 0
    while index + 1 < len(lines):
        title, under = lines[index], lines[index + 1]
        adornment = _ADORNMENT.fullmatch(under)
        if adornment is None or not _title_text(title) or len(under.rstrip()) < _width(title):
            index += 1
            continue
        over = index > 0 and lines[index - 1].rstrip() == under.rstrip()
        if not over and (title[:1].isspace() or (index > 0 and lines[index - 1].strip())):
            # indented, or a paragraph's last line: no title (one stands after a blank line)
            index += 1
            continue
        style = (adornment.group(1), over)
        if style not in styles:
            styles.append(style)
        level = min(styles.index(style) + 1, 6)
        lines[index] = f"{'#' * level} {title.strip()}"
        lines[index + 1] = ""
        if over:
            lines[index - 1] = ""
        index += 2


def _title_text(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and _ADORNMENT.fullmatch(stripped) is None
        and _EXPLICIT.match(stripped) is None
    )


def _width(title: str) -> int:
    """How long an underline must be: as long as the title (a wide character counts two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in title.strip())


def _explicit_blocks(lines: list[str]) -> None:
    """Comments, directives and literal blocks, each with the indented lines under it."""
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        directive = _DIRECTIVE.match(stripped)
        if directive is not None:
            end = _block_end(lines, index, indent)
            lines[index] = ""
            body = _options_end(lines, index + 1, end)
            if directive.group(1).lower() in _CODE_DIRECTIVES:
                _fence(lines, body, end)
            else:
                _dedent(lines, body, end)
            index = end
        elif _EXPLICIT.match(stripped):
            end = _block_end(lines, index, indent)
            markup = _MARKUP.match(stripped)
            if markup is None:
                _comment(lines, index, end)
            elif stripped[markup.end() - 1] == "]":  # a footnote's or citation's text: prose
                lines[index] = stripped[markup.end() :].strip()
                _dedent(lines, index + 1, end)
            else:  # a link target or a substitution: markup
                lines[index:end] = [""] * (end - index)
            index = end
        elif stripped.endswith("::") and not stripped.startswith(".."):
            end = _block_end(lines, index, indent)
            said = line[:-2]
            lines[index] = said + ":" if said.strip() and not said.endswith(" ") else said.rstrip()
            _fence(lines, index + 1, end)
            index = end
        else:
            index += 1


def _dedent(lines: list[str], start: int, end: int) -> None:
    """Lines ``start`` to ``end`` as prose: no indentation for Markdown to read as code."""
    for index in range(start, end):
        lines[index] = lines[index].strip()


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The line after the block opened at ``start``: its indented lines, blank ones between."""
    last = start
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.strip():
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = index
    return last + 1


def _options_end(lines: list[str], start: int, end: int) -> int:
    """Blank a directive's options (":linenos:", ":alt: ..."); where its content begins."""
    index = start
    while index < end and lines[index].strip().startswith(":"):
        lines[index] = ""
        index += 1
    return index


def _fence(lines: list[str], start: int, end: int) -> None:
    """Lines ``start`` to ``end`` as fenced code, opened on a blank line before the code and
    closed on the blank line after it (a file's end closes it too); left as they are when
    there is no room for a fence without moving a line."""
    opening = next((i for i in range(start, end) if not lines[i].strip()), None)
    if opening is None or not any(lines[i].strip() for i in range(opening, end)):
        return
    if end < len(lines) and lines[end].strip():
        return
    lines[opening] = _FENCE
    if end < len(lines):
        lines[end] = _FENCE
    else:
        lines.append(_FENCE)


def _comment(lines: list[str], start: int, end: int) -> None:
    said = lines[start].lstrip()[2:].strip()
    lines[start] = "<!-- " + said.replace("-->", "- ->")
    for index in range(start + 1, end):
        lines[index] = lines[index].strip().replace("-->", "- ->")
    lines[end - 1] += " -->"
