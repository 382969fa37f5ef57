"""A letter the user may not write, through the window (issue 10, item 5): it opens
read-only (visible in the title and the status bar, no lock taken), Save says why and offers
Save As, and the file on disk is never replaced."""

from __future__ import annotations

import os

import pytest
from window_helpers import small_letter

from answerletter.fileformat import load_letter, save_letter
from answerletter.model import RichText
from answerletter.model.operations import set_answer_text
from answerletter.safety.locks import lock_path, read_lock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def edit(window, text="Gewijzigd."):
    letter = window.document.letter
    window.document.apply(set_answer_text(letter, "a1", RichText.plain(text)), "test")


@pytest.fixture
def protected(tmp_path):
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_a_write_protected_letter_opens_read_only_and_is_never_replaced(
    make_window, fake_dialogs, protected, tmp_path
):
    window = make_window(small_letter(1))
    fake_dialogs.open_path = protected
    window.open_action.trigger()
    assert window.document.path == protected
    assert "[read-only]" in window.windowTitle()
    note = window.guard.note
    assert note.isVisible() and "write-protected" in note.text()
    assert not lock_path(protected).exists()  # nobody is kept out by who cannot save
    assert "locked" not in fake_dialogs.calls

    before = protected.read_bytes()
    edit(window)
    window.save_action.trigger()
    assert fake_dialogs.calls[-1] == "offer_save_as"
    assert "read-only (write-protected)" in fake_dialogs.errors[-1][1]
    assert protected.read_bytes() == before
    assert window.isWindowModified()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    copy = tmp_path / "mijn-versie.kvb"
    fake_dialogs.save_path = copy
    window.save_as_action.trigger()
    assert load_letter(copy).answer("a1").text.plain_text() == "Gewijzigd."
    assert "[read-only]" not in window.windowTitle()
    assert not note.isVisible()
    assert read_lock(copy).is_ours()
    assert protected.read_bytes() == before


def test_a_letter_made_read_only_after_opening_is_not_replaced_either(
    make_window, fake_dialogs, tmp_path
):
    path = tmp_path / "brief.kvb"
    save_letter(small_letter(3), path)
    window = make_window(small_letter(1))
    fake_dialogs.open_path = path
    window.open_action.trigger()
    assert "[read-only]" not in window.windowTitle()
    edit(window)
    path.chmod(0o444)  # the owner protects it while we edit
    try:
        before = path.read_bytes()
        window.save_action.trigger()
        assert fake_dialogs.calls[-1] == "offer_save_as"
        assert "read-only (write-protected)" in fake_dialogs.errors[-1][1]
        assert path.read_bytes() == before
        assert window.isWindowModified()
    finally:
        path.chmod(0o644)
