"""Benchmark of the Word export: a whole letter to .docx bytes, against plain python-docx.

For letters of 100, 1,000 and 10,000 questions, prints the median CPU time of exporting the
letter (``docx_bytes``: styles, frames, headers, footnotes, lists, links, properties, the
zip) and of a floor measured in the same run: python-docx writing the same paragraphs' text
with ``add_paragraph`` into its default document, without styles, and saving it. The ratio
is ours / floor. Targets at 1,000 questions: under 2 s, ratio at most 1.5.

    python bench/bench_docx_export.py [--repeat N] [--sizes 100,1000]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from collections.abc import Callable

import docx

from answerletter.exporters.docx import docx_bytes
from answerletter.model import wording
from answerletter.model.letter import Letter, Question
from answerletter.model.synthetic import generate_letter


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median CPU time of *action* in ms (CPU, not wall time: the machine is shared)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def paragraphs(letter: Letter) -> list[str]:
    """The text of every paragraph the export writes, in order (labels included)."""
    out = [b.plain_text() for b in wording.offering(letter).blocks]
    out += [b.plain_text() for b in letter.body.paragraphs.blocks]
    for item in letter.presentation():
        if isinstance(item, Question):
            out.append(f"Vraag {item.number}")
        else:
            out.append(wording.answer_label(letter, item))
        out += [b.plain_text() for b in item.text.blocks]
    return out


def plain_python_docx(texts: list[str]) -> bytes:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="100,1000,10000")
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'questions':>9} {'paragraphs':>10} {'export ms':>10} {'floor ms':>9} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        letter = generate_letter(size, seed=1)
        texts = paragraphs(letter)
        repeat = max(1, args.repeat if size <= 1000 else args.repeat // 2)
        ours = median_ms(lambda letter=letter, n=size: docx_bytes(letter, page_count=n), repeat)
        floor = median_ms(lambda texts=texts: plain_python_docx(texts), repeat)
        print(f"{size:>9} {len(texts):>10} {ours:>10.0f} {floor:>9.0f} {ours / floor:>6.2f}")


if __name__ == "__main__":
    main()
