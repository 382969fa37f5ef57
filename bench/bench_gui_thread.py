"""Benchmark: does typing ever wait? GUI-thread stalls while typing, with a real event loop
(issue 16).

For letters of 100, 1,000, 3,000 and 10,000 questions (generated, saved, opened in a real
editor window offscreen) it types into the middle answer — one key every 100 ms, faster than
the 250 ms pause the preview waits for, so only the throttle's maximum wait (500 ms) brings
new pages — while a 5 ms heartbeat timer runs in the same event loop. A gap between two
heartbeats is time the GUI thread could not react: the longest is the stall (target: none
over 50 ms). It prints, per size:

* the longest stall and the 99th percentile gap, with the longest stall that did not contain
  a keystroke's own handling (what layout and preview cost the GUI thread: pages are laid out
  on the worker; the GUI thread only plays back recorded pages);
* a keystroke handled completely (editor, model, undo, list, panes): median and worst;
* how often the preview showed new pages during the typing, and the time from the last key
  until the preview showed it (pages of the current letter that hold the page typed on: a
  long letter's first layout may not have reached it yet);
* open until the first preview page is shown;
* Python's full collections (generation 2) during the measurement: how many and the longest
  (they hold the interpreter lock, so every thread waits: ``--python-gc`` measures without
  the application's pacing of them, answerletter/collector.py);
* the same heartbeat with the window idle (no typing) for as long: what the machine's
  scheduler alone costs (on a loaded machine other processes take the cores for tens of
  milliseconds), and the GUI thread's own CPU time in its longest gap, which other processes
  do not inflate (waiting for the interpreter lock, which the worker may hold, is not CPU
  time either: that shows as a wall-clock stall above the idle one);

and the ratio of each to the 100-question letter of the same run, with ``cat /proc/loadavg``.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_gui_thread.py [SIZES...] [--keys N]
[--settled] [--python-gc] [--why]``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from answerletter.config import Config
from answerletter.desktop.collector_pacing import CollectorPacing
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.fileformat import load_letter, save_letter
from answerletter.gui import dialogs, i18n
from answerletter.gui.dialogs import SaveChoice
from answerletter.testing.synthetic import generate_letter
from stall_sampler import StallSampler

HEARTBEAT_MS = 5
KEY_INTERVAL_MS = 100
TARGET_STALL_S = 0.050


@dataclass
class Figures:
    questions: int
    pages: int
    open_to_preview: float
    stall: float
    stall_p99: float
    stall_outside_keys: float
    stall_cpu: float
    #: of the longest gap: the GUI thread's CPU and its time waiting for a core (Linux); the
    #: rest it waited for a lock (the interpreter's) or for Qt (a queued paint, the X server)
    longest_cpu: float
    longest_core_wait: float
    idle_stall: float
    idle_p99: float
    idle_cpu: float
    key_median: float
    key_worst: float
    refreshes: int
    last_key_to_preview: float
    full_collections: int
    longest_collection: float
    #: (start, end) of the gaps over TARGET_STALL_S, idle and while typing (for ``--why``)
    idle_long_gaps: list[tuple[float, float]]
    long_gaps: list[tuple[float, float]]


class FullCollections:
    """Times Python's full collections (on any thread) while it is installed."""

    def __init__(self) -> None:
        self.durations: list[float] = []
        #: (start, end) of each
        self.spans: list[tuple[float, float]] = []
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        thread = threading.get_ident()
        if phase == "start":
            self._started[thread] = time.perf_counter()
        elif thread in self._started:
            start, end = self._started.pop(thread), time.perf_counter()
            self.durations.append(end - start)
            self.spans.append((start, end))

    def within(self, gaps: list[tuple[float, float]]) -> str:
        """How many of *gaps* had a full collection in them, and those collections' times."""
        inside = [(a, b, [e - s for s, e in self.spans if s < b and e > a]) for a, b in gaps]
        hit = [(b - a, found) for a, b, found in inside if found]
        times = ", ".join(
            f"{gap * 1000:.0f} ms gap: " + "+".join(f"{d * 1000:.0f}" for d in found)
            for gap, found in hit
        )
        return f"{len(hit)} of {len(gaps)} long gaps held a full collection" + (
            f" ({times})" if times else ""
        )

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def waited_for_a_core() -> float:
    """Seconds this thread has waited for a core so far (Linux; 0 elsewhere)."""
    try:
        return int(Path("/proc/thread-self/schedstat").read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def wait_for(app: QApplication, done, timeout_s: float = 600.0) -> None:
    """Run the event loop (which lets worker threads run) until *done()*."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(10)
    deadline = time.monotonic() + timeout_s

    def check() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("gave up waiting")


def heartbeats(app: QApplication, seconds: float) -> list[tuple[float, float]]:
    """(wall, GUI-thread CPU) times of a 5 ms heartbeat running *seconds* with nothing else."""
    beats: list[tuple[float, float]] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), time.thread_time())))
    end = time.perf_counter() + seconds
    heartbeat.start()
    wait_for(app, lambda: time.perf_counter() >= end)
    heartbeat.stop()
    return beats


def long_gaps(beats: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(a, b) for (a, _), (b, _) in itertools.pairwise(beats) if b - a > TARGET_STALL_S]


def measure(
    app: QApplication, work: Path, questions: int, keys: int, settled: bool = False
) -> Figures:
    path = work / f"letter-{questions}.kvb"
    save_letter(generate_letter(questions, seed=7), path)
    start = time.perf_counter()
    letter = load_letter(path)
    window = Opener(Config(work / f"config-{questions}")).new_window(Document(letter, path))
    window.resize(1400, 900)
    window.show()
    preview = window.preview

    def shows_current() -> bool:
        source = preview.pages.source
        return source is not None and getattr(source, "letter", None) is window.document.letter

    wait_for(app, shows_current)
    preview.pages.repaint()
    open_to_preview = time.perf_counter() - start
    pages = preview.page_count()

    middle = letter.questions[questions // 2].id
    window.list_pane.select_ids([middle])
    editor = window.editor_pane.answer_editor
    window.activateWindow()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    wait_for(app, shows_current)
    if settled:  # the whole letter laid out first (a long letter's takes half a minute)
        wait_for(app, lambda: shows_current() and not preview.pending())

    idle_beats = heartbeats(app, keys * KEY_INTERVAL_MS / 1000)
    idle_gaps = sorted(b - a for (a, _), (b, _) in itertools.pairwise(idle_beats))
    idle_cpu = max(b - a for (_, a), (_, b) in itertools.pairwise(idle_beats))

    beats: list[tuple[float, float]] = []
    core_waits: list[float] = []  # the GUI thread's time waiting for a core, at each beat
    key_spans: list[tuple[float, float]] = []
    shown_at: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)

    def beat() -> None:
        beats.append((time.perf_counter(), time.thread_time()))
        core_waits.append(waited_for_a_core())

    heartbeat.timeout.connect(beat)
    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(KEY_INTERVAL_MS)
    typed = [0]

    def key() -> None:
        if typed[0] >= keys:
            typist.stop()
            return
        code = Qt.Key.Key_Space if typed[0] % 6 == 5 else Qt.Key.Key_A
        t0 = time.perf_counter()
        QTest.keyClick(editor, code)
        key_spans.append((t0, time.perf_counter()))
        typed[0] += 1

    def shows_typed() -> bool:
        """The preview shows the current letter, and the page typed on (a provisional layout
        of a long letter may not have reached it yet)."""
        source = preview.pages.source
        return shows_current() and source.page_of(middle) is not None

    untyped = window.document.letter

    def on_shown() -> None:
        """Pages of a letter typed in (not necessarily the latest keystroke's) that hold the
        page typed on."""
        source = preview.pages.source
        letter_shown = getattr(source, "letter", untyped)
        if letter_shown is not untyped and source.page_of(middle) is not None:
            shown_at.append(time.perf_counter())

    preview.pagesShown.connect(on_shown)
    typist.timeout.connect(key)
    heartbeat.start()
    typist.start()
    wait_for(app, lambda: typed[0] >= keys)
    last_key = key_spans[-1][1]
    wait_for(app, shows_typed)
    shown = time.perf_counter()
    heartbeat.stop()
    preview.pagesShown.disconnect(on_shown)

    gaps = [(b - a, a, b) for (a, _), (b, _) in itertools.pairwise(beats)]
    cpu = [b - a for (_, a), (_, b) in itertools.pairwise(beats)]
    longest = max(range(len(gaps)), key=lambda i: gaps[i][0])
    outside = [
        gap
        for gap, a, b in gaps
        if not any(k0 < b and k1 > a for k0, k1 in key_spans)  # no keystroke inside the gap
    ]
    key_times = [k1 - k0 for k0, k1 in key_spans]
    figures = Figures(
        questions=questions,
        pages=pages,
        open_to_preview=open_to_preview,
        stall=max(g for g, _, _ in gaps),
        stall_p99=sorted(g for g, _, _ in gaps)[int(len(gaps) * 0.99)],
        stall_outside_keys=max(outside) if outside else 0.0,
        stall_cpu=max(cpu),
        longest_cpu=cpu[longest],
        longest_core_wait=core_waits[longest + 1] - core_waits[longest],
        idle_stall=idle_gaps[-1],
        idle_p99=idle_gaps[int(len(idle_gaps) * 0.99)],
        idle_cpu=idle_cpu,
        key_median=statistics.median(key_times),
        key_worst=max(key_times),
        refreshes=sum(1 for t in shown_at if t < last_key),
        last_key_to_preview=shown - last_key,
        full_collections=0,
        longest_collection=0.0,
        idle_long_gaps=long_gaps(idle_beats),
        long_gaps=long_gaps(beats),
    )
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return figures


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 3000, 10000])
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument(
        "--settled",
        action="store_true",
        help="type once the whole letter is laid out, not while its first layout is made",
    )
    parser.add_argument(
        "--why", action="store_true", help="sample the GUI thread's stack in its long gaps"
    )
    parser.add_argument(
        "--python-gc", action="store_true", help="Python's own collector pacing, not the editor's"
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    if not args.python_gc:
        CollectorPacing(app)  # as desktop/startup.py does
    work = Path(tempfile.mkdtemp(prefix="bench-gui-thread-"))
    i18n.cache_dir = work / "qm"
    i18n.install("en")
    dialogs.ask_save_changes = lambda parent, name: SaveChoice.DISCARD  # type: ignore[assignment]
    results = []
    for size in args.sizes:
        # The sampler takes the interpreter lock every 2 ms: only when asked.
        sampler = StallSampler()
        with FullCollections() as collections, sampler if args.why else contextlib.nullcontext():
            figures = measure(app, work, size, args.keys, args.settled)
        if args.why:
            print(f"  {size} questions, idle window:", sampler.report(figures.idle_long_gaps))
            print(f"  {size} questions, typing:", sampler.report(figures.long_gaps))
            print(f"  {size} questions, typing:", collections.within(figures.long_gaps))
        figures.full_collections = len(collections.durations)
        figures.longest_collection = max(collections.durations, default=0.0)
        results.append(figures)
        print(f"  measured {size} questions", flush=True)
    base = results[0]

    def row(name: str, value: float, baseline: float, target: float | None = None) -> str:
        ratio = value / baseline if baseline else float("nan")
        verdict = ""
        if target is not None:
            verdict = "  ok" if value <= target else "  OVER"
        return f"    {name:<40} {ms(value)}   x{ratio:5.2f} of {base.questions} q{verdict}"

    print(
        f"typing {args.keys} keys, one per {KEY_INTERVAL_MS} ms, heartbeat {HEARTBEAT_MS} ms; "
        f"target: no stall over {TARGET_STALL_S * 1000:.0f} ms"
    )
    for f in results:
        print(f"  {f.questions} questions, {f.pages} pages")
        print(row("longest GUI-thread stall", f.stall, base.stall, TARGET_STALL_S))
        print(row("99th percentile heartbeat gap", f.stall_p99, base.stall_p99))
        print(
            row(
                "longest stall without a keystroke in it",
                f.stall_outside_keys,
                base.stall_outside_keys,
                TARGET_STALL_S,
            )
        )
        print(row("most GUI-thread CPU in a gap", f.stall_cpu, base.stall_cpu))
        print(row("  longest gap: GUI-thread CPU", f.longest_cpu, base.longest_cpu))
        print(row("  longest gap: waiting for a core", f.longest_core_wait,
                  base.longest_core_wait))  # fmt: skip
        rest = f.stall - f.longest_cpu - f.longest_core_wait
        base_rest = base.stall - base.longest_cpu - base.longest_core_wait
        print(row("  longest gap: waiting (GIL, locks)", rest, base_rest))
        print(row("idle window: longest gap (scheduler)", f.idle_stall, base.idle_stall))
        print(row("idle window: 99th percentile gap", f.idle_p99, base.idle_p99))
        print(row("idle window: most GUI-thread CPU in a gap", f.idle_cpu, base.idle_cpu))
        print(row("keystroke, median", f.key_median, base.key_median))
        print(row("keystroke, worst", f.key_worst, base.key_worst))
        print(
            f"    {'preview refreshes while typing':<40} {f.refreshes:7d}      "
            f"(typing {args.keys * KEY_INTERVAL_MS / 1000:.1f} s; a pure debounce gives 0)"
        )
        print(row("last key until its pages are shown", f.last_key_to_preview,
                  base.last_key_to_preview))  # fmt: skip
        print(row("open until the first preview", f.open_to_preview, base.open_to_preview))
        print(
            row(
                f"longest of {f.full_collections} full collections",
                f.longest_collection,
                base.longest_collection,
            )
        )
    print("collector: " + ("Python's own pacing" if args.python_gc else "the editor's pacing"))
    print("load average: " + Path("/proc/loadavg").read_text().strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
