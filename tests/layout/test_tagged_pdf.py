"""The exported PDF is tagged (PDF/UA-1, PDF/A-1a): every painted thing is marked content of a
structure element or an artifact, the structure tree reads the letter in order, links and
notes are in it. Read back with pikepdf and poppler, never trusting our own code."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from itertools import pairwise
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from answerletter.layout import LetterLayout, print_letter, write_pdf
from answerletter.layout.letterhead_lines import date_text, reference_lines
from answerletter.model import wording
from answerletter.model.letter import Answer, Question
from answerletter.model.richtext import Block, Footnote, ListKind, Marks, RichText, Run

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
PAINTING = {"f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh", "BI"}
MARKER_COLOURS = re.compile(
    rb"0\.00392\d* 0\.00784\d* 0\.01176\d*|0\.01176\d* 0\.00784\d* 0\.00392"
)


def _walk(page: pikepdf.Page):
    """Each operator of the page's content with the marked-content stack it stands in."""
    stack: list[tuple[str, int | None]] = []
    for operands, operator in pikepdf.parse_content_stream(page):
        name = str(operator)
        if name in ("BDC", "BMC"):
            tag = str(operands[0])
            mcid = None
            if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                mcid = int(operands[1].MCID) if "/MCID" in operands[1] else None
            stack.append((tag, mcid))
        elif name == "EMC":
            assert stack, "EMC without BDC"
            stack.pop()
        yield name, list(stack)
    assert not stack, "marked content left open at the end of the page"


@pytest.mark.parametrize("which", ["example_pdf", "long_pdf"])
def test_every_painted_operator_is_tagged_or_an_artifact(which, request):
    with pikepdf.open(request.getfixturevalue(which)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            shown = 0
            mcids: list[int] = []
            for operator, stack in _walk(page):
                if operator == "BDC" and stack[-1][1] is not None:
                    mcids.append(stack[-1][1])
                if operator in TEXT_SHOWING | PAINTING:
                    shown += operator in TEXT_SHOWING
                    assert stack, f"page {number}: {operator} outside marked content"
                    tag, mcid = stack[-1]
                    assert tag == "/Artifact" or mcid is not None, (number, operator, stack)
            assert shown > 0
            # MCIDs count up from 0 on each page, each once, and the parent tree knows them.
            assert mcids == list(range(len(mcids)))
            parents = _parent_tree(pdf)[int(page.obj.StructParents)]
            assert len(parents) == len(mcids)


def _parent_tree(pdf: pikepdf.Pdf) -> dict[int, object]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


@pytest.mark.parametrize("which", ["example_pdf", "long_pdf"])
def test_no_marker_is_left_in_the_content(which, request):
    with pikepdf.open(request.getfixturevalue(which)) as pdf:
        for page in pdf.pages:
            assert not MARKER_COLOURS.search(page.obj.Contents.read_bytes())


def _struct_text(path: Path) -> str:
    pdfinfo = shutil.which("pdfinfo")
    assert pdfinfo, "poppler-utils (pdfinfo) is needed; .ci/run installs it"
    result = subprocess.run(
        [pdfinfo, "-enc", "UTF-8", "-struct-text", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _texts(struct_text: str) -> str:
    """The quoted texts of ``pdfinfo -struct-text`` in order, all whitespace removed."""
    texts = re.findall(r'^\s*"(.*)"$', struct_text, flags=re.MULTILINE)
    return "".join("".join(texts).split())


def _numbered(level: int, number: int) -> str:
    kinds = ("{n}.", "{a}.", "{r}.")
    letters = "abcdefghijklmnopqrstuvwxyz"
    romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    return kinds[level % 3].format(n=number, a=letters[number - 1], r=romans[number - 1])


def _model_text(text: RichText, counter: list[int]) -> str:
    """A text as the structure tree must read it: runs, list numbers, and each footnote's
    mark followed by the note itself (number and body)."""
    out: list[str] = []
    numbers: dict[int, int] = {}
    for block in text.blocks:
        if block.list_kind is None:
            numbers.clear()
        else:
            for deeper in [level for level in numbers if level > block.level]:
                del numbers[deeper]
            if block.list_kind is ListKind.NUMBER:
                numbers[block.level] = numbers.get(block.level, 0) + 1
                out.append(_numbered(block.level, numbers[block.level]))
            else:
                numbers.pop(block.level, None)
        for item in block.content:
            if isinstance(item, Footnote):
                counter[0] += 1
                out.append(f"{counter[0]}{counter[0]}" + "".join(r.text for r in item.body))
            else:
                out.append(item.text)
    return "".join(out)


def expected_text(layout: LetterLayout) -> str:
    """The whole letter in reading order, from the model and the wording: letterhead,
    reference column, address window, Datum and Betreft, then the flow."""
    letter, profile = layout.letter, layout.profile
    metadata = letter.metadata
    sender = metadata.sender
    parts = [sender.ministry or profile.sender.ministry]
    parts += [text for text, _ in reference_lines(metadata, profile)]
    address = sender.return_address or profile.sender.return_address
    parts.append(profile.labels.return_address.format(address=address))
    parts += list(metadata.addressee)
    parts += [profile.labels.date, date_text(metadata), profile.labels.subject]
    parts.append(wording.betreft(metadata))
    counter = [0]
    parts += [_model_text(wording.offering(letter), counter)]
    parts += [_model_text(letter.body.paragraphs, counter), letter.body.closing]
    for signatory in metadata.signatories:
        parts.extend(wording.signature_lines(signatory))
    if letter.presentation():
        parts.append(wording.questions_heading(metadata))
    for item in letter.presentation():
        if isinstance(item, Question):
            parts += [profile.labels.question.format(n=item.number)]
        else:
            parts += [wording.answer_label(letter, item), wording.reference_sentence(letter, item)]
        parts.append(_model_text(item.text, counter))
    return "".join("".join(parts).split())


@pytest.mark.parametrize("which", ["example", "long"])
def test_structure_tree_reads_the_letter_in_order(which, request):
    layout = request.getfixturevalue(f"{which}_layout")
    path = request.getfixturevalue(f"{which}_pdf")
    text = _texts(_struct_text(path))
    assert text == expected_text(layout)
    # Page furniture is not in the tree: no page numbers, no running header.
    assert "Pagina" not in text


def _roles(struct_text: str) -> list[tuple[int, str]]:
    """(depth, role) of every element line of ``pdfinfo -struct-text``."""
    found = []
    for line in struct_text.splitlines():
        if line == "Document":
            found.append((0, "Document"))
            continue
        match = re.match(r"^( *)([A-Za-z0-9]+)(?: <[^>]*>)? \((?:block|inline)\)$", line)
        if match:
            found.append((len(match.group(1)) // 2, match.group(2)))
    return found


def test_headings_nest(long_pdf, long_letter):
    roles = _roles(_struct_text(long_pdf))
    levels = [int(role[1]) for _, role in roles if re.fullmatch(r"H[1-6]", role)]
    # One H1 (the questions heading) first; below it an H2 per label, no level skipped.
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in pairwise(levels))
    assert levels.count(2) == len(long_letter.questions) + len(long_letter.answers)


@pytest.fixture(scope="module")
def rich_layout(qapp, profile, example) -> LetterLayout:
    """A letter with a bullet list, a nested numbered list, a link and a footnote with a
    link."""
    note = Footnote(
        "n1",
        (
            Run("Zie "),
            Run("https://www.tweedekamer.nl/", Marks(link="https://www.tweedekamer.nl/")),
        ),
    )
    answer = RichText(
        (
            Block((Run("Drie punten:"),)),
            Block((Run("eerste punt"),), ListKind.BULLET, 0),
            Block(
                (
                    Run("tweede punt met "),
                    Run("een link", Marks(link="https://example.org/")),
                    Run("."),
                ),
                ListKind.BULLET,
                0,
            ),
            Block((Run("genummerd onder het tweede"),), ListKind.NUMBER, 1),
            Block(
                (Run("Tot slot"), note, Run(".")),
            ),
        )
    )
    question = Question(id="q1", number=1, text=RichText((Block((Run("Welke punten?"),)),)))
    letter = dataclasses.replace(
        example, questions=(question,), answers=(Answer(id="a1", questions=("q1",), text=answer),)
    )
    return LetterLayout(letter, profile)


@pytest.fixture(scope="module")
def rich_pdf(rich_layout, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tagged") / "rich.pdf"
    write_pdf(rich_layout, path)
    return path


def test_lists_links_and_notes_in_the_tree(rich_pdf, rich_layout):
    struct_text = _struct_text(rich_pdf)
    roles = _roles(struct_text)
    names = [role for _, role in roles]
    assert names[0] == "Document"
    # L > LI > Lbl + LBody; the nested list inside the second item's body.
    first_list = names.index("L")
    depth = roles[first_list][0]
    assert roles[first_list + 1] == (depth + 1, "LI")
    assert roles[first_list + 2] == (depth + 2, "Lbl")
    assert roles[first_list + 3] == (depth + 2, "LBody")
    nested = [i for i, (d, role) in enumerate(roles) if role == "L" and d > depth]
    assert nested and roles[nested[0] - 1][1] in ("Link", "LBody")
    # Two links, the footnote mark, and the zaaknummer of the offering sentence ("met kenmerk
    # 2026Z09763"), which links to the Kamer's page at output time.
    assert ("Note" in names) and names.count("Link") == 4
    assert _texts(struct_text) == expected_text(rich_layout)
    with pikepdf.open(rich_pdf) as pdf:
        parents = _parent_tree(pdf)
        links = 0
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                if annotation.get("/Subtype") != "/Link":
                    continue
                links += 1
                element = parents[int(annotation.StructParent)]
                assert element.S == "/Link"
                assert any(
                    isinstance(kid, pikepdf.Dictionary)
                    and kid.get("/Type") == "/OBJR"
                    and kid.Obj.objgen == annotation.objgen
                    for kid in element.K
                )
                assert str(annotation.Contents)
            if page.obj.get("/Annots"):
                assert page.obj.Tabs == "/S"
        assert links >= 3
        notes = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Note"
        ]
        assert len(notes) == 1 and str(notes[0].ID) == "noot-1"
        # The note stands right after its mark in the mark's paragraph.
        siblings = list(notes[0].P.K)
        position = next(
            i
            for i, kid in enumerate(siblings)
            if isinstance(kid, pikepdf.Dictionary) and kid.objgen == notes[0].objgen
        )
        assert siblings[position - 1].S == "/Link"


def test_fonts_have_unicode_maps(long_pdf):
    with pikepdf.open(long_pdf) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                assert "/ToUnicode" in font, font.get("/BaseFont")


def test_logo_is_a_figure_with_alternate_text(qapp, profile, example, tmp_path):
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="13mm" height="37mm" viewBox="0 0 13 37">'
        '<rect width="13" height="37" fill="#154273"/></svg>',
        encoding="utf-8",
    )
    layout = LetterLayout(example, dataclasses.replace(profile, logo=str(svg)))
    path = tmp_path / "logo.pdf"
    write_pdf(layout, path)
    with pikepdf.open(path) as pdf:
        figures = [
            obj
            for obj in pdf.objects
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") == "/Figure"
        ]
        assert len(figures) == 1
        assert str(figures[0].Alt) == f"Logo {example.metadata.sender.ministry}"
    # The logo's paths are the figure's content, not artifacts.
    with pikepdf.open(path) as pdf:
        tags = [stack[-1][0] for op, stack in _walk(pdf.pages[0]) if op == "f" and stack]
        assert "/Figure" in tags


def test_untagged_export_and_printing_draw_no_markers(example_layout, tmp_path):
    untagged = tmp_path / "untagged.pdf"
    write_pdf(example_layout, untagged, tagged=False)
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    print_letter(example_layout, printer)
    for path in (untagged, printed):
        with pikepdf.open(path) as pdf:
            assert "/StructTreeRoot" not in pdf.Root
            for page in pdf.pages:
                assert not MARKER_COLOURS.search(page.obj.Contents.read_bytes())


def test_export_survives_a_tagging_failure(example_layout, tmp_path, monkeypatch):
    from answerletter.layout import pdftags

    def broken(*_args, **_kwargs):
        raise pdftags.TaggingError("page 1: 3 markers in the content, 4 recorded")

    monkeypatch.setattr(pdftags, "_rewrite_page", broken)
    path = tmp_path / "untagged.pdf"
    notes = write_pdf(example_layout, path)
    assert any("without tags" in note and "page 1" in note for note in notes)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == example_layout.page_count
        assert "/StructTreeRoot" not in pdf.Root


def test_unwritable_target_is_an_output_error(example_layout, tmp_path):
    from answerletter.layout import OutputError

    folder = tmp_path / "missing"
    with pytest.raises(OutputError):
        write_pdf(example_layout, folder / "letter.pdf")


def test_plain_pdf_is_tagged_too(example_layout, tmp_path):
    path = tmp_path / "plain.pdf"
    write_pdf(example_layout, path, pdfa=False)
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.Lang == "nl-NL"
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert 'pdfuaid:part="1"' in xmp and "pdfaid:part" not in xmp
    assert _texts(_struct_text(path)) == expected_text(example_layout)


def test_painting_on_another_thread_does_not_report_to_this_threads_recorder(qapp, profile):
    """The preview paints (untagged) while an export records its tags on another thread:
    the markers of the one must not land in the recorder of the other."""
    import threading

    from PySide6.QtGui import QImage, QPainter

    from answerletter.layout import paint_page
    from answerletter.layout.tags import TagRecorder
    from answerletter.testing.synthetic import generate_letter

    other = LetterLayout(generate_letter(3, seed=1), profile)
    recorder = TagRecorder()
    painted = threading.Event()

    def paint_elsewhere() -> None:
        image = QImage(600, 850, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        paint_page(painter, other, 0)  # no recorder: nothing recorded, no markers drawn
        painter.end()
        painted.set()

    own = QImage(600, 850, QImage.Format.Format_ARGB32)
    own_painter = QPainter(own)
    with recorder.active():
        recorder.begin_page(own_painter)
        with recorder.context("flow"):  # as in the middle of painting the export's page
            before = [list(page) for page in recorder.pages]
            thread = threading.Thread(target=paint_elsewhere)
            thread.start()
            thread.join(60)
            after = [list(page) for page in recorder.pages]
    own_painter.end()
    assert painted.is_set()
    assert after == before
