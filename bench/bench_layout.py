"""Benchmark of the letter typesetter (issue 3, section 6).

Prints, for the generated 1,000-question letter:

* the export to PDF (layout + pagination + painting + writing) and, in the same run, the floor:
  Qt's own ``QTextDocument.print_`` of the same text as plain HTML into a QPdfWriter, with the
  ratio between them (target: at most 1.2);
* a re-layout after a one-word change in the middle answer (target: under 30 ms).

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_layout.py [QUESTIONS] [--repeat N]``.
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
from answerletter.model.letter import Letter, Question
from answerletter.model.richtext import Block, Footnote, ListKind, RichText, Run, Script
from answerletter.model.synthetic import generate_letter


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
    notes: list[Footnote] = []
    parts = [_rich_html(wording.offering(letter), notes), _rich_html(letter.body.paragraphs, notes)]
    parts.append(f"<p><b>{html.escape(wording.questions_heading(letter.metadata))}</b></p>")
    for item in letter.presentation():
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


def floor_export(letter: Letter, family: str, target: Path) -> float:
    """Seconds for QTextDocument.print_ of the plain HTML into a PDF/A QPdfWriter."""
    start = time.perf_counter()
    document = QTextDocument()
    document.setDefaultFont(make_font(family, 9.0))
    document.setHtml(plain_html(letter))
    writer = QPdfWriter(str(target))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(1200)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    return time.perf_counter() - start


def letter_export(letter: Letter, target: Path) -> tuple[float, int]:
    """Seconds for LetterLayout + write_pdf, and the page count."""
    start = time.perf_counter()
    layout = LetterLayout(letter)
    write_pdf(layout, target)
    return time.perf_counter() - start, layout.page_count


def one_word_change(letter: Letter) -> Letter:
    """*letter* with one word added at the start of the middle answer."""
    middle = len(letter.answers) // 2
    answer = letter.answers[middle]
    first = answer.text.blocks[0]
    content = list(first.content)
    run = next(i for i, node in enumerate(content) if isinstance(node, Run))
    old = content[run]
    assert isinstance(old, Run)
    content[run] = Run("Voorts " + old.text, old.marks)
    blocks = (Block(tuple(content), first.list_kind, first.level), *answer.text.blocks[1:])
    answers = list(letter.answers)
    answers[middle] = dataclasses.replace(answer, text=RichText(blocks))
    return dataclasses.replace(letter, answers=tuple(answers))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=int, nargs="?", default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    letter = generate_letter(args.questions, seed=1)
    family = resolve_family("Verdana")
    # Warm up fonts and Qt's caches on a small letter so neither side pays for them.
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        letter_export(generate_letter(5, seed=2), out / "warm.pdf")
        floor_export(generate_letter(5, seed=2), family, out / "warm-floor.pdf")
        ours, floors, pages = [], [], 0
        for _ in range(args.repeat):
            floors.append(floor_export(letter, family, out / "floor.pdf"))
            seconds, pages = letter_export(letter, out / "letter.pdf")
            ours.append(seconds)
    best_ours, best_floor = min(ours), min(floors)
    print(f"letter: {args.questions} questions, {pages} pages, font {family}")
    print(f"export (LetterLayout + write_pdf): {best_ours:.3f} s (best of {args.repeat})")
    print(f"floor (QTextDocument.print_ of plain HTML): {best_floor:.3f} s")
    print(f"ratio: {best_ours / best_floor:.2f} (target <= 1.2)")

    layout = LetterLayout(letter)
    changed = one_word_change(letter)
    timings = []
    for _ in range(max(3, args.repeat)):
        layout.update(letter)
        start = time.perf_counter()
        first = layout.update(changed)
        timings.append(time.perf_counter() - start)
    print(
        f"re-layout after a one-word change in the middle answer: "
        f"{statistics.median(timings) * 1000:.1f} ms median, {min(timings) * 1000:.1f} ms best "
        f"(first changed page {first + 1} of {layout.page_count}; target < 30 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
