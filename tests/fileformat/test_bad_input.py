"""Bad, broken and hostile files: each gets a specific, readable KvbError; none crashes or hangs."""

import os
import random
import subprocess
import sys
import threading

import pytest

from answerletter.fileformat import KvbError, load_letter, read_letter_bytes, write_letter_bytes

from seed_letter import build_seed_letter

EXAMPLE = write_letter_bytes(build_seed_letter())
HEAD = b"<?xml version='1.0' encoding='UTF-8'?>\n"
NS = b'xmlns="urn:answerletter:kvb:1"'


def error_of(data: bytes) -> KvbError:
    with pytest.raises(KvbError) as caught:
        read_letter_bytes(data)
    return caught.value


def minimal(questions: bytes, *, version: bytes = b"1.0", ns: bytes = NS) -> bytes:
    return (
        HEAD + b"<letter " + ns + b' format-version="' + version + b'">'
        b"<metadata><sender/><addressee/></metadata><body/>"
        b"<questions>\n" + questions + b"\n</questions></letter>"
    )


def test_minimal_letter_is_valid():
    letter = read_letter_bytes(minimal(b'<question id="q1" number="1"/>'))
    assert [q.id for q in letter.questions] == ["q1"]


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_file(data):
    assert str(error_of(data)) == "The file is empty"


def test_binary_garbage():
    garbage = random.Random(7).randbytes(4096)
    error = error_of(garbage)
    assert "not an XML file" in str(error) or "not valid UTF-8" in str(error)


def test_png_header_is_not_xml():
    assert "not an XML file" in str(error_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100))


def test_truncated_xml_names_the_line():
    error = error_of(EXAMPLE[: len(EXAMPLE) // 2])
    assert "truncated" in str(error)
    assert error.problems[0].line is not None


def test_wrong_encoding_declaration():
    data = EXAMPLE.replace(b"encoding='UTF-8'", b"encoding='ISO-8859-1'")
    assert "declares the encoding ISO-8859-1; letter files are UTF-8" in str(error_of(data))


def test_utf16_file():
    data = EXAMPLE.decode("utf-8").replace("UTF-8", "UTF-16").encode("utf-16")
    assert "UTF-16" in str(error_of(data))


def test_invalid_utf8_bytes():
    data = EXAMPLE.replace(b"Talibandele", b"Taliban\xff\xfedele", 1)
    error = error_of(data)
    assert "not valid UTF-8" in str(error)
    expected_line = EXAMPLE[: EXAMPLE.index(b"Talibandele")].count(b"\n") + 1
    assert error.problems[0].line == expected_line
    assert "line" not in error.problems[0].message  # the line is given once, not twice


def test_doctype_with_external_entity_is_refused_and_the_file_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = (
        HEAD + b'<!DOCTYPE letter [<!ENTITY xxe SYSTEM "file://' + str(secret).encode() + b'">]>'
        b"<letter " + NS + b' format-version="1.0"><metadata><sender><ministry>&xxe;</ministry>'
        b"</sender><addressee/></metadata><body/><questions/></letter>"
    )
    error = error_of(data)
    assert "DOCTYPE" in str(error)
    assert "TOP-SECRET" not in str(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_external_entity_is_never_opened(tmp_path):
    """The entity points at a named pipe: opening it would block the reader for good."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    letter = tmp_path / "xxe.kvb"
    letter.write_bytes(
        HEAD + b'<!DOCTYPE letter [<!ENTITY xxe SYSTEM "' + str(pipe).encode() + b'">]>'
        b"<letter " + NS + b' format-version="1.0"><metadata><sender><ministry>&xxe;</ministry>'
        b"</sender><addressee/></metadata><body/><questions/></letter>"
    )
    result = subprocess.run(
        [sys.executable, "-m", "answerletter", "validate", str(letter)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "DOCTYPE" in result.stdout


def test_billion_laughs():
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    data = HEAD + b"<!DOCTYPE letter [" + entities + b"]><letter " + NS + b">&lol9;</letter>"
    error = error_of(data)
    assert "DOCTYPE" in str(error) or "entities" in str(error)


def test_another_xml_vocabulary():
    data = b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'
    assert str(error_of(data)) == (
        "line 1: This is not an AnswerLetter letter: its root element is <html> "
        "in namespace http://www.w3.org/1999/xhtml"
    )


def test_no_namespace_at_all():
    assert "not an AnswerLetter letter" in str(error_of(b"<letter/>"))


def test_newer_major_version():
    data = minimal(b"", version=b"2.0", ns=b'xmlns="urn:answerletter:kvb:2"')
    message = str(error_of(data))
    assert "newer AnswerLetter (file format 2.0)" in message
    assert "Update AnswerLetter" in message


def test_newer_minor_version_with_unknown_parts():
    data = minimal(b'<question id="q1" number="1"/><verdict/>', version=b"1.4")
    error = error_of(data)
    assert "file format 1.4, newer than this AnswerLetter knows (1.1)" in str(error)
    assert any("verdict" in p.message for p in error.problems)


def test_newer_minor_version_without_unknown_parts_reads():
    letter = read_letter_bytes(minimal(b'<question id="q1" number="1"/>', version=b"1.3"))
    assert len(letter.questions) == 1


def test_version_attribute_must_match_namespace():
    assert "does not match the namespace" in str(error_of(minimal(b"", version=b"2.0")))


def test_missing_required_parts_are_all_reported_with_lines():
    data = HEAD + b"<letter " + NS + b' format-version="1.0">\n<body/>\n<questions/>\n</letter>'
    error = error_of(data)
    assert error.problems[0].line == 3
    assert "metadata" in error.problems[0].message


def test_every_schema_error_is_reported():
    data = minimal(
        b'<question id="q1" number="0"/>\n<question id="q2"/>\n<answer id="a1" questions=""/>'
    )
    error = error_of(data)
    lines = [p.line for p in error.problems]
    assert sorted(set(lines)) == [3, 4, 5]  # libxml2 may report one fault twice
    assert all("{urn:" not in p.message for p in error.problems)


def test_duplicate_ids():
    data = minimal(b'<question id="q1" number="1"/>\n<question id="q1" number="2"/>')
    error = error_of(data)
    assert error.problems[0].message == "The id 'q1' is used twice (first on line 3)"
    assert error.problems[0].line == 4


def test_answer_pointing_at_a_missing_question():
    data = minimal(b'<question id="q1" number="1"/>\n<answer id="a1" questions="q1 q9"/>')
    error = error_of(data)
    assert "answers question 'q9', which is not among the questions before it" in str(error)
    assert error.problems[0].line == 4


def test_answer_before_its_question():
    data = minimal(b'<answer id="a1" questions="q1"/>\n<question id="q1" number="1"/>')
    assert "'q1', which is not among the questions before it" in str(error_of(data))


def test_answer_not_right_after_its_last_question():
    data = minimal(
        b'<question id="q1" number="1"/>\n<question id="q2" number="2"/>\n'
        b'<answer id="a1" questions="q1"/>'
    )
    assert "must stand right after the last question it answers ('q1')" in str(error_of(data))


def test_question_answered_twice():
    data = minimal(
        b'<question id="q1" number="1"/>\n<answer id="a1" questions="q1"/>\n'
        b'<answer id="a2" questions="q1"/>'
    )
    assert "Question 'q1' is answered twice: by 'a1' and by 'a2'" in str(error_of(data))


def test_reference_to_a_missing_question():
    data = minimal(
        b'<question id="q1" number="1"/>\n<answer id="a1" questions="q1" refers-to="q7"/>'
    )
    assert "refers to question 'q7', which does not exist" in str(error_of(data))


def test_reference_circle():
    data = minimal(
        b'<question id="q1" number="1"/>\n<answer id="a1" questions="q1" refers-to="q2"/>\n'
        b'<question id="q2" number="2"/>\n<answer id="a2" questions="q2" refers-to="q1"/>'
    )
    assert "circle of answers" in str(error_of(data))


def test_reference_to_own_question():
    data = minimal(
        b'<question id="q1" number="1"/>\n<answer id="a1" questions="q1" refers-to="q1"/>'
    )
    assert "which it answers itself" in str(error_of(data))


@pytest.mark.parametrize("value", [b"2026-02-30", b"2026-13-01", b"10 juli 2026", b"2026-07-10Z"])
def test_invalid_dates(value):
    data = EXAMPLE.replace(
        b"<letter-date>2026-07-10</letter-date>", b"<letter-date>" + value + b"</letter-date>"
    )
    error = error_of(data)
    assert "letter-date" in str(error)
    assert error.problems[0].line == EXAMPLE[: EXAMPLE.index(b"<letter-date>")].count(b"\n") + 1


def test_javascript_link_is_refused():
    data = minimal(
        b'<question id="q1" number="1"><p><a href="javascript:alert(1)">x</a></p></question>'
    )
    assert "href" in str(error_of(data))


def test_deep_nesting():
    depth = 10_000
    data = minimal(
        b'<question id="q1" number="1"><p>'
        + b"<b>" * depth
        + b"x"
        + b"</b>" * depth
        + b"</p></question>"
    )
    assert "nested too deeply" in str(error_of(data))


def test_huge_single_text_node():
    data = minimal(
        b'<question id="q1" number="1"><p>' + b"x" * (11 * 1024 * 1024) + b"</p></question>"
    )
    assert "larger than 10 MB" in str(error_of(data))


def test_fifty_megabyte_letter_loads_or_fails_cleanly():
    paragraph = b"<p>" + b"Een lange alinea met woorden. " * 30 + b"</p>\n"
    count = 50 * 1024 * 1024 // len(paragraph) + 1
    data = minimal(b'<question id="q1" number="1">' + paragraph * count + b"</question>")
    assert len(data) > 50 * 1024 * 1024
    letter = read_letter_bytes(data)
    assert len(letter.questions[0].text.blocks) == count


def test_comments_and_processing_instructions_are_harmless():
    data = minimal(
        b'<!-- note --><question id="q1" number="1"><p>a<!-- x -->b<?pi x?>c</p></question>'
    )
    assert read_letter_bytes(data).questions[0].text.plain_text() == "abc"


def test_missing_file(tmp_path):
    with pytest.raises(KvbError, match="does not exist"):
        load_letter(tmp_path / "nope.kvb")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(KvbError, match="is a folder"):
        load_letter(tmp_path)


def test_reading_is_thread_safe_with_the_shared_schema():
    errors: list[BaseException] = []

    def work():
        try:
            for _ in range(5):
                assert read_letter_bytes(EXAMPLE).metadata.our_reference == "7604726"
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_an_unforeseen_failure_while_building_is_still_our_error(monkeypatch):
    from answerletter.fileformat import build

    def broken(self, root):
        raise ValueError("something nobody foresaw")

    monkeypatch.setattr(build.LetterBuilder, "build", broken)
    error = error_of(EXAMPLE)
    assert str(error) == "The file could not be read: something nobody foresaw"


def test_line_breaks_in_one_line_fields_read_as_they_will_be_saved():
    data = EXAMPLE.replace(
        b"<our-reference>7604726</our-reference>", b"<our-reference>76\n04726</our-reference>"
    )
    letter = read_letter_bytes(data)
    assert letter.metadata.our_reference == "76 04726"
    assert read_letter_bytes(write_letter_bytes(letter)) == letter


def test_the_garbage_collector_is_back_on_after_reading_good_and_bad_files():
    import gc

    assert gc.isenabled()
    read_letter_bytes(EXAMPLE)
    assert gc.isenabled()
    error_of(b"")
    error_of(EXAMPLE[:100])
    assert gc.isenabled()
