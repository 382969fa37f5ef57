"""Small .docx files for tests, written with python-docx (and raw zip edits for hostile ones)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx


def write_docx(path: Path, paragraphs: list[tuple[str, bool]]) -> Path:
    """A document of (text, bold) paragraphs."""
    document = docx.Document()
    for text, bold in paragraphs:
        paragraph = document.add_paragraph()
        paragraph.add_run(text).bold = bold
    document.save(str(path))
    return path


def question_doc(path: Path, count: int = 2) -> Path:
    paragraphs: list[tuple[str, bool]] = []
    for n in range(1, count + 1):
        paragraphs += [
            (f"Vraag {n}", True),
            (f"Is dit vraag nummer {n}?", True),
            (f"Antwoord op vraag {n}", True),
            (f"Ja, dit is antwoord {n}.", False),
        ]
    return write_docx(path, paragraphs)


def rewrite(
    source: Path,
    target: Path,
    changes: dict[str, bytes | None],
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A copy of a package with parts replaced (None: removed) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in changes:
                replacement = changes[info.filename]
                if replacement is not None:
                    new.writestr(info.filename, replacement)
            else:
                new.writestr(info, old.read(info))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read(name)


def forged_size(data: bytes, member: str, size: int) -> bytes:
    """*data* (a zip) with the central directory claiming *member* is *size* bytes."""
    buffer = bytearray(data)
    name = member.encode()
    position = 0
    while True:
        position = buffer.find(b"PK\x01\x02", position)
        if position < 0:
            break
        name_length = int.from_bytes(buffer[position + 28 : position + 30], "little")
        if bytes(buffer[position + 46 : position + 46 + name_length]) == name:
            buffer[position + 24 : position + 28] = size.to_bytes(4, "little")
        position += 4
    return bytes(buffer)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()
