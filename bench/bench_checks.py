"""Benchmark of the checks: all checks on a whole letter, and a re-check after a keystroke.

For letters of 100, 1,000 and 10,000 questions, prints the median CPU time of

* a full check (a fresh Checker: every text scanned),
* a re-check after one keystroke in one answer (the editor's case: one text rescanned),

each with its ratio to a floor measured in the same run: reading every text of the letter
once (``RichText.plain_text()`` of each question and answer, the least any text check must
do). Targets at 1,000 questions: full check < 200 ms, re-check after a keystroke < 5 ms.

    python bench/bench_checks.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date

from answerletter.checks import Checker
from answerletter.model import Block, Letter, RichText, Run
from answerletter.model import operations as ops
from answerletter.model.synthetic import generate_letter

TODAY = date(2026, 7, 1)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median CPU time of *action* in ms (CPU time: the machine is shared, see
    bench_fileformat.py)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def _typed(letter: Letter, answer_index: int, keystrokes: int) -> list[Letter]:
    """Successive letters as a user types *keystrokes* characters at the end of an answer."""
    answer = letter.answers[answer_index]
    versions = []
    text = answer.text
    for i in range(keystrokes):
        last = text.blocks[-1]
        typed = Block((*last.content, Run("abcdefghij"[i % 10])), last.list_kind, last.level)
        text = RichText((*text.blocks[:-1], typed))
        letter = ops.set_answer_text(letter, answer.id, text)
        versions.append(letter)
    return versions


def bench(n_questions: int, repeat: int) -> None:
    letter = generate_letter(n_questions, seed=1)

    def floor() -> None:
        for item in letter.presentation():
            item.text.plain_text()

    floor_ms = median_ms(floor, repeat)
    full_ms = median_ms(lambda: Checker().check(letter, TODAY), repeat)
    findings = len(Checker().check(letter, TODAY))

    checker = Checker()
    checker.check(letter, TODAY)
    versions = iter(_typed(letter, len(letter.answers) // 2, repeat + 1))
    recheck_ms = median_ms(lambda: checker.check(next(versions), TODAY), repeat)
    rescanned = checker.rescanned

    print(f"\n{n_questions} questions, {len(letter.answers)} answers, {findings} findings")
    print(f"  floor: read every text      {floor_ms:8.2f} ms")
    print(f"  full check                  {full_ms:8.2f} ms   ×{full_ms / floor_ms:5.1f} floor")
    print(
        f"  re-check after a keystroke  {recheck_ms:8.2f} ms   ×{recheck_ms / floor_ms:5.2f} floor"
        f"   ({rescanned} text rescanned)"
    )
    if n_questions == 1000:
        print(f"  targets: full < 200 ms ({'met' if full_ms < 200 else 'MISSED'}), "
              f"keystroke < 5 ms ({'met' if recheck_ms < 5 else 'MISSED'})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    for n in (100, 1000, 10000):
        bench(n, args.repeat if n < 10000 else max(3, args.repeat // 5))


if __name__ == "__main__":
    main()
