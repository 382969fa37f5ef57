"""The find bar and replace in the editor window, driven with the keyboard as a user would:
Ctrl+F, typing, Enter/F3, Shift+Enter/Shift+F3, the options, Ctrl+H and Replace All as one
undo step, Esc; in English and in Dutch."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from answerletter.gui import i18n
from answerletter.model import (
    Answer,
    Block,
    Body,
    Footnote,
    Letter,
    Marks,
    Metadata,
    Question,
    RichText,
    Run,
)
from answerletter.model import operations as ops

BOLD = Marks(bold=True)
NOTE = Footnote("fn1", (Run("Brief aan de Kamer."),))


def kamer_letter(*, own_offering: bool = True) -> Letter:
    """Six hits of "kamer" in reading order: q1, a1 (bold "Kamer"), a1's footnote, q3 ("kamer"),
    a3 twice ("Kamer", "Kamerleden")."""
    questions = (
        Question("q1", 1, RichText.plain("Wat vindt de Kamer?")),
        Question("q2", 2, RichText.plain("Vraag twee?")),
        Question("q3", 3, RichText.plain("Weet de kamer dat?")),
    )
    a1 = RichText((Block((Run("De Tweede "), Run("Kamer", BOLD), Run(" is ingelicht."), NOTE)),))
    answers = (
        Answer("a1", ("q1",), a1),
        Answer("a2", ("q2",), RichText.plain("Geen.")),
        Answer("a3", ("q3",), RichText.plain("Ja, de Kamer weet het; de Kamerleden ook.")),
    )
    body = Body(offering=RichText.plain("Hierbij de antwoorden.")) if own_offering else Body()
    return Letter(
        metadata=Metadata(subject="de proef"), body=body, questions=questions, answers=answers
    )


def focus_editor(qtbot, window):
    """The window active and the answer editor focused, as after a click into it."""
    window.activateWindow()
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return editor


def open_bar(qtbot, window, *, replace: bool = False):
    """Ctrl+F (Ctrl+H) typed in the answer editor."""
    editor = window.editor_pane.answer_editor
    if not editor.hasFocus():
        focus_editor(qtbot, window)
    key = Qt.Key.Key_H if replace else Qt.Key.Key_F
    qtbot.keyClick(editor, key, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_replace.bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.find_edit.hasFocus)
    return bar


def type_query(qtbot, bar, text: str, expected_count: str) -> None:
    qtbot.keyClicks(bar.find_edit, text)
    qtbot.waitUntil(lambda: bar.count_label.text() == expected_count)


def selected(window, item: str) -> str:
    editor = window.editor_pane.editor_for(item)
    assert editor is not None
    return editor.textCursor().selectedText()


def test_ctrl_f_counts_and_f3_walks_the_hits(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    assert window.list_pane.current_id() == "q1"
    assert selected(window, "q1") == "Kamer"

    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 6"
    assert selected(window, "a1") == "Kamer"  # the bold one
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == "3 of 6"
    assert selected(window, "a1") == "\ufffc"  # in the footnote: its mark is selected
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "4 of 6"
    assert window.list_pane.current_id() == "q3"
    assert selected(window, "q3") == "kamer"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "3 of 6"
    assert window.list_pane.current_id() == "q1"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "2 of 6"
    assert bar.find_edit.hasFocus()  # the keys keep going to the bar


def test_the_search_wraps_around_both_ways(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "6 of 6"
    assert selected(window, "a3") == "Kamer"  # of "Kamerleden"
    assert "continued from the end" in window.statusBar().currentMessage()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "1 of 6"
    assert "continued from the beginning" in window.statusBar().currentMessage()


def test_a_hit_runs_across_marks(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "Tweede Kamer", "1 of 1")
    assert selected(window, "a1") == "Tweede Kamer"


def test_the_options_narrow_the_hits(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    bar.word_box.click()  # "Kamerleden" no longer
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 5")
    bar.case_box.click()  # "Kamer" only in q3's "kamer"
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 1")
    assert window.list_pane.current_id() == "q3"
    assert selected(window, "q3") == "kamer"
    bar.find_edit.selectAll()
    qtbot.keyClicks(bar.find_edit, "Senaat")
    qtbot.waitUntil(lambda: bar.count_label.text() == "No hits")


def test_the_letter_details_only_when_asked(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "proef", "No hits")
    bar.details_box.click()
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 1")
    assert window.details_dock.isVisible()
    subject = window.form.lines["subjectEdit"]
    assert subject.selectedText() == "proef"


def test_a_hit_in_the_letter_text_is_selected_there(qtbot, make_window):
    letter = kamer_letter()
    letter = ops.set_body(letter, Body(letter.body.offering, RichText.plain("Voor de Kamer.")))
    window = make_window(letter)
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "voor de", "1 of 1")
    assert window.details_dock.isVisible()
    paragraphs = window.form.body_form.paragraphs
    assert paragraphs.textCursor().selectedText() == "Voor de"


def test_the_count_follows_edits_while_the_bar_is_open(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    document = window.document
    document.apply(
        ops.set_answer_text(document.letter, "a2", RichText.plain("De Kamer, de Kamer.")),
        "typing",
    )
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 8")


def test_esc_closes_the_bar_and_the_hit_keeps_the_focus(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    editor = window.editor_pane.answer_editor
    qtbot.waitUntil(editor.hasFocus)
    assert editor.textCursor().selectedText() == "Kamer"


def test_ctrl_f_starts_with_the_selected_words(qtbot, make_window):
    window = make_window(kamer_letter())
    editor = focus_editor(qtbot, window)
    cursor = editor.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)  # "Tweede"
    editor.setTextCursor(cursor)
    bar = open_bar(qtbot, window)
    assert bar.find_edit.text() == "Tweede"
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 1")


def test_replace_all_is_one_undo_step_that_undo_takes_back(qtbot, make_window):
    original = kamer_letter()
    window = make_window(original)
    bar = open_bar(qtbot, window, replace=True)
    assert bar.replace_edit.isVisible()
    type_query(qtbot, bar, "Kamer", "1 of 6")
    bar.replace_edit.setFocus()
    qtbot.keyClicks(bar.replace_edit, "Senaat")
    steps = window.document.undo_stack.count()
    with qtbot.waitSignal(window.find_replace.replaceFinished):
        bar.replace_all_button.click()
    assert window.document.undo_stack.count() == steps + 1
    letter = window.document.letter
    assert window.statusBar().currentMessage() == "Replaced 6 times"
    assert letter.question("q1").text == RichText.plain("Wat vindt de Senaat?")
    assert letter.question("q3").text == RichText.plain("Weet de Senaat dat?")
    assert letter.answer("a1").text == RichText(
        (
            Block(
                (
                    Run("De Tweede "),
                    Run("Senaat", BOLD),
                    Run(" is ingelicht."),
                    Footnote("fn1", (Run("Brief aan de Senaat."),)),
                )
            ),
        )
    )
    assert letter.answer("a3").text == RichText.plain("Ja, de Senaat weet het; de Senaatleden ook.")
    qtbot.waitUntil(lambda: bar.count_label.text() == "No hits")
    # The editor shows the replaced text.
    assert "Senaat" in window.editor_pane.editor_for("q1").toPlainText()

    # Ctrl+Z in a field of the bar undoes its typing (as in any line edit); Edit ▸ Undo
    # and Ctrl+Z in the editor take back the letter's last step: the whole replace.
    assert window.undo_action.text() == "&Undo Replace All"
    qtbot.keyClick(focus_editor(qtbot, window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.letter is original
    assert window.document.undo_stack.count() == steps + 1  # redo remains
    qtbot.waitUntil(lambda: bar.count_label.text().endswith("of 6"))


def test_replace_replaces_the_hit_shown_and_goes_on(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window, replace=True)
    type_query(qtbot, bar, "kamer", "1 of 6")
    bar.replace_edit.setFocus()
    qtbot.keyClicks(bar.replace_edit, "Raad")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    letter = window.document.letter
    assert letter.question("q1").text == RichText.plain("Wat vindt de Raad?")
    assert bar.count_label.text() == "1 of 5"  # now at the bold "Kamer" in answer 1
    assert selected(window, "a1") == "Kamer"
    bar.replace_button.click()
    assert window.document.letter.answer("a1").text.blocks[0].content[1] == Run("Raad", BOLD)
    assert window.document.letter.answer("a1").text.footnotes() == (NOTE,)
    assert bar.count_label.text() == "1 of 4"  # the footnote's
    window.document.undo()
    window.document.undo()
    assert window.document.letter == kamer_letter()


def test_generated_text_is_found_but_not_replaced(qtbot, make_window):
    window = make_window(kamer_letter(own_offering=False))
    before = window.document.letter
    bar = open_bar(qtbot, window, replace=True)
    type_query(qtbot, bar, "Hierbij", "1 of 1")
    bar.replace_edit.setText("Hiermee")
    bar.replace_button.click()
    assert window.document.letter is before
    assert bar.count_label.text() == "Not replaced"
    assert "made from the letter details" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.find_replace.replaceFinished):
        bar.replace_all_button.click()
    assert window.document.letter is before
    message = window.statusBar().currentMessage()
    assert message == "Nothing replaced (1 hit left in text made from the letter details)"


def test_the_edit_menu_has_the_entries_and_keys(make_window):
    window = make_window(kamer_letter())
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Edit" and a.menu()
    )
    entries = {a.text(): a.shortcut().toString() for a in edit_menu.actions()}
    assert entries["F&ind…"] == "Ctrl+F"
    assert entries["Find &Next"] == QKeySequence(QKeySequence.StandardKey.FindNext).toString()
    assert entries["Find Pre&vious"] == (
        QKeySequence(QKeySequence.StandardKey.FindPrevious).toString()
    )
    assert entries["R&eplace…"] == "Ctrl+H"
    for action in window.find_replace.actions():
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut


def test_f3_without_a_query_opens_the_bar(qtbot, make_window):
    window = make_window(kamer_letter())
    qtbot.keyClick(focus_editor(qtbot, window), Qt.Key.Key_F3)
    bar = window.find_replace.bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.find_edit.hasFocus)


@pytest.fixture
def dutch():
    i18n.install("nl")


def test_the_count_and_the_message_in_dutch(qtbot, dutch, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window, replace=True)
    assert bar.case_box.text() == "Hoofdlettergevoelig"
    type_query(qtbot, bar, "kamer", "1 van 6")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "3 van 6"
    bar.replace_edit.setText("Senaat")
    with qtbot.waitSignal(window.find_replace.replaceFinished):
        bar.replace_all_button.click()
    assert window.statusBar().currentMessage() == "6 keer vervangen"
    assert window.document.undo_stack.undoText() == "Alles vervangen"
    qtbot.waitUntil(lambda: bar.count_label.text() == "Geen treffers")


def test_a_window_closed_while_the_worker_counts_is_left_alone(qtbot, opener, caplog):
    from PySide6.QtCore import QCoreApplication, QEvent

    from answerletter.editing.document import Document
    from answerletter.gui import find_window

    window = opener.new_window(Document(kamer_letter()))
    window.show()
    finder = window.find_replace
    finder.open(replace=False)
    finder.bar.find_edit.setText("kamer")
    gate = threading.Event()
    worker = find_window._find_worker()
    worker.submit(gate.wait, 60)  # the worker is busy: the count waits behind this
    finder._count_in_background()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()  # now the count runs, for a window that is gone
    # The worker runs one job at a time: this one ends after the count.
    worker.submit(lambda: None).result(timeout=60)
    # The count's delivery was queued before that job ran (a done callback runs on the
    # worker as the count ends): delivered now, to a window that is gone, it is dropped.
    QCoreApplication.sendPostedEvents()
    # (concurrent.futures logs an exception raised in a done callback instead of raising it)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []


def test_a_count_of_a_letter_that_moved_on_is_not_shown(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    finder = window.find_replace
    stale = finder.result
    document = window.document
    document.apply(ops.set_answer_text(document.letter, "a2", RichText.plain("Kamer.")), "typing")
    finder._on_counted(stale)  # a count of the letter before the edit arrives late
    assert finder.result is stale  # not taken: a new count is under way
    qtbot.waitUntil(lambda: bar.count_label.text() == "1 of 7")
    assert finder.result is not stale and finder.result.letter is document.letter


def test_help_lists_the_find_keys(make_window):
    from answerletter.gui.shortcuts import window_shortcuts

    window = make_window(kamer_letter())
    listed = {(s.name, s.keys) for s in window_shortcuts(window)}
    native = QKeySequence.SequenceFormat.NativeText
    assert ("Find", QKeySequence("Ctrl+F").toString(native)) in listed
    assert ("Replace", QKeySequence("Ctrl+H").toString(native)) in listed
    assert ("Next hit / previous hit", "Enter / Shift+Enter") in listed
    assert ("Close the find bar", "Esc") in listed


def test_a_language_switch_retranslates_the_open_bar(qtbot, make_window, fake_dialogs):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    type_query(qtbot, bar, "kamer", "1 of 6")
    fake_dialogs.language = "nl"
    window.edit_preferences()
    assert bar.isVisible() and bar.find_edit.text() == "kamer"
    assert bar.case_box.text() == "Hoofdlettergevoelig"
    assert bar.count_label.text() == "1 van 6"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Be&werken")
    assert "&Zoeken…" in [a.text() for a in edit_menu.actions()]
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 van 6"


def test_tab_reaches_the_open_bar_after_the_preview(qtbot, make_window):
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window)
    zoom = window.preview.zoom_box
    zoom.setFocus()
    qtbot.waitUntil(zoom.hasFocus)
    qtbot.keyClick(zoom, Qt.Key.Key_Tab)
    qtbot.waitUntil(bar.find_edit.hasFocus)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(zoom.hasFocus)


def kamer_to_senaat(qtbot, make_window):
    """A window on the Kamer letter, its bar set to replace "Kamer" by "Senaat"."""
    window = make_window(kamer_letter())
    bar = open_bar(qtbot, window, replace=True)
    type_query(qtbot, bar, "Kamer", "1 of 6")
    bar.replace_edit.setText("Senaat")
    return window, bar


def held_worker():
    """The find worker kept busy until the returned event is set (jobs wait behind it)."""
    from answerletter.gui import find_window

    gate = threading.Event()
    find_window._find_worker().submit(gate.wait, 60)
    return gate


def test_replace_all_runs_off_the_gui_thread_and_keeps_what_is_typed_meanwhile(qtbot, make_window):
    window, bar = kamer_to_senaat(qtbot, make_window)
    document = window.document
    gate = held_worker()
    try:
        bar.replace_all_button.click()
        # Replacing: the replace buttons wait, the rest of the window works.
        assert not bar.replace_all_button.isEnabled() and not bar.replace_button.isEnabled()
        assert bar.count_label.text() == "Replacing…"
        assert document.letter.question("q1").text == RichText.plain("Wat vindt de Kamer?")
        typed = ops.set_answer_text(document.letter, "a2", RichText.plain("Geen Kamer."))
        document.apply(typed, "typing")
        bar.replace_button.click()  # ignored while Replace All replaces
        assert document.letter is typed
    finally:
        gate.set()
    with qtbot.waitSignal(window.find_replace.replaceFinished, timeout=60_000):
        pass
    letter = document.letter
    # What was typed is kept, and replaced in too (the replacement was made again).
    assert letter.answer("a2").text == RichText.plain("Geen Senaat.")
    assert letter.question("q1").text == RichText.plain("Wat vindt de Senaat?")
    assert window.statusBar().currentMessage() == "Replaced 7 times"
    assert bar.replace_all_button.isEnabled() and bar.replace_button.isEnabled()
    document.undo()
    assert document.letter is typed  # one undo step, after the typing
    qtbot.waitUntil(lambda: bar.count_label.text().endswith("of 7"))


def test_replace_all_gives_up_when_the_letter_keeps_changing(qtbot, make_window, monkeypatch):
    from answerletter.gui import find_window

    monkeypatch.setattr(find_window, "REPLACE_ATTEMPTS", 1)
    window, bar = kamer_to_senaat(qtbot, make_window)
    document = window.document
    gate = held_worker()
    try:
        bar.replace_all_button.click()
        typed = ops.set_answer_text(document.letter, "a2", RichText.plain("Anders."))
        document.apply(typed, "typing")
    finally:
        gate.set()
    with qtbot.waitSignal(window.find_replace.replaceFinished, timeout=60_000):
        pass
    assert document.letter is typed  # the typing, nothing replaced over it
    assert window.statusBar().currentMessage() == (
        "Nothing replaced: the letter kept changing while it was being replaced."
    )
    assert bar.replace_all_button.isEnabled()
    qtbot.waitUntil(lambda: bar.count_label.text().endswith("of 6"))


def test_a_failing_replace_all_says_so_and_changes_nothing(qtbot, make_window, monkeypatch, caplog):
    from answerletter.gui import find_window

    def broken(*args, **kwargs):
        raise RuntimeError("a defect")

    monkeypatch.setattr(find_window, "replace_all", broken)
    window, bar = kamer_to_senaat(qtbot, make_window)
    before = window.document.letter
    with qtbot.waitSignal(window.find_replace.replaceFinished, timeout=60_000):
        bar.replace_all_button.click()
    assert window.document.letter is before
    assert window.statusBar().currentMessage() == "Replace All failed; the letter is unchanged."
    assert "Replace All failed" in caplog.text
    assert bar.replace_all_button.isEnabled()
