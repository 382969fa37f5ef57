"""Small letters for the window tests (a module of its own: ``conftest`` names clash)."""

from __future__ import annotations

from datetime import date

from answerletter.model import Letter


def small_letter(count: int = 5) -> Letter:
    """Questions q1..qN numbered 1..N, each answered by aN with the text "Antwoord N."."""
    from answerletter.model import Answer, Metadata, Question, RichText

    questions = tuple(
        Question(f"q{n}", n, RichText.plain(f"Vraag nummer {n}?")) for n in range(1, count + 1)
    )
    answers = tuple(
        Answer(f"a{n}", (f"q{n}",), RichText.plain(f"Antwoord {n}.")) for n in range(1, count + 1)
    )
    metadata = Metadata(subject="de proef", submitted=date(2026, 5, 1))
    return Letter(metadata=metadata, questions=questions, answers=answers)
