"""Benchmark of hostile and large inputs (issue 16): long words, big pastes, big letters.

Prints, in one run:

* **long words**: typesetting (``LetterLayout``) a letter whose answer is one word of 10,000,
  100,000 and 1,000,000 characters, with the break opportunities the typesetter inserts and,
  for comparison in the same run, without them (Qt's own breaking; 1,000,000 only with
  ``--before-million``, it takes 15-30 s); each with its ratio to linear growth from 10,000
  (1.0 = linear, 10 = quadratic per decade);
* **paste**: Ctrl+V into the answer editor of a real window with the event loop running and a
  5 ms heartbeat timer: the longest stall of the GUI thread and the time until the paste is
  refused or in place (and the window has followed), for 10 MB of lines, of one paragraph, of
  one word and of Word HTML, and for the largest pastes taken;
* **letters of 100 to 10,000 questions**, each size in its own process (so peak memory is that
  size's): load with validation and save (median CPU ms, and per question as a ratio to 100
  questions), open until usable (list filled, first question in the editor), until the first
  preview page is painted and until the whole letter is laid out, the time to show a page
  in the middle of the letter (its documents written again), and the peak resident memory,
  broken down by stage.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_big_inputs.py [--quick] [--before-million]``
(``--quick``: letters up to 3,000 questions).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from bench_support import median_ms

if TYPE_CHECKING:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = (100, 1_000, 3_000, 10_000)
WORDS = (10_000, 100_000, 1_000_000)


def rss_mb() -> float:
    """The process's current resident memory (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- long words --


def long_words(before_million: bool) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from answerletter.layout import LetterLayout, textwriter
    from answerletter.model.letter import Answer, Question
    from answerletter.model.richtext import Block, RichText, Run
    from answerletter.templates import example_letter

    def letter(length: int):  # type: ignore[no-untyped-def]
        word = "".join("abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26] for i in range(length))
        question = Question("q1", 1, RichText.plain("Hoe lang mag een woord zijn?"))
        answer = Answer("a1", ("q1",), RichText((Block((Run(word),)),)))
        return dataclasses.replace(example_letter(), questions=(question,), answers=(answer,))

    def typeset(length: int) -> float:
        value = letter(length)
        start = time.process_time()
        LetterLayout(value)
        return time.process_time() - start

    # The rest of the letter (letterhead, labels), measured alone, is taken off every figure.
    rest = min(typeset(0) for _ in range(5))
    print(
        "long words: typesetting one word (CPU s, best of 3, the rest of the letter's "
        f"{rest * 1000:.0f} ms taken off; ratio to linear from 10k)"
    )
    original = textwriter.with_breaks
    rows: dict[str, dict[int, float]] = {"after": {}, "before": {}}
    for label in ("after", "before"):
        if label == "before":
            textwriter.with_breaks = lambda text, carry=0: (text, 0)  # type: ignore[assignment]
        try:
            for length in WORDS:
                if label == "before" and length == 1_000_000 and not before_million:
                    continue
                repeat = 1 if length == 1_000_000 and label == "before" else 3
                rows[label][length] = min(typeset(length) for _ in range(repeat)) - rest
        finally:
            textwriter.with_breaks = original
    for label, row in rows.items():
        base = row[WORDS[0]] / WORDS[0]
        cells = [
            f"{length // 1000:>5}k {seconds:7.3f} s (x{seconds / length / base:5.1f})"
            for length, seconds in row.items()
        ]
        print(f"  {label:<7} " + "   ".join(cells))
    del app


# -- paste --


def _tick(ticks: list[float], clock: QElapsedTimer) -> None:
    ticks.append(clock.nsecsElapsed() / 1e9)


def _press_paste(editor: QWidget) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def paste_child() -> None:
    """In a child process: paste shapes into a real window, measuring GUI-thread stalls."""
    from PySide6.QtCore import QElapsedTimer, QMimeData, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from answerletter.config import Config
    from answerletter.desktop.opener import Opener
    from answerletter.editing.document import Document
    from answerletter.gui import dialogs, i18n
    from answerletter.gui.dialogs import SaveChoice
    from answerletter.gui.richtext.big_paste import MAX_HTML_BYTES, MAX_TEXT_CHARS
    from answerletter.testing.synthetic import generate_letter

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="bench-paste-"))
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    refused: list[str] = []
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]
    dialogs.show_information = lambda parent, title, text: refused.append(text)  # type: ignore[assignment]

    size = 10_000_000
    line = "Geplakte regel: tekst uit een groot document, met één accent.\n"
    paragraph = '<p class=MsoNormal><span style="font-family:Verdana">Een <b>alinea</b>.</p>\n'

    def lines(n: int) -> str:
        return (line * (n // len(line) + 1))[:n]

    def html(n: int) -> str:
        return "<html><body>" + paragraph * (n // len(paragraph)) + "</body></html>"

    shapes: list[tuple[str, dict[str, str]]] = [
        ("nothing (baseline: the loop)", {}),
        ("10 MB lines", {"text": lines(size)}),
        ("10 MB one paragraph", {"text": ("woord " * (size // 6 + 1))[:size]}),
        ("10 MB one word", {"text": "x" * size}),
        ("10 MB Word HTML", {"html": html(size), "text": lines(size // 8)}),
        (f"{MAX_TEXT_CHARS // 1000}k lines (largest taken)", {"text": lines(MAX_TEXT_CHARS)}),
        (f"{MAX_TEXT_CHARS // 1000}k one word", {"text": "y" * MAX_TEXT_CHARS}),
        # Word HTML as large as its paragraphs may be (2,000 short paragraphs).
        ("150 KB Word HTML (1,900 par.)", {"html": html(150_000), "text": "x"}),
        ("600 KB Word HTML (7,900 par.)", {"html": html(600_000), "text": "x"}),
        ("2 MB Word HTML (too much text)", {"html": html(MAX_HTML_BYTES), "text": "x"}),
    ]
    print("paste into the answer editor of a window on a 20-question letter")
    print(f"  {'shape':<30} {'result':<9} {'worst stall':>12} {'until done':>11}")
    for name, forms in shapes:
        window = Opener(Config(work / "config")).new_window(Document(generate_letter(20, seed=3)))
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.list_pane.select_ids([window.document.letter.questions[0].id])
        editor = window.editor_pane.answer_editor
        window.activateWindow()
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        # The window's own start-up work (the first preview, the checks) is done first, so
        # the stalls measured are the paste's.
        window.preview.refresh_now()
        while window.preview.pending():
            app.processEvents()
        settle = time.perf_counter()
        while time.perf_counter() - settle < 1.0:
            app.processEvents()
        before = window.document.letter
        mime = QMimeData()
        if "html" in forms:
            mime.setHtml(forms["html"])
        if "text" in forms:
            mime.setText(forms["text"])
        QApplication.clipboard().setMimeData(mime)
        refused.clear()

        ticks: list[float] = []
        clock = QElapsedTimer()
        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(partial(_tick, ticks, clock))
        clock.start()
        heartbeat.start()
        start = time.perf_counter()
        if forms:
            QTimer.singleShot(20, partial(_press_paste, editor))
        done_at = None
        while time.perf_counter() - start < 120:
            app.processEvents()
            finished = refused or not forms
            finished = finished or (
                window.document.letter is not before and not editor.isReadOnly()
            )
            if finished and done_at is None:
                done_at = time.perf_counter()
            # After the paste, the window follows (model, list, checks, the preview's layout
            # on its worker); keep measuring for 2 s.
            if done_at is not None and time.perf_counter() - done_at > 2.0:
                break
        heartbeat.stop()
        gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
        # The first gap includes the 20 ms before the paste started.
        worst = max(gaps, default=0.0)
        result = "refused" if refused else ("taken" if done_at else "TIMEOUT")
        if not forms:
            result = "-"
        until = (done_at - start - 0.02) if done_at else float("nan")
        print(f"  {name:<30} {result:<9} {worst * 1000:9.0f} ms {until:9.2f} s")
        window.close()
        window.deleteLater()
        app.processEvents()
    sys.stdout.flush()
    # Python's teardown of a QApplication with deleted windows can crash (PySide): the
    # figures are printed, so leave at once.
    os._exit(0)


# -- letters of many questions --


def size_child(count: int) -> dict[str, float]:
    """In a child process: load, save, open and memory for a letter of *count* questions."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from answerletter.config import Config
    from answerletter.desktop.opener import Opener
    from answerletter.editing.document import Document
    from answerletter.fileformat import load_letter, reader, save_letter
    from answerletter.gui import dialogs, i18n
    from answerletter.gui.dialogs import SaveChoice
    from answerletter.testing.synthetic import generate_letter

    work = Path(tempfile.mkdtemp(prefix="bench-size-"))
    path = work / "brief.kvb"
    save_letter(generate_letter(count, seed=7), path)
    repeat = 7 if count <= 1_000 else 3
    figures: dict[str, float] = {"file_mb": path.stat().st_size / 1e6}
    figures["rss_start"] = rss_mb()
    figures["load_ms"] = median_ms(lambda: load_letter(path), repeat)
    # The baseline in the same process: every paragraph the general way (no fast path).
    fast_builder = reader.LetterBuilder
    reader.LetterBuilder = partial(fast_builder, fast=False)  # type: ignore[misc]
    try:
        figures["load_general_ms"] = median_ms(lambda: load_letter(path), repeat)
    finally:
        reader.LetterBuilder = fast_builder  # type: ignore[misc]
    letter = load_letter(path)
    figures["save_ms"] = median_ms(lambda: save_letter(letter, work / "kopie.kvb"), repeat)
    del letter
    figures["rss_model"] = rss_mb()

    app = QApplication(sys.argv[:1])
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]
    assert app is QApplication.instance()
    figures["rss_qt"] = rss_mb()
    start = time.perf_counter()
    letter = load_letter(path)
    window = Opener(Config(work / "config")).new_window(Document(letter, path))
    window.resize(1400, 900)
    window.show()
    # Usable: on screen with the list filled and the first question in the editor, painted
    # (directly, not through the event loop: the figure is the window's own work, not the
    # background work it has started; the preview's first pages are timed below).
    window.repaint()
    figures["usable_s"] = time.perf_counter() - start
    assert window.model.rowCount() == count
    assert window.editor_pane.current_id == letter.questions[0].id
    figures["rss_window"] = rss_mb()
    # The preview lays out on its worker thread: wait until the letter's pages are shown.
    # First page: the first (provisional) pages painted; a long letter's first layout hands
    # them over before it ends. Preview: the whole letter laid out and shown.
    # Waited for in an event loop, as the program waits: a loop of processEvents() calls
    # would take the interpreter lock from the layout thread (measured: ×1.3-1.8 its time).
    preview = window.preview
    shown = figures["usable_s"] + start
    loop = QEventLoop()
    preview.engine.progress.connect(loop.quit)
    preview.layoutFinished.connect(loop.quit)
    preview.refresh_now()
    if preview.pages.source is None:
        loop.exec()
    preview.pages.repaint()
    figures["first_page_s"] = time.perf_counter() - shown
    preview.engine.progress.disconnect(loop.quit)
    while preview.pending():
        loop.exec()
    preview.pages.repaint()
    figures["preview_s"] = time.perf_counter() - start
    figures["pages"] = window.preview.page_count()
    # A page far from the first ones: its chunk documents were emptied (the preview keeps a
    # budget of them filled) and are written again before it is recorded.
    middle = int(figures["pages"]) // 2
    recorded = QEventLoop()
    preview.engine.pagesReady.connect(recorded.quit)
    far = time.perf_counter()
    preview.scroll_area.verticalScrollBar().setValue(preview.pages.page_rect(middle).top())
    preview.pages.repaint()  # paints the missing pages blank and asks for them
    recorded.exec()
    preview.pages.repaint()
    figures["far_page_ms"] = (time.perf_counter() - far) * 1000
    figures["rss_preview"] = rss_mb()
    figures["peak_mb"] = peak_mb()
    window.close()
    return figures


def sizes(counts: tuple[int, ...]) -> None:
    print("letters (each size in its own process; CPU ms for load and save)")
    results: dict[int, dict[str, float]] = {}
    for count in counts:
        output = subprocess.run(
            [sys.executable, __file__, "--size-child", str(count)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        results[count] = json.loads(output.strip().splitlines()[-1])
    base = results[counts[0]]
    print("  (x/q: cost per question as a ratio to 100 questions; general: the same load")
    print("  without the plain-paragraph fast path, in the same process)")
    header = (
        f"  {'questions':>9} {'MB':>5} {'load ms':>8} {'x/q':>5} {'general':>8} "
        f"{'save ms':>8} {'x/q':>5} {'usable s':>9} {'1st page s':>10} {'preview s':>10} "
        f"{'pages':>6} {'far page ms':>11} "
        f"{'peak MB':>8}"
    )
    print(header)
    for count, row in results.items():
        scale = count / counts[0]
        print(
            f"  {count:>9} {row['file_mb']:5.1f} {row['load_ms']:8.1f} "
            f"{row['load_ms'] / base['load_ms'] / scale:5.2f} {row['load_general_ms']:8.1f} "
            f"{row['save_ms']:8.1f} "
            f"{row['save_ms'] / base['save_ms'] / scale:5.2f} {row['usable_s']:9.2f} "
            f"{row['first_page_s']:10.2f} {row['preview_s']:10.2f} {row['pages']:6.0f} "
            f"{row['far_page_ms']:11.0f} "
            f"{row['peak_mb']:8.0f}"
        )
    print("  memory by stage (MB resident): start, +model (load/save done), +Qt, +window,")
    print("  +preview laid out and painted")
    for count, row in results.items():
        stages = ["rss_start", "rss_model", "rss_qt", "rss_window", "rss_preview"]
        values = [row[stage] for stage in stages]
        steps = [values[0]] + [later - earlier for earlier, later in itertools.pairwise(values)]
        print(f"  {count:>9}: " + "  ".join(f"{step:+7.0f}" for step in steps))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--before-million", action="store_true")
    parser.add_argument("--size-child", type=int)
    parser.add_argument("--paste-child", action="store_true")
    parser.add_argument("--only", choices=["words", "paste", "sizes"])
    args = parser.parse_args()
    if args.size_child:
        print(json.dumps(size_child(args.size_child)))
        return
    if args.paste_child:
        paste_child()
        return
    print(f"load average: {Path('/proc/loadavg').read_text().strip()}")
    if args.only in (None, "words"):
        long_words(args.before_million)
    if args.only in (None, "paste"):
        sys.stdout.flush()
        subprocess.run([sys.executable, __file__, "--paste-child"], check=True)
    if args.only in (None, "sizes"):
        sizes(SIZES[:3] if args.quick else SIZES)


if __name__ == "__main__":
    main()
