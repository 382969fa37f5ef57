"""The import entry points: a file, bytes with a name, or text; all through one recogniser."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from answerletter.fileformat.regular_file import (
    FileTooLargeError,
    NotRegularFileError,
    read_regular,
)
from answerletter.importers.build import Sources, assemble
from answerletter.importers.errors import ImportFailure
from answerletter.importers.footnotes import resolve_pdf_marks, resolve_typed_notes
from answerletter.importers.package import MAX_INPUT_BYTES, OLE_MAGIC, check_size, refuse_ole
from answerletter.importers.paragraphs import Para
from answerletter.importers.recognise import recognise
from answerletter.importers.report import ImportReport
from answerletter.importers.text_reader import decode_text, text_paragraphs
from answerletter.model import Letter

IMPORT_SUFFIXES = (".docx", ".docm", ".dotx", ".pdf", ".txt", ".text", ".md")


@dataclass(frozen=True)
class ImportResult:
    letter: Letter
    report: ImportReport


def is_importable(path: str | Path) -> bool:
    """True for the file types import_file reads (by name; .doc too, to explain it)."""
    return Path(path).suffix.lower() in (*IMPORT_SUFFIXES, ".doc")


def import_file(path: str | Path) -> ImportResult:
    """Import *path*; ImportFailure (never anything else) when it cannot become a letter."""
    path = Path(path)
    try:
        # Only an ordinary file, opened without blocking (a named pipe would freeze the
        # import) and read no further than the limit, however large it claims or grows.
        data = read_regular(path, MAX_INPUT_BYTES)
    except FileTooLargeError as error:
        check_size(error.size)
        raise ImportFailure("The file is too large to import") from None
    except NotRegularFileError as error:
        raise ImportFailure(
            f"{path.name} is {error.kind}, not a document (refused unread)"
        ) from None
    except OSError as error:
        raise ImportFailure(f"The file cannot be read: {error.strerror or error}") from None
    return import_bytes(data, path.name)


def import_bytes(data: bytes, name: str) -> ImportResult:
    check_size(len(data))
    suffix = Path(name).suffix.lower()
    if data.startswith(OLE_MAGIC):
        refuse_ole(data)
    if data.startswith(b"PK") or suffix in (".docx", ".docm", ".dotx"):
        return _docx(data, name)
    if data.lstrip()[:5].startswith(b"%PDF") or suffix == ".pdf":
        from answerletter.importers.pdf_reader import read_pdf_text

        return _text(read_pdf_text(data), name, kind="pdf", from_pdf=True)
    if suffix == ".doc":
        raise ImportFailure(
            "This is an old binary Word document (.doc) — save it as .docx in Word first",
            convertible=True,
        )
    text, encoding = decode_text(data)
    result = _text(text, name, kind="text")
    if encoding not in ("UTF-8",):
        from dataclasses import replace

        report = replace(
            result.report, notes=(f"The text was read as {encoding}", *result.report.notes)
        )
        return ImportResult(result.letter, report)
    return result


def import_text(text: str, name: str = "pasted text") -> ImportResult:
    """Import pasted text (the paste dialog, tests)."""
    return _text(text, name, kind="text")


def split_questions(text: str) -> ImportResult | None:
    """The live split of the paste dialog: None while the text holds no questions yet."""
    try:
        return import_text(text)
    except ImportFailure:
        return None


def _docx(data: bytes, name: str) -> ImportResult:
    from answerletter.importers.docx_reader import read_docx

    content = read_docx(data)
    notes = list(content.notes)
    if content.tracked_changes:
        notes.append(
            "The document has tracked changes: insertions were accepted, deletions left out"
        )
    paras = resolve_typed_notes(content.body).paras
    sources = Sources(
        kind="docx",
        name=name,
        headers=content.headers,
        properties=content.properties,
        has_bold=True,
        notes=notes,
    )
    return _finish(paras, sources)


def _text(text: str, name: str, *, kind: str, from_pdf: bool = False) -> ImportResult:
    if not text.strip():
        raise ImportFailure("The document is empty: it has no text to import")
    content = text_paragraphs(text, from_pdf=from_pdf)
    paras = resolve_pdf_marks(content.paras, content.notes).paras
    paras = resolve_typed_notes(paras).paras
    sources = Sources(
        kind=kind,
        name=name,
        furniture_zaak=content.furniture_zaak,
        furniture_lines=content.furniture_lines,
    )
    return _finish(paras, sources)


def _finish(paras: list[Para], sources: Sources) -> ImportResult:
    recognised = recognise(paras, has_bold=sources.has_bold)
    letter, report = assemble(recognised, sources)
    return ImportResult(letter, report)
