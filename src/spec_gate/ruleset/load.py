"""Load rule sets and ``.spec-gate.yml`` with errors that name the file, the line and the rule."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from spec_gate import yamlfile
from spec_gate.document import content_words, normalize, parse, prompt, tokens, words
from spec_gate.errors import SpecGateError
from spec_gate.findings import Severity
from spec_gate.reading import language, lexicon, terms
from spec_gate.ruleset import compiled
from spec_gate.ruleset.compiled import ActiveRule, Policy, Profile
from spec_gate.ruleset.files import LOCAL, Files
from spec_gate.ruleset.globs import GlobError, compile_glob
from spec_gate.ruleset.schema import (
    BodyEntry,
    Config,
    DocumentsEntry,
    Rule,
    RuleSet,
    node_names,
    ruleset_model,
)
from spec_gate.vocabulary import KINDS, Kind
from spec_gate.waivers import Limits

BUILTIN_PREFIX = "builtin:"
DEFAULT_RULESETS: dict[Kind, tuple[str, ...]] = {
    Kind.SPEC: ("builtin:why", "builtin:accessibility-signoff"),
    Kind.POSTMORTEM: ("builtin:impact-narrative",),
    Kind.PR: ("builtin:why",),
    Kind.TICKET: ("builtin:why",),
    Kind.HANDOFF: ("builtin:oncall-handoff",),
}
MAX_YAML_BYTES = 1_000_000

M = TypeVar("M", bound=BaseModel)
_UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")  # models, dataclasses


def builtin_names() -> list[str]:
    folder = resources.files("spec_gate.rules")
    return sorted(p.name.removesuffix(".yml") for p in folder.iterdir() if p.name.endswith(".yml"))


def _builtin_holding(rule_id: str) -> str | None:
    """The built-in rule set that defines ``rule_id``, if one does (read only to say so)."""
    folder = resources.files("spec_gate.rules")
    for name in builtin_names():
        data = parse_yaml(folder.joinpath(f"{name}.yml").read_bytes(), f"builtin:{name}").data
        rules = data.get("rules") if isinstance(data, dict) else None
        if any(isinstance(r, dict) and r.get("id") == rule_id for r in rules or []):
            return name
    return None


def validate(model: type[M], loaded: yamlfile.Loaded, source: str) -> M:
    """Validate ``loaded`` as ``model``; the first problem becomes a SpecGateError at its line."""
    if loaded.data is None:
        loaded = yamlfile.Loaded({}, loaded.lines)
    if not isinstance(loaded.data, dict):
        raise SpecGateError(f"{source}:1", "expected a mapping of keys at the top level")
    try:
        return model.model_validate(loaded.data)
    except ValidationError as error:
        errors = error.errors()
        # A misspelt key also makes the real one "missing": report the misspelling first. Then
        # a message of ours (a bad RE2 pattern) before the other branches of a union it is in,
        # which only say that a string is not a mapping.
        first = next(
            (e for e in errors if e["type"] in _UNKNOWN_KEY),
            next((e for e in errors if e["type"] == "value_error"), errors[0]),
        )
        path = _yaml_path(first["loc"])
        given = first.get("input")
        if first["type"] == "check_node" and isinstance(given, dict) and len(given) == 1:
            path = (*path, str(next(iter(given))))
        where = f"{source}:{loaded.line_of(path)}"
        message = _describe(first, path)
        if first["type"] in _UNKNOWN_KEY:
            fmt = "config" if issubclass(model, Config) else "ruleset"
            message = _unknown(str(path[-1]), errors, path[:-1], fmt)
        raise SpecGateError(where, _rule_prefix(loaded.data, path) + message) from None


def _unknown(name: str, errors: list[Any], parent: tuple[str | int, ...], fmt: str) -> str:
    """What to say of a key the format does not have where it is written: the likeliest
    intended key (a missing sibling first), else where this key belongs in the format read
    (``fmt``: config or ruleset), else a key of that format close to it, else where it
    belongs in the other format. Never the key itself as its own suggestion."""
    missing = [
        str(_yaml_path(e["loc"])[-1])
        for e in errors
        if e["type"] in ("missing", "missing_argument") and _yaml_path(e["loc"])[:-1] == parent
    ]
    close = difflib.get_close_matches(name, missing, n=1)
    if not close:
        misplaced = _misplaced(name, parent, fmt, elsewhere=False)
        if misplaced:
            return misplaced
        known = sorted(_known_keys(fmt) - {name})
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
    if close:
        return f"unknown key {name!r}; did you mean {close[0]!r}?"
    return _misplaced(name, parent, fmt, elsewhere=True) or f"unknown key {name!r}"


def _known_keys(fmt: str) -> set[str]:
    """Every key the format (config or ruleset) knows, for "did you mean" hints."""
    from spec_gate.ruleset.jsonschema import schema

    return set(_property_names(schema(fmt)))


_FORMATS = {"config": "config", "ruleset": "rule set"}


def _misplaced(name: str, parent: yamlfile.Path, fmt: str, elsewhere: bool) -> str:
    """What to say of a key spelt right but written where it does not belong (``severity:``
    under a documents entry): where it belongs in the format being read (``fmt``: config or
    ruleset), or (``elsewhere``) in the other one; "" when it has no place there."""
    if not elsewhere:
        places = _places(name, fmt)
        if not places:
            return ""
        here = _place((*(p if isinstance(p, str) else "[]" for p in parent),), fmt)
        return f"{name!r} belongs {_places_words(places, fmt)}, not {here}"
    other = "ruleset" if fmt == "config" else "config"
    places = _places(name, other)
    if not places:
        return ""
    within = "" if places == [()] else f" ({_places_words(places, other)})"
    return f"{name!r} belongs in a {_FORMATS[other]}{within}, not in a {_FORMATS[fmt]}"


def _not_the_other_format(loaded: yamlfile.Loaded, source: str, fmt: str, hint: str) -> None:
    """A file read as ``fmt`` (config or ruleset) whose top-level keys are all the other
    format's: the wrong file was named, which says more than its first key being unknown."""
    if not isinstance(loaded.data, dict):
        return
    own, other = (Config, RuleSet) if fmt == "config" else (RuleSet, Config)
    keys = [str(key) for key in loaded.data]
    if any(key in own.model_fields for key in keys):
        return
    theirs = next((key for key in keys if key in other.model_fields), None)
    if theirs is not None:
        looks = "rule set" if fmt == "config" else "config"
        raise SpecGateError(
            f"{source}:{loaded.line_of((theirs,))}",
            f"this looks like a {looks} (it has {theirs!r}): {hint}",
        )


def _places(name: str, fmt: str) -> list[tuple[str, ...]]:
    """Where ``name`` is a key in the format's JSON Schema: each place a path of keys from
    the top, "[]" standing for an entry of a list; the nearest first."""
    from spec_gate.ruleset.jsonschema import schema

    root = schema(fmt)
    definitions = root.get("$defs", {})
    found: list[tuple[str, ...]] = []
    # A definition is read once under each key that holds it: the body entry under both
    # pull_requests and issues, a check node under check, under not and in a list of any or
    # all (which hold check nodes in turn: read once, that ends).
    seen: set[tuple[str, str]] = set()
    queue: list[tuple[tuple[str, ...], Any]] = [((), root)]
    while queue:
        path, node = queue.pop(0)
        if not isinstance(node, dict):
            continue
        reference = node.get("$ref")
        if isinstance(reference, str):
            if (reference, path[-1] if path else "") in seen:
                continue
            seen.add((reference, path[-1] if path else ""))
            node = definitions.get(reference.rsplit("/", 1)[-1], {})
        properties = node.get("properties")
        if isinstance(properties, dict):
            if name in properties:
                found.append(path)
            queue.extend(((*path, key), value) for key, value in properties.items())
        if "items" in node:
            queue.append(((*path, "[]"), node["items"]))
        for alternatives in ("anyOf", "oneOf", "allOf"):
            queue.extend((path, member) for member in node.get(alternatives, []))
    return found


def _place(path: tuple[str, ...], fmt: str) -> str:
    """A place in a format, in words: "at the top level of the config", "under a documents
    entry", "under a section check", "under waivers"."""
    if not path:
        return f"at the top level of the {_FORMATS[fmt]}"
    key = path[-1]
    if key in node_names() and len(path) > 1 and path[-2] in ("check", "[]", *node_names()):
        return f"under a {key} check"
    if key == "[]":
        owner = path[-2] if len(path) > 1 else ""
        return {"documents": "under a documents entry", "rules": "in a rule"}.get(
            owner, f"under an entry of {owner}"
        )
    return f"under {key}"


def _places_words(places: list[tuple[str, ...]], fmt: str) -> str:
    """Several places in words, the checks named together: "under a section, narrative or
    review check"."""
    checks = [p[-1] for p in places if _place(p, fmt).endswith(" check")]
    words = [_place(p, fmt) for p in places if not _place(p, fmt).endswith(" check")]
    if checks:
        names = list(dict.fromkeys(checks))
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        words.append(f"under a {listed} check")
    words = list(dict.fromkeys(words))
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _property_names(node: Any) -> Iterator[str]:
    """The keys of every object anywhere in a JSON Schema."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            yield from properties
        for value in node.values():
            yield from _property_names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _property_names(value)


def _yaml_path(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Pydantic's location as a path into the YAML, for ``Loaded.line_of``.

    A tagged union repeats its tag before the member's own field (``check.section.section.x``
    for ``check: {section: {x: ...}}``), so a node name right after itself is dropped, once:
    the ``phrases`` check has an option ``phrases`` (``check.phrases.phrases.phrases.0``).
    """
    path: list[str | int] = []
    names = node_names()
    dropped = False
    for part in loc:
        if path and part == path[-1] and part in names and not dropped:
            dropped = True
            continue
        dropped = False
        if isinstance(part, str) and part.endswith("]") and "[" in part:
            continue  # a union branch pydantic names by its validator: function-after[...]
        path.append(part if isinstance(part, int) else str(part))
    return tuple(path)


def _rule_prefix(data: dict[str, Any], path: tuple[str | int, ...]) -> str:
    """``rule ID: `` for a problem inside a rule, read from the raw YAML: the rule did not
    validate, so its id is known only from what was written."""
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        rules = data.get("rules")
        if isinstance(rules, list) and path[1] < len(rules) and isinstance(rules[path[1]], dict):
            rule_id = rules[path[1]].get("id")
            if rule_id:
                return f"rule {rule_id}: "
    return ""


def _describe(error: Any, path: tuple[str | int, ...]) -> str:
    kind = error["type"]
    name = path[-1] if path else ""
    if kind in _UNKNOWN_KEY:
        return f"unknown key {name!r}"
    if kind in ("missing", "missing_argument"):
        return f"missing required key {name!r}"
    if kind == "check_node":
        value = error.get("input")
        if isinstance(value, dict) and len(value) == 1:
            key = str(next(iter(value)))
            names = node_names()
            close = difflib.get_close_matches(key, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            return f"unknown check {key!r}{hint} (a check is one of: {', '.join(names)})"
        if isinstance(value, list) and name == "not":
            return (
                "`not` takes one check, not a list; for none of several, write `not: {any: [...]}`"
            )
        return str(error["msg"])
    message = str(error["msg"]).removeprefix("Value error, ")
    if isinstance(name, int):  # an element of a list: "all_of[1]", not "1"
        parent = next((p for p in reversed(path) if isinstance(p, str)), "")
        name = f"{parent}[{name}]"
    return f"{name}: {message}" if name != "" else message


def read_yaml(path: Path, source: str, files: Files = LOCAL) -> yamlfile.Loaded:
    data = files.read(path)
    if data is None:
        raise SpecGateError(source, "no such file")
    return parse_yaml(data, source)


def parse_yaml(data: bytes, source: str) -> yamlfile.Loaded:
    if len(data) > MAX_YAML_BYTES:
        raise SpecGateError(
            source, f"larger than {MAX_YAML_BYTES // 1000} kB; is this a rule file?"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpecGateError(source, f"not UTF-8 text (byte {error.start})") from None
    return yamlfile.load(text, source)


# -- rule sets ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoadedRuleSet:
    ruleset: RuleSet
    source: str
    rules: tuple[compiled.Rule, ...]  # after extends: inherited first, own rules override by id


def load_ruleset(
    ref: str,
    base: Path,
    where: str,
    files: Files = LOCAL,
    _chain: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    command_line: bool = False,
) -> LoadedRuleSet:
    """Load ``builtin:NAME`` or a path relative to ``base``; ``where`` names the reference
    (``command_line``: a ``--ruleset``, not a config's or rule set's)."""
    if ref.startswith(BUILTIN_PREFIX):
        name = ref.removeprefix(BUILTIN_PREFIX)
        if name not in builtin_names():
            close = difflib.get_close_matches(name, builtin_names(), n=1)
            hint = f"; did you mean builtin:{close[0]}?" if close else ""
            raise SpecGateError(
                where,
                f"no built-in rule set {name!r}{hint} (built-ins: {', '.join(builtin_names())})",
            )
        source = f"builtin:{name}"
        data = resources.files("spec_gate.rules").joinpath(f"{name}.yml").read_bytes()
        loaded = parse_yaml(data, source)
        folder = base
    else:
        path = (base / ref).resolve()
        source = ref if not _chain else str(path)
        found = files.read(path)
        if found is None:
            if path.is_dir():
                raise SpecGateError(
                    where, f"rule set {ref!r} is a folder ({path}): name a rule set file in it"
                )
            close = difflib.get_close_matches(Path(ref).stem, builtin_names(), n=1)
            hint = f"; did you mean builtin:{close[0]}?" if close and "/" not in ref else ""
            raise SpecGateError(where, f"rule set file {ref!r} not found (looked at {path}){hint}")
        loaded = parse_yaml(found, source)
        folder = path.parent
    # Cycles are found by the resolved path (or builtin:NAME), whatever spelling reached them.
    key = source if ref.startswith(BUILTIN_PREFIX) else str((base / ref).resolve())
    if key in _chain:
        raise SpecGateError(where, f"rule set {ref!r} extends itself ({' -> '.join(_chain)})")
    _not_the_other_format(
        loaded,
        source,
        "ruleset",
        "pass it with --config, not --ruleset"
        if command_line
        else "`rulesets:` and `extends:` name rule-set files, not configs",
    )
    loaded = yamlfile.Loaded(_with_terms(loaded, source, languages or None), loaded.lines)
    ruleset = validate(ruleset_model(), loaded, source)
    rules: dict[str, compiled.Rule] = {}
    for index, parent_ref in enumerate(ruleset.extends):
        parent_where = f"{source}:{loaded.line_of(('extends', index))}"
        parent = load_ruleset(parent_ref, folder, parent_where, files, (*_chain, key), languages)
        rules.update((r.id, r) for r in parent.rules)
    seen: set[str] = set()
    for index, rule in enumerate(ruleset.rules):
        if rule.id in seen:
            line = loaded.line_of(("rules", index, "id"))
            raise SpecGateError(f"{source}:{line}", f"rule id {rule.id!r} is defined twice")
        seen.add(rule.id)
        if rule.when is not None:
            _check_globs(rule.when.paths or [], loaded, ("rules", index, "when", "paths"), source)
        rules[rule.id] = _compile_rule(rule)
    return LoadedRuleSet(ruleset, source, tuple(rules.values()))


def _with_terms(loaded: yamlfile.Loaded, source: str, languages: tuple[str, ...] | None) -> Any:
    """The rule set's data with every ``{{class}}`` in a string replaced by the pattern of
    that class in the policy's languages (spec_gate.reading.terms); a class no vocabulary
    has is an error at its line, in its rule."""

    def expanded(data: Any, path: yamlfile.Path) -> Any:
        if isinstance(data, str):
            try:
                return terms.expand(data, languages)
            except SpecGateError as error:
                key = next((str(p) for p in reversed(path) if isinstance(p, str)), "")
                if path and isinstance(path[-1], int):  # an element of a list: "any_of[1]"
                    key = f"{key}[{path[-1]}]"
                what = f"{key}: {error.where}: {error.what}" if key else str(error)
                where = f"{source}:{loaded.line_of(path)}"
                raise SpecGateError(where, _rule_prefix(loaded.data, path) + what) from None
        if isinstance(data, list):
            return [expanded(item, (*path, index)) for index, item in enumerate(data)]
        if isinstance(data, dict):
            return {key: expanded(value, (*path, key)) for key, value in data.items()}
        return data

    return expanded(loaded.data, ())


def _compile_rule(rule: Rule) -> compiled.Rule:
    """The engine's plain copy of a validated rule (its check is compiled by validation)."""
    when = None
    if rule.when is not None:
        when = compiled.When(
            tuple(rule.when.labels) if rule.when.labels is not None else None,
            tuple(rule.when.paths) if rule.when.paths is not None else None,
            dict(rule.when.frontmatter) if rule.when.frontmatter is not None else None,
        )
    check: compiled.Node = rule.check
    return compiled.Rule(rule.id, rule.severity, rule.message, rule.help, when, check, rule.example)


def _check_globs(
    globs: list[str], loaded: yamlfile.Loaded, path: tuple[str | int, ...], source: str
) -> None:
    for index, glob in enumerate(globs):
        try:
            compile_glob(glob)
        except GlobError as error:
            raise SpecGateError(f"{source}:{loaded.line_of((*path, index))}", str(error)) from None


# -- config and policy -------------------------------------------------------------------------


def load_policy(
    config_path: Path | None, source: str = "", files: Files = LOCAL, root: Path | None = None
) -> Policy:
    """The policy of a config file, or the built-in defaults when there is none: those apply
    to the repository (or folder) ``root``, which the caller names."""
    if config_path is None:
        if root is None:
            raise ValueError("the built-in policy needs the root it applies to")
        builtins = {k: _profile(k, None, None, root, "", None) for k in KINDS}
        return Policy(root, "", Config().fail_on, (), builtins)
    source = source or str(config_path)
    loaded = read_yaml(config_path, source, files)
    _not_the_other_format(
        loaded,
        source,
        "config",
        "name it under a documents entry's `rulesets:`, or pass it with --ruleset, not as "
        "the config",
    )
    config = validate(Config, loaded, source)
    root = config_path.resolve().parent
    languages, vocabularies = _languages(config, loaded, source, root, files)
    profiles: list[Profile] = []
    for index, entry in enumerate(config.documents):
        here = ("documents", index)
        _check_globs(entry.paths, loaded, (*here, "paths"), source)
        _check_globs(entry.exclude, loaded, (*here, "exclude"), source)
        profiles.append(_profile(entry.kind, entry, loaded, root, source, here, files, languages))
    defaults: dict[Kind, Profile] = {}
    bodies = {
        Kind.PR: ("pull_requests", config.pull_requests),
        Kind.TICKET: ("issues", config.issues),
    }
    for kind in KINDS:
        key, body = bodies.get(kind, ("", None))
        if body is not None and body.rulesets is not None:
            place = (key,)
            defaults[kind] = _profile(kind, body, loaded, root, source, place, files, languages)
        else:
            first = next((p for p in profiles if p.kind == kind), None)
            defaults[kind] = first or _profile(
                kind, None, None, root, source, None, files, languages
            )
    # Every rule id the config names is a rule of its policy: a misspelt one would silently
    # set no severity and waive nothing.
    known = {a.rule.id for p in (*profiles, *defaults.values()) for a in p.rules}
    named: list[tuple[str, yamlfile.Path, str]] = [
        (rule_id, ("severity", rule_id), "severity") for rule_id in config.severity
    ]
    named += [
        (rule_id, ("waivers", "labels", label, index), f"waivers.labels.{label}")
        for label, rule_ids in config.waivers.labels.items()
        for index, rule_id in enumerate(rule_ids)
        if rule_id != "*"  # every rule
    ]
    for rule_id, at, key in named:
        _known_rule(rule_id, known, f"{source}:{loaded.line_of(at)}", key)
    if config.severity:
        profiles = [_severities(p, config.severity) for p in profiles]
        defaults = {k: _severities(p, config.severity) for k, p in defaults.items()}
    labels = {k: tuple(v) for k, v in config.waivers.labels.items()}
    limits = Limits(config.waivers.max_days, config.waivers.allow_all, config.waivers.max_renewals)
    return Policy(
        root,
        source,
        config.fail_on,
        tuple(profiles),
        defaults,
        labels,
        limits,
        pause_labels=tuple(config.pause.labels) if config.pause is not None else (),
        languages=languages,
        vocabularies=vocabularies,
    )


def _known_rule(rule_id: str, known: set[str], where: str, key: str) -> None:
    """A rule id the config names under ``key`` at ``where``: one of ``known`` (the rules of
    the policy), else an error that says which it may have meant."""
    if rule_id in known:
        return
    close = difflib.get_close_matches(rule_id, sorted(known), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    holder = _builtin_holding(rule_id)
    if holder is not None and not close:
        hint = (
            f": it is builtin:{holder}'s, which no kind of document here uses; add "
            "that rule set to a kind, or remove this line"
        )
    raise SpecGateError(where, f"{key}: no rule {rule_id!r}{hint}")


def _languages(
    config: Config, loaded: yamlfile.Loaded, source: str, root: Path, files: Files
) -> tuple[tuple[str, ...], tuple[tuple[str, bytes], ...]]:
    """The config's ``languages:``: each a built-in code or the team's own vocabulary file
    (registered here, so that the rule sets' headings include it)."""
    if config.languages is None:
        return (), ()
    codes: list[str] = []
    vocabularies: list[tuple[str, bytes]] = []
    for index, entry in enumerate(config.languages):
        where = f"{source}:{loaded.line_of(('languages', index))}"
        if entry.endswith((".yml", ".yaml")):
            data = files.read((root / entry).resolve())
            if data is None:
                raise SpecGateError(where, f"vocabulary file {entry!r} not found")
            own = lexicon.from_file(data, f"{entry}")
            lexicon.register(own)
            vocabularies.append((entry, data))
            code = own.language
        elif entry.lower() in language.built_in():
            code = entry.lower()
        else:
            known = language.built_in()
            close = difflib.get_close_matches(entry.lower(), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise SpecGateError(
                where,
                f"no built-in language {entry!r}{hint} (built-in: {', '.join(known)}; or give "
                "a vocabulary file ending .yml)",
            )
        if code not in codes:
            codes.append(code)
    return tuple(codes), tuple(vocabularies)


def _severities(profile: Profile, severity: dict[str, Severity]) -> Profile:
    """The profile with the config's severities set on its rules."""
    rules = tuple(
        replace(a, severity=severity[a.rule.id]) if a.rule.id in severity else a
        for a in profile.rules
    )
    return replace(profile, rules=rules)


def _profile(
    kind: Kind,
    entry: DocumentsEntry | BodyEntry | None,
    loaded: yamlfile.Loaded | None,
    root: Path,
    source: str,
    here: tuple[str | int, ...] | None,
    files: Files = LOCAL,
    languages: tuple[str, ...] = (),
) -> Profile:
    refs = entry.rulesets if entry is not None and entry.rulesets is not None else None

    def where(index: int) -> str:
        if refs is not None and loaded is not None and here is not None:
            return f"{source}:{loaded.line_of((*here, 'rulesets', index))}"
        return source or "built-in defaults"

    chosen = refs if refs is not None else list(DEFAULT_RULESETS[kind])
    rules = _active_rules(kind, chosen, root, where, strict=True, files=files, languages=languages)
    template: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    if entry is not None and entry.template is not None and loaded is not None and here:
        where_template = f"{source}:{loaded.line_of((*here, 'template'))}"
        data = files.read((root / entry.template).resolve())
        if data is None:
            raise SpecGateError(where_template, f"template {entry.template!r} not found")
        template = _template_texts(data, where_template)
        prompts = _prompts(data.decode("utf-8-sig"), where_template)
        titles = template_titles(data.decode("utf-8-sig"), where_template)
    else:
        prompts = ()
    paths = tuple(entry.paths) if isinstance(entry, DocumentsEntry) else ()
    exclude = tuple(entry.exclude) if isinstance(entry, DocumentsEntry) else ()
    paths_where = (
        tuple(f"{source}:{loaded.line_of((*here, 'paths', i))}" for i in range(len(paths)))
        if loaded is not None and here is not None
        else ()
    )
    # A rule's help and its example are what an author is most tempted to paste back; not a
    # handoff's example, whose answers are someone's own words about a night like any other
    # ("tired: two of the pages came after midnight").
    help_prompts = (
        p
        for a in rules
        for text in (a.rule.help, a.rule.example if kind is not Kind.HANDOFF else "")
        for p in (_prompts(text, a.rule.id) if text else ())
    )
    echoes = tuple(dict.fromkeys((*prompts, *help_prompts, *_builtin_prompts())))
    return Profile(kind, rules, paths, exclude, template, echoes, titles, paths_where)


def template_titles(text: str, where: str = "template") -> tuple[str, ...]:
    """A template's section titles in its order, below its title: where the editor's quick
    fixes put a section the document lacks."""
    return tuple(s.title for s in parse(text, where).sections if s.level > 1)


_TEMPLATE_MIN_WORDS = 4  # shorter template lines ("Yes", "N/A") are too common to mean "unfilled"
_PROMPT_MIN_WORDS = 3  # a prompt has at least this many meaningful words


def _prompts(text: str, where: str) -> tuple[tuple[str, ...], ...]:
    """The words of each prompt in a template or help snippet, in order: its paragraphs and
    the instructions in its HTML comments, which an author may paste back as an answer."""
    doc = parse(text, where)
    texts = [b.text for b in doc.blocks]
    texts += [c.text.removeprefix("<!--").removesuffix("-->") for c in doc.comments]
    return tuple(prompt(t) for t in texts if len(content_words(tokens(t))) >= _PROMPT_MIN_WORDS)


@cache
def _builtin_prompts() -> tuple[tuple[str, ...], ...]:
    """The prompts of the templates `spec-gate init` writes, in every language it writes them
    in: every team has them to paste."""
    root = resources.files("spec_gate").joinpath("templates")
    folders = [root, *(f for f in root.iterdir() if f.joinpath("spec.md").is_file())]
    names = ("spec.md", "postmortem.md", "pull_request_template.md")
    return tuple(
        p
        for folder in folders
        for n in names
        for p in _prompts(folder.joinpath(n).read_text("utf-8"), f"{folder.name}/{n}")
    )


def _template_texts(data: bytes, where: str) -> frozenset[str]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SpecGateError(where, "the template is not UTF-8 text") from None
    doc = parse(text, where)
    # A short line with an @ is the template's slot for someone ("TBD (owner: @usuario,
    # #<issue>)"): specific enough to count, and its handle is no one.
    return frozenset(
        normalize(b.text)
        for b in doc.blocks
        if words(b.text) >= _TEMPLATE_MIN_WORDS or "@" in b.text
    )


def _active_rules(
    kind: Kind,
    refs: list[str],
    base: Path,
    where: Callable[[int], str],
    strict: bool,
    files: Files = LOCAL,
    languages: tuple[str, ...] = (),
) -> tuple[ActiveRule, ...]:
    """The rules of ``refs`` for ``kind``; ``strict`` (the config's, not ``--ruleset``'s):
    a rule set for other kinds is an error."""
    rules: dict[str, ActiveRule] = {}
    for index, ref in enumerate(refs):
        loaded = load_ruleset(
            ref, base, where(index), files, languages=languages, command_line=not strict
        )
        if kind not in loaded.ruleset.kinds:
            if not strict:
                continue
            raise SpecGateError(
                where(index),
                f"rule set {loaded.ruleset.name!r} is for "
                f"{', '.join(loaded.ruleset.kinds)} documents, not {kind}",
            )
        for rule in loaded.rules:
            if rule.id in rules:
                raise SpecGateError(
                    where(index),
                    f"rule id {rule.id!r} is in both rule set "
                    f"{rules[rule.id].ruleset!r} and {loaded.ruleset.name!r}",
                )
            signoff = loaded.ruleset.signoff
            reviewers = tuple(signoff.reviewers) if signoff is not None else None
            rules[rule.id] = ActiveRule(loaded.ruleset.name, rule, reviewers)
    return tuple(rules.values())


def override_rulesets(policy: Policy, refs: list[str], base: Path, files: Files = LOCAL) -> Policy:
    """The policy with ``--ruleset`` REFs (relative to ``base``, the working directory) for
    every kind."""

    def profile(old: Profile) -> Profile:
        rules = _active_rules(
            old.kind,
            refs,
            base,
            lambda i: f"--ruleset {refs[i]}",
            strict=False,
            files=files,
            languages=policy.languages,
        )
        return replace(old, rules=rules)

    for ref in refs:  # fail early on a missing file, whatever the kinds
        load_ruleset(
            ref, base, f"--ruleset {ref}", files, languages=policy.languages, command_line=True
        )
    return replace(
        policy,
        profiles=tuple(profile(p) for p in policy.profiles),
        defaults={k: profile(p) for k, p in policy.defaults.items()},
    )
