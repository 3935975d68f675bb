"""Reading prose as a careful reader does: sentences across wrapped lines, lemmas, numbers in
words, who does what. Used by every check that judges prose (``narrative``, ``review``,
``section``'s reasons, ``blame``, ``items``' follow-ups).

Layered between the document model and the checks: it imports ``document`` and nothing above.
"""

from spec_gate.reading.lexicon import Lexicon, load
from spec_gate.reading.text import Kind, Sentence, Token, sentences

__all__ = ["Kind", "Lexicon", "Sentence", "Token", "load", "sentences"]
