"""The PDF path end to end: a PDF with a real text layer (typeset here by Qt from one of the
real Kamer texts, one column like the Kamer's own) imports like the text itself."""

from __future__ import annotations

from pathlib import Path

from answerletter.importers import import_file
from answerletter.model import Member

from import_samples import sample


def write_pdf(text: str, path: Path) -> Path:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setPlainText(text)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return path


def test_pdf_with_text_layer(qapp, tmp_path: Path) -> None:
    text = sample(
        "kamer-texts/questions-pdf-het-artikel-aidsfonds-maakt-zich-zorgen.txt"
    ).read_text(encoding="utf-8")
    pdf = write_pdf(text, tmp_path / "vragen.pdf")
    result = import_file(pdf)
    letter = result.letter
    assert result.report.kind == "pdf"
    assert [q.number for q in letter.questions] == list(range(1, 13))
    assert letter.metadata.your_reference == "2024Z18436"
    assert letter.metadata.members == (Member("Rooderkerk", "D66"), Member("Paulusma", "D66"))
    assert (
        letter.questions[11]
        .text.plain_text()
        .startswith("Bent u bereid deze vragen te beantwoorden")
    )
