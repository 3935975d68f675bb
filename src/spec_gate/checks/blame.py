"""``blame``: blame as a reader hears it, whoever it falls on and however it is worded.

Reads every sentence (``reading.blame``) for four kinds of blame, each its own finding:
``person`` (a person, an identifiable role or a commit author made the cause, or judged),
``punitive`` (an action item that punishes a person), ``users`` (the users blamed for what
happened to them) and ``heroics`` (a hero, or overwork praised). ``escalate`` names the kinds
reported as errors whatever the rule's severity. "We" is the team, and a sentence that sets
blame aside blames no one.

```yaml
check:
  blame: {escalate: [person, punitive]}
```
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spec_gate import patterns
from spec_gate.checks.base import STRICT, Miss, Outcome, lexicon_of, passed, read, shorten
from spec_gate.document import Context, Document
from spec_gate.findings import Severity
from spec_gate.reading.blame import Blame, blames

NAME = "blame"
Kind = Literal["person", "punitive", "users", "heroics"]
# "Credits", "Credit where it's due": not "Top-ups credited twice", "Credit card payments failing".
_PRAISING = patterns.Later(
    r"went well|thank|acknowledg|kudos|shout|appreciat|\bcredits\b|\bcredit where|^\W*credit\W*$"
)

_SAID = {
    Blame.PERSON: (
        "Blame: a person is made the cause. A postmortem looks for what let a slip through, "
        "not who slipped; people who fear blame stop telling what they saw.",
        "Name the step and what let it through, not the person: “the deploy went out without "
        "a canary stage, and nothing required one”.",
    ),
    Blame.PUNITIVE: (
        "A punitive follow-up: it treats a person as the fault, and the next person hides "
        "their slip.",
        "Change what made the mistake easy: a confirmation step, a guard in the tool, a "
        "second pair of eyes on that kind of change.",
    ),
    Blame.USERS: (
        "The users are blamed for what happened to them.",
        "Say what the product let happen: “passwords reused from other sites worked here, "
        "and no second factor was offered”.",
    ),
    Blame.HEROICS: (
        "Praising heroics hides the systemic cause: a fix that needs a hero will need one again.",
        "Thank people plainly, and ask what made a heroic effort necessary: “recovery needed "
        "one person who knew the manual steps”.",
    ),
}


@dataclass(frozen=True, slots=True)
class Options:
    """Blame of a person, punitive items, blaming the users, praised heroics."""

    __pydantic_config__ = STRICT

    kinds: tuple[Kind, ...] = ("person", "punitive", "users", "heroics")
    """the kinds of blame looked for, each its own finding"""
    escalate: tuple[Kind, ...] = ()
    """kinds reported as errors whatever the rule's severity"""


def run(doc: Document, options: Options, context: Context) -> Outcome:
    lexicon = lexicon_of(doc)
    wanted = {Blame(kind) for kind in options.kinds}
    errors = {Blame(kind) for kind in options.escalate}
    misses: list[Miss] = []
    for block in doc.blocks:
        section = doc.sections[block.section].title if block.section >= 0 else ""
        praising = _PRAISING.search(section) is not None
        tribute = False  # a paragraph that praised someone ("I want to call out Dana...")
        for sentence in read(doc, context, [block]):
            found_all = list(blames(sentence, lexicon, praising, tribute))
            tribute = tribute or lexicon["praise"].found_in(sentence.lemmas)
            for found in found_all:
                if found.blame not in wanted:
                    continue
                message, help_text = _SAID[found.blame]
                misses.append(
                    Miss(
                        sentence.line,
                        f"in “{shorten(sentence.text, 90)}” (“{found.words}”)",
                        message,
                        help_text,
                        Severity.ERROR if found.blame in errors else None,
                    )
                )
    return Outcome(tuple(misses)) if misses else passed()


def describe(options: Options) -> str:
    kinds = {
        "person": "a person, a role or a commit author made the cause",
        "punitive": "a follow-up that punishes a person",
        "users": "the users blamed",
        "heroics": "heroics praised",
    }
    text = "no blame, read in every sentence: " + "; ".join(kinds[k] for k in options.kinds)
    if options.escalate:
        text += f" ({', '.join(options.escalate)}: errors)"
    return text
