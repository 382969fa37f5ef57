"""The application's style without widget animations.

Qt's main window animates its docks through ``QPropertyAnimation`` objects that it makes and
destroys on the GUI thread at every layout change, even with animation off, whenever the
style gives widget animations a duration. Destroying one calls back into Python (the
wrapper of a Python-made widget) while Qt holds its connection lock; a layout or export
thread that meanwhile holds Python's interpreter lock and waits for that Qt lock (PySide
keeps the interpreter lock through ``QTextDocument.documentLayout()``) deadlocks with it.
This was seen as hung tests, with gdb stacks. A style whose widget animation duration is 0
makes no such objects. Everything else is the chosen style's (``-style`` included).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


class NoAnimationStyle(QProxyStyle):
    """The base style, with no widget animations (dock and toolbar moves are immediate)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: Any = None,
        widget: Any = None,
        returnData: Any = None,  # noqa: N803 - Qt's name
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return int(super().styleHint(hint, option, widget, returnData))


def install_no_animation_style(app: QApplication) -> None:
    """Wrap *app*'s style (once), keeping its palette."""
    if isinstance(app.style(), NoAnimationStyle):
        return
    palette = app.palette()
    app.setStyle(NoAnimationStyle(app.style().name()))
    app.setPalette(palette)
