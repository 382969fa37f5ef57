"""Turns bytes into an lxml tree safely, or into a KvbError that a person can understand.

No DTD is loaded, no entity is expanded, nothing is fetched from the network, and libxml2's
limits on depth and text size stay on. A file with a DOCTYPE is refused outright: our format
never needs one, and it is where entity tricks live.
"""

from __future__ import annotations

import re

from lxml import etree

from answerletter.fileformat.errors import KvbError, Problem

#: Far above any real letter (1,000 questions are about 1 MB) and below what hurts memory.
MAX_FILE_BYTES = 200 * 1024 * 1024

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
_ENCODING_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def safe_parser() -> etree.XMLParser:
    """A parser that cannot be made to read files, fetch URLs or expand entities."""
    return etree.XMLParser(
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
        size = len(data) // (1024 * 1024)
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise KvbError(f"The file is too large to be a letter ({size} MB; the limit is {limit} MB)")
    if not data.strip():
        raise KvbError("The file is empty")
    _check_encoding(data)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise KvbError([_syntax_problem(error, data)]) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise KvbError(
            [Problem("The file has a DOCTYPE declaration; letter files may not have one", 1)]
        )
    for entity in root.iter(etree.Entity):
        raise KvbError(
            [Problem("The file uses an XML entity; letter files may not", entity.sourceline)]
        )
    return root


def _check_encoding(data: bytes) -> None:
    if data.startswith(_UTF16_BOMS):
        raise KvbError("The file is UTF-16 text; letter files are UTF-8")
    match = _ENCODING_DECL.match(data.removeprefix(_UTF8_BOM))
    if match and match.group(1).decode("ascii").lower().replace("_", "-") not in ("utf-8", "utf8"):
        declared = match.group(1).decode("ascii")
        raise KvbError(
            [Problem(f"The file declares the encoding {declared}; letter files are UTF-8", 1)]
        )


def _syntax_problem(error: etree.XMLSyntaxError, data: bytes) -> Problem:
    """A readable sentence for libxml2's most common complaints."""
    message = str(error.msg or error)
    line = error.lineno or None
    lowered = message.lower()
    if "start tag expected" in lowered or "document is empty" in lowered:
        return Problem("This is not an XML file (it may be another format, or damaged)", line)
    if "not proper utf-8" in lowered or "encoding" in lowered or "invalid char" in lowered:
        return Problem(f"The file is not valid UTF-8 text ({_trim(message)})", line)
    if "entity" in lowered and ("loop" in lowered or "amplification" in lowered):
        return Problem("The file defines entities that expand without end (refused)", line)
    if "excessive depth" in lowered or "depth" in lowered:
        return Problem("The XML is nested too deeply (more than 256 levels)", line)
    if "huge" in lowered:
        return Problem("The file holds a single text larger than 10 MB (refused)", line)
    last_line = data.count(b"\n") + 1
    if "premature end" in lowered or "not found" in lowered or (line and line >= last_line):
        return Problem(f"The file ends too early; it looks truncated ({_trim(message)})", line)
    return Problem(f"The file is not well-formed XML: {_trim(message)}", line)


_POSITION = re.compile(r",? line \d+, column \d+")


def _trim(message: str) -> str:
    """libxml2's message without its position (the Problem carries the line)."""
    return _POSITION.sub("", message).strip().rstrip(".")
