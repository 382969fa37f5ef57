"""Plain text (pasted, a .txt file, or a PDF's text layer) as paragraphs.

Text copied from the Kamer's PDFs has page furniture between the lines (running heads,
"Vergaderjaar 2024–2025", document ids, ISSN lines, page numbers), hyphenated line ends,
paragraphs run together ("gefinancierd.Verschillende") and footnotes printed as "1Change, …"
at the page bottom with their marks glued to the text ("failliet ging?1") or on a line of
their own. This module removes the furniture, joins lines into paragraphs, and turns those
footnotes into marks in the text (``MARK_OPEN`` n ``MARK_CLOSE``) with their bodies aside;
``footnotes.resolve_marks`` makes them model footnotes. Encodings: UTF-8 (with or without
BOM), UTF-16 (BOM or not), else cp1252.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from answerletter.importers.dutch import find_zaaknummers
from answerletter.importers.errors import ImportFailure
from answerletter.importers.paragraphs import Para, plain_para

MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

_FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^Tweede Kamer der Staten-Generaal\s*\d*$",
        r"^Vergaderjaar \d{4}\s*[–-]\s*\d{4}\b.*$",
        r"^Vragen gesteld door de leden der Kamer\b.*$",
        r"^regering gegeven antwoorden$",
        r"^(?:kv|ah)-tk-\S+$",
        r"^ISSN\s.*$",
        r"^’s-Gravenhage \d{4}.*$",
        r"^'s-Gravenhage \d{4}.*$",
        r"^.*Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Vragen|Aanhangsel)\s*\d*$",
        r"^Pagina \d+ van \d+$",
        r"^-\s*\d+\s*-$",
        r"^AH \d+$",
        r"^Aanhangsel van de Handelingen$",
    )
]
_LABEL = re.compile(
    r"^(?:vra(?:ag|gen)|antwoord(?:en)?)(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?"
    r"(?:\s+\d{1,4}(?:\s*(?:,|en|t/m|-|–)\s*\d{1,4})*)?\s*[:.]?$",
    re.IGNORECASE,
)
_STARTS_BLOCK = re.compile(
    r"^(?:Vragen van\b|Antwoord van\b|Mededeling\b|Toelichting\b|Zie ook\b|\d{4}\s?Z\s?\d{5}$)"
)
#: Lines that are a paragraph by themselves.
_OWN_LINE = re.compile(r"\d{4}\s?Z\s?\d{5}|Mededeling:?|Toelichting:?|Antwoord:?", re.IGNORECASE)
_MARKS_LINE = re.compile(r"^\d{1,3}(?:\s*(?:,|en)?\s*\d{1,3})*$")
_BODY_START = re.compile(r"^(\d{1,3})(?=[A-Za-zÀ-ÿ«\"“‘'(\[])(.*)$")
_TERMINAL = tuple(".?!:;»”")
_RUN_ON_SENTENCE = re.compile(r"(?<=[a-zà-ÿ)»”])([.?!])(?=[A-Z][a-zà-ÿ])")
_RUN_ON_COMMA = re.compile(r"(?<=[a-zà-ÿ]),(?=[a-zà-ÿ])")


@dataclass
class TextContent:
    paras: list[Para]
    notes: dict[int, str] = field(default_factory=dict)
    furniture_lines: int = 0
    furniture_zaak: list[str] = field(default_factory=list)
    looks_like_pdf: bool = False


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for *data*; ImportFailure when it is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace")), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16", errors="replace")), "UTF-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 4:
        # UTF-16 without a byte order mark: zeros in the high bytes of ASCII letters.
        even = sample[0::2].count(b"\x00")
        odd = sample[1::2].count(b"\x00")
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return _checked(data.decode(encoding)), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252")), "Windows-1252"
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1")), "ISO-8859-1"


def _checked(text: str) -> str:
    controls = sum(1 for char in text[:20000] if ord(char) < 32 and char not in "\t\n\r\f")
    if text and controls > max(8, len(text[:20000]) // 50):
        raise ImportFailure("The file does not contain text (it looks like binary data)")
    return text


def _demarkdown(text: str) -> str:
    """Markdown-ish text (copied from a converted document): emphasis and tags removed."""
    text = re.sub(r"\*\*|__", "", text)
    # A Markdown hard line break (two trailing spaces) separates letterhead lines.
    text = re.sub(r"  +\n", "\n\n", text)
    text = re.sub(r"</?sup>", "", text)
    text = re.sub(r"\[([^\]]+)\]\((?:[^)]*)\)", r"\1", text)
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    text = re.sub(r"(?m)^> ?", "", text)
    return re.sub(r"(?m)^-{3,}\s*$", "", text)


def is_furniture(line: str) -> bool:
    return any(pattern.match(line) for pattern in _FURNITURE)


def text_paragraphs(text: str, *, from_pdf: bool = False) -> TextContent:
    """Furniture removed, footnotes found, lines joined into paragraphs."""
    if "**" in text or "<sup>" in text:
        text = _demarkdown(text)
    raw = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    raw = [line.replace("\u00a0", " ").replace("\t", " ") for line in raw]
    content = TextContent([], looks_like_pdf=from_pdf)
    lines: list[str | None] = []  # None: a paragraph break
    seen_start = False
    for line in raw:
        stripped = line.strip()
        if not stripped:
            lines.append(None)
            continue
        if is_furniture(stripped):
            content.furniture_lines += 1
            content.furniture_zaak.extend(find_zaaknummers(stripped))
            content.looks_like_pdf = True
            lines.append(None)
            continue
        if not seen_start and re.fullmatch(r"\d{1,4}", stripped):
            # The Aanhangsel's number above the heading ("573").
            content.furniture_lines += 1
            continue
        if re.match(r"^(?:Vragen van|Vraag\s+\d|Antwoord|AH\s|\d{4}\s?Z)", stripped):
            seen_start = True
        lines.append(stripped)
    _pdf_footnotes(lines, content)
    content.paras = _join(lines, content)
    return content


# -- footnotes as the Kamer's PDFs print them --


def _pdf_footnotes(lines: list[str | None], content: TextContent) -> None:
    """Find "1Change, …" bodies (numbered 1, 2, … in order), cut them out with their
    continuation lines, and put a mark where each is referred to."""
    bodies: dict[int, tuple[int, str]] = {}
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _BODY_START.match(line) if line is not None else None
        if match and int(match.group(1)) == expected and not _LABEL.match(line or ""):
            start = i
            text = match.group(2)
            lines[i] = None
            i += 1
            while i < len(lines):
                nxt = lines[i]
                if nxt is None or _LABEL.match(nxt) or _STARTS_BLOCK.match(nxt):
                    break
                follow = _BODY_START.match(nxt)
                if follow and int(follow.group(1)) == expected + 1:
                    break
                text = _join_lines(text, nxt, in_note=True)
                lines[i] = None
                i += 1
            bodies[expected] = (start, text.strip())
            expected += 1
            continue
        i += 1
    if not bodies:
        return
    content.looks_like_pdf = True
    position = (0, 0)
    for number in sorted(bodies):
        start, text = bodies[number]
        found = _place_mark(lines, number, position, start)
        if found is None:
            # No visible mark: the note goes to the end of the text just above it.
            above = next((k for k in range(start - 1, -1, -1) if lines[k] is not None), None)
            if above is None:
                continue
            lines[above] = f"{lines[above]}{MARK_OPEN}{number}{MARK_CLOSE}"
            found = (above, len(lines[above] or ""))
        position = found
        content.notes[number] = text


def _mark(number: int) -> str:
    return f"{MARK_OPEN}{number}{MARK_CLOSE}"


def _place_mark(
    lines: list[str | None], number: int, after: tuple[int, int], before_line: int
) -> tuple[int, int] | None:
    """Replace the first mark of footnote *number* between *after* and *before_line*."""
    n = str(number)
    glued_end = re.compile(rf"(?<=[^\s\d]){n}$")
    glued_mid = re.compile(rf"(?<=[A-Za-zà-ÿ.,;:?!»”)]){n}(?=\s)")
    start_punct = re.compile(rf"^{n}(?=[.,;:?!]\s)")
    # "… zouden uitvoeren.\n3 Het is …": the mark after a sentence, pushed to the next line.
    start_word = re.compile(rf"^{n}\s+(?=[A-Z])")
    for k in range(after[0], before_line):
        line = lines[k]
        if line is None or MARK_OPEN + n + MARK_CLOSE in line:
            continue
        offset = after[1] if k == after[0] else 0
        if _MARKS_LINE.match(line) and n in re.findall(r"\d+", line):
            numbers = [int(x) for x in re.findall(r"\d+", line)]
            above = next((j for j in range(k - 1, -1, -1) if lines[j] is not None), None)
            if above is None:
                return None
            if (numbers and numbers[-1] == number) or numbers == [number]:
                lines[k] = None
            else:
                rest = [x for x in numbers if x != number]
                lines[k] = ", ".join(str(x) for x in rest)
            lines[above] = f"{lines[above]}{_mark(number)}"
            return (above, len(lines[above] or ""))
        for pattern in (glued_mid, glued_end):
            match = pattern.search(line, offset)
            if match:
                lines[k] = line[: match.start()] + _mark(number) + line[match.end() :]
                return (k, match.start() + len(_mark(number)))
        match = start_punct.match(line) if offset == 0 else None
        after_sentence = False
        if not match and offset == 0:
            match = start_word.match(line)
            after_sentence = True
        if match:
            above = next((j for j in range(k - 1, -1, -1) if lines[j] is not None), None)
            ends = (lines[above] or "").endswith(_TERMINAL) if above is not None else False
            if above is not None and ends == after_sentence:
                lines[k] = line[match.end() :]
                lines[above] = f"{lines[above]}{_mark(number)}"
                return (above, len(lines[above] or ""))
    return None


# -- joining lines --


def _url_tail(text: str) -> bool:
    last = text.rsplit(" ", 1)[-1]
    return "/" in last or last.startswith(("www.", "http"))


def _join_lines(previous: str, line: str, *, in_note: bool = False, whole: str = "") -> str:
    """*previous* and *line* as one line: a hyphen at a line end is joined (unless the
    compound is written with a hyphen elsewhere, or is an abbreviation like "EU-")."""
    if previous.endswith("/") and _url_tail(previous):
        return previous + line
    if previous.endswith("-") and _url_tail(previous):
        return previous + line
    match = re.search(r"(\w+)-$", previous)
    if match and line[:1].islower():
        left = match.group(1)
        right = re.match(r"\w+", line)
        compound = f"{left}-{right.group(0)}" if right else ""
        if left.isupper() or (compound and whole and compound in whole):
            return previous + line
        return previous[:-1] + line
    return f"{previous} {line}"


def _split_run_on(text: str) -> list[str]:
    """PDF text runs paragraphs together: "gefinancierd.Verschillende" becomes two."""
    parts: list[str] = []
    last = 0
    for match in _RUN_ON_SENTENCE.finditer(text):
        token_start = text.rfind(" ", 0, match.start()) + 1
        token = text[
            token_start : text.find(" ", match.end()) if " " in text[match.end() :] else len(text)
        ]
        if "/" in token or "@" in token or token.lower().startswith("www"):
            continue
        parts.append(text[last : match.end()])
        last = match.end()
    parts.append(text[last:])
    return [_RUN_ON_COMMA.sub(", ", part).strip() for part in parts if part.strip()]


def _join(lines: list[str | None], content: TextContent) -> list[Para]:
    whole = "\n".join(line for line in lines if line)
    paragraphs: list[str] = []
    current: str | None = None
    for line in lines:
        if line is None:
            if current is not None:
                paragraphs.append(current)
                current = None
            continue
        own = bool(_LABEL.match(line) or _OWN_LINE.fullmatch(line))
        starts = own or bool(_STARTS_BLOCK.match(line))
        if current is not None and not starts and _continues(current, line):
            current = _join_lines(current, line, whole=whole)
            continue
        if current is not None:
            paragraphs.append(current)
        current = line
        if own:
            paragraphs.append(current)
            current = None
    if current is not None:
        paragraphs.append(current)
    out: list[Para] = []
    for paragraph in paragraphs:
        pieces = _split_run_on(paragraph) if content.looks_like_pdf else [paragraph]
        out.extend(plain_para(piece) for piece in pieces)
    return out


def _continues(current: str, line: str) -> bool:
    if _LABEL.match(current) or _OWN_LINE.fullmatch(current):
        return False
    if current.endswith(("-", "/")):
        return True
    if line[:1].islower() or (line[:1] in '(«"“‘' and not current.endswith(_TERMINAL)):
        return True
    return not current.endswith(_TERMINAL)
