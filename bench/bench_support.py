"""What several benchmarks share: CPU-time medians and a letter being typed into."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from answerletter.model import Block, Letter, RichText, Run
from answerletter.model import operations as ops


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median CPU time of *action* in ms (CPU time: the machine is shared, see
    bench_fileformat.py)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def typed(letter: Letter, answer_index: int, keystrokes: int) -> list[Letter]:
    """Successive letters as a user types *keystrokes* characters at the end of an answer."""
    answer = letter.answers[answer_index]
    versions = []
    text = answer.text
    for i in range(keystrokes):
        last = text.blocks[-1]
        block = Block((*last.content, Run("abcdefghij"[i % 10])), last.list_kind, last.level)
        text = RichText((*text.blocks[:-1], block))
        letter = ops.set_answer_text(letter, answer.id, text)
        versions.append(letter)
    return versions
