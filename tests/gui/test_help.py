"""The user guide (F1) and Help ▸ Keyboard Shortcuts.

The guide opens through the window owner in the interface language, in both languages, and
never touches the network: only files inside the shipped help folder are read, an http link
is neither fetched nor opened, and nothing outside the folder is read either. The shortcuts
list is made from the window's real actions: every action with a shortcut is in it, with the
footnote popup's and the list's own keys.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QTextCursor, QTextDocument
from window_helpers import small_letter

from answerletter.gui import i18n
from answerletter.gui.help_window import CHAPTERS, OfflineBrowser, help_folder, help_root
from answerletter.gui.question_model import Status, status_text
from answerletter.gui.shortcuts import key_text, plain_name

LANGUAGES = ["en", "nl"]
TITLES = {"en": "Contents", "nl": "Inhoud"}


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def opened_urls(qapp):
    """What the program asked the desktop to open (nothing may be): URL handlers catch
    QDesktopServices.openUrl also when Qt itself calls it (as QTextBrowser would)."""
    catcher = _UrlCatcher()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    yield catcher.opened
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def switch_language(window, fake_dialogs, language):
    if language != i18n.current():
        fake_dialogs.language = language
        window.preferences_action.trigger()


def press_f1(qtbot, window):
    window.list_pane.view.setFocus()
    qtbot.waitUntil(window.list_pane.view.hasFocus)
    qtbot.keyClick(window.list_pane.view, Qt.Key.Key_F1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_opens_the_guide_in_the_interface_language(
    make_window, opener, fake_dialogs, qtbot, language, opened_urls
):
    window = make_window(small_letter(2))
    switch_language(window, fake_dialogs, language)
    press_f1(qtbot, window)
    guide = opener.help_window
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.current_chapter() == "index"
    assert guide.browser.source().toLocalFile().endswith(f"help/{language}/index.html")
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    assert len(titles) == len(CHAPTERS)
    assert titles[0] == TITLES[language]
    # Every page of the guide shows with all its pictures and stylesheets from the folder.
    for chapter in CHAPTERS:
        guide.contents.setCurrentRow(CHAPTERS.index(chapter))
        assert guide.current_chapter() == chapter
    assert guide.browser.refused == []
    # F1 again brings the same window forward.
    window.help_commands.guide_action.trigger()
    assert opener.help_window is guide
    assert opened_urls == []


def test_the_open_guide_follows_a_language_switch(make_window, opener, fake_dialogs, qtbot):
    window = make_window(small_letter(2))
    window.help_commands.guide_action.trigger()
    guide = opener.help_window
    guide.contents.setCurrentRow(CHAPTERS.index("footnotes"))
    switch_language(window, fake_dialogs, "nl")
    # Qt posts the language change to every window.
    qtbot.waitUntil(lambda: guide.browser.source().toLocalFile().endswith("nl/footnotes.html"))
    assert guide.current_chapter() == "footnotes"
    assert guide.contents.item(0).text() == "Inhoud"
    assert guide.back_action.text() == "&Terug"


def _anchor_point(browser, href: str) -> QPoint:
    """Where the link to *href* is drawn in the browser's viewport."""
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()  # scrolled into view, wherever the page ends
                return browser.cursorRect(cursor).center()
            iterator += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_a_web_link_in_the_guide_is_neither_fetched_nor_opened(
    make_window, opener, qtbot, opened_urls, monkeypatch
):
    assert QDesktopServices.openUrl(QUrl("https://example.invalid/")) is True  # caught
    opened_urls.clear()
    window = make_window(small_letter(1))
    window.help_commands.show_guide()
    guide = opener.help_window
    browser = guide.browser
    qtbot.waitExposed(guide)
    asked: list[str] = []
    original = OfflineBrowser.loadResource

    def watch(self, kind, url):
        asked.append(url.toString())
        return original(self, kind, url)

    monkeypatch.setattr(OfflineBrowser, "loadResource", watch)
    href = "https://www.tweedekamer.nl/"
    point = _anchor_point(browser, href)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: guide.note.isVisible() or bool(opened_urls))
    assert opened_urls == []  # nothing handed to a web browser
    assert guide.note.isVisible()
    assert guide.current_chapter() == "index"  # the page stayed
    assert all(not url.startswith("http") for url in asked)  # nothing fetched
    assert href in guide.link_note.text()
    guide.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == href


def test_the_browser_reads_nothing_outside_the_guide(qapp, tmp_path):
    root = tmp_path / "help"
    (root / "en").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("geheim", encoding="utf-8")
    page = root / "en" / "index.html"
    page.write_text(
        "<html><body><p>Hallo</p>"
        '<img src="http://example.invalid/pixel.png">'
        '<img src="../../secret.txt">'
        '<link rel="stylesheet" href="https://example.invalid/style.css">'
        "</body></html>",
        encoding="utf-8",
    )
    browser = OfflineBrowser(root)
    browser.set_pages(root / "en")
    browser.show_page("index")
    browser.show()
    browser.document().size()  # the layout asks for the pictures
    assert "Hallo" in browser.toPlainText()
    assert "http://example.invalid/pixel.png" in browser.refused
    assert any(url.endswith("/secret.txt") for url in browser.refused)
    image = QTextDocument.ResourceType.ImageResource.value
    assert browser.loadResource(image, QUrl("https://example.invalid/a.png")) is None
    assert browser.loadResource(image, QUrl.fromLocalFile(str(tmp_path / "secret.txt"))) is None
    browser.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_is_complete_in_both_languages(qapp, language):
    folder = help_folder(language)
    assert folder == help_root() / language
    for chapter in CHAPTERS:
        text = (folder / f"{chapter}.html").read_text(encoding="utf-8")
        for target in re.findall(r'(?:href|src)="([^"#]+)"', text):
            if target.startswith("https://"):
                continue
            assert (folder / target).resolve().is_file(), (chapter, target)
    # The footnote popup's keys and the status shapes' legend (issue 19) are documented.
    footnotes = (folder / "footnotes.html").read_text(encoding="utf-8")
    for key in ("Enter", "Shift+Enter", "Esc"):
        assert f"<td>{key}</td>" in footnotes


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_legend_names_every_status_as_the_list_does(make_window, fake_dialogs, language):
    window = make_window(small_letter(1))
    switch_language(window, fake_dialogs, language)
    legend = (help_folder(language) / "status.html").read_text(encoding="utf-8")
    for status in Status:
        assert f"<td>{status_text(status)}</td>" in legend


def _shortcut_actions(window) -> list[QAction]:
    return [action for action in window.findChildren(QAction) if key_text(action)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shortcut_is_in_the_list(make_window, fake_dialogs, qtbot, language):
    window = make_window(small_letter(3))
    switch_language(window, fake_dialogs, language)
    window.list_pane.select_ids(["q1"])
    dialog = window.help_commands.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = {(command, keys) for _group, command, keys in dialog.rows()}
    actions = _shortcut_actions(window)
    # The menus' actions, the editors' formatting and the question list's Delete at least.
    assert len(actions) > 40
    missing = [
        (plain_name(a.text()), key_text(a))
        for a in actions
        if (plain_name(a.text()), key_text(a)) not in rows
    ]
    assert missing == []
    keys = {keys for _command, keys in rows}
    assert {"Enter", "Shift+Enter", "Esc", "Ctrl+0"} <= keys
    assert any(k.split(" / ")[0] == "F1" for k in keys)
    groups = {group for group, _command, _keys in dialog.rows()}
    file_menu = "Bestand" if language == "nl" else "File"
    assert f"{file_menu} ▸ {'Exporteren' if language == 'nl' else 'Export'}" in groups


def test_the_shortcut_list_filters_and_names_its_menu(make_window, qtbot):
    window = make_window(small_letter(1))
    dialog = window.help_commands.show_shortcuts()
    assert ("File", "Save", "Ctrl+S") in dialog.rows()
    dialog.filter_box.setText("footnote")
    shown = dialog.shown_rows()
    assert ("Format", "Footnote", "Ctrl+Alt+F") in shown  # the menu that holds it
    assert ("Footnote editor", "New line in the footnote", "Shift+Enter") in shown
    assert all("footnote" in " ".join(row).casefold() for row in shown)
    dialog.filter_box.clear()
    assert dialog.shown_rows() == dialog.rows()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keys_the_guide_names_are_the_programs(make_window, language):
    """The keyboard chapter's table cannot go stale: every key in it is a real shortcut of
    the window, or one the widgets handle themselves."""
    from PySide6.QtGui import QKeySequence

    from answerletter.gui.shortcuts import WIDGET_KEYS

    window = make_window(small_letter(2))
    window.list_pane.select_ids(["q1"])
    portable = QKeySequence.SequenceFormat.PortableText
    real = {seq.toString(portable) for a in window.findChildren(QAction) for seq in a.shortcuts()}
    real |= {key for _group, _name, keys in WIDGET_KEYS for key in keys.split(" / ")}
    page = (help_folder(language) / "keyboard.html").read_text(encoding="utf-8")
    named = re.findall(r"<tr><td>([^<]+)</td>", page)
    assert len(named) >= 10
    unknown = [key for cell in named for key in cell.split(" / ") if key not in real]
    assert unknown == []
