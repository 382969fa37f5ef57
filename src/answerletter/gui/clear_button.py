"""A name for the clear button Qt adds to a line edit (``setClearButtonEnabled``).

Qt's button has neither text nor tooltip, so a screen reader announces an unnamed button.
Qt makes it from an action with a fixed object name; the action's text and tooltip become
the button's, and the button gets the accessible name itself as well.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton

#: The object name Qt gives the clear action (qlineedit_p.cpp; stable since Qt 5.2).
CLEAR_ACTION = "_q_qlineeditclearaction"


def name_clear_button(edit: QLineEdit, name: str) -> bool:
    """Enable *edit*'s clear button and name it *name*; False when Qt made none we know."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is None:
        return False
    action.setText(name)
    action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(name)
            button.setToolTip(name)
    return True
