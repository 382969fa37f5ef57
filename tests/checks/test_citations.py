"""Real citation forms (from answer letters and Aanhangsel texts) and the pages they name."""

from __future__ import annotations

import pytest

from answerletter.checks.citations import citation_links, find_citations

OB = "https://zoek.officielebekendmakingen.nl/"

TABLE = [
    ("Kamerstuk 31 865, nr. 207", OB + "kst-31865-207"),
    ("Kamerstukken II 2005/06, 29 950, nr. 40", OB + "kst-29950-40"),
    ("Kamerstukken II 2005\u20132006, 29 950, nr. 40", OB + "kst-29950-40"),
    ("Kamerstuk 25 242, nr. 686", OB + "kst-25242-686"),
    ("Kamerstuk 36 200 XVI, nr. 77", OB + "kst-36200-XVI-77"),
    ("Kamerstuk 36\u00a0200, nr. 77", OB + "kst-36200-77"),
    ("Aanhangsel Handelingen II 2023/24, nr. 1121", OB + "ah-tk-20232024-1121"),
    ("Aanhangsel Handelingen II 2023\u20132024, nr. 1121", OB + "ah-tk-20232024-1121"),
    ("Aanhangsel van de Handelingen II 2024/25, nr. 562", OB + "ah-tk-20242025-562"),
    ("Handelingen II 2023/24, nr. 12, item 5", OB + "h-tk-20232024-12-5"),
    ("Handelingen I 2019/20, nr. 5, item 3", OB + "h-ek-20192020-5-3"),
    ("2024Z11859", "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z11859"),
]


@pytest.mark.parametrize(("citation", "url"), TABLE)
def test_a_citation_names_its_official_page(citation: str, url: str) -> None:
    text = f"Zie ook {citation}."
    [(start, end, found_url)] = citation_links(text)
    assert text[start:end] == citation
    assert found_url == url


def test_several_citations_in_one_footnote_each_become_a_link() -> None:
    text = "Kamerstuk 25 242, nr. 686; Kamerstuk 36 200, nr. 77 (2024Z16988)"
    assert [url for _, _, url in citation_links(text)] == [
        OB + "kst-25242-686",
        OB + "kst-36200-77",
        "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z16988",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kamerstuk 31 865 nr 207",  # no comma, no full stop after nr
        "Kamerstuk 31 865",  # no number
        "Kamerstukken II 2005/07, 29 950, nr. 40",  # the years do not follow each other
        "Aanhangsel Handelingen 1121",
    ],
)
def test_a_citation_that_almost_parses_is_reported_as_such(text: str) -> None:
    [citation] = find_citations(text)
    assert citation.kind == "almost"
    assert citation.url is None


def test_a_whole_sitting_of_the_handelingen_is_a_citation_without_a_page() -> None:
    [citation] = find_citations("Handelingen II 2023/24, nr. 12")
    assert (citation.kind, citation.url) == ("handelingen", None)


@pytest.mark.parametrize("text", ["de Handelingen van gisteren", "een Kamerstuk", "2024D12345"])
def test_words_alone_are_no_citation(text: str) -> None:
    assert find_citations(text) == []
