"""Telling screen readers about things that change where they are not looking."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers say *message* about *widget* now, politely (after what they are
    saying): a QAccessibleAnnouncementEvent, AT-SPI's Announcement signal on Linux. Nothing
    happens while no screen reader is active."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
