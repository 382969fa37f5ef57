"""``answerletter export``: the format from the extension or --format, refusals, bad paths."""

from __future__ import annotations

import errno
import os
import zipfile

import pypdf
import pytest

from answerletter.cli import main
from answerletter.fileformat import save_letter
from answerletter.templates import example_letter

from docx_package import Package, paragraph_text, q


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(example_letter(), path)
    return path


def _texts(path) -> list[str]:
    return [paragraph_text(p) for p in Package.open(path).xml("word/document.xml").iter(q("w:p"))]


def test_docx_extension_writes_a_word_document(qapp, source, tmp_path):
    target = tmp_path / "Antwoord.DOCX"
    assert main(["export", str(source), "-o", str(target)]) == 0
    assert zipfile.is_zipfile(target)
    texts = _texts(target)
    assert "Vraag 1" in texts and "Antwoord op vraag 7 en 8" in texts
    # The cached page count is the typesetter's: the example is four pages in our PDF.
    footer = Package.open(target).xml("word/footer1.xml")
    assert "".join(t.text for t in footer.iter(q("w:t"))) == "Pagina 1 van 4"


def test_pdf_extension_still_writes_a_pdf(qapp, source, tmp_path):
    target = tmp_path / "antwoord.pdf"
    assert main(["export", str(source), "-o", str(target)]) == 0
    assert len(pypdf.PdfReader(target).pages) == 4


def test_format_option_overrides_the_extension(qapp, source, tmp_path):
    as_word = tmp_path / "antwoord.pdf"
    assert main(["export", str(source), "-o", str(as_word), "--format", "docx"]) == 0
    assert zipfile.is_zipfile(as_word)
    as_pdf = tmp_path / "antwoord.bin"
    assert main(["export", str(source), "-o", str(as_pdf), "--format", "pdf"]) == 0
    assert as_pdf.read_bytes().startswith(b"%PDF-")


def test_without_output_the_format_names_the_file(qapp, source):
    assert main(["export", str(source), "--format", "docx"]) == 0
    assert zipfile.is_zipfile(source.with_suffix(".docx"))


@pytest.mark.parametrize("name", ["antwoord.doc", "antwoord.txt", "antwoord"])
def test_unknown_extension_is_refused_and_nothing_written(source, tmp_path, capsys, name):
    target = tmp_path / name
    assert main(["export", str(source), "-o", str(target)]) == 2
    error = capsys.readouterr().err
    assert "cannot tell the format" in error and ".pdf or .docx" in error and "--format" in error
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.kvb"]


def test_missing_folder_is_reported(qapp, source, tmp_path, capsys):
    target = tmp_path / "weg" / "antwoord.docx"
    assert main(["export", str(source), "-o", str(target)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not target.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in read-only folders")
def test_read_only_folder_is_reported_and_the_old_file_kept(qapp, source, tmp_path, capsys):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    target = folder / "antwoord.docx"
    target.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        assert main(["export", str(source), "-o", str(target)]) == 1
    finally:
        folder.chmod(0o700)
    assert "no permission" in capsys.readouterr().err
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["antwoord.docx"]


def test_refused_permission_is_reported_even_for_root(qapp, source, tmp_path, capsys, monkeypatch):
    from answerletter.fileformat import atomic

    target = tmp_path / "antwoord.docx"
    target.write_bytes(b"old")

    def refused(*args, **kwargs):
        # Creating the temporary file beside the target is refused, as in a read-only folder.
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic, "open_temporary", refused)
    assert main(["export", str(source), "-o", str(target)]) == 1
    assert "no permission" in capsys.readouterr().err
    assert target.read_bytes() == b"old"


def test_full_disk_leaves_the_old_file_and_no_temporary(
    qapp, source, tmp_path, capsys, monkeypatch
):
    target = tmp_path / "antwoord.docx"
    target.write_bytes(b"old")

    def full(descriptor):
        # Flushing the temporary file to disk fails, as on a full disk.
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["export", str(source), "-o", str(target)]) == 1
    assert "disk is full" in capsys.readouterr().err
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["antwoord.docx", "brief.kvb"]


def test_output_that_is_a_folder_is_reported(qapp, source, tmp_path, capsys):
    target = tmp_path / "map.docx"
    target.mkdir()
    assert main(["export", str(source), "-o", str(target)]) == 1
    assert "map.docx" in capsys.readouterr().err
    assert target.is_dir()
