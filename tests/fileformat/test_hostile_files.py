"""Files a hostile or careless colleague can put where a letter is expected: named pipes,
devices, sparse giants, absurd version numbers and every encoding but UTF-8. Each gets our
own KvbError at once, naming what it is; nothing blocks and nothing fills the memory."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import tracemalloc

import pytest

from answerletter.fileformat import KvbError, load_letter, read_letter_bytes, write_letter_bytes

from seed_letter import build_seed_letter

EXAMPLE = write_letter_bytes(build_seed_letter())
HEAD = b"<?xml version='1.0' encoding='UTF-8'?>\n"
NS = b'xmlns="urn:answerletter:kvb:1"'
#: A guard against hanging for ever if a FIFO were opened blocking (not a synchronisation).
RESCUE_SECONDS = 120

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")


def minimal(*, ns: bytes = NS, version: bytes = b"1.0", number: bytes = b"1") -> bytes:
    return (
        HEAD + b"<letter " + ns + b' format-version="' + version + b'">'
        b"<metadata><sender/><addressee/></metadata><body/>"
        b'<questions>\n<question id="q1" number="' + number + b'"/>\n</questions></letter>'
    )


def error_of(data: bytes) -> KvbError:
    with pytest.raises(KvbError) as caught:
        read_letter_bytes(data)
    return caught.value


# -- item 1: anything but an ordinary file is refused before it is opened blocking --


class FifoRescue:
    """Opens the FIFO's writing end if the reader is still stuck after RESCUE_SECONDS, so a
    regression fails the test instead of hanging the whole run."""

    def __init__(self, fifo):
        self.fifo = fifo
        self.done = threading.Event()
        self.rescued = False
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self):
        if not self.done.wait(RESCUE_SECONDS):
            self.rescued = True
            descriptor = os.open(self.fifo, os.O_WRONLY)
            os.close(descriptor)

    def finish(self):
        self.done.set()
        self.thread.join()


@posix_only
def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "brief.kvb"
    os.mkfifo(fifo)
    rescue = FifoRescue(fifo)
    try:
        with pytest.raises(KvbError, match=r"is a named pipe \(FIFO\), not a letter file"):
            load_letter(fifo)
    finally:
        rescue.finish()
    assert not rescue.rescued


@posix_only
def test_validate_refuses_a_named_pipe_and_exits(tmp_path):
    fifo = tmp_path / "pijp.kvb"
    os.mkfifo(fifo)
    good = tmp_path / "goed.kvb"
    good.write_bytes(EXAMPLE)
    result = subprocess.run(
        [sys.executable, "-m", "answerletter", "validate", str(fifo), str(good)],
        capture_output=True,
        text=True,
        timeout=RESCUE_SECONDS,
        check=False,
    )
    assert result.returncode == 1
    refused = f"{fifo} is a named pipe (FIFO), not a letter file (refused unread)"
    assert result.stdout == f"{fifo}: {refused}\n{good}: ok\n"


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_and_a_link_to_one_are_refused(tmp_path, device):
    link = tmp_path / "brief.kvb"
    link.symlink_to(device)
    for path in (device, link):
        with pytest.raises(KvbError, match="is a device, not a letter file"):
            load_letter(path)


def test_a_sparse_two_gigabyte_file_is_refused_with_its_real_size_and_not_read(tmp_path):
    giant = tmp_path / "brief.kvb"
    with giant.open("wb") as stream:
        stream.write(EXAMPLE)
        stream.truncate(2 * 1024**3)  # sparse: takes no disk space
    tracemalloc.start()
    try:
        with pytest.raises(KvbError) as caught:
            load_letter(giant)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value) == (
        "The file is too large to be a letter (2.0 GB; the limit is 200 MB)"
    )
    assert peak < 1024 * 1024  # nothing of it was read
    assert giant.stat().st_size == 2 * 1024**3


def test_a_file_just_over_the_limit_says_its_size(tmp_path):
    from answerletter.fileformat.safe_parse import MAX_FILE_BYTES

    big = tmp_path / "brief.kvb"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 300 * 1024 * 1024)
    with pytest.raises(KvbError, match=r"\(500 MB; the limit is 200 MB\)"):
        load_letter(big)


def test_a_letter_at_an_ordinary_path_and_through_a_link_still_loads(tmp_path):
    path = tmp_path / "brief.kvb"
    path.write_bytes(EXAMPLE)
    link = tmp_path / "snelkoppeling.kvb"
    link.symlink_to(path)
    assert load_letter(path) == load_letter(link) == build_seed_letter()


# -- item 12: absurd numbers give our error, never ValueError --


def test_a_namespace_with_five_thousand_digits_is_our_error():
    error = error_of(minimal(ns=b'xmlns="urn:answerletter:kvb:' + b"9" * 5000 + b'"'))
    assert "names no format version AnswerLetter knows" in str(error)
    assert len(str(error)) < 300  # the digits are not all repeated back
    assert error.problems[0].line == 2


def test_a_format_version_with_five_thousand_digits_is_our_error():
    error = error_of(minimal(version=b"1." + b"9" * 5000))
    assert "is not of the form 1.0" in str(error)
    assert len(str(error)) < 300


def test_a_question_number_with_five_thousand_digits_is_our_error():
    error = error_of(minimal(number=b"9" * 5000))
    assert error.problems[0].message == "The question number 999999999999… is too large"
    assert error.problems[0].line == 3


def test_ordinary_version_numbers_still_work():
    assert read_letter_bytes(minimal()).questions[0].number == 1
    newer = error_of(minimal(ns=b'xmlns="urn:answerletter:kvb:2"', version=b"2.0"))
    assert "newer AnswerLetter" in str(newer)


# -- item 13: every encoding but UTF-8 is refused and named right --


TEXT = EXAMPLE.decode("utf-8")
WITHOUT_DECLARATION = TEXT[TEXT.index("?>") + 2 :].lstrip()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x00\x00\xfe\xff" + WITHOUT_DECLARATION.encode("utf-32-be"), "UTF-32BE"),
        (b"\xff\xfe\x00\x00" + WITHOUT_DECLARATION.encode("utf-32-le"), "UTF-32LE"),
        (b"\xfe\xff" + WITHOUT_DECLARATION.encode("utf-16-be"), "UTF-16BE"),
        (b"\xff\xfe" + WITHOUT_DECLARATION.encode("utf-16-le"), "UTF-16LE"),
    ],
)
def test_a_byte_order_mark_of_another_encoding_is_named(data, name):
    assert str(error_of(data)) == (
        f"The file is {name} text (it starts with a byte-order mark); letter files are UTF-8"
    )


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [TEXT, WITHOUT_DECLARATION, "\n  " + WITHOUT_DECLARATION])
def test_utf16_and_utf32_without_a_byte_order_mark_are_refused_and_named(codec, text):
    name = codec.upper().replace("-LE", "LE").replace("-BE", "BE")
    assert str(error_of(text.encode(codec))) == f"The file is {name} text; letter files are UTF-8"


def test_ebcdic_is_named():
    assert "EBCDIC" in str(error_of(TEXT.replace("UTF-8", "IBM037").encode("cp037", "replace")))


def test_utf8_with_and_without_a_byte_order_mark_still_reads():
    assert read_letter_bytes(b"\xef\xbb\xbf" + EXAMPLE) == build_seed_letter()
    assert read_letter_bytes(WITHOUT_DECLARATION.encode("utf-8")) == build_seed_letter()


# -- item 1, "import later": the importers read only ordinary files too --


@posix_only
def test_importing_a_named_pipe_is_refused_without_blocking(tmp_path):
    from answerletter.importers.api import import_file
    from answerletter.importers.errors import ImportFailure

    fifo = tmp_path / "vragen.docx"
    os.mkfifo(fifo)
    rescue = FifoRescue(fifo)
    try:
        with pytest.raises(ImportFailure, match=r"is a named pipe \(FIFO\), not a document"):
            import_file(fifo)
    finally:
        rescue.finish()
    assert not rescue.rescued


def test_importing_a_sparse_giant_names_its_size_and_reads_nothing(tmp_path):
    from answerletter.importers.api import import_file
    from answerletter.importers.errors import ImportFailure

    giant = tmp_path / "vragen.txt"
    with giant.open("wb") as stream:
        stream.truncate(2 * 1024**3)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailure, match=r"too large to import \(2048 MB; the limit is"):
            import_file(giant)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
