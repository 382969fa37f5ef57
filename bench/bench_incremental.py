"""Benchmark: every edit costs what it changes (issue 16), at 100 to 10,000 questions.

For generated letters of each size it prints, in one run:

* re-layout (``LetterLayout.update``) after each kind of edit: one word added to the middle
  answer (the baseline), a keystroke in Betreft (the subject) and in the date, a footnote
  added to the first answer and deleted again, a question inserted, moved, deleted, given
  another number and combined with the next one (all through ``model.operations``);
* a keystroke in the middle answer handled by the real window offscreen (editor, model,
  undo step, list row, editor pane; the preview re-lays after a pause, not per key), timed
  once the background checks started by opening the window have finished;
* structural edits in that window, timed on the GUI thread from the action to its return
  (model operation, undo step, question list, editor pane; the layout follows on its own
  thread): a question inserted, deleted, moved down, combined with the next, and a
  footnote added in the middle answer. Their ratio is to the keystroke.

With the re-layout figures it prints how many pages each edit broke anew (the rest are the
old pages, taken over as they were or moved on): after a question deleted the page breaks
may take hundreds of pages to meet the old ones again. How far depends on the text after the
edit, so a question inserted and one deleted are also timed at 19 places through the letter
(5 % to 95 %): the median, the 90th percentile and the worst of those, with the pages each
broke anew.

Each figure is printed with its ratio to the one-word edit of the same letter (target: at
most 5) and to the same figure at 100 questions (the keystroke's target: at most 1.5, and at
most 5 ms). Medians of several runs; the edit is undone (untimed) between runs.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_incremental.py [SIZES...] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from answerletter.config import Config
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.gui import dialogs, i18n
from answerletter.gui.dialogs import SaveChoice
from answerletter.layout import LetterLayout
from answerletter.model import operations as ops
from answerletter.model.letter import Letter
from answerletter.model.richtext import Block, Footnote, RichText, Run
from answerletter.testing.synthetic import generate_letter

SIZES = (100, 1000, 3000, 10000)


def _answer_with(letter: Letter, index: int, text: RichText) -> Letter:
    return ops.set_answer_text(letter, letter.answers[index].id, text)


def one_word(letter: Letter) -> Letter:
    middle = len(letter.answers) // 2
    first, *rest = letter.answers[middle].text.blocks
    block = Block((Run("Voorts "), *first.content), first.list_kind, first.level)
    return _answer_with(letter, middle, RichText((block, *rest)))


def subject_key(letter: Letter) -> Letter:
    metadata = letter.metadata
    return ops.set_metadata(letter, dataclasses.replace(metadata, subject=metadata.subject + "s"))


def date_key(letter: Letter) -> Letter:
    metadata = letter.metadata
    assert metadata.letter_date is not None
    later = metadata.letter_date + timedelta(days=1)
    return ops.set_metadata(letter, dataclasses.replace(metadata, letter_date=later))


def footnote_early(letter: Letter) -> Letter:
    note = Footnote("fn-bench", (Run("Kamerstuk 31 865, nr. 207."),))
    first, *rest = letter.answers[0].text.blocks
    block = Block((Run("Zie "), note, *first.content), first.list_kind, first.level)
    return _answer_with(letter, 0, RichText((block, *rest)))


def insert_question(letter: Letter) -> Letter:
    text = RichText.plain("Wat is de stand van zaken?")
    return ops.insert_question(letter, len(letter.questions) // 2, text=text)[0]


def move_question(letter: Letter) -> Letter:
    return ops.move_question_by(letter, letter.questions[len(letter.questions) // 2].id, 3)


def delete_question(letter: Letter) -> Letter:
    return ops.delete_questions(letter, [letter.questions[len(letter.questions) // 2].id])


def renumber_question(letter: Letter) -> Letter:
    question = letter.questions[len(letter.questions) // 2]
    return ops.set_question_number(letter, question.id, question.number + 20000)


def combine_questions(letter: Letter) -> Letter:
    return ops.combine(letter, _combinable_pair(letter, len(letter.questions) // 2))


def _combinable_pair(letter: Letter, middle: int) -> list[str]:
    """From *middle* on, two neighbours that each have an answer of their own."""
    while True:
        a, b = letter.questions[middle], letter.questions[middle + 1]
        one, two = letter.answer_for(a.id), letter.answer_for(b.id)
        if one and two and one is not two and len(one.questions) == len(two.questions) == 1:
            return [a.id, b.id]
        middle += 1


EDITS: list[tuple[str, Callable[[Letter], Letter]]] = [
    ("one word added, middle answer", one_word),
    ("metadata keystroke (Betreft)", subject_key),
    ("metadata: letter date changed", date_key),
    ("footnote added, first answer", footnote_early),
    ("question inserted, middle", insert_question),
    ("question moved 3 down, middle", move_question),
    ("question deleted, middle", delete_question),
    ("question number changed, middle", renumber_question),
    ("two questions combined, middle", combine_questions),
]


#: Where (fractions of the questions) the spread of a structural edit's cost is measured.
PLACES = [k / 20 for k in range(1, 20)]


def _inserted_at(letter: Letter, at: int) -> Letter:
    return ops.insert_question(letter, at, text=RichText.plain("Waarom?"))[0]


def _deleted_at(letter: Letter, at: int) -> Letter:
    return ops.delete_questions(letter, [letter.questions[at].id])


SPREAD_EDITS: list[tuple[str, Callable[[Letter, int], Letter]]] = [
    ("question inserted", _inserted_at),
    ("question deleted", _deleted_at),
]
#: Figures under these prefixes: the spread over PLACES (ms, and pages broken anew).
SPREAD, SPREAD_PAGES = "_spread:", "_spread pages:"
PICKS: list[tuple[str, Callable[[list[float]], float]]] = [
    ("median", statistics.median),
    ("90th percentile", lambda values: statistics.quantiles(values, n=10, method="inclusive")[-1]),
    ("worst", max),
]


def spread_figures(layout: LetterLayout, letter: Letter, repeat: int) -> dict[str, float]:
    """The cost of each of SPREAD_EDITS at every place of PLACES, summed up by PICKS."""
    figures: dict[str, float] = {}
    for label, edit in SPREAD_EDITS:
        times: list[float] = []
        pages: list[float] = []
        for place in PLACES:
            after = edit(letter, int(len(letter.questions) * place))
            times.append(time_update(layout, letter, after, repeat))
            pages.append(rebroken_pages(layout, letter, after))
        for name, pick in PICKS:
            figures[f"{SPREAD}{label}, {name}"] = pick(times)
            figures[f"{SPREAD_PAGES}{label}, {name}"] = pick(pages)
    return figures


def time_update(layout: LetterLayout, before: Letter, after: Letter, repeat: int) -> float:
    times: list[float] = []
    for _ in range(repeat):
        layout.update(before)
        start = time.perf_counter()
        layout.update(after)
        times.append(time.perf_counter() - start)
    layout.update(before)
    return statistics.median(times)


def rebroken_pages(layout: LetterLayout, before: Letter, after: Letter) -> int:
    """How many pages the update from *before* to *after* broke anew (the others it took
    over, moved on or not): what an edit costs beyond its own items is mostly these."""
    layout.update(before)
    old = list(layout.pages.unmoved())  # (kept alive: no new page can have their ids)
    origins = {id(page.origin) for page, _ in old}
    layout.update(after)
    rebroken = sum(id(page.origin) not in origins for page, _ in layout.pages.unmoved())
    layout.update(before)
    return rebroken


def relayout_figures(letter: Letter, repeat: int) -> dict[str, float]:
    layout = LetterLayout(letter)
    figures: dict[str, float] = {}
    pairs = [(label, letter, edit(letter)) for label, edit in EDITS]
    # The footnote deleted again: the reverse update.
    pairs.append(("footnote deleted, first answer", footnote_early(letter), letter))
    for label, before, after in pairs:
        figures[label] = time_update(layout, before, after, repeat)
        figures[REBROKEN + label] = rebroken_pages(layout, before, after)
    figures.update(spread_figures(layout, letter, repeat))
    figures["_pages"] = layout.page_count
    return figures


#: Figures under this prefix: pages broken anew by the edit of that label.
REBROKEN = "_rebroken:"


KEYSTROKE = "keystroke in an answer -> model and panes"
#: Structural edits in the window, on the GUI thread (ratio to the keystroke).
WINDOW_EDITS = (
    "window: question inserted",
    "window: question deleted",
    "window: question moved down",
    "window: two questions combined",
    "window: footnote added in an answer",
)


#: The middle answer's text while keys are typed into it, the same at every size: the
#: editor's own work per key (the spell check of the block typed in) grows with the
#: block, and the generated letters' middle answers differ.
TYPED_ANSWER = RichText.plain(
    "Het kabinet heeft de afgelopen maanden met de betrokken partijen gesproken over de "
    "uitvoering van de maatregelen. In de brief van 12 maart jongstleden is de Kamer "
    "geïnformeerd over de stand van zaken; een volgende voortgangsrapportage volgt voor "
    "het zomerreces."
)


def keystroke_figure(letter: Letter, work: Path, keys: int) -> float:
    """Median time of one key typed at the end of the middle answer (given
    :data:`TYPED_ANSWER`) in the real window."""
    middle = letter.questions[len(letter.questions) // 2].id
    answer = letter.answer_for(middle)
    assert answer is not None, "the generated letter answers its middle question"
    letter = ops.set_answer_text(letter, answer.id, TYPED_ANSWER)
    window = Opener(Config(work / "config")).new_window(Document(letter))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    window.list_pane.select_ids([middle])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    QApplication.processEvents()
    window.preview.refresh_now()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    quiet = wait_until_quiet()
    times: list[float] = []
    for i in range(keys):
        key = Qt.Key.Key_Space if i % 6 == 5 else Qt.Key.Key_A
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        times.append(time.perf_counter() - start)
    window.preview.timer.stop()
    window.document.undo_stack.clear()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    print(f"  (keystrokes timed after {quiet:.0f} s of background checks settling)", flush=True)
    return statistics.median(times[keys // 6 :])  # the first keys warm caches up


def window_edit_figures(letter: Letter, work: Path, repeat: int) -> dict[str, float]:
    """Median GUI-thread time of each of :data:`WINDOW_EDITS`, the middle question
    selected, each undone (untimed) and the process left to settle between runs."""
    window = Opener(Config(work / "config")).new_window(Document(letter))
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    actions = window.question_actions
    editor = window.editor_pane.answer_editor
    middle = len(letter.questions) // 2

    def add_footnote() -> None:
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.insert_footnote((Run("Kamerstuk 31 865, nr. 207."),))

    operations = (
        actions.insert_question,
        actions.delete_questions,
        actions.move_selection_down,
        actions.combine_selection,
        add_footnote,
    )
    wait_until_quiet()
    figures: dict[str, float] = {}
    for label, operation in zip(WINDOW_EDITS, operations, strict=True):
        times: list[float] = []
        for _ in range(repeat):
            current = window.document.letter
            chosen = [current.questions[middle].id]
            if operation == actions.combine_selection:  # (bound methods: not `is`)
                chosen = _combinable_pair(current, middle)
            window.list_pane.select_ids(chosen)
            QApplication.processEvents()
            depth = window.document.undo_stack.index()
            start = time.perf_counter()
            operation()
            times.append(time.perf_counter() - start)
            QApplication.processEvents()
            assert window.document.undo_stack.index() == depth + 1, label  # it did something
            window.document.undo_stack.undo()
            wait_until_quiet()
        figures[label] = statistics.median(times)
    window.document.undo_stack.clear()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return figures


def wait_until_quiet(limit: float = 180.0) -> float:
    """Run the event loop until the process is idle (the checks and the spell check of the
    whole letter, started when the window opened, have finished: their threads would compete
    with the keystrokes for the interpreter); return the seconds waited."""
    started = time.perf_counter()
    calm = 0
    while calm < 2 and time.perf_counter() - started < limit:
        cpu = time.process_time()
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)
        loop.exec()
        calm = calm + 1 if time.process_time() - cpu < 0.05 else 0
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--no-window", action="store_true", help="skip the keystroke figure")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]

    def refuse(parent: object, title: str, text: str, details: str = "") -> None:
        raise RuntimeError(f"{title}: {text}")  # a benchmark edit the letter refused

    dialogs.show_error = refuse  # type: ignore[assignment]
    assert app is not None
    results: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        letter = generate_letter(size, seed=1)
        started = time.perf_counter()
        figures = relayout_figures(letter, args.repeat)
        if not args.no_window:
            figures[KEYSTROKE] = keystroke_figure(letter, work, args.keys)
            figures.update(window_edit_figures(letter, work, min(args.repeat, 3)))
        results[size] = figures
        print(
            f"  ({size} questions, {int(figures['_pages'])} pages: "
            f"measured in {time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    print_table(results)
    return 0


def print_table(results: dict[int, dict[str, float]]) -> None:
    sizes = list(results)
    base = sizes[0]
    labels = [label for label in results[base] if not label.startswith("_")]
    print(
        "\nms (x one-word edit of that letter; x the same figure at "
        f"{base} questions)   load: {_load()}"
    )
    header = f"{'':<44}" + "".join(f"{size:>24}" for size in sizes)
    print(header)
    for label in labels:
        if label in WINDOW_EDITS:
            continue
        cells = []
        for size in sizes:
            value = results[size][label]
            word = results[size]["one word added, middle answer"]
            to_word = value / word
            to_base = value / results[base][label]
            cells.append(f"{value * 1000:8.1f} ({to_word:5.1f}x;{to_base:5.1f}x)")
        print(f"{label:<44}" + "".join(f"{cell:>24}" for cell in cells))
    print("\npages broken anew by the edit (of all pages)")
    print(header)
    for label in labels:
        if REBROKEN + label not in results[base]:
            continue
        cells = [
            f"{int(results[size][REBROKEN + label])} of {int(results[size]['_pages'])}"
            for size in sizes
        ]
        print(f"{label:<44}" + "".join(f"{cell:>24}" for cell in cells))
    print(f"\nat {len(PLACES)} places through the letter: ms (x one-word edit), pages broken anew")
    print(header)
    for label, _ in SPREAD_EDITS:
        for name, _ in PICKS:
            key = f"{label}, {name}"
            cells = []
            for size in sizes:
                value = results[size][SPREAD + key]
                to_word = value / results[size]["one word added, middle answer"]
                pages = int(results[size][SPREAD_PAGES + key])
                cells.append(f"{value * 1000:7.1f} ({to_word:5.1f}x) {pages:5d} p")
            print(f"{key:<44}" + "".join(f"{cell:>24}" for cell in cells))
    window = [label for label in WINDOW_EDITS if label in results[base]]
    if not window:
        return
    print(f"\nGUI thread, ms (x the keystroke of that letter; x the same at {base} questions)")
    print(header)
    for label in window:
        cells = []
        for size in sizes:
            value = results[size][label]
            to_key = value / results[size][KEYSTROKE]
            to_base = value / results[base][label]
            cells.append(f"{value * 1000:8.1f} ({to_key:5.1f}x;{to_base:5.1f}x)")
        print(f"{label:<44}" + "".join(f"{cell:>24}" for cell in cells))


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().strip()
    except OSError:
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
