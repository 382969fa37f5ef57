"""Interface language: switching in the preferences retranslates the open window at once,
keeps the letter and its history, and is remembered; Qt's own strings follow too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from window_helpers import small_letter

from answerletter.gui import i18n


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_dutch_and_back(make_window, fake_dialogs, config):
    window = make_window(small_letter(3))
    window.list_pane.select_ids(["q2"])
    window.question_actions.add.trigger()
    history = window.document.undo_stack.count()
    assert menu_titles(window) == ["&File", "&Edit", "Fo&rmat", "&Questions", "&View", "&Help"]

    fake_dialogs.language = "nl"
    window.preferences_action.trigger()
    assert config.settings.language == "nl"
    assert menu_titles(window) == ["&Bestand", "Be&werken", "Opmaa&k", "&Vragen", "Beel&d", "&Help"]
    assert window.questions_dock.windowTitle() == "Vragen"
    assert window.list_pane.filter_box.placeholderText() == "Vragen filteren…"
    assert window.form.lines["subjectEdit"].accessibleName() == "Onderwerp"
    # History entries made before the switch speak the new language too.
    assert window.undo_action.text() == "Vraag toevoegen &ongedaan maken"
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Verwerpen"
    # The letter, its history and the selection survive the switch.
    assert window.document.undo_stack.count() == history
    assert len(window.document.letter.questions) == 4
    window.undo_action.trigger()
    assert len(window.document.letter.questions) == 3

    fake_dialogs.language = "en"
    window.preferences_action.trigger()
    assert menu_titles(window) == ["&File", "&Edit", "Fo&rmat", "&Questions", "&View", "&Help"]
    assert config.settings.language == "en"


def test_cancelled_preferences_change_nothing(make_window, fake_dialogs, config):
    window = make_window(small_letter(1))
    fake_dialogs.language = None
    window.preferences_action.trigger()
    assert config.settings.language == ""
    assert menu_titles(window)[0] == "&File"


def test_system_language_is_the_default(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_NL")))
    assert i18n.resolve("") == "nl"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("") == "en"
    assert i18n.resolve("nl") == "nl"


def test_ts_reader_translates_when_no_qm_can_be_built():
    translator = i18n.TsTranslator(i18n.ts_path("nl"))
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert translator.translate("PreviewPane", "%n page(s)", "", 1) == "1 pagina"
    assert translator.translate("PreviewPane", "%n page(s)", "", 3) == "3 pagina's"
    assert translator.translate("MainWindow", "not in the file") == ""


def test_qm_is_compiled_into_the_cache(tmp_path):
    if i18n._lrelease() is None:
        return  # the .ts reader covers this case (test above)
    qm = i18n.compiled_qm("nl", cache=tmp_path)
    assert qm == tmp_path / "answerletter_nl.qm"
    assert qm.stat().st_size > 0


def test_installed_qm_without_its_source_is_used_whatever_its_date(tmp_path, monkeypatch):
    # The installers ship compiled .qm files without the .ts: dates cannot matter then.
    import os
    import subprocess

    import pytest
    from PySide6.QtCore import QTranslator

    tool = i18n._lrelease()
    if tool is None:
        pytest.skip("needs pyside6-lrelease to make the .qm")
    shipped = tmp_path / "answerletter_nl.qm"
    subprocess.run([tool, "-silent", str(i18n.ts_path("nl")), "-qm", str(shipped)], check=True)
    os.utime(shipped, (0, 0))  # older than anything
    monkeypatch.setattr(i18n, "ts_path", lambda language: tmp_path / f"answerletter_{language}.ts")
    assert i18n.compiled_qm("nl", cache=tmp_path / "cache") == shipped
    assert not (tmp_path / "cache").exists()  # nothing compiled again
    translator = QTranslator()
    assert translator.load(str(shipped))
    assert translator.translate("MainWindow", "&File") == "&Bestand"
    assert i18n.compiled_qm("de", cache=tmp_path / "cache") is None
