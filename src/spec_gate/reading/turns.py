"""A chat pasted as text, read as its turns: who speaks, and what they say.

Teams paste their chats as they come out of the tool: a bold name over each message
(``**dana.k** 07:44``), an export's stamped lines (``[18/03/2024 07:40] Bia Santos: ...``,
``08:15 王哲:...``), an IRC log (``[09:04] <kestrel> ...``). A line that opens with a
speaker starts a turn; the lines after it, up to the next speaker, are the same turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spec_gate.patterns import LaterRe


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: str  # as written, lowercased, without "@"
    said: str
    line: int


def turns(paragraphs: Iterable[tuple[str, int]]) -> list[Turn]:
    """The turns of ``paragraphs`` (each text with its first line), in order. A paragraph
    with no speaker of its own continues the turn before it (the list under "ok, actual
    handoff:"); text before the first speaker belongs to no turn."""
    found: list[Turn] = []
    speaker = ""
    said: list[str] = []
    start = 0
    paragraphs = list(paragraphs)
    named = _names_that_alternate(line for text, _ in paragraphs for line in text.split("\n"))

    def close() -> None:
        if speaker and said:
            found.append(Turn(speaker, "\n".join(said).strip(), start))

    for text, first_line in paragraphs:
        for offset, line in enumerate(text.split("\n")):
            opened = speaker_of(line) or _named_speaker(line, named)
            if opened is None:
                if speaker:
                    said.append(line)
                continue
            close()
            speaker, rest = opened
            said = [rest] if rest.strip() else []
            start = first_line + offset
    close()
    return found


def without_speaker(line: str) -> str:
    """What ``line`` says, without the speaker (a name and a time) that opens it, if any."""
    spoken = speaker_of(line)
    return spoken[1] if spoken is not None else line


def _names_that_alternate(lines: Iterable[str]) -> frozenset[str]:
    """The names that open a transcript's lines with no time ("Étienne : Bon ben...",
    "Véro : Merci"): two or more names, each opening two lines or more. A form's labels
    ("Pages: 4", "Open: INC-4") each open one line, and are no one's name."""
    counts: dict[str, int] = {}
    for line in lines:
        found = _PLAIN_SPEAKER.match(line)
        if found is not None and not _NOT_A_NAME.search(found.group("name")):
            name = found.group("name").lower()
            counts[name] = counts.get(name, 0) + 1
    repeated = frozenset(name for name, seen in counts.items() if seen >= _TURNS_EACH)
    return repeated if len(repeated) >= _TURNS_EACH else frozenset()


def _named_speaker(line: str, named: frozenset[str]) -> tuple[str, str] | None:
    if not named:
        return None
    found = _PLAIN_SPEAKER.match(line)
    if found is None or found.group("name").lower() not in named:
        return None
    return found.group("name").lower(), line[found.end() :]


# "Étienne : Bon ben...", "ana: ok": a name of one or two words, a colon, then words.
_PLAIN_SPEAKER = LaterRe(
    r"^\s*(?P<name>[^\W\d_][\w'’.-]{0,20}(?: [^\W\d_][\w'’.-]{0,20})?)\s?[:：]\s+(?=\S)"
)
_TURNS_EACH = 2  # names that alternate, and turns each


def speaker_of(line: str) -> tuple[str, str] | None:
    """The speaker that opens ``line`` and what they say after it, if a speaker does."""
    for pattern in _SPEAKERS:
        found = pattern.match(line)
        if found is not None:
            name = found.group("name").strip().lstrip("@").lower()
            if name and not _NOT_A_NAME.search(name):
                return name, line[found.end() :]
    header = _HEADER_ALONE.match(line) or _HEADER_BOLD.match(line)
    if header is not None:
        # "**Rafael Nunes, [14.03.24 07:01]**", "**Suivi — Nadia Lefèvre — 25-03-2024 08:05**",
        # "↳ **Rui Carvalho, 07h58:** Cansado": the name is the last part with no figure in it
        parts = [p for p in _PARTS.split(header.group("inner")) if p and not _FIGURE.search(p)]
        if parts and len(parts) <= _HEADER_PARTS and _a_full_name(parts[-1]):
            return parts[-1].strip().lower(), line[header.end() :]
    return None


def _a_full_name(text: str) -> bool:
    """Two to four capitalised words ("Nadia Lefèvre"), or a name in a script without case:
    not a label ("Handoff", "Shift notes")."""
    words = text.split()
    if not words or len(words) > _NAME_WORDS:
        return False
    if not any(c.isascii() and c.isalpha() for c in text):
        return not _NOT_A_NAME.search(text)
    particles = [w for w in words[1:-1] if w in _PARTICLES]  # "Sander de Vries"
    named = [w for w in words if w not in particles]
    return len(named) > 1 and all(w[:1].isupper() for w in named)


_TIME = r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s?[APap][Mm])?"  # "07:44", "7.31", "07h52"
_STAMP = rf"(?:\[[^\]\n]{{1,30}}\]|\(?{_TIME}\)?|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},?\s+{_TIME})"
_SPEAKERS = (
    # "**dana.k** 07:44" alone on its line, or "**Karim Benali** *(resp. exploitation)* 08:21"
    # ...or with the message after it on the same line: "**Dani Ortega** 7:31 — oye, ¿vivo?"
    LaterRe(rf"^\s*\*\*(?P<name>[^*\n]{{1,40}})\*\*[^\n]{{0,40}}?{_TIME}(?:[^\w\n]*$|\s+[—–-]\s+)"),
    # A GitHub or GitLab thread's comment header: "**dana-k** commented on Aug 12"
    LaterRe(r"^\s*\*\*(?P<name>[^*\n]{1,40})\*\*\s+(?:commented|replied|wrote)\b[^\n]{0,40}$"),
    # "[09:04] <kestrel> ...", "<pim> ..."
    LaterRe(rf"^\s*(?:{_STAMP}\s*)?<(?P<name>[@\w.\-]{{1,30}})>\s*"),
    # "[18/03/2024 07:40] Bia Santos: ...", "08:06 林佳穎(組長):..." (a full-width colon too)
    LaterRe(rf"^\s*{_STAMP}\s*[-–]?\s*(?P<name>[^:：\n\[\]<>]{{1,40}}?)\s*[:：]\s*"),
)
# A label in a stamped line is no speaker: "07:00 Rotation changes: ..." names no one.
_NOT_A_NAME = LaterRe(r"\d|\b(?:pages?|alerts?|incidents?|open|total)\b", re.IGNORECASE)
# A header a tool writes over each message, the time within it, alone on its line or in bold
# before the message: Telegram's "Rafael Nunes, [14.03.24 07:01]", a ticket's "Suivi — Nadia
# Lefèvre — 25-03-2024 08:05", a comment's "↳ **Rui Carvalho, 07h58:**".
_HEADER_ALONE = LaterRe(rf"^\s*(?:\*\*)?(?P<inner>[^*\n]{{1,60}}?{_TIME}\]?)(?:\*\*)?\s*$")
_HEADER_BOLD = LaterRe(
    rf"^\s*(?:[^\w\s*]{{1,3}}\s*)?\*\*(?P<inner>[^*\n]{{1,60}}?{_TIME}\]?)\s*[:：]?\*\*\s*[:：]?\s*"
)
_PARTS = LaterRe(r"\s*(?:,|\s[—–-]\s|\||·|\[[^\]\n]*\])\s*|\s{2,}|\t")
_FIGURE = LaterRe(r"\d")
_HEADER_PARTS = 2  # "Suivi", "Nadia Lefèvre": a label and a name at most
_NAME_WORDS = 4
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "del", "dos", "du", "la", "le"}
)
