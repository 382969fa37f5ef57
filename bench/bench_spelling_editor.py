"""Benchmark of the spell check in the editor window (issue 14 §1), real widgets offscreen.

For generated letters of 100, 1,000 and 10,000 questions (one misspelled word planted in
the last answer) it prints:

* the dictionary load (in its own process: the window does not wait for it);
* the whole letter checked in the background: from the window showing (dictionary loaded)
  until the planted word is among the spelling findings (target < 5 s at 1,000);
* the cost of one keystroke in the middle answer, handled completely (key press and
  release, then the events it leaves: the squiggle's verdict, the repaint), with spell
  check off and on, alternating rounds in the same window; the ratio on/off is the figure
  (target at 1,000: no slower, ratio about 1);
* the same with a pause after each key long enough for the background check to run
  between keys (the case where the check could compete with typing).

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_spelling_editor.py [SIZES...] [--keys N]``.
Figures are wall-clock times (what the user feels); note the machine load beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
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
from answerletter.gui.spelling_service import spelling_service
from answerletter.gui.spelling_session import SCAN_DELAY_MS
from answerletter.model import RichText
from answerletter.model import operations as ops
from answerletter.testing.synthetic import generate_letter

PLANTED = "Snurfbeleid"
LOADAVG = Path("/proc/loadavg")
TYPED = "de spellingscontrole werkt goed "


def wait(app: QApplication, until, limit_s: float) -> float:
    """Process events until *until()* holds; the seconds it took (inf past *limit_s*)."""
    start = time.perf_counter()
    while not until():
        if time.perf_counter() - start > limit_s:
            return float("inf")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return time.perf_counter() - start


def pause(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def keystrokes(app, window, editor, count: int, offset: int, gap_ms: int = 0) -> list[Key]:
    """Type *count* characters; per key its wall time and the GUI thread's CPU time, from the
    key press until the events it left are handled (the preview's refresh, a timer of its
    own after a pause, is held back: it is the same with and without spell check)."""
    times = []
    for i in range(count):
        char = TYPED[(offset + i) % len(TYPED)]
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        wall, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(editor, key, Qt.KeyboardModifier.NoModifier)
        window.preview.timer.stop()
        app.processEvents()
        times.append(Key(time.perf_counter() - wall, time.thread_time() - cpu))
        if gap_ms:
            pause(app, gap_ms)
            window.preview.timer.stop()
    return times


@dataclass(frozen=True)
class Key:
    wall: float
    cpu: float


#: GUI-thread CPU spent in the spell check's own code, per entry point (filled by
#: ``measure_spelling_code``).
SPELLING_CPU: dict[str, float] = {}


def measure_spelling_code() -> None:
    """Wrap the spell check's GUI-thread entry points so their CPU time adds up in
    SPELLING_CPU: what the spell check itself costs a keystroke, apart from the rest."""
    from answerletter.gui.spelling_highlighter import SpellingHighlighter
    from answerletter.gui.spelling_session import LetterSpelling
    from answerletter.gui.spelling_window import WindowSpelling

    def timed(function):
        name = function.__qualname__

        def wrapper(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent = time.thread_time() - start
                SPELLING_CPU[name] = SPELLING_CPU.get(name, 0.0) + spent

        return wrapper

    for cls, names in (
        (SpellingHighlighter, ("highlightBlock", "_cursor_moved", "_on_flagged", "refresh")),
        (LetterSpelling, ("_on_letter_changed", "_ask", "_on_verdicts", "_on_scanned", "scan_now")),
        (WindowSpelling, ("_show_findings",)),
    ):
        for name in names:
            setattr(cls, name, timed(getattr(cls, name)))


def bench(app: QApplication, work: Path, questions: int, keys: int, rounds: int) -> None:
    letter = generate_letter(questions, seed=7)
    last = letter.answers[-1]
    letter = ops.set_answer_text(letter, last.id, RichText.plain(f"Over het {PLANTED} later."))
    window = Opener(Config(work / f"config-{questions}")).new_window(Document(letter))
    window.resize(1400, 900)
    start = time.perf_counter()
    window.show()
    app.processEvents()
    session = window.spelling.session
    assert session is not None
    wait(app, lambda: any(f.location.excerpt == PLANTED for f in session.findings), 300)
    whole = time.perf_counter() - start
    flagged = len(session.findings)

    middle = letter.questions[questions // 2].id
    window.list_pane.select_ids([middle])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    window.preview.timer.stop()
    app.processEvents()

    off: list[Key] = []
    on: list[Key] = []
    offset = 0
    own: dict[str, float] = {}
    for _ in range(rounds):
        for enabled, bucket in ((False, off), (True, on)):
            window.spell_check_action.setChecked(enabled)
            app.processEvents()
            before = dict(SPELLING_CPU)
            bucket.extend(keystrokes(app, window, editor, keys, offset))
            if enabled:
                for name, spent in SPELLING_CPU.items():
                    own[name] = own.get(name, 0.0) + spent - before.get(name, 0.0)
            offset += keys
            window.preview.timer.stop()
    paused_off: list[Key] = []
    paused_on: list[Key] = []
    gap = SCAN_DELAY_MS + 150
    for enabled, bucket in ((False, paused_off), (True, paused_on)):
        window.spell_check_action.setChecked(enabled)
        bucket.extend(keystrokes(app, window, editor, max(10, keys // 3), offset, gap_ms=gap))
        offset += keys

    def ms(values: list[Key]) -> str:
        cpu = statistics.median(k.cpu for k in values) * 1000
        wall = statistics.median(k.wall for k in values) * 1000
        p90 = _p90([k.wall for k in values]) * 1000
        return f"GUI-thread CPU {cpu:6.2f} ms, wall {wall:6.2f} ms (p90 {p90:6.2f})"

    def ratio(a: list[Key], b: list[Key]) -> str:
        cpu = statistics.median(k.cpu for k in a) / statistics.median(k.cpu for k in b)
        wall = statistics.median(k.wall for k in a) / statistics.median(k.wall for k in b)
        return f"CPU ×{cpu:4.2f}, wall ×{wall:4.2f}"

    print(f"\n{questions} questions ({flagged} spelling findings)")
    print(f"  whole letter checked in the background: {whole:6.2f} s after the window showed")
    print(f"      the check's own CPU (same code, in this process): {check_cpu(letter):5.2f} s")
    print(f"  keystroke, spell check off:  {ms(off)}   ({len(off)} keys)")
    print(f"  keystroke, spell check on:   {ms(on)}")
    print(f"      on/off: {ratio(on, off)}")
    share = sum(own.values()) / len(on) * 1000
    print(f"      of which in the spell check's own code: {share:5.2f} ms GUI-thread CPU a key")
    for name, spent in sorted(own.items(), key=lambda item: -item[1])[:4]:
        print(f"        {name:<40} {spent / len(on) * 1000:6.3f} ms a key")
    apart = f"({len(paused_off)} keys, {gap} ms apart: the background check runs between)"
    print(f"  keystroke with pauses, off:  {ms(paused_off)}   {apart}")
    print(f"  keystroke with pauses, on:   {ms(paused_on)}")
    print(f"      on/off: {ratio(paused_on, paused_off)}")
    window.spell_check_action.setChecked(True)
    window.close()
    window.deleteLater()
    app.processEvents()


def check_cpu(letter) -> float:
    """CPU seconds of the whole-letter check itself (tokenizing, dictionary look-ups, the
    findings), run here with a speller of its own: what the wall time above is made of when
    the machine is not busy with others."""
    from answerletter.spelling import Speller
    from answerletter.spelling.incremental import IncrementalSpelling
    from answerletter.spelling.letter import misspelled_in

    speller = Speller()
    start = time.process_time()
    IncrementalSpelling().findings(
        letter,
        frozenset(),
        lambda texts, also: [misspelled_in(speller, pieces, also) for pieces in texts],
    )
    return time.process_time() - start


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="bench-spelling-"))
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]
    print(f"load before: {LOADAVG.read_text(encoding='ascii').strip()}")
    measure_spelling_code()
    service = spelling_service()
    service.start()
    loaded = wait(app, lambda: service.ready, 120)
    print(f"dictionary loaded in its own process: {loaded:.2f} s (the window does not wait)")
    for size in args.sizes:
        bench(app, work, size, args.keys, args.rounds)
    print(f"\nload after: {LOADAVG.read_text(encoding='ascii').strip()}")
    service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
