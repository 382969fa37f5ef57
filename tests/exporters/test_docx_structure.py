"""The exported .docx, read as a package: parts, styles, footnotes, fields, links, lists,
properties. Expected values come from the model or from reading the example by hand."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

import docx
import pytest
from hypothesis import given

from answerletter.exporters.docx import docx_bytes, write_docx
from answerletter.layout.profile import load_profile
from answerletter.model import (
    Block,
    Body,
    Footnote,
    ListKind,
    Marks,
    Question,
    RichText,
    Run,
    Script,
)
from answerletter.model.letter import Answer, Letter
from answerletter.model.synthetic import generate_letter
from answerletter.templates import example_letter

from docx_package import NS, Package, paragraph_text, q, style_of
from expected_text import flow_paragraphs
from strategies import UNTIMED, letters

NOW = datetime(2026, 7, 10, 9, 30, tzinfo=UTC)
ALLOWED_PARAGRAPH_PROPERTIES = {q("w:pStyle"), q("w:numPr"), q("w:framePr")}
#: The model's marks and the named character styles; nothing else is direct formatting.
ALLOWED_RUN_PROPERTIES = {
    q(f"w:{name}") for name in ("rStyle", "b", "bCs", "i", "iCs", "u", "vertAlign")
}
STORY_PARTS = ("word/document.xml", "word/footnotes.xml")
#: After a footnote's number: a tab to the profile's hanging indent, or one space (as the PDF).
NOTE_GAP = "\t" if load_profile().geometry.footnote_indent else " "


def export(tmp_path, letter: Letter, pages: int = 4) -> Package:
    path = tmp_path / "brief.docx"
    write_docx(letter, path, page_count=pages, now=NOW)
    return Package.open(path)


def stories(package: Package) -> list[str]:
    headers = [name for name in package.parts if name.startswith(("word/header", "word/footer"))]
    return [*STORY_PARTS, *headers]


def body_paragraphs(package: Package) -> list:
    return list(package.xml("word/document.xml").find("w:body", NS).iter(q("w:p")))


def flow_texts(package: Package) -> list[str]:
    """The body paragraphs that are not in frames, after the Datum and Betreft lines."""
    texts = [
        paragraph_text(p) for p in body_paragraphs(package) if p.find("w:pPr/w:framePr", NS) is None
    ]
    assert texts[0].startswith("Datum\t") and texts[1].startswith("Betreft\t")
    return texts[2:]


def feature_letter() -> Letter:
    """A letter with every mark, a soft line break, nested lists, links in text and notes."""
    link = "https://www.tweedekamer.nl/kamerstukken/2026Z09763"
    answer = RichText(
        (
            Block(
                (
                    Run("Vet", Marks(bold=True)),
                    Run(" schuin", Marks(italic=True)),
                    Run(" onderstreept", Marks(underline=True)),
                    Run(" m"),
                    Run("2", Marks(script=Script.SUPER)),
                    Run(" H"),
                    Run("2", Marks(script=Script.SUB)),
                    Run("O, zie "),
                    Run("de Kamerbrief", Marks(link=link)),
                    Run(".\u2028Nieuwe regel"),
                    Footnote(
                        "fn1", (Run("Kamerstuk 31 865, nr. 207, "), Run(link, Marks(link=link)))
                    ),
                )
            ),
            Block((Run("eerste punt"),), ListKind.BULLET),
            Block((Run("dieper punt"),), ListKind.NUMBER, 1),
            Block((Run("tweede punt"),), ListKind.BULLET),
            Block((Run("Tussenalinea."),)),
            Block((Run("een"),), ListKind.NUMBER),
            Block((Run("twee"),), ListKind.NUMBER),
        )
    )
    base = example_letter()
    questions = (
        Question("q1", 1, RichText.plain("Eerste vraag?")),
        Question(
            "q2", 2, RichText((Block((Run("Tweede vraag"), Footnote("fn2", (Run("Bron."),)))),))
        ),
    )
    answers = (Answer("a1", ("q1",), answer), Answer("a2", ("q2",), RichText(), refers_to="q1"))
    return Letter(base.metadata, Body(closing="Hoogachtend,"), questions, answers)


def test_example_paragraphs_say_the_letter_in_order(tmp_path):
    package = export(tmp_path, example_letter())
    texts = flow_texts(package)
    assert texts == flow_paragraphs(example_letter())
    # Read from the seed letter by hand: the labels the example prints, in order.
    labels = [t for t in texts if t.startswith(("Vraag ", "Antwoord op vraag"))]
    assert labels[:4] == ["Vraag 1", "Antwoord op vraag 1", "Vraag 2", "Antwoord op vraag 2"]
    assert "Antwoord op vraag 7 en 8" in labels
    assert labels.index("Antwoord op vraag 7 en 8") == labels.index("Vraag 8") + 1


def test_first_page_frames_hold_addressee_and_reference_column(tmp_path):
    package = export(tmp_path, example_letter())
    framed: dict[tuple[str, str], list[str]] = {}
    for paragraph in body_paragraphs(package):
        frame = paragraph.find("w:pPr/w:framePr", NS)
        if frame is not None:
            key = (frame.get(q("w:x")), frame.get(q("w:y")))
            framed.setdefault(key, []).append(paragraph_text(paragraph))
            assert frame.get(q("w:hAnchor")) == "page" and frame.get(q("w:vAnchor")) == "page"
    by_text = {texts[0]: (key, texts) for key, texts in framed.items()}
    # The profile's boxes in twips: addressee at (27, 57) mm, reference column at (164, 54) mm.
    key, addressee = by_text["Aan de Voorzitter van de Tweede Kamer"]
    assert key == ("1531", "3231")
    assert addressee == [
        "Aan de Voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
    ]
    # The example names no unit, so its address heads the column.
    key, column = by_text["Turfmarkt 147"]
    assert key == ("9298", "3061")
    assert column[column.index("Onze referentie") + 1] == "7604726"
    assert column[column.index("Uw referentie") + 1] == "2026Z09763"
    assert "> Retouradres Postbus 20301 2500 EH Den Haag" in by_text


def test_every_paragraph_has_a_named_style_and_only_the_models_marks(tmp_path):
    package = export(tmp_path, feature_letter())
    styles = package.xml("word/styles.xml")
    paragraph_styles = {
        s.get(q("w:styleId"))
        for s in styles.iter(q("w:style"))
        if s.get(q("w:type")) == "paragraph"
    }
    character_styles = {
        s.get(q("w:styleId"))
        for s in styles.iter(q("w:style"))
        if s.get(q("w:type")) == "character"
    }
    used = set()
    for part in stories(package):
        for paragraph in package.xml(part).iter(q("w:p")):
            style = style_of(paragraph)
            assert style in paragraph_styles, (part, paragraph_text(paragraph))
            used.add(style)
            properties = paragraph.find("w:pPr", NS)
            assert {child.tag for child in properties} <= ALLOWED_PARAGRAPH_PROPERTIES
            for run_properties in paragraph.iter(q("w:rPr")):
                assert {child.tag for child in run_properties} <= ALLOWED_RUN_PROPERTIES
                for named in run_properties.iter(q("w:rStyle")):
                    assert named.get(q("w:val")) in character_styles
    assert {"Vraaglabel", "Vraagtekst", "Antwoordlabel", "Antwoordtekst", "Vragenkop",
            "FootnoteText", "Referentiegegevens", "Adres", "Paginanummer",
            "LopendeKop", "Antwoordtekstlijst"} <= used  # fmt: skip
    # python-docx (another reader) sees the style names a Word user sees.
    names = {p.style.name for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs}
    assert {"Vraaglabel", "Antwoordtekst", "Datumregel", "Betreftregel"} <= names


def test_marks_become_run_properties_and_links_real_hyperlinks(tmp_path):
    package = export(tmp_path, feature_letter())
    document = package.xml("word/document.xml")
    paragraph = next(
        p for p in document.iter(q("w:p")) if paragraph_text(p).startswith("Vet schuin")
    )
    assert paragraph_text(paragraph) == (
        "Vet schuin onderstreept m2 H2O, zie de Kamerbrief.\nNieuwe regel"
    )
    runs = {"".join(r.itertext()): r for r in paragraph.iter(q("w:r"))}
    assert runs["Vet"].find("w:rPr/w:b", NS) is not None
    assert runs[" schuin"].find("w:rPr/w:i", NS) is not None
    assert runs[" onderstreept"].find("w:rPr/w:u", NS).get(q("w:val")) == "single"
    vertical = [r.find("w:rPr/w:vertAlign", NS) for r in paragraph.iter(q("w:r"))]
    assert [v.get(q("w:val")) for v in vertical if v is not None] == ["superscript", "subscript"]
    (hyperlink,) = paragraph.iter(q("w:hyperlink"))
    assert "".join(hyperlink.itertext()) == "de Kamerbrief"
    rel = package.relationships("word/document.xml")[hyperlink.get(q("r:id"))]
    assert rel.get("Target") == "https://www.tweedekamer.nl/kamerstukken/2026Z09763"
    assert rel.get("TargetMode") == "External"
    assert rel.get("Type").endswith("/hyperlink")
    assert hyperlink.find("w:r/w:rPr/w:rStyle", NS).get(q("w:val")) == "Hyperlink"


def test_lists_are_word_numbering_that_restarts_per_list(tmp_path):
    package = export(tmp_path, feature_letter())
    numbering = package.xml("word/numbering.xml")
    formats = {}
    for abstract in numbering.iter(q("w:abstractNum")):
        levels = abstract.findall("w:lvl", NS)
        formats[abstract.get(q("w:abstractNumId"))] = [
            lvl.find("w:numFmt", NS).get(q("w:val")) for lvl in levels
        ]
    instances = {
        num.get(q("w:numId")): formats[num.find("w:abstractNumId", NS).get(q("w:val"))]
        for num in numbering.iter(q("w:num"))
    }
    items = []
    for paragraph in package.xml("word/document.xml").iter(q("w:p")):
        num = paragraph.find("w:pPr/w:numPr", NS)
        if num is not None:
            level = int(num.find("w:ilvl", NS).get(q("w:val")))
            number_id = num.find("w:numId", NS).get(q("w:val"))
            items.append((paragraph_text(paragraph), level, number_id))
            assert style_of(paragraph) == "Antwoordtekstlijst"
    assert [(text, level) for text, level, _ in items] == [
        ("eerste punt", 0), ("dieper punt", 1), ("tweede punt", 0), ("een", 0), ("twee", 0)
    ]  # fmt: skip
    ids = [number_id for _, _, number_id in items]
    # Like the typesetter: a numbered list's second level counts a, b, c.
    assert instances[ids[0]][0] == "bullet" and instances[ids[1]][1] == "lowerLetter"
    assert ids[0] == ids[2] != ids[1]
    # A paragraph between lists ends the list: "een" starts a new numbered list at 1.
    assert ids[3] == ids[4] not in ids[:3]
    assert instances[ids[3]][0] == "decimal"
    for num in numbering.iter(q("w:num")):
        assert num.find("w:lvlOverride/w:startOverride", NS).get(q("w:val")) == "1"
    # Bullets are not typed into the text.
    assert not any(text.startswith(("•", "-", "1.")) for text, _, _ in items)


def test_footnotes_are_real_word_footnotes_in_reading_order(tmp_path):
    letter = example_letter()
    package = export(tmp_path, letter)
    assert package.target("word/document.xml", "/footnotes") == "word/footnotes.xml"
    notes = package.xml("word/footnotes.xml")
    bodies = {
        n.get(q("w:id")): n for n in notes.iter(q("w:footnote")) if n.get(q("w:type")) is None
    }
    # The example's two notes, as the seed letter prints them (read by hand).
    assert len(bodies) == 2
    references = [
        r.get(q("w:id")) for r in package.xml("word/document.xml").iter(q("w:footnoteReference"))
    ]
    assert references == ["1", "2"]
    first = paragraph_text(bodies["1"].find("w:p", NS))
    assert first.startswith(
        f"{NOTE_GAP}Euractiv, 20 april 2026, 'EXCLUSIVE: Brussels to host Taliban"
    )
    assert bodies["1"].find("w:p/w:r/w:footnoteRef", NS) is not None
    assert style_of(bodies["1"].find("w:p", NS)) == "FootnoteText"
    # The links inside footnotes are relationships of the footnotes part.
    rels = package.relationships("word/footnotes.xml")
    targets = [rels[h.get(q("r:id"))].get("Target") for h in notes.iter(q("w:hyperlink"))]
    assert targets == [
        "https://www.euractiv.com/news/exclusive-brussels-to-host-taliban-in-talks-on-afghandeportations/",
        "https://www.rijksoverheid.nl/documenten/kamerstukken/2025/10/16/"
        "joint-letter-on-voluntary-and-forced-return-to-afghanistan",
    ]
    separators = {n.get(q("w:type")) for n in notes.iter(q("w:footnote"))} - {None}
    assert separators == {"separator", "continuationSeparator"}
    reference_style = next(package.xml("word/document.xml").iter(q("w:footnoteReference")))
    assert reference_style.getparent().find("w:rPr/w:rStyle", NS).get(q("w:val")) == (
        "FootnoteReference"
    )


def _fields(package: Package, part: str) -> list[tuple[str, str]]:
    """(instruction, cached result) of each complex field in *part*."""
    found, instruction, state, cached = [], "", "", ""
    for run in package.xml(part).iter(q("w:r")):
        char = run.find("w:fldChar", NS)
        if char is not None:
            kind = char.get(q("w:fldCharType"))
            if kind == "begin":
                instruction, cached, state = "", "", "code"
            elif kind == "separate":
                state = "result"
            else:
                found.append((instruction.strip(), cached))
                state = ""
        elif state == "code":
            instruction += "".join(t.text or "" for t in run.iter(q("w:instrText")))
        elif state == "result":
            cached += "".join(t.text or "" for t in run.iter(q("w:t")))
    return found


def test_first_page_differs_and_page_numbers_are_fields_with_right_cached_values(tmp_path):
    package = export(tmp_path, example_letter(), pages=4)
    section = package.xml("word/document.xml").find("w:body/w:sectPr", NS)
    assert section.find("w:titlePg", NS) is not None
    rels = package.relationships("word/document.xml")

    def part_of(kind: str, which: str) -> str:
        (ref,) = [
            r for r in section.findall(f"w:{kind}Reference", NS) if r.get(q("w:type")) == which
        ]
        return "word/" + rels[ref.get(q("r:id"))].get("Target")

    first_footer, later_footer = part_of("footer", "first"), part_of("footer", "default")
    assert _fields(package, first_footer) == [("PAGE", "1"), ("NUMPAGES", "4")]
    assert _fields(package, later_footer) == [("PAGE", "2"), ("NUMPAGES", "4")]
    (number,) = [p for p in package.xml(first_footer).iter(q("w:p")) if paragraph_text(p)]
    assert paragraph_text(number) == "Pagina 1 van 4"
    running = [paragraph_text(p) for p in package.xml(part_of("header", "default")).iter(q("w:p"))]
    assert running[:5] == ["Datum", "10\u00a0juli 2026", "", "Onze referentie", "7604726"]
    first = [paragraph_text(p) for p in package.xml(part_of("header", "first")).iter(q("w:p"))]
    assert "Ministerie van Asiel en Migratie" in first and "Datum" not in first


def test_dutch_language_on_the_styles_and_the_document(tmp_path):
    package = export(tmp_path, example_letter())
    styles = package.xml("word/styles.xml")
    default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert default.get(q("w:val")) == "nl-NL"
    normal = next(s for s in styles.iter(q("w:style")) if s.get(q("w:styleId")) == "Normal")
    assert normal.find("w:rPr/w:lang", NS).get(q("w:val")) == "nl-NL"
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(q("w:ascii")) == load_profile().fonts.family == "Verdana"
    settings = package.xml("word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(q("w:val")) == "nl-NL"


def test_core_and_custom_properties(tmp_path):
    export(tmp_path, example_letter())
    document = docx.Document(str(tmp_path / "brief.docx"))
    core = document.core_properties
    assert (
        core.title
        == "Antwoorden Kamervragen over gesprekken die op EU-niveau worden gevoerd met de Taliban"
    )
    assert core.author == "Ministerie van Asiel en Migratie"
    assert core.last_modified_by == "Ministerie van Asiel en Migratie"
    assert core.language == "nl-NL"
    assert core.created == core.modified == NOW
    package = Package.open(tmp_path / "brief.docx")
    rels = package.xml("_rels/.rels")
    custom_rel = [r for r in rels if r.get("Type").endswith("/custom-properties")]
    assert [r.get("Target").lstrip("/") for r in custom_rel] == ["docProps/custom.xml"]
    custom = package.xml("docProps/custom.xml")
    values = {p.get("name"): "".join(p.itertext()) for p in custom}
    assert values == {
        "Zaaknummer": "2026Z09763",
        "Uw referentie": "2026Z09763",
        "Onze referentie": "7604726",
        "Datum": "2026-07-10",
        "Ingezonden": "2026-05-13",
    }
    assert b"custom-properties+xml" in package.parts["[Content_Types].xml"]


def test_no_macros_and_no_field_that_asks_to_be_updated(tmp_path):
    package = export(tmp_path, feature_letter())
    assert not any(name.endswith((".bin", "vbaProject.bin")) for name in package.parts)
    assert b"macroEnabled" not in package.parts["[Content_Types].xml"]
    assert package.xml("word/settings.xml").find("w:updateFields", NS) is None


def test_generated_letter_footnotes_and_text(tmp_path):
    letter = generate_letter(60, seed=3)
    package = export(tmp_path, letter, pages=20)
    assert flow_texts(package) == flow_paragraphs(letter)
    notes = [
        n
        for n in package.xml("word/footnotes.xml").iter(q("w:footnote"))
        if n.get(q("w:type")) is None
    ]
    assert [paragraph_text(n.find("w:p", NS)) for n in notes] == [
        NOTE_GAP + note.plain_text() for note in letter.footnotes()
    ]
    assert len(notes) > 3


@UNTIMED
@given(letters())
def test_any_letter_exports_its_text_in_order(letter):
    import io
    import zipfile

    data = docx_bytes(letter, page_count=3, now=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        package = Package({name: archive.read(name) for name in archive.namelist()})
    assert flow_texts(package) == flow_paragraphs(letter)
    notes = [
        n
        for n in package.xml("word/footnotes.xml").iter(q("w:footnote"))
        if n.get(q("w:type")) is None
    ]
    assert len(notes) == len(letter.footnotes())


def test_the_exporter_does_not_load_qt(tmp_path):
    script = (
        "import sys\n"
        "from answerletter.exporters.docx import write_docx\n"
        "from answerletter.templates import example_letter\n"
        f"write_docx(example_letter(), {str(tmp_path / 'x.docx')!r}, page_count=4)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)
    assert (tmp_path / "x.docx").stat().st_size > 1000


def test_a_letter_without_anything_still_exports(tmp_path):
    package = export(tmp_path, Letter(), pages=1)
    assert flow_texts(package) == flow_paragraphs(Letter())
    footers = [name for name in package.parts if name.startswith("word/footer")]
    assert sorted(_fields(package, name)[0] for name in footers) == [("PAGE", "1")] * 2


@pytest.mark.parametrize("day", [date(2026, 1, 1)])
def test_dates_are_dutch_in_the_datum_line(tmp_path, day):
    base = example_letter()
    from dataclasses import replace

    letter = replace(base, metadata=replace(base.metadata, letter_date=day))
    package = export(tmp_path, letter)
    texts = [paragraph_text(p) for p in body_paragraphs(package)]
    assert "Datum\t1\u00a0januari 2026" in texts
