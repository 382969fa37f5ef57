"""Scaling and the smaller exposure items of issue 19: the first window fits the screen (§9),
a Format menu holds every formatting action (§9), the letter-details tabs are never cut off
(§9), the Refer dialog's combo box is tied to its label, the filter's clear button has a
name, and the question list describes its status shapes (§10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QEvent, QRect, Qt
from PySide6.QtGui import QAccessible, QAction, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QToolTip,
)
from window_helpers import small_letter

from answerletter.gui import details_tabs, dialogs, i18n, window_fit
from answerletter.gui.choice_dialog import ChoiceDialog
from answerletter.gui.status_marks import legend

# -- the first window --


def test_the_first_size_follows_the_available_area():
    # A 1920 × 1080 screen at 100 % with a 40 px panel: the window asks for its usual size.
    assert window_fit.first_size(QRect(0, 0, 1920, 1040)) == window_fit.PREFERRED
    # The same screen at 200 %: 960 × 520 device-independent pixels.
    size = window_fit.first_size(QRect(0, 0, 960, 520))
    assert (size.width(), size.height()) == (int(960 * 0.92), int(520 * 0.92))
    # 1366 × 768 at 150 %, panel 32 px: 910 × 490.
    size = window_fit.first_size(QRect(0, 21, 910, 490))
    assert size.width() <= 910 and size.height() <= 490


def test_the_first_window_fits_the_available_screen(make_window):
    window = make_window(small_letter(2))
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    # Centred, not in a corner (up to the frame Qt adds once the window is shown).
    frame = window.frameGeometry()
    slack = frame.width() - window.width() + 1
    assert abs(frame.center().x() - area.center().x()) <= slack
    assert abs(frame.center().y() - area.center().y()) <= frame.height() - window.height() + 1


def test_a_restored_window_is_brought_back_onto_the_screen(make_window, config, opener):
    window = make_window(small_letter(2))
    area = window.screen().availableGeometry()
    # Saved on a screen that is not there now, larger than this one.
    window.resize(area.width() * 2, area.height() * 2)
    window.move(area.right() + 2000, area.bottom() + 1500)
    window_fit.keep_on_screen(window)
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    # And through the saved state, as the next start restores it.
    window.resize(area.width() * 2, area.height() * 2)
    window.move(area.right() + 2000, area.bottom() + 1500)
    window.save_state()
    assert config.settings.window_geometry
    again = make_window(small_letter(2))
    assert again.restoreGeometry(QByteArray(config.settings.window_geometry))
    window_fit.keep_on_screen(again)
    assert area.contains(again.frameGeometry()), (again.frameGeometry(), area)


# -- the Format menu --


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += menu_actions(action.menu())
        elif not action.isSeparator():
            found.append(action)
    return found


def all_menu_actions(window) -> list[QAction]:
    found = []
    for action in window.menuBar().actions():
        menu = action.menu()
        menu.aboutToShow.emit()  # menus filled when opened (Open Recent, Format)
        found += menu_actions(menu)
    return found


def toolbar_actions(toolbar: QToolBar) -> list[QAction]:
    return [a for a in toolbar.actions() if not a.isSeparator() and a.isVisible()]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_toolbar_action_is_also_in_a_menu(make_window, qtbot, language):
    i18n.install(language)
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    pane = window.editor_pane
    editors = [pane._rows[0].editor, pane.answer_editor]
    for editor in editors:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(editor.hasFocus)
        toolbar = pane.toolbars.currentWidget()
        assert isinstance(toolbar, QToolBar)
        in_menus = all_menu_actions(window)
        on_toolbar = toolbar_actions(toolbar)
        assert len(on_toolbar) >= 11  # B I U x² x₂ • 1. ⇤ ⇥ Link Footnote
        missing = [a.text() for a in on_toolbar if a not in in_menus]
        assert missing == [], editor.objectName()
    # The context menu's extras too (Paste Without Formatting, Remove Link, Edit Footnote).
    extras = editors[1].format_actions
    for action in (extras.paste_plain, extras.remove_link, extras.edit_footnote):
        assert action in all_menu_actions(window)


def test_the_format_menu_shows_shortcuts_and_formats_the_focused_field(make_window, qtbot):
    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    editor = window.editor_pane._rows[0].editor
    editor.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(editor.hasFocus)
    window.format_menu.aboutToShow.emit()
    entries = {a.objectName(): a for a in window.format_menu.actions() if a.objectName()}
    expected = {
        "bold": "Ctrl+B",
        "italic": "Ctrl+I",
        "underline": "Ctrl+U",
        "superscript": "Ctrl+Shift+=",
        "subscript": "Ctrl+=",
        "bullet_list": "Ctrl+Shift+8",
        "numbered_list": "Ctrl+Shift+7",
        "outdent": "Ctrl+Shift+M",
        "indent": "Ctrl+M",
        "link": "Ctrl+K",
        "footnote": "Ctrl+Alt+F",
    }
    for name, keys in expected.items():
        assert name in entries, name
        shown = [s.toString() for s in entries[name].shortcuts()]
        assert keys in shown, (name, shown)
    # The entries are the field's own: triggering Bold from the menu bolds its selection.
    editor.selectAll()
    entries["bold"].trigger()
    qtbot.waitUntil(
        lambda: window.document.letter.questions[0].text.blocks[0].content[0].marks.bold
    )


def test_without_a_question_the_format_menu_says_so(make_window):
    window = make_window(small_letter(0))
    window.format_menu.aboutToShow.emit()
    actions = window.format_menu.actions()
    assert [a.text() for a in actions] == ["No text field to format"]
    assert not actions[0].isEnabled()


# -- the letter-details tabs --


def test_the_letter_details_tabs_are_never_cut_off(make_window, qtbot):
    window = make_window(small_letter(2))
    window._show_details()
    tabs = window.form.findChild(QTabWidget, "tabs")
    bar = tabs.tabBar()
    qtbot.waitUntil(bar.isVisible)
    assert bar.count() == 5
    # Never scrolled behind arrow buttons: every tab lies inside the strip, in view.
    assert not tabs.usesScrollButtons()
    assert not any(b.isVisible() for b in bar.findChildren(QToolButton))
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
    visible = bar.visibleRegion().boundingRect()
    assert visible.contains(bar.tabRect(bar.count() - 1))
    # A narrow dock shortens the titles; hovering one shows it in full.
    window.resizeDocks([window.details_dock], [220], Qt.Orientation.Horizontal)
    last = bar.count() - 1
    qtbot.waitUntil(lambda: details_tabs.is_shortened(bar, last))
    assert bar.rect().contains(bar.tabRect(last))
    centre = bar.tabRect(last).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, bar.mapToGlobal(centre))
    QApplication.sendEvent(bar, event)
    qtbot.waitUntil(lambda: QToolTip.text() == "Postponement")
    QToolTip.hideText()
    # No tooltip is set on the tabs (a screen reader would read it as a description that
    # repeats the name); the accessible name is the full title.
    assert all(not tabs.tabToolTip(i) for i in range(bar.count()))
    # A window of the usual size gives the strip its full width: no title shortened.
    window.resize(window_fit.PREFERRED)
    window_fit.widen_docks(window)
    qtbot.waitUntil(lambda: bar.width() >= bar.sizeHint().width())
    assert not any(details_tabs.is_shortened(bar, i) for i in range(bar.count()))


# -- names and descriptions --


def accessible(widget):
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def test_the_refer_dialog_ties_its_combo_box_to_the_label(qtbot):
    dialog = ChoiceDialog(None, "Verwijzen", "Kies vraag N:", ["Vraag 1: …", "Vraag 2: …"], 1)
    qtbot.addWidget(dialog)
    assert dialog.label.buddy() is dialog.combo
    assert dialog.combo.accessibleName() == "Kies vraag N"
    # On Linux Qt gives a combo box's current item as its accessible name and conveys the
    # label through the "labelled by" relation, which screen readers read first.
    combo = accessible(dialog.combo)
    labelled_by = [other.object() for other, _ in combo.relations(QAccessible.RelationFlag.Label)]
    assert dialog.label in labelled_by
    assert dialog.chosen() == 1


def test_choose_item_answers_with_the_chosen_index(monkeypatch):
    def accept_second(self):
        self.combo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ChoiceDialog, "exec", accept_second)
    assert dialogs.choose_item(None, "t", "l:", ["a", "b", "c"]) == 1
    monkeypatch.setattr(ChoiceDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialogs.choose_item(None, "t", "l:", ["a", "b"]) is None
    assert dialogs.choose_item(None, "t", "l:", []) is None


@pytest.mark.parametrize(("language", "name"), [("en", "Clear filter"), ("nl", "Filter wissen")])
def test_the_filter_clear_button_has_a_name(make_window, qtbot, language, name):
    i18n.install(language)
    window = make_window(small_letter(2))
    box = window.list_pane.filter_box
    box.setText("vraag")
    buttons = [b for b in box.findChildren(QToolButton) if b.isVisibleTo(box)]
    assert len(buttons) == 1
    assert accessible(buttons[0]).text(QAccessible.Text.Name) == name
    field = accessible(box)
    names = [field.child(i).text(QAccessible.Text.Name) for i in range(field.childCount())]
    assert name in names
    buttons[0].click()
    assert box.text() == ""


def test_the_question_list_describes_its_status_shapes(make_window):
    window = make_window(small_letter(2))
    description = accessible(window.list_pane.view).text(QAccessible.Text.Description)
    assert description == legend()
    for words in ("open ring", "filled circle", "two bars", "triangle", "no answer yet"):
        assert words.lower() in description.lower()
