"""Background threads give way to the user while they type.

Python threads share one interpreter lock. While a long letter is being laid out, checked or
spell-checked, every call the GUI thread makes into Qt gives the lock up and must wait for it
back (up to the switch interval, 5 ms), hundreds of times per keystroke: at 10,000 questions a
keystroke took twice as long during the first layout (bench/bench_gui_thread.py). So the
editor says when the user types (:func:`user_input`), and the background loops call
:func:`give_way` between small pieces of work (an item typeset, a text checked): it sleeps,
without the lock, until the keystroke has been handled. The GUI thread never waits in it.
"""

from __future__ import annotations

import threading
import time

#: How long background work holds back after a keystroke: about what handling one takes,
#: repaints included, at 10,000 questions.
QUIET_S = 0.03
#: The longest one pause (typing without end must not stop the background work for good).
LONGEST_PAUSE_S = 0.1

_clock = time.monotonic
_sleep = time.sleep


class _Quiet:
    #: Until when (``_clock``) background work holds back. Written by the GUI thread, read
    #: by the others: a float assignment is atomic under the interpreter lock.
    until = 0.0


def user_input(seconds: float = QUIET_S) -> None:
    """The user has just typed or clicked: background work holds back for *seconds*."""
    _Quiet.until = max(_Quiet.until, _clock() + seconds)


def give_way() -> None:
    """A point where a background thread may pause: while the user is typing, it sleeps
    (at most :data:`LONGEST_PAUSE_S`). Nothing on the main (GUI) thread."""
    wait = _Quiet.until - _clock()
    if wait > 0 and threading.current_thread() is not threading.main_thread():
        _sleep(min(wait, LONGEST_PAUSE_S))
