"""The counts in the status bar follow typing: the current answer's words and characters,
the letter's, and how many questions are answered; the label keeps its text for screen
readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from window_helpers import small_letter

from answerletter.editing.document import Document
from answerletter.gui import counts
from answerletter.model import EMPTY_TEXT, RichText
from answerletter.model import operations as ops
from answerletter.model.counts import LetterCounter


def _type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def test_typing_in_the_answer_changes_the_counts(make_window, qtbot):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q1"])
    label = window.counts.label
    # Questions "Vraag nummer N?" (3 words, 15 characters), answers "Antwoord N." (2, 11).
    assert label.text() == (
        "Answer: 2 words, 11 characters · Letter: 15 words, 78 characters · 3 of 3 answered"
    )
    _type_at_end(qtbot, window.editor_pane.answer_editor, " Extra woorden")
    qtbot.waitUntil(lambda: "Answer: 4 words" in label.text())
    assert label.text() == (
        "Answer: 4 words, 25 characters · Letter: 17 words, 92 characters · 3 of 3 answered"
    )
    # The label's text is what a screen reader reads: no accessible name replaces it.
    assert label.accessibleName() == ""
    assert label.accessibleDescription() == "Word and character counts"


def test_answering_a_question_counts_it_answered(make_window, qtbot):
    letter = ops.set_answer_text(small_letter(2), "a2", EMPTY_TEXT)
    window = make_window(letter)
    label = window.counts.label
    window.list_pane.select_ids(["q2"])
    assert label.text().endswith("1 of 2 answered")
    assert label.text().startswith("Answer: 0 words, 0 characters")
    _type_at_end(qtbot, window.editor_pane.answer_editor, "Ja")
    qtbot.waitUntil(lambda: label.text().endswith("2 of 2 answered"))
    assert label.text().startswith("Answer: 1 word, 2 characters")
    assert "not answered yet: 0" in label.toolTip()


def test_choosing_another_question_shows_its_answer(make_window, qtbot):
    letter = small_letter(2)
    letter = ops.set_answer_text(letter, "a2", RichText.plain("Een twee drie vier."))
    window = make_window(letter)
    window.list_pane.select_ids(["q2"])
    assert window.counts.label.text().startswith("Answer: 4 words, 19 characters")
    window.list_pane.select_ids(["q1"])
    assert window.counts.label.text().startswith("Answer: 2 words, 11 characters")


def test_counts_in_dutch(make_window, fake_dialogs, qtbot):
    letter = small_letter(1)
    letter = ops.set_answer_text(letter, "a1", RichText.plain("woord " * 1233 + "woord"))
    window = make_window(letter)
    fake_dialogs.language = "nl"
    window.preferences_action.trigger()
    window.list_pane.select_ids(["q1"])
    # 1234 words: 1233 × 6 + 5 characters.
    assert window.counts.label.text() == (
        "Antwoord: 1.234 woorden, 7.403 tekens · Brief: 1.237 woorden, 7.418 tekens"
        " · 1 van 1 beantwoord"
    )
    assert window.counts.label.accessibleDescription() == "Aantallen woorden en tekens"


def test_one_keystroke_counts_one_text(make_window, qtbot):
    window = make_window(small_letter(40))
    window.list_pane.select_ids(["q7"])
    before = window.counts.counter.texts_counted
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.counts.counter.texts_counted > before)
    assert window.counts.counter.texts_counted == before + 1


def test_a_big_letter_is_counted_after_the_window_is_up(opener, qtbot, monkeypatch):
    # Three texts a step: this letter's 11 texts take four steps, the first in the window's
    # making, the others when the event loop is idle (as a 10,000-question letter's do).
    monkeypatch.setattr(counts, "TEXTS_PER_STEP", 3)
    window = opener.new_window(Document(small_letter(5)))
    qtbot.addWidget(window)
    label = window.counts.label
    # Built, not yet counted: the current answer (one text) is, the letter is being counted.
    assert window.counts.pending()
    assert label.text() == "Answer: 2 words, 11 characters · Letter: counting…"
    assert "not answered yet" not in label.toolTip()
    # Typing goes on meanwhile; the count takes it in once it is done.
    editor = window.editor_pane.answer_editor
    with qtbot.waitSignal(window.counts.countsReady):
        window.show()
        _type_at_end(qtbot, editor, " Extra woorden")
    qtbot.waitUntil(lambda: "Answer: 4 words" in label.text())
    assert not window.counts.pending()
    assert LetterCounter().update(window.document.letter).letter.characters == 144
    assert label.text() == (
        "Answer: 4 words, 25 characters · Letter: 27 words, 144 characters · 5 of 5 answered"
    )
    assert "not answered yet: 0" in label.toolTip()


def test_a_count_of_the_previous_document_is_dropped(opener, qtbot, monkeypatch):
    monkeypatch.setattr(counts, "TEXTS_PER_STEP", 3)
    window = opener.new_window(Document(small_letter(5)))
    qtbot.addWidget(window)
    assert window.counts.pending()
    # Another letter into the same window before the first one's count is done.
    window.replace_document(Document(small_letter(2)))
    ready: list[str] = []
    window.counts.countsReady.connect(lambda: ready.append(window.counts.label.text()))
    with qtbot.waitSignal(window.counts.countsReady):
        window.show()
    expected = "Answer: 2 words, 11 characters · Letter: 10 words, 52 characters · 2 of 2 answered"
    assert ready == [expected]
    # Nothing of the first letter's count comes later.
    qtbot.waitExposed(window)
    for _ in range(20):
        qtbot.keyClick(window.editor_pane.answer_editor, Qt.Key.Key_Shift)
    assert ready == [expected]
    assert window.counts.label.text() == expected


def test_a_change_of_many_texts_is_counted_in_steps(opener, qtbot, monkeypatch):
    """Replace All at 10,000 questions gives 7,000 texts to count (half a second): counted
    in steps as a first count is, not in one go on the keystroke that caused it."""
    from dataclasses import replace

    monkeypatch.setattr(counts, "TEXTS_PER_STEP", 3)
    window = opener.new_window(Document(small_letter(20)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.counts.countsReady):
        window.show()
    label = window.counts.label
    # One text typed: counted at once.
    document = window.document
    first = document.letter.answers[0]
    document.apply(ops.set_answer_text(document.letter, first.id, RichText.plain("Ja.")), "typing")
    assert not window.counts.pending() and "Letter: counting" not in label.text()
    # Every answer's text replaced: the letter is counted in steps, the label says so.
    letter = document.letter
    answers = tuple(
        replace(a, text=RichText.plain("Een heel ander antwoord.")) for a in letter.answers
    )
    changed = replace(letter, answers=answers)
    with qtbot.waitSignal(window.counts.countsReady):
        document.apply(changed, "Replace All")
        assert window.counts.pending()
        assert label.text().endswith("Letter: counting…")
    totals = LetterCounter().update(document.letter)
    assert (
        f"Letter: {totals.letter.words} words, {totals.letter.characters} characters"
        in label.text()
    )
    assert totals != LetterCounter().update(letter)  # (the change did change them)


def test_in_a_narrow_window_the_counts_are_cut_short_not_clipped(make_window, qtbot):
    window = make_window(small_letter(3))
    label = window.counts.label
    qtbot.waitUntil(lambda: "answered" in label.text())
    full = label.text()
    window.resize(520, 600)
    qtbot.waitUntil(lambda: label.width() < label.fontMetrics().horizontalAdvance(full))
    assert label.elided() and label.shown_text().endswith("…")
    assert full.startswith(label.shown_text()[:-1])
    assert label.text() == full  # what a screen reader reads
    # The tooltip stays the counts' own (not the label's text).
    totals = window.counts.counter.update(window.document.letter)
    assert label.toolTip() == counts.counts_tip(totals) != full
