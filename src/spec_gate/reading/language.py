"""Which language a document is written in: declared in its front matter (``lang: es``), else
read off its text, with no network and no model: the script for Japanese, Chinese and Korean,
and for the rest the language whose everyday words ("de", "und", "the") the text uses most.
"""

from __future__ import annotations

import importlib.resources
import re
from collections import Counter, OrderedDict
from functools import cache, lru_cache

from spec_gate.document import Document
from spec_gate.document.content import HANGUL, IDEOGRAPHS, KANA
from spec_gate.reading.lexicon import DEFAULT_LANGUAGE, entries, get

_KANA = re.compile(f"[{KANA}]")
_HAN = re.compile(f"[{IDEOGRAPHS}]")
_HANGUL = re.compile(f"[{HANGUL}]")
# Words of the scripts written with spaces (Korean's Hangul too, told apart by its count).
_SPACED_WORD = re.compile(f"[^\\W\\d_{KANA}{IDEOGRAPHS}]+")
_CODE = re.compile(r"```.*?```|`[^`\n]*`|<!--.*?-->|https?://\S+", re.DOTALL)
# A document is read in another language than English only when its everyday words say so
# clearly: in prose, four words in ten are everyday words (Spanish 49-55 %, German 46 %,
# English 38 % in the test documents); a neighbour's text reaches far less (French on the
# Spanish list: 16 %). So: three words in ten, and half again as many as English's.
_LEAD = 1.5
_SHARE = 0.3
_SAMPLE = 6000  # characters: a few paragraphs tell the language as well as the whole text


@cache
def built_in() -> tuple[str, ...]:
    """The languages with a vocabulary file beside the rule sets."""
    folder = importlib.resources.files("spec_gate.rules").joinpath("vocabulary")
    return tuple(
        sorted(
            entry.name.removesuffix(".yml")
            for entry in folder.iterdir()
            if entry.name.endswith(".yml")
        )
    )


def declared(frontmatter: object, among: tuple[str, ...] | None = None) -> str | None:
    """``lang:`` (or ``language:``) in the front matter, as one of the languages read."""
    if not isinstance(frontmatter, dict):
        return None
    value = frontmatter.get("lang", frontmatter.get("language"))
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in (among or built_in()) else None


_RECENT: OrderedDict[int, tuple[Document, str]] = OrderedDict()  # every check asks again
_KEPT = 64


def of(doc: Document, among: tuple[str, ...] | None = None) -> str:
    """The language ``doc`` is read in (among the policy's languages, by default every
    built-in one): the one chosen for it, else its front matter's ``lang:``, else its text's."""
    if doc.language:
        return doc.language
    kept = _RECENT.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    code = declared(doc.frontmatter, among) or detect(_opening(doc), among)
    _RECENT[id(doc)] = (doc, code)
    if len(_RECENT) > _KEPT:
        _RECENT.popitem(last=False)
    return code


def _opening(doc: Document) -> str:
    """The document's first headings and paragraphs, up to the sample detection reads."""
    parts: list[str] = [s.title for s in doc.sections[:20]]
    size = sum(map(len, parts))
    for block in doc.blocks:
        if size >= _SAMPLE:
            break
        parts.append(block.text)
        size += len(block.text)
    return "\n".join(parts)


@lru_cache(maxsize=1024)
def detect(text: str, among: tuple[str, ...] | None = None) -> str:
    """The language ``text`` is written in, among ``among`` (by default every built-in one);
    the first of them (English by default) when unsure."""
    text = _CODE.sub(" ", text[:_SAMPLE])
    kana, han, hangul = (len(p.findall(text)) for p in (_KANA, _HAN, _HANGUL))
    words = _SPACED_WORD.findall(text.lower())
    languages = among or built_in()
    fallback = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in languages else languages[0]
    if hangul and hangul >= max(kana + han, len(words)) and "ko" in languages:
        return "ko"
    if kana and kana + han >= len(words) and "ja" in languages:
        return "ja"
    if han and han >= len(words) and "zh" in languages:
        return "zh"
    if not words:
        return fallback
    counts = Counter(words)

    def everyday(language: str) -> int:
        return sum(counts[w] for w in _stopwords(language) if w in counts)

    # Plain English prose settles it at once, before any other language's file is read.
    if fallback == DEFAULT_LANGUAGE and everyday(fallback) >= _SHARE * len(words):
        return fallback
    scores = {
        language: everyday(language) for language in languages if language not in ("ja", "zh", "ko")
    }
    if not scores:
        return fallback
    usual = scores.get(fallback, 0)
    best = max(scores, key=lambda language: (scores[language], language == fallback))
    if best != fallback and scores[best] >= _LEAD * usual and scores[best] >= _SHARE * len(words):
        return best
    return fallback


@lru_cache(maxsize=64)
def _stopwords(language: str) -> frozenset[str]:
    """A language's everyday words as written; English's from its vocabulary, which reading
    loads anyway, the others' from their files (parsed once, only when needed)."""
    if language == DEFAULT_LANGUAGE:
        return frozenset(get(language).entries("stopwords"))
    return frozenset(entries(language, "stopwords"))
