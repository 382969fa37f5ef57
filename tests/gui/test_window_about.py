"""Help > About names the licence right after the copyright notice, as the EUPL asks, and
the third-party licences; in Dutch too."""

from __future__ import annotations

from window_helpers import small_letter

from answerletter import COPYRIGHT
from answerletter.gui import dialogs


def shown_about(window, monkeypatch) -> tuple[str, str]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_information", lambda parent, t, x: shown.append((t, x)))
    window.about_action.trigger()
    (about,) = shown
    return about


def test_about_names_the_eupl_after_the_copyright(make_window, monkeypatch):
    window = make_window(small_letter(1))
    title, text = shown_about(window, monkeypatch)
    assert title == "About AnswerLetter"
    assert f"{COPYRIGHT}. Licensed under the EUPL-1.2" in text
    assert "LGPL-3.0" in text and "THIRD-PARTY.md" in text and "LICENSE" in text


def test_about_in_dutch(make_window, fake_dialogs, monkeypatch):
    window = make_window(small_letter(1))
    fake_dialogs.language = "nl"
    window.preferences_action.trigger()
    title, text = shown_about(window, monkeypatch)
    assert title == "Over AnswerLetter"
    assert f"{COPYRIGHT}. In licentie gegeven krachtens de EUPL-1.2" in text
    assert "LGPL-3.0" in text
