"""The one recogniser of questions and answers, shared by the .docx, PDF and text paths.

Input: the document's paragraphs (``Para``), footnotes already in place. Output: the
paragraphs before the questions (the letter part, for metadata), the questions in document
order with the Kamer's numbers, the answers with the numbers they cover, and whatever fits
neither. Classification is by text pattern, boldness (where the source has it) and order,
never by style names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from answerletter.importers.paragraphs import Para, slice_content, strip_content
from answerletter.model import LINE_BREAK

_NUMS = r"\d{1,4}(?:\s*(?:,\s*(?:en\s+)?|en\s+|t/m\s+|tot\s+en\s+met\s+|[-–]\s*)\d{1,4})*"
_AFTER = rf"\s*[:.]?\s*(?:$|{LINE_BREAK}|:\s*)"
Q_LABEL = re.compile(rf"^\s*vra(?:ag|gen)\s+({_NUMS})(?:{_AFTER}|\s+(?=[A-Z«\"“‘(]))", re.I)
A_LABEL = re.compile(
    rf"^\s*antwoord(?:en)?(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?"
    rf"(?:(?:\s+({_NUMS}))(?:{_AFTER}|\s+(?=[A-Z«\"“‘(]))|{_AFTER})",
    re.I,
)
_TYPED_NUMBER = re.compile(r"^\s*(\d{1,4})(?:[.)]\s+|\s+(?=[A-Z«\"“‘(]))")
_REFERENCE = re.compile(
    r"^\s*Zie\s+(?:ook\s+)?(?:het\s+)?antwoord\s+(?:op|bij)\s+(?:de\s+)?vraag\s+(\d{1,4})\s*\.?\s*",
    re.I,
)
_RUNNING_LABELS = {"datum", "onze referentie", "ons kenmerk", "uw referentie", "uw kenmerk"}
_CLOSING = re.compile(r"^\s*(?:Toelichting\b|Mededeling\s*:?\s*$)", re.I)


def parse_numbers(text: str) -> list[int]:
    """ "7, 8, en 9" → [7, 8, 9]; "4 t/m 7" → [4, 5, 6, 7]."""
    numbers: list[int] = []
    tokens = re.findall(r"\d+|t/m|tot\s+en\s+met|[-–]", text)
    pending_range = False
    for token in tokens:
        if token.isdigit():
            value = int(token)
            if pending_range and numbers and value > numbers[-1] and value - numbers[-1] < 500:
                numbers.extend(range(numbers[-1] + 1, value + 1))
            elif value not in numbers:
                numbers.append(value)
            pending_range = False
        else:
            pending_range = True
    return numbers


@dataclass
class QuestionDraft:
    number: int
    paras: list[Para] = field(default_factory=list)
    number_guessed: bool = False
    #: Questions under one label ("Vraag 13 en 14") share a label id; -1 for none.
    label_id: int = -1


@dataclass
class AnswerDraft:
    questions: list[int]  # indices into Recognised.questions
    paras: list[Para] = field(default_factory=list)
    labelled: bool = True
    refers_to: int | None = None  # index into Recognised.questions


@dataclass
class Recognised:
    front: list[Para] = field(default_factory=list)
    questions: list[QuestionDraft] = field(default_factory=list)
    answers: list[AnswerDraft] = field(default_factory=list)
    closing: list[Para] = field(default_factory=list)
    skipped: list[tuple[Para, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mode: str = "labelled"


def _rest_after(para: Para, end: int) -> Para | None:
    content = strip_content(slice_content(para.content, end))
    return para.with_content(content) if content else None


def _is_blank(para: Para) -> bool:
    return not para.text.strip(" \t\u00a0\u2028\n")


class _State:
    def __init__(self, result: Recognised, has_bold: bool) -> None:
        self.result = result
        self.has_bold = has_bold
        self.group: list[int] = []  # questions since the last answer
        self.answer: AnswerDraft | None = None
        self.closing = False
        self.label_start = 0
        # Look-ups kept as questions and answers come in (letters have thousands).
        self.by_number: dict[int, list[int]] = {}
        self.answer_of: dict[int, AnswerDraft] = {}

    def start_questions(self, numbers: list[int], *, guessed: bool = False) -> None:
        if self.answer is not None or self.closing:
            self.group = []
        self.answer = None
        self.closing = False
        self.label_start = len(self.result.questions)
        label_id = self.label_start if len(numbers) > 1 else -1
        for number in numbers:
            self.by_number.setdefault(number, []).append(len(self.result.questions))
            self.group.append(len(self.result.questions))
            self.result.questions.append(
                QuestionDraft(number, number_guessed=guessed, label_id=label_id)
            )

    def start_answer(
        self, numbers: list[int] | None, *, labelled: bool = True
    ) -> AnswerDraft | None:
        """Start (or continue) the answer covering *numbers* (None: the questions just
        before); returns it, None when there is nothing to answer."""
        self.closing = False
        covered = self._covered(numbers)
        if not covered:
            if self.answer is not None:
                # A second "Antwoord" for the same questions: one answer continues.
                return self.answer
            self.result.notes.append(
                "An answer stood before any question; it is kept as skipped text"
            )
            self.answer = None
            self.closing = True
            return None
        existing = next((self.answer_of[i] for i in covered if i in self.answer_of), None)
        if existing is not None:
            self.result.notes.append(
                "Two answers cover question "
                + ", ".join(str(self.result.questions[i].number) for i in covered)
                + "; their texts were joined"
            )
            for index in covered:
                if index not in existing.questions:
                    existing.questions.append(index)
                self.answer_of[index] = existing
            self.answer = existing
            return existing
        self.answer = AnswerDraft(sorted(covered), labelled=labelled)
        self.result.answers.append(self.answer)
        for index in covered:
            self.answer_of[index] = self.answer
        return self.answer

    def _covered(self, numbers: list[int] | None) -> list[int]:
        if numbers is None:
            return list(self.group)
        answered = self.answer_of
        covered: list[int] = []
        for number in numbers:
            candidates = self.by_number.get(number, [])
            if not candidates:
                self.result.notes.append(
                    f"An answer names question {number}, which the document does not have"
                )
                continue
            open_ones = [i for i in candidates if i not in answered]
            covered.append((open_ones or candidates)[-1])
        if not covered and numbers:
            self.result.notes.append(
                "The answer to question(s) "
                + ", ".join(map(str, numbers))
                + " was put after the questions just before it"
            )
            return list(self.group)
        return covered

    def add(self, para: Para) -> None:
        if self.closing:
            self.result.closing.append(para)
        elif self.answer is not None:
            self.answer.paras.append(para)
        elif self.group:
            # Text under a shared label goes to its first question; shared out later.
            current = self.result.questions[max(self.label_start, self.group[0])]
            if (
                self.has_bold
                and para.bold is False
                and any(q.paras for q in (self.result.questions[i] for i in self.group))
            ):
                # Real letters leave some answers without a label: the plain (not bold)
                # paragraphs after a bold question are its answer.
                answer = self.start_answer(None, labelled=False)
                if answer is not None:
                    answer.paras.append(para)
                    return
            current.paras.append(para)
        else:
            self.result.front.append(para)


def recognise(paras: list[Para], *, has_bold: bool) -> Recognised:
    result = Recognised()
    paras = _drop_running_headers(paras, result)
    labelled = any(Q_LABEL.match(p.text) for p in paras)
    if labelled:
        result.mode = "labelled"
        _labelled(paras, result, has_bold)
    elif _numbered_starts(paras):
        result.mode = "numbered"
        _numbered(paras, result, has_bold)
    else:
        result.mode = "unnumbered"
        _unnumbered(paras, result)
    _split_shared_labels(result)
    _find_references(result)
    return result


def _drop_running_headers(paras: list[Para], result: Recognised) -> list[Para]:
    """The running header of follow-up pages ("Datum / 10 juli 2026 / Onze referentie /
    7604726") pasted into the flow, after the questions have begun."""
    out: list[Para] = []
    begun = False
    skip_value = False
    for para in paras:
        text = para.text.strip().rstrip(":")
        if Q_LABEL.match(para.text):
            begun = True
        if skip_value and text and len(text) < 40:
            skip_value = False
            continue
        skip_value = False
        if begun and text.lower() in _RUNNING_LABELS:
            skip_value = True
            continue
        out.append(para)
    return out


def _labelled(paras: list[Para], result: Recognised, has_bold: bool) -> None:
    state = _State(result, has_bold)
    for para in paras:
        if _is_blank(para) and not any(not hasattr(i, "text") for i in para.content):
            continue
        text = para.text
        q = Q_LABEL.match(text)
        if q:
            state.start_questions(parse_numbers(q.group(1)))
            rest = _rest_after(para, q.end())
            if rest is not None:
                state.add(rest)
            continue
        a = A_LABEL.match(text) if state.group or state.answer else None
        if a:
            numbers = parse_numbers(a.group(1)) if a.group(1) else None
            state.start_answer(numbers)
            rest = _rest_after(para, a.end())
            if rest is not None:
                state.add(rest)
            continue
        if state.group and _CLOSING.match(text):
            state.closing = True
        state.add(para)


def _numbered_starts(paras: list[Para]) -> list[int]:
    """Indices of paragraphs that start questions numbered 1, 2, 3 … (typed or Word's)."""
    starts: list[int] = []
    expected = 1
    for index, para in enumerate(paras):
        number = _start_number(para)
        if number is not None and number == expected:
            starts.append(index)
            expected += 1
    return starts if len(starts) >= 1 else []


def _start_number(para: Para) -> int | None:
    if para.label and re.fullmatch(r"\d{1,4}[.)]?", para.label) and para.level == 0:
        return int(re.match(r"\d+", para.label).group(0))  # type: ignore[union-attr]
    match = _TYPED_NUMBER.match(para.text)
    return int(match.group(1)) if match else None


def _numbered(paras: list[Para], result: Recognised, has_bold: bool) -> None:
    starts = set(_numbered_starts(paras))
    state = _State(result, has_bold)
    for index, para in enumerate(paras):
        if _is_blank(para):
            continue
        if index in starts:
            number = _start_number(para)
            assert number is not None
            state.start_questions([number])
            if para.label:
                state.add(para)
            else:
                match = _TYPED_NUMBER.match(para.text)
                rest = _rest_after(para, match.end()) if match else para
                if rest is not None:
                    state.add(rest)
            continue
        a = A_LABEL.match(para.text) if state.group else None
        if a:
            state.start_answer(parse_numbers(a.group(1)) if a.group(1) else None)
            rest = _rest_after(para, a.end())
            if rest is not None:
                state.add(rest)
            continue
        if state.group and _CLOSING.match(para.text):
            state.closing = True
        state.add(para)


def _unnumbered(paras: list[Para], result: Recognised) -> None:
    """No visible numbers (lost in a copy): every paragraph after the heading is a question."""
    start = 0
    for index, para in enumerate(paras):
        if re.search(r"\(ingezonden\b", para.text, re.I) or re.match(
            r"^\s*Vragen\s+van\b", para.text
        ):
            start = index + 1
            break
    result.front.extend(paras[:start])
    number = 0
    closing = False
    pending: list[Para] = []
    for para in paras[start:]:
        if _is_blank(para):
            continue
        text = para.text
        if _CLOSING.match(text) or closing:
            closing = True
            result.closing.append(para)
            continue
        if _FRONT_MATTER.match(text) or (
            not number and not _QUESTION_END.search(text) and (_is_notice(text))
        ):
            result.front.append(para)
            continue
        pending.append(para)
        if _QUESTION_END.search(text):
            # A question ends with its question mark; sentences before it are its context.
            number += 1
            result.questions.append(QuestionDraft(number, pending, number_guessed=True))
            pending = []
    if pending:
        if result.questions:
            result.closing.extend(pending)
        else:
            result.front.extend(pending)
    if number:
        result.notes.append(
            f"The questions carry no visible numbers; they were numbered 1–{number} in order"
        )


_QUESTION_END = re.compile(r"\?[\s\u201d\u00bb\"'\ufffc]*(?:\d{1,2}\))?\s*$")
_FRONT_MATTER = re.compile(
    r"^\s*(?:Antwoord\s+van|Mededeling\s+van|AH\s+\d+$|\d{4}\s?Z\s?\d{5}\s*$)", re.I
)


def _is_notice(text: str) -> bool:
    return bool(
        re.search(r"niet\s+binnen\s+de\s+(?:gebruikelijke\s+)?termijn", text, re.I)
        or re.match(r"^\s*Op\s+\d{1,2}\s+\w+.*\bvragen\s+gesteld", text, re.I)
    )


def _split_shared_labels(result: Recognised) -> None:
    """ "Vraag 13 en 14" with one text: the paragraphs are shared out, one per question, when
    there are enough; otherwise the first question keeps the text."""
    index = 0
    questions = result.questions
    while index < len(questions):
        label_id = questions[index].label_id
        if label_id < 0:
            index += 1
            continue
        end = index
        while end + 1 < len(questions) and questions[end + 1].label_id == label_id:
            end += 1
        group = questions[index : end + 1]
        paras = [p for q in group for p in q.paras]
        if len(group) > 1:
            if len(paras) >= len(group):
                for k, question in enumerate(group):
                    question.paras = [paras[k]] if k < len(group) - 1 else paras[k:]
                result.notes.append(
                    "Vraag "
                    + " en ".join(str(q.number) for q in group)
                    + " had one label; its paragraphs were shared out over the questions"
                )
            else:
                result.notes.append(
                    "Vraag "
                    + " en ".join(str(q.number) for q in group)
                    + f" had one label and one text; the text is on question {group[0].number}"
                )
        index = end + 1


def _find_references(result: Recognised) -> None:
    for answer in result.answers:
        paras = [p for p in answer.paras if not _is_blank(p)]
        if not paras:
            continue
        first = paras[0]
        match = _REFERENCE.match(first.text)
        if not match:
            continue
        number = int(match.group(1))
        own = {result.questions[i].number for i in answer.questions}
        targets = [i for i, q in enumerate(result.questions) if q.number == number]
        if not targets or number in own:
            continue
        answer.refers_to = targets[0]
        rest = _rest_after(first, match.end())
        position = answer.paras.index(first)
        if rest is None:
            del answer.paras[position]
        else:
            answer.paras[position] = rest
