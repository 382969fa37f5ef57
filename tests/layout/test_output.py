"""Printing through the same painter, the export command, profiles and fonts."""

from __future__ import annotations

import json

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from answerletter.cli import main
from answerletter.fileformat import save_letter
from answerletter.layout import ProfileError, load_profile, print_letter
from answerletter.layout import profile as profile_module
from answerletter.layout.fonts import FALLBACK_FAMILY, resolve_family


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_print_honours_page_range_and_copies(example_layout, tmp_path):
    printer = _pdf_printer(tmp_path / "print.pdf")
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    sent = print_letter(example_layout, printer)
    copies = 1 if printer.supportsMultipleCopies() else 2
    assert sent == [1, 2] * copies
    texts = _page_texts(tmp_path / "print.pdf")
    assert len(texts) == 2 * copies
    assert "Pagina 2 van 4" in texts[0] and "Pagina 3 van 4" in texts[1]
    assert "Vraag 1" in texts[0]


def test_print_all_pages_by_default(example_layout, tmp_path):
    printer = _pdf_printer(tmp_path / "all.pdf")
    assert print_letter(example_layout, printer) == [0, 1, 2, 3]
    texts = _page_texts(tmp_path / "all.pdf")
    assert [f"Pagina {i} van 4" in text for i, text in enumerate(texts, 1)] == [True] * 4


def test_export_command_writes_the_pdf(qapp, example, tmp_path):
    source = tmp_path / "letter.kvb"
    save_letter(example, source)
    target = tmp_path / "out.pdf"
    assert main(["export", str(source), "-o", str(target)]) == 0
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) >= 4
    assert reader.metadata["/Title"].startswith("Antwoorden Kamervragen")


def test_export_command_rejects_a_bad_file(qapp, tmp_path, capsys):
    source = tmp_path / "bad.kvb"
    source.write_text("<niet-xml", encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "out.pdf")]) == 1
    assert "bad.kvb" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_user_profile_overrides_the_shipped_one(tmp_path, monkeypatch):
    monkeypatch.setattr(profile_module, "user_profiles_dir", lambda: tmp_path)
    (tmp_path / "rijksoverheid.json").write_text(
        json.dumps({"name": "Eigen", "geometry": {"body_left": 25}}), encoding="utf-8"
    )
    profile = load_profile("rijksoverheid")
    assert profile.name == "Eigen"
    assert profile.geometry.body_left == 25.0
    # Unstated settings keep the shipped defaults.
    assert profile.geometry.reference_column.x == 164.0
    assert profile.labels.question == "Vraag {n}"


def test_shipped_profile_loads_by_name_and_path(tmp_path, monkeypatch):
    monkeypatch.setattr(profile_module, "user_profiles_dir", lambda: tmp_path)
    shipped = load_profile("rijksoverheid")
    assert shipped.fonts.family == "Verdana"
    assert shipped.fonts.body_size == 9.0 and shipped.fonts.body_leading == 12.0
    path = tmp_path / "elders.json"
    path.write_text(json.dumps({"labels": {"question": "Vraag nr. {n}"}}), encoding="utf-8")
    assert load_profile(path).labels.question == "Vraag nr. {n}"


@pytest.mark.parametrize(
    "content",
    [
        {"geometry": {"body_lef": 25}},
        {"geometry": {"body_left": "25"}},
        {"style": {"questions_on_new_page": 1}},
        [],
    ],
)
def test_bad_profiles_are_rejected(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(path)


def test_missing_profile_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr(profile_module, "user_profiles_dir", lambda: tmp_path)
    with pytest.raises(ProfileError):
        load_profile("bestaat-niet")


def test_font_falls_back_to_the_bundled_one(qapp):
    assert resolve_family("Geen Bestaand Lettertype") == FALLBACK_FAMILY
    assert resolve_family(FALLBACK_FAMILY) == FALLBACK_FAMILY
