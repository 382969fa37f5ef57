"""The plain parts the editor's spell check stands on: the speller process, the incremental
check of a letter, and the personal word list. Expected words come from reading the texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from answerletter.checks.findings import Part
from answerletter.model import Answer, Letter, Metadata, Question, RichText
from answerletter.model import operations as ops
from answerletter.spelling import words
from answerletter.spelling.incremental import IncrementalSpelling
from answerletter.spelling.personal import PERSONAL_FILE, PersonalWords, PersonalWordsError
from answerletter.spelling.worker import SpellerProcess, SpellerStoppedError, verdict_key

#: Failure guards only: loading takes about 2 s, a suggestion up to a few seconds.
LOAD_S = 90


@pytest.fixture(scope="module")
def speller():
    process = SpellerProcess()
    process.ready.result(LOAD_S)
    yield process
    process.close()


def test_the_process_checks_and_suggests(speller) -> None:
    tokens = [verdict_key(t) for t in words("Afghananen zijn huisvestings- en zorgkosten")]
    assert [t.word for t in tokens] == ["Afghananen", "zijn", "huisvestings", "en", "zorgkosten"]
    assert speller.check(tokens, frozenset()).result(LOAD_S) == [False, True, True, True, True]
    # Words accepted for one request only (a letter's names), not remembered.
    assert speller.check(tokens[:1], frozenset({"Afghananen"})).result(LOAD_S) == [True]
    assert speller.check(tokens[:1], frozenset()).result(LOAD_S) == [False]
    assert "Afghanen" in speller.suggest("Afghananen").result(LOAD_S)


def test_a_killed_process_fails_what_it_had_and_a_restart_works_again() -> None:
    process = SpellerProcess()
    try:
        process.ready.result(LOAD_S)
        pending = process.suggest("Afghananen")
        process.kill()
        with pytest.raises(SpellerStoppedError):
            pending.result(LOAD_S)
        process.restart()
        process.ready.result(LOAD_S)
        (token,) = words("Kamervragen")
        assert process.check([verdict_key(token)], frozenset()).result(LOAD_S) == [True]
    finally:
        process.close()


def test_verdict_keys_forget_the_place() -> None:
    first, second = words("Talibanen en Talibanen")[::2]
    assert first != second and verdict_key(first) == verdict_key(second)


def _letter(*answers: str) -> Letter:
    questions = tuple(
        Question(f"q{n}", n, RichText.plain(f"Vraag {n}?")) for n in range(1, len(answers) + 1)
    )
    return Letter(
        metadata=Metadata(subject="de proef"),
        questions=questions,
        answers=tuple(
            Answer(f"a{n}", (f"q{n}",), RichText.plain(text))
            for n, text in enumerate(answers, start=1)
        ),
    )


class Recorder:
    """The speller's scan (a fixed list of wrong words), recording the texts it was sent."""

    def __init__(self, wrong: set[str]) -> None:
        self.wrong = wrong
        self.sent: list[list[str]] = []

    def __call__(self, texts, also):
        self.sent.append([" | ".join(piece[2] for piece in pieces) for pieces in texts])
        return [
            [
                (index, token)
                for index, piece in enumerate(pieces)
                for token in words(piece[2])
                if token.word in self.wrong and token.word not in also
            ]
            for pieces in texts
        ]


def test_the_letter_check_reads_only_what_changed() -> None:
    letter = _letter("Het Snurfbeleid werkt.", "Een goed antwoord.")
    scan = Recorder({"Snurfbeleid", "Bliepzorg"})
    check = IncrementalSpelling()
    found = check.findings(letter, frozenset(), scan)
    assert [(f.location.item, f.location.excerpt) for f in found] == [("a1", "Snurfbeleid")]
    assert found[0].check == "spelling" and found[0].location.start == 4
    assert found[0].location.part.value == "answer" and found[0].location.question == 1
    assert len(scan.sent[-1]) == 5  # the body's paragraphs, two questions, two answers
    # Typing in answer 2: only that text is sent again; answer 1's finding stays.
    edited = ops.set_answer_text(letter, "a2", RichText.plain("Een goed antwoord over Bliepzorg."))
    found = check.findings(edited, frozenset(), scan)
    assert scan.sent[-1] == ["Een goed antwoord over Bliepzorg."]
    assert [f.location.excerpt for f in found] == ["Snurfbeleid", "Bliepzorg"]
    # Nothing changed: nothing sent.
    sent = len(scan.sent)
    check.findings(edited, frozenset(), scan)
    assert len(scan.sent) == sent
    # A word accepted ("ignore all"): only the texts with flagged words are sent again.
    found = check.findings(edited, frozenset({"Bliepzorg"}), scan)
    assert sorted(scan.sent[-1]) == ["Een goed antwoord over Bliepzorg.", "Het Snurfbeleid werkt."]
    assert [f.location.excerpt for f in found] == ["Snurfbeleid"]
    # Fewer words accepted (a name taken out): every text is sent again.
    found = check.findings(edited, frozenset(), scan)
    assert "Vraag 1?" in scan.sent[-1] and "Een goed antwoord over Bliepzorg." in scan.sent[-1]
    assert [f.location.excerpt for f in found] == ["Snurfbeleid", "Bliepzorg"]


def test_a_renumbered_question_gets_findings_with_its_new_number() -> None:
    letter = _letter("Het Snurfbeleid werkt.")
    check = IncrementalSpelling()
    scan = Recorder({"Snurfbeleid"})
    assert check.findings(letter, frozenset(), scan)[0].location.question == 1
    renumbered = ops.set_question_number(letter, "q1", 7)
    assert check.findings(renumbered, frozenset(), scan)[0].location.question == 7


def test_the_process_scans_texts_as_the_headless_check_reads_them(speller) -> None:
    from answerletter.spelling.letter import text_pieces

    text = RichText.plain("Het Snurfbeleid en de huisvestings- en zorgkosten.")
    pieces = text_pieces(text, Part.ANSWER, "text")
    ((index, token),) = speller.scan([pieces], frozenset()).result(LOAD_S)[0]
    assert index == 0 and token.word == "Snurfbeleid" and (token.start, token.end) == (4, 15)
    assert speller.scan([pieces], frozenset({"Snurfbeleid"})).result(LOAD_S) == [[]]


def test_the_personal_word_list_is_written_at_once_and_read_at_start(tmp_path: Path) -> None:
    words_now = PersonalWords(tmp_path)
    assert words_now.words == frozenset()
    words_now.add("Kwibbelcommissie")
    words_now.add("ambtsbericht-plus")
    stored = tmp_path / PERSONAL_FILE
    assert stored.read_text(encoding="utf-8") == "ambtsbericht-plus\nKwibbelcommissie\n"
    # Another editor added a word meanwhile: it stays.
    stored.write_text(stored.read_text(encoding="utf-8") + "Zwurpeling\n", encoding="utf-8")
    words_now.add("Bliepzorg")
    assert PersonalWords(tmp_path).words == {
        "Kwibbelcommissie", "ambtsbericht-plus", "Zwurpeling", "Bliepzorg"
    }  # fmt: skip


def test_a_word_list_that_cannot_be_written_says_so_and_keeps_the_word(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    words_now = PersonalWords(blocker)
    with pytest.raises(PersonalWordsError):
        words_now.add("Kwibbelcommissie")
    assert "Kwibbelcommissie" in words_now.words  # accepted for this session


def test_an_unreadable_word_list_does_not_stop_the_spell_check(tmp_path: Path) -> None:
    (tmp_path / PERSONAL_FILE).mkdir(parents=True)  # a folder where the file should be
    assert PersonalWords(tmp_path).words == frozenset()


def test_the_speller_accepts_extra_words_in_compounds() -> None:
    from answerletter.spelling import Speller

    speller = Speller()
    (token,) = words("Bamenga-motie")
    assert not speller.correct(token)
    assert speller.correct(token, frozenset({"Bamenga"}))
    assert not speller.correct(token)  # only for that call


def test_a_long_scan_goes_in_batches_and_comes_back_in_order(speller, monkeypatch) -> None:
    """A 10,000-question letter's texts pickled in one message held the interpreter lock for
    50 ms: they go in batches, and the verdicts come back text by text as asked."""
    from answerletter.spelling import worker
    from answerletter.spelling.letter import text_pieces

    monkeypatch.setattr(worker, "SCAN_BATCH", 3)
    sent: list[int] = []
    request = speller._request

    def counted(operation, args):
        sent.append(len(args[0]))
        return request(operation, args)

    monkeypatch.setattr(speller, "_request", counted)
    plain = ["Een goed antwoord.", "Afghananen zijn hier.", "Zonder fouten."]
    texts = [text_pieces(RichText.plain(plain[i % 3]), Part.ANSWER, "text") for i in range(8)]
    results = speller.scan(texts, frozenset()).result(LOAD_S)
    assert sent == [3, 3, 2]
    flagged = [[token.word for _, token in found] for found in results]
    assert flagged == [[], ["Afghananen"], [], [], ["Afghananen"], [], [], ["Afghananen"]]


def test_a_batch_that_fails_fails_the_whole_scan() -> None:
    from concurrent.futures import Future

    from answerletter.spelling.worker import _concatenated

    parts: list[Future] = [Future(), Future(), Future()]
    whole = _concatenated(parts)
    parts[1].set_result([["b"]])
    parts[0].set_exception(SpellerStoppedError("the speller process ended"))
    parts[2].set_result([["c"]])
    with pytest.raises(SpellerStoppedError):
        whole.result(0)
    fine: list[Future] = [Future(), Future()]
    joined = _concatenated(fine)
    fine[1].set_result([["y"]])
    assert not joined.done()
    fine[0].set_result([["x"]])
    assert joined.result(0) == [["x"], ["y"]]
