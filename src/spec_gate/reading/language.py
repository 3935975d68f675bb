"""Which language a document is written in: declared in its front matter (``lang: es``), else
read off its text, with no network and no model: the script for Japanese, Chinese and Korean,
and for the rest the language whose everyday words ("de", "und", "the") the text uses most.

Each section is told too: an English spec whose review a colleague wrote in French is read
in English and, in that section, in French.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from spec_gate.document import Document
from spec_gate.document.content import CHARACTERS_PER_WORD, HANGUL, IDEOGRAPHS, KANA
from spec_gate.patterns import LaterRe
from spec_gate.reading.lexicon import (
    DEFAULT_LANGUAGE,
    built_in_languages,
    entries,
    get,
    stopwords,
)
from spec_gate.reading.turns import without_speaker

_KANA = LaterRe(f"[{KANA}]")
_HAN = LaterRe(f"[{IDEOGRAPHS}]")
_HANGUL = LaterRe(f"[{HANGUL}]")
_CJK = LaterRe(f"[{KANA}{IDEOGRAPHS}{HANGUL}]")
# Words of the scripts written with spaces (Korean's Hangul too, told apart by its count),
# whole: not a run of letters inside an identifier or a commit hash ("c85ba3e9" is not the
# words "c", "ba", "e", everyday words of some language).
_SPACED_WORD = LaterRe(f"(?<!\\w)[^\\W\\d_{KANA}{IDEOGRAPHS}]++(?!\\d)")
# What is not prose: code, comments, links, HTML tags and their attributes.
_CODE = re.compile(r"```.*?```|`[^`\n]*`|<!--.*?-->|https?://\S+|</?[A-Za-z][^>]*>", re.DOTALL)
# A document is read in another language than English only when its everyday words say so
# clearly: in prose, four words in ten are everyday words (Spanish 49-55 %, German 46 %,
# English 38 % in the test documents); a neighbour's text reaches far less (French on the
# Spanish list: 16 %). So: three words in ten, and half again as many as English's.
_LEAD = 1.5
_SHARE = 0.3
_TERSE_SHARE = 0.15  # of a terse text's words, when no language reaches the usual share
_SAMPLE = 6000  # characters: a few paragraphs tell the language as well as the whole text
# A section is read off its first 300 characters, and told only from enough of them: 30 words
# (or twice as many CJK characters), from five different everyday words (terse notes such as
# "increase cpu & mem on c1, c2" hit one or two of another language's, "on", "c", often);
# else it is read in its parent's language.
_SECTION_SAMPLE = 300
_SECTION_WORDS = 30
_VARIED = 5


built_in = built_in_languages  # the languages with a vocabulary file beside the rule sets


@cache
def in_every_language(name: str) -> frozenset[str]:
    """A class's entries as written, lowercased, in every built-in language, read without
    building any vocabulary (no lemmatizer loaded): words that mean the same whatever the
    document's language, as "erledigt" in a handoff read as English."""
    return frozenset(entry for code in built_in() for entry in entries(code, name))


def declared(frontmatter: object, among: tuple[str, ...] | None = None) -> str | None:
    """``lang:`` (or ``language:``) in the front matter, as one of the languages read."""
    code = _declared_code(frontmatter)
    return code if code and code in (among or built_in()) else None


def _declared_code(frontmatter: object) -> str:
    """The language code ``lang:`` (or ``language:``) gives, as written ("pt_BR" -> "pt"); ""
    when none is given."""
    if not isinstance(frontmatter, dict):
        return ""
    value = frontmatter.get("lang", frontmatter.get("language"))
    if not isinstance(value, str):
        return ""
    return value.strip().lower().replace("_", "-").split("-")[0]


@dataclass(frozen=True, slots=True)
class _Sample:
    """What telling a language needs of a text: its CJK characters and its prose."""

    kana: int
    han: int
    hangul: int
    prose: str  # lowercased, without code, links or tags

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_SPACED_WORD.findall(self.prose))


def _sample(text: str) -> _Sample:
    prose = _CODE.sub(" ", text)
    if prose.isascii():
        return _Sample(0, 0, 0, prose.lower())
    kana, han, hangul = (len(p.findall(prose)) for p in (_KANA, _HAN, _HANGUL))
    return _Sample(kana, han, hangul, prose.lower())


class _Count(NamedTuple):
    """A text's words split at spaces (punctuation and code left on: they only make it harder
    to pass), how many of them are English everyday words, and whether it has a CJK character:
    what telling plain English takes. Texts joined by newlines add up."""

    words: int
    english: int
    cjk: bool

    def plainly_english(self, least: int) -> bool:
        """English prose, told the quick way, before anything else is read: at least
        ``least`` words, no CJK character, and three words in ten English everyday words."""
        return self.words >= least and not self.cjk and self.english >= _SHARE * self.words


def _joined(counts: list[_Count]) -> _Count:
    return _Count(
        sum(c.words for c in counts), sum(c.english for c in counts), any(c.cjk for c in counts)
    )


def _count(text: str) -> _Count:
    tokens = text.lower().split()
    cjk = not text.isascii() and _CJK.search(text) is not None
    return _Count(len(tokens), sum(map(_stopwords(DEFAULT_LANGUAGE).__contains__, tokens)), cjk)


_RECENT: OrderedDict[int, tuple[Document, str, tuple[str, ...], bool]] = OrderedDict()
_KEPT = 64  # every check asks again


def of(doc: Document, among: tuple[str, ...] | None = None) -> str:
    """The language ``doc`` is read in (among the policy's languages, by default every
    built-in one): the one chosen for it, else its front matter's ``lang:``, else its text's."""
    return doc.language or _read(doc, among)[0]


def by_section(doc: Document, among: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The language of each section of ``doc``: told from its own text (its title and the
    paragraphs before its first subsection) when there is enough of it, else its parent's;
    the document's at the top."""
    if doc.language:  # read in already (the engine): a document without sections has none
        return doc.section_languages
    return _read(doc, among)[1]


def read_in(doc: Document, among: tuple[str, ...] | None = None) -> Document:
    """``doc`` with the language it is read in, and each section's."""
    code, sections, told = _read(doc, among, keep=False)
    return replace(doc, language=code, section_languages=sections, language_told=told)


def languages(doc: Document) -> tuple[str, ...]:
    """Every language ``doc`` is read in, its own first."""
    last, found = _LAST_LANGUAGES[0]
    if last is doc:  # asked for every block: once per document, not once per section
        return found
    found = tuple(dict.fromkeys([of(doc), *by_section(doc)]))
    _LAST_LANGUAGES[0] = (doc, found)
    return found


_LAST_LANGUAGES: list[tuple[Document | None, tuple[str, ...]]] = [(None, ())]


def _read(
    doc: Document, among: tuple[str, ...] | None, keep: bool = True
) -> tuple[str, tuple[str, ...], bool]:
    """The document's language and its sections', and whether its text (or front matter)
    told the language, not the fallback; kept for the next question about the same document
    (``keep``), unless the caller keeps them on the document itself."""
    kept = _RECENT.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1], kept[2], kept[3]
    # Each section's opening (its title and first paragraphs) tells the section; the
    # preamble and the first of them, up to the document's sample, tell the document.
    preamble: list[str] = []
    own: list[list[str]] = [[s.title] for s in doc.sections]
    sizes = [len(s.title) for s in doc.sections]
    for block in doc.blocks:
        if block.section < 0:
            preamble.append(block.text)
        elif sizes[block.section] < _SECTION_SAMPLE:
            own[block.section].append(block.text)
            sizes[block.section] += len(block.text) + 1
    texts = ["\n".join(parts)[:_SECTION_SAMPLE] for parts in own]
    code = declared(doc.frontmatter, among)
    english = DEFAULT_LANGUAGE in (among or built_in())
    # A section's text is counted once, for itself and for the opening it is part of.
    counts: dict[int, _Count] = {}

    def counted(index: int) -> _Count:
        found = counts.get(index)
        if found is None:
            found = counts[index] = _count(texts[index])
        return found

    head = "\n".join(preamble)[:_SAMPLE]
    opening = head
    opened = 0  # the sections whose text is part of the opening
    for text in texts:
        if len(opening) >= _SAMPLE:
            break
        opening += "\n" + text
        opened += 1
    if (
        code is None
        and english
        and _joined([_count(head), *map(counted, range(opened))]).plainly_english(1)
    ):
        code = DEFAULT_LANGUAGE  # most documents: settled without reading a word twice
    if code is None and len(opening) < _SAMPLE:
        # A section's text was cut at its opening; the document's sample is not: a report whose
        # whole text sits under its title is told from more than the title and a date line.
        opening = _opening(doc)
    told = True
    if code is None:
        code = _told_by_text(doc, opening, among)
        if code is None:
            # A terse text's language, whose everyday words lead short of the usual share:
            # read in it, but not told (a language without a vocabulary may still be plain)
            code, told = _told_tersely(opening, among) or _told_tersely_pasted(doc, among), False
        if code is None:  # no language read stands out: read in the fallback
            code = _fallback(among)
    found: list[str] = []
    for index, (section, text) in enumerate(zip(doc.sections, texts, strict=True)):
        inherited = found[section.parent] if section.parent >= 0 else code
        if len(text) < 2 * _SECTION_WORDS:  # too short for 30 words, or 60 CJK characters
            found.append(inherited)
        elif english and counted(index).plainly_english(_SECTION_WORDS):
            found.append(DEFAULT_LANGUAGE)
        else:
            found.append(_told(_sample(text), among, _SECTION_WORDS) or inherited)
    if keep:
        _RECENT[id(doc)] = (doc, code, tuple(found), told)
        if len(_RECENT) > _KEPT:
            _RECENT.popitem(last=False)
    return code, tuple(found), told


def _opening(doc: Document) -> str:
    """The document's titles and prose in order, up to the sample's size."""
    parts: list[str] = []
    size = 0
    titled: set[int] = set()
    for block in doc.blocks:
        if block.section >= 0 and block.section not in titled:
            titled.add(block.section)
            parts.append(doc.sections[block.section].title)
            size += len(parts[-1]) + 1
        parts.append(block.text)
        size += len(block.text) + 1
        if size >= _SAMPLE:
            break
    return "\n".join(parts)[:_SAMPLE]


def _told_by_text(doc: Document, opening: str, among: tuple[str, ...] | None) -> str | None:
    """The language the document's opening tells, else that opening without a chat's
    speakers (whose names are no one's words), else the text pasted in it (a chat or a log
    pasted whole under a line of prose)."""
    code = _told(_sample(opening), among, 1)
    if code is None:
        code = _told(_sample(_without_speakers(opening)), among, 1)
    if code is None and doc.pasted:
        code = _told(_sample(_pasted_opening(doc)), among, 1)
    return code


def _told_tersely(opening: str, among: tuple[str, ...] | None) -> str | None:
    """A chat's or a log's terse lines hold fewer everyday words than prose: the language
    whose varied everyday words lead, though short of the usual share."""
    return _told(_sample(_without_speakers(opening)), among, 1, share=_TERSE_SHARE)


def _told_tersely_pasted(doc: Document, among: tuple[str, ...] | None) -> str | None:
    """The terse language of the text pasted in a document whose prose tells none: a chat
    pasted whole under a title ("Traspaso de guardia 29/11")."""
    return (
        _told(_sample(_pasted_opening(doc)), among, 1, share=_TERSE_SHARE) if doc.pasted else None
    )


def _pasted_opening(doc: Document) -> str:
    """The text pasted as it came out of a tool (a chat, a bot's digest), up to the sample's
    size, without the speakers that open a chat's lines; not data (YAML or JSON), whose keys
    are code."""
    pasted = "\n".join(block.text for block in doc.pasted if not block.lead)
    return _without_speakers(pasted)[:_SAMPLE]  # without a chat's names and times


def _without_speakers(text: str) -> str:
    """``text`` without the speaker (a name and a time) that opens a chat's lines."""
    lines = text.split("\n")
    return "\n".join(map(without_speaker, lines))


def unread(doc: Document, among: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """The language ``doc`` is plainly written in when it is none of those read (``among``,
    by default every built-in one), as its code ("" for a script) and its name: its front
    matter says so (``lang: sv``), or its text reads as none of them and the everyday words
    of another ("och", "att", "się") or another script make up most of it. None for a
    document in a language read."""
    code = _declared_code(doc.frontmatter)
    if code:
        if code in (among or built_in()):
            return None
        known = dict(_others().languages).get(code)
        if known is not None:  # "lang: sv" (not "language: go", a programming language)
            return code, known[0]
    if doc.language and doc.language_told:
        return None  # read in a language its text told (the engine's documents)
    opening = _opening(doc)
    if _count(opening).plainly_english(1):
        return None
    sample = _sample(opening)
    words = sample.words
    if len(words) < _UNREAD_WORDS or _told(sample, among, _SECTION_WORDS) is not None:
        return None
    if among is not None:  # a built-in language the config does not read: "languages: [en]"
        rest = tuple(code for code in built_in() if code not in among)
        other = _told(sample, rest, _SECTION_WORDS) if rest else None
        if other is not None and other != DEFAULT_LANGUAGE:
            return other, _built_in_name(other)
    others = _others()
    letters = sum(c.isalpha() for c in sample.prose)
    for name, script in others.scripts:
        if len(script.findall(sample.prose)) >= _UNREAD_SHARE * letters:
            return "", name
    english = _stopwords(DEFAULT_LANGUAGE)
    counts = Counter(word for word in words if word not in english)
    best, most = None, 0
    for code, (name, everyday) in others.languages:
        found = sum(counts[word] for word in everyday)
        if found > most:
            best, most = (code, name), found
    return best if most >= _UNREAD_WORDS_SHARE * len(words) else None


def _built_in_name(code: str) -> str:
    from spec_gate.reading.lexicon import vocabulary_file, yaml_words

    name = yaml_words(vocabulary_file(f"{code}.yml")).get("name", code)
    return f"{name} ({code})"


_UNREAD_WORDS = 60  # a text too short to tell is read in the fallback language, as before
_UNREAD_SHARE = 0.5  # of the letters: a script
_UNREAD_WORDS_SHARE = 0.12  # of the words: another language's everyday words, English's aside


class _Others(NamedTuple):
    languages: tuple[tuple[str, tuple[str, frozenset[str]]], ...]  # code: name, everyday words
    scripts: tuple[tuple[str, re.Pattern[str]], ...]  # name, its characters


@cache
def _others() -> _Others:
    """The languages spec-gate has no vocabulary for, as vocabulary/other/everyday.yml tells
    them apart (read only for a document no language read stands out in)."""
    from spec_gate.reading.lexicon import vocabulary_file, yaml_words

    data = yaml_words(vocabulary_file("other/everyday.yml"))
    languages = tuple(
        (str(code), (str(entry["name"]), frozenset(str(w).lower() for w in entry["words"])))
        for code, entry in data["languages"].items()
    )
    scripts = tuple(
        (str(entry["name"]), re.compile(f"[{entry['range']}]"))
        for entry in data["scripts"].values()
    )
    return _Others(languages, scripts)


def _fallback(among: tuple[str, ...] | None) -> str:
    languages = among or built_in()
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in languages else languages[0]


def detect(text: str, among: tuple[str, ...] | None = None) -> str:
    """The language ``text`` is written in, among ``among`` (by default every built-in one);
    the first of them (English by default) when unsure."""
    return _told(_sample(text[:_SAMPLE]), among, 1) or _fallback(among)


def _told(
    sample: _Sample, among: tuple[str, ...] | None, least: int, share: float = _SHARE
) -> str | None:
    """The language of a sample, or None when it does not say: fewer than ``least`` words
    (or twice as many CJK characters), or no language's everyday words stand out (make up
    ``share`` of its words; below the usual share, of varied words only)."""
    languages = among or built_in()
    fallback = _fallback(among)
    kana, han, hangul = sample.kana, sample.han, sample.hangul
    words = sample.words
    total = len(words)
    if total < least and kana + han + hangul < 2 * least:
        return None
    if hangul and hangul >= max(kana + han, total) and "ko" in languages:
        return "ko"
    # Japanese or Chinese when their characters make more words than the spaced ones: an
    # English spec whose review a colleague wrote in Japanese is still an English spec.
    if kana and (kana + han) / CHARACTERS_PER_WORD["ja"] >= total and "ja" in languages:
        return "ja"
    if han and han / CHARACTERS_PER_WORD["zh"] >= total and "zh" in languages:
        return "zh"
    # Plain English prose settles it at once, before any other language's file is read.
    english = _stopwords(DEFAULT_LANGUAGE).__contains__
    if fallback == DEFAULT_LANGUAGE and sum(map(english, words)) >= share * total:
        return fallback
    counts = Counter(words)
    spaced = tuple(code for code in languages if code not in ("ja", "zh", "ko"))
    scores = dict.fromkeys(spaced, 0)
    index = _everyday_index(spaced)
    for word, n in counts.items():  # once over the words, not once per language
        for code in index.get(word, ()):
            scores[code] += n
    if not scores:
        return None
    usual = scores.get(fallback, 0)
    best = max(scores, key=lambda language: (scores[language], language == fallback))
    if (
        best != fallback
        and scores[best] >= _LEAD * usual
        and scores[best] >= share * total
        and (
            (least == 1 and share >= _SHARE)
            or len(_stopwords(best).intersection(counts)) >= _VARIED
        )
    ):
        return best
    return fallback if usual >= share * total else None


@lru_cache(maxsize=16)
def _everyday_index(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each everyday word of ``languages``, with the languages it is one of."""
    found: dict[str, list[str]] = {}
    for code in languages:
        for word in _stopwords(code):
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


@lru_cache(maxsize=64)
def _stopwords(language: str) -> frozenset[str]:
    """A language's everyday words as written; English's from its vocabulary, which reading
    loads anyway, the others' from their files (parsed once, only when needed)."""
    if language == DEFAULT_LANGUAGE:
        return frozenset(get(language).entries("stopwords"))
    return frozenset(stopwords(language))
