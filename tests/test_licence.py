"""The project's licence: LICENSE is the official EUPL-1.2 text (fifteen articles and the
appendix of compatible licences), and every place that names a licence names this one."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from answerletter import COPYRIGHT, LICENCE

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [
    "Definitions",
    "Scope of the rights granted by the Licence",
    "Communication of the Source Code",
    "Limitations on copyright",
    "Obligations of the Licensee",
    "Chain of Authorship",
    "Disclaimer of Warranty",
    "Disclaimer of Liability",
    "Additional agreements",
    "Acceptance of the Licence",
    "Information to the public",
    "Termination of the Licence",
    "Miscellaneous",
    "Jurisdiction",
    "Applicable Law",
]


def test_licence_is_the_eupl_1_2_with_all_articles_and_the_appendix():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "EUPL © the European Union 2007, 2016" in text
    headings = re.findall(r"^(\d+)\. (.+)$", text, flags=re.MULTILINE)
    assert headings == [(str(n), title) for n, title in enumerate(ARTICLES, start=1)]
    appendix = text.split("\nAppendix\n", 1)[1]
    assert "‘Compatible Licences’ according to Article 5 EUPL are:" in appendix
    compatible = ("(GPL) v. 2, v. 3", "(LGPL) v. 2.1, v. 3", "(MPL) v. 2", "(EUPL) v. 1.1, v. 1.2")
    for licence in compatible:
        assert licence in appendix
    assert text.rstrip().endswith("All other changes or additions to this Appendix require the "
                                  "production of a new\nEUPL version.")  # fmt: skip


def test_package_metadata_and_appstream_name_the_eupl():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == LICENCE == "EUPL-1.2"
    assert {"LICENSE", "THIRD-PARTY.md"} <= set(project["license-files"])
    metainfo = ROOT / "packaging" / "linux" / "nl.answerletter.AnswerLetter.metainfo.xml"
    assert ET.parse(metainfo).getroot().findtext("project_license") == LICENCE


def test_third_party_notice_covers_fonts_qt_and_the_dictionary_to_come():
    notice = (ROOT / "THIRD-PARTY.md").read_text(encoding="utf-8")
    assert COPYRIGHT in notice and "EUPL-1.2" in notice
    assert "LGPL-3.0" in notice and "PySide6" in notice
    # The DejaVu licence is quoted in full from the file that ships with the fonts.
    fonts = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera is a trademark" in fonts and "Bitstream Vera is a trademark" in notice
    assert "OpenTaal" in notice
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        licence = (ROOT / "licenses" / text).read_text(encoding="utf-8")
        assert "Version 3, 29 June 2007" in licence
