"""Benchmark of the .kvb format: load (with validation), validate, save, and peak memory.

Generates letters of 100 and 1,000 questions, then prints the median CPU time of several
runs for each step, and each step's ratio to a floor measured in the same run: parsing the
same bytes with lxml alone (load, validate) and serialising an lxml tree of the same file
(save).
Targets at 1,000 questions (about 1 MB): load with validation < 150 ms, save < 100 ms.

    python bench/bench_fileformat.py [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from answerletter.fileformat import read_letter_bytes, save_letter, write_letter_bytes
from answerletter.fileformat.reader import load_letter
from answerletter.fileformat.safe_parse import parse_bytes
from answerletter.fileformat.schema_check import schema_problems
from answerletter.testing.synthetic import generate_letter


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median CPU time of *action* in ms.

    CPU time rather than wall time: on a shared 2-core machine other processes stretch wall
    time by whatever they happen to run, while this process's CPU time stays close to the
    time it would take on a quiet machine.
    """
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def peak_mb(action: Callable[[], object]) -> float:
    """Peak of Python allocations during *action* (lxml's C buffers are not counted)."""
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def process_peak_mb() -> float:
    """The process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(n_questions: int, repeat: int, folder: Path) -> None:
    letter = generate_letter(n_questions, seed=1)
    data = write_letter_bytes(letter)
    path = folder / f"letter-{n_questions}.kvb"
    path.write_bytes(data)
    tree = etree.fromstring(data)

    floor_parse = median_ms(lambda: etree.fromstring(data), repeat)
    floor_serialise = median_ms(lambda: etree.tostring(tree, encoding="UTF-8"), repeat)
    load = median_ms(lambda: load_letter(path), repeat)
    validate = median_ms(lambda: schema_problems(parse_bytes(data)), repeat)
    build = median_ms(lambda: read_letter_bytes(data), repeat)
    save = median_ms(lambda: save_letter(letter, folder / "saved.kvb"), repeat)
    write = median_ms(lambda: write_letter_bytes(letter), repeat)
    memory = peak_mb(lambda: load_letter(path))

    print(f"\n{n_questions} questions, {len(data) / 1024:.0f} KiB, {len(letter.answers)} answers")
    print(f"  floor: lxml parse          {floor_parse:8.1f} ms")
    print(f"  floor: lxml serialise      {floor_serialise:8.1f} ms")
    print(f"  parse + XSD validation     {validate:8.1f} ms   ×{validate / floor_parse:5.1f} floor")
    print(f"  read bytes → model         {build:8.1f} ms   ×{build / floor_parse:5.1f} floor")
    print(f"  load file (all checks)     {load:8.1f} ms   ×{load / floor_parse:5.1f} floor")
    print(f"  model → bytes              {write:8.1f} ms   ×{write / floor_serialise:5.1f} floor")
    print(f"  save (atomic, fsync)       {save:8.1f} ms   ×{save / floor_serialise:5.1f} floor")
    print(f"  peak Python memory of load {memory:8.1f} MB")
    print(f"  process peak RSS so far    {process_peak_mb():8.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for n in (100, 1000):
            bench(n, args.repeat, Path(folder))


if __name__ == "__main__":
    main()
