"""Real content: words outside code and comments; placeholders and template text count nothing."""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from spec_gate.patterns import LaterRe

# The scripts written without spaces between words, as character ranges for patterns: kana,
# the CJK ideographs, and Korean's Hangul (which spaces its words but joins its particles to
# them). Defined here once; the reading layer builds its patterns from them.
KANA = "\u3040-\u30ff"
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
_WORD = LaterRe(r"[^\W_](?:[\w'’.-]*[^\W_])?")
# The same words in lowercased ASCII text, where a class of letters is tried faster than the
# Unicode categories.
_ASCII_WORD = re.compile(r"[a-z0-9](?:[\w'.-]*[a-z0-9])?", re.ASCII)
# Bounded repeats keep every pattern linear on hostile input (a 5 MB line of "](" ...).
_LINK_TARGET = re.compile(r"\]\([^)\n]{0,2000}\)|\]\[[^\]\n]{0,200}\]")
_URL = re.compile(r"<?https?://\S+>?")
_INLINE_CODE = re.compile(r"`[^`]*`")
_MARKUP = re.compile(r"[*_~`#|]+")
_PLACEHOLDER = LaterRe(
    r"""^(?:
        tbd|tbc|tba|todo|fixme|xxx+|n/?a|none|nothing|nil|null|empty|placeholder
        |-+|\.{2,}|…|\?+
        |to\ be\ (?:decided|determined|done|added|written|confirmed)
        # the same in the other languages read: "A definir", "À définir", "Da definire"...
        |(?:a|por)\ (?:definir|determinar|decidir|confirmar)|à\ (?:définir|déterminer|préciser)
        |da\ (?:definire|stabilire|decidere)|noch\ offen|nog\ te\ bepalen|ikke\ avklart
        |未定|待定|未確定|미정
        |fill\ (?:me\ )?in|coming\ soon
        |<(?!https?://|mailto:)[^>]*>|\[[^\]]*\]|\{\{[^}]*\}\}
    )[.!:]?$
    # "TODO explain", "todo: explain"; not Spanish and Portuguese "Todo bien", "Todo o time"
    |^(?:tbd|fixme|tbc)\b[:\s(（：-]|^todo\s*[:-]|^(?-i:TODO)\s""",
    re.IGNORECASE | re.VERBOSE,
)
# What the first character of real content (_CONTENT: not markup, not a space) is, in lower
# case, when _PLACEHOLDER can match: any ASCII character else rules it out.
_CONTENT = re.compile(r"[^*_~`#|\s]")
_PLACEHOLDER_OPENINGS = frozenset("tfxnepc-.?<[{adi")
# A sentence still carrying a template's marker ("created because [REPLACE ME]", "{{ why }}") is
# unfinished; a site generator's markup is not: Hugo's shortcodes ({{< track "..." >}}) and
# Liquid's or Jinja's expressions with a filter, a quoted value or a dotted name
# ({{ '2024-03-07' | date }}, {{ page.title }}) are how a status page is written.
_UNFINISHED = LaterRe(
    r"[\[<](?:replace me|replace this|fill (?:me )?in|insert [^\]>\n]{0,60}|your [^\]>\n]{0,60}"
    r"|describe [^\]>\n]{0,80}|explain [^\]>\n]{0,80}|add [^\]>\n]{0,60}|todo|tbd)[\]>]"
    r"|\{\{(?![<%])(?![^}\n]{0,80}['\"|])(?!\s*[\w-]+\.[\w.-]+\s*\}\})[^}\n]{0,80}\}\}",
    re.IGNORECASE,
)


def forget() -> None:
    """Drop what the caches below learnt of one document's blocks. They pay off while several
    rules read the same sections; kept longer, they would hold every document's text."""
    for cached in (is_placeholder, _placeholder, is_dismissal, tokens):
        cached.cache_clear()


def normalize(text: str) -> str:
    """The form used to compare a paragraph with the template's: its words (split where
    ``\\s`` would, any Unicode whitespace) one space apart, lowercased. Joined, not
    substituted by a pattern: four times faster, and every block is asked."""
    return " ".join(text.split()).lower()


@lru_cache(maxsize=4096)
def is_placeholder(text: str, references: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` is empty in substance: TBD, N/A, <fill in>, [describe it] and the like.

    ``[label]`` that names a link reference defined in the document is a link, not a placeholder.
    """
    said = _placeholder(text)
    return said is not None and not (said.startswith("[") and normalize(said[1:-1]) in references)


@lru_cache(maxsize=4096)
def _placeholder(text: str) -> str | None:
    """What of ``text`` is a placeholder, whatever the document's link references: its
    text without markup when that is one (``[label]`` may be a reference's), "" when it is one
    all the same, None when it is none. Rules ask with and without the references."""
    opening = _CONTENT.search(text)
    if opening is None:
        return ""  # only markup and spaces
    # Most blocks open with a word no placeholder starts with: told from that character,
    # without stripping the markup from the whole block.
    first = opening.group()
    bare = ""
    if not first.isascii() or first.lower() in _PLACEHOLDER_OPENINGS:
        bare = _MARKUP.sub("", text).strip()
    if bare and _PLACEHOLDER.match(bare) is not None:
        return bare
    if "[" not in text and "<" not in text and "{" not in text:
        return None  # nothing _UNFINISHED could find: no bracket, tag or braces
    # A marker in a code span ("`{{foo}}` in a template", "`${{ }}` expressions") is code,
    # and one that is a link's text ("[your `pip.conf` file](...)") a link.
    prose = _LINKS_AND_IMAGES.sub(" ", _INLINE_CODE.sub(" ", text))
    if "[" not in prose and "<" not in prose and "{" not in prose:
        return None  # (every bracket was a link's or code's)
    return "" if _UNFINISHED.search(_MARKUP.sub("", prose)) is not None else None


def words(text: str) -> int:
    """Words of prose in ``text``: link targets count nothing, a bare URL or code span one word."""
    text = _LINK_TARGET.sub("] ", text)
    text = _URL.sub(" url ", text)
    text = _INLINE_CODE.sub(" code ", text)
    found = _WORD.findall(text)
    return len(found) if text.isascii() else len(_counted(found))


@lru_cache(maxsize=4096)
def is_dismissal(text: str) -> bool:
    """Whether ``text`` waves a question away instead of answering it: "considered", "fine"."""
    if len(text) > _DISMISSAL_MAX:
        return False
    return _DISMISSAL.match(_MARKUP.sub("", text).strip()) is not None


def is_example(text: str) -> bool:
    """Whether ``text`` is a template's sample, shown as one ("_Example: For 45 minutes, 10% of
    users..._"): the author's own account does not open by calling itself an example."""
    return _EXAMPLE.match(text) is not None


@lru_cache(maxsize=1024)
def tokens(text: str) -> tuple[str, ...]:
    """The words of ``text``, lowercased: link targets, URLs and code spans are not words, and a
    block that is only links, images or a URL has none (a link is where content is, not it).
    Cached: several rules read the same sections."""
    if "`" in text:
        text = _INLINE_CODE.sub(" ", text)
    if "[" in text or "http" in text:
        if not _LETTER.search(_URL.sub(" ", _LINKS_AND_IMAGES.sub(" ", text))):
            return ()
        text = _URL.sub(" ", _LINK_TARGET.sub("] ", text))
    if text.isascii():
        return tuple(_ASCII_WORD.findall(text.lower()))
    return _counted(_WORD.findall(text.lower()))


# Japanese and Chinese write words without spaces between them. Counted a character at a
# time, 30 words of Japanese would be a dozen English ones; counted a run at a time, a whole
# sentence is one word. On the same sentences (eval/languages/ratio.py), an English word is
# 2.25 characters of Japanese and 1.62 of Chinese: a run is cut into that many words.
_IDEOGRAPHIC = LaterRe(f"[{KANA}{IDEOGRAPHS}]+")
_KANA = LaterRe(f"[{KANA}]")
CHARACTERS_PER_WORD = {"ja": 2.25, "zh": 1.62, "ko": 2.15}
# Korean's syllables are cut the same way (eval/languages/ratio.py: 2.15 a word): a Korean
# word joins its particles, so its spaced words alone count three quarters of the English.
_HANGUL_RUN = LaterRe(f"[{HANGUL}]+")


def _syllables(word: str) -> list[str]:
    """A word with Hangul in it, its Hangul cut into words of Korean's length."""
    runs = _HANGUL_RUN.findall(word)
    if not runs:
        return [word]
    parts = [part for part in _HANGUL_RUN.split(word) if part and _WORD.fullmatch(part)]
    for run in runs:
        count = max(1, round(len(run) / CHARACTERS_PER_WORD["ko"]))
        cuts = [round(i * len(run) / count) for i in range(count + 1)]
        parts += [run[a:b] for a, b in pairwise(cuts)]
    return parts


def _counted(found: list[str]) -> tuple[str, ...]:
    """Words as counted: a run of ideographs or kana is cut into words of its language's
    length (Japanese when the text has kana, else Chinese), and so is a Korean word, whose
    particles are joined to it ("고객이", "카드로")."""
    if any(_HANGUL_RUN.search(word) for word in found):
        found = [part for word in found for part in _syllables(word)]
    if not any(_IDEOGRAPHIC.search(word) for word in found):
        return tuple(found)
    length = CHARACTERS_PER_WORD["ja" if any(_KANA.search(w) for w in found) else "zh"]
    words: list[str] = []
    for word in found:
        words += [part for part in _IDEOGRAPHIC.split(word) if part and _WORD.fullmatch(part)]
        for run in _IDEOGRAPHIC.findall(word):
            count = max(1, round(len(run) / length))
            cuts = [round(i * len(run) / count) for i in range(count + 1)]
            words += [run[a:b] for a, b in pairwise(cuts)]
    return tuple(words)


def content_words(words: Iterable[str]) -> frozenset[str]:
    """The words that carry meaning: no stopwords, no numbers."""
    return frozenset(w for w in words if w not in STOPWORDS and has_letter(w))


@lru_cache(maxsize=16384)
def has_letter(word: str) -> bool:
    """A word, not a number ("2g" is a word, "1,200" is not); asked once per distinct word."""
    return _LETTER.search(word) is not None


def specific_words(texts: Iterable[str], echoes: tuple[Prompt, ...] = ()) -> int:
    """Distinct meaningful words beyond the generic vocabulary of change ("this change is
    needed for the release" has none): what separates a reason from circular filler."""
    found: set[str] = set()
    for text in texts:
        if not is_placeholder(text) and not is_dismissal(text):
            found |= content_words(_without_echo(text, echoes))
    return len(found - GENERIC - _LOREM)


COPY_MIN_WORDS = 20  # shorter sections are too alike by nature ("Fixes #12.") to call copies


def shingles(texts: Iterable[str]) -> bytes:
    """The fingerprint of a section's real content, for telling a copy from a section of its
    own: its runs of 3 words (few enough that a few changed words leave most runs intact),
    hashed stably (the same in every process, unlike hash()): each word's CRC-32, combined. All
    of them: a sample would make the share of a short section too uncertain to judge. Packed as
    sorted 32-bit integers: a large corpus keeps thousands."""
    found: list[str] = []
    for text in texts:
        if not is_placeholder(text) and not is_dismissal(text):
            found += tokens(text)
    if len(found) < COPY_MIN_WORDS:
        return b""
    if len(_CRC) > _CRC_MOST:
        _CRC.clear()
    hashes = array("Q", map(_CRC.__getitem__, found))
    return array("I", sorted(set(_runs(hashes)))).tobytes()


def _runs(hashes: array[int]) -> array[int]:
    """The hash of each run of words a, b, c: ((a * _MIX ^ b) * _MIX ^ c) & 0xFFFFFFFF.

    Computed for all runs at once, in one integer holding each word's hash in a 64-bit lane
    of its own: multiplied by _MIX, a 32-bit hash stays under 2**52, inside its lane, and
    shifting by a lane puts each word's hash in the lane of the word before it."""
    lanes = len(hashes) - 2  # (the last two words start no run)
    every = int.from_bytes(_little(hashes), "little")
    low = int.from_bytes(_little(array("Q", [0xFFFFFFFF]) * lanes), "little")
    pairs = ((every * _MIX) ^ (every >> 64)) & low
    mixed = ((pairs * _MIX) ^ (every >> 128)) & low
    halves = array("I", mixed.to_bytes(8 * lanes, "little"))
    if sys.byteorder == "big":
        halves.byteswap()
    return halves[::2]  # each lane's low half


def _little(values: array[int]) -> bytes:
    """The bytes of ``values`` as little-endian, whatever the machine's order."""
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


class _Crcs(dict[str, int]):
    """Each word's CRC-32, computed when it is first met; a figure is any figure: an account
    pasted with its times and counts changed ("08:10" to "13:00", "2.300" to "1.100") is the
    same account."""

    def __missing__(self, word: str) -> int:
        found = self[word] = zlib.crc32((_FIGURE if word[:1].isdigit() else word).encode())
        return found


_FIGURE = "0"  # what every figure is read as in a fingerprint
_MIX = 1_000_003  # an odd multiplier: the order of the three words changes the hash
# Each word's CRC-32, kept across documents: most words of a section were met in another.
_CRC = _Crcs()
_CRC_MOST = 200_000


def real_words(
    texts: Iterable[str],
    template_texts: frozenset[str] = frozenset(),
    references: frozenset[str] = frozenset(),
    echoes: tuple[Prompt, ...] = (),
    enough: int = 0,
) -> int:
    """Words of real content, as a reader would count them.

    Nothing counts for a placeholder (TBD), a dismissal ("considered"), or text left as the
    template had it. A block that echoes a prompt (the template's, or a rule's help) counts only
    the words the author added to it. Then degenerate text is cut down: lorem ipsum counts
    nothing, numbers count no more than the words around them, and a word repeated counts at
    most three times, so "0 1 2 ... 19" or one word fifteen times never reach a minimum.

    ``enough``: a minimum the caller compares the count with; the texts are read only until
    the count is sure to reach it (words with letters that lorem ipsum cannot take back,
    enough of them distinct), and then a count of at least ``enough`` is returned, not all.
    """
    found: list[str] = []
    kept = 0  # words that count whatever follows: with a letter, not lorem ipsum
    distinct: set[str] = set()
    for text in texts:
        if is_placeholder(text, references) or is_dismissal(text) or is_example(text):
            continue
        if template_texts and normalize(text) in template_texts:
            continue
        said = _without_echo(text, echoes)
        found += said
        if enough:
            kept = _sure(said, enough, kept, distinct)
            if kept >= enough and 3 * len(distinct) >= enough:
                return min(kept, 3 * len(distinct))
    if len(_LOREM_MARKERS.intersection(found)) >= 2:
        found = [w for w in found if w not in _LOREM]
    words = list(filter(has_letter, found))
    numbers = len(found) - len(words)
    return min(len(words) + min(numbers, len(words)), 3 * len(set(words)))


def _sure(said: Sequence[str], enough: int, kept: int, distinct: set[str]) -> int:
    """``kept`` and the words of ``said`` that count whatever follows (with a letter, not
    lorem ipsum), each added to ``distinct``: read only until the count is sure to reach
    ``enough`` (a long paragraph's first few words settle it)."""
    for word in said:
        if word not in _LOREM and has_letter(word):
            kept += 1
            distinct.add(word)
            if kept >= enough and 3 * len(distinct) >= enough:
                break
    return kept


def discarded(
    texts: Iterable[str],
    template_texts: frozenset[str] = frozenset(),
    references: frozenset[str] = frozenset(),
    echoes: tuple[Prompt, ...] = (),
) -> tuple[str, str] | None:
    """The first text that ``real_words`` counts as nothing, and what it is, for a finding:
    ("TBD", "is a placeholder"), ("Considered.", "waves the question away"): so an author sees
    what to replace, not only that words are missing."""
    for text in texts:
        if is_placeholder(text, references):
            return text, "is a placeholder"
        if is_dismissal(text):
            return text, "waves the question away"
        if is_example(text):
            return text, "is an example, not this document's account"
        if template_texts and normalize(text) in template_texts:
            return text, "is the template's own text"
        if echoes and is_echo(text, echoes):
            return text, "repeats the template's prompt or spec-gate's own example"
    return None


def _without_echo(text: str, echoes: tuple[Prompt, ...]) -> tuple[str, ...] | list[str]:
    """The words of ``text`` less the prompt they echo, when they are mostly a prompt with
    words changed: most of its pairs of neighbouring words stand in the prompt, in order.
    Sharing a prompt's words is not echoing it: "announced to screen readers; works with the
    keyboard only" answers "<screen readers, keyboard only, zoom>" in words of its own."""
    words = tokens(text)
    if not echoes or len(words) < _ECHO_MIN_WORDS:
        return words
    every, index = _index(echoes)
    # Most blocks share few pairs with all the prompts together: no need to try each one, nor
    # to gather the block's own pairs.
    common = every.intersection(pairwise(words))
    if len(common) < _ECHO_MIN_SHARED:
        return words
    counts = Counter(number for pair in common for number in index[pair])
    number, shared = max(counts.items(), key=lambda item: (item[1], -item[0]))
    if shared < _ECHO_MIN_SHARED or shared < _ECHO_SHARE * len(set(pairwise(words))):
        return words
    said = set(echoes[number])
    return [w for w in words if w not in said and w not in STOPWORDS]


def is_echo(text: str, echoes: tuple[Prompt, ...]) -> bool:
    """Whether ``text`` is mostly a prompt, with at most a few words of its own."""
    if not echoes:
        return False
    kept = _without_echo(text, echoes)
    return len(kept) < len(tokens(text)) / 2


def prompt(text: str) -> Prompt:
    """A prompt as echoes are looked for: its words, in order."""
    return tokens(text)


@lru_cache(maxsize=512)
def _pairs(words: Prompt) -> frozenset[tuple[str, str]]:
    return frozenset(pairwise(words))


_Index = tuple[frozenset[tuple[str, str]], dict[tuple[str, str], tuple[int, ...]]]
# The prompts of a policy are one tuple for the whole run: known by identity, since hashing a
# hundred prompts at every block costs more than the rest of the echo test.
_INDEXED: dict[int, tuple[tuple[Prompt, ...], _Index]] = {}


def _index(echoes: tuple[Prompt, ...]) -> _Index:
    """Every pair of neighbouring words of the prompts, and each with the prompts (by number)
    it is in."""
    kept = _INDEXED.get(id(echoes))
    if kept is not None and kept[0] is echoes:
        return kept[1]
    if len(_INDEXED) >= 16:
        _INDEXED.clear()
    found: dict[tuple[str, str], list[int]] = {}
    for number, words in enumerate(echoes):
        for pair in _pairs(words):
            found.setdefault(pair, []).append(number)
    index = frozenset(found), {pair: tuple(numbers) for pair, numbers in found.items()}
    _INDEXED[id(echoes)] = (echoes, index)
    return index


Prompt = tuple[str, ...]  # a prompt's words, in order
# An echo: a block of at least 5 words, half of its pairs of neighbouring words (and at least
# 3) as a prompt has them. A real answer to "Who runs into what problem today?" names riders and
# tunnels, not the prompt's words in the prompt's order; a short answer ("Works offline on 2G.")
# is too short to call a copy of anything.
_ECHO_SHARE = 0.5
_ECHO_MIN_WORDS = 5
_ECHO_MIN_SHARED = 3
_LETTER = re.compile(r"[^\W\d_]")
_LINKS_AND_IMAGES = re.compile(r"!?\[[^\]\n]{0,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
# "Example:", "E.g. -", "Sample:" opening a block, after any emphasis or quote marks.
# "Example:" in each built-in language: a sample labelled as one, left in place.
_EXAMPLE = LaterRe(
    r"^[\W_]{0,3}(?:(?:example|sample|ejemplo|exemple|beispiel|esempio|exemplo|voorbeeld)\b"
    r"|e\.\s?g\.|p\.\s?ej\.|z\.\s?b\.|例えば|例|예시|예|示例|样例)\W{0,2}\s*[:：—–-]",
    re.IGNORECASE,
)
_DISMISSAL_MAX = 40  # characters: the longest dismissal, with room for markup
_DISMISSAL = LaterRe(
    r"^(?:considered|fine|ok(?:ay)?|good|no impact|not applicable|n/?a|none|no issues?"
    r"|nothing(?: to (?:note|add|report))?|not relevant|covered|done|yes|no|checked|reviewed"
    r"|as above|see above|same as (?:above|before)|not an? (?:issue|problem|concern)"
    r"|no concerns?|all good|looks good|lgtm|unaffected|not affected|no changes?|irrelevant"
    r"|does ?n[o']t apply|not needed|nothing special)[.!]?$",
    re.IGNORECASE,
)
_LOREM_MARKERS = frozenset({"lorem", "ipsum", "dolor", "amet", "consectetur", "adipiscing"})
_LOREM = _LOREM_MARKERS | frozenset(
    "sit elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim "  # noqa: SIM905
    "veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat "
    "duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur "
    "excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit "
    "anim id est laborum".split()
)
# Words any reason can use without saying anything about this one.
GENERIC = frozenset(
    "change changes changed changing need needs needed needing necessary require requires "  # noqa: SIM905
    "required requirement requirements important importance feature features release releases "
    "work works working update updates updated improve improves improved improvement "
    "improvements better best good great nice useful helpful fix fixes fixed add adds added "
    "make makes made making thing things stuff want wants wanted pr prs ticket tickets task "
    "tasks issue issues project projects system systems reason reasons because since due "
    "purpose goal goals ensure ensures allow allows support supports new old current "
    "currently now later soon time version versions code implement implementation "
    "implemented part parts way ways something anything everything lot lots really".split()
)
STOPWORDS = frozenset(
    "a an the and or but if then else of to in on at by for with from as is are was were be "  # noqa: SIM905
    "been being it its this that these those there here what which who whom whose how when "
    "where why do does did done have has had having will would shall should can could may "
    "might must not no yes so than too very just also any all each every some such own same "
    "other into onto about over under again once only more most less few both either neither "
    "our we us you your they them their he she his her i me my up out off".split()
)
