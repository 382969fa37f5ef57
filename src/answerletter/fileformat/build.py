"""Builds the model from a schema-valid tree, checking what the schema cannot.

The checks here are the format's semantic rules (unique ids, answers that cover existing
questions and stand after them, references that resolve without circles, real dates); each
problem carries the line it was found on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from lxml import etree

from answerletter.fileformat.errors import QT_TRANSLATE_NOOP, Problem
from answerletter.fileformat.names import NS
from answerletter.model import (
    Acceptance,
    Answer,
    Block,
    Body,
    DocumentKind,
    Footnote,
    Inline,
    Letter,
    ListKind,
    Marks,
    Member,
    Metadata,
    Office,
    Postponement,
    Question,
    RichText,
    Run,
    Script,
    Sender,
    Signatory,
)
from answerletter.model.consistency import check_consistency, has_reference_cycle
from answerletter.model.richtext import LINE_BREAK, clean_plain, clean_text

_NS_LEN = len(NS)
_PARAGRAPH = f"{NS}p"


def _local(element: etree._Element) -> str:
    return str(element.tag)[_NS_LEN:]


def _elements(parent: etree._Element) -> list[etree._Element]:
    """Child elements, skipping comments (filtered by lxml, not in Python)."""
    return list(parent.iterchildren(etree.Element))


def _plain_block(text: str) -> Block:
    """The block of a paragraph holding only text: built directly in canonical form (one
    cleaned, non-empty run; no list), skipping the normalisation ``Block()`` runs over its
    content, which costs more than the rest of reading a plain paragraph. Equal to
    ``Block((Run(text),))`` (proven over random letters by the tests)."""
    block: Block = object.__new__(Block)
    text = clean_text(text)
    setattr_ = object.__setattr__
    setattr_(block, "content", (Run(text),) if text else ())
    setattr_(block, "list_kind", None)
    setattr_(block, "level", 0)
    return block


#: Question numbers run to the thousands; more digits than this is not a real number.
MAX_NUMBER_DIGITS = 9


class LetterBuilder:
    """One use: ``LetterBuilder().build(root)``; problems gather in ``problems``.

    *fast* takes the fast path for plain paragraphs (``_plain_block``); without it every
    block goes the general way (the tests compare the two).
    """

    def __init__(self, *, fast: bool = True) -> None:
        self.problems: list[Problem] = []
        self._id_lines: dict[str, int] = {}
        self._fast = fast

    def problem(
        self, template: str, element: etree._Element | None = None, **values: object
    ) -> None:
        """Records the problem *template* (marked for translation) with *values*."""
        line = element.sourceline if element is not None else None
        self.problems.append(Problem.of(template, line, **values))

    # -- top level --

    def build(self, root: etree._Element) -> Letter:
        metadata_el, body_el, questions_el, *rest = _elements(root)
        questions, answers = self._questions(questions_el)
        letter = Letter(
            metadata=self._metadata(metadata_el),
            body=self._body(body_el),
            questions=questions,
            answers=answers,
            kind=DocumentKind(root.get("kind", DocumentKind.ANSWER_LETTER.value)),
            accepted=_acceptances(rest[0]) if rest else (),
        )
        if not self.problems:
            # A safety net: anything the model considers broken that the checks above missed.
            self.problems += [Problem(p) for p in check_consistency(letter)]
        return letter

    # -- metadata --

    def _metadata(self, element: etree._Element) -> Metadata:
        parts = {_local(child): child for child in _elements(element)}
        text = {name: _plain(child.text) for name, child in parts.items()}
        meta = Metadata(
            sender=self._sender(parts["sender"]),
            addressee=_lines(parts["addressee"]),
            our_reference=text.get("our-reference", ""),
            your_reference=text.get("your-reference", ""),
            letter_date=self._date(parts.get("letter-date")),
            subject=text.get("subject", ""),
            betreft=text.get("betreft"),
            submitted=self._date(parts.get("submitted")),
        )
        if "members" in parts:
            members = tuple(
                Member(_plain(m.text), _plain(m.get("party"))) for m in _elements(parts["members"])
            )
            meta = replace(meta, members=members)
        if "addressed-to" in parts:
            meta = replace(meta, addressed_to=_offices(parts["addressed-to"]))
        if "signatories" in parts:
            signatories = tuple(
                Signatory(_office(s), _plain(s.text)) for s in _elements(parts["signatories"])
            )
            meta = replace(meta, signatories=signatories)
        if "on-behalf-of" in parts:
            meta = replace(meta, on_behalf_of=_offices(parts["on-behalf-of"]))
        if "postponement" in parts:
            meta = replace(meta, postponement=self._postponement(parts["postponement"]))
        if "attachments" in parts:
            attachments = tuple(_plain(a.text) for a in _elements(parts["attachments"]))
            meta = replace(meta, attachments=attachments)
        return replace(meta, classification=text.get("classification", ""))

    def _sender(self, element: etree._Element) -> Sender:
        parts = {_local(child): child for child in _elements(element)}
        text = {name: _plain(child.text) for name, child in parts.items()}
        return Sender(
            ministry=text.get("ministry", ""),
            unit=text.get("unit", ""),
            visiting_address=_lines(parts["visiting-address"])
            if "visiting-address" in parts
            else (),
            postal_address=_lines(parts["postal-address"]) if "postal-address" in parts else (),
            return_address=text.get("return-address", ""),
            website=text.get("website", ""),
            logo=text.get("logo", ""),
        )

    def _postponement(self, element: etree._Element) -> Postponement | None:
        sent = self._parse_date(element.get("sent", ""), element, "sent")
        expected_text = element.get("expected")
        expected = None
        if expected_text is not None:
            expected = self._parse_date(expected_text, element, "expected")
        reason = next((_plain(r.text) for r in _elements(element)), "")
        return Postponement(sent, reason, expected) if sent else None

    def _date(self, element: etree._Element | None) -> date | None:
        if element is None:
            return None
        return self._parse_date(element.text or "", element, _local(element))

    def _parse_date(self, text: str, element: etree._Element, what: str) -> date | None:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            self.problem(
                QT_TRANSLATE_NOOP(
                    "FileFormat", "The {what} date {date!r} is not a real calendar date"
                ),
                element,
                what=what,
                date=text,
            )
            return None

    # -- body --

    def _body(self, element: etree._Element) -> Body:
        parts = {_local(child): child for child in _elements(element)}
        return Body(
            offering=self._rich_text(parts["offering"]) if "offering" in parts else None,
            paragraphs=self._rich_text(parts["paragraphs"])
            if "paragraphs" in parts
            else RichText(),
            closing=_plain(parts["closing"].text) if "closing" in parts else "",
        )

    # -- questions and answers --

    def _register_id(self, value: str, element: etree._Element) -> None:
        first = self._id_lines.get(value)
        if first is not None:
            self.problem(
                QT_TRANSLATE_NOOP(
                    "FileFormat", "The id {id!r} is used twice (first on line {first})"
                ),
                element,
                id=value,
                first=first,
            )
        else:
            self._id_lines[value] = element.sourceline or 0

    def _questions(
        self, element: etree._Element
    ) -> tuple[tuple[Question, ...], tuple[Answer, ...]]:
        questions: list[Question] = []
        answers: list[Answer] = []
        position: dict[str, int] = {}
        answered_by: dict[str, str] = {}
        elements_of: dict[str, etree._Element] = {}
        for child in _elements(element):
            identifier = child.get("id", "")
            self._register_id(identifier, child)
            if _local(child) == "question":
                if identifier not in position:
                    position[identifier] = len(questions)
                questions.append(
                    Question(identifier, self._question_number(child), self._rich_text(child))
                )
                continue
            covered = self._covered(child, identifier, position, answered_by, len(questions))
            answers.append(
                Answer(identifier, covered, self._rich_text(child), child.get("refers-to"))
            )
            elements_of[identifier] = child
        letter = Letter(questions=tuple(questions), answers=tuple(answers))
        self._check_references(letter, elements_of)
        return letter.questions, letter.answers

    def _question_number(self, element: etree._Element) -> int:
        text = element.get("number", "0").strip()
        if len(text) > MAX_NUMBER_DIGITS:
            # int() of thousands of digits raises ValueError (and costs quadratic time).
            self.problem(
                QT_TRANSLATE_NOOP("FileFormat", "The question number {number}… is too large"),
                element,
                number=text[:12],
            )
            return 1
        return int(text)

    def _covered(
        self,
        element: etree._Element,
        answer_id: str,
        position: dict[str, int],
        answered_by: dict[str, str],
        questions_so_far: int,
    ) -> tuple[str, ...]:
        names = (element.get("questions") or "").split()
        for qid in names:
            if qid not in position:
                self.problem(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "Answer {answer!r} answers question {question!r}, which is not among the "
                        "questions before it (an answer follows the questions it answers)",
                    ),
                    element,
                    answer=answer_id,
                    question=qid,
                )
            elif qid in answered_by:
                self.problem(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "Question {question!r} is answered twice: by {first!r} and by {answer!r}",
                    ),
                    element,
                    question=qid,
                    first=answered_by[qid],
                    answer=answer_id,
                )
            else:
                answered_by[qid] = answer_id
        known = sorted({q for q in names if q in position}, key=position.__getitem__)
        if known and position[known[-1]] != questions_so_far - 1:
            self.problem(
                QT_TRANSLATE_NOOP(
                    "FileFormat",
                    "Answer {answer!r} must stand right after the last question it answers "
                    "({question!r}), not after later questions",
                ),
                element,
                answer=answer_id,
                question=known[-1],
            )
        if len(set(names)) != len(names):
            self.problem(
                QT_TRANSLATE_NOOP("FileFormat", "Answer {answer!r} names a question twice"),
                element,
                answer=answer_id,
            )
        return tuple(known)

    def _check_references(self, letter: Letter, elements_of: dict[str, etree._Element]) -> None:
        for answer in letter.answers:
            target = answer.refers_to
            element = elements_of[answer.id]
            if target is None:
                continue
            if target not in letter.question_index:
                self.problem(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "Answer {answer!r} refers to question {question!r}, which does not exist",
                    ),
                    element,
                    answer=answer.id,
                    question=target,
                )
            elif target in answer.questions:
                self.problem(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "Answer {answer!r} refers to question {question!r}, which it answers "
                        "itself",
                    ),
                    element,
                    answer=answer.id,
                    question=target,
                )
            elif has_reference_cycle(letter, answer):
                self.problem(
                    QT_TRANSLATE_NOOP(
                        "FileFormat",
                        "Answer {answer!r} is part of a circle of answers referring to each other",
                    ),
                    element,
                    answer=answer.id,
                )

    # -- rich text --

    def _rich_text(self, element: etree._Element) -> RichText:
        blocks = []
        for child in element.iterchildren(etree.Element):
            if not self._fast or len(child) or child.tag != _PARAGRAPH:
                blocks.append(self._block(child))
            else:  # the fast path: most paragraphs are plain text
                blocks.append(_plain_block(child.text or ""))
        return RichText(tuple(blocks))

    def _block(self, element: etree._Element) -> Block:
        content: list[Inline] = []
        if element.text:
            content.append(Run(element.text))
        for child in element:
            if isinstance(child.tag, str):
                if _local(child) == "note":
                    self._register_id(child.get("id", ""), child)
                    body: list[Run] = []
                    _collect_runs(child, Marks(), body)
                    content.append(Footnote(child.get("id", ""), tuple(body)))
                else:
                    runs: list[Run] = []
                    _collect_element(child, Marks(), runs)
                    content.extend(runs)
            if child.tail:
                content.append(Run(child.tail))
        if _local(element) == "li":
            return Block(
                tuple(content), ListKind(element.get("list")), int(element.get("level", "0"))
            )
        return Block(tuple(content))


def _collect_runs(element: etree._Element, marks: Marks, out: list[Run]) -> None:
    """Runs for the content of *element* (its text and children), all with *marks* added."""
    if element.text:
        out.append(Run(element.text, marks))
    for child in element:
        if isinstance(child.tag, str):
            _collect_element(child, marks, out)
        if child.tail:
            out.append(Run(child.tail, marks))


def _collect_element(element: etree._Element, marks: Marks, out: list[Run]) -> None:
    """Runs for a mark element (or <br/>) inside text that already has *marks*."""
    tag = _local(element)
    if tag == "br":
        out.append(Run(LINE_BREAK, marks))
        return
    _collect_runs(element, _with_mark(marks, tag, element), out)


#: Marks with one more mark, by (marks, tag, href): a letter uses a handful of combinations,
#: and ``dataclasses.replace`` costs more than the rest of reading a mark element.
_MARKS_WITH: dict[tuple[Marks, str, str | None], Marks] = {}


def _with_mark(marks: Marks, tag: str, element: etree._Element) -> Marks:
    href = element.get("href") if tag == "a" else None
    key = (marks, tag, href)
    found = _MARKS_WITH.get(key)
    if found is None:
        if len(_MARKS_WITH) > 4096:  # many distinct links: keep the cache small
            _MARKS_WITH.clear()
        found = _MARKS_WITH[key] = _marks_with(marks, tag, href)
    return found


def _marks_with(marks: Marks, tag: str, href: str | None) -> Marks:
    # An inner mark of the same kind wins (a link inside a link, sub inside sup).
    if tag == "b":
        return replace(marks, bold=True)
    if tag == "i":
        return replace(marks, italic=True)
    if tag == "u":
        return replace(marks, underline=True)
    if tag == "sup":
        return replace(marks, script=Script.SUPER)
    if tag == "sub":
        return replace(marks, script=Script.SUB)
    return replace(marks, link=href)


def _plain(text: str | None) -> str:
    """A one-line field as the writer would write it (line breaks become spaces), so a file
    with a line break in such a field reads to the value it will be saved as."""
    return clean_plain(text or "")


def _lines(element: etree._Element) -> tuple[str, ...]:
    return tuple(_plain(line.text) for line in _elements(element))


def _office(element: etree._Element) -> Office:
    # An absent preposition is "van" (the schema's default), never the portfolio list's
    # guess: a file means what it says whatever that list holds today.
    return Office(
        _plain(element.get("title")),
        _plain(element.get("portfolio")),
        element.get("preposition") or "van",
    )


def _offices(element: etree._Element) -> tuple[Office, ...]:
    return tuple(_office(office) for office in _elements(element))


def _acceptances(element: etree._Element) -> tuple[Acceptance, ...]:
    return tuple(
        Acceptance(
            check=child.get("check", ""),
            item=child.get("item", ""),
            part=child.get("part", ""),
            field=child.get("field", ""),
            excerpt=child.get("excerpt", ""),
            reason=_plain(child.text),
        )
        for child in _elements(element)
    )
