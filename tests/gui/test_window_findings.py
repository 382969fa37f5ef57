"""The findings pane in the editor window: live checks, jumping, fixing, accepting, and the
summary before export, driven through the widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from window_helpers import HeldEngine

from answerletter.checks import Severity
from answerletter.gui import main_window as main_window_module
from answerletter.gui import preview as preview_module
from answerletter.gui.findings_runner import FindingsRunner
from answerletter.gui.preview import FramePages
from answerletter.gui.question_model import FINDINGS_ROLE
from answerletter.model import RichText
from answerletter.model import operations as ops
from answerletter.templates import example_letter

CYRILLIC = "Talibandele\u0433\u0430\u0442ie"


def _checked(qtbot, window):
    """Wait until the live checks have seen the window's current letter."""
    runner = window.findings.runner
    qtbot.waitUntil(lambda: runner.letter is window.document.letter, timeout=20_000)
    return window.findings.pane


def _rows(pane):
    model = pane.model
    return [model.finding(row) for row in range(model.rowCount())]


def _click(qtbot, pane, finding):
    assert pane.select_finding(finding)
    index = pane.view.currentIndex()
    rect = pane.view.visualRect(index)
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_example_shows_its_lookalike_letters_and_counts(qtbot, make_window) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    mixed = [f for f in _rows(pane) if f.check == "mixed-script"]
    assert [f.location.question for f in mixed] == [1, 4]
    assert pane.model.data(pane.model.index(0, 0)) is not None
    assert window.findings.count_label.text().startswith("Checks: 2 errors")
    list_model = window.model
    marks = {
        list_model.data(list_model.index(row), Qt.ItemDataRole.DisplayRole)[:2]: list_model.data(
            list_model.index(row), FINDINGS_ROLE
        )
        for row in range(list_model.rowCount())
    }
    assert marks["1."] is Severity.ERROR and marks["4."] is Severity.ERROR
    assert marks["2."] is None


def test_clicking_a_finding_selects_its_excerpt_in_the_question(qtbot, make_window) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    finding = next(f for f in _rows(pane) if f.check == "mixed-script" and f.location.question == 4)
    _click(qtbot, pane, finding)
    assert window.list_pane.current_id() == "q4"
    editor = window.editor_pane.editor_for("q4")
    assert editor.textCursor().selectedText() == CYRILLIC


def test_clicking_a_finding_in_an_answer_selects_it_in_the_answer(qtbot, make_window) -> None:
    letter = ops.set_answer_text(example_letter(), "a3", RichText.plain("Dit is het het antwoord."))
    window = make_window(letter)
    pane = _checked(qtbot, window)
    finding = next(f for f in _rows(pane) if f.check == "doubled-word")
    _click(qtbot, pane, finding)
    assert window.list_pane.current_id() == "q3"
    assert window.editor_pane.answer_editor.textCursor().selectedText() == "het het"


def test_fix_replaces_the_lookalikes_and_undo_brings_them_back(qtbot, make_window) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    finding = next(f for f in _rows(pane) if f.check == "mixed-script")
    assert pane.select_finding(finding)
    assert pane.fix_button.isEnabled()
    qtbot.mouseClick(pane.fix_button, Qt.MouseButton.LeftButton)
    assert "Talibandelegatie" in window.document.letter.question("q1").text.plain_text()
    pane = _checked(qtbot, window)
    assert [f.location.question for f in _rows(pane) if f.check == "mixed-script"] == [4]
    window.undo_action.trigger()
    assert CYRILLIC in window.document.letter.question("q1").text.plain_text()


def test_a_finding_without_mechanical_fix_cannot_be_fixed(qtbot, make_window) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    deadline = next(f for f in _rows(pane) if f.check == "deadline-passed")
    assert pane.select_finding(deadline)
    assert not pane.fix_button.isEnabled()
    assert pane.accept_button.isEnabled()


def test_accepting_with_a_reason_stores_it_and_hides_the_finding(qtbot, make_window, fake_dialogs):
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    finding = next(f for f in _rows(pane) if f.check == "mixed-script")
    fake_dialogs.acceptance_reason = "Zo stond het in het artikel."
    assert pane.select_finding(finding)
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    [accepted] = window.document.letter.accepted
    assert (accepted.check, accepted.item, accepted.reason) == (
        "mixed-script",
        "q1",
        "Zo stond het in het artikel.",
    )
    assert finding not in _rows(pane)
    assert window.findings.count_label.text().startswith("Checks: 1 errors")
    pane.show_accepted.setChecked(True)
    assert finding in _rows(pane)
    assert pane.select_finding(finding)
    assert pane.accept_button.text() == "Unaccept"
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    assert window.document.letter.accepted == ()


def test_cancelling_the_reason_accepts_nothing(qtbot, make_window, fake_dialogs) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    fake_dialogs.acceptance_reason = None
    assert pane.select_finding(_rows(pane)[0])
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    assert window.document.letter.accepted == ()


def test_typing_updates_the_findings(qtbot, make_window) -> None:
    window = make_window(example_letter())
    _checked(qtbot, window)
    window.list_pane.select_ids(["q2"])
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " en en")
    pane = _checked(qtbot, window)
    doubled = [f for f in _rows(pane) if f.check == "doubled-word"]
    assert [(f.location.question, f.location.excerpt) for f in doubled] == [(2, "en en")]


def test_the_current_finding_stays_current_when_new_findings_come(qtbot, make_window) -> None:
    window = make_window(example_letter())
    pane = _checked(qtbot, window)
    finding = next(f for f in _rows(pane) if f.check == "mixed-script" and f.location.question == 4)
    _click(qtbot, pane, finding)
    row = pane.view.currentIndex().row()
    # A doubled word in an earlier answer: a new finding above, the current one lower.
    letter = window.document.letter
    doubled = ops.set_answer_text(letter, "a2", RichText.plain("Dit is is zo."))
    with qtbot.waitSignal(window.findings.runner.findingsReady, timeout=20_000):
        window.document.apply(doubled, "typed")
    pane = _checked(qtbot, window)
    assert any(f.check == "doubled-word" for f in _rows(pane))
    assert pane.current_finding() == finding
    assert pane.view.currentIndex().row() > row  # (the spell check's findings may come too)
    # Tab leaves the list (a table's Tab would move between its cells).
    assert not pane.view.tabKeyNavigation()


def test_export_with_errors_shows_the_summary_and_can_stop(qtbot, make_window, fake_dialogs):
    window = make_window(example_letter())
    fake_dialogs.output_despite_errors = False
    assert window.findings.confirm_output("export") is False
    assert fake_dialogs.calls[-1] == "errors_before_export:2"
    window.export_pdf()
    assert "save" not in fake_dialogs.calls and "pdf" not in fake_dialogs.calls


def test_export_without_errors_asks_nothing(qtbot, make_window, fake_dialogs) -> None:
    letter = example_letter()
    for _ in range(2):
        from answerletter.checks import check_letter
        from answerletter.checks.fixes import apply_fix

        finding = next(f for f in check_letter(letter) if f.check == "mixed-script")
        letter = apply_fix(letter, finding)
    window = make_window(letter)
    assert window.findings.confirm_output("print") is True
    assert not [c for c in fake_dialogs.calls if c.startswith("errors_before")]


def _held_preview(monkeypatch) -> list[HeldEngine]:
    engines: list[HeldEngine] = []

    def make(factory):
        engines.append(HeldEngine())
        return engines[-1]

    monkeypatch.setattr(preview_module, "make_engine", make)
    return engines


def _counted_runs(monkeypatch) -> list[object]:
    runs: list[object] = []
    real = FindingsRunner.run_now

    def counted(self):
        runs.append(self)
        real(self)

    monkeypatch.setattr(FindingsRunner, "run_now", counted)
    return runs


def test_the_first_checks_wait_for_the_previews_first_pages(qtbot, make_window, monkeypatch):
    """At 10,000 questions the checks are seconds of Python sharing the interpreter lock with
    the layout thread: they start once the first pages are shown."""
    engines = _held_preview(monkeypatch)
    runs = _counted_runs(monkeypatch)
    monkeypatch.setattr(main_window_module, "FIRST_CHECKS_LATEST_MS", 3_600_000)
    window = make_window(example_letter())
    QCoreApplication.processEvents()  # a check due at once would start here
    assert runs == []
    engine = engines[-1]
    version, letter = engine.submitted[-1]
    with qtbot.waitSignal(window.findings.runner.findingsReady, timeout=20_000):
        engine.progress.emit(version, FramePages(letter))  # the first pages
    assert runs == [window.findings.runner]
    assert window.findings.runner.findings  # the example letter has findings


def test_the_first_checks_start_anyway_when_the_preview_shows_nothing(
    qtbot, make_window, monkeypatch
):
    _held_preview(monkeypatch)
    runs = _counted_runs(monkeypatch)
    monkeypatch.setattr(main_window_module, "FIRST_CHECKS_LATEST_MS", 0)
    window = make_window(example_letter())
    if not window.findings.runner.findings:
        with qtbot.waitSignal(window.findings.runner.findingsReady, timeout=20_000):
            pass
    assert runs == [window.findings.runner]
