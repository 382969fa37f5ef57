"""Spell check in the editor window: squiggles, the context menu, the word list, the View
switch, the findings of the whole letter, and nothing of it on paper. Driven through the
widgets; the expected words come from reading the example letter."""

from __future__ import annotations

import io
import zipfile
from concurrent.futures import Future
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtPrintSupport import QPrinter
from window_helpers import run_output

from answerletter.checks import Finding
from answerletter.config import Config
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.exporters.docx import LogoPicture, write_docx
from answerletter.gui import dialogs, i18n
from answerletter.gui.spelling_service import (
    SpellingService,
    set_spelling_service,
    spelling_service,
)
from answerletter.layout import LetterLayout, write_pdf
from answerletter.layout.docx_inputs import letterhead_logo_png
from answerletter.model import (
    Answer,
    Block,
    Footnote,
    Letter,
    Marks,
    Metadata,
    Question,
    RichText,
    Run,
)
from answerletter.spelling.personal import PERSONAL_FILE
from answerletter.spelling.worker import SpellerProcess
from answerletter.templates import example_letter

#: A failure guard only: the dictionary loads in about 2 s, slower on a loaded machine.
LOAD_S = 90
TYPO = "Afghananen"
CYRILLIC = "Talibandele\u0433\u0430\u0442ie"


def squiggled(editor) -> list[str]:
    """The words the editor shows with a spell-check underline (from its layout's formats,
    which is what it paints)."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for spot in block.layout().formats():
            if spot.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[spot.start : spot.start + spot.length])
        block = block.next()
    return found


def point_of(editor, word: str) -> QPoint:
    """The viewport point in the middle of the first *word* in the editor."""
    at = editor.document().toPlainText().index(word)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at + len(word) // 2)
    return editor.cursorRect(cursor).center()


def spelling_actions(menu) -> dict[str, list]:
    found: dict[str, list] = {}
    for action in menu.actions():
        if action.objectName().startswith("spelling-"):
            found.setdefault(action.objectName(), []).append(action)
    return found


def ready_window(qtbot, make_window, letter: Letter, question: str = "q1"):
    window = make_window(letter)
    service = window.spelling.service
    qtbot.waitUntil(lambda: service.ready, timeout=LOAD_S * 1000)
    window.list_pane.select_ids([question])
    return window


def wait_squiggle(qtbot, editor, word: str) -> None:
    qtbot.waitUntil(lambda: word in squiggled(editor), timeout=LOAD_S * 1000)


class LateSpeller:
    """A real speller whose dictionary counts as loaded only when the test says so."""

    def __init__(self) -> None:
        self.real = SpellerProcess()
        self.ready: Future[None] = Future()

    def load(self) -> None:
        self.real.ready.result(LOAD_S)
        self.ready.set_result(None)

    def check(self, keys, also):
        return self.real.check(keys, also)

    def suggest(self, word):
        return self.real.suggest(word)

    def restart(self) -> None:
        self.real.restart()

    def close(self) -> None:
        self.real.close()


class SilentSuggester(LateSpeller):
    """Checks words, but never comes back with suggestions (a search that hangs)."""

    def __init__(self) -> None:
        super().__init__()
        self.ready.set_result(None)
        self.restarts = 0

    def suggest(self, word):
        return Future()

    def restart(self) -> None:
        self.restarts += 1


@pytest.fixture
def own_service(qapp):
    """Install a service made by the test; the application's comes back afterwards."""
    made: list[SpellingService] = []

    def install(service: SpellingService) -> SpellingService:
        made.append(service)
        set_spelling_service(service)
        return service

    previous = set_spelling_service(None)
    yield install
    set_spelling_service(previous)
    for service in made:
        service.close()


def test_the_window_opens_at_once_and_squiggles_come_when_the_dictionary_has_loaded(
    qtbot, make_window, own_service
) -> None:
    spellers: list[LateSpeller] = []

    def factory() -> LateSpeller:
        spellers.append(LateSpeller())
        return spellers[-1]

    service = own_service(SpellingService(factory))
    window = make_window(example_letter())  # shown and exposed: nothing waited for the load
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.editor_for("q1")
    assert TYPO in editor.document().toPlainText()
    assert not service.ready and squiggled(editor) == []
    spellers[0].load()
    wait_squiggle(qtbot, editor, TYPO)
    assert service.ready


def spelling_in_dock(window) -> list[Finding]:
    """The spelling findings the findings dock lists as open."""
    return [f for f in window.findings.pane.model.open_findings() if f.check == "spelling"]


def test_the_example_flags_afghananen_and_only_a_handful_of_other_words(qtbot, make_window) -> None:
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    # Question 1 also has "Talibandelegatie" with Cyrillic look-alike letters: flagged too.
    assert squiggled(editor) == [CYRILLIC, TYPO]
    # The whole letter, in the background: the findings dock lists the typo, in question 1.
    # The dock shows the spelling findings with the checks' first results: under load the
    # spelling scan can be done first, so wait for the dock itself, not for the scan.
    qtbot.waitUntil(lambda: any(f.location.excerpt == TYPO for f in spelling_in_dock(window)))
    spelled = spelling_in_dock(window)
    typo = next(f for f in spelled if f.location.excerpt == TYPO)
    assert typo.location.question == 1 and typo.location.item == "q1"
    assert typo.severity.value == "warning"
    # The members' names come from the letter details, not the dictionary.
    words = {f.location.excerpt for f in spelled}
    assert not {"Sneller", "Bamenga", "Rooderkerk", "Gabriëls"} & words
    # The rest: "JBZRaad" (question 11, so in the example). The look-alike word is squiggled
    # but listed once, by the check that explains it (an error with its fix).
    assert words == {TYPO, "JBZRaad"}
    mixed = [f for f in window.findings.pane.model.open_findings() if f.check == "mixed-script"]
    assert [f.location.excerpt for f in mixed] == [CYRILLIC, CYRILLIC]


def test_the_context_menu_suggests_afghanen_and_replaces_as_one_undo_step(
    qtbot, make_window
) -> None:
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    before = window.document.letter
    menu = editor.context_menu(point_of(editor, TYPO))
    try:
        qtbot.waitUntil(
            lambda: "spelling-suggestion" in spelling_actions(menu), timeout=LOAD_S * 1000
        )
        suggestions = [a.data() for a in spelling_actions(menu)["spelling-suggestion"]]
        assert "Afghanen" in suggestions and len(suggestions) <= 5
        assert menu.actions()[0].objectName() == "spelling-suggestion"  # at the top
        chosen = next(
            a for a in spelling_actions(menu)["spelling-suggestion"] if a.data() == "Afghanen"
        )
        chosen.trigger()
    finally:
        menu.deleteLater()
    question = window.document.letter.question("q1").text.plain_text()
    assert "Afghanen" in question and TYPO not in question
    assert before.question("q1").text.plain_text().replace(TYPO, "Afghanen") == question
    qtbot.waitUntil(lambda: squiggled(editor) == [CYRILLIC])
    window.undo_action.trigger()
    assert window.document.letter.question("q1").text == before.question("q1").text
    window.redo_action.trigger()
    assert window.document.letter.question("q1").text.plain_text() == question


def test_suggestions_past_the_time_limit_say_none_were_found(
    qtbot, make_window, own_service
) -> None:
    spellers: list[SilentSuggester] = []

    def factory() -> SilentSuggester:
        spellers.append(SilentSuggester())
        return spellers[-1]

    own_service(SpellingService(factory, suggest_time_limit=0.2))
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    menu = editor.context_menu(point_of(editor, TYPO))
    try:
        searching = menu.actions()[0]
        assert searching.text() == "Looking for suggestions…" and not searching.isEnabled()
        qtbot.waitUntil(lambda: searching.text() != "Looking for suggestions…")
        assert searching.text() == "No suggestions (the search took too long)"
        assert "spelling-suggestion" not in spelling_actions(menu)
        assert spellers[-1].restarts == 1  # the hanging search was stopped
    finally:
        menu.deleteLater()


def test_a_word_added_to_the_word_list_survives_a_restart(
    qtbot, make_window, tmp_path, fake_dialogs, own_service
) -> None:
    letter = Letter(
        metadata=Metadata(subject="de proef"),
        questions=(Question("q1", 1, RichText.plain("Wat doet de Kwibbelcommissie precies?")),),
    )
    window = ready_window(qtbot, make_window, letter)
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, "Kwibbelcommissie")
    menu = editor.context_menu(point_of(editor, "Kwibbelcommissie"))
    try:
        spelling_actions(menu)["spelling-add"][0].trigger()
    finally:
        menu.deleteLater()
    qtbot.waitUntil(lambda: squiggled(editor) == [])
    stored = window.config.data_directory / PERSONAL_FILE
    assert stored.read_text(encoding="utf-8").splitlines() == ["Kwibbelcommissie"]
    # A restart: a new service (new dictionary process, word list read anew), a new window.
    own_service(SpellingService())
    again = Opener(Config(window.config.directory), today=window.today).new_window(Document(letter))
    qtbot.addWidget(again)
    try:
        again.show()
        qtbot.waitUntil(lambda: again.spelling.service.ready, timeout=LOAD_S * 1000)
        again.list_pane.select_ids(["q1"])
        other = again.editor_pane.editor_for("q1")
        session = again.spelling.session
        qtbot.waitUntil(lambda: session.letter is again.document.letter)
        assert session.findings == []
        qtbot.waitUntil(lambda: all(session.verdict(t) is not None for t in _tokens(other)))
        assert squiggled(other) == []
    finally:
        again.close()


def _tokens(editor):
    from answerletter.spelling import words

    return words(editor.document().toPlainText())


def test_ignore_all_accepts_the_word_in_this_letter_only(qtbot, make_window) -> None:
    text = "De Kwibbelcommissie en nogmaals de Kwibbelcommissie."
    letter = Letter(
        metadata=Metadata(subject="de proef"),
        questions=(Question("q1", 1, RichText.plain(text)),),
    )
    window = ready_window(qtbot, make_window, letter)
    editor = window.editor_pane.editor_for("q1")
    qtbot.waitUntil(lambda: squiggled(editor) == ["Kwibbelcommissie"] * 2, timeout=LOAD_S * 1000)
    session = window.spelling.session
    qtbot.waitUntil(lambda: len(session.findings) == 2)
    menu = editor.context_menu(point_of(editor, "Kwibbelcommissie"))
    try:
        spelling_actions(menu)["spelling-ignore"][0].trigger()
    finally:
        menu.deleteLater()
    qtbot.waitUntil(lambda: squiggled(editor) == [])
    qtbot.waitUntil(lambda: session.findings == [])
    assert not window.config.data_directory.joinpath(PERSONAL_FILE).exists()
    # Another letter still flags it.
    other = ready_window(qtbot, make_window, letter)
    other_editor = other.editor_pane.editor_for("q1")
    qtbot.waitUntil(lambda: len(squiggled(other_editor)) == 2, timeout=LOAD_S * 1000)


def test_the_view_switch_turns_spelling_off_everywhere_and_is_remembered(
    qtbot, make_window
) -> None:
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    # Listed in the dock first, so that the switch is seen to take them away.
    qtbot.waitUntil(lambda: bool(spelling_in_dock(window)))
    action = window.spell_check_action
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions() and action.isCheckable() and action.isChecked()
    action.trigger()
    assert not action.isChecked()
    assert squiggled(editor) == []
    assert spelling_in_dock(window) == []
    assert Config(window.config.directory).settings.spell_check is False
    later = make_window(example_letter())
    assert not later.spell_check_action.isChecked()
    later.spell_check_action.trigger()  # on again, in every window
    assert action.isChecked()
    wait_squiggle(qtbot, editor, TYPO)
    assert Config(window.config.directory).settings.spell_check is True


def test_links_are_not_checked_and_footnote_text_is(qtbot, make_window) -> None:
    note = Footnote("fn1", (Run("Zie de Kwibbelnota van de minister."),))
    text = RichText(
        (
            Block(
                (
                    Run("Lees "),
                    Run("Kwibbelwoord", Marks(link="https://example.org/kwibbel")),
                    Run(" en de Snurfbeleid"),
                    note,
                    Run("."),
                )
            ),
        )
    )
    letter = Letter(
        metadata=Metadata(subject="de proef"),
        questions=(Question("q1", 1, RichText.plain("Een vraag?")),),
        answers=(Answer("a1", ("q1",), text),),
    )
    window = ready_window(qtbot, make_window, letter)
    editor = window.editor_pane.answer_editor
    wait_squiggle(qtbot, editor, "Snurfbeleid")
    assert squiggled(editor) == ["Snurfbeleid"]
    position = editor.document().toPlainText().index("\ufffc")
    editor.edit_footnote(position)
    popup = editor.footnote_popup()
    assert popup is not None
    try:
        wait_squiggle(qtbot, popup.body_editor, "Kwibbelnota")
        assert squiggled(popup.body_editor) == ["Kwibbelnota"]
    finally:
        popup.cancel()
    findings = window.spelling.session
    qtbot.waitUntil(lambda: {f.location.excerpt for f in findings.findings} == {
        "Snurfbeleid", "Kwibbelnota"})  # fmt: skip
    assert {f.location.part.value for f in findings.findings} == {"answer", "footnote"}


def test_squiggles_never_reach_the_pdf_the_word_document_or_the_printer(
    qtbot, make_window, tmp_path, fake_dialogs, monkeypatch
) -> None:
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    letter = window.document.letter
    # What the letter gives without any window or squiggle.
    plain_pdf = tmp_path / "plain.pdf"
    write_pdf(LetterLayout(letter, window.profile), plain_pdf)
    plain_docx = tmp_path / "plain.docx"
    layout = LetterLayout(letter, window.profile)
    logo = letterhead_logo_png(layout)
    write_docx(letter, plain_docx, page_count=layout.page_count, profile=window.profile,
               logo=LogoPicture(*logo) if logo else None)  # fmt: skip

    shown_pdf = tmp_path / "shown.pdf"
    monkeypatch.setattr(dialogs, "get_pdf_path", lambda parent, suggested: shown_pdf)
    assert run_output(qtbot, window, window.export_action) == "succeeded"
    shown_docx = tmp_path / "shown.docx"
    monkeypatch.setattr(dialogs, "get_docx_path", lambda parent, suggested: shown_docx)
    assert run_output(qtbot, window, window.export_docx_action) == "succeeded"
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(dialogs, "get_printer", lambda parent: _pdf_printer(printed))
    assert run_output(qtbot, window, window.print_action) == "succeeded"
    assert all(_complete(p) for p in (shown_pdf, shown_docx, printed))
    assert TYPO in squiggled(editor)  # still shown while all this was made

    assert _page_streams(shown_pdf) == _page_streams(plain_pdf)
    assert _no_stroke_under(shown_pdf, TYPO) and _no_stroke_under(printed, TYPO)
    shown_xml = zipfile.ZipFile(shown_docx).read("word/document.xml")
    assert shown_xml == zipfile.ZipFile(plain_docx).read("word/document.xml")
    assert _docx_run_with(shown_docx, TYPO).find("w:rPr/w:u", _W) is None
    # The control: the editor's own document, printed as it stands, does carry the squiggle
    # (so the checks above would see one).
    control = tmp_path / "control.pdf"
    editor.document().print_(_pdf_printer(control))
    assert not _no_stroke_under(control, TYPO)


_W = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def _complete(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    data = path.read_bytes()
    return (
        data.rstrip().endswith(b"%%EOF")
        if path.suffix == ".pdf"
        else zipfile.is_zipfile(io.BytesIO(data))
    )


def _page_streams(path: Path) -> list[bytes]:
    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(path).pages]


def _no_stroke_under(path: Path, word: str) -> bool:
    """No line, rectangle or curve drawn across the word's box (an underline would be)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            boxes = [w for w in page.extract_words() if word in w["text"]]
            shapes = page.lines + page.rects + page.curves
            for box in boxes:
                for shape in shapes:
                    overlaps_x = shape["x0"] < box["x1"] and shape["x1"] > box["x0"]
                    near_y = box["top"] - 2 < shape["top"] < box["bottom"] + 4
                    if overlaps_x and near_y:
                        return False
            if boxes:
                return True
    raise AssertionError(f"{word} not found in {path}")


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _docx_run_with(path: Path, word: str):
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    for run in root.iter(f"{{{_W['w']}}}r"):
        if word in "".join(t.text or "" for t in run.findall("w:t", _W)):
            return run
    raise AssertionError(f"{word} not in the Word document")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_spelling_menu_speaks_both_languages_with_unique_letters(
    qtbot, make_window, language
) -> None:
    from test_shortcut_letters import action_entries, clashes

    i18n.install(language)
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    menu = editor.context_menu(point_of(editor, TYPO))
    try:
        ours = spelling_actions(menu)
        texts = {
            "en": ("&Add to Word List", "&Ignore All"),
            "nl": ("Toevoegen aan &woordenlijst", "Overal ne&geren"),
        }[language]
        assert (ours["spelling-add"][0].text(), ours["spelling-ignore"][0].text()) == texts
        assert clashes(action_entries(menu.actions())) == []
    finally:
        menu.deleteLater()
    assert (
        window.spell_check_action.text()
        == {"en": "Check &Spelling", "nl": "&Spelling controleren"}[language]
    )


def test_the_application_has_one_spelling_service(make_window) -> None:
    first, second = make_window(), make_window()
    assert first.spelling.service is second.spelling.service is spelling_service()


def test_the_word_being_typed_is_flagged_when_the_cursor_leaves_it(qtbot, make_window) -> None:
    letter = Letter(
        metadata=Metadata(subject="de proef"),
        questions=(Question("q1", 1, RichText.plain("Een vraag over")),),
    )
    window = ready_window(qtbot, make_window, letter)
    editor = window.editor_pane.editor_for("q1")
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Kwibbelnota")
    session = window.spelling.session
    qtbot.waitUntil(lambda: bool(session.findings) and session.letter is window.document.letter)
    assert "Kwibbelnota" in {f.location.excerpt for f in session.findings}  # the letter knows
    assert squiggled(editor) == []  # but the word is still being typed
    qtbot.keyClicks(editor, " en")
    wait_squiggle(qtbot, editor, "Kwibbelnota")
    assert squiggled(editor) == ["Kwibbelnota"]


class BrokenSpeller:
    """A dictionary that cannot be loaded (a damaged installation)."""

    def __init__(self) -> None:
        from answerletter.spelling.worker import SpellerStoppedError

        self.ready: Future[None] = Future()
        self.ready.set_exception(SpellerStoppedError("the dictionary could not be loaded"))

    def _failed(self, *args):
        from answerletter.spelling.worker import SpellerStoppedError

        future: Future = Future()
        future.set_exception(SpellerStoppedError("the dictionary could not be loaded"))
        return future

    check = scan = suggest = _failed

    def restart(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_dictionary_that_cannot_load_says_so_and_the_editor_goes_on(
    qtbot, make_window, own_service
) -> None:
    service = own_service(SpellingService(BrokenSpeller))
    window = make_window(example_letter())
    qtbot.waitUntil(lambda: service.failed)
    message = window.statusBar().currentMessage()
    assert message == "Spell check is not available: the Dutch dictionary could not be loaded."
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane.editor_for("q1")
    assert squiggled(editor) == []
    menu = editor.context_menu(point_of(editor, TYPO))
    try:
        assert spelling_actions(menu) == {}
    finally:
        menu.deleteLater()
    editor.textCursor().insertText("Nog ")
    assert window.document.letter.question("q1").text.plain_text().startswith("Nog ")


def test_a_correct_word_has_no_spelling_items_in_its_menu(qtbot, make_window) -> None:
    window = ready_window(qtbot, make_window, example_letter())
    editor = window.editor_pane.editor_for("q1")
    wait_squiggle(qtbot, editor, TYPO)
    menu = editor.context_menu(point_of(editor, "gesprekken"))
    try:
        assert spelling_actions(menu) == {}
        assert menu.actions()[0].objectName() == "edit-undo"  # Qt's own menu, as before
    finally:
        menu.deleteLater()


def test_a_suggestion_in_a_footnote_goes_into_the_letter_when_the_popup_is_done(
    qtbot, make_window
) -> None:
    note = Footnote("fn1", (Run("Zie de brief over Afghananen."),))
    text = RichText((Block((Run("Het antwoord"), note, Run("."))),))
    letter = Letter(
        metadata=Metadata(subject="de proef"),
        questions=(Question("q1", 1, RichText.plain("Een vraag?")),),
        answers=(Answer("a1", ("q1",), text),),
    )
    window = ready_window(qtbot, make_window, letter)
    editor = window.editor_pane.answer_editor
    editor.edit_footnote(editor.document().toPlainText().index("\ufffc"))
    popup = editor.footnote_popup()
    body = popup.body_editor
    wait_squiggle(qtbot, body, TYPO)
    menu = body.context_menu(point_of(body, TYPO))
    try:
        qtbot.waitUntil(
            lambda: "spelling-suggestion" in spelling_actions(menu), timeout=LOAD_S * 1000
        )
        chosen = [
            a for a in spelling_actions(menu)["spelling-suggestion"] if a.data() == "Afghanen"
        ]
        chosen[0].trigger()
    finally:
        menu.deleteLater()
    assert body.document().toPlainText() == "Zie de brief over Afghanen."
    assert window.document.letter.answer("a1").text == text  # not before the popup is done
    popup.keep()
    (kept,) = window.document.letter.answer("a1").text.footnotes()
    assert kept.plain_text() == "Zie de brief over Afghanen."
    window.undo_action.trigger()
    assert window.document.letter.answer("a1").text == text
