"""The user guide (F1, Help ▸ User Guide): HTML pages shipped with the program, in the
interface language, in a window of their own that never touches the network.

The pages are ``resources/help/<language>/*.html`` with their screenshots in ``images/``
beside them; pictures both languages share are in ``resources/help/images``. The browser loads
only files inside ``resources/help``: any other address — a web page, a picture on a
server, a file elsewhere on the disk — is refused by :meth:`OfflineBrowser.loadResource`,
and following a link to one opens nothing (the window shows the address, which the user may
copy into a browser). The window is made and kept by the window owner (``desktop.opener``);
it follows a change of interface language by itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from answerletter import APP_NAME
from answerletter.gui import i18n
from answerletter.resources import resource_path

#: The chapters, in the order of the contents (file names without ".html").
CHAPTERS = (
    "index",
    "letter",
    "answers",
    "footnotes",
    "import",
    "export",
    "deadlines",
    "recovery",
    "keyboard",
    "status",
)
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def help_root() -> Path:
    """The folder the guide may read from (every language's pages and shared pictures)."""
    return resource_path("help")


def help_folder(language: str) -> Path:
    """The guide's pages for *language* (English when there are none for it)."""
    folder = resource_path("help", language)
    return folder if folder.is_dir() else resource_path("help", i18n.FALLBACK)


def chapter_title(path: Path) -> str:
    found = _TITLE.search(path.read_text(encoding="utf-8"))
    return found.group(1).strip() if found else path.stem


class OfflineBrowser(QTextBrowser):
    """A QTextBrowser confined to one folder: nothing else is ever loaded or opened.

    ``externalLinkClicked(url)`` reports a followed link that leads outside the guide;
    ``refused`` lists every address that was asked for and not loaded.
    """

    externalLinkClicked = Signal(QUrl)

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root.resolve()
        #: The folder of the pages shown (inside *root*).
        self.pages = self.root
        self.refused: list[str] = []
        # Links are followed here, never by Qt: an external one would otherwise be handed to
        # the desktop (setOpenExternalLinks) or looked up as a file.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def set_pages(self, folder: Path) -> None:
        self.pages = folder.resolve()

    def local_path(self, url: QUrl) -> Path | None:
        """The file inside the guide's folder that *url* names, or None."""
        if url.scheme() not in ("", "file") or url.host():
            return None
        relative = url.toLocalFile() if url.scheme() == "file" else url.path()
        if not relative:
            return None
        path = Path(relative)
        if not path.is_absolute():  # relative to the page shown, as a browser takes it
            shown = self.source()
            base = Path(shown.toLocalFile()).parent if shown.isLocalFile() else self.pages
            path = base / path
        try:
            path = path.resolve()
        except OSError:
            return None
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        path = self.local_path(url)
        if path is None:
            self.refused.append(url.toString())
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage(str(path))
        if kind in (
            QTextDocument.ResourceType.HtmlResource.value,
            QTextDocument.ResourceType.StyleSheetResource.value,
            QTextDocument.ResourceType.MarkdownResource.value,
        ):
            return path.read_text(encoding="utf-8")
        return path.read_bytes()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "" and not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        target = self.resolve(url)
        if self.local_path(target) is None:
            self.refused.append(url.toString())
            self.externalLinkClicked.emit(url)
            return
        self.setSource(target)

    def resolve(self, url: QUrl) -> QUrl:
        """*url* taken relative to the page shown (as a browser does)."""
        current = self.source()
        if url.isRelative() and current.isValid() and not current.isEmpty():
            return current.resolved(url)
        return url

    def show_page(self, name: str) -> None:
        self.setSource(QUrl.fromLocalFile(str(self.pages / f"{name}.html")))


class HelpWindow(QMainWindow):
    """Contents on the left, the page on the right; Back, Forward and Contents above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        # The guide never keeps the program running once the last letter window closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.language = ""
        self.browser = OfflineBrowser(help_root(), self)
        self.browser.setObjectName("helpPage")
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setWordWrap(True)
        self.contents.currentItemChanged.connect(self._on_chapter_chosen)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.browser.externalLinkClicked.connect(self._on_external_link)

        self._build_page_area()
        self._build_actions()
        self._retranslate()
        self.resize(1000, 720)

    def _build_page_area(self) -> None:
        self.link_note = QLabel(self)
        self.link_note.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._copy_address)
        self._external = ""
        note_row = QHBoxLayout()
        note_row.addWidget(self.link_note, 1)
        note_row.addWidget(self.copy_button)
        self.note = QWidget(self)
        self.note.setLayout(note_row)
        self.note.hide()

        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("helpToolBar")
        self.addToolBar(self.toolbar)
        keys = QKeySequence.StandardKey
        self.back_action = QAction(self)
        self.back_action.setShortcuts(QKeySequence.keyBindings(keys.Back))
        self.back_action.triggered.connect(self.browser.backward)
        self.forward_action = QAction(self)
        self.forward_action.setShortcuts(QKeySequence.keyBindings(keys.Forward))
        self.forward_action.triggered.connect(self.browser.forward)
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.home_action.triggered.connect(lambda: self.browser.show_page("index"))
        self.close_action = QAction(self)
        self.close_action.setShortcuts(QKeySequence.keyBindings(keys.Close))
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.toolbar.addActions([self.back_action, self.forward_action, self.home_action])

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("User Guide — {name}").format(name=APP_NAME))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.back_action.setText(self.tr("&Back"))
        self.forward_action.setText(self.tr("&Forward"))
        self.home_action.setText(self.tr("&Contents"))
        self.close_action.setText(self.tr("&Close"))
        self.contents.setAccessibleName(self.tr("Chapters"))
        self.browser.setAccessibleName(self.tr("User guide page"))
        self.copy_button.setText(self.tr("Copy &Address"))
        if self._external:
            self._on_external_link(QUrl(self._external))

    # -- showing --

    def show_guide(self, language: str, chapter: str = "") -> None:
        """Show *chapter* (the contents when "") in *language*."""
        if language != self.language:
            self.language = language
            self.browser.set_pages(help_folder(language))
            self.browser.clearHistory()
            self._fill_contents()
        self.browser.show_page(chapter if chapter in CHAPTERS else "index")

    def _fill_contents(self) -> None:
        self.contents.blockSignals(True)
        self.contents.clear()
        for name in CHAPTERS:
            path = self.browser.pages / f"{name}.html"
            if path.is_file():
                item = QListWidgetItem(chapter_title(path), self.contents)
                item.setData(Qt.ItemDataRole.UserRole, name)
        self.contents.blockSignals(False)

    def current_chapter(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _on_source_changed(self, url: QUrl) -> None:
        self.note.hide()
        self._external = ""
        name = Path(url.toLocalFile()).stem
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break

    def _on_chapter_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.browser.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_external_link(self, url: QUrl) -> None:
        self._external = url.toString()
        self.link_note.setText(
            self.tr(
                "The guide opens no web pages. To visit this address, copy it into your "
                "browser: {url}"
            ).format(url=self._external)
        )
        self.note.show()

    def _copy_address(self) -> None:
        if self._external:
            QGuiApplication.clipboard().setText(self._external)

    # -- events --

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            language = i18n.current()
            if language and language != self.language and self.isVisible():
                chapter = self.current_chapter()
                self.show_guide(language, chapter)
        super().changeEvent(event)
