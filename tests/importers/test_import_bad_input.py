"""Section 5 of the issue: every bad input gets a clear one-line message and nothing else."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest

from answerletter.importers import ImportFailure, import_bytes, import_file
from answerletter.importers.package import MAX_INPUT_BYTES

from docx_factory import forged_size, part, question_doc, rewrite, write_docx


def failure(path: Path) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    message = caught.value.message
    assert "\n" not in message and "Traceback" not in message
    return caught.value


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(b"Dit is geen Word-document.\n")
    assert "not a zip package" in failure(path).message


def test_truncated_zip(tmp_path: Path) -> None:
    whole = question_doc(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "brief.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged or incomplete" in failure(path).message


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    source = question_doc(tmp_path / "source.docx")
    bomb = b"<w:document " + b" " * (8 * 1024 * 1024) + b"/>"
    path = rewrite(source, tmp_path / "bomb.docx", {"word/document.xml": bomb})
    assert path.stat().st_size < 200_000
    assert "zip bomb" in failure(path).message


def test_zip_bomb_by_declared_total_size(tmp_path: Path) -> None:
    # The central directory claims gigabytes; nothing may be inflated to find out.
    data = forged_size(
        question_doc(tmp_path / "source.docx").read_bytes(), "word/document.xml", 0xFFFFFFF0
    )
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    assert "zip bomb" in failure(path).message


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://{secret}">]>',
        b'<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">',
    ],
)
def test_doctype_or_external_entity_is_not_read(tmp_path: Path, doctype: bytes) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-12345", encoding="utf-8")
    source = question_doc(tmp_path / "source.docx")
    xml = part(source, "word/document.xml")
    declaration, rest = xml.split(b"?>", 1)
    evil = declaration + b"?>" + doctype.replace(b"{secret}", str(secret).encode()) + rest
    evil = evil.replace(b"Is dit vraag nummer 1?", b"&secret;")
    path = rewrite(source, tmp_path / "evil.docx", {"word/document.xml": evil})
    error = failure(path)
    assert "DOCTYPE" in error.message
    assert "GEHEIM" not in error.message


def test_password_protected_docx(tmp_path: Path) -> None:
    # Word stores an encrypted .docx as an OLE container with an EncryptedPackage stream.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "beveiligd.docx"
    path.write_bytes(ole + b"\0" * 2048)
    error = failure(path)
    assert "protected with a password" in error.message
    assert "remove the password in Word first" in error.message
    assert not error.convertible


def test_old_binary_doc(tmp_path: Path) -> None:
    path = tmp_path / "oud.doc"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
    )
    error = failure(path)
    assert "save it as .docx" in error.message
    assert error.convertible


def test_docm_is_read_without_its_macros(tmp_path: Path) -> None:
    source = question_doc(tmp_path / "source.docx")
    types = part(source, "[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.document.macroEnabled.main+xml",
    )
    path = rewrite(
        source,
        tmp_path / "macro.docm",
        {"[Content_Types].xml": types},
        {"word/vbaProject.bin": b'\xd0\xcf\x11\xe0 pretend macro code: Shell("calc")'},
    )
    result = import_file(path)
    assert [q.number for q in result.letter.questions] == [1, 2]
    assert any("macros" in note for note in result.report.notes)


def test_empty_document(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "leeg.docx", [])
    assert failure(path).message == "The document is empty: it has no text to import"


def test_document_without_questions_says_what_it_found(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "notitie.docx",
        [
            ("Notitie over het beleid", True),
            ("Datum 3 maart 2025", False),
            ("Dit is een gewone tekst.", False),
        ],
    )
    message = failure(path).message
    assert message.startswith("No questions found")
    assert "3 paragraphs of text" in message
    assert "3 maart 2025" in message
    assert "Notitie over het beleid" in message


def test_fifty_megabyte_document(tmp_path: Path) -> None:
    path = tmp_path / "groot.docx"
    with path.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(50 * 1024 * 1024)
    assert MAX_INPUT_BYTES < 50 * 1024 * 1024
    assert "too large to import (50 MB" in failure(path).message


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "no text layer" in failure(path).message


def test_damaged_pdf(tmp_path: Path) -> None:
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj <<\n")
    assert "PDF" in failure(path).message


QUESTIONS_NL = (
    "Vragen van het lid Van Dijk (CDA) over één café in Zuid-Holland (ingezonden 3 maart 2025)."
    "\n\nVraag 1\nKent u het bericht «Café Zoë sluit»?"
    "\n\nVraag 2\nWat is uw reactie, mevrouw de minister?\n"
)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("UTF-8", QUESTIONS_NL.encode("utf-8")),
        ("UTF-8", codecs.BOM_UTF8 + QUESTIONS_NL.encode("utf-8")),
        ("UTF-16", QUESTIONS_NL.encode("utf-16")),
        ("UTF-16", QUESTIONS_NL.encode("utf-16-le")),
        ("Windows-1252", QUESTIONS_NL.encode("cp1252")),
    ],
)
def test_text_in_other_encodings(encoding: str, data: bytes) -> None:
    result = import_bytes(data, "vragen.txt")
    questions = [q.text.plain_text() for q in result.letter.questions]
    assert questions == [
        "Kent u het bericht «Café Zoë sluit»?",
        "Wat is uw reactie, mevrouw de minister?",
    ]
    assert result.letter.metadata.subject == "één café in Zuid-Holland"
    if encoding != "UTF-8":
        assert result.report.notes[0] == f"The text was read as {encoding}"


def test_binary_garbage_as_text(tmp_path: Path) -> None:
    path = tmp_path / "rommel.txt"
    path.write_bytes(os.urandom(4096).replace(b"PK", b"pk").replace(b"%PDF", b"%pdf"))
    message = failure(path).message
    assert re.search(r"does not contain text|No questions found", message)


def test_unreadable_file(tmp_path: Path) -> None:
    assert "cannot be read" in failure(tmp_path / "bestaat-niet.docx").message
