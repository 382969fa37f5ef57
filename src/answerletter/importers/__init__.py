"""Importers: Word letters, the Kamer's question documents (Word, PDF, text) and pasted text
become letters, each with an ``ImportReport``. Plain Python, no Qt.

Public API: ``import_file(path)``, ``import_bytes(data, name)``, ``import_text(text, name)``
(each returns ``ImportResult``: the letter and its report), ``split_questions(text)`` for the
paste dialog, ``ImportFailure`` (a one-line reason), ``IMPORT_SUFFIXES``.
"""

from __future__ import annotations

from answerletter.importers.api import (
    IMPORT_SUFFIXES,
    ImportResult,
    import_bytes,
    import_file,
    import_text,
    is_importable,
    split_questions,
)
from answerletter.importers.errors import ImportFailure
from answerletter.importers.report import (
    Candidate,
    FieldReport,
    ImportReport,
    Skipped,
    Source,
    Status,
    apply_candidate,
)

__all__ = [
    "IMPORT_SUFFIXES",
    "Candidate",
    "FieldReport",
    "ImportFailure",
    "ImportReport",
    "ImportResult",
    "Skipped",
    "Source",
    "Status",
    "apply_candidate",
    "import_bytes",
    "import_file",
    "import_text",
    "is_importable",
    "split_questions",
]
