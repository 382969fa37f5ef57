"""Nothing lost: recovery copies of unsaved work, backups and fault messages when saving,
lock files against two people editing one letter, outside changes, and a last-resort
exception handler.

``recovery``, ``locks`` and ``backup`` know no Qt; the ``gui_*`` modules tie them to windows.
"""
