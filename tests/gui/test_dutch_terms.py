"""The Dutch interface as a ministry writes it: plural forms, our own button texts, one term
for one thing (issue 18)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from answerletter.gui import dialogs, i18n
from answerletter.gui.metadata_form import deadline_text
from answerletter.model import Metadata

DUTCH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "answerletter_nl.ts"

SUBMITTED = date(2026, 5, 1)  # deadline 22 May 2026


def _deadline(today: date, letter_date: date | None = None) -> str:
    return deadline_text(Metadata(submitted=SUBMITTED, letter_date=letter_date), today)[0]


@pytest.mark.parametrize(
    ("language", "one_left", "two_left", "one_ago", "one_late"),
    [
        ("nl", "(nog 1 dag)", "(nog 2 dagen)", "(1 dag geleden verstreken)", "(1 dag te laat"),
        ("en", "(1 day left)", "(2 days left)", "(passed 1 day ago)", "(answered 1 day late)"),
    ],
)
def test_deadline_days_use_plural_forms(qapp, language, one_left, two_left, one_ago, one_late):
    i18n.install(language)
    assert _deadline(date(2026, 5, 21)).endswith(one_left)
    assert _deadline(date(2026, 5, 20)).endswith(two_left)
    assert _deadline(date(2026, 5, 23)).endswith(one_ago)
    assert one_late in _deadline(date(2026, 5, 30), letter_date=date(2026, 5, 23))


@pytest.mark.parametrize(
    ("language", "save", "dont_save", "cancel"),
    [("nl", "&Opslaan", "&Niet opslaan", "Annuleren"), ("en", "&Save", "Do&n't Save", "Cancel")],
)
def test_unsaved_changes_buttons_are_ours(qapp, language, save, dont_save, cancel):
    # Qt's own Dutch says "Verwerpen", and its macOS "Don't Save" has no Dutch at all.
    i18n.install(language)
    box = dialogs.save_changes_box(None, "brief.kvb")
    try:
        texts = {
            which: box.button(which).text()
            for which in (
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
        }
    finally:
        box.deleteLater()
    assert list(texts.values()) == [save, dont_save, cancel]


def _dutch_translations() -> list[str]:
    root = ET.parse(DUTCH).getroot()
    texts = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts.extend(forms or [translation.text or ""])
    return [text.replace("&", "") for text in texts]


#: Word for word what the Dutch interface must not say, and what it says instead.
AVOIDED = {
    r"\blink": "koppeling (as Word says)",
    r"weghalen": "verwijderen",
    r"indiening": "ingezonden / inzending (the Kamer's word)",
    r"Beantwoording Kamervragen": "Antwoordbrieven",
    r"Recent geopend": "Recente brieven",
    r"Passend in": "Paginabreedte",
    r"vanuit voorbeeld": "op basis van voorbeeld",
    r"Taal van de bediening": "Weergavetaal",
    r"Verwerpen": "Niet opslaan",
    r"\d+ dagen\b(?!.*%n)": "plural forms with %n",
}


@pytest.mark.parametrize("pattern", list(AVOIDED))
def test_one_term_for_one_thing(pattern):
    found = [text for text in _dutch_translations() if re.search(pattern, text, re.IGNORECASE)]
    assert found == [], f"use {AVOIDED[pattern]}"


def test_error_titles_follow_one_pattern():
    # "Kan de brief niet openen", "Kan niet afdrukken": every "cannot" title starts "Kan".
    root = ET.parse(DUTCH).getroot()
    titles = [
        message.find("translation").text or ""
        for message in root.iter("message")
        if (message.findtext("source") or "").startswith("Cannot ")
        and message.find("translation").get("type") != "vanished"
    ]
    assert len(titles) >= 9
    # "Dat kan niet" titles a refused question command: the idiom, and still "kan ... niet".
    assert [t for t in titles if not t.startswith("Kan ") and t != "Dat kan niet"] == []


def test_button_names_in_sentences_are_quoted():
    texts = _dutch_translations()
    for name in ("Opnieuw laden", "Mijn versie houden", "Ongedaan maken", "Opslaan als"):
        sentences = [t for t in texts if name in t and len(t) > len(name) + 20]
        assert sentences, name
        assert all(f"‘{name}’" in t for t in sentences), (name, sentences)
