"""Reading an exported .docx in tests: its parts as lxml trees, and its paragraphs."""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "pr": PR}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


@dataclass
class Package:
    parts: dict[str, bytes]

    @classmethod
    def open(cls, path: Path) -> Package:
        with zipfile.ZipFile(path) as archive:
            return cls({name: archive.read(name) for name in archive.namelist()})

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name], _PARSER)

    def relationships(self, part: str) -> dict[str, etree._Element]:
        """rId → Relationship element of *part* (e.g. "word/document.xml")."""
        folder, file_name = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", f"{file_name}.rels"))
        return {rel.get("Id"): rel for rel in rels.iter(q("pr:Relationship"))}

    def target(self, part: str, rel_type_end: str) -> str:
        """The part name a relationship of *part* ending in *rel_type_end* points to."""
        folder = posixpath.dirname(part)
        for rel in self.relationships(part).values():
            if rel.get("Type").endswith(rel_type_end):
                return posixpath.normpath(posixpath.join(folder, rel.get("Target")))
        raise KeyError(rel_type_end)


def paragraph_text(paragraph: etree._Element) -> str:
    """A paragraph's displayed text: w:t, tabs, breaks (field codes left out)."""
    out: list[str] = []
    for node in paragraph.iter(q("w:t"), q("w:tab"), q("w:br")):
        if node.tag == q("w:t"):
            out.append(node.text or "")
        elif node.tag == q("w:tab"):
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def style_of(paragraph: etree._Element) -> str | None:
    found = paragraph.find("w:pPr/w:pStyle", NS)
    return None if found is None else found.get(q("w:val"))
