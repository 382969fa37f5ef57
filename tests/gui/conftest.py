"""Fixtures for the editor window tests: a config in tmp_path, dialogs replaced at their
choke points (answerletter.gui.dialogs and safety_dialogs), and windows made by the one
window owner (desktop.opener.Opener), as in the application."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from answerletter.config import Config
from answerletter.desktop.opener import Opener
from answerletter.editing.document import Document
from answerletter.gui import check_dialogs, dialogs, i18n, safety_dialogs
from answerletter.gui.dialogs import SaveChoice
from answerletter.gui.main_window import MainWindow
from answerletter.gui.safety_dialogs import ChangeChoice, LockChoice
from answerletter.model import Letter
from answerletter.testing.synthetic import generate_letter

TODAY = date(2026, 5, 20)


@dataclass
class FakeDialogs:
    """What the patched dialogs answer, and a log of what was asked."""

    open_path: Path | None = None
    save_path: Path | None = None
    save_choice: SaveChoice = SaveChoice.DISCARD
    item_choice: int | None = None
    language: str | None = None
    # The safety dialogs (answerletter.gui.safety_dialogs): the cautious answer by default.
    lock_choice: LockChoice = LockChoice.CANCEL
    change_choice: ChangeChoice = ChangeChoice.KEEP
    offer_save_as: bool = False
    confirm_recovered: bool = False
    # The checks' dialogs (answerletter.gui.check_dialogs): a reason, and go on regardless.
    acceptance_reason: str | None = "Zo bedoeld."
    output_despite_errors: bool = True
    notice_details: tuple[str, date | None] | None = None
    calls: list[str] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)


@pytest.fixture
def fake_dialogs(monkeypatch) -> FakeDialogs:
    fake = FakeDialogs()

    def get_open_path(parent, folder):
        fake.calls.append("open")
        return fake.open_path

    def get_save_path(parent, suggested):
        fake.calls.append("save")
        return fake.save_path

    def ask_save_changes(parent, name):
        fake.calls.append("ask_save")
        return fake.save_choice

    def show_error(parent, title, text, details=""):
        fake.calls.append("error")
        fake.errors.append((title, text, details))

    def show_information(parent, title, text):
        fake.calls.append("information")

    def choose_item(parent, title, label, items):
        fake.calls.append("choose")
        return fake.item_choice

    def choose_language(parent, current, choices):
        fake.calls.append("language")
        return fake.language

    for name, function in list(locals().items()):
        if callable(function) and hasattr(dialogs, name):
            monkeypatch.setattr(dialogs, name, function)

    def ask_locked(parent, name, holder, since):
        fake.calls.append("locked")
        return fake.lock_choice

    def offer_save_as(parent, title, text, details=""):
        fake.calls.append("offer_save_as")
        fake.errors.append((title, text, details))
        return fake.offer_save_as

    def confirm_save_recovered(parent, name):
        fake.calls.append("confirm_recovered")
        return fake.confirm_recovered

    def ask_outside_change(parent, name):
        fake.calls.append("outside_change")
        return fake.change_choice

    for function in (ask_locked, offer_save_as, confirm_save_recovered, ask_outside_change):
        monkeypatch.setattr(safety_dialogs, function.__name__, function)

    def ask_acceptance_reason(parent, finding):
        fake.calls.append("acceptance_reason")
        return fake.acceptance_reason

    def confirm_output_with_errors(parent, action, errors):
        fake.calls.append(f"errors_before_{action}:{len(errors)}")
        return fake.output_despite_errors

    def ask_notice_details(parent, suggested_date):
        fake.calls.append(f"notice_details:{suggested_date.isoformat()}")
        return fake.notice_details

    for function in (ask_acceptance_reason, confirm_output_with_errors, ask_notice_details):
        monkeypatch.setattr(check_dialogs, function.__name__, function)
    return fake


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp, tmp_path_factory):
    """Run every test with the English translators (as on an English system), compiling the
    .qm files into a temporary folder rather than the user's cache."""
    i18n.cache_dir = tmp_path_factory.mktemp("qm")
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def back_to_english():
    """A test that switches the language leaves English behind for the next one."""
    yield
    if i18n.current() != "en":
        i18n.install("en")


@pytest.fixture
def config(tmp_path) -> Config:
    return Config(tmp_path / "config")


@pytest.fixture
def opener(qapp, config, fake_dialogs):
    """The window owner and open path of the application, with a fixed today. At teardown
    every window it made is closed and deleted here and now: left to Python's cycle
    collector, an unparented window could be freed in the middle of a later test's event."""
    opener = Opener(config, today=lambda: TODAY)
    yield opener
    fake_dialogs.save_choice = SaveChoice.DISCARD
    for window in [*opener._windows, opener.help_window]:
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_window(qtbot, opener, fake_dialogs):
    """Build a shown window on a letter (through the opener); closing at teardown discards
    changes."""
    windows: list[MainWindow] = []

    def make(letter: Letter | None = None, path: Path | None = None) -> MainWindow:
        letter = letter if letter is not None else generate_letter(6, seed=1)
        window = opener.new_window(Document(letter, path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    fake_dialogs.save_choice = SaveChoice.DISCARD
