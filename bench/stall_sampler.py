"""What the GUI thread was doing in its long gaps: a thread samples the GUI thread's Python
stack every few milliseconds; the samples falling inside a gap are summed per innermost
frames of our own code.

A sample needs the interpreter lock, so while the GUI thread holds it in a C++ call the sampler
waits and then sees the frame it returns to: the stacks are where the time went give or take
the call just made. Used by bench_gui_thread.py ``--why``.
"""

from __future__ import annotations

import collections
import sys
import threading
import time
import traceback

_OURS = ("answerletter", "bench")


def _where(frame) -> str:
    """The innermost three frames of our own code in *frame*'s stack, innermost last."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if any(part in f.filename for part in _OURS)]
    chosen = ours[-3:] if ours else stack[-3:]
    return " > ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in chosen)


class StallSampler:
    def __init__(self, interval_s: float = 0.002) -> None:
        self._target = threading.get_ident()
        self._interval = interval_s
        self._samples: list[tuple[float, str]] = []
        #: what the other threads were at, per sample (the lock's holder among them)
        self._others: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def __enter__(self) -> StallSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(self._interval):
            frames = sys._current_frames()
            now = time.perf_counter()
            frame = frames.get(self._target)
            if frame is not None:
                self._samples.append((now, _where(frame)))
            for ident, other in frames.items():
                if ident not in (me, self._target):
                    self._others.append((now, _where(other)))

    def report(self, gaps: list[tuple[float, float]], top: int = 6) -> str:
        """The places sampled most often inside *gaps* (start, end perf_counter times), on
        the GUI thread and on the others."""

        def counted(samples: list[tuple[float, str]]) -> tuple[int, list[str]]:
            counts: collections.Counter[str] = collections.Counter()
            for at, where in samples:
                if any(a <= at <= b for a, b in gaps):
                    counts[where] += 1
            lines = [f"    {n:4d} samples  {where}" for where, n in counts.most_common(top)]
            return sum(counts.values()), lines

        gui_total, gui = counted(self._samples)
        others_total, others = counted(self._others)
        return (
            f"  {gui_total} GUI-thread samples in {len(gaps)} gaps:\n"
            + "\n".join(gui)
            + f"\n  other threads, {others_total} samples:\n"
            + "\n".join(others)
        )
