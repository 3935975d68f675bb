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
from spec_gate.reading.lexicon import DEFAULT_LANGUAGE, load

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_CODE = re.compile(r"```.*?```|`[^`\n]*`|<!--.*?-->|https?://\S+", re.DOTALL)
# A document is read in another language than English only when its everyday words say so
# clearly: in prose, four words in ten are everyday words (Spanish 49-55 %, German 46 %,
# English 38 % in the test documents); a neighbour's text reaches far less (French on the
# Spanish list: 16 %). So: three words in ten, and half again as many as English's.
_LEAD = 1.5
_SHARE = 0.3


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


def declared(frontmatter: object) -> str | None:
    """``lang:`` (or ``language:``) in the front matter, as a built-in language code."""
    if not isinstance(frontmatter, dict):
        return None
    value = frontmatter.get("lang", frontmatter.get("language"))
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in built_in() else None


_RECENT: OrderedDict[int, tuple[Document, str]] = OrderedDict()  # every check asks again
_KEPT = 64


def of(doc: Document) -> str:
    """The language ``doc`` is read in: its front matter's ``lang:``, else its text's."""
    kept = _RECENT.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    text = "\n".join([*(s.title for s in doc.sections), *(b.text for b in doc.blocks)])
    code = declared(doc.frontmatter) or detect(text)
    _RECENT[id(doc)] = (doc, code)
    if len(_RECENT) > _KEPT:
        _RECENT.popitem(last=False)
    return code


@lru_cache(maxsize=1024)
def detect(text: str) -> str:
    """The language ``text`` is written in, among the built-in ones (English when unsure)."""
    text = _CODE.sub(" ", text)
    kana, han, hangul = (len(p.findall(text)) for p in (_KANA, _HAN, _HANGUL))
    words = [w.lower() for w in _LATIN_WORD.findall(text) if not _HAN.search(w)]
    languages = built_in()
    if hangul and hangul >= max(kana + han, len(words)) and "ko" in languages:
        return "ko"
    if kana and kana + han >= len(words) and "ja" in languages:
        return "ja"
    if han and han >= len(words) and "zh" in languages:
        return "zh"
    if not words:
        return DEFAULT_LANGUAGE
    counts = Counter(words)
    scores = {
        language: sum(counts[w] for w in load(language).entries("stopwords") if w in counts)
        for language in languages
        if language not in ("ja", "zh", "ko")
    }
    english = scores.get(DEFAULT_LANGUAGE, 0)
    best = max(scores, key=lambda language: (scores[language], language == DEFAULT_LANGUAGE))
    if best != DEFAULT_LANGUAGE and (
        scores[best] >= _LEAD * english and scores[best] >= _SHARE * len(words)
    ):
        return best
    return DEFAULT_LANGUAGE
