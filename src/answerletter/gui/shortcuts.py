"""Help ▸ Keyboard Shortcuts: every shortcut of the window in one list.

The list is read from the window's real actions each time it is shown — the menus (with the
menu each action is in), the text editors' formatting actions and any other action with a
shortcut — so it can never go stale. Keys that widgets handle themselves, which no action
carries (the footnote popup's Enter / Shift+Enter / Esc, the question list's arrows, the
preview's zoom), are listed from ``widget_keys``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from answerletter.gui.richtext import RichTextEditor

if TYPE_CHECKING:
    from answerletter.gui.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    """One line of the list: where it works, what it does, its keys (as shown)."""

    group: str
    name: str
    keys: str


def plain_name(text: str) -> str:
    """A menu text as a name: "Save &As…" → "Save As" ("&&" is a literal "&")."""
    name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return name.removesuffix("…").removesuffix("...").strip()


def key_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(seq.toString(native) for seq in action.shortcuts() if not seq.isEmpty())


def _menu_actions(menu: QMenu, path: str) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_actions(submenu, f"{path} ▸ {plain_name(submenu.title())}")
        elif not action.isSeparator():
            yield path, action


def _translate(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


_FOOTNOTE = str(QT_TRANSLATE_NOOP("Shortcuts", "Footnote editor"))
_QUESTIONS = str(QT_TRANSLATE_NOOP("Shortcuts", "Question list"))
_TEXT = str(QT_TRANSLATE_NOOP("Shortcuts", "Text editor"))
_PREVIEW = str(QT_TRANSLATE_NOOP("Shortcuts", "Preview"))
_WINDOW = str(QT_TRANSLATE_NOOP("Shortcuts", "Window"))
_FIND = str(QT_TRANSLATE_NOOP("Shortcuts", "Find bar"))
_DOUBLE_CLICK = str(QT_TRANSLATE_NOOP("Shortcuts", "double-click"))
_CTRL_CLICK = str(QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+click"))

#: (where, what, keys): the keys the widgets handle themselves; a key text in
#: TRANSLATED_KEYS is a word ("double-click"), the others are keys as Qt names them.
WIDGET_KEYS = (
    (_FOOTNOTE, str(QT_TRANSLATE_NOOP("Shortcuts", "Done: keep the footnote's text")), "Enter"),
    (_FOOTNOTE, str(QT_TRANSLATE_NOOP("Shortcuts", "New line in the footnote")), "Shift+Enter"),
    (_FOOTNOTE, str(QT_TRANSLATE_NOOP("Shortcuts", "Cancel: keep the text as it was")), "Esc"),
    (_TEXT, str(QT_TRANSLATE_NOOP("Shortcuts", "Edit the footnote at a mark")), _DOUBLE_CLICK),
    (_TEXT, str(QT_TRANSLATE_NOOP("Shortcuts", "Next field / previous field")), "Tab / Shift+Tab"),
    (_TEXT, str(QT_TRANSLATE_NOOP("Shortcuts", "New line in the same paragraph")), "Shift+Enter"),
    (_QUESTIONS, str(QT_TRANSLATE_NOOP("Shortcuts", "Previous / next question")), "Up / Down"),
    (_QUESTIONS, str(QT_TRANSLATE_NOOP("Shortcuts", "First / last question")), "Home / End"),
    (
        _QUESTIONS,
        str(QT_TRANSLATE_NOOP("Shortcuts", "Select a range of questions")),
        "Shift+Up / Shift+Down",
    ),
    (_QUESTIONS, str(QT_TRANSLATE_NOOP("Shortcuts", "Select more questions")), _CTRL_CLICK),
    (_PREVIEW, str(QT_TRANSLATE_NOOP("Shortcuts", "Zoom in / zoom out")), "Ctrl++ / Ctrl+-"),
    (_PREVIEW, str(QT_TRANSLATE_NOOP("Shortcuts", "Fit the width")), "Ctrl+0"),
    (_FIND, str(QT_TRANSLATE_NOOP("Shortcuts", "Next hit / previous hit")), "Enter / Shift+Enter"),
    (
        _FIND,
        str(QT_TRANSLATE_NOOP("Shortcuts", "Replace this hit (in the replace field)")),
        "Enter",
    ),
    (_FIND, str(QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar")), "Esc"),
)
TRANSLATED_KEYS = frozenset((_DOUBLE_CLICK, _CTRL_CLICK))


def widget_keys() -> list[Shortcut]:
    """Keys the widgets handle themselves (no action carries them), translated."""
    return [
        Shortcut(
            _translate(group),
            _translate(name),
            _translate(keys) if keys in TRANSLATED_KEYS else keys,
        )
        for group, name, keys in WIDGET_KEYS
    ]


def window_shortcuts(window: MainWindow) -> list[Shortcut]:
    """Every shortcut of *window*: menu actions (grouped by menu), the text editors'
    actions, any other action with keys, then the widgets' own keys."""
    found: list[Shortcut] = []
    seen: set[tuple[str, str]] = set()
    listed: set[int] = set()

    def add(group: str, action: QAction) -> None:
        keys = key_text(action)
        listed.add(id(action))
        if not keys:
            return
        name = plain_name(action.text())
        if (name, keys) not in seen:
            seen.add((name, keys))
            found.append(Shortcut(group, name, keys))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for path, action in _menu_actions(menu, plain_name(menu.title())):
                add(path, action)
    text_group = _translate(_TEXT)
    other_group = _translate(_WINDOW)
    for action in window.findChildren(QAction):
        if id(action) in listed or not key_text(action):
            continue
        owner = action.parent()
        group = text_group if isinstance(owner, RichTextEditor) else other_group
        add(group, action)
    found.extend(widget_keys())
    return found


class ShortcutsDialog(QDialog):
    """The list, filterable, beside the window (not modal: one can keep it open)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter shortcuts…"))
        self.filter_box.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        label = QLabel(self.tr("&Filter:"), self)
        label.setBuddy(self.filter_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.filter_box.textChanged.connect(self._filter)
        self.resize(620, 640)
        self.refresh()

    def refresh(self) -> None:
        """Read the window's actions anew."""
        self.shortcuts = window_shortcuts(self.window_)
        self.tree.clear()
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        by_name: dict[str, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for shortcut in self.shortcuts:
            group = by_name.get(shortcut.group)
            if group is None:
                parent = QTreeWidgetItem(self.tree, [shortcut.group])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                group = by_name[shortcut.group] = (parent, [])
                self._groups.append(group)
            group[1].append(QTreeWidgetItem(group[0], [shortcut.name, shortcut.keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._filter(self.filter_box.text())

    def _items(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each group's item with its lines' items (as the tree holds them)."""
        return self._groups

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for group, items in self._items():
            shown = 0
            for item in items:
                line = f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                hide = bool(wanted) and wanted not in line
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, command, keys) of every line, shown or not."""
        return [
            (group.text(0), item.text(0), item.text(1))
            for group, items in self._items()
            for item in items
        ]

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The lines the filter leaves in view."""
        return [
            (group.text(0), item.text(0), item.text(1))
            for group, items in self._items()
            for item in items
            if not item.isHidden() and not group.isHidden()
        ]
