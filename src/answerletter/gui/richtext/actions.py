"""The editor's formatting actions (with their shortcuts) and the format toolbar.

Actions belong to their editor and fire only while it (or a child) has focus, so a window can
hold a question editor and an answer editor without shortcut clashes. Their checked state
follows the format at the cursor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton

if TYPE_CHECKING:
    from answerletter.gui.richtext.editor import RichTextEditor


# Called by this name with a literal context, so pyside6-lupdate finds every string.
translate = QCoreApplication.translate


@dataclass
class FormatActions:
    """Every action of one editor; list, indent and footnote actions are None for an inline
    editor (a footnote's own text)."""

    bold: QAction
    italic: QAction
    underline: QAction
    superscript: QAction
    subscript: QAction
    link: QAction
    remove_link: QAction
    paste_plain: QAction
    bullet_list: QAction | None = None
    numbered_list: QAction | None = None
    outdent: QAction | None = None
    indent: QAction | None = None
    footnote: QAction | None = None
    edit_footnote: QAction | None = None

    def __iter__(self) -> Iterator[QAction]:
        for item in fields(self):
            action = getattr(self, item.name)
            if action is not None:
                yield action


@dataclass(frozen=True, slots=True)
class _Spec:
    name: str
    text: str  # menu text
    label: str  # toolbar button text
    tip: str
    keys: tuple[str, ...]
    slot: str  # the editor method it triggers
    checkable: bool = False


def _specs() -> list[_Spec]:
    """Every action, in toolbar order (translated when called)."""
    return [
        _Spec(
            "bold",
            translate("RichTextEditor", "&Bold"),
            "B",
            translate("RichTextEditor", "Bold"),
            ("Ctrl+B",),
            "toggle_bold",
            True,
        ),
        _Spec(
            "italic",
            translate("RichTextEditor", "&Italic"),
            "I",
            translate("RichTextEditor", "Italic"),
            ("Ctrl+I",),
            "toggle_italic",
            True,
        ),
        _Spec(
            "underline",
            translate("RichTextEditor", "&Underline"),
            "U",
            translate("RichTextEditor", "Underline"),
            ("Ctrl+U",),
            "toggle_underline",
            True,
        ),
        _Spec(
            "superscript",
            translate("RichTextEditor", "Su&perscript"),
            "x²",
            translate("RichTextEditor", "Superscript"),
            # Word's keys. Ctrl+Shift+= arrives as "+" with Shift on most layouts; a "+" without
            # Shift (its own key, the keypad) is Ctrl++, the editors' text size (gui.text_zoom).
            ("Ctrl+Shift+=", "Ctrl+Shift++"),
            "toggle_superscript",
            True,
        ),
        _Spec(
            "subscript",
            translate("RichTextEditor", "Subs&cript"),
            "x₂",
            translate("RichTextEditor", "Subscript"),
            ("Ctrl+=",),
            "toggle_subscript",
            True,
        ),
        _Spec(
            "link",
            translate("RichTextEditor", "&Link…"),
            translate("RichTextEditor", "Link"),
            translate("RichTextEditor", "Insert or edit a link"),
            ("Ctrl+K",),
            "edit_link",
            True,
        ),
        _Spec(
            "remove_link",
            translate("RichTextEditor", "Re&move Link"),
            translate("RichTextEditor", "Unlink"),
            translate("RichTextEditor", "Remove the link"),
            ("Ctrl+Shift+K",),
            "remove_link",
        ),
        _Spec(
            "paste_plain",
            translate("RichTextEditor", "Paste &Without Formatting"),
            translate("RichTextEditor", "Paste text"),
            translate("RichTextEditor", "Paste the clipboard's text without its formatting"),
            ("Ctrl+Shift+V",),
            "paste_plain",
        ),
        _Spec(
            "bullet_list",
            translate("RichTextEditor", "Bulle&ted List"),
            "•",
            translate("RichTextEditor", "Bulleted list"),
            ("Ctrl+Shift+8",),
            "toggle_bullet_list",
            True,
        ),
        _Spec(
            "numbered_list",
            translate("RichTextEditor", "&Numbered List"),
            "1.",
            translate("RichTextEditor", "Numbered list"),
            ("Ctrl+Shift+7",),
            "toggle_numbered_list",
            True,
        ),
        _Spec(
            "outdent",
            translate("RichTextEditor", "&Decrease Indent"),
            "⇤",
            translate("RichTextEditor", "Decrease the list level"),
            ("Ctrl+Shift+M",),
            "outdent",
        ),
        _Spec(
            "indent",
            translate("RichTextEditor", "Incre&ase Indent"),
            "⇥",
            translate("RichTextEditor", "Increase the list level"),
            ("Ctrl+M",),
            "indent",
        ),
        _Spec(
            "footnote",
            translate("RichTextEditor", "&Footnote…"),
            translate("RichTextEditor", "Footnote"),
            translate("RichTextEditor", "Insert a footnote"),
            ("Ctrl+Alt+F",),
            "ask_footnote",
        ),
        _Spec(
            "edit_footnote",
            translate("RichTextEditor", "&Edit Footnote…"),
            translate("RichTextEditor", "Edit footnote"),
            translate("RichTextEditor", "Edit the footnote at the cursor"),
            (),
            "edit_footnote_at_cursor",
        ),
    ]


_INLINE = frozenset(("bold", "italic", "underline", "superscript", "subscript", "link"))
_INLINE_ALSO = frozenset(("remove_link", "paste_plain"))


def _make(editor: RichTextEditor, spec: _Spec) -> QAction:
    action = QAction(spec.text, editor)
    action.setObjectName(spec.name)
    action.setIconText(spec.label)
    action.setCheckable(spec.checkable)
    sequences = [QKeySequence(key) for key in spec.keys]
    action.setShortcuts(sequences)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    tip = spec.tip
    if sequences:
        tip = f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    slot: Callable[[], object] = getattr(editor, spec.slot)
    action.triggered.connect(slot)
    editor.addAction(action)
    return action


def create_actions(editor: RichTextEditor, *, inline: bool) -> FormatActions:
    """Make the editor's actions (added to the editor, so their shortcuts work in it)."""
    made = {
        spec.name: _make(editor, spec)
        for spec in _specs()
        if not inline or spec.name in _INLINE | _INLINE_ALSO
    }
    return FormatActions(**made)


_BUTTON_FONTS: dict[str, Callable[[QFont], None]] = {
    "bold": lambda f: f.setBold(True),
    "italic": lambda f: f.setItalic(True),
    "underline": lambda f: f.setUnderline(True),
}


def make_format_toolbar(editor: RichTextEditor) -> QToolBar:
    """A toolbar with the editor's formatting actions; the buttons show the state at the cursor."""
    actions = editor.format_actions
    bar = QToolBar(translate("RichTextEditor", "Formatting"), editor.parentWidget())
    bar.setObjectName("formatToolBar")
    bar.setAccessibleName(translate("RichTextEditor", "Formatting"))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    groups: list[list[QAction | None]] = [
        [actions.bold, actions.italic, actions.underline, actions.superscript, actions.subscript],
        [actions.bullet_list, actions.numbered_list, actions.outdent, actions.indent],
        [actions.link, actions.footnote],
    ]
    for group in groups:
        present = [action for action in group if action is not None]
        if not present:
            continue
        if bar.actions():
            bar.addSeparator()
        for action in present:
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.toolTip())
                style = _BUTTON_FONTS.get(action.objectName())
                if style is not None:
                    font = button.font()
                    style(font)
                    button.setFont(font)
    return bar
