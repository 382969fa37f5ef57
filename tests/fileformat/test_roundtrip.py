"""Round trips: the writer's files read back to the same letter and write the same bytes."""

import difflib
import re
from dataclasses import replace

from hypothesis import given, settings

from answerletter.fileformat import load_letter, read_letter_bytes, save_letter, write_letter_bytes
from answerletter.model import operations
from answerletter.model.richtext import Block, RichText, Run
from answerletter.resources import resource_path
from answerletter.templates import empty_letter, example_letter

from seed_letter import build_seed_letter
from strategies import UNTIMED, letters

_APPLICATION = re.compile(rb' application="[^"]*"')


def _without_application(data: bytes) -> bytes:
    return _APPLICATION.sub(b"", data, count=1)


def test_example_resource_is_the_seed_letter():
    assert example_letter() == build_seed_letter()


def test_example_resource_is_byte_identical_to_what_the_writer_writes():
    resource = resource_path("examples", "taliban.kvb").read_bytes()
    rewritten = write_letter_bytes(read_letter_bytes(resource))
    # The application attribute names the version that wrote the file; all else is stable.
    assert _without_application(rewritten) == _without_application(resource)


def test_two_saves_are_byte_identical(tmp_path):
    letter = build_seed_letter()
    first, second = tmp_path / "1.kvb", tmp_path / "2.kvb"
    save_letter(letter, first)
    save_letter(load_letter(first), second)
    assert first.read_bytes() == second.read_bytes()


def test_file_is_utf8_indented_with_lf_line_ends():
    data = write_letter_bytes(build_seed_letter())
    text = data.decode("utf-8")
    assert text.startswith("<?xml version='1.0' encoding='UTF-8'?>\n<letter ")
    assert "\r" not in text
    assert text.endswith("</letter>\n")
    assert '\n    <question id="q1" number="1">\n      <p>Bent u bekend' in text


def test_one_word_edit_is_a_one_line_diff():
    letter = build_seed_letter()
    answer = letter.answer_for("q6")
    assert answer is not None
    old_text = answer.text
    first = old_text.blocks[0]
    changed_run = Run(first.plain_text().replace("ernstig", "zorgelijk", 1))
    new_text = RichText((Block((changed_run,)), *old_text.blocks[1:]))
    edited = operations.set_answer_text(letter, answer.id, new_text)
    before = write_letter_bytes(letter).decode().splitlines()
    after = write_letter_bytes(edited).decode().splitlines()
    changes = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))
    ]
    assert len(changes) == 2  # one line removed, one added
    assert "zorgelijk" in changes[1]


def test_empty_letter_round_trips():
    letter = empty_letter()
    assert read_letter_bytes(write_letter_bytes(letter)) == letter


def test_plain_fields_drop_characters_xml_cannot_carry():
    letter = empty_letter()
    meta = replace(letter.metadata, subject="a\x00b\x1fc", our_reference="x\ny")
    read = read_letter_bytes(write_letter_bytes(replace(letter, metadata=meta)))
    assert read.metadata.subject == "abc"
    assert read.metadata.our_reference == "x y"


@settings(UNTIMED, max_examples=150)
@given(letters())
def test_model_to_xml_to_model_is_the_identity(letter):
    data = write_letter_bytes(letter)
    read = read_letter_bytes(data)
    assert read == letter
    assert write_letter_bytes(read) == data
