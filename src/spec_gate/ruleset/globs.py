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
