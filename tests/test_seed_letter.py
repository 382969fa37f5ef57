"""The seed letter as a model value matches the seed markdown and is a consistent letter."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from answerletter.model import Answer, Letter, Question, Run
from answerletter.model.consistency import check_consistency
from answerletter.model.wording import (
    answer_label,
    betreft,
    offering_paragraphs,
    questions_heading,
    reference_sentence,
    signature_lines,
)

from seed_letter import TALIBANDELEGATIE, build_seed_letter

# CI checks out ../shared beside the repository, as on the development machine.
SEED_PATH = (
    Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "seed-letter-taliban.md"
)

HEADING_RE = re.compile(r"^\*\*((?:Vraag|Antwoord op vraag) \d+(?: en \d+)*)\*\*\s*$")
# Page furniture repeated on every page ("Datum", "Onze referentie"): not letter text.
CHROME_RE = re.compile(r"^\*\*(Datum|Onze referentie)\*\*")
FOOTNOTE_LINE_RE = re.compile(r"^(?:\[(\d+)\]|<sup>(\d+)</sup>) (.*)$")
FOOTNOTE_MARK_RE = re.compile(r"<sup>\d+</sup>|\[\d+\]")


def normalise(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Seed:
    """What the test reads from the seed markdown."""

    lines: list[str]
    #: "Vraag 1" / "Antwoord op vraag 7 en 8" → paragraphs (markup stripped).
    sections: dict[str, list[str]] = field(default_factory=dict)
    #: Footnote bodies in the order they appear in the file, markup stripped.
    footnotes: list[str] = field(default_factory=list)


def _strip_markup(text: str) -> str:
    text = FOOTNOTE_MARK_RE.sub("", text).replace("**", "")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](target) → label
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)  # <url> → url
    return normalise(text)


def _join_page_breaks(paragraphs: list[str]) -> list[str]:
    """Rejoin a paragraph the page break split mid-word ("EU- en VN-" / "verband ...")."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and out[-1].endswith("-") and paragraph[:1].islower():
            out[-1] += paragraph
        else:
            out.append(paragraph)
    return out


def parse_seed(path: Path) -> Seed:
    seed = Seed(path.read_text(encoding="utf-8").splitlines())
    raw: dict[str, list[list[str]]] = {}  # section → its paragraphs as lists of lines
    current: list[list[str]] | None = None
    for line in seed.lines:
        heading = HEADING_RE.match(line)
        footnote = FOOTNOTE_LINE_RE.match(line)
        if heading:
            current = raw[heading.group(1)] = [[]]
        elif footnote:
            seed.footnotes.append(_strip_markup(footnote.group(3)))
            current = None
        elif CHROME_RE.match(line) or line.startswith("---"):
            current = None
        elif current is not None:
            if line.strip():
                current[-1].append(line)
            elif current[-1]:
                current.append([])
    for key, blocks in raw.items():
        texts = [_strip_markup(" ".join(lines)) for lines in blocks]
        seed.sections[key] = _join_page_breaks([text for text in texts if text])
    return seed


@pytest.fixture(scope="module")
def seed() -> Seed:
    if not SEED_PATH.is_file():
        pytest.skip(f"seed letter not found at {SEED_PATH} (needs ../shared beside the checkout)")
    return parse_seed(SEED_PATH)


@pytest.fixture(scope="module")
def letter() -> Letter:
    return build_seed_letter()


def paragraphs(item: Question | Answer) -> list[str]:
    return [normalise(block.plain_text()) for block in item.text.blocks]


def test_letter_is_consistent(letter: Letter) -> None:
    assert check_consistency(letter) == []


def test_eleven_questions_numbered_in_order(letter: Letter) -> None:
    assert [(q.id, q.number) for q in letter.questions] == [(f"q{n}", n) for n in range(1, 12)]


def test_answer_labels_in_presentation_order(letter: Letter) -> None:
    answers = [item for item in letter.presentation() if isinstance(item, Answer)]
    labels = [answer_label(letter, a) for a in answers]
    assert labels == [f"Antwoord op vraag {n}" for n in range(1, 7)] + [
        "Antwoord op vraag 7 en 8",
        "Antwoord op vraag 9",
        "Antwoord op vraag 10",
        "Antwoord op vraag 11",
    ]
    referring = [a for a in answers if a.refers_to is not None]
    assert [answer_label(letter, a) for a in referring] == ["Antwoord op vraag 5"]
    assert reference_sentence(letter, referring[0]) == "Zie antwoord op vraag 4."
    assert referring[0].text.is_empty()


def test_cyrillic_defect_is_kept(letter: Letter, seed: Seed) -> None:
    cyrillic = "\u0433\u0430\u0442"
    assert cyrillic in TALIBANDELEGATIE
    assert sum(line.count(TALIBANDELEGATIE) for line in seed.lines) == 2
    holders = [q.number for q in letter.questions if TALIBANDELEGATIE in q.text.plain_text()]
    assert holders == [1, 4]


def test_other_defects_are_kept(letter: Letter) -> None:
    texts = "\n".join(t.plain_text() for t in letter.texts_in_reading_order())
    assert "Afghananen" in texts
    assert "Een geüpdatet versie" in texts
    assert texts.count("Taliban regime") == 2
    assert "Taliban-regime" in texts
    assert "Talibanregime" in texts


def test_questions_are_not_bold(letter: Letter) -> None:
    runs = [
        item
        for q in letter.questions
        for block in q.text.blocks
        for item in block.content
        if isinstance(item, Run)
    ]
    assert runs
    assert not any(run.marks.bold for run in runs)


def test_footnotes_in_reading_order(letter: Letter, seed: Seed) -> None:
    notes = letter.footnotes()
    assert [n.id for n in notes] == ["fn1", "fn2"]
    assert letter.question("q1").text.footnotes() == (notes[0],)
    assert letter.answer("a4").text.footnotes() == (notes[1],)
    # The seed prints answer 4's footnote at its page foot, before question 1's at the end.
    assert sorted(normalise(n.plain_text()) for n in notes) == sorted(seed.footnotes)
    assert letter.question("q1").text.links() == (
        "https://www.euractiv.com/news/exclusive-brussels-to-host-taliban-in-talks-on-afghandeportations/",
    )
    assert all(run.marks.link for run in notes[1].body)


def test_question_texts_match_seed(letter: Letter, seed: Seed) -> None:
    for question in letter.questions:
        assert paragraphs(question) == seed.sections[f"Vraag {question.number}"]


def test_answer_texts_match_seed(letter: Letter, seed: Seed) -> None:
    answer_keys = [key for key in seed.sections if key.startswith("Antwoord")]
    assert answer_keys == [answer_label(letter, a) for a in letter.answers]
    for answer in letter.answers:
        printed = [reference_sentence(letter, answer)] if answer.refers_to else []
        printed += paragraphs(answer)
        assert printed == seed.sections[answer_label(letter, answer)]
    assert len(seed.sections["Antwoord op vraag 7 en 8"]) == 3


def test_every_seed_paragraph_occurs_in_model(letter: Letter, seed: Seed) -> None:
    model_text = normalise(" ".join(t.plain_text() for t in letter.texts_in_reading_order()))
    for key, section in seed.sections.items():
        for paragraph in section:
            if paragraph == "Zie antwoord op vraag 4.":
                continue  # generated from refers_to, checked in test_answer_texts_match_seed
            assert paragraph in model_text, (key, paragraph)


def test_generated_texts_match_seed(letter: Letter, seed: Seed) -> None:
    text = "\n".join(seed.lines)
    meta = letter.metadata

    # The seed, converted to Markdown, has a plain space where the generated text keeps day
    # and month together with a no-break space ("13 mei"): the only intended difference.
    def spaced(generated: str) -> str:
        assert "13\u00a0mei" in generated or "mei" not in generated
        return generated.replace("\u00a0", " ")

    for paragraph in offering_paragraphs(meta):
        assert f"\n{spaced(paragraph)}\n" in text
    heading = next(line for line in seed.lines if line.startswith("**Vragen van"))
    # The seed has a stray period before "(ingezonden"; the generated heading has none.
    seed_heading = heading.strip("*").replace("Taliban. (ingezonden", "Taliban (ingezonden")
    assert spaced(questions_heading(meta)) == seed_heading
    betreft_at = next(i for i, line in enumerate(seed.lines) if line.startswith("Betreft "))
    seed_betreft = normalise(" ".join(seed.lines[betreft_at : betreft_at + 2]))
    assert f"Betreft {betreft(meta)}" == seed_betreft
    first, name = signature_lines(meta.signatories[0])
    assert first in seed.lines
    assert name in seed.lines
