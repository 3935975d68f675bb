"""Prose as a reader meets it: inline Markdown unwrapped, sentences across wrapped lines, tokens.

A block's lines are one text: a line break inside a paragraph ends nothing. Sentences end at
``.``, ``!``, ``?`` (and their full-width forms) before a space and a new start, but not after an
abbreviation (``e.g.``), an initial or inside a number (``3.5``); code spans are one token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from spec_gate.document.content import HANGUL, IDEOGRAPHS, KANA
from spec_gate.document.model import quick_init
from spec_gate.patterns import LaterRe
from spec_gate.reading.lexicon import Lexicon


class Kind(Enum):
    WORD = "word"
    NUMBER = "number"  # 1,200  3.5  40%  forty (a number word: ``value`` is set)
    TIME = "time"  # 14:02
    DATE = "date"  # 2026-03-14, 2026/03/14
    HANDLE = "handle"  # @maria, @acme/a11y
    REF = "ref"  # #123, owner/repo#12, PAY-431
    URL = "url"
    CODE = "code"  # an inline code span
    MARK = "mark"  # ✅ ✔ ✓ ☑ ❌
    PUNCT = "punct"  # , ; : ( ) dashes ? !


@quick_init
@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    lower: str
    lemma: str
    kind: Kind
    value: float | None = None  # a number's value
    possessive: bool = False  # "user's", "users'": what follows is theirs
    host: bool = False  # a site named by its address: "hex.pm"
    attached: bool = False  # written against the token before: "객" of "고객이", "で" of "NVDAで"

    @property
    def is_word(self) -> bool:
        return self.kind is Kind.WORD


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a block: its text on one line, where it starts, and its tokens."""

    text: str
    line: int
    tokens: tuple[Token, ...]
    linked: bool = False  # it carried a Markdown link or a bare URL
    opens_block: bool = False  # the first sentence of its paragraph, list item or cell
    breaks: frozenset[int] = frozenset()  # Korean: the syllables that open a word of their own

    @property
    def lemmas(self) -> tuple[str, ...]:
        lemmas = tuple(t.lemma for t in self.tokens)
        return Lemmas(lemmas, self.breaks) if self.breaks else lemmas

    @property
    def question(self) -> bool:
        return self.text.rstrip(" )\"'”’*_").endswith(("?", "？"))


class Lemmas(tuple[str, ...]):
    """A sentence's lemmas, with where its Korean words start: read a syllable at a time, a
    word of the vocabulary is matched within a written word, not across the space between
    two ("전설", a legend, is not in "배포 전 설정", before deploying the settings)."""

    breaks: frozenset[int]

    def __new__(cls, lemmas: tuple[str, ...], breaks: frozenset[int]) -> Lemmas:
        made = super().__new__(cls, lemmas)
        made.breaks = breaks
        return made


def word_breaks(tokens: Sequence[Token]) -> frozenset[int]:
    """Where a Korean syllable opens a word after another word of Korean: a space between."""
    return frozenset(
        index
        for index in range(1, len(tokens))
        if not tokens[index].attached
        and _HANGUL.match(tokens[index].text)
        and _HANGUL.match(tokens[index - 1].text)
    )


_CODE_SPAN = re.compile(r"(`+)([^`]|[^`].*?[^`])\1", re.DOTALL)
_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
_AUTOLINK = re.compile(r"<(https?://[^>\s]{1,2000})>")
_TAG = re.compile(r"</?[A-Za-z][^>\n]{0,500}>")
_EMPHASIS = LaterRe(r"(?<![\w*_~])(\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|~~)(?![\w*_~])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_CODE_MARK = "\ue000"  # stands for a code span in plain text: one token, never a word
_LINK_MARK = "\ue001"  # follows a link's text in plain text: the sentence cited something

_TOKENS = r"""
    (?P<url>https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'"])
    {host}
    |(?P<code>\ue000|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b)
    |(?P<ref>(?<![\w/#])(?:[\w.-]+/[\w.-]+)?\#\d+\b|\b[A-Z][A-Z\d]{1,9}-\d+\b)
    |(?P<handle>(?<![\w.@/])@[A-Za-z\d](?:[A-Za-z\d-]{0,38})(?:/[\w.-]+)?(?:['’]s\b)?(?![\w@]))
    |(?P<date>\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}
        (?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b  # ISO 8601: ...T07:49Z
      |\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)
    |(?P<time>\b\d{1,2}:\d{2}(?::\d{2})?\b)
    |(?P<decade>(?<![\w.])(?:1[5-9]|20)?\d0['’]s\b)  # "the 80's": a time in history, not seconds
    |(?P<number>(?<![\w.])\d+(?:[.,]\d+)*(?:\s?%|\+)?)
    |(?P<dotted>(?<![\w.@/-])[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]+)+\b(?!\.\w))  # "Next.js"
    |(?P<word>[^\W\d_]\.(?:[^\W\d_]\.)+
        |\b[A-Za-z]{1,2}(?:/[A-Za-z]{1,2})+\b|\b[A-Z]{1,5}(?:/[A-Z]{1,5})+\b  # "I/O", "TCP/IP"
        |[^\W\d_](?:[\w'’-]*[^\W_])?(?:(?<=[sS])['’](?![\w]))?)
    |(?P<mark>[✅✔✓☑❌✗✘☐]\ufe0f?)
    |(?P<punct>[,;:()—–?!。！？：、"“”«»„「」]|\s-\s)
    """
# A site named bare ("hex.pm", "status.example.com", "HE.net"), looked for only in texts that
# hold one of its endings: the pattern costs every word a try.
_SITE_ENDINGS = ("com", "org", "net", "io", "dev", "app", "pm", "gov", "edu", "ai", "cloud", "eu")
_HOST = rf"""|(?P<host>(?<![\w.@/-])(?:[A-Za-z\d][A-Za-z\d-]*\.)+
        (?:{"|".join(_SITE_ENDINGS)})\b(?![\w/@-]|\.\w))"""
_HOST_ENDINGS = tuple(f".{ending}" for ending in _SITE_ENDINGS)
_TOKEN = LaterRe(_TOKENS.replace("{host}", ""), re.VERBOSE)
_TOKEN_OR_HOST = LaterRe(_TOKENS.replace("{host}", _HOST), re.VERBOSE)
_CONTRACTIONS = {
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("be", "not"),
}
_CLITICS = {"'ll": "will", "'re": "are", "'ve": "have", "'d": "would", "'m": "am"}
_IS_CONTRACTIONS = frozenset(
    {"it's", "that's", "there's", "what's", "here's", "who's", "where's", "how's", "let's"}
)
_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”’)\]*_]*(?=\s|$)|[。！？]")
_SPACELESS = f"{KANA}{IDEOGRAPHS}{HANGUL}"
_CJK = LaterRe(f"[{_SPACELESS}]")


def plain(text: str) -> str:
    """``text`` without inline markup: links become their text (marked), code spans one mark,
    tags and emphasis go. Line breaks stay where they were."""
    if "`" in text:
        text = _CODE_SPAN.sub(lambda m: _CODE_MARK + "\n" * m.group(0).count("\n"), text)
    if "[" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(lambda m: m.group(1) + _LINK_MARK, text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub(" ", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "*" in text or "_" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    return text


def words_of(text: str) -> list[str]:
    """The lowercased words of ``text`` (for reading vocabulary entries). Japanese and
    Chinese are written without spaces, and Korean joins its particles to its words: each
    character (syllable) is a word, so an entry ("画面読み上げ", "사용자") is a run of them,
    found wherever the text has that run ("사용자가")."""
    return [
        part.lower()
        for m in _TOKEN.finditer(text)
        if m.lastgroup == "word"
        for part in _spaced(m.group(0))
    ]


def entry_words(entry: str) -> list[str]:
    """The lowercased words and numbers of a vocabulary entry, as a text's tokens are read:
    "503" is a word of its own, "5xx" is "5" then "xx", "layer 8" keeps its "8"."""
    return [
        part.lower()
        for m in _TOKEN.finditer(entry)
        if m.lastgroup in ("word", "number")
        for part in (_spaced(m.group(0)) if m.lastgroup == "word" else (m.group(0),))
    ]


_RUNS = LaterRe(f"[{_SPACELESS}]|[^{_SPACELESS}]+")


def _spaced(raw: str) -> list[str]:
    """A word as its writer spaced it: Japanese, Chinese and Korean a character (syllable) at a
    time ("NVDAで" is "NVDA" and "で"); any other word whole."""
    if raw.isascii() or _CJK.search(raw) is None:
        return [raw]
    return [part for part in _RUNS.findall(raw) if part[0].isalnum()]


def tokenize(text: str, lexicon: Lexicon) -> tuple[Token, ...]:
    """Tokens of plain ``text``: words with their lemmas, numbers (in figures or words) with
    their values, and the things prose carries that are not words.

    Most of prose is words of plain letters between spaces, each one word token whatever
    stands around it, so the text is read a space-separated piece at a time: such a piece is
    a word at once, any other is scanned by the token pattern. No token but " - " and
    "40 %" spans a space, nor looks past one; a text that may hold one is scanned whole."""
    found: list[Token] = []
    pattern = _TOKEN_OR_HOST if any(ending in text for ending in _HOST_ENDINGS) else _TOKEN
    if "%" in text or _SPACED_DASH.search(text) is not None:
        _scan(text, pattern, lexicon, found)
        return tuple(found)
    for piece in text.split():
        if piece.isalpha() and piece.isascii():
            found.extend(_word_cached(piece, lexicon))
        elif piece[-1] in _CLOSING and piece[:-1].isalpha() and piece.isascii():
            # "users," as the pattern reads it: the word, then its comma (a full stop is no token)
            found.extend(_word_cached(piece[:-1], lexicon))
            found.extend(_CLOSING[piece[-1]])
        else:
            _scan(piece, pattern, lexicon, found)
    return tuple(found)


# What most often closes a word, and the tokens it is: the full stop none.
_CLOSING = {mark: (Token(mark, mark, mark, Kind.PUNCT),) for mark in ",;:"} | {".": ()}


_SPACED_DASH = re.compile(r"\s-")


def _scan(text: str, pattern: LaterRe, lexicon: Lexicon, found: list[Token]) -> None:
    """Add the tokens of ``text`` to ``found``, as the token pattern reads them."""
    last_end = -1
    for match in pattern.finditer(text):
        kind = match.lastgroup
        raw = match.group(0)
        if kind == "word":
            if raw.isascii() or _CJK.search(raw) is None:  # the common case, kept cheap
                found.extend(_word_cached(raw, lexicon))
                continue
            # "3명이": the figure is a token of its own, the word written against it
            joined = match.start() == last_end
            last_end = match.end()
            for position, part in enumerate(_spaced(raw), start=int(joined)):
                if len(part) == 1 and _CJK.match(part):
                    value = lexicon.numbers.get(part)
                    kind_of = Kind.WORD if value is None else Kind.NUMBER
                    found.append(Token(part, part, part, kind_of, value, attached=position > 0))
                    continue
                if part.isdigit():  # "約2時間": a figure the word pattern took in
                    read: tuple[Token, ...] = (_number(part),)
                else:
                    read = _word_cached(part, lexicon)
                if position > 0 and read:
                    read = (replace(read[0], attached=True), *read[1:])
                found.extend(read)
        elif kind == "number":
            found.append(_number(raw))
            last_end = match.end()
        elif kind in ("decade", "dotted"):  # "the 80's"; "Next.js" is a name, not "next"
            found.append(Token(raw, raw.lower(), raw.lower(), Kind.WORD))
        elif kind == "host":
            found.append(Token(raw, raw.lower(), raw.lower(), Kind.WORD, host=True))
        elif kind == "handle" and raw[-2:] in ("'s", "’s"):  # "@dana's fault": hers
            handle, lower = raw[:-2], raw[:-2].lower()
            found.append(Token(handle, lower, lower, Kind.HANDLE, possessive=True))
        elif kind is not None:
            token_kind = Kind(kind) if kind != "punct" else Kind.PUNCT
            found.append(Token(raw.strip(), raw.strip().lower(), raw.strip().lower(), token_kind))


@lru_cache(maxsize=65536)
def _word_cached(raw: str, lexicon: Lexicon) -> tuple[Token, ...]:
    """The token (or tokens: "couldn't" is two) of a word; words repeat, so it is cached."""
    return tuple(_word_tokens(raw, lexicon))


def _word_tokens(raw: str, lexicon: Lexicon) -> list[Token]:
    lower = raw.lower().replace("’", "'")
    if lower in _CONTRACTIONS:
        return [Token(raw, w, lexicon.lemma(w), Kind.WORD) for w in _CONTRACTIONS[lower]]
    if lower.endswith("n't") and len(lower) > 3:
        base = lower[:-3]
        return [
            Token(raw, base, lexicon.lemma(base), Kind.WORD),
            Token("n't", "not", "not", Kind.WORD),
        ]
    for ending, expanded in _CLITICS.items():
        if lower.endswith(ending) and len(lower) > len(ending):
            base = lower[: -len(ending)]
            return [
                Token(raw, base, lexicon.lemma(base), Kind.WORD),
                Token(ending, expanded, lexicon.lemma(expanded), Kind.WORD),
            ]
    if lower in _IS_CONTRACTIONS:
        base = lower[:-2]
        return [Token(raw, base, base, Kind.WORD), Token("'s", "is", "be", Kind.WORD)]
    possessive = False
    if lower.endswith("'s") and len(lower) > 2:
        lower, possessive = lower[:-2], True
    elif lower.endswith("s'") and len(lower) > 2:
        lower, possessive = lower[:-1], True
    value = lexicon.numbers.get(lower)
    if value is not None:
        return [Token(raw, lower, lower, Kind.NUMBER, value)]
    return [Token(raw, lower, lexicon.lemma(lower), Kind.WORD, possessive=possessive)]


def _number(raw: str) -> Token:
    digits = raw.rstrip("%+ ").replace(",", "")
    try:
        value: float | None = float(digits)
    except ValueError:
        value = None
    return Token(raw, raw.lower(), raw.lower(), Kind.NUMBER, value)


def split(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of plain ``text``."""
    return list(_spans(text, abbreviations))


def _spans(text: str, abbreviations: frozenset[str]) -> Iterator[tuple[int, int]]:
    """``split``, a sentence at a time: a reader who has seen enough of a long paragraph
    stops before its end is looked for."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group(0).startswith(".") and not _ends_sentence(
            text, match.start(), end, abbreviations
        ):
            continue
        if _quoted_mid_sentence(text, start, match.start(), match.group(0)):
            continue
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def _quoted_mid_sentence(text: str, start: int, stop: int, mark: str) -> bool:
    """Whether the mark at ``stop`` closes words quoted in a sentence that goes on: `got
    "Half price today!" alerts`, `"Stop!" he said`, 「やめて」と言った, `"오늘만 반값!" 알림을
    받았습니다`, « Non ! » et (not `She asked "why?" Then she left`)."""
    after = text[stop + len(mark.rstrip(_QUOTE_CLOSERS)) :]
    if after[:1] in " \u00a0\u202f" and after.lstrip(" \u00a0\u202f")[:1] == "»":
        after = after.lstrip(" \u00a0\u202f")  # French spacing: « Non ! »
    closed = len(after) - len(after.lstrip(_QUOTE_CLOSERS))
    if not closed or all(text.find(quote, start, stop) < 0 for quote in _QUOTE_OPENERS):
        return False
    following = after[closed:].lstrip()
    return bool(following) and following[0].isalpha() and not following[0].isupper()


def _ends_sentence(text: str, stop: int, end: int, abbreviations: frozenset[str]) -> bool:
    """Whether the full stop at ``stop`` ends a sentence."""
    before = text[max(0, stop - 12) : stop].split()
    word = before[-1].lstrip("(\"'“‘") if before else ""
    if word.lower() in abbreviations or word.lower().rstrip(".") in abbreviations:
        return _after_a_closing_abbreviation(word, text[end:])
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. Smith"
    after = text[end:].lstrip()
    if not after:
        return True
    first = after[0]
    # A new sentence starts with a capital, a digit, a quote, a bracket, or another script,
    # or with a name written in lower case that holds a digit: "None. eu-west-1 was drained".
    return not first.islower() or any(c.isdigit() for c in after.split(maxsplit=1)[0])


def _after_a_closing_abbreviation(word: str, after: str) -> bool:
    """Whether an abbreviation that may close a sentence does: "until 1:40 a.m. About 520
    guests came back" (not "at 9 a.m. Monday", "9 a.m. UTC", "e.g. Safari")."""
    if word.lower().rstrip(".") not in _SENTENCE_CLOSING:
        return False
    following = after.lstrip().split(maxsplit=1)
    if not following:
        return True
    first = following[0].strip("\"'“‘(")
    return (
        first[:1].isupper()
        and not first.isupper()
        and first.lower().rstrip(",.") not in _TIME_NAMES
    )


# Abbreviations a sentence may end with, the next one opening with a capital.
_SENTENCE_CLOSING = frozenset({"a.m", "p.m", "etc", "inc", "ltd", "co", "corp"})
_TIME_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "today", "tomorrow", "yesterday"}
)


def _read_block(text: str, line: int, lexicon: Lexicon) -> tuple[Sentence, ...]:
    key = (text, line, lexicon)
    found = _READ.get(key)
    if found is None:
        found = tuple(_reading(text, line, lexicon))
        _keep(key, found)
    return found


def _reading(text: str, line: int, lexicon: Lexicon) -> Iterator[Sentence]:
    clean = plain(text)
    opens_block = True
    newlines = counted = 0  # counted as the sentences go: a long paragraph is read once
    for start, end in _spans(clean, lexicon.abbreviations):
        raw = clean[start:end]
        tokens = tokenize(raw, lexicon)
        if not tokens:
            continue
        at = start + len(raw) - len(raw.lstrip())
        newlines += clean.count("\n", counted, at)
        counted = at
        offset = line + newlines
        linked = cites(raw, tokens)
        shown = " ".join(raw.replace(_LINK_MARK, "").replace(_CODE_MARK, "`…`").split())
        korean = not shown.isascii() and _HANGUL.search(shown) is not None
        breaks = word_breaks(tokens) if korean else frozenset()
        yield Sentence(shown, offset, tokens, linked, opens_block, breaks)
        opens_block = False


def cites(clean: str, tokens: Sequence[Token]) -> bool:
    """Whether plain text ``clean`` (read as ``tokens``) links to something."""
    # (a URL token is only read from "http...")
    return _LINK_MARK in clean or ("http" in clean and any(t.kind is Kind.URL for t in tokens))


# Each block's sentences, once read to its end: several checks read the same sections.
_READ: dict[tuple[str, int, Lexicon], tuple[Sentence, ...]] = {}
_READ_MOST = 8192


def _keep(key: tuple[str, int, Lexicon], found: tuple[Sentence, ...]) -> None:
    if len(_READ) >= _READ_MOST:
        del _READ[next(iter(_READ))]  # the oldest
    _READ[key] = found


def outside_quotes(tokens: Sequence[Token]) -> list[Token]:
    """The tokens outside quotation marks: what the writer says, not what they quote (a
    button's label, a message on screen, someone's words)."""
    kept: list[Token] = []
    closing = ""
    for token in tokens:
        if closing:
            if token.text in _CLOSING_QUOTES or token.text in (closing, '"'):
                closing = ""  # „typed with a straight close"
        elif token.text in _OPENING_QUOTES:
            closing = _OPENING_QUOTES[token.text]
        else:
            kept.append(token)
    return kept


_OPENING_QUOTES = {"“": "”", "«": "»", '"': '"', "„": "“", "「": "」"}
_CLOSING_QUOTES = frozenset({"”", "»", "」"})
QUOTE_MARKS = frozenset(_OPENING_QUOTES) | _CLOSING_QUOTES
# What a sentence may quote mid-way (``_quoted_mid_sentence``): the same, and Japanese 『』.
_QUOTE_OPENERS = (*_OPENING_QUOTES, "『")
_QUOTE_CLOSERS = "".join({*_OPENING_QUOTES.values(), *_CLOSING_QUOTES, "』"})


def sentences(blocks: Iterable[tuple[str, int]], lexicon: Lexicon) -> list[Sentence]:
    """The sentences of blocks given as (text, first line); each block ends its last one."""
    found: list[Sentence] = []
    for text, line in blocks:
        found.extend(_read_block(text, line, lexicon))
    return found


def sentences_of(text: str, line: int, lexicon: Lexicon) -> Iterator[Sentence]:
    """The sentences of one block (as ``sentences``), each tokenized only when the reader
    gets to it: most Why sections are decided by a sentence or two of a long paragraph."""
    found = _READ.get((text, line, lexicon))
    if found is not None:
        yield from found
        return
    read: list[Sentence] = []
    for sentence in _reading(text, line, lexicon):
        read.append(sentence)
        yield sentence
    _keep((text, line, lexicon), tuple(read))


def shown(tokens: Sequence[Token], start: int, end: int, punctuation: bool = True) -> str:
    """The words of ``tokens[start:end]`` as written, for quoting: "couldn't", not
    "couldn't n't", and "cannot", not "cannot cannot" (two tokens that share the written
    word). A Korean word read a syllable at a time is quoted whole: "개발자가", not "개"."""
    start, end = max(0, start), min(end, len(tokens))
    while 0 < start < len(tokens) and tokens[start].attached and _HANGUL.match(tokens[start].text):
        start -= 1
    while start < end < len(tokens) and tokens[end].attached and _HANGUL.match(tokens[end].text):
        end += 1
    parts: list[str] = []
    for index in range(start, end):
        token = tokens[index]
        if not punctuation and token.kind is Kind.PUNCT:
            continue
        if index > start and _same_word(tokens[index - 1], token):
            continue
        if parts and token.lower in _ORDINAL_SUFFIXES and tokens[index - 1].kind is Kind.NUMBER:
            parts[-1] += token.text  # "15th", read as "15" and "th"
            continue
        if parts and (
            token.attached
            or (_UNSPACED.fullmatch(parts[-1][-1]) and _UNSPACED.fullmatch(token.text[0]))
        ):
            parts[-1] += token.text  # "確認不足", "실수로": read a character at a time
            continue
        parts.append(token.text)
    return " ".join(parts)


# Japanese and Chinese, written without spaces and read a character at a time (Korean puts
# spaces between its words, which its tokens no longer show).
_UNSPACED = LaterRe(f"[{KANA}{IDEOGRAPHS}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]")


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_HANGUL = LaterRe(f"[{HANGUL}]")


def _same_word(before: Token, token: Token) -> bool:
    if before.text == token.text and before.lemma != token.lemma:
        return True  # "cannot", read as "can" and "not"
    written = before.text.lower().replace("’", "'")
    clitic = token.text.lower().replace("’", "'")
    return "'" in clitic and (written == clitic or written.endswith(clitic))


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@lru_cache(maxsize=256)
def unspaced(lexicon: Lexicon, *names: str) -> tuple[str, ...]:
    """The entries of a language's classes written without spaces (Chinese, Japanese,
    Korean), as written: looked for inside a text, since a token there is one character."""
    return tuple(e for name in names for e in lexicon.entries(name) if has_cjk(e))


def substantial(lemma: str) -> bool:
    """Whether a word is long enough to carry meaning on its own: three letters, or one
    character of Japanese or Chinese (read a character at a time)."""
    return len(lemma) > 2 or _CJK.match(lemma) is not None


def content_lemmas(tokens: Sequence[Token], stop: frozenset[str]) -> list[str]:
    """The lemmas of words that carry meaning: no stopwords, no numbers."""
    return [t.lemma for t in tokens if t.kind is Kind.WORD and t.lemma not in stop]
