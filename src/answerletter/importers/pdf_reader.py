"""A PDF's text layer, through pdfplumber (pdfminer's character positions).

pdfplumber was chosen over pypdf because it places word gaps from the characters' positions
(``x_tolerance``) rather than from explicit space glyphs, so justified Kamer PDFs, which set
most word gaps by positioning, keep their word boundaries; pypdf runs such words together
("contactmag", "Klimaaten"). See ARCHITECTURE.md. A PDF without a text layer (a scan) is
refused with that reason.
"""

from __future__ import annotations

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
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - a dependency
        raise ImportFailure("PDF import needs the pdfplumber package") from None
    # pdfminer logs every oddity of real PDFs at warning level; the report says what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ImportFailure(f"The PDF has {len(pdf.pages)} pages; the limit is {MAX_PAGES}")
            pages = [page.extract_text(x_tolerance=1.5, y_tolerance=3) or "" for page in pdf.pages]
    except ImportFailure:
        raise
    except PDFPasswordIncorrect:
        raise ImportFailure(
            "The PDF is protected with a password — remove the password first"
        ) from None
    except Exception as error:  # pdfminer raises many unrelated types on damaged files
        raise ImportFailure(f"The PDF cannot be read ({type(error).__name__}: {error})") from None
    text = "\n".join(pages)
    if len(text.strip()) < MIN_CHARS_PER_PAGE * max(1, len(pages)) // 2:
        raise ImportFailure(
            "The PDF has no text layer (it looks like a scan): run text recognition (OCR) on it "
            "first, or paste the text"
        )
    return text
