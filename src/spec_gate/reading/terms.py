"""Headings and sign-off words of every built-in language, as one pattern for a rule set.

A rule set writes ``{{heading_review}}`` inside a pattern; it stands for the entries of the
class ``heading_review`` in every language's vocabulary file ("Revisión de accesibilidad",
"Barrierefreiheit", "アクセシビリティ"), matched as written, case-insensitively: a
``heading_`` class as a heading (see ``pattern``: "pourquoi …" opens one), a ``signoff_`` or
``words_`` class as words anywhere ("Alarmierungen", "fuera de horario"). English keeps its own
patterns in the rule sets, so its files need not list these classes.
"""

from __future__ import annotations

import re
from functools import cache

from spec_gate.errors import SpecGateError
from spec_gate.patterns import LaterRe
from spec_gate.reading.language import built_in
from spec_gate.reading.lexicon import entries as entries_of
from spec_gate.reading.lexicon import names as class_names
from spec_gate.reading.text import has_cjk

PLACEHOLDER = LaterRe(r"\{\{\s*((?:heading|signoff|words)_[a-z_]+)\s*\}\}")
PREFIXES = ("heading_", "signoff_", "words_")
_NEVER = r"[^\s\S]"  # matches nothing: after it, the class's name marks its expansion
_MARKED = re.compile(r"\[\^\\s\\S\]((?:heading|signoff|words)_[a-z_]+)")


@cache
def pattern(name: str, languages: tuple[str, ...] | None = None) -> str:
    """The RE2 pattern that ``{{name}}`` stands for in ``languages`` (default: every
    built-in language)."""
    if not name.startswith(PREFIXES):
        raise SpecGateError(
            f"{{{{{name}}}}}", f"only classes named {' or '.join(p + '…' for p in PREFIXES)}"
        )
    entries = sorted(
        {entry for code in languages or built_in() for entry in entries_of(code, name)},
        key=lambda entry: (-len(entry), entry),
    )
    if not entries:
        known = sorted(n for n in class_names(built_in()) if n.startswith(PREFIXES))
        if name not in known:  # a misspelt class would match nothing, silently
            import difflib

            close = difflib.get_close_matches(name, known, n=1)
            meant = f"; did you mean {{{{{close[0]}}}}}?" if close else ""
            raise SpecGateError(f"{{{{{name}}}}}", f"no vocabulary has this class{meant}")
    words = [e for e in entries if not has_cjk(e)]
    runs = [e for e in entries if has_cjk(e)]  # no spaces between words
    # A heading of one word is the whole heading ("Inclusion of `Try` in a future prelude"
    # is no Spanish heading, though its first word is one); a heading of several words is
    # named by how it begins ("Wer war betroffen und wie?"); one written without spaces by
    # how it begins or ends ("背景と目的", "利用者への影響"); a sign-off line may say its words
    # anywhere.
    heading = name.startswith("heading_")
    parts = []
    if words and heading:
        # An entry written with "…" after it opens a heading whatever follows, as "Why" does
        # in English: "Pourquoi ce chantier", "Warum wir das brauchen".
        several = [e.removesuffix(_OPENS).strip() for e in words if e.endswith(_OPENS)]
        single = [e for e in words if len(e.split()) == 1 and not e.endswith(_OPENS)]
        several += [e for e in words if len(e.split()) > 1 and not e.endswith(_OPENS)]
        if single:
            # ...or joined to more words by "and", "on" or "for": "Contexte et définition du
            # problème", "Auswirkungen auf Patientinnen und Patienten", "Impacto para clientes";
            # or set apart from them by a slash, a colon, a comma, a dash or a bracket:
            # "Contexte / pourquoi", "Motivation : le constat", "Hintergrund (kurz)"
            parts.append(rf"^(?:{_alternatives(single)})(?:$|\s+(?:{_JOINING})\s|{_SET_APART})")
        if several:
            parts.append(rf"^(?:{_alternatives(several)})(?:[^\pL\pN]|$)")
    elif words:
        # (RE2 has no lookaround, so a boundary is a character matched: after one class has
        # taken the space that ends it, the next may begin where ASCII's \b stands, as in
        # "accesibilidad aprobada" for "{{signoff_subject}}.*{{signoff_approve}}")
        parts.append(rf"(?:^|[^\pL\pN]|\b)(?:{_alternatives(words)})(?:[^\pL\pN]|$)")
    if runs:
        alternatives = "|".join(map(re.escape, runs))
        # ...or by how it ends, as a heading of what something is of: "プレイヤーの皆さまへの
        # 影響" (the impact on our players), "对用户的影响".
        parts.append(
            f"^(?:{alternatives})|(?:{alternatives})$" if heading else f"(?:{alternatives})"
        )
    return "|".join([*parts, _NEVER + name])


# "and", "on" and "for" in each built-in language that spaces its words
_AND = ("and", "&", "et", "und", "y", "e", "en", "og", "i")
_ON_OR_FOR = ("on", "for", "auf", "für", "sur", "pour", "para", "sobre", "su", "per", "op")
_JOINING = "|".join((*_AND, *_ON_OR_FOR, "voor", "på", "til", "over"))


_OPENS = "…"  # after a heading entry: it names a heading by how the heading begins
_SET_APART = r"\s*[/:,\x28]|\s+[–—-]\s"  # (\x28: "(", which would unbalance shown()'s count)


def _alternatives(entries: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in entries)


def expand(text: str, languages: tuple[str, ...] | None = None) -> str:
    """``text`` with each ``{{class}}`` replaced by its pattern in ``languages``."""
    if "{{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: f"(?:{pattern(m.group(1), languages)})", text)


def shown(text: str) -> str:
    """``text`` with each expanded class put back as ``{{class}}`` (how a rule is explained):
    each expansion ends with a branch that matches nothing and names its class."""
    for name in set(_MARKED.findall(text)):
        text = re.sub(
            r"\(\?:(?:[^()]|\((?:[^()]|\([^()]*\))*\))*?" + re.escape(_NEVER + name) + r"\)",
            f"{{{{{name}}}}}",  # a class name holds no backslash: a plain replacement
            text,
        )
    return text
