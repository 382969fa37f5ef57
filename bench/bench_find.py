"""Benchmark of find and replace in a whole letter (model.search, model.replace).

For letters of 100, 1,000 and 10,000 questions, prints the median CPU time of

* the first count of a query (a fresh LetterSearch: every text read and searched),
* a count with another query (the texts' search strings remembered, every text searched),
* a count after a keystroke in one answer (what the find bar does while it is open and the
  user types in the letter: one text searched again, the rest reused),
* replace all (every text searched, the changed ones rebuilt, one new letter),

for a rare word (no hits), a word of the letter ("Kamer", whole word, match case) and a common
one ("de", whole word: more hits than the bar lists, so its count stops at MAX_HITS), each
with its ratio to a floor measured in the same run: reading every text of the letter once
(``RichText.plain_text()`` of each question and answer, the least a search must do). Times
are CPU time (the machine is shared); the load is printed with them.

    python bench/bench_find.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from answerletter.model import Letter
from answerletter.model.replace import replace_all
from answerletter.model.search import LetterSearch, Query
from answerletter.model.synthetic import generate_letter
from bench_support import median_ms, typed

QUERIES = (
    ("rare word", Query("Taliban")),
    ("'Kamer'", Query("Kamer", match_case=True, whole_word=True)),
    ("'de'", Query("de", whole_word=True)),
)


def bench(n_questions: int, repeat: int) -> None:
    letter = generate_letter(n_questions, seed=1)

    def floor() -> None:
        for item in letter.presentation():
            item.text.plain_text()

    floor_ms = median_ms(floor, repeat)
    print(f"\n{n_questions} questions, {len(letter.answers)} answers")
    print(f"  floor: read every text          {floor_ms:8.2f} ms")

    def row(label: str, ms: float, extra: str = "") -> None:
        print(f"  {label:<32}{ms:8.2f} ms   ×{ms / floor_ms:6.2f} floor{extra}")

    for name, query in QUERIES:
        _bench_query(letter, name, query, repeat, row)


def _bench_query(
    letter: Letter, name: str, query: Query, repeat: int, row: Callable[..., None]
) -> None:
    result = LetterSearch().search(letter, query)
    hits = f"{len(result.hits)}{'+' if result.truncated else ''} hits"
    print(f"  {name} ({hits}):")
    row("first count", median_ms(lambda: LetterSearch().search(letter, query), repeat))

    warm = LetterSearch()
    warm.search(letter, Query("anders"))  # the search strings are remembered now

    def changed_query() -> None:
        warm.search(letter, Query("anders"))
        warm.search(letter, query)

    row("count, query changed", median_ms(changed_query, repeat) / 2)

    searcher = LetterSearch()
    searcher.search(letter, query)
    typed_versions = typed(letter, len(letter.answers) // 2, repeat + 1)
    for version in typed_versions:
        # The printed order of a new letter value is computed once for the preview, the
        # list and the checks alike; it is not find's cost.
        version.presentation()
    versions = iter(typed_versions)
    keystroke_ms = median_ms(lambda: searcher.search(next(versions), query), repeat)
    row("count after a keystroke", keystroke_ms)

    fewer = max(3, repeat // 3)
    outcome = replace_all(letter, query, "Vervangen")
    replace_ms = median_ms(lambda: replace_all(letter, query, "Vervangen"), fewer)
    row("replace all", replace_ms, f"   ({outcome.replaced} replaced)")
    # The find bar's case: the hits were counted (searcher) before Replace All is pressed.
    replace_ms = median_ms(lambda: replace_all(letter, query, "Vervangen", searcher), fewer)
    row("replace all after the count", replace_ms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for n in (100, 1000, 10000):
        bench(n, args.repeat if n < 10000 else max(3, args.repeat // 3))
    print(f"\nload average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
