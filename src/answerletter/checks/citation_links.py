"""Kamerstuk citations and zaaknummers become links when a letter is written out (the
typesetter for PDF and print, the Word exporter).

The links are derived here, at output time, from the text (see ``checks.citations``) and are
never stored in the letter: the text stays as the user typed it, and a corrected citation
links to its new page by itself. Links are painted like the text around them (the house
style's link colour is black, not underlined), so the preview still shows the printed page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answerletter.checks.citations import citation_links
from answerletter.model.richtext import Run

# Cheap test before the full parse: most paragraphs cite nothing.
_MAY_CITE = re.compile(r"Kamerstuk|Handelingen|\d{4}Z\d{5}")


def link_runs(runs: Sequence[Run]) -> list[Run]:
    """*runs* with every citation in their joined text split out as a linked run. Runs that
    already carry a link are left alone, and a citation never overrides such a link."""
    text = "".join(run.text for run in runs)
    if not _MAY_CITE.search(text):
        return list(runs)
    links = citation_links(text)
    if not links:
        return list(runs)
    out: list[Run] = []
    offset = 0
    for run in runs:
        start, end = offset, offset + len(run.text)
        offset = end
        if run.marks.link is not None:
            out.append(run)
            continue
        at = start
        for link_start, link_end, url in links:
            if link_end <= at or link_start >= end:
                continue
            if link_start > at:
                out.append(Run(text[at:link_start], run.marks))
            stop = min(link_end, end)
            out.append(Run(text[max(at, link_start) : stop], replace(run.marks, link=url)))
            at = stop
        if at < end:
            out.append(Run(text[at:end], run.marks))
    return out
