"""The document model: Markdown parsed once into sections, labels, tasks, items and front matter."""

from spec_gate.document.content import (
    content_words,
    is_dismissal,
    is_placeholder,
    normalize,
    prompt,
    real_words,
    shingles,
    specific_words,
    tokens,
    words,
)
from spec_gate.document.model import (
    Block,
    Comment,
    Context,
    Document,
    Item,
    Label,
    Section,
    Task,
)
from spec_gate.document.parse import parse

__all__ = [
    "Block",
    "Comment",
    "Context",
    "Document",
    "Item",
    "Label",
    "Section",
    "Task",
    "content_words",
    "is_dismissal",
    "is_placeholder",
    "normalize",
    "parse",
    "prompt",
    "real_words",
    "shingles",
    "specific_words",
    "tokens",
    "words",
]
