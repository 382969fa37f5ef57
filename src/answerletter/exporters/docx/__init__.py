"""The letter as a Word document (.docx) in the house style: plain Python, no Qt.

``write_docx(letter, path, page_count=...)`` writes the file atomically. The page count comes
from the typesetter (``LetterLayout.page_count``): it is the cached result of the NUMPAGES
fields, so a viewer that does not recompute fields still shows "Pagina N van M" like our PDF.
python-docx handles the package; our helpers add what it lacks (footnotes, fields, hyperlinks,
lists, custom properties) on a base document built from the profile (see ``base``).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from answerletter.exporters.docx.letter import LogoPicture, build_document
from answerletter.fileformat.atomic import write_atomically
from answerletter.fileformat.errors import KvbError
from answerletter.layout.profile import Profile, load_profile
from answerletter.model.letter import Letter

__all__ = ["DocxExportError", "LogoPicture", "docx_bytes", "write_docx"]


class DocxExportError(RuntimeError):
    """The Word file could not be written; the message says why (and that nothing changed)."""


def docx_bytes(
    letter: Letter,
    *,
    page_count: int,
    profile: Profile | None = None,
    now: datetime | None = None,
    logo: LogoPicture | None = None,
) -> bytes:
    """The .docx file of *letter* as bytes; *logo* is the profile's or sender's logo as the
    caller rendered it (``layout.logo.logo_png``), None for a letterhead without one."""
    document = build_document(
        letter,
        profile if profile is not None else load_profile(),
        page_count=page_count,
        now=(now or datetime.now(UTC)).replace(microsecond=0),
        logo=logo,
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_docx(
    letter: Letter,
    path: str | Path,
    *,
    page_count: int,
    profile: Profile | None = None,
    now: datetime | None = None,
    logo: LogoPicture | None = None,
) -> None:
    """Write *letter* to *path* through a temporary file and a rename: a failure leaves the
    old file (or none), never half a document. Raises DocxExportError."""
    data = docx_bytes(letter, page_count=page_count, profile=profile, now=now, logo=logo)
    try:
        write_atomically(Path(path), data)
    except KvbError as error:
        raise DocxExportError(str(error)) from None
