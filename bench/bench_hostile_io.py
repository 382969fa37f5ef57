"""What the defences against hostile files cost (issue 10), as ratios against a baseline run
in the same process:

* reading a letter through ``read_regular`` (stat, non-blocking open, bounded read) against a
  plain ``Path.read_bytes``, at 100 to 10,000 questions;
* the watcher's ``same_content`` for an unchanged file (stat only) and for a touched one
  (chunked hash) against hashing the whole file as before;
* the search for stale temporary files on each save, in folders of 0 to 10,000 other files,
  against the save itself.

Run: ``.venv/bin/python bench/bench_hostile_io.py``
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from answerletter.fileformat import atomic, write_letter_bytes
from answerletter.fileformat.regular_file import read_regular
from answerletter.fileformat.safe_parse import MAX_FILE_BYTES
from answerletter.model.synthetic import generate_letter
from answerletter.safety.saving import fingerprint, same_content


def best(function: Callable[[], object], repeat: int = 20) -> float:
    """The fastest of *repeat* runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="al-bench-"))
    try:
        print("reading (read_regular vs Path.read_bytes)")
        for count in (100, 1_000, 10_000):
            path = folder / f"brief-{count}.kvb"
            path.write_bytes(write_letter_bytes(generate_letter(count, seed=1)))
            base = best(path.read_bytes)
            ours = best(lambda path=path: read_regular(path, MAX_FILE_BYTES))
            size = path.stat().st_size / 1e6
            print(
                f"  {count:>6} questions ({size:5.1f} MB): {ours * 1e3:7.2f} ms, x{ours / base:.2f}"
            )

        print("watcher (same_content vs hashing the whole file)")
        for count in (1_000, 10_000):
            path = folder / f"brief-{count}.kvb"
            known = fingerprint(path)
            base = best(lambda path=path: hashlib.sha256(path.read_bytes()).hexdigest())
            unchanged = best(lambda path=path, known=known: same_content(path, known))
            os.utime(path, ns=(known.mtime_ns + 10**9, known.mtime_ns + 10**9))
            touched = best(lambda path=path, known=known: same_content(path, known))
            print(
                f"  {count:>6} questions: unchanged x{unchanged / base:.3f}, "
                f"touched (hashed in pieces) x{touched / base:.2f}"
            )

        print("saving (stale-temporary search vs the save itself)")
        data = write_letter_bytes(generate_letter(1_000, seed=2))
        for siblings in (0, 1_000, 10_000):
            place = folder / f"map-{siblings}"
            place.mkdir()
            for number in range(siblings):
                (place / f"andere-{number}.kvb").write_bytes(b"x")
            path = place / "brief.kvb"
            save = best(lambda path=path: atomic.write_atomically(path, data), repeat=10)
            scan = best(lambda path=path: atomic.remove_stale_temporaries(path))
            print(
                f"  {siblings:>6} other files: save {save * 1e3:6.2f} ms, "
                f"search {scan * 1e3:5.2f} ms (x{scan / save:.3f} of the save)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
