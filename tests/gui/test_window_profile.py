"""The house-style picker in the letter details: lists shipped and user profiles, applies the
chosen one to the preview and remembers it; a broken profile is reported and not used."""

from __future__ import annotations

import json

import pytest
from window_helpers import preview_page_texts, small_letter, wait_for_preview

from answerletter.gui import profiles
from answerletter.layout import profile as layout_profile


@pytest.fixture
def user_profiles(tmp_path, monkeypatch):
    folder = tmp_path / "profiles"
    folder.mkdir()
    monkeypatch.setattr(layout_profile, "user_profiles_dir", lambda: folder)
    profiles._load.cache_clear()
    yield folder
    profiles._load.cache_clear()


def choose(window, name):
    combo = window.form.profile_combo
    combo.setCurrentIndex(combo.findText(name))
    combo.activated.emit(combo.currentIndex())


def test_choosing_a_user_profile(make_window, user_profiles, config, qtbot, tmp_path):
    (user_profiles / "proef.json").write_text(
        json.dumps({"name": "Proefstijl", "sender": {"ministry": "Ministerie van Proeven"}})
    )
    window = make_window(small_letter(2))
    combo = window.form.profile_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "proef" in names and "rijksoverheid" in names
    assert combo.currentText() == "rijksoverheid"
    choose(window, "proef")
    assert config.settings.profile == "proef"
    wait_for_preview(qtbot, window)
    assert window.preview.engine.profile.name == "Proefstijl"
    assert "Ministerie van Proeven" in preview_page_texts(qtbot, window, tmp_path)[0]
    assert window.form.lines["ministryEdit"].placeholderText() == "Ministerie van Proeven"


def test_a_broken_profile_is_reported_and_not_used(
    make_window, user_profiles, config, fake_dialogs
):
    (user_profiles / "kapot.json").write_text("{ dit is geen json")
    window = make_window(small_letter(2))
    choose(window, "kapot")
    assert fake_dialogs.errors and "kapot" in fake_dialogs.errors[0][2]
    assert config.settings.profile == ""
    assert window.form.profile_combo.currentText() == "rijksoverheid"


def test_combined_answer_label_follows_the_profile_on_screen_and_in_print(
    make_window, user_profiles, config, qtbot, tmp_path
):
    from answerletter.model import Answer, Letter

    (user_profiles / "vragen.json").write_text(
        json.dumps({"name": "Vragen", "labels": {"answer_combined": "Antwoord op vragen {list}"}})
    )
    base = small_letter(3)
    letter = Letter(
        metadata=base.metadata,
        questions=base.questions,
        answers=(Answer("a12", ("q1", "q2"), base.answers[0].text), base.answers[2]),
    )
    window = make_window(letter)
    window.list_pane.select_ids(["q1"])
    # The default house style writes the seed's form.
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 1 en 2"
    choose(window, "vragen")
    assert window.editor_pane.answer_label.text() == "Antwoord op vragen 1 en 2"
    printed = " ".join(preview_page_texts(qtbot, window, tmp_path))
    assert "Antwoord op vragen 1 en 2" in printed
    # A single answer keeps the single form.
    assert "Antwoord op vraag 3" in printed
    window.list_pane.select_ids(["q3"])
    assert window.editor_pane.answer_label.text() == "Antwoord op vraag 3"
