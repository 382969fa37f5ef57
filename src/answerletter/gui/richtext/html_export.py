"""Rich text as simple HTML, for copying to other programs (Word, e-mail).

Plain semantic tags only (<p>, <ul>/<ol>, <b>, <i>, <u>, <sup>, <sub>, <a>); footnotes become
a superscript number with the note's text in a list at the end, as mail programs cannot hold
real footnotes.
"""

from __future__ import annotations

from html import escape

from answerletter.model.richtext import LINE_BREAK, Block, Footnote, ListKind, RichText, Run, Script


def _runs_html(runs: tuple[Run, ...]) -> str:
    parts: list[str] = []
    for run in runs:
        text = escape(run.text, quote=False).replace(LINE_BREAK, "<br>")
        marks = run.marks
        if marks.script is Script.SUPER:
            text = f"<sup>{text}</sup>"
        elif marks.script is Script.SUB:
            text = f"<sub>{text}</sub>"
        if marks.underline:
            text = f"<u>{text}</u>"
        if marks.italic:
            text = f"<i>{text}</i>"
        if marks.bold:
            text = f"<b>{text}</b>"
        if marks.link is not None:
            text = f'<a href="{escape(marks.link, quote=True)}">{text}</a>'
        parts.append(text)
    return "".join(parts)


def _block_html(block: Block, notes: list[Footnote]) -> str:
    parts: list[str] = []
    for item in block.content:
        if isinstance(item, Footnote):
            notes.append(item)
            parts.append(f"<sup>{len(notes)}</sup>")
        else:
            parts.append(_runs_html((item,)))
    return "".join(parts)


def html_from_richtext(text: RichText) -> str:
    """A small HTML document holding *text*."""
    out: list[str] = []
    notes: list[Footnote] = []
    open_lists: list[tuple[ListKind, int]] = []  # (kind, level) from the outside in

    def close_to(level: int) -> None:
        while open_lists and open_lists[-1][1] >= level:
            kind, _ = open_lists.pop()
            out.append("</ol>" if kind is ListKind.NUMBER else "</ul>")

    for block in text.blocks:
        content = _block_html(block, notes)
        if block.list_kind is None:
            close_to(0)
            out.append(f"<p>{content}</p>")
            continue
        close_to(block.level + 1)
        if open_lists and open_lists[-1] == (block.list_kind, block.level):
            pass
        else:
            close_to(block.level)
            while not open_lists or open_lists[-1][1] < block.level:
                level = open_lists[-1][1] + 1 if open_lists else 0
                level = min(level, block.level)
                kind = block.list_kind if level == block.level else ListKind.BULLET
                open_lists.append((kind, level))
                out.append("<ol>" if kind is ListKind.NUMBER else "<ul>")
                if level == block.level:
                    break
        out.append(f"<li>{content}</li>")
    close_to(0)
    if notes:
        items = "".join(f"<li>{_runs_html(note.body)}</li>" for note in notes)
        out.append(f"<hr><ol>{items}</ol>")
    body = "".join(out)
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def plain_from_richtext(text: RichText) -> str:
    """Paragraphs on lines; soft line breaks as newlines; footnote marks left out."""
    return "\n".join(block.plain_text().replace(LINE_BREAK, "\n") for block in text.blocks)
