"""A bounded fuzz run of the .kvb reader: real files (the shipped example, the seed letter,
generated letters) with bytes flipped, cut, repeated and spliced with XML trouble. The reader
may only succeed or raise KvbError; the questions, answers and text of a file it accepts must
survive saving and reading back exactly (opening a damaged file and saving it loses nothing
more).

Bounded to a fixed number of inputs (about 20-40 s on CI); the count is printed.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from answerletter.fileformat import KvbError, read_letter_bytes, write_letter_bytes
from answerletter.resources import resource_path
from answerletter.testing.synthetic import generate_letter

from seed_letter import build_seed_letter

EXAMPLES = 7000

SEEDS = [
    resource_path("examples", "taliban.kvb").read_bytes(),
    write_letter_bytes(build_seed_letter()),
    write_letter_bytes(generate_letter(1, seed=11)),
    write_letter_bytes(generate_letter(12, seed=12)),
]

#: Fragments that make XML readers misbehave when dropped at a random place.
TROUBLE = [
    b"<", b">", b"&", b"&amp;", b"&#0;", b"&#xD800;", b"&lt", b"]]>", b"<![CDATA[", b"<!--",
    b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"<?xml ?>", b"\x00",
    b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b'"', b"'", b"=", b"</letter>", b"<question>",
    b' id="q1"', b' number="99999999999999999999"', b' number="-1"', b' refers-to="q1"',
    b' format-version="1.9"', b' format-version="2.0"', b"xmlns:x='urn:x'", b"2026-02-30",
    b"javascript:alert(1)", b"\t" * 50, b"<b><i><u>" * 40,
]  # fmt: skip


def _mutate(data: bytes, draw: st.DrawFn) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        size = len(data)
        at = draw(st.integers(0, max(size - 1, 0)))
        kind = draw(st.sampled_from(["flip", "delete", "insert", "repeat", "truncate", "splice"]))
        if kind == "flip" and size:
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        elif kind == "insert":
            data = data[:at] + draw(st.sampled_from(TROUBLE)) + data[at:]
        elif kind == "repeat":
            piece = data[at : at + draw(st.integers(1, 200))]
            data = data[:at] + piece * draw(st.integers(2, 5)) + data[at:]
        elif kind == "truncate":
            data = data[:at]
        else:  # splice: a slice of another real file
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other) - 1))
            data = data[:at] + other[start : start + draw(st.integers(1, 400))] + data[at:]
    return data


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    return _mutate(draw(st.sampled_from(SEEDS)), draw)


_tally = {"inputs": 0, "accepted": 0}


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(damaged_files())
def _reader_only_raises_kvberror(data: bytes) -> None:
    _tally["inputs"] += 1
    try:
        letter = read_letter_bytes(data)
    except KvbError:
        return
    _tally["accepted"] += 1
    saved = write_letter_bytes(letter)
    again = read_letter_bytes(saved)
    # Whatever the reader accepts survives saving exactly (metadata included: one-line
    # fields are read as they will be saved), and what is saved is stable.
    assert again == letter
    assert write_letter_bytes(again) == saved


def test_fuzz_the_reader():
    start = time.perf_counter()
    _reader_only_raises_kvberror()
    took = time.perf_counter() - start
    print(
        f"\nfuzz: {_tally['inputs']} damaged files read in {took:.1f} s, "
        f"{_tally['accepted']} accepted and saved back without loss, every other one KvbError"
    )
    assert _tally["inputs"] >= EXAMPLES  # the run was not cut short
