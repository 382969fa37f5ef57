"""Positions spliced by structural edits answer as a dictionary made afresh would."""

from __future__ import annotations

from itertools import count

import pytest
from hypothesis import given
from hypothesis import strategies as st

from answerletter.model import positions as positions_module
from answerletter.model.positions import Positions


def _fresh(keys: list[str]) -> dict[str, int]:
    return dict(zip(keys, count(), strict=False))


def test_a_stretch_replaced_moves_the_keys_after_it() -> None:
    keys = ["a", "b", "c", "d", "e"]
    positions = Positions(_fresh(keys), lambda: iter(keys))
    # "c" and "d" replaced by "x", "y", "z": "e" moves from 4 to 5.
    after = ["a", "b", "x", "y", "z", "e"]
    spliced = positions.spliced(
        2, 4, {"x": 2, "y": 3, "z": 4}, 5, size=6, keys=lambda: iter(after), fresh=dict
    )
    assert [spliced.get(k) for k in ["a", "b", "x", "y", "z", "e"]] == [0, 1, 2, 3, 4, 5]
    assert spliced.get("c") is None and "d" not in spliced
    assert spliced.get("c", -1) == -1
    with pytest.raises(KeyError):
        spliced["c"]
    assert list(spliced) == after and len(spliced) == 6
    assert spliced == _fresh(after) and positions == _fresh(keys)  # the old one unchanged
    # "b" deleted from that: everything after it moves back by one.
    later = ["a", "x", "y", "z", "e"]
    again = spliced.spliced(1, 2, {}, 1, size=5, keys=lambda: iter(later), fresh=dict)
    assert dict(again) == _fresh(later)


@given(
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.floats(0, 1), st.integers(0, 3)), min_size=1, max_size=40
    ),
    depth=st.integers(1, 6),
)
def test_spliced_positions_equal_fresh_ones(
    edits: list[tuple[float, float, int]], depth: int
) -> None:
    """Random stretches replaced (inserts, deletes, replacements, moves of keys seen before),
    some steps past the depth where a look-up is made afresh."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(positions_module, "DEPTH", depth)
        _splice_and_compare(edits)


def _splice_and_compare(edits: list[tuple[float, float, int]]) -> None:
    keys = [f"k{n}" for n in range(12)]
    made = count(100)
    positions = Positions(_fresh(keys), lambda: iter(list(keys)))
    seen = set(keys)
    for first, second, inserted in edits:
        start = int(first * len(keys))
        end = start + int(second * (len(keys) - start))
        gone = keys[start:end]
        came = [f"k{next(made)}" for _ in range(inserted)]
        if gone and inserted:  # a key moved: taken out here and put back in the stretch
            came[0] = gone[-1]
        new_keys = [*keys[:start], *came, *keys[end:]]
        snapshot = list(new_keys)
        positions = positions.spliced(
            start,
            end,
            dict(zip(came, count(start), strict=False)),
            start + len(came),
            size=len(new_keys),
            keys=lambda snapshot=snapshot: iter(snapshot),
            fresh=lambda snapshot=snapshot: _fresh(snapshot),
        )
        keys = new_keys
        seen.update(came)
        expected = _fresh(keys)
        assert {key: positions.get(key) for key in seen} == {key: expected.get(key) for key in seen}
        assert len(positions) == len(keys) and list(positions) == keys
