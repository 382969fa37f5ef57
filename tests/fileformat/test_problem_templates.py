"""Every problem the file format reports carries its message template and values, so the
interface can say it in its own language; the English message is the template filled in."""

from __future__ import annotations

import pytest

from answerletter.fileformat import KvbError, read_letter_bytes
from answerletter.fileformat.errors import Problem

HOSTILE = {
    "empty": b"   ",
    "not xml": b"%PDF-1.7 binary",
    "doctype": b'<?xml version="1.0"?><!DOCTYPE letter []><letter/>',
    "utf-16": "<letter/>".encode("utf-16"),
    "declared latin-1": b'<?xml version="1.0" encoding="ISO-8859-1"?><letter/>',
    "truncated": b"<letter><metadata>",
    "foreign root": b'<html xmlns="http://www.w3.org/1999/xhtml"/>',
    "unknown major": b'<letter xmlns="https://answerletter.nl/ns/kvb/9" version="9.0"/>',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_problems_of_hostile_files_have_templates(name: str) -> None:
    with pytest.raises(KvbError) as raised:
        read_letter_bytes(HOSTILE[name])
    for problem in raised.value.problems:
        assert problem.template, problem.message
        assert problem.template.format(**dict(problem.values)) == problem.message


def test_problem_of_fills_in_values_and_keeps_them() -> None:
    problem = Problem.of("Answer {answer!r} names a question twice", 7, answer="a3")
    assert problem.message == "Answer 'a3' names a question twice"
    assert problem.line == 7
    assert dict(problem.values) == {"answer": "a3"}
    assert str(problem) == "line 7: Answer 'a3' names a question twice"
