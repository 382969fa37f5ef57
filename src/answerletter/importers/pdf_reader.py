"""A PDF's text layer, through pypdf (pdfplumber as the fallback).

pypdf follows the content stream, so it keeps each text line's words in order with their gaps
(as tabs or spaces), and keeps a letter's side column apart from the body. pdfplumber
(pdfminer) re-sorts characters by position: on our own Qt-written PDFs it interleaved the
reference column with the body line by line, and on a one-column Qt PDF at 9 pt it returned
letter soup. It is kept as the fallback for PDFs whose content stream pypdf cannot read. A PDF
without a text layer (a scan) is refused with that reason. See ARCHITECTURE.md (Decisions).
"""

from __future__ import annotations

import contextlib
import io
import logging

from answerletter.importers.errors import ImportFailure
from answerletter.importers.package import check_size

#: Fewer characters than this per page means there is no real text layer.
MIN_CHARS_PER_PAGE = 20
MAX_PAGES = 2000


def read_pdf_text(data: bytes) -> str:
    check_size(len(data))
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ImportFailure("The file is not a PDF document")
    try:
        pages = _pypdf_pages(data)
        failure: ImportFailure | None = None
    except ImportFailure as error:
        if "password" in error.message:
            raise
        pages, failure = [], error
    if _too_little(pages):
        with contextlib.suppress(ImportFailure):
            pages = _pdfplumber_pages(data)
    if failure is not None and _too_little(pages):
        raise failure
    text = "\n".join(pages)
    if _too_little(pages):
        raise ImportFailure(
            "The PDF has no text layer (it looks like a scan): run text recognition (OCR) on it "
            "first, or paste the text"
        )
    return text


def _too_little(pages: list[str]) -> bool:
    return len("".join(pages).strip()) < MIN_CHARS_PER_PAGE * max(1, len(pages)) // 2


def _pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailure("The PDF is protected with a password — remove the password first")
        if len(reader.pages) > MAX_PAGES:
            raise ImportFailure(f"The PDF has {len(reader.pages)} pages; the limit is {MAX_PAGES}")
        return [page.extract_text() or "" for page in reader.pages]
    except ImportFailure:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ImportFailure(f"The PDF cannot be read ({type(error).__name__}: {error})") from None


def _pdfplumber_pages(data: bytes) -> list[str]:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - a dependency
        raise ImportFailure("PDF import needs the pdfplumber package") from None
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [page.extract_text(x_tolerance=1.5, y_tolerance=3) or "" for page in pdf.pages]
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise ImportFailure(f"The PDF cannot be read ({type(error).__name__}: {error})") from None
