"""Which format version a file has, and the migrations that bring older versions up to date.

The reader reads every released version; the writer writes only the current one. A
migration takes the root of a file in one version and returns the root in the next; they
are chained until the current version is reached. Format 1.0 is the first release; 1.1
adds optional parts (see docs/kvb-format.md), so its migration only makes explicit what a
1.0 file meant.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from answerletter.fileformat.errors import QT_TRANSLATE_NOOP, KvbError, Problem
from answerletter.fileformat.names import FORMAT_MAJOR, FORMAT_MINOR, NAMESPACE_RE

Version = tuple[int, int]
Migration = Callable[[etree._Element], etree._Element]


def _from_1_0(root: etree._Element) -> etree._Element:
    """1.0 → 1.1. Every office of a 1.0 file was "van" its portfolio: the preposition is set
    so, also where today's portfolio list would say "voor". The document is an answer letter;
    it has no accepted findings yet."""
    ns = etree.QName(root).namespace
    for tag in ("office", "signatory"):
        for element in root.iter(f"{{{ns}}}{tag}"):
            if element.get("portfolio") and element.get("preposition") is None:
                element.set("preposition", "van")
    # A 1.0 file is always an answer letter (the uitstelbericht arrived with 1.1).
    root.set("kind", "answer-letter")
    root.set("format-version", "1.1")
    return root


#: (major, minor) of the input → (version it produces, migration).
MIGRATIONS: dict[Version, tuple[Version, Migration]] = {(1, 0): ((1, 1), _from_1_0)}

CURRENT: Version = (FORMAT_MAJOR, FORMAT_MINOR)

#: More digits than this in a version number is not a version (and int() refuses 4,300+).
MAX_VERSION_DIGITS = 6


def _shortened(text: str, limit: int = 60) -> str:
    """*text* cut for a message: a hostile file may put thousands of characters there."""
    return text if len(text) <= limit else text[:limit] + "…"


def file_version(root: etree._Element) -> Version:
    """The version a root element declares; KvbError when it is not an AnswerLetter file."""
    qname = etree.QName(root)
    match = NAMESPACE_RE.match(qname.namespace or "")
    if match is None or qname.localname != "letter":
        raise KvbError(
            [
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "This is not an AnswerLetter letter: its root element is <{element}>",
                    )
                    if not qname.namespace
                    else QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "This is not an AnswerLetter letter: its root element is <{element}> "
                        "in namespace {namespace}",
                    ),
                    root.sourceline,
                    element=qname.localname,
                    namespace=_shortened(qname.namespace or ""),
                )
            ]
        )
    digits = match.group(1)
    if len(digits) > MAX_VERSION_DIGITS:
        # int() refuses thousands of digits with a ValueError; no real version is that long.
        raise KvbError(
            [
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "The namespace {namespace} names no format version AnswerLetter knows",
                    ),
                    root.sourceline,
                    namespace=_shortened(qname.namespace or ""),
                )
            ]
        )
    major = int(digits)
    declared = root.get("format-version", "")
    parts = declared.split(".")
    if len(parts) != 2 or not all(
        part.isascii() and part.isdigit() and len(part) <= MAX_VERSION_DIGITS for part in parts
    ):
        raise KvbError(
            [
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "FileFormat", "The format version {version!r} is not of the form 1.0"
                    ),
                    root.sourceline,
                    version=_shortened(declared),
                )
            ]
        )
    declared_major, minor = int(parts[0]), int(parts[1])
    if declared_major != major:
        raise KvbError(
            [
                Problem.of(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "The format version {version} does not match the namespace "
                        "(format {major})",
                    ),
                    root.sourceline,
                    version=declared,
                    major=major,
                )
            ]
        )
    return major, minor


def newer_major_problem(version: Version, line: int | None) -> Problem:
    return Problem.of(
        QT_TRANSLATE_NOOP(
            "FileFormat",
            "This letter was written by a newer AnswerLetter (file format {version}); this "
            "version reads format {major} files. Update AnswerLetter to open it",
        ),
        line,
        version=f"{version[0]}.{version[1]}",
        major=FORMAT_MAJOR,
    )


def migrate(root: etree._Element) -> tuple[etree._Element, Version]:
    """The root brought up to the current version (if it is older), and its original version.

    Raises KvbError for a newer major version or an old version no migration knows.
    """
    original = version = file_version(root)
    if version[0] > FORMAT_MAJOR:
        raise KvbError(newer_major_problem(version, root.sourceline))
    while version < CURRENT:
        step = MIGRATIONS.get(version)
        if step is None:
            raise KvbError(
                [
                    Problem.of(
                        QT_TRANSLATE_NOOP(
                            "FileFormat",
                            "The file format {version} is not one this version of AnswerLetter "
                            "can read",
                        ),
                        root.sourceline,
                        version=f"{version[0]}.{version[1]}",
                    )
                ]
            )
        version, migration = step
        root = migration(root)
    return root, original
