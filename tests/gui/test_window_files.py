"""Files through the window: save and reopen, save as, open errors, unsaved changes on close
and on open, dropping a .kvb file, recent files."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from window_helpers import small_letter

from answerletter.fileformat import load_letter, save_letter
from answerletter.gui.dialogs import SaveChoice
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text


def modify(window):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain("Gewijzigd.")), "test")


def test_save_as_then_reopen_through_the_gui(make_window, fake_dialogs, tmp_path):
    window = make_window(small_letter(3))
    modify(window)
    target = tmp_path / "brief.kvb"
    fake_dialogs.save_path = target
    window.save_action.trigger()
    assert load_letter(target) == window.document.letter
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("brief.kvb")
    assert window.config.settings.recent_files == (str(target.resolve()),)

    other = tmp_path / "ander.kvb"
    save_letter(small_letter(5), other)
    fake_dialogs.open_path = other
    window.open_action.trigger()
    assert len(window.document.letter.questions) == 5
    assert window.model.rowCount() == 5
    assert window.document.path == other
    fake_dialogs.open_path = target
    window.open_action.trigger()
    assert window.document.letter.answer("a1").text.plain_text() == "Gewijzigd."
    assert not window.document.undo_stack.canUndo()


def test_save_writes_to_the_known_path_without_asking(make_window, fake_dialogs, tmp_path):
    path = tmp_path / "bestaand.kvb"
    save_letter(small_letter(2), path)
    window = make_window(load_letter(path), path)
    modify(window)
    window.save_action.trigger()
    assert "save" not in fake_dialogs.calls
    assert load_letter(path).answer("a1").text.plain_text() == "Gewijzigd."


def test_an_invalid_file_gives_a_message_and_keeps_the_letter(make_window, fake_dialogs, tmp_path):
    window = make_window(small_letter(3))
    modify(window)
    before = window.document.letter
    bad = tmp_path / "kapot.kvb"
    bad.write_text("<letter>dit is geen brief", encoding="utf-8")
    fake_dialogs.open_path = bad
    fake_dialogs.save_choice = SaveChoice.DISCARD
    window.open_action.trigger()
    assert fake_dialogs.errors and "kapot.kvb" in fake_dialogs.errors[0][1]
    assert fake_dialogs.errors[0][2]  # the reader's problems in the details
    assert window.document.letter is before


def test_a_failed_save_keeps_the_letter_modified(make_window, fake_dialogs, tmp_path):
    window = make_window(small_letter(3))
    modify(window)
    fake_dialogs.save_path = tmp_path / "geen-map" / "brief.kvb"
    window.save_as_action.trigger()
    assert fake_dialogs.errors
    assert window.isWindowModified()


def test_closing_with_unsaved_changes_cancel_discard_save(make_window, fake_dialogs, tmp_path):
    window = make_window(small_letter(3))
    modify(window)
    fake_dialogs.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert fake_dialogs.calls == ["ask_save"]

    fake_dialogs.save_choice = SaveChoice.SAVE
    fake_dialogs.save_path = tmp_path / "bewaard.kvb"
    assert window.close()
    assert load_letter(tmp_path / "bewaard.kvb").answer("a1").text.plain_text() == "Gewijzigd."


def test_closing_without_changes_does_not_ask(make_window, fake_dialogs):
    window = make_window(small_letter(2))
    assert window.close()
    assert "ask_save" not in fake_dialogs.calls


def test_discard_closes_and_remembers_the_window_state(make_window, fake_dialogs, config):
    window = make_window(small_letter(2))
    modify(window)
    fake_dialogs.save_choice = SaveChoice.DISCARD
    assert window.close()
    assert config.settings.window_state and config.settings.splitter_state


def drop_files(window, *paths):
    """Drag *paths* onto the window and drop them, as the platform does: a drop reaches only
    the widget that accepted the drag's enter event."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPoint(10, 10).toPointF(), *args)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop


def test_dropping_a_kvb_file_opens_it(make_window, tmp_path):
    window = make_window(small_letter(2))
    path = tmp_path / "gesleept.kvb"
    save_letter(small_letter(4), path)
    entered, event = drop_files(window, path)
    assert entered
    assert event.isAccepted()
    assert window.document.path == path
    assert window.model.rowCount() == 4


def test_dropping_other_files_is_refused(make_window, tmp_path):
    window = make_window(small_letter(2))
    path = tmp_path / "notities.txt"
    path.write_text("x")
    entered, event = drop_files(window, path)
    assert not entered and not event.isAccepted()
    assert window.document.path is None


def test_open_recent_menu_lists_and_opens(make_window, tmp_path, config):
    path = tmp_path / "recent.kvb"
    save_letter(small_letter(4), path)
    config.add_recent_file(path)
    window = make_window(small_letter(2))
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().endswith("recent.kvb")]
    assert len(entries) == 1
    entries[0].trigger()
    assert window.document.path == path


def test_new_from_example_and_new_empty(make_window, fake_dialogs):
    window = make_window(small_letter(2))
    window.new_example_action.trigger()
    assert len(window.document.letter.questions) == 11
    assert window.document.path is None
    window.new_action.trigger()
    assert window.document.letter.questions == ()
    assert window.editor_pane.current_id == ""


def test_file_open_of_a_letter_open_in_another_window_brings_that_window_forward(
    make_window, opener, fake_dialogs, tmp_path
):
    path = tmp_path / "gedeeld.kvb"
    save_letter(small_letter(4), path)
    first = opener.open_path(path)
    assert first is not None
    second = make_window(small_letter(2))
    modify(second)
    fake_dialogs.open_path = path
    second.open_action.trigger()
    # Not opened twice: the window that has it comes forward; the other keeps its letter.
    assert opener.windows() == [first, second]
    assert [w.document.path for w in opener.windows()] == [path, None]
    assert second.document.letter.answer("a1").text.plain_text() == "Gewijzigd."
    assert "ask_save" not in fake_dialogs.calls
    first.close()
