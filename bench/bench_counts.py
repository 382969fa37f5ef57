"""Benchmark of the word and character counts in the status bar, per keystroke.

For letters of 100, 1,000 and 10,000 questions, prints the median CPU time of

* the keystroke's own edit (``operations.set_answer_text`` of one answer): the floor, what
  every keystroke costs already,
* the counts after that keystroke (``LetterCounter.update`` on the new letter, plus the
  status bar's text and the current answer's count): what the status bar adds per keystroke,
* a fresh count of the whole letter (a new ``LetterCounter``): what a recount per keystroke
  would cost,

each with its ratio to the floor of the same letter size, and the incremental cost at 1,000
and 10,000 questions as a ratio to its cost at 100 (1.0 = independent of the letter's size).

    python bench/bench_counts.py [--repeat N]
"""

from __future__ import annotations

import argparse

from answerletter.gui.counts import counts_text
from answerletter.model import Block, RichText, Run
from answerletter.model import operations as ops
from answerletter.model.counts import LetterCounter
from answerletter.model.synthetic import generate_letter
from bench_support import median_ms, typed


def bench(n_questions: int, repeat: int) -> float:
    letter = generate_letter(n_questions, seed=1)
    middle = len(letter.answers) // 2
    answer = letter.answers[middle]
    extra = Block((Run("x"),))

    def edit() -> None:
        ops.set_answer_text(letter, answer.id, RichText((*answer.text.blocks, extra)))

    floor_ms = median_ms(edit, repeat)

    counter = LetterCounter()
    counter.update(letter)
    versions = iter(typed(letter, middle, repeat + 1))

    def keystroke() -> None:
        version = next(versions)
        totals = counter.update(version)
        current = counter.count(version.answers[middle].text)
        counts_text(current, totals)

    before = counter.texts_counted
    incremental_ms = median_ms(keystroke, repeat)
    counted = (counter.texts_counted - before) / repeat
    fresh_ms = median_ms(lambda: LetterCounter().update(letter), max(3, repeat // 10))

    print(f"\n{n_questions} questions, {len(letter.answers)} answers")
    print(f"  floor: the keystroke's own edit   {floor_ms:8.3f} ms")
    print(
        f"  counts after a keystroke          {incremental_ms:8.3f} ms   "
        f"×{incremental_ms / floor_ms:6.2f} floor   ({counted:.0f} text counted per keystroke)"
    )
    print(
        f"  fresh count of the whole letter   {fresh_ms:8.3f} ms   "
        f"×{fresh_ms / floor_ms:6.1f} floor   "
        f"×{fresh_ms / incremental_ms:7.0f} the incremental count"
    )
    return incremental_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    costs = {n: bench(n, args.repeat) for n in (100, 1000, 10_000)}
    print("\ncounts after a keystroke, relative to 100 questions:")
    for n, cost in costs.items():
        print(f"  {n:6d} questions  ×{cost / costs[100]:5.2f}")


if __name__ == "__main__":
    main()
