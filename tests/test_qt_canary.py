"""Canary: PySide6 6.12.0 on Python 3.11 drains None's refcount on every void Qt call.

After ~5,000 calls the interpreter aborts ("none_dealloc"). If an upgrade brings that back,
this test fails (or crashes) instead of the preview dying after a few seconds of painting.
"""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_consume_none(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100
