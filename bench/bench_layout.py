"""Benchmark of the letter typesetter (issue 3, section 6).

Prints, for the generated 1,000-question letter:

* the export to PDF (layout + pagination + painting + writing), tagged (PDF/UA, the default)
  and untagged, and, in the same run, the floor: Qt's own ``QTextDocument.print_`` of the same
  text as plain HTML into a QPdfWriter. The three are timed in turn; each ratio printed is the
  median of the per-round ratios, so a load change on a shared machine hits all sides of a
  round alike (target: tagged at most 1.5 x the floor); the ratio of CPU times is printed too,
  as other processes on the machine disturb it less;
* re-layouts of the middle answer (target: under 30 ms): a one-word addition, a typical edit
  that keeps the answer's line count, a worst case that adds a line and shifts every later
  page (the re-break stops where page breaks meet the old ones), and a new footnote early in
  the letter, which renumbers every later footnote and so re-lays every item that has one.

Qt's ``print_`` stops after 613 pages without a word, so the floor prints the HTML in pieces
of 1,000 questions and answers (each under that limit; checked) and adds them up.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_layout.py [QUESTIONS ...] [--repeat N]
[--no-relayout]`` (e.g. ``1000 3000 10000 --repeat 1 --no-relayout``).
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from answerletter.layout import LetterLayout, write_pdf
from answerletter.layout.fonts import make_font, resolve_family
from answerletter.model import wording
from answerletter.model.letter import Answer, Letter, Question
from answerletter.model.richtext import Block, Footnote, Inline, ListKind, RichText, Run, Script
from answerletter.testing.synthetic import generate_letter


def _run_html(run: Run) -> str:
    text = html.escape(run.text)
    marks = run.marks
    if marks.bold:
        text = f"<b>{text}</b>"
    if marks.italic:
        text = f"<i>{text}</i>"
    if marks.underline:
        text = f"<u>{text}</u>"
    if marks.script is Script.SUPER:
        text = f"<sup>{text}</sup>"
    elif marks.script is Script.SUB:
        text = f"<sub>{text}</sub>"
    if marks.link:
        text = f'<a href="{html.escape(marks.link)}">{text}</a>'
    return text


def _rich_html(text: RichText, notes: list[Footnote]) -> str:
    parts: list[str] = []
    open_list: ListKind | None = None
    for block in text.blocks:
        if block.list_kind != open_list:
            if open_list is not None:
                parts.append("</ul>" if open_list is ListKind.BULLET else "</ol>")
            if block.list_kind is not None:
                parts.append("<ul>" if block.list_kind is ListKind.BULLET else "<ol>")
            open_list = block.list_kind
        parts.append("<li>" if block.list_kind else "<p>")
        parts.append(_inline_html(block, notes))
        parts.append("</li>" if block.list_kind else "</p>")
    if open_list is not None:
        parts.append("</ul>" if open_list is ListKind.BULLET else "</ol>")
    return "".join(parts)


def _inline_html(block: Block, notes: list[Footnote]) -> str:
    out: list[str] = []
    for item in block.content:
        if isinstance(item, Run):
            out.append(_run_html(item))
        else:
            notes.append(item)
            out.append(f"<sup>{len(notes)}</sup>")
    return "".join(out)


def plain_html(letter: Letter) -> str:
    """The letter's text as plain HTML: no letterhead, no page layout, footnotes at the end."""
    return plain_html_pieces(letter, len(letter.presentation()) + 1)[0]


def plain_html_pieces(letter: Letter, items_per_piece: int) -> list[str]:
    """The letter's text as plain HTML documents of *items_per_piece* questions and answers
    each (the first with the opening text), each with its footnotes at its end."""
    items = letter.presentation()
    pieces = [items[i : i + items_per_piece] for i in range(0, len(items), items_per_piece)]
    return [_piece_html(letter, piece, first=n == 0) for n, piece in enumerate(pieces or [()])]


def _piece_html(letter: Letter, items: Sequence[Question | Answer], *, first: bool) -> str:
    notes: list[Footnote] = []
    parts: list[str] = []
    if first:
        parts.append(_rich_html(wording.offering(letter), notes))
        parts.append(_rich_html(letter.body.paragraphs, notes))
        parts.append(f"<p><b>{html.escape(wording.questions_heading(letter.metadata))}</b></p>")
    for item in items:
        if isinstance(item, Question):
            parts.append(f"<p><b>Vraag {item.number}</b></p>")
            parts.append(f"<b>{_rich_html(item.text, notes)}</b>")
        else:
            parts.append(f"<p><b>{html.escape(wording.answer_label(letter, item))}</b></p>")
            if item.refers_to:
                parts.append(f"<p>{html.escape(wording.reference_sentence(letter, item))}</p>")
            parts.append(_rich_html(item.text, notes))
    for number, note in enumerate(notes, 1):
        body = "".join(_run_html(run) for run in note.body)
        parts.append(f"<p>{number} {body}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


#: Qt's QTextDocument.print_ silently stops after 613 pages (checked here with PySide6 6.11:
#: a 1,289-page text gave a 613-page PDF). The floor prints pieces of this many questions and
#: answers (about 150 pages each), each into a file of its own, and checks their page counts.
FLOOR_ITEMS_PER_PIECE = 1000
QT_PRINT_LIMIT = 613


def floor_export(letter: Letter, family: str, target: Path) -> float:
    """Seconds for QTextDocument.print_ of the plain HTML into PDF/A QPdfWriters, in pieces
    of FLOOR_ITEMS_PER_PIECE items (files *target*-1.pdf, -2.pdf, …); the HTML is made
    inside the timing, as our export makes its documents inside its own."""
    start = time.perf_counter()
    for number, text in enumerate(plain_html_pieces(letter, FLOOR_ITEMS_PER_PIECE), 1):
        document = QTextDocument()
        document.setDefaultFont(make_font(family, 9.0))
        document.setHtml(text)
        writer = QPdfWriter(str(floor_piece(target, number)))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setResolution(1200)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document.print_(writer)
        del writer  # finishes the file
    return time.perf_counter() - start


def floor_piece(target: Path, number: int) -> Path:
    return target.with_name(f"{target.stem}-{number}.pdf")


def floor_pages(target: Path) -> list[int]:
    """The page count of each piece the last floor_export wrote (untimed; pypdf)."""
    from pypdf import PdfReader

    counts = []
    number = 1
    while floor_piece(target, number).exists():
        counts.append(len(PdfReader(str(floor_piece(target, number))).pages))
        number += 1
    if any(count >= QT_PRINT_LIMIT for count in counts):
        raise RuntimeError(f"a floor piece reached Qt's {QT_PRINT_LIMIT}-page limit: {counts}")
    return counts


def letter_export(letter: Letter, target: Path, *, tagged: bool = True) -> tuple[float, int]:
    """Seconds for LetterLayout + write_pdf, and the page count."""
    start = time.perf_counter()
    layout = LetterLayout(letter)
    write_pdf(layout, target, tagged=tagged)
    return time.perf_counter() - start, layout.page_count


# -- edits of one answer --


def _with_first_block(answer: Answer, change: Callable[[list[Inline]], None]) -> Answer:
    first = answer.text.blocks[0]
    content = list(first.content)
    change(content)
    blocks = (Block(tuple(content), first.list_kind, first.level), *answer.text.blocks[1:])
    return dataclasses.replace(answer, text=RichText(blocks))


def _first_run(content: list[Inline]) -> int:
    return next(i for i, node in enumerate(content) if isinstance(node, Run))


def _edit_answer(letter: Letter, index: int, change: Callable[[list[Inline]], None]) -> Letter:
    answers = list(letter.answers)
    answers[index] = _with_first_block(answers[index], change)
    return dataclasses.replace(letter, answers=tuple(answers))


def one_word_change(letter: Letter) -> Letter:
    """*letter* with one word added at the start of the middle answer."""

    def prepend(content: list[Inline]) -> None:
        index = _first_run(content)
        old = content[index]
        assert isinstance(old, Run)
        content[index] = Run("Voorts " + old.text, old.marks)

    return _edit_answer(letter, len(letter.answers) // 2, prepend)


def same_lines_change(letter: Letter) -> Letter:
    """*letter* with one letter of the middle answer's first word changed (no new line)."""

    def retype(content: list[Inline]) -> None:
        index = _first_run(content)
        old = content[index]
        assert isinstance(old, Run)
        content[index] = Run(("X" if old.text[0] != "X" else "Y") + old.text[1:], old.marks)

    return _edit_answer(letter, len(letter.answers) // 2, retype)


def added_line_change(letter: Letter, index: int) -> Letter:
    """*letter* with a paragraph of one short line added to answer *index*."""
    answers = list(letter.answers)
    answer = answers[index]
    text = RichText((*answer.text.blocks, Block((Run("Tot slot."),))))
    answers[index] = dataclasses.replace(answer, text=text)
    return dataclasses.replace(letter, answers=tuple(answers))


def added_footnote_change(letter: Letter, index: int) -> Letter:
    """*letter* with a footnote added at the start of answer *index*."""
    note = Footnote("bench-note", (Run("Kamerstuk 31 865, nr. 207."),))

    def add(content: list[Inline]) -> None:
        content.insert(0, note)

    return _edit_answer(letter, index, add)


@dataclasses.dataclass
class Relayout:
    label: str
    times: list[float]
    first_page: int
    rebroken: int
    pages: int
    changed_lines: int


def time_relayout(layout: LetterLayout, letter: Letter, changed: Letter, repeat: int) -> Relayout:
    """Median of *repeat* updates from *letter* to *changed* (and back, untimed)."""
    times: list[float] = []
    first, rebroken, lines = 0, 0, 0
    for _ in range(repeat):
        layout.update(letter)
        old_pages = {id(page) for page in layout.pages}
        old_lines = sum(len(item.units) for item in layout.flow.items)
        start = time.perf_counter()
        first = layout.update(changed)
        times.append(time.perf_counter() - start)
        rebroken = sum(id(page) not in old_pages for page in layout.pages)
        lines = sum(len(item.units) for item in layout.flow.items) - old_lines
    layout.update(letter)
    return Relayout("", times, first, rebroken, layout.page_count, lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=int, nargs="*", default=[1000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-export", action="store_true", help="time the re-layouts only")
    parser.add_argument("--no-relayout", action="store_true", help="time the export only")
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for questions in args.questions:
        letter = generate_letter(questions, seed=1)
        if not args.no_export:
            export_figures(letter, questions, args.repeat)
        if not args.no_relayout:
            relayout_figures(letter, max(7, args.repeat))
    print("load average: " + Path("/proc/loadavg").read_text().strip())
    return 0


def export_figures(letter: Letter, questions: int, repeat: int) -> None:
    family = resolve_family("Verdana")
    # Warm up fonts and Qt's caches on a small letter so no side pays for them.
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        letter_export(generate_letter(5, seed=2), out / "warm.pdf")
        floor_export(generate_letter(5, seed=2), family, out / "warm-floor.pdf")
        tagged, untagged, floors, pages = [], [], [], 0
        cpu_tagged, cpu_untagged = [], []
        for _ in range(repeat):
            cpu = time.process_time()
            floors.append(floor_export(letter, family, out / "floor.pdf"))
            floor_cpu = time.process_time() - cpu
            cpu = time.process_time()
            seconds, pages = letter_export(letter, out / "untagged.pdf", tagged=False)
            cpu_untagged.append((time.process_time() - cpu) / floor_cpu)
            untagged.append(seconds)
            cpu = time.process_time()
            seconds, pages = letter_export(letter, out / "tagged.pdf")
            cpu_tagged.append((time.process_time() - cpu) / floor_cpu)
            tagged.append(seconds)
        piece_pages = floor_pages(out / "floor.pdf")
        sizes = {
            "floor (all pieces)": sum(
                floor_piece(out / "floor.pdf", n).stat().st_size
                for n in range(1, len(piece_pages) + 1)
            ),
            **{name: (out / name).stat().st_size for name in ("untagged.pdf", "tagged.pdf")},
        }

    def ratio(times: list[float]) -> str:
        values = [a / b for a, b in zip(times, floors, strict=True)]
        return f"{statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})"

    def cpu(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})"

    print(f"letter: {questions} questions, {pages} pages, font {family}; median of {repeat}")
    print(
        f"  floor (QTextDocument.print_ of plain HTML, {len(piece_pages)} pieces of "
        f"{'/'.join(map(str, piece_pages))} pages): {statistics.median(floors):.3f} s"
    )
    print(f"  export untagged (PDF/A-1b):  {statistics.median(untagged):.3f} s")
    print(f"  export tagged (PDF/A-1a, UA): {statistics.median(tagged):.3f} s")
    print(f"  ratio to the floor, untagged: {ratio(untagged)}")
    print(f"  ratio to the floor, tagged:   {ratio(tagged)}   (target <= 1.2 at 10,000)")
    print(f"  CPU-time ratio, untagged: {cpu(cpu_untagged)}; tagged: {cpu(cpu_tagged)}")
    print(
        "  file sizes: " + ", ".join(f"{name} {size / 1e6:.2f} MB" for name, size in sizes.items())
    )


def relayout_figures(letter: Letter, repeat: int) -> None:
    layout = LetterLayout(letter)
    middle = len(letter.answers) // 2
    cases = [
        ("one word added, middle answer", one_word_change(letter)),
        ("one letter changed, middle answer (same lines)", same_lines_change(letter)),
        ("one line added, middle answer", added_line_change(letter, middle)),
        ("one line added, first answer", added_line_change(letter, 0)),
        ("footnote added, first answer (renumbers all later)", added_footnote_change(letter, 0)),
    ]
    print(f"re-layout (target < 30 ms), median of {repeat}:")
    for label, changed in cases:
        result = time_relayout(layout, letter, changed, repeat)
        print(
            f"  {label}: {statistics.median(result.times) * 1000:.1f} ms "
            f"(best {min(result.times) * 1000:.1f}; {result.changed_lines:+d} lines; "
            f"from page {result.first_page + 1}, {result.rebroken} of {result.pages} pages "
            f"re-broken)"
        )


if __name__ == "__main__":
    sys.exit(main())
