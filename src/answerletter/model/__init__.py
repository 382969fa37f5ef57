"""The document model: plain Python values, no Qt. See ARCHITECTURE.md."""

from answerletter.model.acceptance import Acceptance, DocumentKind
from answerletter.model.letter import Answer, Body, Letter, ModelError, Question
from answerletter.model.metadata import (
    DEFAULT_ADDRESSEE,
    Member,
    Metadata,
    Office,
    Postponement,
    Sender,
    Signatory,
    is_zaaknummer,
)
from answerletter.model.richtext import (
    EMPTY_TEXT,
    LINE_BREAK,
    PLAIN,
    Block,
    Footnote,
    Inline,
    ListKind,
    Marks,
    RichText,
    Run,
    Script,
)

__all__ = [
    "DEFAULT_ADDRESSEE",
    "EMPTY_TEXT",
    "LINE_BREAK",
    "PLAIN",
    "Acceptance",
    "Answer",
    "Block",
    "Body",
    "DocumentKind",
    "Footnote",
    "Inline",
    "Letter",
    "ListKind",
    "Marks",
    "Member",
    "Metadata",
    "ModelError",
    "Office",
    "Postponement",
    "Question",
    "RichText",
    "Run",
    "Script",
    "Sender",
    "Signatory",
    "is_zaaknummer",
]
