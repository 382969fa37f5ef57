"""Shortcut letters (the "&" in a text) are unique wherever they compete, in both languages.

Alt+letter acts on the one item with that letter; when two items in one scope share it, Qt
cycles the focus between them instead of acting. The scopes: the main window (menu bar
titles, the letter-details tabs and every label, button and check box that can be on screen
together with them: a tab's page competes with the window, not with the other pages), each
menu and submenu, the question list's and the text editor's context menus, and each dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)
from window_helpers import small_letter

from answerletter.gui import i18n
from answerletter.gui.richtext.linkdialog import LinkDialog

LANGUAGES = ["en", "nl"]


def letter_of(text: str) -> str | None:
    """The shortcut letter of *text* ("Op&slaan" → "s"; "&&" is a literal ampersand)."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return None


@dataclass(frozen=True)
class Entry:
    letter: str
    text: str
    #: (id of a QTabWidget, page index) for every tab page the item sits on.
    pages: tuple[tuple[int, int], ...] = ()

    def together_with(self, other: Entry) -> bool:
        mine = dict(self.pages)
        return all(mine.get(tabs, page) == page for tabs, page in other.pages)


def clashes(entries: list[Entry]) -> list[tuple[str, str, str]]:
    found = []
    for i, first in enumerate(entries):
        for second in entries[i + 1 :]:
            if first.letter == second.letter and first.together_with(second):
                found.append((first.letter, first.text, second.text))
    return found


def _pages(widget: QWidget, top: QWidget) -> tuple[tuple[int, int], ...]:
    pages = []
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            pages.append((id(tabs), tabs.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(pages)


def _entry(text: str, widget: QWidget, top: QWidget) -> list[Entry]:
    letter = letter_of(text)
    return [Entry(letter, text, _pages(widget, top))] if letter else []


def widget_entries(top: QWidget) -> list[Entry]:
    """Every label (with a buddy), button, check box, group box and tab title in *top*."""
    entries: list[Entry] = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top:
            continue  # a dialog or popup of its own
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            entries += _entry(widget.text(), widget, top)
        elif isinstance(widget, QGroupBox):
            entries += _entry(widget.title(), widget, top)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                entries += _entry(widget.tabText(index), widget, top)
    return entries


def action_entries(actions: list[QAction]) -> list[Entry]:
    return [
        Entry(letter, action.text())
        for action in actions
        if not action.isSeparator() and (letter := letter_of(action.text()))
    ]


def all_menus(menu: QMenu) -> list[QMenu]:
    menus = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            menus += all_menus(action.menu())
    return menus


@pytest.fixture(params=LANGUAGES)
def window(request, make_window):
    i18n.install(request.param)
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    # The window really speaks the language under test.
    first_menu = window.menuBar().actions()[0].text()
    assert first_menu == {"en": "&File", "nl": "&Bestand"}[request.param]
    return window


def test_the_main_window_has_one_item_per_letter(window):
    menu_titles = action_entries(window.menuBar().actions())
    assert len(menu_titles) == 6  # File, Edit, Format, Questions, View, Help
    # The letter-details form sits in the window: its tabs and fields compete with the menus.
    assert len(widget_entries(window)) >= 25
    assert clashes(menu_titles + widget_entries(window)) == []


def test_every_menu_has_one_item_per_letter(window):
    window.recent_menu.aboutToShow.emit()
    menus = [m for action in window.menuBar().actions() for m in all_menus(action.menu())]
    assert len(menus) >= 6
    for menu in menus:
        assert clashes(action_entries(menu.actions())) == [], menu.title()


def test_the_question_list_context_menu_has_one_item_per_letter(window):
    actions = window.list_pane.view.actions()
    assert len(actions) >= 8
    assert clashes(action_entries(actions)) == []


def test_the_text_context_menu_has_one_item_per_letter(window, qtbot):
    editor = window.editor_pane.answer_editor
    editor.setFocus()
    editor.selectAll()
    menu = editor.context_menu(QPoint(1, 1), every_item=True)
    try:
        entries = action_entries(menu.actions())
        # Qt's own items and ours: undo, cut, copy, paste, plain paste, link, footnote ...
        assert len(entries) >= 8
        assert clashes(entries) == []
    finally:
        menu.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_link_dialog_has_one_item_per_letter(qapp, language):
    i18n.install(language)
    dialog = LinkDialog(None, "https://www.rijksoverheid.nl", ask_text=True, can_remove=True)
    try:
        entries = widget_entries(dialog)
        buttons = dialog.findChildren(QDialogButtonBox)
        assert buttons and len(entries) >= 3
        assert clashes(entries) == []
    finally:
        dialog.deleteLater()


def test_letter_of():
    assert letter_of("Op&slaan") == "s"
    assert letter_of("Save && close") is None
    assert letter_of("A && B &c") == "c"
    assert letter_of("Geen letter") is None
    assert clashes([Entry("s", "Op&slaan"), Entry("s", "&Sluiten")]) == [
        ("s", "Op&slaan", "&Sluiten")
    ]
    # Items on different pages of one tab widget never compete.
    assert clashes([Entry("b", "&Brief", ((1, 0),)), Entry("b", "&Betreft", ((1, 1),))]) == []
