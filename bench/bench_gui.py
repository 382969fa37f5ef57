"""Benchmark of the editor window (issue 4, section 9), with the real widgets offscreen.

For a generated letter of 1,000 questions (saved to a .kvb file first) it prints:

* open: reading the file until the window is shown with the list filled and the first
  question in the editor (target ≤ 1.5 s), and until the first preview is painted;
* one keystroke in the answer editor, handled completely: editor, model, undo step, list
  row (target ≤ 16 ms; median and worst of N);
* the preview refresh after the pause: incremental re-typeset (on the layout worker) until
  the new pages are shown and painted (target ≤ 100 ms);
* switching the selected question (target ≤ 50 ms);
* peak memory of the process (target ≤ 400 MB).

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_gui.py [QUESTIONS] [--keys N]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from answerletter.config import Config
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.fileformat import load_letter, save_letter
from answerletter.gui import dialogs, i18n
from answerletter.gui.dialogs import SaveChoice
from answerletter.testing.synthetic import generate_letter


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report(name: str, value: float, target: float) -> None:
    ratio = value / target
    verdict = "ok" if value <= target else "OVER"
    print(f"{name:<44} {ms(value)}   target {ms(target)}   ratio {ratio:5.2f}  {verdict}")


def refresh_and_paint(app: QApplication, window) -> None:
    """Send the letter to the preview's layout worker now and run the event loop until the
    pages of the current letter are shown, then paint them."""
    preview = window.preview
    preview.refresh_now()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if preview.pending() else loop.quit())
    poll.start(1)
    if preview.pending():
        loop.exec()
    poll.stop()
    preview.pages.repaint()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", nargs="?", type=int, default=1000)
    parser.add_argument("--keys", type=int, default=60)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]
    path = work / "groot.kvb"
    save_letter(generate_letter(args.questions, seed=7), path)
    print(f"{args.questions} questions, file {path.stat().st_size / 1e6:.1f} MB")

    # -- open until usable --
    start = time.perf_counter()
    letter = load_letter(path)
    window = Opener(Config(work / "config")).new_window(Document(letter, path))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    usable = time.perf_counter() - start
    assert window.model.rowCount() == args.questions
    assert window.editor_pane.current_id == letter.questions[0].id
    refresh_and_paint(app, window)
    first_preview = time.perf_counter() - start
    pages = window.preview.page_count()

    # -- keystrokes in the middle answer --
    middle = letter.questions[args.questions // 2].id
    window.list_pane.select_ids([middle])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    app.processEvents()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    refresh_and_paint(app, window)
    key_times = []
    for i in range(args.keys):
        key = Qt.Key.Key_Space if i % 6 == 5 else Qt.Key.Key_A
        t0 = time.perf_counter()
        QTest.keyClick(editor, key)
        key_times.append(time.perf_counter() - t0)
    assert window.document.letter.answer_for(middle) is not None
    window.preview.timer.stop()

    # -- the preview after the pause --
    refresh_times = []
    for _ in range(5):
        QTest.keyClick(editor, Qt.Key.Key_B)
        window.preview.timer.stop()
        t0 = time.perf_counter()
        refresh_and_paint(app, window)
        refresh_times.append(time.perf_counter() - t0)

    # -- switching questions --
    switch_times = []
    step = max(1, args.questions // 50)
    for n in range(0, args.questions, step):
        qid = letter.questions[n].id
        t0 = time.perf_counter()
        window.list_pane.select_ids([qid])
        app.processEvents()
        switch_times.append(time.perf_counter() - t0)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"preview: {pages} pages")
    report("open until usable", usable, 1.5)
    print(f"{'open until the first preview is painted':<44} {ms(first_preview)}")
    report(f"keystroke, median of {len(key_times)}", statistics.median(key_times), 0.016)
    print(f"{'keystroke, worst':<44} {ms(max(key_times))}")
    report("preview refresh after a pause, median of 5", statistics.median(refresh_times), 0.1)
    print(f"{'preview refresh, worst':<44} {ms(max(refresh_times))}")
    report(f"switch question, median of {len(switch_times)}", statistics.median(switch_times), 0.05)
    print(f"{'switch question, worst':<44} {ms(max(switch_times))}")
    print(f"{'peak memory':<44} {peak_mb:8.1f} MB   target   400.0 MB   ratio {peak_mb / 400:5.2f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
