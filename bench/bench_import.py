"""Speed of importing: a generated 1,000-question Word letter and the twenty real Kamer texts.

Targets (issue 11): the .docx under 2 s, the twenty texts together under 1 s on the
development machine. Printed as times and as ratios to a baseline run in the same process:
python-docx merely opening the same .docx, and reading + decoding the twenty texts.

    python bench/bench_import.py [QUESTIONS ...]    (default: 100 1000 10000)
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

from answerletter.importers import import_bytes, import_file

REPO = Path(__file__).resolve().parents[1]


def kamer_texts_dir() -> Path:
    """../shared beside the checkout, or beside the main checkout of a git worktree."""
    candidates = [REPO.parent / "shared"]
    git = REPO / ".git"
    if git.is_file() and git.read_text(encoding="utf-8").startswith("gitdir:"):
        common = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip()).parents[1]
        candidates.append(common.parent.parent / "shared")
    found = next((c for c in candidates if (c / "samples").is_dir()), candidates[0])
    return found / "samples" / "kamer-texts"


SHARED = kamer_texts_dir()


def build_docx(count: int) -> bytes:
    document = docx.Document()
    document.add_paragraph(
        "In antwoord op uw brief van 5 maart 2024, nr. 2024Z01234, deel ik u mede dat de vragen "
        "van het lid Jansen (VVD) over de zaak worden beantwoord."
    )
    for n in range(1, count + 1):
        document.add_paragraph().add_run(f"Vraag {n}").bold = True
        q = document.add_paragraph()
        text = f"Kunt u aangeven hoe het staat met onderwerp {n}, en wat u eraan doet? {n % 7 + 1})"
        q.add_run(text).bold = True
        document.add_paragraph().add_run(f"Antwoord op vraag {n}").bold = True
        document.add_paragraph(
            "Het kabinet heeft hierover eerder met uw Kamer gesproken. " * 3
            + f"Zie ook de brief van {n % 28 + 1} maart 2024."
        )
    for k in range(1, 8):
        document.add_paragraph(f"{k}) Kamerstuk 36 600, nr. {k}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def best(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main(sizes: list[int]) -> None:
    for count in sizes:
        data = build_docx(count)
        baseline = best(lambda data=data: docx.Document(io.BytesIO(data)))
        imported = best(
            lambda data=data: import_bytes(data, "bench.docx"), repeat=2 if count > 2000 else 3
        )
        print(
            f"docx {count:>6} questions ({len(data) // 1024} KB): import {imported:6.3f} s, "
            f"python-docx open {baseline:6.3f} s, ratio {imported / baseline:5.1f}x"
        )
    texts = sorted(SHARED.glob("*.txt"))
    if not texts:
        print(f"kamer texts not found in {SHARED}")
        return
    with tempfile.TemporaryDirectory():
        read = best(lambda: [p.read_bytes().decode("utf-8") for p in texts])
        imported = best(lambda: [import_file(p) for p in texts])
        per = statistics.mean([best(lambda p=p: import_file(p), 3) for p in texts])
    print(
        f"{len(texts)} kamer texts: import {imported:6.3f} s together ({per * 1000:.1f} ms each), "
        f"read+decode {read * 1000:.2f} ms, ratio {imported / read:,.0f}x"
    )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
