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
from datetime import date

from answerletter.checks import Checker
from answerletter.model.synthetic import generate_letter
from bench_support import median_ms, typed

TODAY = date(2026, 7, 1)


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
    versions = iter(typed(letter, len(letter.answers) // 2, repeat + 1))
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
