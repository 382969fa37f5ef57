"""From recognised paragraphs and metadata to a consistent Letter and its import report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from answerletter.importers.dutch import (
    is_postponement,
    parse_answered_by,
    parse_date,
    parse_day_month,
    parse_office,
    parse_offices,
    parse_question_phrase,
    postponement_reason,
    squash,
)
from answerletter.importers.errors import ImportFailure
from answerletter.importers.letterhead import (
    PAIR_LABELS,
    Fields,
    read_pairs,
    read_properties,
    zaak_candidates,
)
from answerletter.importers.paragraphs import Para, strip_content
from answerletter.importers.recognise import Recognised
from answerletter.importers.report import (
    FieldReport,
    ImportReport,
    Skipped,
    Source,
    Status,
)
from answerletter.model import (
    Answer,
    Block,
    Body,
    Footnote,
    Inline,
    Letter,
    Member,
    Metadata,
    Office,
    Postponement,
    Question,
    RichText,
    Run,
    Sender,
    Signatory,
)
from answerletter.model.consistency import check_consistency, has_reference_cycle
from answerletter.model.wording import (
    addressed_phrase,
    format_date,
    members_phrase,
    offering_paragraphs,
    office_phrase,
)
from answerletter.model.wording import betreft as betreft_line

_OFFERING = re.compile(
    r"^\s*(?:In\s+(?:het\s+)?antwoord\s+op\s+uw\s+brief|Hierbij\s+(?:bied|bieden|zend|stuur))", re.I
)
_SIGNER_OFFICE = re.compile(
    r"^\s*(?:De|de)\s+(?:minister|staatssecretaris|minister-president)\b", re.I
)
_ON_BEHALF = re.compile(r"^\s*mede\s+namens\s+(.+?),?\s*$", re.I)
_HEADING = re.compile(r"^\s*(?:Antwoorden|Antwoord)\s+(?:van|op)\b|^\s*Vragen\s+van\b", re.I)
_RETURN = re.compile(r"^\s*>?\s*Retouradres\s+(.+)$", re.I)
#: Where a letterhead's reference column stands in a Word document.
_BESIDE_THE_TEXT = ("table", "textbox", "frame")
_ATTACHMENTS = re.compile(r"^Bijlage(?:\(n\)|n)?\s*:?$", re.I)
_CORRESPONDENCE_NOTE = re.compile(r"^Correspondentie\s+uitsluitend\b", re.I)
_MOST_ATTACHMENTS = 12
_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}\b")


@dataclass
class Sources:
    """What a reader found besides the paragraphs."""

    kind: str
    name: str
    headers: list[Para] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    furniture_zaak: list[str] = field(default_factory=list)
    furniture_lines: int = 0
    has_bold: bool = False
    notes: list[str] = field(default_factory=list)


def _block(para: Para, *, drop_bold: bool) -> Block | None:
    content = strip_content(para.content)
    if not content:
        return None
    if drop_bold:
        # Questions are bold by the house style; the bold of the source is not content.
        content = tuple(
            Run(item.text, replace(item.marks, bold=False)) if isinstance(item, Run) else item
            for item in content
        )
    kind = para.list_kind
    return Block(content, kind, para.level if kind else 0)


def _text(paras: list[Para], *, drop_bold: bool = False) -> RichText:
    blocks = [b for b in (_block(p, drop_bold=drop_bold and p.bold is True) for p in paras) if b]
    return RichText(tuple(blocks))


def _underived_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """*runs* without the links our own output derives from citations (Kamerstukken,
    zaaknummers): an exported letter read back keeps its text as typed, not those links."""
    if not any(run.marks.link for run in runs):
        return runs
    from answerletter.checks.citations import citation_links

    text = "".join(run.text for run in runs)
    derived = citation_links(text)
    if not derived:
        return runs
    out: list[Run] = []
    offset = 0
    for run in runs:
        start, end = offset, offset + len(run.text)
        offset = end
        if run.marks.link and any(
            url == run.marks.link and a <= start and end <= b for a, b, url in derived
        ):
            out.append(Run(run.text, replace(run.marks, link=None)))
        else:
            out.append(run)
    return tuple(out)


def _underived(text: RichText) -> RichText:
    blocks: list[Block] = []
    for block in text.blocks:
        content: list[Inline] = []
        pending: list[Run] = []
        for item in block.content:
            if isinstance(item, Run):
                pending.append(item)
                continue
            content.extend(_underived_runs(tuple(pending)))
            pending = []
            content.append(Footnote(item.id, _underived_runs(item.body)))
        content.extend(_underived_runs(tuple(pending)))
        blocks.append(Block(tuple(content), block.list_kind, block.level))
    result = RichText(tuple(blocks))
    return text if result == text else result


def _renumber_footnotes(letter: Letter) -> Letter:
    """Footnote ids fn1, fn2 … in reading order (sources bring their own, possibly clashing)."""
    counter = iter(range(1, 1 << 30))

    def renew(note: Footnote) -> Footnote:
        return Footnote(f"fn{next(counter)}", note.body)

    questions_by_id = {}
    answers_by_id = {}
    for item in letter.presentation():
        text = _underived(item.text).map_footnotes(renew)
        if isinstance(item, Question):
            questions_by_id[item.id] = replace(item, text=text)
        else:
            answers_by_id[item.id] = replace(item, text=text)
    body = letter.body
    offering = body.offering.map_footnotes(renew) if body.offering is not None else None
    return replace(
        letter,
        body=replace(body, offering=offering),
        questions=tuple(questions_by_id[q.id] for q in letter.questions),
        answers=tuple(answers_by_id.get(a.id, a) for a in letter.answers),
    )


def assemble(recognised: Recognised, sources: Sources) -> tuple[Letter, ImportReport]:
    fields = Fields()
    skipped: list[Skipped] = []
    notes = list(sources.notes) + recognised.notes
    metadata_used: set[int] = set()
    front = recognised.front
    metadata, body, derived_ministry = _metadata(
        front=front,
        closing=recognised.closing,
        sources=sources,
        fields=fields,
        used=metadata_used,
        notes=notes,
    )
    for index, para in enumerate(front):
        text = squash(para.text)
        if text and index not in metadata_used:
            skipped.append(Skipped(text, para.where))
    notice = any(is_postponement(p.text) for p in recognised.closing)
    for para in recognised.closing:
        text = squash(para.text)
        if text and not notice:
            skipped.append(Skipped(text, "after the questions"))
    skipped.extend(Skipped(squash(p.text), why) for p, why in recognised.skipped)

    questions = [
        Question(f"q{i + 1}", draft.number, _text(draft.paras, drop_bold=sources.has_bold))
        for i, draft in enumerate(recognised.questions)
    ]
    position = {q.id: i for i, q in enumerate(questions)}
    answers: list[Answer] = []
    for k, draft in enumerate(recognised.answers):
        covered = tuple(
            sorted({questions[i].id for i in draft.questions}, key=position.__getitem__)
        )
        refers = questions[draft.refers_to].id if draft.refers_to is not None else None
        answers.append(Answer(f"a{k + 1}", covered, _text(draft.paras), refers))
    answers.sort(key=lambda a: position[a.questions[-1]])
    letter = Letter(
        metadata=metadata,
        body=body,
        questions=tuple(questions),
        answers=tuple(answers),
    )
    letter = _without_reference_cycles(letter, notes)
    letter = _renumber_footnotes(letter)
    problems = check_consistency(letter)
    if problems:  # a bug of ours, not of the document
        raise ImportFailure("The import produced an inconsistent letter: " + "; ".join(problems))
    if not letter.questions and metadata.postponement is None:
        raise ImportFailure(_nothing_found(front, recognised, fields))
    if sources.furniture_lines:
        count = sources.furniture_lines
        notes.append(f"{count} line{'s' if count != 1 else ''} of page furniture left out")
    guessed_numbers = [d for d in recognised.questions if d.number_guessed]
    if guessed_numbers and not any("no visible numbers" in n for n in notes):
        notes.append("Some question numbers were guessed")
    reports = [r for r in (fields.choose(name) for name in _FIELD_ORDER) if r is not None]
    reports.extend(_derived_reports(metadata, fields, ministry_derived=derived_ministry))
    report = ImportReport(
        source_name=sources.name,
        kind=sources.kind,
        fields=tuple(reports),
        skipped=tuple(skipped),
        questions=len(letter.questions),
        answers=len(letter.answers),
        footnotes=len(letter.footnotes()),
        notes=tuple(notes),
    )
    return letter, report


_FIELD_ORDER = (
    "your_reference",
    "our_reference",
    "letter_date",
    "submitted",
    "betreft",
    "subject",
    "classification",
)


def _nothing_found(front: list[Para], recognised: Recognised, fields: Fields) -> str:
    texts = [squash(p.text) for p in front + recognised.closing if squash(p.text)]
    if not texts and not fields.candidates:
        return "The document is empty: it has no text to import"
    found = [f"{len(texts)} paragraph{'s' if len(texts) != 1 else ''} of text"]
    for name in ("your_reference", "letter_date", "betreft"):
        report = fields.choose(name)
        if report:
            found.append(f"{report.label.lower()} {report.value}")
    first = next((t for t in texts), "")
    if first:
        found.append(f"starting “{first[:60]}{'…' if len(first) > 60 else ''}”")
    return "No questions found (no “Vraag 1” labels or numbered questions); found " + ", ".join(
        found
    )


def _without_reference_cycles(letter: Letter, notes: list[str]) -> Letter:
    answers = list(letter.answers)
    for index, answer in enumerate(answers):
        current = replace(letter, answers=tuple(answers))
        if answer.refers_to is not None and has_reference_cycle(current, answer):
            target = letter.question(answer.refers_to).number
            sentence = Block((Run(f"Zie antwoord op vraag {target}."),))
            answers[index] = replace(
                answer, refers_to=None, text=RichText((sentence, *answer.text.blocks))
            )
            notes.append(
                f"Answers referring to each other in a circle: question {target}'s kept as text"
            )
    return replace(letter, answers=tuple(answers))


# -- metadata --


def _metadata(  # noqa: PLR0915 - one pass over the letter part, one branch per phrase kind
    *,
    front: list[Para],
    closing: list[Para],
    sources: Sources,
    fields: Fields,
    used: set[int],
    notes: list[str],
) -> tuple[Metadata, Body, bool]:
    used.update(read_pairs(front, Source.BODY, fields))
    read_pairs(sources.headers, Source.HEADER, fields)
    read_properties(sources.properties, fields)
    for number in sources.furniture_zaak:
        fields.add("your_reference", number, Source.HEADER)
    zaak_candidates(sources.name, Source.FILE_NAME, fields)

    members: tuple[Member, ...] = ()
    offices: tuple[Office, ...] = ()
    subject = ""
    signatories: list[Signatory] = []
    on_behalf: list[Office] = []
    offering: RichText | None = None
    received: date | None = None
    postponement_texts: list[str] = []
    texts = [squash(p.text) for p in front]
    heading_texts: list[str] = []
    offering_end: int | None = None  # the last paragraph of the offering sentence
    signature_start: int | None = None
    index = 0
    while index < len(front):
        text = texts[index]
        if not text or index in used:
            index += 1
            continue
        if re.fullmatch(r"\d{4}\s?Z\s?\d{5}", text):
            zaak_candidates(text, Source.BODY, fields)
            used.add(index)
        elif _RETURN.match(text):
            used.add(index)
        elif _OFFERING.match(text):
            used.add(index)
            offering = RichText((b,)) if (b := _block(front[index], drop_bold=False)) else None
            offering_end = index
            _offering_facts(text, fields)
            # "…, mede namens de minister van Volksgezondheid, Welzijn en Sport, de antwoorden
            # aan …": the portfolio may hold a comma itself.
            behalf = re.search(
                r"mede\s+namens\s+(.+?),\s+(?:de\s+antwoorden|het\s+antwoord)\b", text, re.I
            ) or re.search(r"mede\s+namens\s+(.+?),\s", text, re.I)
            if behalf:
                on_behalf.extend(parse_offices(behalf.group(1)))
            heading_texts.append(text)
        elif re.match(r"^Deze\s+vragen\s+werden\s+ingezonden\s+op\b", text, re.I):
            used.add(index)
            day = parse_date(text)
            if day:
                fields.add("submitted", format_date(day), Source.BODY)
            zaak_candidates(text, Source.BODY, fields)
            if offering is not None:
                offering_end = index
                extra = _block(front[index], drop_bold=False)
                if extra:
                    offering = RichText((*offering.blocks, extra))
        elif (by := parse_answered_by(text)) is not None:
            used.add(index)
            signatories.append(Signatory(by.office, by.name))
            on_behalf.extend(by.on_behalf_of)
            received = by.received or received
        elif _ON_BEHALF.match(text) and len(text) < 200:
            used.add(index)
            on_behalf.extend(parse_offices(_ON_BEHALF.match(text).group(1)))  # type: ignore[union-attr]
        elif (
            _SIGNER_OFFICE.match(text)
            and (office := parse_office(text)) is not None
            and len(text) < 120
        ):
            used.add(index)
            if signature_start is None:
                signature_start = index
            name_index = next(
                (k for k in range(index + 1, min(index + 8, len(front))) if texts[k]), None
            )
            name = ""
            if name_index is not None and _looks_like_name(texts[name_index]):
                name = texts[name_index]
                used.add(name_index)
            signatories.append(Signatory(office, name))
        elif _HEADING.match(text) or re.search(r"\(ingezonden\b", text):
            used.add(index)
            # An intro heading may span two bold paragraphs.
            while (
                index + 1 < len(front)
                and texts[index + 1]
                and front[index + 1].bold
                and front[index].bold
                and not text.rstrip().endswith((".", ")"))
            ):
                index += 1
                used.add(index)
                text = f"{text} {texts[index]}"
            heading_texts.append(text)
            _heading_facts(text, fields)
        elif is_postponement(text):
            used.add(index)
            postponement_texts.append(text)
        elif re.match(
            r"^\s*Op\s+\d{1,2}\s+\w+.*\b(?:hebben|heeft)\b.*\bvragen\s+gesteld", text, re.I
        ):
            used.add(index)
            heading_texts.append(text)
            postponement_texts.append(text)
        index += 1
    # The notice after the questions ("Mededeling …"): its paragraphs are the postponement.
    if any(is_postponement(p.text) for p in closing):
        notice = [squash(p.text) for p in closing if squash(p.text)]
        postponement_texts.append(" ".join(notice))
        for text in notice:
            zaak_candidates(text, Source.BODY, fields)

    # Members, offices and subject: the Kamer's heading first, then the offering sentence.
    for text in sorted(heading_texts, key=lambda t: 0 if re.match(r"^\s*Vragen\s+van", t) else 1):
        phrase = parse_question_phrase(text)
        if phrase is None:
            continue
        members = members or phrase.members
        offices = offices or phrase.offices
        if phrase.subject and not subject:
            subject = phrase.subject
            fields.add("subject", subject, Source.BODY)

    paragraphs, closing_formula = _letter_text(front, texts, used, offering_end, signature_start)
    sender, addressee = _sender_and_addressee(front, texts, used, sources.headers)
    attachments = _attachments(front, texts, used)
    if not sender.ministry:
        named = next(
            (
                squash(p.text)
                for p in sources.headers
                if re.fullmatch(r"Ministerie\s+van\s+\S.{0,70}", squash(p.text))
            ),
            "",
        )
        sender = replace(sender, ministry=named)
    ministry_derived = False
    if signatories and not sender.ministry and signatories[0].office.portfolio:
        ministry_derived = True
        sender = replace(sender, ministry=f"Ministerie van {signatories[0].office.portfolio}")

    postponement = None
    if postponement_texts:
        reason = next((r for r in map(postponement_reason, postponement_texts) if r), "")
        letter_day = _date_of(fields, "letter_date")
        sent = received or letter_day
        if sent is None:
            notes.append("A postponement notice was found, but not its date; it was not recorded")
        else:
            postponement = Postponement(sent=sent, reason=reason)
        if sent is not None and re.search(r"\bjl\.", " ".join(postponement_texts)):
            day = parse_day_month(" ".join(heading_texts + postponement_texts), sent.year)
            if day and "submitted" not in fields.candidates:
                fields.guess(
                    "submitted",
                    format_date(day),
                    Source.BODY,
                    "The year was taken from the notice's date",
                )
    if postponement is None and received is not None:
        notes.append(f"The answer was received by the Kamer on {format_date(received)}")

    your_reference = _value(fields, "your_reference")
    metadata = Metadata(
        sender=sender,
        addressee=addressee or Metadata().addressee,
        our_reference=_value(fields, "our_reference"),
        your_reference=your_reference,
        letter_date=_date_of(fields, "letter_date"),
        subject=_value(fields, "subject") or subject,
        betreft=_value(fields, "betreft") or None,
        submitted=_date_of(fields, "submitted"),
        members=members,
        addressed_to=offices,
        signatories=tuple(signatories[:1])
        + tuple(s for s in signatories[1:] if s != signatories[0]),
        on_behalf_of=tuple(dict.fromkeys(on_behalf)),
        postponement=postponement,
        classification=_value(fields, "classification"),
        attachments=attachments,
    )
    if metadata.betreft is not None and squash(metadata.betreft) == squash(
        betreft_line(replace(metadata, betreft=None))
    ):
        metadata = replace(metadata, betreft=None)  # the usual wording: keep it derived
    if offering is not None and _plain(offering) == [
        squash(p) for p in offering_paragraphs(metadata)
    ]:
        offering = None  # the generated sentence: keep it generated
    return metadata, Body(offering, paragraphs, closing_formula), ministry_derived


def _attachments(front: list[Para], texts: list[str], used: set[int]) -> tuple[str, ...]:
    """The lines under "Bijlage(n)" in the reference column: up to the next label, the
    correspondence note, or (in a Word document) a paragraph of another style."""
    for index, text in enumerate(texts):
        if index in used or not _ATTACHMENTS.match(text):
            continue
        used.add(index)
        names: list[str] = []
        for k in range(index + 1, min(index + 1 + _MOST_ATTACHMENTS, len(texts))):
            if (
                not texts[k]
                or k in used
                or texts[k].lower().rstrip(":") in PAIR_LABELS
                or _CORRESPONDENCE_NOTE.match(texts[k])
                or (names and front[k].style != front[k - 1].style)
            ):
                break
            names.append(texts[k])
            used.add(k)
        return tuple(names)
    return ()


_CLOSING_FORMULA = re.compile(
    r"^(?:Hoogachtend|Met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|"
    r"Met\s+de\s+meeste\s+hoogachting)\s*,?$",
    re.I,
)


def _letter_text(
    front: list[Para],
    texts: list[str],
    used: set[int],
    offering_end: int | None,
    signature_start: int | None,
) -> tuple[RichText, str]:
    """The letter's own paragraphs between the offering sentence and the signature, and its
    closing formula ("Hoogachtend,"): the text a colleague added to the letter part."""
    if offering_end is None or signature_start is None or signature_start <= offering_end:
        return RichText(()), ""
    between = [
        k
        for k in range(offering_end + 1, signature_start)
        if texts[k] and k not in used and front[k].where == "body"
    ]
    closing = ""
    if between and _CLOSING_FORMULA.match(texts[between[-1]]):
        closing = texts[between[-1]]
        used.add(between.pop())
    blocks = [b for b in (_block(front[k], drop_bold=False) for k in between) if b]
    used.update(between)
    return RichText(tuple(blocks)), closing


def _plain(text: RichText) -> list[str]:
    return [squash(block.plain_text()) for block in text.blocks]


def _offering_facts(text: str, fields: Fields) -> None:
    letter = re.search(r"uw\s+brief\s+van\s+(\d{1,2}\s+\w+\s+\d{4})", text, re.I)
    if letter and (day := parse_date(letter.group(1))):
        fields.guess(
            "submitted",
            format_date(day),
            Source.BODY,
            "Taken from the date of the Kamer's letter (“uw brief van …”)",
        )
    number = re.search(r"\bnr\.?\s*([0-9A-Z][0-9A-Z ]{3,14}\d)\b", text)
    if number:
        value = number.group(1).replace(" ", "")
        if re.fullmatch(r"\d{4}Z\d{5}", value):
            fields.add("your_reference", value, Source.BODY)
        else:
            fields.guess(
                "your_reference",
                value,
                Source.BODY,
                f"“{value}” is not a Kamer zaaknummer (YYYYZnnnnn); it may be an internal number",
            )
    zaak_candidates(text, Source.BODY, fields)


def _heading_facts(text: str, fields: Fields) -> None:
    submitted = re.search(r"\(ingezonden\s+([^)]*)\)", text, re.I)
    if submitted:
        day = parse_date(submitted.group(1))
        if day:
            fields.add("submitted", format_date(day), Source.BODY)
    zaak_candidates(text, Source.BODY, fields)


def _looks_like_name(text: str) -> bool:
    return (
        2 <= len(text) <= 60
        and not text.endswith((".", ":"))
        and not re.search(r"\b(?:minister|staatssecretaris|vragen|antwoord)\b", text, re.I)
    )


def _value(fields: Fields, name: str) -> str:
    report = fields.choose(name)
    return report.value if report else ""


def _date_of(fields: Fields, name: str) -> date | None:
    report = fields.choose(name)
    return parse_date(report.value) if report else None


def _sender_and_addressee(
    front: list[Para], texts: list[str], used: set[int], headers: list[Para]
) -> tuple[Sender, tuple[str, ...]]:
    return_address = ""
    ministry = ""
    website = ""
    unit = ""
    addressee: list[str] = []
    visiting: list[str] = []
    postal: list[str] = []
    for index, text in enumerate(texts):
        match = _RETURN.match(text) if text else None
        if match:
            return_address = squash(match.group(1))
            used.add(index)
            continue
        if not text or index in used:
            continue
        if re.fullmatch(r"Ministerie\s+van\s+\S.*", text) and not ministry and len(text) < 80:
            ministry = text
            used.add(index)
        elif re.match(r"^Aan\s+de\s+Voorzitter\b", text, re.I) and not addressee:
            for k in range(index, min(index + 6, len(texts))):
                if texts[k]:
                    addressee.append(texts[k])
                    used.add(k)
                    if _POSTCODE.match(texts[k]):
                        break
        elif re.fullmatch(r"(?:https?://)?www\.\S+", text) and not website:
            website = text
            used.add(index)
        elif re.match(r"^(?:Directoraat-Generaal|Directie|Dienst|Afdeling)\b", text) and not unit:
            if front[index].where in _BESIDE_THE_TEXT:
                unit = text
                used.add(index)
        elif re.match(r"^Postbus\s+\d+$", text) and not postal:
            postal = [text]
            used.add(index)
            if index + 1 < len(texts) and _POSTCODE.match(texts[index + 1]):
                postal.append(squash(texts[index + 1]))
                used.add(index + 1)
        elif (
            re.match(r"^[A-Z][a-zà-ÿ]+(?:\s[A-Za-zà-ÿ]+)*\s\d+[a-zA-Z]?$", text)
            and index + 1 < len(texts)
            and _POSTCODE.match(texts[index + 1])
            and not visiting
            and (
                front[index].where in _BESIDE_THE_TEXT
                or (index + 2 < len(texts) and texts[index + 2].startswith("Postbus"))
            )
        ):
            visiting = [text, squash(texts[index + 1])]
            used.update({index, index + 1})
    sender = Sender(
        ministry=ministry,
        unit=unit,
        visiting_address=tuple(visiting),
        postal_address=tuple(postal),
        return_address=return_address,
        website=website,
    )
    return sender, tuple(addressee)


def _derived_reports(
    metadata: Metadata, fields: Fields, *, ministry_derived: bool
) -> list[FieldReport]:
    reports: list[FieldReport] = []

    def add(name: str, value: str, status: Status = Status.RECOGNISED, note: str = "") -> None:
        if value:
            from answerletter.importers.letterhead import LABELS

            reports.append(FieldReport(name, LABELS[name], value, Source.BODY, status, (), note))

    add("members", members_phrase(metadata.members))
    add("addressed_to", addressed_phrase(metadata.addressed_to))
    for signatory in metadata.signatories:
        add("signatories", f"{office_phrase(signatory.office)} {signatory.name}".strip())
    add("on_behalf_of", ", ".join(office_phrase(o) for o in metadata.on_behalf_of))
    if metadata.postponement:
        p = metadata.postponement
        add("postponement", f"{format_date(p.sent)}: {p.reason or '(no reason given)'}")
    sender = metadata.sender
    parts = [sender.ministry, sender.unit, ", ".join(sender.postal_address), sender.website]
    if any(parts[1:]):
        add(
            "sender",
            "; ".join(p for p in parts if p),
            Status.GUESSED if ministry_derived else Status.RECOGNISED,
            "The ministry's name was derived from the signer's office" if ministry_derived else "",
        )
    if metadata.addressee != Metadata().addressee:
        add("addressee", " / ".join(metadata.addressee))
    return reports


__all__ = ["Sources", "assemble"]
