"""The organisation's logo in the Word export: rendered by the typesetter, placed as in the PDF."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pdfplumber
import pytest

from answerletter.cli import main
from answerletter.fileformat import save_letter
from answerletter.templates import example_letter

from docx_package import NS, Package

# A tall band like the Rijkslint's proportions (13 × 37.125 mm), drawn by us.
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="130" height="371" viewBox="0 0 130 371">'
    '<rect width="130" height="371" fill="#154273"/></svg>'
)
EMU_PER_MM = 36000
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@pytest.fixture
def exported(qapp, tmp_path):
    (tmp_path / "lint.svg").write_text(SVG, encoding="utf-8")
    profile = tmp_path / "huisstijl.json"
    profile.write_text(json.dumps({"logo": "lint.svg"}), encoding="utf-8")
    source = tmp_path / "brief.kvb"
    save_letter(example_letter(), source)
    target = tmp_path / "brief.docx"
    assert main(["export", str(source), "-o", str(target), "--profile", str(profile)]) == 0
    return target


def test_logo_is_a_picture_anchored_in_the_first_page_header(exported):
    package = Package.open(exported)
    assert any(name.startswith("word/media/") for name in package.parts)
    headers = [n for n in package.parts if n.startswith("word/header") and n.endswith(".xml")]
    with_picture = [n for n in headers if package.xml(n).find(".//w:drawing", NS) is not None]
    assert len(with_picture) == 1
    header = package.xml(with_picture[0])
    anchor = header.find(f".//w:drawing/{{{WP}}}anchor", NS)
    x = anchor.find(f"{{{WP}}}positionH")
    y = anchor.find(f"{{{WP}}}positionV")
    assert x.get("relativeFrom") == y.get("relativeFrom") == "page"
    assert abs(int(x.findtext(f"{{{WP}}}posOffset")) / EMU_PER_MM - 98.5) < 0.1
    assert int(y.findtext(f"{{{WP}}}posOffset")) == 0
    extent = anchor.find(f"{{{WP}}}extent")
    width, height = int(extent.get("cx")) / EMU_PER_MM, int(extent.get("cy")) / EMU_PER_MM
    # The profile's box is 13 × 37.125 mm and the drawing has its proportions.
    assert abs(width - 13) < 0.1 and abs(height - 37.1) < 0.2
    # Only the first page carries it: the running header has no picture.
    with zipfile.ZipFile(exported) as archive:
        assert sum(b"<w:drawing" in archive.read(n) for n in headers) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_logo_at_the_top_centre(exported, tmp_path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(exported)],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    with pdfplumber.open(tmp_path / "pdf" / "brief.pdf") as pdf:
        first, second = pdf.pages[0], pdf.pages[1]
        (image,) = first.images
        assert not second.images
    mm = 25.4 / 72
    assert abs(image["x0"] * mm - 98.5) < 1 and abs(image["x1"] * mm - 111.5) < 1
    assert image["top"] * mm < 1 and abs(image["bottom"] * mm - 37.1) < 1


def test_an_unreadable_logo_is_left_out(qapp, tmp_path):
    (tmp_path / "kapot.png").write_bytes(b"geen plaatje")
    profile = tmp_path / "huisstijl.json"
    profile.write_text(json.dumps({"logo": "kapot.png"}), encoding="utf-8")
    source = tmp_path / "brief.kvb"
    save_letter(example_letter(), source)
    target = tmp_path / "brief.docx"
    assert main(["export", str(source), "-o", str(target), "--profile", str(profile)]) == 0
    assert not any(n.startswith("word/media/") for n in Package.open(target).parts)
