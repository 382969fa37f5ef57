"""The letter-details tab strip: every tab always in view.

Qt's default for a strip wider than its dock is to cut it off behind two small arrow
buttons ("Postponem…" clipped, the last tab reachable only by scrolling the strip). Instead
the strip never scrolls: when the dock is narrow the titles are shortened with "…" (the full
title stays the tab's tooltip and accessible name), and the window gives the dock the
strip's full width at the first start (``window_fit.widen_docks``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keep_tabs_in_view(tabs: QTabWidget) -> None:
    """Elide titles instead of scrolling the strip; name every tab in full."""
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    bar = tabs.tabBar()
    bar.setExpanding(False)
    for index in range(tabs.count()):
        title = _without_mnemonic(tabs.tabText(index))
        tabs.setTabToolTip(index, title)
