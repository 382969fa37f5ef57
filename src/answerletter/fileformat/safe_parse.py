"""Turns bytes into an lxml tree safely, or into a KvbError that a person can understand.

No DTD is loaded, no entity is expanded, nothing is fetched from the network, and libxml2's
limits on depth and text size stay on. A file with a DOCTYPE is refused outright: our format
never needs one, and it is where entity tricks live.
"""

from __future__ import annotations

import re

from lxml import etree

from answerletter.fileformat.errors import QT_TRANSLATE_NOOP, KvbError, Problem
from answerletter.fileformat.regular_file import describe_size

#: Far above any real letter (1,000 questions are about 1 MB) and below what hurts memory.
MAX_FILE_BYTES = 200 * 1024 * 1024

_UTF8_BOM = b"\xef\xbb\xbf"
#: Longest first: the UTF-32LE mark begins with the UTF-16LE one.
_BYTE_ORDER_MARKS = (
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe\x00\x00", "UTF-32LE"),
    (b"\xfe\xff", "UTF-16BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\x2b\x2f\x76", "UTF-7"),
    (b"\xdd\x73\x66\x73", "UTF-EBCDIC"),
    (b"\x84\x31\x95\x33", "GB 18030"),
)
#: Which of the first four bytes are zero, for text without a byte-order mark (XML 1.0
#: appendix F; the first character is "<" or white space).
_ZERO_PATTERNS = {
    (True, True, True, False): "UTF-32BE",
    (False, True, True, True): "UTF-32LE",
    (True, False, True, False): "UTF-16BE",
    (False, True, False, True): "UTF-16LE",
}
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC
_ENCODING_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def safe_parser(encoding: str | None = None) -> etree.XMLParser:
    """A parser that cannot be made to read files, fetch URLs or expand entities; with
    *encoding*, the bytes are decoded as that whatever the file says."""
    return etree.XMLParser(
        encoding=encoding,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
        collect_ids=False,
    )


def parse_bytes(data: bytes) -> etree._Element:
    """The root element of *data*; KvbError with a specific message when it is not safe XML."""
    if len(data) > MAX_FILE_BYTES:
        raise KvbError(too_large(len(data), MAX_FILE_BYTES))
    if not data.strip():
        raise KvbError(Problem.of(QT_TRANSLATE_NOOP("FileFormat", "The file is empty")))
    _check_encoding(data)
    try:
        root = etree.fromstring(data, safe_parser("utf-8"))
    except etree.XMLSyntaxError as error:
        raise KvbError([_syntax_problem(error, data)]) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat",
                    "The file has a DOCTYPE declaration; letter files may not have one",
                ),
                1,
            )
        )
    for entity in root.iter(etree.Entity):
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat", "The file uses an XML entity; letter files may not"
                ),
                entity.sourceline,
            )
        )
    return root


def _check_encoding(data: bytes) -> None:
    """Refuse every encoding but UTF-8 by name (libxml2 would otherwise read UTF-16 and
    UTF-32 by their byte patterns): a byte-order mark, the zero bytes that UTF-16 and UTF-32
    put around "<", or a declared encoding."""
    for mark, name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            raise KvbError(
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "The file is {encoding} text (it starts with a byte-order mark); "
                        "letter files are UTF-8",
                    ),
                    encoding=name,
                )
            )
    head = data[:4]
    if len(head) == 4 and b"\0" in head:
        zeros = (head[0] == 0, head[1] == 0, head[2] == 0, head[3] == 0)
        name = _ZERO_PATTERNS.get(zeros, "not UTF-8")
        raise KvbError(_not_utf8(name))
    if data.startswith(_EBCDIC_XML):
        raise KvbError(_not_utf8("EBCDIC"))
    match = _ENCODING_DECL.match(data.removeprefix(_UTF8_BOM))
    if match and match.group(1).decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8"):
        declared = match.group(1).decode("ascii")
        raise KvbError(
            Problem.of(
                QT_TRANSLATE_NOOP(
                    "FileFormat",
                    "The file declares the encoding {encoding}; letter files are UTF-8",
                ),
                1,
                encoding=declared,
            )
        )


def _syntax_problem(error: etree.XMLSyntaxError, data: bytes) -> Problem:
    """A readable sentence for libxml2's most common complaints."""
    message = str(error.msg or error)
    line = error.lineno or None
    lowered = message.lower()
    if "start tag expected" in lowered or "document is empty" in lowered:
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat", "This is not an XML file (it may be another format, or damaged)"
            ),
            line,
        )
    if "not proper utf-8" in lowered or "encoding" in lowered or "invalid char" in lowered:
        return Problem.of(
            QT_TRANSLATE_NOOP("FileFormat", "The file is not valid UTF-8 text ({reason})"),
            line,
            reason=_trim(message),
        )
    if "entity" in lowered and ("loop" in lowered or "amplification" in lowered):
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat", "The file defines entities that expand without end (refused)"
            ),
            line,
        )
    if "excessive depth" in lowered or "depth" in lowered:
        return Problem.of(
            QT_TRANSLATE_NOOP("FileFormat", "The XML is nested too deeply (more than 256 levels)"),
            line,
        )
    if "huge" in lowered:
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat", "The file holds a single text larger than 10 MB (refused)"
            ),
            line,
        )
    last_line = data.count(b"\n") + 1
    if "premature end" in lowered or "not found" in lowered or (line and line >= last_line):
        return Problem.of(
            QT_TRANSLATE_NOOP(
                "FileFormat", "The file ends too early; it looks truncated ({reason})"
            ),
            line,
            reason=_trim(message),
        )
    return Problem.of(
        QT_TRANSLATE_NOOP("FileFormat", "The file is not well-formed XML: {reason}"),
        line,
        reason=_trim(message),
    )


_POSITION = re.compile(r",? line \d+, column \d+")


def too_large(size: int, limit: int) -> Problem:
    return Problem.of(
        QT_TRANSLATE_NOOP(
            "FileFormat", "The file is too large to be a letter ({size}; the limit is {limit})"
        ),
        size=describe_size(size),
        limit=describe_size(limit),
    )


def _not_utf8(encoding: str) -> Problem:
    return Problem.of(
        QT_TRANSLATE_NOOP("FileFormat", "The file is {encoding} text; letter files are UTF-8"),
        encoding=encoding,
    )


def _trim(message: str) -> str:
    """libxml2's message without its position (the Problem carries the line)."""
    return _POSITION.sub("", message).strip().rstrip(".")
