"""Path globs as users write them in ``.spec-gate.yml``: ``**``, ``*``, ``?``, ``[abc]``, ``{a,b}``.

Paths are matched relative to the repository root with ``/`` separators. Matching is
case-sensitive, like the file systems it describes.
"""

from __future__ import annotations

import re
from functools import lru_cache


class GlobError(ValueError):
    pass


@lru_cache(maxsize=1024)
def compile_glob(glob: str) -> re.Pattern[str]:
    """Translate ``glob`` to a regular expression; a malformed glob raises GlobError."""
    if not glob.strip():
        raise GlobError("a glob cannot be empty")
    if glob.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", glob):
        raise GlobError(f"glob {glob!r} must be relative to the repository root")
    parts = glob.removeprefix("./").split("/")
    if ".." in parts:
        raise GlobError(f"glob {glob!r} must not leave the repository (..)")
    # DOTALL: a file name may hold a newline (git allows it), and "**" must match it too
    return re.compile(_translate(glob.removeprefix("./"), glob) + r"\Z", re.DOTALL)


def _translate(glob: str, original: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(glob):
        char = glob[i]
        if glob.startswith("**/", i):
            out.append(r"(?:[^/]*/)*")
            i += 3
            continue
        if glob.startswith("**", i):
            out.append(r".*")
            i += 2
            continue
        if char == "*":
            out.append(r"[^/]*")
        elif char == "?":
            out.append(r"[^/]")
        elif char == "[":
            end = glob.find("]", i + 2 if glob[i + 1 : i + 2] in ("!", "]") else i + 1)
            if end == -1:
                raise GlobError(f"glob {original!r} has an unclosed [")
            body = glob[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end
        elif char == "{":
            end = glob.find("}", i)
            if end == -1:
                raise GlobError(f"glob {original!r} has an unclosed {{")
            options = glob[i + 1 : end].split(",")
            out.append("(?:" + "|".join(_translate(o, original) for o in options) + ")")
            i = end
        elif char in "]}":
            raise GlobError(f"glob {original!r} has an unmatched {char}")
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def hidden_folders(glob: str) -> tuple[str, ...]:
    """The hidden folders ``glob`` names, each by a path segment written with a leading dot
    (``.rfcs/*.md``: ``.rfcs``; ``docs/*/.drafts/**/*.md``: ``docs/*/.drafts``; either of
    ``{.rfcs,rfcs}/*.md``), as globs of folders from the root. A folder walk skips hidden
    folders but these: one a glob names on purpose. A segment a wildcard matches (``*/``)
    names none."""
    found: list[str] = []
    for each in _expanded(glob.removeprefix("./")):
        parts = each.split("/")
        for index, part in enumerate(parts[:-1]):  # the last is the file's name
            if part.startswith(".") and part not in (".", ".."):
                folder = "/".join(parts[: index + 1])
                try:
                    compile_glob(folder)
                except GlobError:  # cut inside a [...] that holds a "/": no folder named
                    continue
                found.append(folder)
    return tuple(dict.fromkeys(found))


def _expanded(glob: str) -> list[str]:
    """``glob`` with each ``{a,b}`` written out as its alternatives (as ``_translate`` reads
    them: up to the first ``}``)."""
    start = glob.find("{")
    end = glob.find("}", start)
    if start == -1 or end == -1:
        return [glob]
    head, tail = glob[:start], glob[end + 1 :]
    options = glob[start + 1 : end].split(",")
    return [each for option in options for each in _expanded(head + option + tail)]
