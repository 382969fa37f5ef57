"""Tagged PDF (PDF/UA-1) from the file Qt's PDF engine wrote, with pikepdf.

The painter drew a marker rectangle in a reserved colour wherever the structure changes and
recorded, per page, what each marker means (:mod:`~.tags`). Here every marker in a page's
content stream becomes ``EMC`` + ``BDC`` with a marked-content id (MCID), content owned by no
element becomes an ``/Artifact``, and the structure tree is built in drawing order — which is
the letter's reading order, as the painter paints it. Links get their annotation as an
``OBJR``, notes an ``/ID``, and the catalog ``/Lang``, ``/MarkInfo``, ``DisplayDocTitle`` and the
PDF/UA identification in XMP (next to PDF/A-1a when the file is PDF/A).

Content streams are rewritten as bytes with regular expressions, not parsed into operators:
Qt writes one operator per line, and parsing a long letter's ~2 million operators in Python
would make the export several times slower.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from answerletter.layout.tags import Mark, Tag

LANGUAGE = "nl-NL"

# A marker as Qt writes it: "q", the colour space, the fill colour (1, 2, 3) or (3, 2, 1) in
# 1/255 steps, the graphics state, a "cm", the tiny rectangle and its fill, "Q Q". The colour
# is found first (a literal start, so the search is fast); the marked content starts before
# the "q", so that sequences and Qt's q/Q stay nested alike. Only the colour and the
# rectangle are removed; what lies between them is balanced by Qt's own Q.
_MARKER_COLOUR = re.compile(rb"0\.0(?:0392|1176)\d* 0\.00784\d* 0\.0(?:1176|0392)\d* (?:scn|rg)\n")
_RECTANGLE_END = b" re\nf\n"
_HEADS = (b"q\n/CSp cs\n", b"q\n")
_TEXT_OBJECT = b"BT\n"


class TaggingError(RuntimeError):
    """The PDF Qt wrote does not hold the markers the painter drew (a Qt change?)."""


class _Content(NamedTuple):
    """Marked content *mcid* on page *page*."""

    page: int
    mcid: int


class _Annotation(NamedTuple):
    """A link annotation on page *page*."""

    page: int
    annotation: pikepdf.Object


@dataclass(slots=True)
class _Element:
    tag: Tag
    parent: _Element | None
    kids: list[_Element | _Content | _Annotation] = field(default_factory=list)
    #: The page of its first content (-1: none yet).
    page: int = -1
    obj: pikepdf.Object | None = None


class _Tree:
    """The structure tree as it grows in drawing order."""

    def __init__(self) -> None:
        self.root = _Element(Tag("Document", ""), None)
        self.by_key: dict[str, _Element] = {}
        self.links: list[tuple[int, _Element, int]] = []  # page, element, annotations

    def element(self, path: Sequence[Tag]) -> _Element:
        parent = self.root
        for tag in path:
            found = self.by_key.get(tag.key)
            if found is None:
                found = _Element(tag, parent)
                self.by_key[tag.key] = found
                anchor = self.by_key.get(tag.after) if tag.after else None
                if anchor is not None and anchor.parent is not None:
                    # Right after its anchor (a note after its mark), in the anchor's parent.
                    siblings = anchor.parent.kids
                    siblings.insert(siblings.index(anchor) + 1, found)
                    found.parent = anchor.parent
                else:
                    parent.kids.append(found)
            parent = found
        return parent


def _owner(states: Sequence[Mark | str], index: int, tree: _Tree) -> tuple[bytes, _Element | None]:
    """The element owning the stretch after marker *index*, or (for artifacts) the BDC/BMC
    that opens it."""
    state = states[index]
    if isinstance(state, str):
        return b"/Artifact <</Type /%s>> BDC\n" % state.encode(), None
    if not state.path:
        following = states[index + 1] if index + 1 < len(states) else None
        if isinstance(following, Mark) and following.prefix and len(following.path) >= 2:
            # Content before the next element's own marker, e.g. a list item's bullet (drawn
            # by Qt before the item's text): that element's prefix (Lbl), in its parent.
            holder = following.path[-2]
            path = (*following.path[:-1], Tag(following.prefix, f"{holder.key}#{following.prefix}"))
            return b"", tree.element(path)
        return b"/Artifact BMC\n", None
    return b"", tree.element(state.path)


def _rewrite_page(
    data: bytes, states: Sequence[Mark | str], page: int, tree: _Tree
) -> tuple[bytes, list[_Element]]:
    """The page's content with markers replaced by marked-content operators; and the MCIDs'
    elements, in MCID order."""
    # (start of the marker, its colour's start and end, its rectangle's start, its end)
    markers: list[tuple[int, int, int, int, int]] = []
    for match in _MARKER_COLOUR.finditer(data):
        colour, colour_end = match.span()
        start = colour
        rectangle_end = data.find(_RECTANGLE_END, colour_end)
        rectangle = data.rfind(b"\n", colour_end, rectangle_end) + 1
        if rectangle_end < 0 or data.find(b"BT\n", colour_end, rectangle_end) >= 0:
            raise TaggingError(f"page {page + 1}: a marker without its rectangle")
        for head in _HEADS:
            if data.endswith(head, 0, start):
                start -= len(head)
                break
        end = rectangle_end + len(_RECTANGLE_END)
        markers.append((start, colour, colour_end, max(rectangle, colour_end), end))
    if len(markers) != len(states):
        raise TaggingError(
            f"page {page + 1}: {len(markers)} markers in the content, {len(states)} recorded"
        )
    view = memoryview(data)
    out: list[bytes | memoryview] = []
    mcids: list[_Element] = []
    # Before the first marker: Qt's page set-up, and nothing the painter owns.
    first = markers[0][0] if markers else len(data)
    _wrap(out, view, data, (0, first), b"/Artifact BMC\n")
    for index, (start, colour, colour_end, rectangle, end) in enumerate(markers):
        following = markers[index + 1][0] if index + 1 < len(markers) else len(data)
        # The head ("q", colour space) and what Qt set between colour and rectangle stay;
        # they paint nothing, so they can stand outside the marked content.
        out.append(view[start:colour])
        out.append(view[colour_end:rectangle])
        if not _paints(data, end, following):
            out.append(view[end:following])
            continue
        opening, element = _owner(states, index, tree)
        if element is None:
            _wrap(out, view, data, (end, following), opening)
            continue
        mcid = len(mcids)
        mcids.append(element)
        element.kids.append(_Content(page, mcid))
        if element.page < 0:
            element.page = page
        out.append(b"/%s <</MCID %d>> BDC\n" % (element.tag.role.encode(), mcid))
        out.append(view[end:following])
        out.append(b"EMC\n")
        if element.tag.role == "Link":
            tree.links.append((page, element, data.count(_TEXT_OBJECT, end, following)))
    return b"".join(out), mcids


# Operators that paint: text objects, path fills and strokes, images and shadings (Qt writes
# one operator per line).
_PAINTING = (b"BT\n", b"\nf\n", b"\nf*\n", b"\nS\n", b"\nB\n", b"\nb\n", b" Do\n", b" sh\n")


def _paints(data: bytes, start: int, end: int) -> bool:
    return any(data.find(token, start, end) >= 0 for token in _PAINTING)


def _wrap(
    out: list[bytes | memoryview],
    view: memoryview,
    data: bytes,
    span: tuple[int, int],
    opening: bytes,
) -> None:
    """Add data[start:end] (*span*), as marked content opened by *opening* when it paints."""
    start, end = span
    if _paints(data, start, end):
        out += [opening, view[start:end], b"EMC\n"]
    else:
        out.append(view[start:end])


def _build(
    pdf: pikepdf.Pdf, tree: _Tree, page_mcids: list[list[_Element]]
) -> tuple[pikepdf.Object, list[object]]:
    """Write the elements as StructElem objects; return the Document element and the parent
    tree's Nums array."""
    page_objects = [page.obj for page in pdf.pages]
    nums: list[object] = []
    struct_elem, mcr, objr = Name.StructElem, Name.MCR, Name.OBJR
    roles: dict[str, Name] = {}

    def make(element: _Element, parent: pikepdf.Object | None) -> pikepdf.Object:
        # The hot loop of tagging (one pass per element): each object is made in one call.
        tag = element.tag
        role = roles.get(tag.role)
        if role is None:
            role = roles[tag.role] = Name("/" + tag.role)
        fields: dict[str, object] = {"/Type": struct_elem, "/S": role}
        if parent is not None:
            fields["/P"] = parent
        if element.page >= 0:
            fields["/Pg"] = page_objects[element.page]
        if tag.alt:
            fields["/Alt"] = String(tag.alt)
        if tag.element_id:
            fields["/ID"] = String(tag.element_id)
        obj = pdf.make_indirect(Dictionary(fields))
        element.obj = obj
        kids: list[object] = []
        for kid in element.kids:
            if isinstance(kid, _Element):
                kids.append(make(kid, obj))
            elif isinstance(kid, _Annotation):
                kids.append(Dictionary(Type=objr, Obj=kid.annotation, Pg=page_objects[kid.page]))
            elif kid.page == element.page:
                kids.append(kid.mcid)
            else:
                kids.append(Dictionary(Type=mcr, Pg=page_objects[kid.page], MCID=kid.mcid))
        obj.K = Array(kids)
        return obj

    document = make(tree.root, None)
    for index, mcids in enumerate(page_mcids):
        nums += [index, Array([element.obj for element in mcids])]
    return document, nums


def _attach_links(pdf: pikepdf.Pdf, tree: _Tree, first_key: int) -> list[tuple[int, _Element]]:
    """Give each link annotation to its Link element (OBJR), in the order Qt drew them (one
    annotation per text object Qt drew with an anchor); return the parent-tree keys of the
    annotations with their elements."""
    keys: list[tuple[int, _Element]] = []
    by_page: dict[int, list[tuple[_Element, int]]] = {}
    for page, element, count in tree.links:
        by_page.setdefault(page, []).append((element, count))
    for index, page_object in enumerate(pdf.pages):
        annotations = [
            a for a in page_object.obj.get("/Annots", []) if a.get("/Subtype") == Name.Link
        ]
        expected = by_page.get(index, [])
        if sum(count for _, count in expected) != len(annotations):
            raise TaggingError(
                f"page {index + 1}: {len(annotations)} link annotations, "
                f"{sum(count for _, count in expected)} link texts"
            )
        pending = iter(annotations)
        for element, count in expected:
            for _ in range(count):
                annotation = next(pending)
                key = first_key + len(keys)
                annotation.StructParent = key
                if element.tag.alt:
                    annotation.Contents = String(element.tag.alt)
                element.kids.append(_Annotation(index, annotation))
                keys.append((key, element))
        if annotations:
            page_object.obj.Tabs = Name.S
    return keys


_PDFUA_SCHEMA = (
    # The PDF/A extension schema that PDF/A-1 asks for any schema outside its list.
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"'
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"'
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">\n'
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\n'
    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\n'
    "<pdfaProperty:name>part</pdfaProperty:name>\n"
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "<pdfaProperty:category>internal</pdfaProperty:category>\n"
    "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
    "</rdf:Description>\n"
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'
    ' pdfuaid:part="1"/>\n'
)


def _xmp(pdf: pikepdf.Pdf, *, pdfa: bool) -> None:
    """PDF/UA identification (with its PDF/A extension schema) in Qt's XMP; PDF/A-1a."""
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        return
    xmp = metadata.read_bytes().decode("utf-8")
    if pdfa:
        xmp = xmp.replace('pdfaid:conformance="B"', 'pdfaid:conformance="A"')
    xmp = xmp.replace("</rdf:RDF>", _PDFUA_SCHEMA + "</rdf:RDF>", 1)
    metadata.write(xmp.encode("utf-8"))


#: Level 3 makes content streams ~30 % larger than Qt's level 6, in a third of the time.
_LEVEL = 3


def _raw_streams(page: pikepdf.Object) -> list[tuple[bytes, bool]]:
    """The page's content streams as stored, each with whether it is Flate-compressed."""
    contents = page.Contents
    streams = list(contents) if isinstance(contents, Array) else [contents]
    found: list[tuple[bytes, bool]] = []
    for stream in streams:
        if stream.get("/Filter") == Name.FlateDecode and "/DecodeParms" not in stream:
            found.append((stream.read_raw_bytes(), True))
        else:
            found.append((stream.read_bytes(), False))
    return found


def _inflate(streams: list[tuple[bytes, bool]]) -> bytes:
    return b"".join(zlib.decompress(data) if flate else data for data, flate in streams)


def tag_pdf(
    data: bytes,
    pages: Sequence[Sequence[Mark | str]],
    target: str | Path | BinaryIO,
    *,
    pdfa: bool,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Write *data* (a PDF from Qt, painted with a :class:`~.tags.TagRecorder` whose pages are
    *pages*) to *target* (a file name or a binary stream) as a tagged PDF. *progress* is
    told ``("tagging", pages done, pages)`` and may raise to stop."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) != len(pages):
            raise TaggingError(f"{len(pdf.pages)} pages written, {len(pages)} recorded")
        tree = _Tree()
        page_mcids: list[list[_Element]] = []
        page_objects = [page.obj for page in pdf.pages]
        # zlib runs without the interpreter lock: pages are inflated and deflated on a second
        # thread while this one rewrites the next page.
        with ThreadPoolExecutor(max_workers=2) as pool:
            inflated = pool.map(_inflate, [_raw_streams(page) for page in page_objects])
            deflating = []
            for index, (raw, states) in enumerate(zip(inflated, pages, strict=True)):
                if progress is not None:
                    progress("tagging", index, len(pages))
                rewritten, mcids = _rewrite_page(raw, states, index, tree)
                deflating.append(pool.submit(zlib.compress, rewritten, _LEVEL))
                page_mcids.append(mcids)
            for page_dictionary, future in zip(page_objects, deflating, strict=True):
                stream = pikepdf.Stream(pdf, future.result())
                stream.Filter = Name.FlateDecode
                page_dictionary.Contents = stream
        for index, page_dictionary in enumerate(page_objects):
            page_dictionary.StructParents = index
        link_keys = _attach_links(pdf, tree, len(pdf.pages))
        document, nums = _build(pdf, tree, page_mcids)
        for key, element in link_keys:
            nums += [key, element.obj]
        root = pdf.make_indirect(
            Dictionary(
                Type=Name.StructTreeRoot,
                K=document,
                ParentTree=pdf.make_indirect(Dictionary(Nums=Array(nums))),
                ParentTreeNextKey=len(pdf.pages) + len(link_keys),
            )
        )
        document.P = root
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(LANGUAGE)
        preferences = pdf.Root.get("/ViewerPreferences", Dictionary())
        preferences.DisplayDocTitle = True
        pdf.Root.ViewerPreferences = preferences
        _xmp(pdf, pdfa=pdfa)
        pdf.save(
            target,
            compress_streams=False,
            recompress_flate=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            fix_metadata_version=False,
        )
