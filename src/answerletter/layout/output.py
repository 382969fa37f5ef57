"""PDF export and printing, both through :func:`~.painter.paint_page`.

Both take an optional *progress* callback, called on the calling thread as the work goes
on: ``progress(phase, done, total)`` with *phase* one of :data:`PAINTING`, :data:`TAGGING`,
:data:`WRITING`, :data:`PRINTING` (and :data:`TYPESETTING` from :func:`typeset`, which lays
the letter out for them). It may raise (say, because the user cancelled): the exception
propagates, and a PDF file is then left as it was, since the file is only replaced,
atomically, once the whole document is in memory.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

import pikepdf
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from answerletter import APP_NAME, __version__
from answerletter.fileformat.atomic import write_atomically
from answerletter.fileformat.errors import KvbError
from answerletter.layout import letterhead_lines
from answerletter.layout.letterlayout import LetterLayout
from answerletter.layout.painter import paint_page, points_transform
from answerletter.layout.pdftags import TaggingError, tag_pdf
from answerletter.layout.profile import Profile
from answerletter.layout.tags import Mark, TagRecorder
from answerletter.model import wording
from answerletter.model.letter import Letter

PDF_RESOLUTION = 1200

#: The phases *progress* callbacks are told about.
PAINTING, TAGGING, WRITING, PRINTING = "painting", "tagging", "writing", "printing"
TYPESETTING = "typesetting"

Progress = Callable[[str, int, int], None]


def _no_progress(phase: str, done: int, total: int) -> None:
    return None


def typeset(
    letter: Letter, profile: Profile | None = None, progress: Progress | None = None
) -> LetterLayout:
    """The whole letter laid out for an export or a print, in steps (``LetterLayout.in_steps``)
    with ``progress(TYPESETTING, items laid out, items)`` after each: 10,000 questions take
    half a minute, which a progress bar should show and a cancel should be able to stop."""
    report = progress or _no_progress
    report(TYPESETTING, 0, 0)
    for layout in LetterLayout.in_steps(letter, profile):
        if layout.complete:
            return layout
        report(TYPESETTING, len(layout.flow.items), layout.planned_items)
    raise AssertionError("in_steps ends with a complete layout")


class OutputError(RuntimeError):
    """The PDF file or the printer could not be written to."""


def page_layout(layout: LetterLayout) -> QPageLayout:
    """The page size of *layout*, with no margins: the letter places everything itself."""
    width, height = layout.page_size_mm
    size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def document_title(layout: LetterLayout) -> str:
    return wording.betreft(layout.letter.metadata)


def document_author(layout: LetterLayout) -> str:
    """The sender: the ministry (or, lacking one, the first signatory's office)."""
    return letterhead_lines.document_author(layout.letter.metadata, layout.profile)


def export_notes(layout: LetterLayout) -> list[str]:
    """Things the user should know about an exported letter (said once per export)."""
    notes: list[str] = []
    sender = letterhead_lines.effective_sender(layout.letter.metadata, layout.profile)
    if not sender.logo:
        notes.append(
            "No logo is configured, so the letterhead shows the ministry's name only. "
            "The Rijkslint is protected and not shipped: set the organisation's own logo "
            '(SVG or PNG) as "logo" in the house-style profile.'
        )
    elif layout.first_furniture.logo is None:
        notes.append(f"The logo {sender.logo} cannot be read (SVG or PNG); it is left out.")
    return notes


def write_pdf(
    layout: LetterLayout,
    path: str | Path,
    *,
    pdfa: bool = True,
    tagged: bool = True,
    progress: Progress | None = None,
) -> list[str]:
    """Write every page of *layout* to a PDF file; return the notes of :func:`export_notes`
    for the user.

    The file is PDF/A-1a and PDF/UA-1 (tagged: structure, language, artifacts), or PDF/A-1b
    untagged when *tagged* is False, or plain PDF when *pdfa* is False. Qt writes the PDF into
    memory; :mod:`~.pdftags` adds the structure the painter recorded; the file is replaced
    atomically at the end (a failure or a cancel by *progress* leaves the old file).
    """
    report = progress or _no_progress
    data = _qt_pdf(layout, str(path), pdfa=pdfa, tagged=tagged, progress=report)
    notes = export_notes(layout)
    if data.pages is not None:
        out = io.BytesIO()
        try:
            tag_pdf(data.pdf, data.pages, out, pdfa=pdfa, progress=report)
            content = out.getvalue()
            report(TAGGING, len(data.pages), len(data.pages))
        except TaggingError as error:
            # Never lose the export over its tags: Qt's file is a valid PDF/A-1b.
            content = data.pdf
            notes.append(f"The PDF is written without tags (not accessible): {error}")
        except pikepdf.PdfError as error:
            raise OutputError(f"Cannot write {path}: {error}") from error
    else:
        content = data.pdf
    report(WRITING, 0, 1)
    try:
        write_atomically(Path(path), content)
    except KvbError as error:
        raise OutputError(f"Cannot write {path}: {error}") from error
    report(WRITING, 1, 1)
    return notes


class _QtPdf:
    """The PDF Qt wrote, and the structure recorded per page (None when untagged)."""

    def __init__(self, pdf: bytes, pages: list[list[Mark | str]] | None) -> None:
        self.pdf = pdf
        self.pages = pages


def _qt_pdf(
    layout: LetterLayout, name: str, *, pdfa: bool, tagged: bool, progress: Progress
) -> _QtPdf:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    if pdfa:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(layout))
    writer.setTitle(document_title(layout))
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setAuthor(document_author(layout))
    recorder = TagRecorder() if tagged else None
    painter = QPainter()
    if not painter.begin(writer):
        raise OutputError(f"Cannot write {name}")
    total = layout.page_count
    try:
        with recorder.active() if recorder is not None else nullcontext():
            for index in range(total):
                progress(PAINTING, index, total)
                if index and not writer.newPage():
                    raise OutputError(f"Cannot add page {index + 1} to {name}")
                _paint(painter, writer, layout, index, recorder)
    finally:
        painter.end()
    progress(PAINTING, total, total)
    return _QtPdf(bytes(buffer.data().data()), recorder.pages if recorder is not None else None)


def _paint(
    painter: QPainter,
    device: QPdfWriter | QPrinter,
    layout: LetterLayout,
    index: int,
    tags: TagRecorder | None = None,
) -> None:
    painter.save()
    points_transform(painter, device)
    paint_page(painter, layout, index, tags)
    painter.restore()


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the printer asks for (its page range, or all), each copy included
    when the printer cannot make copies itself."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        first, last = 1, page_count
    first, last = max(1, first), min(page_count, last if last > 0 else page_count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if copies == 1:
        return pages
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_letter(
    layout: LetterLayout, printer: QPrinter, *, progress: Progress | None = None
) -> list[int]:
    """Print *layout* on *printer* (already configured, e.g. by a print dialog); return the
    0-based pages sent, in order. When *progress* raises, the print job is aborted."""
    report = progress or _no_progress
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(layout))
    printer.setDocName(document_title(layout))
    pages = pages_to_print(printer, layout.page_count)
    if not pages:
        return pages
    painter = QPainter()
    if not painter.begin(printer):
        raise OutputError("Cannot start printing")
    try:
        for position, index in enumerate(pages):
            report(PRINTING, position, len(pages))
            if position and not printer.newPage():
                raise OutputError("The printer refused a new page")
            _paint(painter, printer, layout, index)
    except BaseException:
        printer.abort()  # a cancelled or failed job is not sent half
        raise
    finally:
        painter.end()
    report(PRINTING, len(pages), len(pages))
    return pages
