"""A language's vocabulary for reading prose: word classes of lemmas, loaded from a data file.

The built-in files live beside the rule sets (``rules/vocabulary/<language>.yml``, shipped as
``spec_gate.rules``); each class is a set of lemmas and of phrases (lemmas in order), so that
one entry covers every inflection of a word.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from spec_gate import patterns, store
from spec_gate.document.content import HANGUL
from spec_gate.errors import SpecGateError

DEFAULT_LANGUAGE = "en"
# Languages that capitalise every noun: a capital there says nothing of a name.
NOUNS_CAPITALISED = frozenset({"de"})
# Languages that put the verb second: a clause opening with a time or a place has its
# subject after the verb ("Op 30 oktober heeft de dienstdoende ontwikkelaar ... uitgerold",
# "Von 16:40 bis 17:25 Uhr sahen etwa 800 Fahrgäste ...").
VERB_SECOND = frozenset({"de", "nl", "nb"})
# Languages that end a clause with its verb: what an item urges stands last ("確認作業を徹底する",
# "배포 시 주의 철저").
VERB_FINAL = frozenset({"ja", "ko"})
_SIMPLEMMA_LANGUAGES = frozenset(
    [
        "ast",
        "bg",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "enm",
        "es",
        "et",
        "fa",
        "fi",
        "fr",
        "ga",
        "gd",
        "gl",
        "gv",
        "hbs",
        "hi",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ka",
        "la",
        "lb",
        "lt",
        "lv",
        "mk",
        "ms",
        "nb",
        "nl",
        "nn",
        "pl",
        "pt",
        "ro",
        "ru",
        "se",
        "sk",
        "sl",
        "sq",
        "sv",
        "sw",
        "tl",
        "tr",
        "uk",
    ]
)


@dataclass(frozen=True, slots=True)
class WordClass:
    """Lemmas and phrases of one meaning ("experience", "promise"...)."""

    words: frozenset[str] = frozenset()
    # first lemma -> the phrases that start with it, longest first
    phrases: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    starts: frozenset[str] = frozenset()  # every lemma a member can start with
    # a phrase -> where a word of it may start after a space (Korean: "재발 방지" at 2)
    spaced: Mapping[tuple[str, ...], frozenset[int]] = field(default_factory=dict)

    def match(self, lemmas: Sequence[str], start: int) -> int:
        """How many lemmas from ``start`` on form a member of the class (0: none, and past
        the end)."""
        if start >= len(lemmas):
            return 0
        first = lemmas[start]
        if first not in self.starts:
            return 0
        for phrase in self.phrases.get(first, ()):
            end = start + len(phrase)
            if tuple(lemmas[start:end]) == phrase and (
                lemmas.__class__ is tuple or self._within_words(lemmas, phrase, start)
            ):
                return len(phrase)
        return 1 if first in self.words else 0

    def _within_words(self, lemmas: Sequence[str], phrase: tuple[str, ...], start: int) -> bool:
        """Whether the phrase at ``start`` spans no space its entry does not have."""
        breaks = getattr(lemmas, "breaks", None)
        if not breaks:
            return True
        spaced = self.spaced.get(phrase, frozenset())
        return all(b - start in spaced for b in breaks if start < b < start + len(phrase))

    def spans(self, lemmas: Sequence[str]) -> Iterator[tuple[int, int]]:
        """Every (start, end) where a member of the class stands, left to right."""
        starts = self.starts
        index = 0
        while index < len(lemmas):
            if lemmas[index] in starts:
                length = self.match(lemmas, index)
                if length:
                    yield index, index + length
                    index += length
                    continue
            index += 1

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.words

    def found_in(self, lemmas: Sequence[str]) -> bool:
        if self.starts.isdisjoint(lemmas):
            return False
        return next(self.spans(lemmas), None) is not None


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: one per language
class Lexicon:
    """One language's vocabulary (see rules/vocabulary/en.yml for what each class means)."""

    language: str
    abbreviations: frozenset[str]
    lemma_overrides: Mapping[str, str]
    numbers: Mapping[str, float]
    classes: Mapping[str, WordClass]
    raw: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # entries as written
    # Other languages a word is lemmatized in when the first leaves it as it is (a
    # vocabulary joined for a document written in several).
    also: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> WordClass:
        return self.classes.get(name, _EMPTY)

    def entries(self, name: str) -> tuple[str, ...]:
        """A class's entries as written, lowercased: for words a lemma would blur."""
        return self.raw.get(name, ())

    def lemma(self, word: str) -> str:
        found = _lemma(word, self.language, self.lemma_overrides)
        for language in self.also:
            if found != word:
                break
            found = _lemma(word, language, self.lemma_overrides)
        return found


_EMPTY = WordClass()


@lru_cache(maxsize=32)
def combined(lexicons: tuple[Lexicon, ...]) -> Lexicon:
    """One vocabulary holding several languages' classes, for a document whose sections are
    written in more than one: each class is every language's members; words are lemmatized
    in the first language that knows them (a section's text is tokenized with its own
    language's)."""
    first = lexicons[0]
    names = dict.fromkeys(name for lexicon in lexicons for name in lexicon.classes)
    classes = {name: _joined([lexicon[name] for lexicon in lexicons]) for name in names}
    raw = {
        name: tuple(dict.fromkeys(e for lexicon in lexicons for e in lexicon.entries(name)))
        for name in dict.fromkeys(name for lexicon in lexicons for name in lexicon.raw)
    }
    numbers = {k: v for lexicon in reversed(lexicons) for k, v in lexicon.numbers.items()}
    abbreviations = frozenset().union(*(lexicon.abbreviations for lexicon in lexicons))
    overrides = {k: v for lexicon in reversed(lexicons) for k, v in lexicon.lemma_overrides.items()}
    also = tuple(lexicon.language for lexicon in lexicons[1:])
    return Lexicon(first.language, abbreviations, overrides, numbers, classes, raw, also)


def _joined(classes: list[WordClass]) -> WordClass:
    phrases: dict[str, set[tuple[str, ...]]] = {}
    spaced: dict[tuple[str, ...], frozenset[int]] = {}
    for word_class in classes:
        for start, found in word_class.phrases.items():
            phrases.setdefault(start, set()).update(found)
        for phrase, starts in word_class.spaced.items():
            spaced[phrase] = spaced.get(phrase, frozenset()) | starts
    return _class(frozenset().union(*(c.words for c in classes)), phrases, spaced)


_TEAMS: dict[str, Lexicon] = {}  # a team's own vocabulary files (config `languages:`), by code


def register(lexicon: Lexicon) -> None:
    """Make a team's vocabulary the one read for its language code."""
    _TEAMS[lexicon.language] = lexicon


def get(language: str) -> Lexicon:
    """The vocabulary of ``language``: a team's own file, else the built-in one."""
    return _TEAMS.get(language) or load(language)


def entries(language: str, name: str) -> tuple[str, ...]:
    """A class's entries as written, lowercased, without building the whole vocabulary (no
    lemmatizer loaded): what telling languages apart and headings need."""
    own = _TEAMS.get(language)
    if own is not None:
        return own.entries(name)
    return _raw(language).get(name, ())


def stopwords(language: str) -> tuple[str, ...]:
    """A language's everyday words as written, lowercased: ``entries(language, "stopwords")``,
    a built-in file's kept in the store apart from its other lists. Telling a text's language
    reads every language's everyday words, and a file's other lists are forty times larger."""
    own = _TEAMS.get(language)
    if own is not None:
        return own.entries("stopwords")
    return _everyday(language)


def names(languages: Iterable[str]) -> frozenset[str]:
    """The classes the vocabularies of ``languages``, and those a team added, define."""
    found = {name for language in languages for name in _raw(language)}
    found.update(name for own in _TEAMS.values() for name in own.classes)
    return frozenset(found)


@lru_cache(maxsize=64)
@lru_cache(maxsize=1024)
def as_written(lexicon: Lexicon, name: str) -> frozenset[str]:
    """A class's entries as written, lowercased, as a set: for forms a lemma would blur
    ("exposed" is harm, "expose GET /filters" is a plan; "made" is a past form). Made once
    per vocabulary (known by identity) and class: it is asked of every sentence."""
    return frozenset(lexicon.entries(name))


@cache
def vocabulary_folder() -> Path | None:
    """The built-in vocabulary files' folder, when the package is installed as files (as pip
    installs it): read directly, since importlib.resources imports a dozen ms of readers to
    find the same files. None otherwise (a zip), and importlib.resources finds them."""
    import importlib

    rules = importlib.import_module("spec_gate.rules")  # the built-in rule sets' package
    for entry in getattr(rules, "__path__", ()):
        folder = Path(entry) / "vocabulary"
        if folder.is_dir():
            return folder
    return None


@cache
def built_in_languages() -> tuple[str, ...]:
    """The languages with a vocabulary file beside the rule sets."""
    folder = vocabulary_folder()
    if folder is not None:
        names = [entry.name for entry in folder.iterdir()]
    else:
        import importlib.resources

        vocabulary = importlib.resources.files("spec_gate.rules").joinpath("vocabulary")
        names = [entry.name for entry in vocabulary.iterdir()]
    return tuple(sorted(name.removesuffix(".yml") for name in names if name.endswith(".yml")))


def vocabulary_file(name: str) -> bytes:
    """The bytes of the built-in vocabulary file ``name``; FileNotFoundError when none is."""
    folder = vocabulary_folder()
    if folder is not None:
        return (folder / name).read_bytes()
    import importlib.resources

    return importlib.resources.files("spec_gate.rules").joinpath("vocabulary", name).read_bytes()


@cache
def _raw(language: str) -> dict[str, tuple[str, ...]]:
    """A built-in file's lists as written, kept in the store like the vocabularies (parsing
    the nine other languages' YAML costs 0.2 s; reading their lists back, a few ms)."""
    return _kept(language, "raw")


@cache
def _everyday(language: str) -> tuple[str, ...]:
    """A built-in file's everyday words as written, kept in the store alone."""
    return _kept(language, "stopwords").get("stopwords", ())


def _kept(language: str, part: str) -> dict[str, tuple[str, ...]]:
    """A built-in file's lists as written, as the store keeps them by the file's bytes: every
    one (``part`` "raw", read from the YAML when not kept), or the one named ``part``."""
    data = vocabulary_file(f"{language}.yml")
    where = store.folder()
    key = (_stamp(), part, language, hashlib.sha256(data).hexdigest())
    family = f"vocabulary-{language}-{part}"
    path = where / f"{family}-{_install()}.pickle" if where is not None else None
    kept = store.load(path, key) if path is not None else None
    if isinstance(kept, dict):
        return kept
    if part == "raw":
        lists = {
            str(name): tuple(str(e).lower() for e in value)
            for name, value in yaml_words(data).items()
            if isinstance(value, list)
        }
    else:
        lists = {part: _raw(language).get(part, ())}
    if path is not None and where is not None:
        store.save(path, key, lists)
        store.keep_newest(where, _family(family), INSTALLATIONS_KEPT)
    return lists


def from_file(data: bytes, where: str) -> Lexicon:
    """A team's vocabulary file, read like the built-in ones."""
    import yaml

    try:
        parsed = yaml_words(data)
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SpecGateError(where, f"not a YAML vocabulary file: {reason}") from None
    twice = defined_twice(data)
    if twice is not None:
        name, first, second = twice
        raise SpecGateError(
            f"{where}:{second}",
            f"class {name!r} is defined twice (first at line {first}): the second would "
            "replace the first's words; merge them into one list",
        )
    _known_classes_only(parsed, data, where)
    return build(parsed, where)


def _known_classes_only(parsed: Any, data: bytes, where: str) -> None:
    """A class the built-in vocabularies do not have (a typo: ``heding_who``) would be read by
    no rule, and a list written as one word (``heading_why: "zergatik"``) would be no class:
    either is an error, not a silent miss."""
    if not isinstance(parsed, dict):
        return
    known: dict[str, bool] = dict.fromkeys(_FIELDS, False)  # name: whether a list
    for language in built_in_languages():
        known.update(dict.fromkeys(_raw(language), True))
    lines: dict[str, int] = {}
    for name, number in _top_level_keys(data):
        lines.setdefault(name, number)
    for name, value in parsed.items():
        at = f"{where}:{lines.get(str(name), 1)}"
        if name not in known:
            import difflib

            close = difflib.get_close_matches(str(name), [str(k) for k in known], n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise SpecGateError(
                at,
                f"unknown class {name!r}{hint} (the classes are those of the built-in "
                "vocabularies, e.g. rules/vocabulary/de.yml)",
            )
        if known[name] and not isinstance(value, list):
            raise SpecGateError(
                at, f"class {name!r} is a list of words or phrases: write [{value}]"
            )


def defined_twice(data: bytes) -> tuple[str, int, int] | None:
    """The first class a vocabulary file names twice at its top level, with both lines: YAML
    keeps only the last, and the words of the first would be lost without a word."""
    seen: dict[str, int] = {}
    for name, number in _top_level_keys(data):
        if name in seen:
            return name, seen[name], number
        seen[name] = number
    return None


def _top_level_keys(data: bytes) -> Iterator[tuple[str, int]]:
    """Each key a vocabulary file names at its top level, with its line, in order."""
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        found = _TOP_LEVEL_KEY.match(line)
        if found is not None:
            yield found.group(1).strip("'\""), number


_FIELDS = ("language", "name", "lemmas", "numbers")  # a vocabulary file's fields, not lists
_TOP_LEVEL_KEY = patterns.LaterRe(
    r"""^("[^"\n]+"|'[^'\n]+'|[^\s#:'"\[\]{}-][^:\n]*?)\s*:(?:\s|$)"""
)


@cache
def load(language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The built-in vocabulary of ``language``: read from its data file once, then from the
    store (lemmatizing every entry costs more than the checks of a small document)."""
    try:
        data = vocabulary_file(f"{language}.yml")
    except FileNotFoundError:
        raise SpecGateError(f"language {language!r}", "no built-in vocabulary") from None
    where = store.folder()
    key = (_stamp(), language, hashlib.sha256(data).hexdigest())
    path = where / f"vocabulary-{language}-{_install()}.pickle" if where is not None else None
    kept = store.load(path, key) if path is not None else None
    if isinstance(kept, Lexicon):
        return kept
    built = build(yaml_words(data), f"vocabulary/{language}.yml")
    if path is not None and where is not None:
        store.save(path, key, built)
        store.keep_newest(where, _family(f"vocabulary-{language}"), INSTALLATIONS_KEPT)
    return built


INSTALLATIONS_KEPT = 8  # a virtualenv, pre-commit's environments, an editable checkout...


def _family(name: str) -> tuple[str, ...]:
    """The files of one vocabulary, one per installation (``name-<12 hex digits>.pickle``),
    and the name older versions of spec-gate gave it."""
    return (f"{name}-{'?' * 12}.pickle", f"{name}.pickle")


@cache
def _install() -> str:
    """This installation of spec-gate, in a file name: each keeps its own vocabularies, so two
    installations sharing the store (a pre-commit environment and a virtualenv) do not
    overwrite each other's at every run."""
    return hashlib.sha256(str(Path(__file__).resolve().parent).encode()).hexdigest()[:12]


@cache
def _simplemma_version() -> str:
    """What a stored simplemma dictionary depends on: simplemma's version, nothing of ours,
    so every installation with the same simplemma shares one copy (the largest is 24 MB)."""
    import simplemma

    return str(getattr(simplemma, "__version__", "unknown"))


@cache
def _simplemma_installed() -> str:
    """simplemma as installed, told without importing it: its import costs more than a small
    document's check."""
    return store.installed("simplemma")


@cache
def _stamp() -> str:
    """Changes with this layer's code and simplemma's installation: a stored Lexicon fits both."""
    here = Path(__file__).parent
    files = sorted(here.glob("*.py"))
    parts = [_simplemma_installed(), *(f"{f.name}:{f.stat().st_mtime_ns}" for f in files)]
    return "\0".join(parts)


def yaml_words(data: bytes) -> Any:
    """The file's data, every word a word: YAML 1.1 would read ``no``, ``yes``, ``on`` and
    ``off`` as booleans, and "no" is a word every language file needs."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class WordsLoader(base):  # type: ignore[misc]
        pass

    WordsLoader.yaml_implicit_resolvers = {
        first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(data, Loader=WordsLoader)


def build(data: Any, where: str) -> Lexicon:
    """A Lexicon from a vocabulary file's data."""
    if not isinstance(data, dict) or not isinstance(data.get("language"), str):
        raise SpecGateError(where, "a vocabulary file is a mapping with a `language:` code")
    language = data["language"]
    overrides = {str(k).lower(): str(v).lower() for k, v in (data.get("lemmas") or {}).items()}
    numbers = {str(k).lower(): float(v) for k, v in (data.get("numbers") or {}).items()}
    classes: dict[str, WordClass] = {}
    raw: dict[str, tuple[str, ...]] = {}
    for name, entries in data.items():
        if isinstance(entries, list):
            classes[name] = _word_class(entries, language, overrides)
            raw[name] = tuple(str(e).lower() for e in entries)
    abbreviations = frozenset(str(a).lower() for a in data.get("abbreviations") or ())
    return Lexicon(language, abbreviations, overrides, numbers, classes, raw)


def _word_class(entries: list[Any], language: str, overrides: Mapping[str, str]) -> WordClass:
    from spec_gate.reading.text import entry_words

    words: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    spaced: dict[tuple[str, ...], frozenset[int]] = {}
    for entry in entries:
        parts = [entry_words(part) for part in str(entry).split()]
        lemmas = tuple(_lemma(w, language, overrides) for part in parts for w in part)
        if len(lemmas) == 1:
            words.add(lemmas[0])
        elif lemmas:
            phrases.setdefault(lemmas[0], []).append(lemmas)
            if _HANGUL_SYLLABLES.search(str(entry)):  # (breaks are only read in Korean)
                starts = itertools.accumulate(len(part) for part in parts[:-1])
                spaced[lemmas] = spaced.get(lemmas, frozenset()) | frozenset(starts)
    return _class(frozenset(words), phrases, spaced)


_HANGUL_SYLLABLES = re.compile(f"[{HANGUL}]")


def _class(
    words: frozenset[str],
    phrases: Mapping[str, Iterable[tuple[str, ...]]],
    spaced: Mapping[tuple[str, ...], frozenset[int]] | None = None,
) -> WordClass:
    """A class of ``words`` and ``phrases`` (by their first lemma), longest phrases first."""
    ordered = {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in phrases.items()}
    return WordClass(words, ordered, words | frozenset(ordered), spaced or {})


@lru_cache(maxsize=65536)
def _simplemma(word: str, language: str) -> str:
    known = _known(language)
    found = known.get(word)
    if found is None:
        found = str(_lemmatizer().lemmatize(word, lang=language))
        known[word] = found
        _learnt(language)
    return found


# simplemma's lemmas, kept in the store as they are found: a run that meets only words met
# before (a hook checking the one file just edited) neither imports simplemma nor loads its
# dictionaries. Each language keeps at most LEMMAS_KEPT words, the first found.
LEMMAS_KEPT = 200_000
_KNOWN: dict[str, dict[str, str]] = {}
_LEARNT: dict[str, int] = {}  # language -> words found in this process, not yet kept


def _lemmas_path(language: str) -> tuple[Path, tuple[str, str, str]] | None:
    where = store.folder()
    if where is None:
        return None
    installed = _simplemma_installed()
    name = hashlib.sha256(installed.encode()).hexdigest()[:12]
    return where / f"lemmas-{language}-{name}.pickle", ("lemmas", installed, language)


def _known(language: str) -> dict[str, str]:
    found = _KNOWN.get(language)
    if found is None:
        place = _lemmas_path(language)
        kept = store.load(*place) if place is not None else None
        found = _KNOWN[language] = dict(kept) if isinstance(kept, dict) else {}
    return found


def _learnt(language: str) -> None:
    if not _LEARNT:
        import atexit

        atexit.register(keep_learnt)
    _LEARNT[language] = _LEARNT.get(language, 0) + 1


def warm(language: str = DEFAULT_LANGUAGE) -> None:
    """Load ``language``'s vocabulary and its kept lemmas now: worker processes forked after
    this share them instead of each loading them. simplemma and its dictionary are loaded
    only where a word is missing: most runs after the first miss none."""
    load(language)
    _known(language)


def keep_learnt() -> None:
    """Keep the lemmas this process found, joined with those another process kept meanwhile.
    Called at exit (a worker process calls it itself: it exits without running ``atexit``)."""
    for language in [code for code, count in _LEARNT.items() if count]:
        _LEARNT[language] = 0
        place = _lemmas_path(language)
        if place is None:
            continue
        path, key = place
        with store.locked(path):
            kept = store.load(path, key)
            joined = dict(kept) if isinstance(kept, dict) else {}
            room = LEMMAS_KEPT - len(joined)
            if room <= 0:
                continue
            for word, lemma in _KNOWN.get(language, {}).items():
                if room <= 0:
                    break
                if word not in joined:
                    joined[word] = lemma
                    room -= 1
            store.save(path, key, joined)
        store.keep_newest(path.parent, (f"lemmas-{language}-{'?' * 12}.pickle",), 2)


@cache
def _lemmatizer() -> Any:
    """simplemma's lemmatizer, its dictionaries read through the store: decompressing one
    costs 0.17 s at every start, loading it decompressed 0.04 s."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_Stored()))


class _Stored:
    """A simplemma dictionary factory that keeps what simplemma's own decompresses."""

    def __init__(self) -> None:
        self.loaded: dict[str, Mapping[str, str]] = {}

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        found = self.loaded.get(lang)
        if found is not None:
            return found
        from simplemma.strategies import DefaultDictionaryFactory

        where = store.folder()
        version = _simplemma_version()
        path = where / f"simplemma-{lang}-{version}.pickle" if where is not None else None
        key = ("simplemma", version, lang)
        kept = store.load(path, key) if path is not None else None
        if not isinstance(kept, Mapping):
            kept = DefaultDictionaryFactory().get_dictionary(lang)
            if path is not None and where is not None:
                store.save(path, key, kept)
                # simplemma's dictionaries are large (German's is 24 MB): one version kept
                # besides this one, for another installation that has not upgraded.
                store.keep_newest(
                    where, (f"simplemma-{lang}-*.pickle", f"simplemma-{lang}.pickle"), 2
                )
        self.loaded[lang] = kept
        return kept


# An article, a preposition or a pronoun elided before a word beginning with a vowel, written
# as one with it.
_ELIDED = {
    "fr": frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}),
    "it": frozenset({"l", "d", "un", "dell", "all", "dall", "nell", "sull", "quell", "c", "s"}),
}


def _lemma(word: str, language: str, overrides: Mapping[str, str]) -> str:
    """The base form of a lowercased word: ``saw`` -> ``see``, ``riders`` -> ``rider``."""
    found = overrides.get(word)
    if found is not None:
        return found
    if language not in _SIMPLEMMA_LANGUAGES:
        return word
    head, apostrophe, rest = word.replace("’", "'").partition("'")
    if apostrophe and rest.isalpha() and head in _ELIDED.get(language, ()):
        return _lemma(rest, language, overrides)  # "l'alternant", "dell'infermiera": the noun
    if "-" in word:  # "double-charged", "self-inflicted": the last part carries the form
        head, _, last = word.rpartition("-")
        return f"{head}-{_simplemma(last, language).lower()}" if last.isalpha() else word
    if not word.isalpha():
        return word
    return _simplemma(word, language).lower()
