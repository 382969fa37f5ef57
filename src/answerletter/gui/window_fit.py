"""The main window's first size and place: fitted to the screen's available area (without
panels and docks), so at 150 % or 200 % scaling, or on a small laptop screen, the preview,
the status bar and the panel tabs start on the screen, not beyond its edge.

A restored geometry (the size and place the window had last time) is kept, but brought back
onto a screen that is there now and shrunk to fit it: screens change between sessions
(a laptop leaves its docking station, the scaling goes up).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

#: The size the window asks for where the screen has room (device-independent pixels).
PREFERRED = QSize(1400, 860)
#: Where it has not: this share of the available area, leaving a margin to grab other windows.
SHARE = 0.92


def _screen_of(window: QWidget) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def first_size(area: QRect) -> QSize:
    """The first window size for a screen whose available area is *area*."""
    return QSize(
        min(PREFERRED.width(), int(area.width() * SHARE)),
        min(PREFERRED.height(), int(area.height() * SHARE)),
    )


def place_first_window(window: QWidget) -> None:
    """Size *window* for its screen and centre it in the available area."""
    screen = _screen_of(window)
    if screen is None:  # no screen at all: keep Qt's default
        window.resize(PREFERRED)
        return
    area = screen.availableGeometry()
    window.resize(first_size(area))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
    if isinstance(window, QMainWindow):
        widen_docks(window)


def widen_docks(window: QMainWindow) -> None:
    """Give each left or right dock the width its contents ask for (the letter-details tab
    strip in full), up to a third of the window, at the first start."""
    sides = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
    docks = [
        dock
        for dock in window.findChildren(QDockWidget)
        if window.dockWidgetArea(dock) in sides and not dock.isFloating()
    ]
    limit = window.width() // 3
    widths = [min(limit, max(dock.width(), dock.sizeHint().width())) for dock in docks]
    if docks:
        window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)


def _frame_margins(window: QWidget) -> QSize:
    """What the window frame adds to the client size (0 before the window is shown)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(frame.width() - inner.width(), frame.height() - inner.height())


def keep_on_screen(window: QWidget) -> None:
    """Bring a restored window onto a visible screen and shrink it to fit there."""
    frame = window.frameGeometry()
    screens = QGuiApplication.screens()
    if not screens:
        return

    # The screen showing most of the window; the one nearest to it when none does.
    def overlap(screen: QScreen) -> int:
        shared = screen.availableGeometry().intersected(frame)
        return shared.width() * shared.height() if shared.isValid() else 0

    screen = max(screens, key=overlap)
    if overlap(screen) == 0:
        screen = window.screen() or QGuiApplication.primaryScreen() or screens[0]
    area = screen.availableGeometry()
    margins = _frame_margins(window)
    width = min(window.width(), area.width() - margins.width())
    height = min(window.height(), area.height() - margins.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    left = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    top = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if QPoint(left, top) != frame.topLeft():
        window.move(left, top)
