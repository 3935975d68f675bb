"""What makes a sign-off real, as far as the document itself can tell.

A ticked box or a filled field proves only that someone typed it. It counts as a sign-off when
it names a real handle (not ``@reviewer`` or another placeholder, not a handle the template
itself carries), is not negated ("NOT signed off", "skipped"), struck through or quoted, and
is not the author's own. Whether that person approved the pull request is the engine's and the
GitHub layer's to check; this module sees only the document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any

from spec_gate import patterns
from spec_gate.document import Context, Document
from spec_gate.document.content import HANGUL, IDEOGRAPHS, KANA
from spec_gate.reading.language import languages
from spec_gate.reading.terms import pattern as term_pattern

# Handles that help texts, templates and tutorials use for "someone": never a person.
PLACEHOLDER_HANDLES = frozenset(
    {
        "reviewer", "reviewers", "handle", "your-handle", "your_handle", "yourhandle",
        "username", "user-name", "user", "name", "someone", "somebody", "person", "me", "you",
        "tbd", "tbc", "todo", "owner", "approver", "github-handle", "github", "example",
        "team", "org", "everyone", "here", "channel", "all", "none", "nobody",
    }
)  # fmt: skip
AUTHOR_FIELDS = ("author", "authors", "owner", "owners")
# Accounts that act for no one: a bot's approval or tick is not a review.
BOTS = frozenset(
    {"github-actions", "dependabot", "renovate", "renovate-bot", "mergify", "codecov",
     "actions-user", "copilot", "web-flow", "allcontributors", "pre-commit-ci", "snyk-bot"}
)  # fmt: skip
# A visible slot a help text or template leaves to fill in: "@<reviewer's handle>".
_SLOT = re.compile(r"@?<[^<>\n]{1,60}>")
_NEGATED = patterns.Later(
    r"\b(not|never|nobody|no[- ]one|none|skip(ped|s)?|refused|declined|rejected|unsigned"
    r"|changes requested|blocked)\b|n['’]t\b"
)
# Not yet done: a sign-off to come, asked for, or scheduled ("will be signed off by @x once…",
# "review requested from @x", "@x to sign off").
_NOT_YET = patterns.Later(
    r"\b(will|shall|going to|requested|request(ing)? from|asked|to sign|to review"
    r"|to approve|scheduled|in progress|tbc|pending|awaiting|waiting|tbd|todo|to do|yet to"
    r"|to come"
    # under way, not done: "she is doing the walkthrough", "has it in her queue for Thursday"
    r"|(?:is|are|['’]s) (?:doing|reviewing|looking (?:at|into|over)|checking|testing|running"
    r"|going through|working on|reading)"
    r"|in (?:his|her|their|my|our|the) (?:queue|backlog|inbox|to-do list)"
    r"|for (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|planned|booked|tomorrow|next (week|month|sprint|review|meeting|design review"
    r"|(mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|mañana|demain|amanhã|domani|morgen)\b"
)
# Someone signing for someone else, in each built-in language spaced by words.
_PROXY = patterns.Later(
    r"\bon (his|her|their|its|my) behalf\b|\bon behalf of\b|\bby proxy\b"
    r"|\bem nome d[aoe]s?\b|\bpor procuração\b|\ben nombre de\b|\bpor poder\b"  # pt, es
    r"|\bau nom de\b|\bpour le compte de\b|\bpar procuration\b"  # fr
    r"|\bim (auftrag|namen) von\b|\bnamens\b|\bin naam van\b"  # de, nl
    r"|\b(per conto|a nome) di\b|\bpå vegne av\b"  # it, nb
)
# A review that is not this document's: a reused component's, a previous one's.
_ELSEWHERE = patterns.Later(
    r"\b(reused|re-used|inherited|carried over|copied from|(previous|earlier|old) review"
    r"|from the [\w -]{1,40} review"
    r"|reaproveitad[ao]s?|reutilizad[ao]s?|reaprovechad[ao]s?|copiad[ao]s? d[aoe]"  # pt, es
    r"|réutilisée?s?|copiée? de|übernommen|wiederverwendet|hergebruikt|overgenomen"  # fr, de, nl
    r"|riutilizzat[ao]|gjenbrukt)\b"  # it, nb
)
_DATE = patterns.LaterRe(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b")
# Who wrote it, in the words of each built-in language ("By", "Author:", "Autora:",
# "Verfasst von", "作成者"), on a line of its own.
_AUTHOR_WORDS = (
    r"by|authors?|written by|drafted by|proposed by|owners?|por|par|von|door|av"
    r"|autor(?:a|es|as|in|en)?|escrit[oa] por|redigid[oa] por|propuest[oa] por|redactad[oa] por"
    r"|auteure?s?|écrit par|rédigée? par|verfasst von|geschrieben von|geschreven door"
    r"|verfasser(?:in)?|redigiert von|opgesteld door"
    r"|autor[ei]|autrice|scritto da|forfattere?|skrevet av|作者|著者|作成者|执笔人?|작성자"
)
_BYLINE = patterns.Later(rf"^\s*(?:{_AUTHOR_WORDS})\s*[:：]?\s*(.{{3,80}})$")
_AUTHOR_KEY = patterns.Later(rf"^\s*(?:{_AUTHOR_WORDS})\s*[:：]?\s*$")
_EMPHASIS = patterns.LaterRe(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")
# A person's name written out ("Joanne Kitching"): two or three capitalised words.
# A person's name as Latin scripts write it, accents and all ("Inès Fabre", "Łucja Wójcik").
NAME = patterns.Later(r"(?-i:\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}\b)")
_STRUCK = "~~"
_LOGIN = patterns.Later(r"^@?([a-z\d][a-z\d-]{0,38})$")

_A_HANDLE_AS_WRITTEN = r"@[A-Za-z\d][\w.-]*(?:/[\w.-]+)?"  # "@maria-a11y", "@org/team"
_HANDLE = patterns.Later(rf"(?:^|[^\w.@/-])({_A_HANDLE_AS_WRITTEN})")


def handles(text: str) -> tuple[str, ...]:
    """The ``@user`` and ``@org/team`` handles in ``text``, in order."""
    found = (m.group(1).rstrip(".") for m in _HANDLE.finditer(text))
    return tuple(h for h in found if not _VERSION.search(h))


_VERSION = patterns.Later(r"^@v?\d+(?:\.\d+)+$")


def without_handles(text: str) -> str:
    """``text`` with each handle made anonymous ("signed off by @x"): what a box or a cell says,
    not who signs it ("Security review signed off by @maria-a11y" is no accessibility review)."""
    return _A_HANDLE.sub("@x", text) if "@" in text else text


_A_HANDLE = re.compile(rf"(?<![\w.@/-]){_A_HANDLE_AS_WRITTEN}")  # the RE2 binding has no sub


def login(handle: str) -> str:
    """``@Maria-A11y`` -> ``maria-a11y``: how handles are compared."""
    return handle.lstrip("@").lower()


def written_login(text: str) -> str | None:
    """The login ``text`` is, with or without its @ (``@maria``, ``maria``); None for text
    that is not one login."""
    found = _LOGIN.search(text.strip())
    return found.group(1).lower() if found is not None else None


def is_placeholder_handle(handle: str, context: Context) -> bool:
    """Whether a handle stands for "someone": a placeholder, a handle the template carries,
    or one of the slots `spec-gate init`'s templates give in any language ("@usuario",
    "@계정"), which a team copies whatever template its config names."""
    name = login(handle)
    if name in PLACEHOLDER_HANDLES or name.startswith(("your-", "your_", "my-")):
        return True
    if name in builtin_slots():
        return True
    return any(name == login(h) for text in context.template_texts for h in handles(text))


@cache
def builtin_slots() -> frozenset[str]:
    """The handles the templates `spec-gate init` writes give as slots, in every language."""
    from importlib import resources  # a dozen ms of readers, for the few texts with a handle

    root = resources.files("spec_gate").joinpath("templates")
    folders = [root, *(f for f in root.iterdir() if f.is_dir())]
    texts = (
        f.read_text("utf-8")
        for folder in folders
        for f in folder.iterdir()
        if f.name.endswith(".md")
    )
    return frozenset(m.group(1).lower() for text in texts for m in _SLOT_HANDLE.finditer(text))


_SLOT_HANDLE = re.compile(r"@([^\W_][\w-]*)")


def authors(doc: Document) -> frozenset[str]:
    """Logins of the document's own authors and owners, from its front matter."""
    found: set[str] = set()
    for field in AUTHOR_FIELDS:
        value: Any = (doc.frontmatter or {}).get(field)
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            found.update(login(h) for h in handles(item))
            bare = written_login(item)
            if bare is not None:
                found.add(bare)
    return frozenset(found)


def _said(words: str, name: str, doc: Document) -> bool:
    """Whether a sign-off line says, in its document's language, what the class ``name``
    holds ("no aprobada", "nicht freigegeben", "承認待ち"); English has its patterns above."""
    found = patterns.compile(term_pattern(name, languages(doc)))
    # "待 @zhao-qian 审核": the handle taken out leaves a gap no Chinese word has
    return found.search(_BETWEEN_CJK.sub("", words)) is not None or found.search(words) is not None


_CJK = f"{KANA}{IDEOGRAPHS}{HANGUL}"
_BETWEEN_CJK = patterns.LaterRe(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def judge(
    text: str, doc: Document, context: Context, quoted: bool = False
) -> tuple[str | None, str]:
    """The handle that signs off in ``text``, or None and why it does not count."""
    if quoted:
        return None, "the sign-off is inside a quote, so it is someone else's box, not this one"
    if _STRUCK in text:
        return None, "the sign-off is struck through"
    slot = _SLOT.search(text)
    if slot is not None:
        return None, (
            f"“{slot.group(0)}” is the template's slot: replace it with the reviewer's "
            "@handle (“@maria-a11y”)"
        )
    named = handles(text)
    words = text
    for handle in named:  # "@TBD" is a placeholder handle, not a word saying "to be done"
        words = words.replace(handle, " ")
    if _NEGATED.search(words) is not None or _said(words, "signoff_not", doc):
        return None, f"the sign-off says it did not happen (“{_short(text)}”)"
    if _NOT_YET.search(words) is not None or _said(words, "signoff_pending", doc):
        return None, (
            f"the sign-off is still to come (“{_short(text)}”): it counts once the review is "
            "done and says so"
        )
    if _PROXY.search(words) is not None:
        return None, (
            f"the sign-off is made for someone else (“{_short(text)}”): the reviewer signs "
            "their own"
        )
    if _ELSEWHERE.search(words) is not None:
        return None, (
            f"the sign-off is for another review (“{_short(text)}”): this document needs its own"
        )
    later = _after_today(words, context)
    if later:
        return None, f"the sign-off is dated {later}, after today: it has not happened yet"
    if not named:
        name = NAME.search(words)
        if name is not None:
            return None, (
                f"the sign-off names {name.group(0)} without a @handle: write the reviewer's "
                "GitHub handle, so that their approval of the pull request can be checked"
            )
        return None, "the sign-off names no reviewer: add the @handle of the person who reviewed it"
    people = [h for h in named if not _team(h) and not _bot(h, text)]
    if not people:
        handle = named[0]
        what = "a team" if _team(handle) else "a bot"
        return None, f"{handle} is {what}, not a person: name the person who reviewed it"
    real = [h for h in people if not is_placeholder_handle(h, context)]
    if not real:
        return None, (
            f"{people[0]} is a placeholder, not a person: name the reviewer who did the review"
        )
    own = authors(doc) | bylines(doc)
    others = [h for h in real if login(h) not in own and _letters(h) not in own]
    if not others:
        return None, (
            f"{real[0]} is an author of this document, and an author cannot sign off their "
            "own work: ask someone else to review it"
        )
    return others[0], ""


def _team(handle: str) -> bool:
    return "/" in handle  # "@acme/everyone": a team signs nothing; a person in it does


def _bot(handle: str, text: str) -> bool:
    name = login(handle)
    return name in BOTS or name.endswith("-bot") or f"{handle}[bot]".lower() in text.lower()


def _after_today(text: str, context: Context) -> str:
    """A date in the sign-off later than the day it is checked on, as written."""
    if context.today is None:
        return ""
    for written, readings in dates_in(text, context.today.year):
        # "02/01/2027" is the 2nd of January or the 1st of February: later only if both are
        if readings and all(when > context.today for when in readings):
            return written
    return ""


def dates_in(text: str, this_year: int | None = None) -> Iterator[tuple[str, list[date]]]:
    """Each date written in ``text``, as written, with the days it can be: "2027-01-10",
    "10 January 2027", "Jan 10, 2027", "10. Januar 2027", "10 de enero de 2027", "15.12.2026"
    (a day first), "02/01/2027" (either way round); with ``this_year``, also a date without
    its year ("on 15 December", "Dec 15"), taken as this year's."""
    for match in _DATE.finditer(text):
        yield match.group(0), _days(match.group(1), match.group(3), match.group(4))
    for match in _WRITTEN_DATE.finditer(text):
        day = match.group("day") or match.group("day_after")
        month = (match.group("month") or match.group("month_first")).lower().rstrip(".")
        year = match.group("year") or match.group("year_after")
        number = _MONTHS.get(month)
        if number is None:
            continue
        if year is not None:
            yield match.group(0), _days(year, str(number), day)
        elif this_year is not None and (len(month) > _SHORT_MONTH or month in _CLEAR_SHORT):
            # "on 15 December": this year's, as a reader takes it ("may 3" is no date); in
            # December "9 Jan" is taken as this year's, past (a document dated January's
            # sign-off a year ahead is the rarer one)
            yield match.group(0).strip(" ,"), _days(str(this_year), str(number), day)
    for match in _CJK_DATE.finditer(text):
        western, era, month, day = match.groups()
        if western is not None:
            yield match.group(0), _days(western, month, day)
        elif era is not None:  # 令和8年: the eighth year of Reiwa, which began in 2019
            yield match.group(0), _days(str(_REIWA + (1 if era == "元" else int(era))), month, day)
        elif this_year is not None:
            yield match.group(0), _days(str(this_year), month, day)
    for match in _NUMERIC_DATE.finditer(text):
        first, separator, second, year = match.groups()
        if separator == ".":  # "15.12.2026": the day first, as every language dotting it writes
            yield match.group(0), _days(year, second, first)
        else:
            yield match.group(0), [*_days(year, second, first), *_days(year, first, second)]


def _days(year: str, month: str, day: str) -> list[date]:
    try:
        return [date(int(year), int(month), int(day))]
    except ValueError:
        return []


# Months as the built-in languages write them, full and short, to their number.
_MONTHS = {
    word: number
    for number, words in enumerate(
        [
            "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro",
            "february feb februar feber février fevrier févr fév febrero febbraio februari"
            " fevereiro fev",
            "march mar märz maerz mär mars marzo maart mrt março marco",
            "april apr avril avr abril abr aprile",
            "may mai mayo maggio mag mei maio",
            "june jun juni juin junio giugno giu junho",
            "july jul juli juillet juil julio luglio lug julho",
            "august aug août aout agosto ago augustus",
            "september sep sept septembre septiembre setiembre settembre set sett setembro",
            "october oct oktober okt octobre octubre ottobre ott outubro out",
            "november nov novembre noviembre novembro",
            "december dec dezember dez décembre decembre déc diciembre dic dicembre desember des"
            " dezembro",
        ],
        start=1,
    )
    for word in words.split()
}
_MONTH_NAME = "(?:" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")\.?"
_WRITTEN_DATE = patterns.LaterRe(
    # "10 January 2027", "10. Januar 2027", "10 de enero de 2027", "le 10 janvier 2027"
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?(?P<month>{_MONTH_NAME})"
    r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?\b"
    # "Jan 10, 2027", "January 10th 2027"
    rf"|\b(?P<month_first>{_MONTH_NAME})\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year_after>\d{4})\b)?",
    re.IGNORECASE,
)
_SHORT_MONTH = 3  # letters: a month this short and ambiguous ("may", "mar", "set") needs its year
_CLEAR_SHORT = frozenset({"jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
# A date as Japanese, Chinese and Korean write it: "2026年12月20日", "2026년 12월 20일",
# "令和8年12月20日", and without its year "12月20日", "12월 20일".
_CJK_DATE = patterns.LaterRe(
    r"(?:(\d{4})\s*[年년]\s*|令和(\d{1,2}|元)年\s*|(?<![\d年년])(?<![年년]\s))"
    r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일号號]"
)
_REIWA = 2018


def _letters(handle: str) -> str:
    """A handle as the letters of a name: "@Omar-Haddad" and "By Omar Haddad" are one person."""
    return "".join(c for c in handle.lower() if c.isalpha())


def _spellings(name: str) -> set[str]:
    """A written name's letters as a handle may spell them: "Lucía Ferreira" is
    "luciaferreira", "Jürgen Weiß" is "jurgenweiss" or "juergenweiss"."""
    letters = _letters(name)
    german = letters
    for written, spelt in _GERMAN.items():
        german = german.replace(written, spelt)
    return {letters, _unaccented(german), _unaccented(letters)}


def _unaccented(letters: str) -> str:
    """``letters`` as ASCII spells them: "lucía" is "lucia", "weiß" is "weiss"."""
    spelt = unicodedata.normalize("NFKD", "".join(_FOLDED.get(c, c) for c in letters))
    return "".join(c for c in spelt if not unicodedata.combining(c))


_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_FOLDED = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}


def bylines(doc: Document) -> frozenset[str]:
    """The names a document gives as its authors in its text ("By Omar Haddad", "Author:
    Omar Haddad, Li Wei"), as letters only, to be matched against handles."""
    found: set[str] = set()
    for said in _bylines_said(doc):
        # the byline's own field, not the next one on its line ("· Reviewers: @bchukwu")
        byline = _FIELD_BREAK.split(said, maxsplit=1)[0]
        found.update(_letters(h) for h in handles(byline))  # "(@anowicka)"
        named = _ASIDE.sub("", _HANDLE_IN_BRACKETS.sub("", byline))  # "Tom Hart (mobility team)"
        for name in re.split(r",| and |&|;", named):
            if 3 <= len(_letters(name)) <= 40:
                found.update(_spellings(name))
    for field in AUTHOR_FIELDS:
        value: Any = (doc.frontmatter or {}).get(field)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                found.update(_spellings(item))
    return frozenset(found)


def _bylines_said(doc: Document) -> Iterable[str]:
    """What follows "By" or "Author:" near the document's top, in italics or not ("*Author:*
    Ravi Menon"), and an author's cell of a table there ("| Author | @ravi |", a column
    headed "Author")."""
    prose = 0
    for block in doc.blocks:
        if block.cells:
            if block.line > _BYLINE_TABLE_LINES:
                continue
            for row in (block.header, block.cells):  # fields, the first row the header's
                for key, value in pairwise(row):
                    if _AUTHOR_KEY.search(_EMPHASIS.sub("", key)):
                        yield value
            if not handles(" ".join(block.header)):  # a column headed "Author"
                for key, value in zip(block.header, block.cells, strict=False):
                    if _AUTHOR_KEY.search(_EMPHASIS.sub("", key)):
                        yield value
            continue
        prose += 1
        if prose > _BYLINE_BLOCKS:
            break
        for line in block.full_text.splitlines():
            match = _BYLINE.search(_EMPHASIS.sub("", line))
            if match is not None:
                yield match.group(1)


_BYLINE_BLOCKS = 8  # a byline sits at the top
_BYLINE_TABLE_LINES = 40  # and a table of the document's fields near it
_FIELD_BREAK = patterns.LaterRe(r"\s+[·|—–]\s+|;\s+|\s{2,}")
_ASIDE = patterns.LaterRe(r"\s*\([^()]*\)")
_HANDLE_IN_BRACKETS = patterns.LaterRe(r"\(\s*@[\w.-]+\s*\)")  # "Aleksandra Nowicka (@anowicka)"


def first_valid(
    candidates: Iterable[tuple[str, int, bool]], doc: Document, context: Context
) -> tuple[str, int] | tuple[None, tuple[int, str] | None]:
    """The first (handle, line) that signs off among (text, line, quoted), or None and the
    first reason one did not."""
    reason: tuple[int, str] | None = None
    for text, line, quoted in candidates:
        signer, why_not = judge(text, doc, context, quoted)
        if signer is not None:
            return signer, line
        reason = reason or (line, why_not)
    return None, reason


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
