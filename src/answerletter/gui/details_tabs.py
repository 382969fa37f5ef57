"""The letter-details tab strip: every tab always in view.

Qt's default for a strip wider than its dock is to cut it off behind two small arrow
buttons ("Postponem…" clipped, the last tab reachable only by scrolling the strip). Instead
the strip never scrolls: when the dock is narrow the titles are shortened with "…" (a
shortened title shows in full as its tooltip; the accessible name is always the full
title), and the window gives the dock the strip's full width at the first start
(``window_fit.widen_docks``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyle, QTabBar, QTabWidget, QToolTip


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def is_shortened(bar: QTabBar, index: int) -> bool:
    """Whether tab *index* shows its title shortened ("Postpo…")."""
    title = _without_mnemonic(bar.tabText(index))
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    return bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(title) + padding


class _FullTitleTips(QObject):
    """The full title as tooltip of a shortened tab — and no tooltip otherwise, which a
    screen reader would read out as a description repeating the name."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(watched, QTabBar)
            and isinstance(event, QHelpEvent)
        ):
            index = watched.tabAt(event.pos())
            if index >= 0 and not watched.tabToolTip(index) and is_shortened(watched, index):
                QToolTip.showText(
                    event.globalPos(), _without_mnemonic(watched.tabText(index)), watched
                )
                return True
        return super().eventFilter(watched, event)


def keep_tabs_in_view(tabs: QTabWidget) -> None:
    """Shorten titles instead of scrolling the strip; show a shortened title on hover."""
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    bar.installEventFilter(_FullTitleTips(bar))
