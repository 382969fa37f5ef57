"""Python's collector, paced (answerletter.collector, desktop/collector_pacing.py): survivors of
a full collection are frozen, a letter just opened is frozen, and a sweep when the user leaves
the application still frees cycles among frozen objects."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from answerletter import collector


@pytest.fixture
def paced() -> Iterator[None]:
    collector.install()
    try:
        yield
    finally:
        collector.uninstall()


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _frozen_cycle() -> weakref.ref[_Node]:
    """A cycle that lived when the letter was settled (frozen) and became garbage after."""
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    collector.settle()
    found = weakref.ref(first)
    del first, second
    return found


def test_a_full_collection_freezes_its_survivors(paced) -> None:
    survivors = [[n] for n in range(1000)]
    gc.unfreeze()
    gc.collect()
    assert gc.get_freeze_count() >= len(survivors)


def test_without_install_nothing_is_frozen() -> None:
    assert not collector.installed()
    gc.unfreeze()
    gc.collect()
    collector.settle()
    assert gc.get_freeze_count() == 0


def test_settle_freezes_what_exists_now(paced) -> None:
    gc.unfreeze()
    letter = [{"vraag": n} for n in range(1000)]
    collector.settle()
    assert gc.get_freeze_count() >= len(letter)


def test_a_frozen_cycle_waits_for_a_sweep_and_is_freed_by_it(paced) -> None:
    cycle = _frozen_cycle()
    gc.collect()  # does not look at frozen objects
    assert cycle() is not None
    assert collector.sweep() >= 2
    assert cycle() is None


def test_uninstall_lets_collections_see_everything_again(paced) -> None:
    cycle = _frozen_cycle()
    assert cycle() is not None
    collector.uninstall()
    assert not collector.installed()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert cycle() is None


def test_leaving_the_application_sweeps_at_most_once_a_minute(qapp, monkeypatch) -> None:
    from answerletter.desktop import collector_pacing

    clock = [1000.0]
    monkeypatch.setattr(collector_pacing.time, "monotonic", lambda: clock[0])
    pacing = collector_pacing.CollectorPacing(qapp)
    try:
        assert collector.installed()
        cycle = _frozen_cycle()
        clock[0] += collector_pacing.SWEEP_INTERVAL_S + 1
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert cycle() is not None  # coming back is not a moment to pause
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert cycle() is None
        assert pacing.last_found >= 2

        second = _frozen_cycle()
        clock[0] += 1  # a minute has not passed since the sweep
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert second() is not None
    finally:
        pacing.setParent(None)
        pacing.deleteLater()
        collector.uninstall()
