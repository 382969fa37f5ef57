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


def run_output(qtbot, window, action, timeout: int = 60_000) -> str:
    """Trigger an export or print *action* and wait until its background job ended; the
    outcome ("succeeded", "failed", "cancelled"; "" when no job started). The timeout only
    guards against a hang.

    It waits in an event loop (waitSignal), not with waitUntil: QTest.qWait, which waitUntil
    calls, keeps Python's interpreter lock, so the job's thread would barely run."""
    from answerletter.gui.output_jobs import output_of

    output = output_of(window)
    outcomes: list[str] = []
    output.jobEnded.connect(outcomes.append)
    action.trigger()
    if output.busy() and not outcomes:
        # The end is delivered through the event loop, so it cannot have passed yet.
        with qtbot.waitSignal(output.jobEnded, timeout=timeout):
            pass
    output.jobEnded.disconnect(outcomes.append)
    return outcomes[0] if outcomes else ""
