"""Python's cycle collector, paced so that a big letter's objects do not stall typing.

Python's full collection walks every object that lives long (a 10,000-question letter and its
layout: about a million), holding the interpreter lock all the while, so every thread stops:
ten of them while such a letter opens and is laid out, up to 460 ms each
(bench/bench_gui_thread.py, with ``gc.callbacks`` timing them). Not one of them found any
garbage: the letter's objects are freed by their reference counts, not by the collector.

So after each full collection the survivors are frozen (``gc.freeze``): later collections
walk only what has lived long since, a fraction of the letter. Frozen objects are still freed
by their reference counts; only a cycle among them that becomes garbage waits, until
:func:`sweep` looks at everything again, which the application does when the user leaves it
(desktop/collector_pacing.py), where a pause stops nobody. A letter just opened is frozen at
once (:func:`settle`): it is the bulk of what would otherwise be walked next.
"""

from __future__ import annotations

import gc
from typing import Any

_FULL = 2


def _freeze_after_full_collection(phase: str, info: dict[str, Any]) -> None:
    if phase == "stop" and info.get("generation") == _FULL:
        gc.freeze()


def install() -> None:
    """From now on, freeze what survives each full collection (once per process)."""
    if _freeze_after_full_collection not in gc.callbacks:
        gc.callbacks.append(_freeze_after_full_collection)


def uninstall() -> None:
    """Back to Python's own pacing; everything frozen is looked at again by later collections."""
    while _freeze_after_full_collection in gc.callbacks:
        gc.callbacks.remove(_freeze_after_full_collection)
    gc.unfreeze()


def installed() -> bool:
    return _freeze_after_full_collection in gc.callbacks


def settle() -> None:
    """A letter has just been read or made: freeze it now (after a young collection), instead
    of walking it in the next full collection. Nothing without :func:`install`."""
    if not installed():
        return
    gc.collect(1)
    gc.freeze()


def sweep() -> int:
    """A full collection over everything, the frozen objects included; returns how many
    unreachable objects it found. (With :func:`install`, the survivors are frozen again.)"""
    gc.unfreeze()
    return gc.collect()
